import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../../lib/roles';
import { getEdition } from '../../lib/server/editions/get-edition';
import { listEditions } from '../../lib/server/editions/list-editions';
import { publishEdition } from '../../lib/server/editions/publish-edition';
import { addTranslation, createDocument, type TestDocument } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';
import { errorCodeOf } from '../support/error-code';
import { searchable } from '../../lib/search-text';

let database: TestDatabase;
let editor: Actor;
let secondEditor: Actor;
let admin: Actor;
let german: Actor;
let reader: Actor;

beforeAll(async () => {
  ({ database, actors: { editor, secondEditor, admin, german, reader } } = await openNewsroom({ editor: ['editor'], secondEditor: ['editor'], admin: ['admin'], german: ['translator', ['de']], reader: ['reader'] }));
});
afterAll(() => database.close());

async function review(versionId: string, sourceVersionId: string, decision: 'approved' | 'rejected', comment?: string) {
  await database.db.review.create({ data: { translationVersionId: versionId, sourceVersionId, reviewerId: editor.id, decision, comment } });
}

/** Saves `text` as the paragraph's next German version and approves it. */
async function approved(paragraph: TestDocument['paragraphs'][number], text: string) {
  const version = await addTranslation(database.db, paragraph, 'de', text, german.id);
  await review(version.id, paragraph.sourceVersionId, 'approved');
  return version;
}

/** A three-paragraph story with every German paragraph approved. */
async function approvedStory() {
  const doc = await createDocument(database.db, { paragraphs: ['Headline', 'At least eight people died.', 'Trump wrote: "Vladimir, STOP!"'] });
  const texts = ['Schlagzeile', 'Mindestens acht Menschen starben.', 'Trump schrieb: „Wladimir, STOPP!“'];
  const versions = [];
  for (const [index, paragraph] of doc.paragraphs.entries()) versions.push(await approved(paragraph, texts[index]));
  return { doc, texts, versions };
}

const editionCount = (documentId: string) => database.db.edition.count({ where: { documentId } });

