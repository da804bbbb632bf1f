import type { Sql } from 'postgres';

const TABLES = ['products', 'product_variants', 'product_attributes', 'stock_levels'];

/**
 * Large loads run with the secondary indexes of the catalog tables dropped and rebuilt
 * afterwards from their own definitions (pg_get_indexdef), which is several times faster than
 * maintaining the GIN search indexes row by row. Constraint indexes (primary keys, the
 * (organization_id, id) keys the foreign keys use) stay. The definitions are saved first, so a
 * run that dies half-way gets them back at the start of the next one.
 */
export async function withBulkIndexes(sql: Sql, rowsToInsert: number, load: () => Promise<void>) {
  await sql`create table if not exists bench_dropped_indexes (name text primary key, definition text not null)`;
  await restoreIndexes(sql);
  const [{ n }] = await sql<[{ n: number }]>`select count(*)::int as n from products`;
  if (rowsToInsert < 20_000 || rowsToInsert < n / 2) return load();

  const started = Date.now();
  await sql.begin(async (tx) => {
    await tx`
      insert into bench_dropped_indexes (name, definition)
      select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
      from pg_index i join pg_class t on t.oid = i.indrelid
      where t.relname in ${tx(TABLES)} and t.relnamespace = 'public'::regnamespace
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      on conflict (name) do nothing`;
    const dropped = await tx<{ name: string }[]>`select name from bench_dropped_indexes`;
    for (const { name } of dropped) await tx.unsafe(`drop index if exists ${name}`);
  });
  console.log(`  secondary indexes dropped for the bulk load (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  await load();
  await restoreIndexes(sql);
}

async function restoreIndexes(sql: Sql) {
  const pending = await sql<{ name: string; definition: string }[]>`select name, definition from bench_dropped_indexes`;
  if (pending.length === 0) return;
  const started = Date.now();
  await sql`set maintenance_work_mem = '1GB'`;
  for (const { name, definition } of pending) {
    const t = Date.now();
    await sql.unsafe(definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
    await sql`delete from bench_dropped_indexes where name = ${name}`;
    console.log(`  index ${name} rebuilt · ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log(`  ${pending.length} indexes rebuilt in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
