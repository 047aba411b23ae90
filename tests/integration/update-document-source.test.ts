// A CMS sends the next version of the WELT story: the paragraphs are lined up with the current
// ones and applied. Each test changes its own copy of the seeded article, with its translations
// into four languages, reviews and history.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import { parseArticle } from '../../lib/article-import';
import type { TranslationStatus } from '../../lib/paragraph-status';
import type { Actor } from '../../lib/roles';
import { listDocumentActivity } from '../../lib/server/activity/list-document-activity';
import { addComment } from '../../lib/server/comments/add-comment';
import { countParagraphStatuses } from '../../lib/server/documents/count-paragraph-statuses';
import { getDocumentTranslation } from '../../lib/server/documents/get-document-translation';
import { getWorkbench } from '../../lib/server/documents/get-workbench';
import { listDocuments } from '../../lib/server/documents/list-documents';
import { documentTranslationJson } from '../../lib/server/documents/get-document-translation';
import { publishEdition } from '../../lib/server/editions/publish-edition';
import { exportXliff } from '../../lib/server/interchange/export-xliff';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { seedDemo } from '../../lib/server/seed/seed-demo';
import { loadActor } from '../../lib/server/session';
import { updateDocumentSource } from '../../lib/server/sources/update-document-source';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { listTranslationVersions } from '../../lib/server/translations/list-translation-versions';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { cloneDocument } from '../support/clone-document';
import { addTranslation, createActor, createDocument } from '../support/fixtures';
import { openTestDatabase } from './test-database';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let editor: Actor;
let germanTranslator: Actor;
const LANGS = ['ar', 'de', 'fr', 'uk'];
/** The WELT article as the importer reads it: 25 paragraphs (the repeated headline dropped). */
const welt = parseArticle({ format: 'text', content: readFileSync(path.join(__dirname, '../../seeds/welt-2025-04-24.en.txt'), 'utf8') }).paragraphs.map((p) => p.text);

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  const user = await database.db.user.findUniqueOrThrow({ where: { email: 'editor@example.com' } });
  editor = (await loadActor(user.id))!;
  germanTranslator = (await loadActor((await database.db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } })).id))!;
}, 60_000);
afterAll(() => database.close());

/** The new text as a CMS would send it: one paragraph per line. */
function asSent(texts: string[]) {
  return { format: 'text' as const, content: texts.join('\n') };
}

type Row = { id: string; position: number; text: string; versions: Record<string, string | null>; statuses: Record<string, TranslationStatus> };

/** Every paragraph in the article with its current translation version and status per language. */
async function article(slug: string): Promise<Row[]> {
  const byLang = await Promise.all(LANGS.map((lang) => getDocumentTranslation({ slug, lang, actor: editor })));
  return byLang[0].paragraphs.map((paragraph, index) => ({
    id: paragraph.id,
    position: paragraph.position,
    text: paragraph.source.text,
    versions: Object.fromEntries(LANGS.map((lang, k) => [lang, byLang[k].paragraphs[index].translation?.versionId ?? null])),
    statuses: Object.fromEntries(LANGS.map((lang, k) => [lang, byLang[k].paragraphs[index].status])),
  }));
}

async function revisionOf(slug: string) {
  return (await database.db.document.findUniqueOrThrow({ where: { slug }, select: { sourceRevision: true } })).sourceRevision;
}

/** Everything an update could change, for "a refused call changes nothing". */
async function snapshot(slug: string) {
  const db = database.db;
  const document = await db.document.findUniqueOrThrow({ where: { slug }, select: { id: true, sourceRevision: true } });
  return {
    revision: document.sourceRevision,
    paragraphs: await db.paragraph.findMany({ where: { documentId: document.id }, orderBy: { id: 'asc' }, select: { id: true, position: true, removedAt: true } }),
    sourceVersions: await db.sourceVersion.count({ where: { paragraph: { documentId: document.id } } }),
    translationVersions: await db.translationVersion.count({ where: { paragraph: { documentId: document.id } } }),
  };
}

function expectKept(after: Row, before: Row) {
  expect(after.id).toBe(before.id);
  expect(after.text).toBe(before.text);
  expect(after.versions).toEqual(before.versions);
  expect(after.statuses).toEqual(before.statuses);
}

