import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A second build folder lets the benchmark build and serve beside the tests' build.
  distDir: process.env.REDLINE_DIST_DIR || '.next',
  // The type check is `npm run typecheck` (the first step of `npm test`), over the whole project;
  // the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Database drivers load at run time from node_modules: better-sqlite3 is a native module, and
  // pg has an optional native binding the bundler must not try to resolve.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-pg'],
};

export default nextConfig;
