// Where to send a person after sign-in: the `next` they arrived with, only if it stays on this
// site. Checked the way the browser will read it, by parsing it against the app's origin, since
// string tests miss what browsers forgive (a backslash for a slash, tabs and newlines dropped,
// "/./" and "/%2e%2e/" removed before a second slash).

/** The path, query and fragment of `target` when it is a place on `origin`; otherwise `fallback`. */
export function sameOriginPath(target: unknown, origin: string, fallback = '/'): string {
  if (typeof target !== 'string' || target === '') return fallback;
  const base = new URL(origin);
  const url = parse(target, base);
  if (!url || url.origin !== base.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "//host/..." or "/\host/..." is another site to every browser once it is used as a link.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  // The path as it will be followed must lead to the same place: no second reading may differ.
  const again = parse(path, base);
  if (!again || again.origin !== base.origin || again.href !== url.href) return fallback;
  return path;
}

function parse(target: string, base: URL): URL | null {
  try {
    return new URL(target, base);
  } catch {
    return null;
  }
}