describe('publishEdition', () => {
  it('refuses with a 409 naming every paragraph that is not approved, and stores nothing', async () => {
    const { db } = database;
    const doc = await createDocument(db, { paragraphs: ['Headline', 'In review.', 'Rejected.', 'Untranslated.', 'Outdated.', 'Approved.'] });
    const [p1, p2, p3, , p5, p6] = doc.paragraphs;
    await approved(p1, 'Schlagzeile');
    await addTranslation(db, p2, 'de', 'In Prüfung.', german.id);
    const rejected = await addTranslation(db, p3, 'de', 'Abgelehnt.', german.id);
    await review(rejected.id, p3.sourceVersionId, 'rejected', 'Zu frei.');
    await approved(p5, 'Veraltet.');
    await db.sourceVersion.create({ data: { paragraphId: p5.id, number: 2, ...searchable('Outdated, updated.'), authorId: editor.id } });
    await approved(p6, 'Freigegeben.');

    const error = await publishEdition({ slug: doc.slug, lang: 'de', actor: editor }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('conflict');
    expect(error.status).toBe(409);
    expect(error.message).toContain('Paragraphs 2, 3, 4, 5 are not approved.');
    expect(error.details).toEqual({ notApproved: [2, 3, 4, 5] });
    expect(await editionCount(doc.id)).toBe(0);
    expect(await db.editionParagraph.count({ where: { paragraphId: { in: doc.paragraphs.map((p) => p.id) } } })).toBe(0);
  });

  it('names a single paragraph in the singular', async () => {
    const { doc } = await approvedStory();
    await addTranslation(database.db, doc.paragraphs[1], 'de', 'Neu, ungeprüft.', german.id);
    const error = await publishEdition({ slug: doc.slug, lang: 'de', actor: editor }).catch((e) => e);
    expect(error.message).toContain('Paragraph 2 is not approved.');
    expect(error.details).toEqual({ notApproved: [2] });
  });

  it('publishes edition 1 with the approved text of every paragraph', async () => {
    const { doc, texts, versions } = await approvedStory();
    const published = await publishEdition({ slug: doc.slug, lang: 'de', actor: editor });
    expect(published).toEqual({ number: 1, createdAt: expect.any(String), paragraphs: 3 });
    expect(new Date(published.createdAt).toISOString()).toBe(published.createdAt);

    const rows = await database.db.editionParagraph.findMany({ where: { edition: { documentId: doc.id } }, orderBy: { position: 'asc' } });
    expect(rows.map((row) => [row.position, row.kind, row.text, row.paragraphId, row.translationVersionId, row.sourceVersionId])).toEqual(
      doc.paragraphs.map((paragraph, index) => [
        index + 1,
        index === 0 ? 'headline' : 'body',
        texts[index],
        paragraph.id,
        versions[index].id,
        paragraph.sourceVersionId,
      ]),
    );
    const edition = await database.db.edition.findFirstOrThrow({ where: { documentId: doc.id } });
    expect([edition.languageCode, edition.publishedById]).toEqual(['de', editor.id]);
  });

  it('keeps an edition as published: later saves do not change it, and the next publish is edition 2', async () => {
    const { doc, texts } = await approvedStory();
    await publishEdition({ slug: doc.slug, lang: 'de', actor: editor });

    const corrected = await addTranslation(database.db, doc.paragraphs[1], 'de', 'Mindestens neun Menschen starben.', german.id);
    expect((await getEdition({ slug: doc.slug, lang: 'de', actor: reader })).paragraphs.map((p) => p.text)).toEqual(texts);

    // The correction is in review: no second edition until it is approved.
    expect(await errorCodeOf(publishEdition({ slug: doc.slug, lang: 'de', actor: editor }))).toBe('conflict');
    await review(corrected.id, doc.paragraphs[1].sourceVersionId, 'approved');
    const second = await publishEdition({ slug: doc.slug, lang: 'de', actor: secondEditor });
    expect(second.number).toBe(2);

    expect((await getEdition({ slug: doc.slug, lang: 'de', number: 1, actor: reader })).paragraphs[1].text).toBe(texts[1]);
    expect((await getEdition({ slug: doc.slug, lang: 'de', actor: reader })).paragraphs[1].text).toBe('Mindestens neun Menschen starben.');
  });

  it('lets editors and admins publish; refuses translators and readers with a 403, storing nothing', async () => {
    const { doc } = await approvedStory();
    expect(await errorCodeOf(publishEdition({ slug: doc.slug, lang: 'de', actor: german }))).toBe('forbidden');
    expect(await errorCodeOf(publishEdition({ slug: doc.slug, lang: 'de', actor: reader }))).toBe('forbidden');
    // Access is decided before anything is looked up.
    expect(await errorCodeOf(publishEdition({ slug: 'no-such-story', lang: 'de', actor: reader }))).toBe('forbidden');
    expect(await editionCount(doc.id)).toBe(0);
    expect(await errorCodeOf(publishEdition({ slug: doc.slug, lang: 'de', actor: admin }))).toBe('ok');
    expect(await errorCodeOf(publishEdition({ slug: doc.slug, lang: 'de', actor: editor }))).toBe('ok');
    expect(await editionCount(doc.id)).toBe(2);
  });

  it('answers 404 for an unknown document or a language the document does not have', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline'], languages: ['de'] });
    expect(await errorCodeOf(publishEdition({ slug: 'no-such-story', lang: 'de', actor: editor }))).toBe('not_found');
    expect(await errorCodeOf(publishEdition({ slug: doc.slug, lang: 'fr', actor: editor }))).toBe('not_found');
  });

  it('never gives two concurrent publishes by different editors the same number', async () => {
    const { doc } = await approvedStory();
    const publishers = [editor, secondEditor, admin, editor, secondEditor];
    const results = await Promise.allSettled(publishers.map((actor) => publishEdition({ slug: doc.slug, lang: 'de', actor })));
    const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.number] : []));
    for (const r of results) {
      if (r.status === 'rejected') expect((r.reason as AppError).code).toBe('conflict');
    }
    expect(numbers.length).toBeGreaterThanOrEqual(1);
    expect(new Set(numbers).size).toBe(numbers.length);
    const stored = await database.db.edition.findMany({ where: { documentId: doc.id }, select: { number: true } });
    expect(stored.map((e) => e.number).sort()).toEqual([...numbers].sort());
  });

  it('answers a publish that loses the race for its number with a 409 naming the edition that won', async () => {
    const { doc } = await approvedStory();
    await publishEdition({ slug: doc.slug, lang: 'de', actor: secondEditor });
    // Replay the race: this publish reads the last number from before edition 1 existed.
    const db = database.db;
    const transaction = db.$transaction.bind(db) as (fn: (tx: unknown) => Promise<unknown>) => Promise<unknown>;
    const spy = vi.spyOn(db, '$transaction').mockImplementation(((fn: (tx: unknown) => Promise<unknown>) =>
      transaction((tx) =>
        fn(
          new Proxy(tx as object, {
            get(target, key, receiver) {
              const value = Reflect.get(target, key, receiver);
              if (key !== 'edition') return value;
              return { ...value, create: value.create.bind(value), findFirst: async () => null };
            },
          }),
        ),
      )) as never);
    try {
      const error = await publishEdition({ slug: doc.slug, lang: 'de', actor: editor }).catch((e) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('conflict');
      expect(error.message).toBe(`${secondEditor.name} published German edition 1 at the same moment. Check it before publishing again.`);
    } finally {
      spy.mockRestore();
    }
    expect(await editionCount(doc.id)).toBe(1);
  });
});

