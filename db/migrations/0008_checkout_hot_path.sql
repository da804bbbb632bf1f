-- Customers are found by email at every checkout, under row-level security: an index on the
-- expression lower(email) cannot be used there (lower() is not LEAKPROOF), so the key is a stored column.
DROP INDEX "customers_org_email_key";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "email_key" text GENERATED ALWAYS AS (lower(email)) STORED;--> statement-breakpoint
CREATE UNIQUE INDEX "customers_org_email_key" ON "customers" USING btree ("organization_id","email_key");--> statement-breakpoint
-- Lets one statement abort its transaction when a condition it checks does not hold, so a
-- transaction whose COMMIT is already on its way behind it cannot commit half an order
-- (lib/checkout/place-order.ts, the one-round-trip placement). SQLSTATE CK001.
CREATE OR REPLACE FUNCTION "abort_transaction"(reason text) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'CK001', MESSAGE = reason;
END
$$;
--> statement-breakpoint
ALTER TABLE "products" SET (fillfactor = 60);
