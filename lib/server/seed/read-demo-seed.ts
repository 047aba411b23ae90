// Reads the WELT article, its translations and their history from seeds/ and checks that they
// fit together, before anything is written to the database.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseArticle, type ImportedArticle } from '../../article-import';

export const DEMO_DOCUMENT = {
  slug: 'welt-trump-putin',
  files: 'welt-2025-04-24',
  sourceLang: 'en',
  languages: ['de', 'fr', 'uk', 'ar'],
} as const;

const email = z.string().email();
const review = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approved') }),
  z.strictObject({ decision: z.literal('rejected'), comment: z.string().min(1) }),
]);
const paragraphHistory = z.strictObject({
  drafts: z.array(z.strictObject({ author: email, text: z.string().min(1) })).optional(),
  currentAuthor: email.optional(),
  review: review.optional(),
});
const historyFile = z.strictObject({
  sourceUpdates: z.array(z.strictObject({ paragraph: z.number().int().positive(), editor: email, before: z.string().min(1) })),
  translations: z.record(z.string(), z.record(z.string().regex(/^\d+$/), paragraphHistory)),
});

export type ParagraphHistory = z.infer<typeof paragraphHistory>;

export type DemoSeed = {
  article: ImportedArticle;
  /** Per language, line N is paragraph N's current translation; '' means untranslated. */
  translations: Record<string, string[]>;
  history: z.infer<typeof historyFile>;
};

export function readDemoSeed(seedsDir = path.join(process.cwd(), 'seeds')): DemoSeed {
  const file = (suffix: string) => path.join(seedsDir, `${DEMO_DOCUMENT.files}.${suffix}`);
  const article = parseArticle({ format: 'text', content: readFileSync(file('en.txt'), 'utf8') });
  if (!article.title) throw new Error(`${file('en.txt')} has no headline.`);
  const count = article.paragraphs.length;

  const translations: Record<string, string[]> = {};
  for (const lang of DEMO_DOCUMENT.languages) {
    if (!existsSync(file(`${lang}.txt`))) continue;
    const lines = readFileSync(file(`${lang}.txt`), 'utf8').replace(/\n$/, '').split('\n');
    if (lines.length !== count) {
      throw new Error(`${file(`${lang}.txt`)} has ${lines.length} lines; the article has ${count} paragraphs.`);
    }
    translations[lang] = lines.map((line) => line.trim());
  }

  const history = historyFile.parse(JSON.parse(readFileSync(file('history.json'), 'utf8')));
  for (const [lang, paragraphs] of Object.entries(history.translations)) {
    for (const position of Object.keys(paragraphs)) {
      if (!translations[lang]?.[Number(position) - 1]) {
        throw new Error(`history.json describes ${lang} paragraph ${position}, which has no translation.`);
      }
    }
  }
  for (const update of history.sourceUpdates) {
    if (update.paragraph > count) throw new Error(`history.json updates paragraph ${update.paragraph} of ${count}.`);
  }
  return { article, translations, history };
}
