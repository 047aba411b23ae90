import type { NextConfig } from 'next';
import { API_CONTENT_SECURITY_POLICY, HSTS, STATIC_SECURITY_HEADERS } from './lib/security-headers';

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
  // The headers that are the same on every answer. A page's policy, which holds a new nonce each
  // time, and its HSTS come from proxy.ts; here HSTS is for the API, behind an https proxy.
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_SECURITY_HEADERS },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
      {
        source: '/api/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: '(?:https|HTTPS)(?:,.*)?' }],
        headers: [{ key: 'Strict-Transport-Security', value: HSTS }],
      },
    ];
  },
};

export default nextConfig;
