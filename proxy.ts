// Answers 400 for a path with a malformed %-escape (say /api/glossary/%ZZ): Next.js would fail
// while decoding the route's parameters and answer a bare 500. In the API's error shape for /api/
// paths. It runs only where the path has a "%" (the matcher below), not before every request: it
// was about 5% of the server's time for a small API answer.
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    const message = 'The address contains a malformed %-escape.';
    return request.nextUrl.pathname.startsWith('/api/')
      ? NextResponse.json({ error: 'invalid_input', message }, { status: 400 })
      : new NextResponse(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return NextResponse.next();
}

// Next.js matches the path as sent, before decoding it; a path without "%" has no escape to check.
export const config = { matcher: '/(.*%.*)' };
