// The cross-language numbers check: the numbers of each translation compared with the source
// and with the other translations at once. A number that one translation lacks while others
// have it is a slip in that one: "French and German have 215; this translation has 251."
import { issue } from './issue';
import type { QaIssue } from './messages';
import { compareNumbers, type NumberComparison } from './numbers';

/**
 * Issues per language code of `targets`; every code is in the result, untranslated (empty)
 * ones with no issues. A number is reported only where the translation disagrees with the
 * source and at least one other translation agrees with the source, or, for an added number,
 * where no other translation has it either.
 */
export function checkNumbersAcrossLanguages({
  source,
  targets,
  sourceLang = 'en',
}: {
  source: string;
  targets: Record<string, string>;
  sourceLang?: string;
}): Record<string, QaIssue[]> {
  const languages = Object.keys(targets);
  const comparisons = new Map<string, NumberComparison>();
  for (const lang of languages) {
    const text = typeof targets[lang] === 'string' ? targets[lang] : '';
    if (text.trim()) comparisons.set(lang, compareNumbers(source, text, lang, sourceLang));
  }

  const result: Record<string, QaIssue[]> = {};
  for (const lang of languages) {
    result[lang] = [];
    const own = comparisons.get(lang);
    if (!own) continue;
    const others = [...comparisons].filter(([other]) => other !== lang);
    const missing = own.missing
      .map((number) => ({
        number,
        withIt: others
          .filter(([, comparison]) => comparison.present.has(number.value))
          .map(([other]) => other)
          .sort(),
      }))
      .filter(({ withIt }) => withIt.length > 0);
    const extra = own.extra.filter((mention) => !others.some(([, comparison]) => mention.values.some((value) => comparison.present.has(value))));

    const pairs = Math.min(missing.length, extra.length);
    // Languages go into the messages as codes, which the interface names in its own language.
    for (let i = 0; i < pairs; i++) {
      result[lang].push(issue('cross-language-numbers.replaced', { languages: missing[i].withIt, number: missing[i].number.value, target: extra[i].text }));
    }
    for (const { number, withIt } of missing.slice(pairs)) {
      result[lang].push(issue('cross-language-numbers.missing', { languages: withIt, number: number.value }));
    }
    const otherLanguages = others.map(([other]) => other).sort();
    for (const mention of extra.slice(pairs)) {
      result[lang].push(
        otherLanguages.length
          ? issue('cross-language-numbers.added', { languages: otherLanguages, number: mention.text })
          : issue('cross-language-numbers.addedAlone', { number: mention.text }),
      );
    }
  }
  return result;
}
