// Which units of a TMX file can become translation-memory pairs: each <tu> with an English
// <tuv> (en, en-US, en-GB …) gives one pair per <tuv> in a language Redline has; everything else
// is counted as skipped, with its reason, by language. Pure: the service adds what the database
// knows (duplicates). A file that gives no pair at all is refused, saying why.
import { AppError } from '../app-error';
import { MAX_TEXT_LENGTH } from '../translation-text';
import { matchLanguage, primaryLanguage } from './tmx-format';
import type { TmxDocument } from './parse-tmx';

export const TMX_SKIP_REASONS = ['unknown_language', 'no_english', 'no_translation', 'empty_text', 'too_long'] as const;
export type TmxSkipReason = (typeof TMX_SKIP_REASONS)[number];

export type TmxPair = { lang: string; source: string; target: string; creationDate: Date | null; creationId: string | null; line: number };
/** `language`: the file's tag (unknown_language) or Redline's code; null when the unit has none to name. */
export type TmxSkipped = { reason: TmxSkipReason; language: string | null; count: number };

export function collectTmxPairs(tmx: TmxDocument, languageCodes: readonly string[]): { pairs: TmxPair[]; skipped: TmxSkipped[] } {
  const targets = languageCodes.filter((code) => primaryLanguage(code) !== 'en');
  const pairs: TmxPair[] = [];
  const skipped = new Map<string, TmxSkipped>();
  const skip = (reason: TmxSkipReason, language: string | null) => {
    const key = `${reason}\u0000${language ?? ''}`;
    const entry = skipped.get(key) ?? { reason, language, count: 0 };
    entry.count += 1;
    skipped.set(key, entry);
  };
  for (const unit of tmx.units) {
    const english = unit.variants.find((variant) => primaryLanguage(variant.lang) === 'en');
    const others = unit.variants.filter((variant) => variant !== english && primaryLanguage(variant.lang) !== 'en');
    if (!english) {
      skip('no_english', null);
      continue;
    }
    if (others.length === 0) skip('no_translation', null);
    for (const variant of others) {
      const lang = matchLanguage(variant.lang, targets);
      if (lang === null) skip('unknown_language', variant.lang);
      else if (!english.text.trim() || !variant.text.trim()) skip('empty_text', lang);
      else if (english.text.length > MAX_TEXT_LENGTH || variant.text.length > MAX_TEXT_LENGTH) skip('too_long', lang);
      else pairs.push({ lang, source: english.text, target: variant.text, creationDate: unit.creationDate, creationId: unit.creationId, line: variant.line });
    }
  }
  const skippedList = [...skipped.values()];
  if (pairs.length === 0) throw nothingToImport(skippedList, languageCodes);
  return { pairs, skipped: skippedList };
}

function nothingToImport(skipped: TmxSkipped[], languageCodes: readonly string[]): AppError {
  const unknown = [...new Set(skipped.filter((entry) => entry.reason === 'unknown_language').map((entry) => entry.language))];
  const reasons = skipped.map((entry) => `${entry.count} ${entry.reason.replace(/_/g, ' ')}${entry.language ? ` (${entry.language})` : ''}`).join(', ');
  const message =
    unknown.length > 0 && skipped.every((entry) => entry.reason === 'unknown_language' || entry.reason === 'no_translation')
      ? `The file has no unit in a language Redline has: its translations are in ${unknown.join(', ')}; Redline has ${languageCodes.filter((code) => primaryLanguage(code) !== 'en').join(', ')}.`
      : `The file has no unit to import: ${reasons}.`;
  return new AppError('invalid_input', { message, details: { skipped } });
}