describe('updating the English of the WELT article', () => {
  it('changes nothing when the same text comes again', async () => {
    const slug = await cloneDocument(database.db, 'welt-trump-putin');
    const before = await snapshot(slug);
    const report = await updateDocumentSource({ slug, article: asSent(welt), actor: editor });
    expect(report).toMatchObject({ unchanged: 25, changed: 0, moved: 0, added: 0, removed: 0, revision: before.revision });
    expect(await snapshot(slug)).toEqual(before);
  });

  it('changes nothing when the CMS sends the same story as HTML or Markdown', async () => {
    const slug = await cloneDocument(database.db, 'welt-trump-putin');
    const before = await snapshot(slug);
    for (const [format, file] of [['html', 'welt-2025-04-24.en.html'], ['markdown', 'welt-2025-04-24.en.md']] as const) {
      const content = readFileSync(path.join(__dirname, '../../lib/article-import/fixtures', file), 'utf8');
      const report = await updateDocumentSource({ slug, article: { format, content }, baseRevision: 1, actor: editor });
      expect(report).toMatchObject({ unchanged: 25, changed: 0, moved: 0, added: 0, removed: 0, revision: 1 });
    }
    expect(await snapshot(slug)).toEqual(before);
  });

  it('adds a paragraph inserted at the top, untranslated everywhere, and keeps every other one as it was', async () => {
    const slug = await cloneDocument(database.db, 'welt-trump-putin');
    const before = await article(slug);
    const report = await updateDocumentSource({ slug, article: asSent(['Update, 10:45: the Kremlin has answered Trump.', ...welt]), baseRevision: 1, actor: editor });
    expect(report).toMatchObject({ unchanged: 25, changed: 0, moved: 0, added: 1, removed: 0, baseRevision: 1, revision: 2 });
    const after = await article(slug);
    expect(after).toHaveLength(26);
    expect(after[0]).toMatchObject({ position: 1, text: 'Update, 10:45: the Kremlin has answered Trump.' });
    expect(after[0].statuses).toEqual({ ar: 'untranslated', de: 'untranslated', fr: 'untranslated', uk: 'untranslated' });
    expect(before.map((row) => row.id)).not.toContain(after[0].id);
    before.forEach((row, index) => {
      expectKept(after[index + 1], row);
      expect(after[index + 1].position).toBe(index + 2);
    });
    expect(await revisionOf(slug)).toBe(2);
  });

  it('removes a paragraph in the middle from the article, keeping its history, visible in Activity', async () => {
    const slug = await cloneDocument(database.db, 'welt-trump-putin');
    const before = await article(slug);
    const gone = before[12];
    expect(gone.statuses.de).toBe('in_review');
    const report = await updateDocumentSource({ slug, article: asSent(welt.filter((_, index) => index !== 12)), actor: editor });
    expect(report).toMatchObject({ unchanged: 24, changed: 0, moved: 0, added: 0, removed: 1 });

    const after = await article(slug);
    expect(after.map((row) => row.position)).toEqual(Array.from({ length: 24 }, (_, k) => k + 1));
    expect(after.map((row) => row.id)).not.toContain(gone.id);
    before.filter((row) => row !== gone).forEach((row, index) => expectKept(after[index], row));

    // Its history is all there, readable.
    const stored = await database.db.paragraph.findUniqueOrThrow({ where: { id: gone.id }, select: { removedAt: true, removedById: true, removedFromPosition: true, position: true } });
    expect(stored).toMatchObject({ removedById: editor.id, removedFromPosition: 13 });
    expect(stored.removedAt).toBeInstanceOf(Date);
    expect(stored.position).toBeLessThan(1);
    const history = await listTranslationVersions({ paragraphId: gone.id, lang: 'de', actor: editor });
    expect(history[0].versionId).toBe(gone.versions.de);

    const activity = await listDocumentActivity({ slug, actor: editor });
    expect(activity[0]).toMatchObject({ kind: 'paragraph_removed', actor: editor.name, paragraph: 13, detail: gone.text });
    expect(await listDocumentActivity({ slug, lang: 'en', actor: editor })).toContainEqual(expect.objectContaining({ kind: 'paragraph_removed', paragraph: 13 }));

    // Out of every list and count.
    const counts = await countParagraphStatuses(database.db, (await database.db.document.findUniqueOrThrow({ where: { slug } })).id, 'de');
    expect(counts.paragraphs).toBe(24);
    const { title } = await database.db.document.findUniqueOrThrow({ where: { slug } });
    const [summary] = (await listDocuments({ actor: editor, filters: { q: title, page: 1, perPage: 100 } })).documents.filter((document) => document.slug === slug);
    expect(summary.paragraphCount).toBe(24);
    expect((await getWorkbench({ slug, lang: 'de', actor: editor })).paragraphs.map((p) => p.id)).not.toContain(gone.id);
    const xliff = (await exportXliff({ slug, lang: 'de', actor: editor })).body;
    expect(xliff).not.toContain(gone.id);
    expect(xliff.match(/<unit /g)).toHaveLength(24);

    // And it takes nothing new.
    const lastEnglish = await database.db.sourceVersion.findFirstOrThrow({ where: { paragraphId: gone.id }, orderBy: { number: 'desc' } });
    const refused = [
      () => saveTranslationVersion({ paragraphId: gone.id, lang: 'de', text: 'Neu.', baseVersionId: gone.versions.de, actor: germanTranslator }),
      () => addComment({ paragraphId: gone.id, lang: 'de', text: 'Noch da?', actor: germanTranslator }),
      () => reviewTranslationVersion({ versionId: gone.versions.de!, decision: 'approved', actor: editor }),
      () => updateSourceText({ paragraphId: gone.id, text: 'Back again.', baseVersionId: lastEnglish.id, actor: editor }),
    ];
    for (const call of refused) await expect(call()).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Paragraph 13 was removed') });
  });

  it('gives two edited paragraphs a new English version: their translations read as outdated, with the English diff', async () => {
    const slug = await cloneDocument(database.db, 'welt-trump-putin');
    const before = await article(slug);
    expect([before[5].statuses.de, before[12].statuses.de, before[12].statuses.ar]).toEqual(['approved', 'in_review', 'in_review']);
    const edited = [...welt];
    edited[5] = welt[5].replace('a concession by the Kremlin', 'a major concession by the Kremlin');
    edited[12] = welt[12].replace('at least', 'at least nine people died and');
    const report = await updateDocumentSource({ slug, article: asSent(edited), actor: editor });
    expect(report).toMatchObject({ unchanged: 23, changed: 2, moved: 0, added: 0, removed: 0 });

    const after = await article(slug);
    for (const index of [5, 12]) {
      expect(after[index].id).toBe(before[index].id);
      expect(after[index].text).toBe(edited[index]);
      expect(after[index].versions).toEqual(before[index].versions);
    }
    expect(after[5].statuses).toEqual({ ar: 'outdated', de: 'outdated', fr: 'outdated', uk: 'outdated' });
    expect(after[12].statuses).toEqual({ ar: 'outdated', de: 'outdated', fr: 'outdated', uk: 'outdated' });
    before.forEach((row, index) => index !== 5 && index !== 12 && expectKept(after[index], row));

    // The workbench shows what the German translated, beside the English it has now.
    const german = await getDocumentTranslation({ slug, lang: 'de', actor: editor });
    expect(german.paragraphs[5].translation?.translatedSource?.text).toBe(welt[5]);
    const sources = await database.db.sourceVersion.findMany({ where: { paragraphId: before[5].id }, orderBy: { number: 'asc' } });
    expect(sources.map((source) => [source.number, source.text, source.authorId])).toEqual([
      [1, welt[5], null],
      [2, edited[5], editor.id],
    ]);
    // Activity names the edited paragraphs as updated English, as after a paragraph's edit.
    const activity = await listDocumentActivity({ slug, lang: 'en', actor: editor });
    expect(activity.slice(0, 2).map((event) => [event.kind, event.paragraph]).sort()).toEqual([
      ['source_updated', 13],
      ['source_updated', 6],
    ]);
  });

  it('keeps the id, translations and statuses of a moved paragraph at its new place', async () => {
    const slug = await cloneDocument(database.db, 'welt-trump-putin');
    const before = await article(slug);
    const order = [...Array(25).keys()];
    order.splice(9, 1);
    order.splice(17, 0, 9); // paragraph 10 now comes after paragraph 18
    const report = await updateDocumentSource({ slug, article: asSent(order.map((k) => welt[k])), actor: editor });
    expect(report).toMatchObject({ unchanged: 24, changed: 0, moved: 1, added: 0, removed: 0 });
    const after = await article(slug);
    order.forEach((k, index) => {
      expectKept(after[index], before[k]);
      expect(after[index].position).toBe(index + 1);
    });
    expect(after[17].id).toBe(before[9].id);
    expect(await database.db.sourceVersion.count({ where: { paragraphId: before[9].id } })).toBe(1);
  });

  it('does all four at once: insert at the top, delete in the middle, edit two, move one', async () => {
    const slug = await cloneDocument(database.db, 'welt-trump-putin');
    const before = await article(slug);
    const edited6 = welt[5].replace('concession', 'clear concession');
    const edited20 = `${welt[19]} He did not give details.`;
    const sent = [
      'Live: new strikes on Kyiv overnight, the Kremlin says.', // new, at the top
      ...welt.slice(0, 5),
      edited6, // edited
      ...welt.slice(6, 9),
      ...welt.slice(10, 12), // paragraph 10 moves down, paragraph 13 is deleted
      ...welt.slice(13, 17),
      welt[9], // moved here
      ...welt.slice(17, 19),
      edited20, // edited
      ...welt.slice(20),
    ];
    const untouched = await snapshot(slug);
    const preview = await updateDocumentSource({ slug, article: asSent(sent), dryRun: true, actor: editor });
    expect(preview).toMatchObject({ unchanged: 21, changed: 2, moved: 1, added: 1, removed: 1, dryRun: true, revision: 1 });
    expect(await snapshot(slug)).toEqual(untouched);
    const outcomes = preview.paragraphs!.map((p) => [p.outcome, p.oldPosition, p.newPosition]);
    expect(outcomes[0]).toEqual(['added', null, 1]);
    expect(outcomes).toContainEqual(['removed', 13, null]);
    expect(outcomes).toContainEqual(['moved', 10, 17]);
    expect(outcomes).toContainEqual(['changed', 6, 7]);
    const changed = preview.paragraphs!.find((p) => p.oldPosition === 6)!;
    expect(changed.changes).toContainEqual({ value: 'clear ', added: true });

    const report = await updateDocumentSource({ slug, article: asSent(sent), baseRevision: 1, actor: editor });
    expect(report).toMatchObject({ unchanged: 21, changed: 2, moved: 1, added: 1, removed: 1, revision: 2 });
    const after = await article(slug);
    expect(after.map((row) => row.text)).toEqual(sent);
    const byId = new Map(before.map((row) => [row.id, row]));
    for (const row of after) {
      const old = byId.get(row.id);
      if (row.position === 1) {
        expect(old).toBeUndefined();
        expect(Object.values(row.statuses)).toEqual(['untranslated', 'untranslated', 'untranslated', 'untranslated']);
      } else if (row.text === edited6 || row.text === edited20) {
        expect(row.versions).toEqual(old!.versions);
        for (const lang of LANGS) {
          expect(row.statuses[lang]).toBe(old!.statuses[lang] === 'untranslated' ? 'untranslated' : old!.statuses[lang] === 'rejected' ? 'rejected' : 'outdated');
        }
      } else {
        expectKept(row, old!);
      }
    }
    expect(after.map((row) => row.id)).not.toContain(before[12].id);
  });
});

