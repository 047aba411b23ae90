import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../../lib/roles';
import { getDocumentTranslation } from '../../lib/server/documents/get-document-translation';
import { createDocument } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';
import { searchable } from '../../lib/search-text';
import { dbProvider } from '../../lib/server/db';
import { loadAllParagraphStates, STATES_PER_READ } from '../../lib/server/documents/load-all-paragraph-states';
import { loadParagraphStates } from '../../lib/server/documents/load-paragraph-states';

let database: TestDatabase;
let reader: Actor;
let german: Actor;

beforeAll(async () => {
  ({ database, actors: { reader, german } } = await openNewsroom({ reader: ['reader'], german: ['translator', ['de']] }));
});
afterAll(() => database.close());

describe('getDocumentTranslation', () => {
  it('returns the paragraphs in order with the language and what the actor may do', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Title', 'First.', 'Second.'], languages: ['de', 'ar'] });
    const forReader = await getDocumentTranslation({ slug: doc.slug, lang: 'ar', actor: reader });
    expect(forReader.paragraphs.map((p) => [p.position, p.source.text, p.status])).toEqual([
      [1, 'Title', 'untranslated'],
      [2, 'First.', 'untranslated'],
      [3, 'Second.', 'untranslated'],
    ]);
    expect(forReader.language).toEqual({ code: 'ar', englishName: 'Arabic', nativeName: 'العربية', direction: 'rtl' });
    expect(forReader.permissions).toEqual({ translate: false, review: false });
    expect((await getDocumentTranslation({ slug: doc.slug, lang: 'de', actor: german })).permissions).toEqual({ translate: true, review: false });
  });

  it('answers not found for an unknown document or a language the document does not have', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Title'], languages: ['de'] });
    for (const [slug, lang] of [['no-such-story', 'de'], [doc.slug, 'fr'], [doc.slug, 'zz']]) {
      const error = await getDocumentTranslation({ slug, lang, actor: reader }).catch((e) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('not_found');
    }
  });
});

describe('long documents', () => {
  it('loads a 1,200-paragraph document with every paragraph translated (more ids than SQLite binds at once)', async () => {
    const doc = await createDocument(database.db, { paragraphs: Array.from({ length: 1200 }, (_, i) => `Sentence ${i + 1}.`), languages: ['de'] });
    await database.db.translationVersion.createMany({
      data: doc.paragraphs.map((paragraph, i) => ({
        paragraphId: paragraph.id,
        languageCode: 'de',
        number: 1,
        ...searchable(`Satz ${i + 1}.`),
        authorId: german.id,
        sourceVersionId: paragraph.sourceVersionId,
      })),
    });
    const { paragraphs } = await getDocumentTranslation({ slug: doc.slug, lang: 'de', actor: reader });
    expect(paragraphs).toHaveLength(1200);
    expect(paragraphs[1199].translation?.text).toBe('Satz 1200.');
    expect(paragraphs.every((p) => p.status === 'in_review')).toBe(true);
  });
});

describe('reading a long document in pages', () => {
  /** How many times other work got the event loop while `read` ran. */
  async function turnsForOthers(read: () => Promise<unknown>): Promise<number> {
    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    await read();
    running = false;
    return turns;
  }

  it('gives the same states as one read, lets other requests in between pages, and keeps the order of the start', async () => {
    const length = STATES_PER_READ * 2 + 37;
    const doc = await createDocument(database.db, { paragraphs: Array.from({ length }, (_, i) => `Sentence ${i + 1}.`), languages: ['de'] });
    // Every third paragraph translated, every sixth of those approved: states of every kind across the pages.
    for (const [i, paragraph] of doc.paragraphs.entries()) {
      if (i % 3 !== 0) continue;
      const version = await database.db.translationVersion.create({
        data: { paragraphId: paragraph.id, languageCode: 'de', number: 1, ...searchable(`Satz ${i + 1}.`), authorId: german.id, sourceVersionId: paragraph.sourceVersionId },
      });
      if (i % 6 === 0) {
        await database.db.review.create({ data: { translationVersionId: version.id, sourceVersionId: paragraph.sourceVersionId, reviewerId: reader.id, decision: 'approved' } });
      }
    }
    const whole = await loadParagraphStates(database.db, doc.id, 'de');
    const paged = await loadAllParagraphStates(database.db, doc.id, 'de');
    expect(paged).toEqual(whole);
    expect(paged).toHaveLength(length);
    expect(new Set(paged.map((state) => state.status))).toEqual(new Set(['untranslated', 'in_review', 'approved']));

    // SQLite answers synchronously: one read gives nobody else a turn, the pages give at least one between each two.
    // (PostgreSQL's answers come over a socket: others get turns either way.)
    if (dbProvider() === 'sqlite') {
      const atOnce = await turnsForOthers(() => loadParagraphStates(database.db, doc.id, 'de'));
      const inPages = await turnsForOthers(() => loadAllParagraphStates(database.db, doc.id, 'de'));
      expect(inPages).toBeGreaterThanOrEqual(atOnce + 2);
    }
  });
});
