import postgres, { type Sql } from 'postgres';
import { productCounts, upsertOrganizations } from './seed-orgs';
import { INSERT_ATTRIBUTES, INSERT_PRODUCTS, INSERT_STOCK, INSERT_VARIANTS, batchParams } from './seed-sql';
import { withBulkIndexes } from './seed-indexes';

const BATCH = 25_000;
const CATALOG_TABLES = 'products, product_variants, product_attributes, stock_levels, categories, warehouses, organizations';

export type SeedResult = { skipped: boolean; seconds: number; inserted: number };

type Marker = { orgs: number; products: number };

async function readMarker(sql: Sql): Promise<Marker | undefined> {
  await sql`create table if not exists bench_seed (id int primary key default 1, orgs int not null, products int not null,
    seconds numeric not null, seeded_at timestamptz not null default now())`;
  const [row] = await sql<Marker[]>`select orgs, products from bench_seed where id = 1`;
  return row;
}

/** Bulk loads skip row triggers and FK checks; needs a superuser. Without it, the trigger does the work. */
async function turnTriggersOff(sql: Sql) {
  try {
    await sql`set session_replication_role = replica`;
    return true;
  } catch {
    console.log('  (cannot set session_replication_role: seeding with triggers on, slower)');
    return false;
  }
}

async function existingCounts(sql: Sql) {
  const rows = await sql<{ org: string; n: number }[]>`
    select organization_id as org, count(*)::int as n from products group by organization_id`;
  return new Map(rows.map((r) => [r.org, r.n]));
}

/**
 * Seeds `products` products over `orgs` organizations, set-based and in batches; skips when the
 * database already holds at least that many (over the same orgs); grows a smaller catalog;
 * refuses to throw away a catalog over other orgs unless asked (--reseed).
 * Runs as the migrator (owner) connection: RLS does not apply to a superuser, and the platform
 * scope covers a non-superuser owner.
 */
export async function seedCatalog(url: string, target: { products: number; orgs: number; reseed: boolean }): Promise<SeedResult> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, idle_timeout: 0 });
  const started = Date.now();
  try {
    const marker = await readMarker(sql);
    if (marker && marker.orgs === target.orgs && marker.products >= target.products && !target.reseed) {
      console.log(`▸ catalog already seeded (${marker.products.toLocaleString('en')} products, ${marker.orgs} orgs): skipping`);
      return { skipped: true, seconds: 0, inserted: 0 };
    }
    if (marker && marker.orgs !== target.orgs && !target.reseed) {
      throw new Error(
        `The bench database holds ${marker.products.toLocaleString('en')} products over ${marker.orgs} organizations; ` +
          `--orgs ${target.orgs} needs --reseed, which wipes it (or pass --orgs ${marker.orgs})`,
      );
    }
    if (target.reseed) {
      console.log('▸ wiping the bench catalog');
      await sql.unsafe(`truncate ${CATALOG_TABLES} cascade`);
      await sql`delete from bench_seed`;
    }
    await sql`select set_config('app.platform', 'on', false)`;
    await sql`set synchronous_commit = off`;
    const triggersOff = await turnTriggersOff(sql);

    const orgs = await upsertOrganizations(sql, target.orgs);
    const have = await existingCounts(sql);
    const counts = productCounts(target.products, target.orgs);
    const todo = orgs.map((org, k) => ({ org, first: (have.get(org.id) ?? 0) + 1, last: counts[k]! }));
    const total = todo.reduce((sum, t) => sum + Math.max(0, t.last - t.first + 1), 0);
    console.log(`▸ seeding ${total.toLocaleString('en')} products over ${orgs.length} organizations`);

    let done = 0;
    let reported = 0;
    await withBulkIndexes(sql, total, async () => {
      for (const { org, first, last } of todo) {
        for (let from = first; from <= last; from += BATCH) {
          const to = Math.min(last, from + BATCH - 1);
          const p = batchParams({ ...org, orgIndex: org.index, orgId: org.id, first: from, last: to, triggersOff });
          await sql.begin(async (tx) => {
            await tx.unsafe(INSERT_PRODUCTS, p.products as never[]);
            await tx.unsafe(INSERT_VARIANTS, p.variants as never[]);
            await tx.unsafe(INSERT_STOCK, p.stock as never[]);
            await tx.unsafe(INSERT_ATTRIBUTES, p.attributes as never[]);
          });
          done += to - from + 1;
          if (done - reported >= total / 10 || done === total) {
            reported = done;
            const s = (Date.now() - started) / 1000;
            console.log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} products · ${s.toFixed(0)} s · ${Math.round(done / s)}/s`);
          }
        }
      }
    });
    await sql`set session_replication_role = origin`.catch(() => {});
    await checkStockConsistency(sql);
    const t = Date.now();
    await sql.unsafe(`vacuum (analyze) ${CATALOG_TABLES}`);
    console.log(`  vacuum analyze · ${((Date.now() - t) / 1000).toFixed(0)} s`);

    const [{ n }] = await sql<[{ n: number }]>`select count(*)::int as n from products`;
    const seconds = (Date.now() - started) / 1000;
    await sql`insert into bench_seed (id, orgs, products, seconds) values (1, ${target.orgs}, ${n}, ${seconds})
      on conflict (id) do update set orgs = excluded.orgs, products = excluded.products, seconds = excluded.seconds, seeded_at = now()`;
    console.log(`▸ seeded ${done.toLocaleString('en')} products in ${seconds.toFixed(0)} s (catalog: ${n.toLocaleString('en')})`);
    return { skipped: false, seconds, inserted: done };
  } finally {
    await sql.end();
  }
}

/** products.stock_available must equal Σ(quantity − reserved) of its stock rows, as the trigger keeps it. */
async function checkStockConsistency(sql: Sql) {
  const [row] = await sql<{ bad: number }[]>`
    select count(*)::int as bad from products p
    left join (select organization_id, product_id, sum(quantity - reserved) as q from stock_levels group by 1, 2) s
      on s.organization_id = p.organization_id and s.product_id = p.id
    where p.stock_available <> coalesce(s.q, 0)`;
  if (row!.bad > 0) throw new Error(`${row!.bad} products have stock_available out of line with their stock rows`);
  console.log('  stock_available matches stock_levels for every product');
}
