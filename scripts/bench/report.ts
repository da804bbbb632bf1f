import { mkdirSync, writeFileSync } from 'node:fs';
import type { LoadResult } from './load';
import type { Machine } from './machine';
import type { Timing } from './stats';
import type { CatalogSize } from './targets';

export type Target = { p95Ms: number; note?: string };

export type Row = {
  scenario: string;
  connections: number | string;
  rps?: number;
  p50?: number;
  p95?: number;
  p99?: number;
  errors?: string;
  target?: Target;
  /** Set when the scenario could not be measured (routes missing, module missing). */
  failure?: string;
};

export type Report = {
  date: string;
  machine: Machine;
  catalog: CatalogSize;
  seed: { seconds: number; skipped: boolean };
  options: Record<string, unknown>;
  rows: Row[];
  notes: string[];
  plans: { query: string; text: string }[];
};

const ms = (v?: number) => (v === undefined || Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(1) : v.toFixed(0));

export function loadRow(scenario: string, connections: number, r: LoadResult, target?: Target): Row {
  const bad = r.non2xx + r.errors;
  const other = Object.entries(r.statuses).filter(([code]) => !code.startsWith('2'));
  const errors = bad === 0 ? '0' : `${bad} (${other.map(([c, n]) => `${c}×${n}`).join(', ')}${r.errors ? `, net×${r.errors}` : ''})`;
  const failure = r.requests === 0 || bad > r.requests / 2 ? `mostly failed: ${errors}` : undefined;
  return { scenario, connections, rps: r.rps, p50: r.p50, p95: r.p95, p99: r.p99, errors, target, failure };
}

export function timingRow(scenario: string, t: Timing, target?: Target): Row {
  return { scenario, connections: 1, p50: t.p50, p95: t.p95, p99: t.p99, errors: '0', target };
}

export function verdict(row: Row): string {
  if (row.failure) return 'FAIL (not measured)';
  if (!row.target) return '';
  const ok = row.p95 !== undefined && row.p95 < row.target.p95Ms;
  return `p95 < ${row.target.p95Ms} ms: ${ok ? 'pass' : 'FAIL'}${row.target.note ? ` ${row.target.note}` : ''}`;
}

const HEADER = ['Scenario', 'Conns', 'Req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'Errors', 'Target'];

function cells(row: Row): string[] {
  return [row.scenario, String(row.connections), row.rps === undefined ? '—' : row.rps.toFixed(0), ms(row.p50),
    ms(row.p95), ms(row.p99), row.failure ?? row.errors ?? '', verdict(row)];
}

function summaryLines(r: Report): string[] {
  const m = r.machine;
  const c = r.catalog;
  return [
    `Catalog: ${c.products.toLocaleString('en')} products (${c.activeProducts.toLocaleString('en')} active) in ${c.organizations} organizations, ` +
      `largest ${c.largestOrgProducts.toLocaleString('en')}; ${c.categories.toLocaleString('en')} categories` +
      (r.seed.skipped ? ' (seeded earlier)' : `; seeded in ${r.seed.seconds.toFixed(0)} s`),
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB RAM, ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres} (${m.postgresSettings})`,
  ];
}

export function printReport(r: Report) {
  const table = [HEADER, ...r.rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i >= 1 && i <= 5 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  console.log(`\n${summaryLines(r).join('\n')}\n`);
  console.log(line(table[0]!));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of table.slice(1)) console.log(line(row));
  for (const note of r.notes) console.log(`· ${note}`);
}

export function markdown(r: Report): string {
  const rows = r.rows.map((row) => `| ${cells(row).join(' | ')} |`);
  const plans = r.plans.flatMap((p) => ['', `EXPLAIN ANALYZE of the reference search for "${p.query}", largest store:`, '', '```', p.text, '```']);
  return [
    `Storefront benchmark, ${r.date}`,
    '',
    ...summaryLines(r).map((l) => `${l}  `),
    '',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((_, i) => (i >= 1 && i <= 5 ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows,
    '',
    ...r.notes.map((n) => `- ${n}`),
    ...plans,
    '',
  ].join('\n');
}

export function writeReport(r: Report, dir = '.data/bench') {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/last-run.json`, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(`${dir}/last-run.md`, markdown(r));
  console.log(`\n▸ written to ${dir}/last-run.json and ${dir}/last-run.md`);
}
