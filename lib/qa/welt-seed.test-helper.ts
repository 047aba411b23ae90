// Test-only: the seeded WELT article, its translations, history and glossary, read from seeds/
// for the QA tests. It does I/O, so no application code may import it.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../article-import';
import { glossaryTermsFor, type GlossaryFile } from './glossary';
import type { GlossaryTerm } from './types';

const read = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

export const LANGUAGES = ['de', 'fr', 'uk', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

const article = parseArticle({ format: 'text', content: read('welt-2025-04-24.en.txt') });
const lines = Object.fromEntries(LANGUAGES.map((lang) => [lang, read(`welt-2025-04-24.${lang}.txt`).split('\n')])) as Record<Language, string[]>;

export const history = JSON.parse(read('welt-2025-04-24.history.json')) as {
  sourceUpdates: Array<{ paragraph: number; before: string }>;
  translations: Record<string, Record<string, { drafts?: Array<{ text: string }> }>>;
};
export const glossaryFile = JSON.parse(read('glossary.json')) as GlossaryFile;

/** English paragraph N (from 1) as the importer makes it: text and kind. */
export function english(n: number): { text: string; kind: string } {
  const paragraph = article.paragraphs[n - 1];
  return { text: paragraph.text, kind: paragraph.kind };
}

export const PARAGRAPH_COUNT = article.paragraphs.length;

/** Line N of a language's seed file: the translation of paragraph N ('' = untranslated). */
export function translation(lang: Language, n: number): string {
  return lines[lang][n - 1] ?? '';
}

/**
 * The English a seeded translation translates: German paragraph 14 was approved before the
 * editor updated the source, so it translates the earlier text.
 */
export function sourceOf(lang: Language, n: number): string {
  const update = history.sourceUpdates.find((u) => u.paragraph === n);
  return lang === 'de' && update ? update.before : english(n).text;
}

/** A German draft from the history (drafts carry the deliberate mistakes). */
export function germanDraft(n: number, index = 0): string {
  return history.translations.de[String(n)].drafts![index].text;
}

export function glossary(lang: Language): GlossaryTerm[] {
  return glossaryTermsFor(glossaryFile, lang);
}

/** The input of a check for seeded paragraph N, with the target replaced when given. */
export function seeded(lang: Language, n: number, target = translation(lang, n)) {
  return { source: sourceOf(lang, n), target, targetLang: lang, kind: english(n).kind, glossary: glossary(lang) };
}

/** The text with one passage replaced; throws if the passage is not there, so a test cannot pass vacuously. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in "${text}"`);
  return text.replace(from, to);
}

/** Every (language, paragraph) with a seeded translation. */
export function translatedParagraphs(): Array<[Language, number]> {
  return LANGUAGES.flatMap((lang) =>
    Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1)
      .filter((n) => translation(lang, n).trim())
      .map((n): [Language, number] => [lang, n]),
  );
}