describe('revisions', () => {
  it('refuses an update made from a revision that is no longer current, naming the current one, and changes nothing', async () => {
    const slug = await cloneDocument(database.db, 'welt-trump-putin');
    await updateDocumentSource({ slug, article: asSent(['A first update.', ...welt]), baseRevision: 1, actor: editor });
    const before = await snapshot(slug);
    for (const dryRun of [true, false]) {
      const error = await updateDocumentSource({ slug, article: asSent(['A second update.', ...welt]), baseRevision: 1, dryRun, actor: editor }).catch((e) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'conflict', details: { currentRevision: 2 } });
      expect(error.message).toContain('current revision is 2');
    }
    expect(await snapshot(slug)).toEqual(before);
  });

  it('lets only one of two updates from the same base through: the database decides', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline of the race', 'First paragraph of the race story.', 'Second paragraph of it.'], languages: ['de'] });
    const first = updateDocumentSource({ slug: doc.slug, article: asSent(['Headline of the race', 'A new paragraph from desk A.', 'First paragraph of the race story.', 'Second paragraph of it.']), baseRevision: 1, actor: editor });
    const second = updateDocumentSource({ slug: doc.slug, article: asSent(['Headline of the race', 'First paragraph of the race story.']), baseRevision: 1, actor: editor });
    const results = await Promise.allSettled([first, second]);
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ code: 'conflict', details: { currentRevision: 2 } });
    expect(await revisionOf(doc.slug)).toBe(2);
    const texts = (await getDocumentTranslation({ slug: doc.slug, lang: 'de', actor: editor })).paragraphs.map((p) => p.source.text);
    expect([4, 2]).toContain(texts.length);
  });

  it('goes up with a paragraph’s edit too, so an update made before it is refused', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'The first paragraph.'], languages: ['de'] });
    await updateSourceText({ paragraphId: doc.paragraphs[1].id, text: 'The first paragraph, corrected.', baseVersionId: doc.paragraphs[1].sourceVersionId, actor: editor });
    expect(await revisionOf(doc.slug)).toBe(2);
    const error = await updateDocumentSource({ slug: doc.slug, article: asSent(['Headline', 'The first paragraph.', 'More.']), baseRevision: 1, actor: editor }).catch((e) => e);
    expect(error).toMatchObject({ code: 'conflict', details: { currentRevision: 2 } });
    // GET /api/documents/{slug} says so.
    expect(documentTranslationJson(await getDocumentTranslation({ slug: doc.slug, lang: 'de', actor: editor })).sourceRevision).toBe(2);
  });

  it('parks removed paragraphs out of the way, update after update', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'One one one.', 'Two two two.', 'Three three three.', 'Four four four.'], languages: ['de'] });
    await updateDocumentSource({ slug: doc.slug, article: asSent(['Headline', 'Two two two.', 'Three three three.', 'Four four four.']), actor: editor });
    await updateDocumentSource({ slug: doc.slug, article: asSent(['Headline', 'Three three three.', 'Four four four.', 'Two two two.']), actor: editor });
    await updateDocumentSource({ slug: doc.slug, article: asSent(['Headline', 'Four four four.', 'Two two two.']), actor: editor });
    const rows = await database.db.paragraph.findMany({ where: { documentId: doc.id }, orderBy: { position: 'asc' }, select: { position: true, removedFromPosition: true } });
    expect(rows).toEqual([
      { position: -2, removedFromPosition: 2 },
      { position: -1, removedFromPosition: 2 },
      { position: 1, removedFromPosition: null },
      { position: 2, removedFromPosition: null },
      { position: 3, removedFromPosition: null },
    ]);
    expect(await revisionOf(doc.slug)).toBe(4);
  });
});

