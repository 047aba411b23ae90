// A synthetic long document for the benchmark: by default 2,000 paragraphs in German, French,
// Ukrainian and Arabic with 5 translation versions each (40,000 versions), written straight into
// a migrated and seeded Redline database (the demo accounts author the versions). The words come
// from the WELT article and its translations, shuffled with a fixed seed, so every run makes the
// same document. Half the paragraphs end approved, a tenth rejected, the rest in review.
//
//   npx tsx scripts/bench/generate-large-document.ts <sqlite file> [paragraphs] [slug]
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { searchFold } from '../../lib/search-text';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const LARGE_SLUG = 'bench-large';
const LANGS = ['de', 'fr', 'uk', 'ar'] as const;

/** Mulberry32: a small seeded generator, so the document is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(file: string): string[] {
  return readFileSync(path.join(ROOT, 'seeds', file), 'utf8').split(/\s+/).filter(Boolean);
}

function sentence(pool: string[], count: number, next: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pool[Math.floor(next() * pool.length)]);
  return out.join(' ').replace(/[.!?]*$/, '.');
}

/** Changes a few words of a text: the next draft of a translation. */
function revise(text: string, pool: string[], next: () => number): string {
  const list = text.split(' ');
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) list[Math.floor(next() * list.length)] = pool[Math.floor(next() * pool.length)];
  return list.join(' ');
}

export type LargeDocumentOptions = { paragraphs?: number; versions?: number; slug?: string };

export function generateLargeDocument(databaseFile: string, { paragraphs = 2000, versions = 5, slug = LARGE_SLUG }: LargeDocumentOptions = {}) {
  const db = new Database(databaseFile);
  db.pragma('busy_timeout = 5000');
  try {
    const next = random(20250424);
    const english = words('welt-2025-04-24.en.txt');
    const pools = Object.fromEntries(LANGS.map((lang) => [lang, words(`welt-2025-04-24.${lang}.txt`)])) as Record<string, string[]>;
    const users = db.prepare('SELECT id, email FROM "user"').all() as Array<{ id: string; email: string }>;
    const byEmail = new Map(users.map((user) => [user.email, user.id]));
    const editor = byEmail.get('editor@example.com');
    if (!editor) throw new Error('The database has no demo accounts: start the app on it once (npm start) first.');
    const translators = Object.fromEntries(LANGS.map((lang) => [lang, byEmail.get(`translator.${lang}@example.com`) ?? editor]));

    const existing = db.prepare('SELECT id FROM Document WHERE slug = ?').get(slug) as { id: string } | undefined;
    if (existing) return { slug, documentId: existing.id, created: false };

    const base = Date.parse('2025-04-24T06:00:00Z');
    let clock = 0;
    const at = () => new Date(base + (clock += 1000)).toISOString().replace('Z', '+00:00');
    const documentId = `bench${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    const insertDocument = db.prepare('INSERT INTO Document (id, slug, title, sourceLang, createdAt) VALUES (?, ?, ?, ?, ?)');
    const insertLanguage = db.prepare('INSERT INTO DocumentLanguage (documentId, languageCode) VALUES (?, ?)');
    const insertParagraph = db.prepare('INSERT INTO Paragraph (id, documentId, position, kind, createdAt) VALUES (?, ?, ?, ?, ?)');
    const insertSource = db.prepare('INSERT INTO SourceVersion (id, paragraphId, number, text, searchText, authorId, createdAt) VALUES (?, ?, 1, ?, ?, NULL, ?)');
    const insertVersion = db.prepare(
      'INSERT INTO TranslationVersion (id, paragraphId, languageCode, number, text, searchText, authorId, baseVersionId, sourceVersionId, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertReview = db.prepare(
      'INSERT INTO Review (id, translationVersionId, sourceVersionId, reviewerId, decision, comment, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    let counter = 0;
    const id = () => `bench${(counter++).toString(36).padStart(8, '0')}${documentId.slice(5, 13)}`;

    db.transaction(() => {
      insertDocument.run(documentId, slug, `Synthetic long story: ${paragraphs} paragraphs`, 'en', at());
      for (const lang of LANGS) insertLanguage.run(documentId, lang);
      for (let position = 1; position <= paragraphs; position++) {
        const paragraphId = id();
        const kind = position === 1 ? 'headline' : position % 40 === 0 ? 'subheading' : 'body';
        insertParagraph.run(paragraphId, documentId, position, kind, at());
        const sourceId = id();
        const length = kind === 'body' ? 25 + Math.floor(next() * 40) : 6 + Math.floor(next() * 6);
        const source = sentence(english, length, next);
        insertSource.run(sourceId, paragraphId, source, searchFold(source), at());
        for (const lang of LANGS) {
          let text = sentence(pools[lang], length, next);
          let previous: string | null = null;
          for (let number = 1; number <= versions; number++) {
            const versionId = id();
            insertVersion.run(versionId, paragraphId, lang, number, text, searchFold(text), translators[lang], previous, sourceId, at());
            previous = versionId;
            if (number < versions) text = revise(text, pools[lang], next);
          }
          const roll = position % 10;
          if (roll < 5) insertReview.run(id(), previous, sourceId, editor, 'approved', null, at());
          else if (roll === 5) insertReview.run(id(), previous, sourceId, editor, 'rejected', 'Please check the names.', at());
        }
      }
    })();
    return { slug, documentId, created: true };
  } finally {
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, count, slug] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx scripts/bench/generate-large-document.ts <sqlite file> [paragraphs] [slug]');
    process.exit(2);
  }
  const started = Date.now();
  const result = generateLargeDocument(path.resolve(file), { paragraphs: count ? Number(count) : undefined, slug });
  console.log(`${result.created ? 'Created' : 'Found'} ${result.slug} in ${Date.now() - started} ms`);
}
