// The document list: newest first, searched by title, filtered by language state and deadline,
// paged, with per-language status counts counted in SQL that must agree with the status rule
// (lib/paragraph-status.ts) on every status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentListFilters } from '../../lib/document-list-filters';
import type { Actor } from '../../lib/roles';
import { countParagraphStatuses } from '../../lib/server/documents/count-paragraph-statuses';
import { listDocuments } from '../../lib/server/documents/list-documents';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { createDocument, uniqueName } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';

let database: TestDatabase;
let reader: Actor;
let editor: Actor;

beforeAll(async () => {
  ({ database, actors: { reader, editor } } = await openNewsroom({ reader: ['reader'], editor: ['editor'] }));
});
afterAll(() => database.close());

const NOW = new Date('2025-04-24T12:00:00Z');
const HOUR = 3_600_000;
const list = (filters: Partial<DocumentListFilters>) => listDocuments({ actor: reader, filters: { page: 1, perPage: 25, ...filters }, now: NOW });
const titles = async (filters: Partial<DocumentListFilters>) => (await list(filters)).documents.map((d) => d.title);

/** Saves a translation of paragraph `index` and returns the version. */
async function translate(doc: Awaited<ReturnType<typeof createDocument>>, index: number, lang: string, text: string) {
  const current = await database.db.translationVersion.findFirst({ where: { paragraphId: doc.paragraphs[index].id, languageCode: lang }, orderBy: { number: 'desc' } });
  return (await saveTranslationVersion({ paragraphId: doc.paragraphs[index].id, lang, text, baseVersionId: current?.id ?? null, actor: editor })).version;
}

/**
 * A German document with a paragraph in each status (two kinds of outdated), and a French one
 * untouched: untranslated, in review, approved, rejected, outdated after approval, outdated in review.
 */
async function everyStatus(title: string) {
  const doc = await createDocument(database.db, {
    title,
    languages: ['de', 'fr'],
    paragraphs: ['Headline of the story', 'In review here.', 'Approved here.', 'Rejected here.', 'Approved, then the English changed.', 'In review, then the English changed.'],
  });
  await translate(doc, 1, 'de', 'In Prüfung.');
  const approved = await translate(doc, 2, 'de', 'Freigegeben.');
  await reviewTranslationVersion({ versionId: approved.versionId, decision: 'approved', actor: editor });
  const rejected = await translate(doc, 3, 'de', 'Abgelehnt.');
  await reviewTranslationVersion({ versionId: rejected.versionId, decision: 'rejected', comment: 'Nein.', actor: editor });
  const changed = await translate(doc, 4, 'de', 'Freigegeben, dann geändert.');
  await reviewTranslationVersion({ versionId: changed.versionId, decision: 'approved', actor: editor });
  await updateSourceText({ paragraphId: doc.paragraphs[4].id, text: 'Approved, then the English changed again.', baseVersionId: doc.paragraphs[4].sourceVersionId, actor: editor });
  await translate(doc, 5, 'de', 'In Prüfung, dann geändert.');
  await updateSourceText({ paragraphId: doc.paragraphs[5].id, text: 'In review, then the English changed once more.', baseVersionId: doc.paragraphs[5].sourceVersionId, actor: editor });
  return doc;
}

describe('status counts', () => {
  it('agree with the status rule on every status, for every language', async () => {
    const title = uniqueName('Every status');
    const doc = await everyStatus(title);
    const [item] = (await list({ q: title })).documents;
    for (const lang of ['de', 'fr']) {
      const rule = await countParagraphStatuses(database.db, doc.id, lang);
      expect(item.languages.find((l) => l.code === lang)!.statusCounts, lang).toEqual(rule.counts);
    }
    expect(item.languages.find((l) => l.code === 'de')!.statusCounts).toEqual({ untranslated: 1, in_review: 1, approved: 1, rejected: 1, outdated: 2 });
    expect(item.paragraphCount).toBe(6);
  });

  it('count the English words of the whole document and of its approved paragraphs', async () => {
    const title = uniqueName('Words');
    const doc = await createDocument(database.db, { title, languages: ['de'], paragraphs: ['Three word headline', 'Five words in this one.'] });
    const version = await translate(doc, 1, 'de', 'Fünf Wörter in diesem hier.');
    await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: editor });
    const [item] = (await list({ q: title })).documents;
    expect(item.sourceWords).toBe(8);
    expect(item.languages[0].approvedWords).toBe(5);
  });
});

