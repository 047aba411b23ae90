// The markup check: what a machine reads in a paragraph (HTML or XML tags, {placeholders},
// {{placeholders}}, printf's %s, URLs, e-mail addresses) is copied exactly, never translated,
// dropped or added. A tag the English does not have is how a pasted <img onerror=…> or <script>
// would reach a CMS; a changed URL sends readers elsewhere.
import { issue } from './issue';
import type { QaIssue } from './messages';
import type { QaInput } from './types';

type Kind = 'tag' | 'placeholder' | 'url' | 'email';
type Item = { kind: Kind; text: string; key: string };

/**
 * The patterns, written so ordinary news text never matches:
 * - a tag starts with a letter right after `<` or `</` (so "a < b" and "<3" are not tags) and has no
 *   line break or other `<` inside;
 * - `{name}`, `{0}` and `{{ name }}` need a name or digits between the braces;
 * - printf's `%s`, `%d`, `%1$s`, `%@`, `%(name)s` count only when neither a letter nor a digit
 *   touches them: "50 % des", "5%ige" and "100%" are percentages;
 * - a URL starts with http(s):// or www.; an e-mail address is local@domain.tld.
 * Quotation marks of any language (« », „ “) and numbers are never markup.
 */
const PATTERNS: Array<{ kind: Kind; pattern: RegExp }> = [
  { kind: 'url', pattern: /\b(?:https?:\/\/|www\.)[^\s<>"'«»„“”‘’]+/giu },
  { kind: 'email', pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  { kind: 'tag', pattern: /<\/?[A-Za-z][A-Za-z0-9:_-]*(?:\s[^<>\n]*)?\/?>/g },
  { kind: 'placeholder', pattern: /\{\{\s*[\p{L}\p{N}_.-]+\s*\}\}|\{[\p{L}_][\p{L}\p{N}_.-]*\}|\{\d+\}/gu },
  { kind: 'placeholder', pattern: /(?<![\p{L}\p{N}%])%(?:\d+\$)?(?:\([A-Za-z_]\w*\))?[-+0#]?\d*(?:\.\d+)?[sdifuxXeEgGc@](?![\p{L}\p{N}])/gu },
];

/** Punctuation that ends a sentence, not a URL: "see www.welt.de." */
const TRAILING = /[.,;:!?)\]}»“”’…]+$/u;

/** What two texts compare: a tag by its name (an image's alt text may be translated), the rest as written. */
function keyOf(kind: Kind, text: string): string {
  if (kind === 'tag') {
    const [, slash, name] = /^<(\/?)([A-Za-z][A-Za-z0-9:_-]*)/.exec(text)!;
    return `<${slash}${name.toLowerCase()}>`;
  }
  if (kind === 'placeholder') return text.replace(/\s+/g, '');
  if (kind === 'email') return text.toLowerCase();
  return text;
}

/** Every markup item of a text, in text order. */
export function findMarkup(text: string): Item[] {
  const items: Array<Item & { start: number; end: number }> = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const found = kind === 'url' || kind === 'email' ? match[0].replace(TRAILING, '') : match[0];
      const start = match.index!;
      const end = start + found.length;
      // A tag's URL counts twice (the tag and its link); an address inside a URL counts once.
      if (!found || (kind === 'email' && items.some((other) => other.kind === 'url' && start < other.end && end > other.start))) continue;
      items.push({ kind, text: found, key: keyOf(kind, found), start, end });
    }
  }
  return items.sort((a, b) => a.start - b.start).map(({ kind, text: itemText, key }) => ({ kind, text: itemText, key }));
}

/** The items of `from` that `other` lacks, counting repeats: two <b> in the source need two in the translation. */
function without(from: Item[], other: Item[]): Item[] {
  const left = new Map<string, number>();
  for (const item of other) left.set(item.key, (left.get(item.key) ?? 0) + 1);
  return from.filter((item) => {
    const count = left.get(item.key) ?? 0;
    if (count > 0) left.set(item.key, count - 1);
    return count === 0;
  });
}

export function checkMarkup({ source, target }: QaInput): QaIssue[] {
  const inSource = findMarkup(source);
  const inTarget = findMarkup(target);
  const missing = without(inSource, inTarget);
  const added = without(inTarget, inSource);
  const issues: QaIssue[] = [];
  // A URL or address of the source in another form in the translation is one change, not two findings.
  for (const item of [...missing]) {
    if (item.kind !== 'url' && item.kind !== 'email') continue;
    const replacement = added.find((other) => other.kind === item.kind);
    if (!replacement) continue;
    missing.splice(missing.indexOf(item), 1);
    added.splice(added.indexOf(replacement), 1);
    issues.push(issue('markup.changed', { source: item.text, target: replacement.text }));
  }
  for (const item of missing) issues.push(issue('markup.missing', { item: item.text }));
  for (const item of added) issues.push(issue('markup.added', { item: item.text }));
  return issues;
}
