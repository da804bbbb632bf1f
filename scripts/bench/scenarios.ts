import type { BenchOptions } from './args';
import { get, runLoad, visitAll, type Target as HttpTarget } from './load';
import { loadRow, verdict, type Row, type Target } from './report';
import { pick } from './stats';
import type { TargetLists } from './targets';

type Scenario = { name: string; connections: number; next: () => HttpTarget; target?: Target; visitFirst?: HttpTarget[] };

const PRODUCT_P95 = 50;
const SEARCH_P95 = 60;

function scenarios(opts: BenchOptions, t: TargetLists): Scenario[] {
  const large = t.size.products >= 1_000_000;
  const searchTarget = { p95Ms: SEARCH_P95, note: large ? undefined : '(target is for 1M products)' };
  const c = opts.connections;
  return [
    { name: 'home /', connections: c, next: t.home },
    { name: 'category /c/<slug>', connections: c, next: t.category },
    {
      name: `product /p/<slug>, warm (${t.hotProducts.length} hot products, each visited first)`,
      connections: c,
      next: () => pick(t.hotProducts),
      target: { p95Ms: PRODUCT_P95 },
      visitFirst: t.hotProducts,
    },
    { name: 'product /p/<slug>, cold-ish (random active products)', connections: c, next: t.product, target: { p95Ms: PRODUCT_P95 } },
    { name: 'search /search?q=', connections: c, next: t.search, target: searchTarget },
    { name: 'search /search?q=, latency run', connections: opts.searchConnections, next: t.search, target: searchTarget },
  ];
}

/** A few single requests first: a route that answers 404 everywhere is reported, not load-tested. */
async function probe(port: number, next: () => HttpTarget): Promise<string | undefined> {
  const statuses = await Promise.all(Array.from({ length: 5 }, () => get(port, next())));
  const ok = statuses.filter((s) => s >= 200 && s < 300).length;
  return ok === 0 ? `every probe failed (status ${[...new Set(statuses)].join(', ')})` : undefined;
}

export async function runHttpScenarios(opts: BenchOptions, t: TargetLists): Promise<Row[]> {
  const rows: Row[] = [];
  for (const s of scenarios(opts, t)) {
    console.log(`\n▸ ${s.name} · ${s.connections} connections`);
    const failure = await probe(opts.port, s.next);
    if (failure) {
      console.error(`  ✗ NOT MEASURED: ${failure}`);
      rows.push({ scenario: s.name, connections: s.connections, target: s.target, failure });
      continue;
    }
    if (s.visitFirst) {
      const statuses = await visitAll(opts.port, s.visitFirst);
      console.log(`  hot set visited: ${JSON.stringify(statuses)}`);
    }
    if (opts.warmup > 0) await runLoad({ port: opts.port, connections: s.connections, seconds: opts.warmup, next: s.next });
    const result = await runLoad({ port: opts.port, connections: s.connections, seconds: opts.duration, next: s.next });
    const row = loadRow(s.name, s.connections, result, s.target);
    rows.push(row);
    const f = (v?: number) => v?.toFixed(1);
    console.log(`  ${result.requests} requests, ${result.rps.toFixed(0)}/s, p50 ${f(row.p50)} · p95 ${f(row.p95)} · p99 ${f(row.p99)} ms, errors ${row.errors} ${verdict(row)}`);
    if (row.failure) console.error(`  ✗ ${row.failure}`);
  }
  return rows;
}
