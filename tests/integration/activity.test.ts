import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { listDocumentActivity } from '../../lib/server/activity/list-document-activity';
import { createDocument, type TestDocument } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';
import { errorCodeOf } from '../support/error-code';
import { searchable } from '../../lib/search-text';

let database: TestDatabase;
let german: Actor;
let french: Actor;
let editor: Actor;
let reader: Actor;

beforeAll(async () => {
  ({ database, actors: { german, french, editor, reader } } = await openNewsroom({ german: ['translator', ['de']], french: ['translator', ['fr']], editor: ['editor'], reader: ['reader'] }));
});
afterAll(() => database.close());

const start = Date.parse('2025-04-24T08:00:00.000Z');
/** The n-th minute of the test's working day, so the order of events is certain. */
const minute = (n: number) => new Date(start + n * 60_000);

/**
 * One event of every kind, a minute apart, written straight to the append-only tables:
 * saves in German and French, an approval, a rejection, a comment, a source update, an edition.
 */
async function busyStory(): Promise<TestDocument> {
  const { db } = database;
  const doc = await createDocument(db, { paragraphs: ['Headline', 'At least eight people died.'], languages: ['de', 'fr'] });
  const [p1, p2] = doc.paragraphs;
  const save = (paragraph: typeof p1, lang: string, authorId: string, at: Date) =>
    db.translationVersion.create({
      data: { paragraphId: paragraph.id, languageCode: lang, number: 1, ...searchable(`${lang} text`), authorId, sourceVersionId: paragraph.sourceVersionId, createdAt: at },
    });
  const germanP1 = await save(p1, 'de', german.id, minute(1));
  const frenchP2 = await save(p2, 'fr', french.id, minute(2));
  await db.review.create({
    data: { translationVersionId: germanP1.id, sourceVersionId: p1.sourceVersionId, reviewerId: editor.id, decision: 'approved', createdAt: minute(3) },
  });
  await db.review.create({
    data: { translationVersionId: frenchP2.id, sourceVersionId: p2.sourceVersionId, reviewerId: editor.id, decision: 'rejected', comment: 'Trop libre.', createdAt: minute(4) },
  });
  await db.comment.create({ data: { paragraphId: p1.id, languageCode: 'de', authorId: german.id, text: 'Is the name right?', createdAt: minute(5) } });
  await db.sourceVersion.create({ data: { paragraphId: p2.id, number: 2, ...searchable('At least nine people died.'), authorId: editor.id, createdAt: minute(6) } });
  await db.edition.create({ data: { documentId: doc.id, languageCode: 'de', number: 1, publishedById: editor.id, createdAt: minute(7) } });
  return doc;
}

describe('listDocumentActivity', () => {
  it('lists an event of every kind, newest first, with who, which language and which paragraph', async () => {
    const doc = await busyStory();
    await busyStory(); // another document's activity stays out
    const events = await listDocumentActivity({ slug: doc.slug, actor: reader });
    expect(events).toEqual([
      { kind: 'published', at: minute(7).toISOString(), actor: editor.name, lang: 'de', paragraph: null, detail: 'Edition 1' },
      { kind: 'source_updated', at: minute(6).toISOString(), actor: editor.name, lang: null, paragraph: 2, detail: 'Version 2' },
      { kind: 'commented', at: minute(5).toISOString(), actor: german.name, lang: 'de', paragraph: 1, detail: 'Is the name right?' },
      { kind: 'rejected', at: minute(4).toISOString(), actor: editor.name, lang: 'fr', paragraph: 2, detail: 'Trop libre.' },
      { kind: 'approved', at: minute(3).toISOString(), actor: editor.name, lang: 'de', paragraph: 1, detail: '' },
      { kind: 'saved', at: minute(2).toISOString(), actor: french.name, lang: 'fr', paragraph: 2, detail: 'Version 1' },
      { kind: 'saved', at: minute(1).toISOString(), actor: german.name, lang: 'de', paragraph: 1, detail: 'Version 1' },
    ]);
  });

  it('leaves out the imported source text', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'Body.'] });
    expect(await listDocumentActivity({ slug: doc.slug, actor: reader })).toEqual([]);
  });

  it('filters by a target language, or by the source language for source updates', async () => {
    const doc = await busyStory();
    const inGerman = await listDocumentActivity({ slug: doc.slug, actor: reader, lang: 'de' });
    expect(inGerman.map((e) => [e.kind, e.lang])).toEqual([
      ['published', 'de'],
      ['commented', 'de'],
      ['approved', 'de'],
      ['saved', 'de'],
    ]);
    const source = await listDocumentActivity({ slug: doc.slug, actor: reader, lang: 'en' });
    expect(source.map((e) => [e.kind, e.paragraph])).toEqual([['source_updated', 2]]);
  });

  it('returns at most `limit` events, the newest', async () => {
    const doc = await busyStory();
    const events = await listDocumentActivity({ slug: doc.slug, actor: reader, limit: 3 });
    expect(events.map((e) => e.kind)).toEqual(['published', 'source_updated', 'commented']);
    expect(await errorCodeOf(listDocumentActivity({ slug: doc.slug, actor: reader, limit: 0 }))).toBe('invalid_input');
  });

  it('orders a save and its approval in the same millisecond as they happened', async () => {
    const { db } = database;
    const doc = await createDocument(db, { paragraphs: ['Headline'] });
    const [p1] = doc.paragraphs;
    const at = minute(10);
    const version = await db.translationVersion.create({
      data: { paragraphId: p1.id, languageCode: 'de', number: 1, ...searchable('Schlagzeile'), authorId: editor.id, sourceVersionId: p1.sourceVersionId, createdAt: at },
    });
    await db.review.create({ data: { translationVersionId: version.id, sourceVersionId: p1.sourceVersionId, reviewerId: editor.id, decision: 'approved', createdAt: at } });
    expect((await listDocumentActivity({ slug: doc.slug, actor: reader })).map((e) => e.kind)).toEqual(['approved', 'saved']);
  });

  it('answers 404 for an unknown document or a language the document does not have', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline'], languages: ['de'] });
    expect(await errorCodeOf(listDocumentActivity({ slug: 'no-such-story', actor: reader }))).toBe('not_found');
    expect(await errorCodeOf(listDocumentActivity({ slug: doc.slug, actor: reader, lang: 'fr' }))).toBe('not_found');
  });
});
