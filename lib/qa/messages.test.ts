import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { checkNumbersAcrossLanguages } from './cross-language';
import { checkDates } from './dates';
import { checkLength } from './length';
import { englishT, issue } from './issue';
import { QA_MESSAGE_CODES, QA_MESSAGES, qaApprovalBlockedText, qaCheckTitle, qaIssueText, type QaParamKind, type Translate } from './messages';
import { checkNumbers } from './numbers';
import { checkQuotes } from './quotes';
import { edit, english, LANGUAGES, seeded, translation } from './welt-seed.test-helper';

const t = { en: createI18n('en').t as Translate, de: createI18n('de').t as Translate, uk: createI18n('uk').t as Translate };

describe('quality-check messages', () => {
  it('words a wrong number in the interface language, and keeps the English message', () => {
    const [wrong] = checkNumbers({ source: 'In total, Ukraine registered attacks with 215 drones.', target: 'Insgesamt registrierte die Ukraine Angriffe mit 251 Drohnen.', targetLang: 'de' });
    expect(wrong).toMatchObject({ code: 'numbers.replaced', params: { source: '215', target: '251' }, message: 'The source has 215; the translation has 251 instead.' });
    expect(qaIssueText(t.en, wrong)).toBe(wrong.message);
    expect(qaIssueText(t.de, wrong)).toBe('Der Ausgangstext hat 215, die Übersetzung stattdessen 251.');
    expect(qaIssueText(t.uk, wrong)).toBe('В оригіналі — 215, а в перекладі натомість 251.');
  });

  it('names the other languages in the interface language, in its alphabetical order and plural', () => {
    const targets = { de: translation('de', 15), fr: translation('fr', 15), uk: edit(translation('uk', 15), 'атаку 215', 'атаку 251') };
    const [slip] = checkNumbersAcrossLanguages({ source: english(15).text, targets }).uk;
    expect(slip.params).toEqual({ languages: ['de', 'fr'], number: '215', target: '251' });
    expect(slip.message).toBe('French and German have 215; this translation has 251.');
    expect(qaIssueText(t.de, slip)).toBe('Deutsch und Französisch haben 215, diese Übersetzung 251.');
    expect(qaIssueText(t.uk, slip)).toBe('У перекладах іншими мовами (німецька і французька) — 215, а в цьому — 251.');

    const all = Object.fromEntries(LANGUAGES.map((lang) => [lang, translation(lang, 16)]));
    const [added] = checkNumbersAcrossLanguages({ source: english(16).text, targets: { ...all, fr: edit(all.fr, 'Le président ukrainien', 'Le président ukrainien, 47 ans,') } }).fr;
    expect(added.message).toBe('This translation has 47; the source, Arabic, German and Ukrainian do not.');
    expect(qaIssueText(t.de, added)).toBe('Diese Übersetzung hat 47, der Ausgangstext, Arabisch, Deutsch und Ukrainisch nicht.');
    const [alone] = checkNumbersAcrossLanguages({ source: english(16).text, targets: { de: all.de, fr: edit(all.fr, 'Le président ukrainien', 'Le président ukrainien, 47 ans,') } }).fr;
    expect(alone.message).toBe('This translation has 47; the source and German do not.');
    expect(qaIssueText(t.de, alone)).toBe('Diese Übersetzung hat 47, der Ausgangstext und Deutsch nicht.');
    expect(qaIssueText(t.uk, alone)).toBe('У цьому перекладі є 47, а в оригіналі й перекладі іншою мовою (німецька) — ні.');
  });

  it('names days and months in the interface language and quotes the translation’s words as written', () => {
    const [day] = checkDates(seeded('de', 1, 'Mittwoch, 24. April 2025'));
    expect(day.params).toEqual({ day: 4, target: 'Mittwoch' });
    expect(qaIssueText(t.de, day)).toBe('Der Ausgangstext nennt Donnerstag, die Übersetzung stattdessen „Mittwoch“.');
    expect(qaIssueText(t.uk, day)).toBe('В оригіналі — четвер, а в перекладі натомість «Mittwoch».');
    const [month] = checkDates(seeded('uk', 1, edit(translation('uk', 1), 'квітня', 'травня')));
    expect(month.message).toBe('The source says April; the translation says травня instead.');
    expect(qaIssueText(t.uk, month)).toBe('В оригіналі — квітень, а в перекладі натомість «травня».');
  });

  it('names the language pair of a length warning and the language of a quotes warning', () => {
    const [short] = checkLength(seeded('de', 15, translation('de', 15).split('. ')[0] + '.'));
    expect(qaIssueText(t.de, short)).toBe('Die Übersetzung hat 20\u00a0% der Länge des Ausgangstexts; üblich sind 90–160\u00a0% (Englisch → Deutsch). Fehlt Text?');
    const [style] = checkQuotes({ source: 'He said "yes".', target: 'Він сказав "так".', targetLang: 'uk' });
    expect(style.message).toBe('Ukrainian quotes are «…» (inside a quote „…“); the translation uses ".');
    expect(qaIssueText(t.uk, style)).toBe('Лапки для мови перекладу (українська) — «…», усередині цитати — „…“; у перекладі вжито ".');
  });

  it('keeps words of the texts as they are, even when they look like i18next syntax', () => {
    const tricky = issue('repeated-words.repeated', { word: '$t(editor.save)', text: '{{word}} $& {{word}}' });
    expect(tricky.message).toBe('The word “$t(editor.save)” is repeated (“{{word}} $& {{word}}”); delete one.');
    expect(qaIssueText(t.de, tricky)).toBe('Das Wort „$t(editor.save)“ steht doppelt („{{word}} $& {{word}}“); bitte eines streichen.');
  });

  it('shows the English message for a code the interface does not know', () => {
    expect(qaIssueText(t.de, { code: 'numbers.fromTheFuture', params: {}, message: 'Something new.' })).toBe('Something new.');
    expect(qaIssueText(t.uk, { message: 'From an older server.' })).toBe('From an older server.');
  });

  it('words every code in every interface language, with nothing left unreplaced', () => {
    const samples: Record<QaParamKind, unknown[]> = { text: ['x'], number: [7], language: ['fr'], languages: [['fr'], ['ar', 'fr', 'de']], weekday: [4], month: [4] };
    for (const code of QA_MESSAGE_CODES) {
      const kinds = Object.entries(QA_MESSAGES[code] as Record<string, QaParamKind>);
      const variants = kinds.some(([, kind]) => kind === 'languages') ? [0, 1] : [0];
      for (const variant of variants) {
        const params = Object.fromEntries(kinds.map(([name, kind]) => [name, samples[kind][variant] ?? samples[kind][0]]));
        for (const [language, translate] of Object.entries(t)) {
          const text = qaIssueText(translate, { code, params });
          expect(text, `${language} ${code}`).not.toMatch(/\{\{|\}\}|qaIssue|undefined/);
          expect(text.length, `${language} ${code}`).toBeGreaterThan(10);
        }
      }
    }
  });

  it('titles the checks and words a blocked approval in the interface language', () => {
    expect(qaCheckTitle(t.de, 'numbers')).toBe('Zahlen');
    expect(qaCheckTitle(t.uk, 'cross-language-numbers')).toBe('Звірка чисел між мовами');
    const errors = checkNumbers({ source: 'With 215 drones and 2025 missiles.', target: 'Mit 251 Drohnen und 2052 Raketen.', targetLang: 'de' });
    expect(qaApprovalBlockedText(englishT(), errors)).toBe(
      'Quality checks report 2 errors: The source has 215; the translation has 251 instead. The source has 2025; the translation has 2052 instead. Fix the translation, or approve with a reason for overriding.',
    );
    expect(qaApprovalBlockedText(t.de, errors.slice(0, 1))).toBe(
      'Die Qualitätsprüfung meldet einen Fehler: Der Ausgangstext hat 215, die Übersetzung stattdessen 251. Korrigieren Sie die Übersetzung oder geben Sie für die Freigabe einen Grund an.',
    );
    expect(qaApprovalBlockedText(t.uk, [...errors, ...errors, ...errors])).toMatch(/^Перевірка якості виявила 6 помилок: /);
    expect(qaApprovalBlockedText(t.de, undefined, 'Conflict.')).toBe('Conflict.');
  });
});