describe('editions after an update', () => {
  it('publish the paragraphs in the article: a removed one no longer has to be approved', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline here', 'Body that stays.', 'Body that goes.'], languages: ['de'] });
    for (const [index, text] of ['Schlagzeile', 'Text, der bleibt.', 'Text, der geht.'].entries()) {
      const version = await addTranslation(database.db, doc.paragraphs[index], 'de', text, germanTranslator.id);
      if (index < 2) await reviewTranslationVersion({ versionId: version.id, decision: 'approved', actor: editor });
    }
    await expect(publishEdition({ slug: doc.slug, lang: 'de', actor: editor })).rejects.toMatchObject({ code: 'conflict' });
    await updateDocumentSource({ slug: doc.slug, article: asSent(['Headline here', 'Body that stays.']), actor: editor });
    expect(await publishEdition({ slug: doc.slug, lang: 'de', actor: editor })).toMatchObject({ number: 1, paragraphs: 2 });
  });
});

describe('refused updates change nothing', () => {
  it('refuses people who are not editors', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'Body.'], languages: ['de'] });
    const before = await snapshot(doc.slug);
    for (const actor of [germanTranslator, await createActor(database.db, 'reader')]) {
      await expect(updateDocumentSource({ slug: doc.slug, article: asSent(['Headline', 'Body, changed.']), actor })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await snapshot(doc.slug)).toEqual(before);
  });

  it('refuses an empty text (400) and more than 5,000 paragraphs (413)', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'Body.'], languages: ['de'] });
    const before = await snapshot(doc.slug);
    for (const content of ['', ' \n\n  ', '<p> </p><script>alert(1)</script>']) {
      await expect(updateDocumentSource({ slug: doc.slug, article: { format: 'html', content }, actor: editor })).rejects.toMatchObject({
        code: 'invalid_input',
        details: { reason: 'empty_article' },
      });
    }
    const many = asSent(['Headline', ...Array.from({ length: 5000 }, (_, k) => `Paragraph ${k}.`)]);
    await expect(updateDocumentSource({ slug: doc.slug, article: many, actor: editor })).rejects.toMatchObject({ code: 'too_large', details: { reason: 'too_many_paragraphs' } });
    const huge = { format: 'text' as const, content: `Headline\n${'word '.repeat(450_000)}` };
    await expect(updateDocumentSource({ slug: doc.slug, article: huge, actor: editor })).rejects.toMatchObject({ code: 'too_large', details: { reason: 'article_too_large' } });
    expect(await snapshot(doc.slug)).toEqual(before);
  });

  it('answers 404 for an unknown document', async () => {
    await expect(updateDocumentSource({ slug: 'no-such-story', article: asSent(['Headline']), actor: editor })).rejects.toMatchObject({ code: 'not_found' });
  });
});
