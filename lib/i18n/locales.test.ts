// The locale files: German, French, Ukrainian and Arabic have every English key, with the plural
// forms their language needs (as Intl.PluralRules, which i18next asks, names them), the same placeholders and no empty text; and the keys the code names exist.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ar from '../../locales/ar.json';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import uk from '../../locales/uk.json';
import { QA_CHECKS, QA_MESSAGE_CODES, QA_MESSAGES, type QaParamKind } from '../qa';
import { REASON_KEYS } from '../review-queue';
import { SKIP_REASON_KEYS } from '../xliff/import-report';
import { createI18n } from './create-i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
type Translated = 'de' | 'fr' | 'uk' | 'ar';
/**
 * The plural forms each language's keys carry where English has `_one` and `_other`: every
 * category Intl.PluralRules knows for the language, since i18next picks the suffix from it (French
 * has `many` for a million, Arabic `zero`, `one`, `two`, `few`, `many` and `other`).
 */
const pluralForms = (language: Translated) => new Intl.PluralRules(language).resolvedOptions().pluralCategories;

const english = flatten(en as Tree);
const locales = { de: flatten(de as Tree), fr: flatten(fr as Tree), uk: flatten(uk as Tree), ar: flatten(ar as Tree) };

/** The keys a translation must have for one English key: the plural family, or the key itself. */
function expectedKeys(key: string, language: Translated): string[] {
  const match = PLURAL_SUFFIX.exec(key);
  if (!match) return [key];
  const base = key.slice(0, match.index);
  return pluralForms(language).map((form) => `${base}_${form}`);
}

/**
 * The placeholders of a text with their formats ("count", "languages, languageList"). A plural
 * form may leave out `count` ("an error", „einen Fehler“): i18next always has it.
 */
const placeholders = (text: string, plural = false) =>
  [...text.matchAll(/\{\{\s*([^},\s]+)\s*(?:,\s*([^}]*?))?\s*\}\}/g)]
    .map((match) => (match[2] ? `${match[1]}, ${match[2]}` : match[1]))
    .filter((name) => !(plural && name === 'count'))
    .sort();

