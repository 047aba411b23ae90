import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A second build folder lets the benchmark build and serve beside the tests' build.
  distDir: process.env.REDLINE_DIST_DIR || '.next',
  // The type check is `npm run typecheck` (the first step of `npm test`), over the whole project;
  // the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // better-sqlite3 is a native module: Node loads it at run time, the bundler leaves it alone.
  serverExternalPackages: ['better-sqlite3'],
};

export default nextConfig;
