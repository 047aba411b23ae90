import 'server-only';
// The single-text checks of texts checked lately, kept by everything they read: the English, the
// translation, the language, the paragraph's kind and the language's glossary. The checks are
// pure, and a workbench page runs them over every paragraph of the page on every request (a
// fifth of a WELT page's CPU) for texts that rarely changed since the last request; a save, an
// edited glossary term or a new English is a new key. Oldest out first.
import { createHash } from 'node:crypto';
import { checkTranslation, type GlossaryTerm, type QaInput, type QaIssue } from '../../qa';

const RECENT_CHECKS = 5_000;
const recent = new Map<string, readonly QaIssue[]>();

/** What the checks read of a glossary, as a short key: any change to a term is another key. */
export function glossaryKey(glossary: readonly GlossaryTerm[]): string {
  const terms = glossary.map((term) => [term.source, term.target, term.doNotTranslate, term.note ?? null]);
  return createHash('sha256').update(JSON.stringify(terms)).digest('base64url');
}

/**
 * checkTranslation's answer for `input`, from the texts checked lately when the same input was
 * checked before. `glossary` is glossaryKey(input.glossary), worked out once per request. The
 * issues are frozen: every request that checks the same texts shares them.
 */
export function checkTranslationOnce(input: QaInput & { glossary: GlossaryTerm[] }, glossary: string): readonly QaIssue[] {
  const key = [glossary, input.sourceLang ?? '', input.targetLang, input.kind ?? '', input.source, input.target].join('\u0000');
  const known = recent.get(key);
  if (known) {
    // Newest again: a Map keeps the order of insertion.
    recent.delete(key);
    recent.set(key, known);
    return known;
  }
  const issues = Object.freeze(checkTranslation(input).map((issue) => Object.freeze(issue)));
  if (recent.size >= RECENT_CHECKS) recent.delete(recent.keys().next().value!);
  recent.set(key, issues);
  return issues;
}
