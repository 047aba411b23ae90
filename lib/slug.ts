// A document's slug, the name in its URLs, made from its title: ASCII (other scripts
// transliterated: "Støre" → "store", "Київ" → "kiiv"), lower case, words joined by hyphens.
import anyAscii from 'any-ascii';

export const MAX_SLUG_LENGTH = 80;
/** What an explicitly given slug must look like: what `slugify` makes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The slug of a title with no letters or digits at all. */
const FALLBACK = 'article';
/** Names that are pages of their own under /documents/ (the new-article page). */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['new']);

export function slugify(title: string): string {
  const words = anyAscii(title.normalize('NFC'))
    .toLowerCase()
    .replace(/['’]/g, '') // "Putin's" → "putins", not "putin-s"
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than lost.
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || FALLBACK;
}

/** `base`, or `base-2`, `base-3` … : the first that is neither taken nor reserved. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const free = (slug: string) => !taken.has(slug) && !RESERVED_SLUGS.has(slug);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (free(candidate)) return candidate;
  }
}
