// The identical check: a translation that is the source, unchanged, was probably pasted and
// never translated.
import { issue } from './issue';
import type { QaIssue } from './messages';
import { hasLetters } from './text';
import type { QaInput } from './types';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Text that stays the same in every language: no letters ("2025"), one token ("WELT"), or a
 * short proper name ("Kyiv Post").
 */
function staysTheSame(source: string): boolean {
  if (!hasLetters(source) || !/\s/.test(source)) return true;
  const words = source.split(' ');
  return source.length < 12 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

export function checkIdentical({ source, target }: QaInput): QaIssue[] {
  const text = normalize(source);
  if (!text || normalize(target) !== text || staysTheSame(text)) return [];
  return [issue('identical.sameAsSource', {})];
}
