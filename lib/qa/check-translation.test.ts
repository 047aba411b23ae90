import { describe, expect, it } from 'vitest';
import { findGlossaryTerms } from '../glossary-match';
import { fuzzyMatchScore } from '../translation-memory';
import { checkNumbersAcrossLanguages, checkTranslation, QA_CHECKS, type GlossaryTerm, type QaCheckName, type QaIssue } from '.';
import { edit, glossary, seeded, translation } from './welt-seed.test-helper';

describe('checkTranslation', () => {
  it('runs the checks in a fixed order', () => {
    let text = edit(translation('de', 11), 'Jede Woche sterben 5000 Soldaten', 'Jede Woche sterben 500 Soldaten');
    text = edit(text, 'am Donnerstag', 'am Mittwoch');
    text = edit(text, 'auf Truth Social', 'auf  Wahrheit Sozial');
    text = edit(text, 'zum Abschluss bringen!“', 'zum Abschluss bringen');
    expect(checkTranslation(seeded('de', 11, text)).map((issue) => `${issue.check} ${issue.severity}`)).toEqual([
      'numbers error',
      'dates error',
      'quotes error',
      'final-punctuation warning',
      'whitespace warning',
      'do-not-translate error',
    ]);
  });

  it('reports only "empty" for an untranslated paragraph', () => {
    expect(checkTranslation(seeded('ar', 15, ''))).toEqual([{ check: 'empty', severity: 'error', code: 'empty.blank', params: {}, message: 'The translation is empty.' }]);
  });

  it('describes every check', () => {
    const names: QaCheckName[] = ['numbers', 'dates', 'quotes', 'final-punctuation', 'whitespace', 'repeated-words', 'empty', 'identical', 'length-ratio', 'glossary-missing', 'do-not-translate', 'cross-language-numbers', 'markup', 'consistency'];
    expect(Object.keys(QA_CHECKS).sort()).toEqual([...names].sort());
    expect(QA_CHECKS.numbers.severity).toBe('error');
    expect(QA_CHECKS['length-ratio'].severity).toBe('warning');
  });
});

/** A small seeded generator, so a failure reproduces. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'a', 'Z', 'ß', 'é', 'ї', 'Ж', 'ع', 'ة', 'ُ', 'ـ', '中', 'ש', ' ', '  ', '\u00A0', '\u202F', '\u2009', '\t', '\n',
  '0', '7', '٣', '۵', '.', ',', "'", '٫', '٬', '-', '–', ':', '!', '?', '؟', '…', '«', '»', '„', '“', '”', '"', '‹', '›', '‚', '‘', '’',
  '\u200F', '\u200E', '\u061C', '\u202B', '\u202C', '\u200D', '\u0301', '👍🏽', '👨‍👩‍👧', '\uD800', '\uDFFF',
  ' acht ', ' huit ', ' вісім ', ' ثمانية ', ' eight ', ' 5 000 ', ' 1,5 ', ' Thursday ', ' jeudi ', ' الخميس ', ' May ',
  ' Kyiv ', ' Zelensky’s ', ' Truth Social ', ' WELT ', ' die die ', ' dix-huit ', ' ثلاثة عشر ', ' لست ', ' million ',
];

function randomText(next: () => number): string {
  const length = Math.floor(next() * 40);
  return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
}

describe('the checks never throw', () => {
  it('on random text with emoji, RTL marks, lone surrogates and odd language codes', () => {
    const next = random(20250424);
    const languages = ['de', 'fr', 'uk', 'ar', 'en', 'ja', '', 'xx-!!', 'de-AT', 'not a language'];
    const oddGlossary: GlossaryTerm[] = [
      ...glossary('de'),
      { source: '', target: '', doNotTranslate: true },
      { source: '(', target: ')', doNotTranslate: false },
      { source: ' ', target: '[', doNotTranslate: true },
    ];
    const isIssue = (issue: QaIssue) =>
      issue.check in QA_CHECKS && (issue.severity === 'error' || issue.severity === 'warning') && typeof issue.message === 'string' && issue.message.length > 0;
    for (let round = 0; round < 400; round++) {
      const source = round === 0 ? '' : randomText(next);
      const target = round === 1 ? '' : randomText(next);
      const targetLang = languages[round % languages.length];
      const kind = ['body', 'headline', undefined, 'weird'][round % 4];
      const issues = checkTranslation({ source, target, targetLang, kind, glossary: round % 3 ? oddGlossary : undefined });
      expect(issues.every(isIssue)).toBe(true);
      const across = checkNumbersAcrossLanguages({ source, targets: { de: target, ar: randomText(next), [targetLang]: randomText(next), '': target } });
      expect(Object.values(across).flat().every(isIssue)).toBe(true);
      const matches = findGlossaryTerms(source, [...oddGlossary, { source: randomText(next) }]);
      expect(matches.every((match) => match.start >= 0 && match.end <= source.length && match.start < match.end)).toBe(true);
      const score = fuzzyMatchScore(source, target);
      expect(score >= 0 && score <= 100).toBe(true);
    }
  });
});
