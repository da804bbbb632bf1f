import { availableParallelism } from 'node:os';
import { parseBenchArgs } from './args';
import { openBenchDatabase } from './bench-db';
import { measureDbSearch } from './db-search';
import { measureReferenceSearch } from './db-reference';
import { describeMachine } from './machine';
import { printReport, timingRow, writeReport, type Row } from './report';
import { runHttpScenarios } from './scenarios';
import { seedCatalog } from './seed-catalog';
import { buildApp, serverEnv, startServer } from './server';
import { loadTargets } from './targets';

// `npm run bench:storefront`: seed a large catalog into its own database, build, serve with
// `next start`, load the storefront pages with autocannon, time search at the database, report.
const DB_SEARCH_P95 = 15;

const opts = parseBenchArgs();
const cleanups: (() => Promise<void>)[] = [];
async function cleanup() {
  while (cleanups.length > 0) await cleanups.pop()!().catch((e) => console.error('cleanup:', e));
}
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanup().finally(() => process.exit(code));
  });
}

async function measureDatabase(url: string, appRole: string, targets: Awaited<ReturnType<typeof loadTargets>>) {
  const rows: Row[] = [];
  const large = targets.size.products >= 1_000_000 ? undefined : '(target is for 1M products)';
  console.log(`\n▸ search at the database: ${opts.dbQueries} org-scoped queries, one at a time`);
  const app = await measureDbSearch({
    databaseUrl: url,
    platformHost: `bench.localhost:${opts.port}`,
    hosts: targets.stores.map((s) => s.host),
    terms: targets.terms,
    queries: opts.dbQueries,
  }).catch((e: Error) => ({ available: false as const, reason: `error: ${e.message}` }));
  const scenario = 'searchProducts() at the database';
  if (app.available) rows.push(timingRow(scenario, app.timing, { p95Ms: DB_SEARCH_P95, note: large }));
  else {
    console.error(`  ✗ searchProducts not measured: ${app.reason}`);
    rows.push({ scenario, connections: 1, failure: `not available yet: ${app.reason}`, target: { p95Ms: DB_SEARCH_P95 } });
  }
  const reference = (role: string | undefined) =>
    measureReferenceSearch({
      databaseUrl: url,
      role,
      orgIds: targets.stores.map((s) => s.orgId),
      largestOrgId: targets.largestOrgId,
      terms: targets.terms,
      queries: opts.dbQueries,
    });
  const ref = await reference(appRole);
  rows.push(timingRow('reference SQL (tsquery prefix) as the app role, RLS on', ref.timing));
  const owner = await reference(undefined);
  rows.push(timingRow('reference SQL (tsquery prefix) as the owner, RLS off', owner.timing));
  const plans = [
    { query: `${ref.planQuery}, app role (RLS on)`, text: ref.plan },
    { query: `${owner.planQuery}, owner (RLS off)`, text: owner.plan },
  ];
  return { rows, plans };
}

async function main() {
  const db = await openBenchDatabase();
  cleanups.push(db.stop);
  const seed = opts.skipSeed ? { skipped: true, seconds: 0 } : await seedCatalog(db.url, opts);
  if (opts.seedOnly) return;

  const targets = await loadTargets(db.url, opts.port);
  const machine = await describeMachine(db.url);
  // The database side first, with nothing else running.
  const dbPart = await measureDatabase(db.url, db.appRole, targets);

  const env = serverEnv(db.url, opts.port);
  if (!opts.skipBuild) await buildApp(env);
  const server = await startServer({ port: opts.port, env, readyHost: targets.home().host });
  cleanups.push(server.stop);
  const httpRows = await runHttpScenarios(opts, targets);
  await cleanup();

  const report = {
    date: new Date().toISOString(),
    machine,
    catalog: targets.size,
    seed,
    options: { ...opts },
    rows: [...httpRows, ...dbPart.rows],
    notes: [
      `HTTP: autocannon against \`npm start\` (production build, ${process.env.WEB_CONCURRENCY ?? availableParallelism()} Next workers) on this machine, ${opts.duration} s per scenario after ${opts.warmup} s of warm-up; the load generator, Next and Postgres share the cores.`,
      'Each request picks a random store (Host: bench-NNN.bench.localhost) and a random category / active product / search term of it.',
      '"warm" products: a fixed set visited once before measuring, so they come from the page cache; "cold-ish": random products, mostly rendered on demand.',
      `The server's database pool: DB_POOL_MAX=${process.env.DB_POOL_MAX ?? '10 (default)'}.`,
      'Database timings: one query at a time, each in its own transaction with the tenant set (as the app does), no HTTP server running.',
    ],
    plans: dbPart.plans,
  };
  printReport(report);
  writeReport(report);
  if (report.rows.some((r) => r.failure)) {
    console.error('\n✗ some scenarios could not be measured (see above)');
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
