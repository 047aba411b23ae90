// Runs before Next.js answers a page, and before any address with a "%" in its path.
// - Pages: a new nonce per page in a Content-Security-Policy (lib/security-headers.ts), set on
//   the request too, where Next.js reads it to put the nonce on the scripts it writes; HSTS
//   over https. Every page here is rendered per request already (the layout reads the session
//   and the interface language), so the nonce costs no static page.
// - A path with a malformed %-escape (say /api/glossary/%ZZ) gets a 400: Next.js would fail
//   while decoding the route's parameters and answer a bare 500. In the API's error shape for
//   /api/ paths.
// It stays off what needs neither (the matcher below): API answers (their headers come from
// next.config.ts), Next.js's static files, the icons, and client-side navigations and
// prefetches, which fetch data rather than a page: running before a small API answer was about
// 5% of the server's time.
import { NextResponse, type NextRequest } from 'next/server';
import { publicUrl } from '@/lib/server/env';
import { HSTS, newNonce, pageContentSecurityPolicy, servedOverHttps } from '@/lib/security-headers';

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (path.includes('%')) {
    try {
      decodeURIComponent(path);
    } catch {
      const message = 'The address contains a malformed %-escape.';
      return path.startsWith('/api/')
        ? NextResponse.json({ error: 'invalid_input', message }, { status: 400 })
        : new NextResponse(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
  }
  if (path.startsWith('/api/') || path.startsWith('/_next/') || request.headers.has('rsc')) return NextResponse.next();

  const https = servedOverHttps(request.headers.get('x-forwarded-proto'), publicUrl());
  const policy = pageContentSecurityPolicy({ nonce: newNonce(), https, development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  if (https) response.headers.set('strict-transport-security', HSTS);
  return response;
}

// Next.js matches the path as sent, before decoding it.
export const config = {
  matcher: [
    '/(.*%.*)',
    {
      source: '/((?!api/|_next/static/|_next/image|favicon\\.ico|icon\\.svg).*)',
      missing: [
        { type: 'header', key: 'rsc' },
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
