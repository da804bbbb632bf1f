import { parseArgs } from 'node:util';

export type BenchOptions = {
  products: number;
  orgs: number;
  connections: number;
  /** Seconds per measured scenario. */
  duration: number;
  /** Seconds of unmeasured load before each scenario. */
  warmup: number;
  /** Connections for the latency-only search run (the end-to-end search target). */
  searchConnections: number;
  /** Org-scoped queries timed directly against the database. */
  dbQueries: number;
  port: number;
  skipBuild: boolean;
  skipSeed: boolean;
  /** Wipe the bench catalog and seed exactly the requested size. */
  reseed: boolean;
  /** Seed only: no build, server or load. */
  seedOnly: boolean;
};

const USAGE = `npm run bench:storefront -- [options]
  --products N          catalog size (default 100000)
  --large               = --products 1000000
  --orgs N              organizations (default 100)
  --connections N       concurrent HTTP connections (default 50)
  --search-connections N  connections of the latency run for search (default 1)
  --duration S          seconds per measured scenario (default 20)
  --warmup S            seconds of warm-up before each scenario (default 10: every server
                        worker renders the pages it will serve and its JIT settles)
  --db-queries N        searches timed at the database (default 500)
  --port P              port of the production server (default 3200)
  --skip-build          reuse the existing .next build
  --skip-seed           do not seed (use the catalog as it is)
  --reseed              wipe the bench catalog and seed exactly --products (e.g. 100k after 1M)
  --seed-only           seed, then stop
Environment: BENCH_DATABASE_URL = a Postgres server to use (database commerce_bench is created
on it); otherwise an embedded server on port 54380 with data in .data/bench-pg.`;

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function parseBenchArgs(argv = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      products: { type: 'string' },
      large: { type: 'boolean', default: false },
      orgs: { type: 'string' },
      connections: { type: 'string' },
      'search-connections': { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'db-queries': { type: 'string' },
      port: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      'skip-seed': { type: 'boolean', default: false },
      reseed: { type: 'boolean', default: false },
      'seed-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.large && values.products) throw new Error('Use either --large or --products, not both');
  const options: BenchOptions = {
    products: values.large ? 1_000_000 : positiveInt('products', values.products, 100_000),
    orgs: positiveInt('orgs', values.orgs, 100),
    connections: positiveInt('connections', values.connections, 50),
    searchConnections: positiveInt('search-connections', values['search-connections'], 1),
    duration: positiveInt('duration', values.duration, 20),
    warmup: values.warmup === '0' ? 0 : positiveInt('warmup', values.warmup, 10),
    dbQueries: positiveInt('db-queries', values['db-queries'], 500),
    port: positiveInt('port', values.port, 3200),
    skipBuild: values['skip-build'],
    skipSeed: values['skip-seed'],
    reseed: values.reseed,
    seedOnly: values['seed-only'],
  };
  if (options.skipSeed && options.reseed) throw new Error('Use either --skip-seed or --reseed, not both');
  if (options.orgs > 9999) throw new Error('--orgs is limited to 9999');
  if (options.products < options.orgs) throw new Error('--products must be at least --orgs');
  return options;
}
