-- Storefront search under FORCE ROW LEVEL SECURITY. Postgres applies a table's RLS policy before
-- any condition of the query, and lets a query condition drive an index scan only when its
-- function is LEAKPROOF (it can reveal nothing about a row it is not allowed to see). The
-- full-text match, ILIKE and trigram word similarity are not marked so, which makes every
-- search read all of the store's products (10k rows: 100 ms instead of 9 ms). These three reveal
-- nothing beyond their result: they raise no errors that depend on row data.
-- Changing a built-in's attributes needs a superuser; elsewhere the migration leaves a notice and
-- search still works, only slower (see db/README.md).
DO $$
BEGIN
  ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF;
  ALTER FUNCTION pg_catalog.texticlike(text, text) LEAKPROOF;
  ALTER FUNCTION word_similarity_commutator_op(text, text) LEAKPROOF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'Storefront search cannot use its indexes under row-level security without LEAKPROOF (needs a superuser).';
END $$;
