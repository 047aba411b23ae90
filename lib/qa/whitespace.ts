// The whitespace check: no space at the start or end of a translation and no double spaces, the
// invisible slips of copy-and-paste.
import { issue } from './issue';
import type { QaIssue } from './messages';
import { baseLanguage } from './text';
import type { QaInput } from './types';

const SPACE = '[ \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]';
const RUN = new RegExp(`${SPACE}{2,}`, 'g');

/** The word before a position, for "after …" in messages. */
function context(text: string, index: number): string {
  const before = text.slice(0, index).trimEnd();
  const words = before.split(/\s+/);
  return words.at(-1) ?? '';
}

export function checkWhitespace({ target, targetLang }: QaInput): QaIssue[] {
  const issues: QaIssue[] = [];
  if (!target.trim()) return issues;
  if (/^\s/.test(target)) issues.push(issue('whitespace.leading', {}));
  if (/\s$/.test(target)) issues.push(issue('whitespace.trailing', {}));
  const french = baseLanguage(targetLang) === 'fr';
  const inner = target.trim();
  for (const match of inner.matchAll(RUN)) {
    const run = match[0];
    const next = inner[match.index! + run.length] ?? '';
    const previous = inner[match.index! - 1] ?? '';
    // French sets a narrow no-break space before ; : ! ? » and after «; a typed space beside it is invisible.
    const frenchSpacing = french && run.length === 2 && /[\u00A0\u202F]/.test(run) && (/[;:!?»]/.test(next) || previous === '«');
    if (frenchSpacing) continue;
    const after = context(inner, match.index!);
    issues.push(after ? issue('whitespace.doubleAfter', { word: after }) : issue('whitespace.double', {}));
  }
  return issues;
}
