// Runs before every route. A path with a malformed %-escape (say /api/glossary/%ZZ) would make
// Next.js fail while decoding the route's parameters and answer a bare 500; it gets a 400 here,
// in the API's error shape for /api/ paths.
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

export const config = { matcher: '/((?!_next/static|_next/image).*)' };