describe('listEditions and getEdition', () => {
  it('list the editions newest first and read any of them; anyone signed in may', async () => {
    const { doc, texts } = await approvedStory();
    expect(await listEditions({ slug: doc.slug, lang: 'de', actor: reader })).toEqual([]);
    await publishEdition({ slug: doc.slug, lang: 'de', actor: editor });
    await publishEdition({ slug: doc.slug, lang: 'de', actor: secondEditor });

    const editions = await listEditions({ slug: doc.slug, lang: 'de', actor: reader });
    expect(editions.map((e) => [e.number, e.publishedBy, e.paragraphCount])).toEqual([
      [2, secondEditor.name, 3],
      [1, editor.name, 3],
    ]);
    expect(editions[0].createdAt >= editions[1].createdAt).toBe(true);

    const latest = await getEdition({ slug: doc.slug, lang: 'de', actor: german });
    expect(latest).toEqual({
      document: { slug: doc.slug, title: 'Test story' },
      language: { code: 'de', englishName: 'German', nativeName: 'Deutsch', direction: 'ltr' },
      number: 2,
      createdAt: editions[0].createdAt,
      publishedBy: secondEditor.name,
      paragraphs: texts.map((text, index) => ({ position: index + 1, kind: index === 0 ? 'headline' : 'body', text })),
    });
    expect((await getEdition({ slug: doc.slug, lang: 'de', number: 1, actor: reader })).publishedBy).toBe(editor.name);
  });

  it('gives the language direction for right-to-left editions', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline'], languages: ['ar'] });
    const version = await addTranslation(database.db, doc.paragraphs[0], 'ar', 'عنوان', german.id);
    await review(version.id, doc.paragraphs[0].sourceVersionId, 'approved');
    await publishEdition({ slug: doc.slug, lang: 'ar', actor: editor });
    const edition = await getEdition({ slug: doc.slug, lang: 'ar', actor: reader });
    expect(edition.language.direction).toBe('rtl');
    expect(edition.paragraphs).toEqual([{ position: 1, kind: 'headline', text: 'عنوان' }]);
  });

  it('answer 404 when there is no such document, language or edition', async () => {
    const { doc } = await approvedStory();
    expect(await errorCodeOf(getEdition({ slug: doc.slug, lang: 'de', actor: reader }))).toBe('not_found');
    await publishEdition({ slug: doc.slug, lang: 'de', actor: editor });
    for (const number of [2, 0, -1, 1.5, Number.NaN]) {
      expect(await errorCodeOf(getEdition({ slug: doc.slug, lang: 'de', number, actor: reader }))).toBe('not_found');
    }
    expect(await errorCodeOf(getEdition({ slug: doc.slug, lang: 'zz', actor: reader }))).toBe('not_found');
    expect(await errorCodeOf(getEdition({ slug: 'no-such-story', lang: 'de', actor: reader }))).toBe('not_found');
    expect(await errorCodeOf(listEditions({ slug: doc.slug, lang: 'zz', actor: reader }))).toBe('not_found');
    expect(await errorCodeOf(listEditions({ slug: 'no-such-story', lang: 'de', actor: reader }))).toBe('not_found');
  });
});