describe('locale files', () => {
  it('English has plural pairs and no empty text', () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      const match = PLURAL_SUFFIX.exec(key);
      if (match) {
        const base = key.slice(0, match.index);
        expect(english.has(`${base}_one`) && english.has(`${base}_other`), `${base}: _one and _other`).toBe(true);
      }
    }
  });

  for (const language of ['de', 'fr', 'uk', 'ar'] as const) {
    describe(language, () => {
      const translated = locales[language];

      it('has every English key, with complete plural families', () => {
        const missing = [...english.keys()].flatMap((key) => expectedKeys(key, language)).filter((key) => !translated.has(key));
        expect(missing).toEqual([]);
      });

      it('has no key English lacks', () => {
        const known = new Set([...english.keys()].flatMap((key) => expectedKeys(key, language)));
        expect([...translated.keys()].filter((key) => !known.has(key))).toEqual([]);
      });

      it('has no empty text', () => {
        expect([...translated].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
      });

      it('keeps the English placeholders', () => {
        for (const [key, text] of english) {
          for (const target of expectedKeys(key, language)) {
            const value = translated.get(target);
            const plural = PLURAL_SUFFIX.test(key);
            if (value !== undefined) expect(placeholders(value, plural), `${language} ${target}`).toEqual(placeholders(text, plural));
          }
        }
      });

      it('is actually translated, not a copy of English', () => {
        const same = [...english].filter(([key, text]) => translated.get(key) === text);
        // Product names, codes and a few words that are the same in both languages.
        expect(same.length).toBeLessThan(english.size / 20);
      });
    });
  }

  it('German says Speichern; Ukrainian picks _few and _many by count', () => {
    expect(createI18n('de').t('editor.save')).toBe('Speichern');
    expect(createI18n('uk').t('editor.save')).toBe('Зберегти');
    const t = createI18n('uk').t;
    expect(t('documents.paragraphs', { count: 1 })).toBe(uk.documents.paragraphs_one.replace('{{count}}', '1'));
    expect(t('documents.paragraphs', { count: 2 })).toBe(uk.documents.paragraphs_few.replace('{{count}}', '2'));
    expect(t('documents.paragraphs', { count: 5 })).toBe(uk.documents.paragraphs_many.replace('{{count}}', '5'));
    expect(t('documents.paragraphs', { count: 5 })).toBe('5 абзаців');
    expect(t('documents.paragraphs', { count: 2 })).toBe('2 абзаци');
    expect(createI18n('de').t('documents.paragraphs', { count: 2 })).toBe('2 Absätze');
  });

  it('Arabic picks each of its six plural forms by count; French is French', () => {
    const t = createI18n('ar').t;
    expect(t('editor.save')).toBe('حفظ');
    const forms = { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 10: 'few', 11: 'many', 99: 'many', 100: 'other', 102: 'other' } as const;
    for (const [count, form] of Object.entries(forms)) {
      expect(t('documents.paragraphs', { count: Number(count) }), count).toBe(ar.documents[`paragraphs_${form}`].replace('{{count}}', count));
    }
    expect(t('documents.paragraphs', { count: 2 })).toBe('فقرتان');
    expect(t('documents.paragraphs', { count: 5 })).toBe('5 فقرات');
    expect(t('documents.paragraphs', { count: 20 })).toBe('20 فقرة');
    expect(createI18n('fr').t('editor.save')).not.toBe(en.editor.save);
    expect(createI18n('fr').t('documents.paragraphs', { count: 2 })).not.toBe(createI18n('en').t('documents.paragraphs', { count: 2 }));
  });

  it('has a label for every review-queue and import-skip reason', () => {
    for (const key of [...Object.values(REASON_KEYS), ...Object.values(SKIP_REASON_KEYS)]) expect(english.has(key), key).toBe(true);
  });

  describe('quality-check messages', () => {
    /** How a parameter of each kind appears in a text: the format that words it. */
    const FORMATS: Record<QaParamKind, string> = { text: '', number: '', language: 'languageName', languages: 'languageList', weekday: 'weekday', month: 'month' };

    it('has a title for every check', () => {
      for (const name of Object.keys(QA_CHECKS)) {
        for (const [language, keys] of [['en', english], ...Object.entries(locales)] as const) expect(keys.get(`qaCheck.${name}`), `${language} ${name}`).toBeTruthy();
      }
    });

    it('words every message code with exactly its parameters, each in its format', () => {
      for (const code of QA_MESSAGE_CODES) {
        const params = Object.entries(QA_MESSAGES[code] as Record<string, QaParamKind>);
        const wanted = params.map(([name, kind]) => (FORMATS[kind] ? `${name}, ${FORMATS[kind]}` : name)).sort();
        // A list of languages makes the sentence plural ("French has", "French and German have").
        const plural = params.some(([, kind]) => kind === 'languages');
        const keys = plural ? [`qaIssue.${code}_one`, `qaIssue.${code}_other`] : [`qaIssue.${code}`];
        for (const key of keys) {
          expect(english.get(key), key).toBeDefined();
          expect(placeholders(english.get(key)!, plural), key).toEqual(wanted);
        }
      }
    });

    it('has no text for a code that does not exist', () => {
      const codes = new Set<string>([...QA_MESSAGE_CODES, 'approvalBlocked']);
      const stray = [...english.keys()]
        .filter((key) => key.startsWith('qaIssue.'))
        .map((key) => key.slice('qaIssue.'.length).replace(PLURAL_SUFFIX, ''))
        .filter((code) => !codes.has(code));
      expect(stray).toEqual([]);
    });

    it('quotes words with each language’s own quotation marks', () => {
      const marks = { en: ['“', '”'], de: ['„', '“'], fr: ['«', '»'], uk: ['«', '»'], ar: ['«', '»'] } as const;
      for (const [language, keys] of [['en', english], ...Object.entries(locales)] as [keyof typeof marks, Map<string, string>][]) {
        const [open, close] = marks[language];
        for (const [key, text] of keys) {
          if (!key.startsWith('qaIssue.')) continue;
          for (const match of text.matchAll(/(\S?)\{\{[^}]*\}\}(\S?)/g)) {
            if (/["„“”«»]/.test(match[1])) expect(`${match[1]}…${match[2]}`, `${language} ${key}`).toBe(`${open}…${close}`);
          }
        }
      }
    });
  });

  it('has every key the interface names literally', () => {
    const root = path.resolve(__dirname, '../..');
    const files = ['components', 'app'].flatMap((dir) => sourceFiles(path.join(root, dir)));
    const used = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((key) => !english.has(key) && !english.has(`${key}_other`));
    expect(missing).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}