describe('the list', () => {
  it('is newest first and paged, with the total', async () => {
    const prefix = uniqueName('Paging');
    for (let i = 1; i <= 7; i++) {
      await createDocument(database.db, { title: `${prefix} ${i}`, paragraphs: ['Headline'], createdAt: new Date(NOW.getTime() - (10 - i) * HOUR) });
    }
    const first = await list({ q: prefix, perPage: 3 });
    expect(first).toMatchObject({ total: 7, page: 1, perPage: 3, pageCount: 3 });
    expect(first.documents.map((d) => d.title)).toEqual([`${prefix} 7`, `${prefix} 6`, `${prefix} 5`]);
    expect(await titles({ q: prefix, perPage: 3, page: 3 })).toEqual([`${prefix} 1`]);
    const beyond = await list({ q: prefix, perPage: 3, page: 4 });
    expect(beyond).toMatchObject({ documents: [], total: 7, pageCount: 3 });
  });

  it('searches titles in any case, taking % and _ literally', async () => {
    const tag = uniqueName('srch');
    await createDocument(database.db, { title: `Storm 100% over ${tag}`, paragraphs: ['Headline'] });
    await createDocument(database.db, { title: `Storm 1000 over ${tag}`, paragraphs: ['Headline'] });
    await createDocument(database.db, { title: `Snake_case ${tag}`, paragraphs: ['Headline'] });
    expect(await titles({ q: `STORM 100% OVER ${tag.toUpperCase()}` })).toEqual([`Storm 100% over ${tag}`]);
    expect(await titles({ q: `e_c` })).toContain(`Snake_case ${tag}`);
    expect(await titles({ q: `e_c` })).not.toContain(`Storm 1000 over ${tag}`);
    expect((await list({ q: `${tag}-nothing` })).total).toBe(0);
  });

  it('filters by deadline: overdue, within 24 hours, within a week, none', async () => {
    const tag = uniqueName('due');
    const due = async (name: string, deadline: Date | null) => createDocument(database.db, { title: `${name} ${tag}`, paragraphs: ['Headline'], deadline });
    await due('Overdue', new Date(NOW.getTime() - HOUR));
    await due('Tonight', new Date(NOW.getTime() + 6 * HOUR));
    await due('Thursday', new Date(NOW.getTime() + 3 * 24 * HOUR));
    await due('Next month', new Date(NOW.getTime() + 30 * 24 * HOUR));
    await due('Whenever', null);
    const only = async (deadline: DocumentListFilters['deadline']) => (await titles({ q: tag, deadline })).map((t) => t.replace(` ${tag}`, '')).sort();
    expect(await only('overdue')).toEqual(['Overdue']);
    expect(await only('24h')).toEqual(['Tonight']);
    expect(await only('week')).toEqual(['Thursday', 'Tonight']);
    expect(await only('none')).toEqual(['Whenever']);
    const [tonight] = (await list({ q: `Tonight ${tag}` })).documents;
    expect(tonight.deadline?.toISOString()).toBe('2025-04-24T18:00:00.000Z');
  });

  it('filters by language, and by the state of a language or of any', async () => {
    const tag = uniqueName('state');
    // German needs translation (everyStatus), French is untranslated.
    await everyStatus(`Mixed ${tag}`);
    // German in review, Ukrainian all approved.
    const review = await createDocument(database.db, { title: `Review ${tag}`, languages: ['de', 'uk'], paragraphs: ['Headline', 'Body.'] });
    await translate(review, 0, 'de', 'Schlagzeile');
    await translate(review, 1, 'de', 'Text.');
    for (const index of [0, 1]) {
      const version = await translate(review, index, 'uk', index ? 'Текст.' : 'Заголовок');
      await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: editor });
    }
    const names = async (filters: Partial<DocumentListFilters>) => (await titles({ q: tag, ...filters })).map((t) => t.replace(` ${tag}`, '')).sort();
    expect(await names({ lang: 'uk' })).toEqual(['Review']);
    expect(await names({ lang: 'fr' })).toEqual(['Mixed']);
    expect(await names({ status: 'needs_translation' })).toEqual(['Mixed']);
    expect(await names({ status: 'in_review' })).toEqual(['Review']);
    expect(await names({ status: 'approved' })).toEqual(['Review']);
    expect(await names({ status: 'needs_translation', lang: 'de' })).toEqual(['Mixed']);
    expect(await names({ status: 'in_review', lang: 'de' })).toEqual(['Review']);
    expect(await names({ status: 'approved', lang: 'de' })).toEqual([]);
    expect(await names({ status: 'approved', lang: 'uk' })).toEqual(['Review']);
    expect(await names({ status: 'needs_translation', lang: 'uk' })).toEqual([]);
    const paged = await list({ q: tag, status: 'approved', perPage: 1 });
    expect(paged).toMatchObject({ total: 1, pageCount: 1 });
  });

  it('lists a document’s languages by English name with their counts', async () => {
    const title = uniqueName('Languages');
    await createDocument(database.db, { title, paragraphs: ['Title', 'Body one.', 'Body two.'], languages: ['uk', 'de', 'fr'] });
    const [item] = (await list({ q: title })).documents;
    expect(item.languages.map((l) => [l.code, l.statusCounts.untranslated])).toEqual([
      ['fr', 3],
      ['de', 3],
      ['uk', 3],
    ]);
  });
});
