// The security headers of Redline's answers. Pages get a Content-Security-Policy whose scripts
// must carry this response's nonce (proxy.ts makes one per page and Next.js puts it on its own
// scripts); API answers, which are never rendered, get a policy that allows nothing. Over https
// browsers are told to keep to it (HSTS).

export const HSTS = 'max-age=31536000; includeSubDomains';

/** For JSON and files from /api/: nothing in them may load or run, nor be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** On every answer: no MIME sniffing (a JSON answer never runs as script), no address sent to other sites. */
export const STATIC_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
];

/**
 * A page's policy. Scripts: only those with the nonce, and what they load ('strict-dynamic', so
 * Next.js's chunks load without a list of files). Styles: the app's own style sheets and inline
 * styles Next.js writes with the nonce; no style attributes in the markup. In development React
 * needs eval for its error overlays and inline styles, as Next.js's guide says.
 */
export function pageContentSecurityPolicy({ nonce, https, development = false }: { nonce: string; https: boolean; development?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Over https: the public URL says so (BETTER_AUTH_URL), or the proxy in front does (X-Forwarded-Proto). */
export function servedOverHttps(forwardedProto: string | null, publicUrl: string | undefined): boolean {
  return forwardedProto?.split(',')[0].trim().toLowerCase() === 'https' || Boolean(publicUrl?.toLowerCase().startsWith('https:'));
}

/** 128 random bits, base64: unguessable, and new for every page. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
