// Creating a document from a newsroom's article, through the service that POST /api/documents
// and the page /documents/new call: from plain text, Markdown and HTML, with the refusals of
// DESIGN.md's "Bad input", each of which changes nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import { MAX_ARTICLE_PARAGRAPHS, parseArticle } from '../../lib/article-import';
import type { Actor } from '../../lib/roles';
import { createDocument, type NewDocument } from '../../lib/server/documents/create-document';
import { getDocumentTranslation } from '../../lib/server/documents/get-document-translation';
import { createActor, ensureLanguages, uniqueName } from '../support/fixtures';
import { openTestDatabase } from './test-database';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let editor: Actor;
let admin: Actor;

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const WELT_TEXT = read('../../seeds/welt-2025-04-24.en.txt');
const WELT_HTML = read('../../lib/article-import/fixtures/welt-2025-04-24.en.html');
const WELT_MARKDOWN = read('../../lib/article-import/fixtures/welt-2025-04-24.en.md');
const expected = parseArticle({ format: 'text', content: WELT_TEXT });

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureLanguages(database.db);
  editor = await createActor(database.db, 'editor');
  admin = await createActor(database.db, 'admin');
});
afterAll(() => database.close());

/** A short article with a unique headline, so that slugs do not meet other tests'. */
function story(extra: Partial<NewDocument> = {}): NewDocument {
  const headline = `Storm hits the coast ${uniqueName('t')}`;
  return { format: 'text', content: `${headline}\nBy Jane Doe\nA storm hit the coast on Monday, cutting power to thousands of homes.`, languages: ['de'], ...extra };
}

async function snapshot() {
  const db = database.db;
  return Promise.all([db.document.count(), db.documentLanguage.count(), db.paragraph.count(), db.sourceVersion.count()]);
}

/** The AppError a call is refused with (code, status and the body's extra fields), after checking it changed nothing. */
async function refusal(call: () => Promise<unknown>) {
  const before = await snapshot();
  let error: unknown;
  try {
    await call();
  } catch (caught) {
    error = caught;
  }
  expect(await snapshot()).toEqual(before);
  if (!(error instanceof AppError)) throw error ?? new Error('The call was not refused.');
  return { code: error.code, status: error.status, message: error.message, ...error.details };
}

describe('creating a document', () => {
  it.each([
    ['plain text', 'text', WELT_TEXT],
    ['HTML as WELT’s CMS exports it', 'html', WELT_HTML],
    ['Markdown', 'markdown', WELT_MARKDOWN],
  ] as const)('from the WELT article as %s: paragraphs, kinds, source versions, languages and deadline', async (_name, format, content) => {
    const created = await createDocument({ input: { format, content, languages: ['de', 'uk'], deadline: '2025-04-24T18:00:00+02:00' }, actor: editor });
    expect(created.title).toBe(expected.title);
    expect(created.slug).toMatch(/^suddenly-trump-sees-a-pretty-big-concession-on-putins-side(-\d+)?$/);
    expect(created.paragraphs.map(({ position, kind, source }) => ({ position, kind, text: source.text }))).toEqual(expected.paragraphs);
    expect(created).toMatchObject({ dryRun: false, sourceLang: 'en', languages: ['de', 'uk'], deadline: '2025-04-24T16:00:00.000Z' });

    const stored = await database.db.document.findUniqueOrThrow({
      where: { slug: created.slug },
      select: { title: true, deadline: true, languages: { select: { languageCode: true } }, paragraphs: { select: { id: true, sourceVersions: { select: { id: true, number: true, authorId: true } } } } },
    });
    expect(stored.deadline?.toISOString()).toBe('2025-04-24T16:00:00.000Z');
    expect(stored.languages.map((l) => l.languageCode).sort()).toEqual(['de', 'uk']);
    expect(stored.paragraphs).toHaveLength(25);
    // Each paragraph has one source version, number 1, from the importer (no author), as answered.
    const answered = new Map(created.paragraphs.map((p) => [p.id, p.source.versionId]));
    for (const paragraph of stored.paragraphs) {
      expect(paragraph.sourceVersions).toEqual([{ id: answered.get(paragraph.id), number: 1, authorId: null }]);
    }
    // The workbench reads it like any document: every paragraph untranslated.
    const german = await getDocumentTranslation({ slug: created.slug, lang: 'de', actor: editor });
    expect(german.paragraphs.map((p) => [p.position, p.kind, p.source.text, p.status])).toEqual(
      expected.paragraphs.map((p) => [p.position, p.kind, p.text, 'untranslated']),
    );
  });

  it('stores the HTML article’s text only: no tag, attribute, script or comment', async () => {
    const created = await createDocument({ input: { format: 'html', content: WELT_HTML, languages: ['fr'] }, actor: admin });
    const texts = await database.db.sourceVersion.findMany({ where: { paragraph: { document: { slug: created.slug } } }, select: { text: true } });
    expect(texts.map((t) => t.text).join('\n')).not.toMatch(/<|>|dataLayer|adQueue|c-article|href|CMS export/);
    expect(created.dropped.map((part) => part.reason)).toContain('script');
  });

  it('makes the slug from the title, unique with -2, -3', async () => {
    const title = `Ärger über Støre ${uniqueName('x')}`;
    const base = `arger-uber-store-${title.split(' ').at(-1)}`;
    const first = await createDocument({ input: story({ title }), actor: editor });
    const second = await createDocument({ input: story({ title }), actor: editor });
    const third = await createDocument({ input: story({ title }), actor: editor });
    expect([first.slug, second.slug, third.slug]).toEqual([base, `${base}-2`, `${base}-3`]);
    expect(first.title).toBe(title);
  });

  it('gives two documents created at once with the same title two slugs', async () => {
    const title = `Same headline ${uniqueName('x')}`;
    const created = await Promise.all([1, 2, 3].map(() => createDocument({ input: story({ title }), actor: editor })));
    expect(new Set(created.map((c) => c.slug)).size).toBe(3);
  });

  it('takes an explicit slug, and refuses one that is taken with a 409', async () => {
    const slug = uniqueName('cms-story-42');
    expect((await createDocument({ input: story({ slug }), actor: editor })).slug).toBe(slug);
    expect(await refusal(() => createDocument({ input: story({ slug }), actor: editor }))).toMatchObject({ status: 409, reason: 'slug_taken' });
    expect(await refusal(() => createDocument({ input: story({ slug: 'Not A Slug' }), actor: editor }))).toMatchObject({ status: 400 });
    // /documents/new is the new-article page.
    expect(await refusal(() => createDocument({ input: story({ slug: 'new' }), actor: editor }))).toMatchObject({ status: 409, reason: 'slug_taken' });
  });

  it('applies the kinds the editor chose in the preview', async () => {
    const created = await createDocument({ input: story({ kinds: { '2': 'standfirst', '3': 'body' } }), actor: editor });
    expect(created.paragraphs.map((p) => p.kind)).toEqual(['headline', 'standfirst', 'body']);
    const stored = await database.db.paragraph.findMany({ where: { document: { slug: created.slug } }, orderBy: { position: 'asc' }, select: { kind: true } });
    expect(stored.map((p) => p.kind)).toEqual(['headline', 'standfirst', 'body']);
  });

  it('takes a given title over the headline', async () => {
    const created = await createDocument({ input: story({ title: '  Storm:   the   morning after ' }), actor: editor });
    expect(created.title).toBe('Storm: the morning after');
    expect(created.paragraphs[0].kind).toBe('headline');
  });

  it('answers a dry run the same way and writes nothing', async () => {
    const input = story({ deadline: '2025-04-25T08:00:00Z' });
    const before = await snapshot();
    const preview = await createDocument({ input, actor: editor, dryRun: true });
    expect(await snapshot()).toEqual(before);
    expect(preview.dryRun).toBe(true);
    expect(preview.paragraphs.every((p) => p.id === null && p.source.versionId === null)).toBe(true);
    const created = await createDocument({ input, actor: editor });
    expect(created.slug).toBe(preview.slug);
    expect(created.paragraphs.map(({ position, kind, source }) => [position, kind, source.text])).toEqual(
      preview.paragraphs.map(({ position, kind, source }) => [position, kind, source.text]),
    );
  });

  it('creates an article of 5,000 paragraphs in one go', async () => {
    const content = ['Long read', ...Array.from({ length: MAX_ARTICLE_PARAGRAPHS - 1 }, (_, i) => `Paragraph ${i + 2} of the long read, a sentence of its own.`)].join('\n');
    const started = performance.now();
    const created = await createDocument({ input: { format: 'text', content, languages: ['de', 'fr'] }, actor: editor });
    const took = performance.now() - started;
    expect(created.paragraphs).toHaveLength(MAX_ARTICLE_PARAGRAPHS);
    expect(await database.db.sourceVersion.count({ where: { paragraph: { document: { slug: created.slug } } } })).toBe(MAX_ARTICLE_PARAGRAPHS);
    expect(took).toBeLessThan(30_000);
  });
});

describe('what creating a document refuses (and nothing changes)', () => {
  it('refuses translators and readers', async () => {
    for (const role of ['translator', 'reader'] as const) {
      const actor = await createActor(database.db, role, ['de']);
      expect(await refusal(() => createDocument({ input: story(), actor }))).toMatchObject({ status: 403 });
      expect(await refusal(() => createDocument({ input: story(), actor, dryRun: true }))).toMatchObject({ status: 403 });
    }
  });

  it.each(['text', 'markdown', 'html'] as const)('an empty %s article: 400', async (format) => {
    expect(await refusal(() => createDocument({ input: { format, content: '   \n\n', languages: ['de'] }, actor: editor }))).toMatchObject({
      status: 400,
      reason: 'empty_article',
    });
  });

  it('an article over 2 MB: 413', async () => {
    const content = `Headline\n${'Ünïcode words in a long paragraph. '.repeat(60_000)}`;
    expect(await refusal(() => createDocument({ input: { format: 'text', content, languages: ['de'] }, actor: editor }))).toMatchObject({
      status: 413,
      reason: 'article_too_large',
    });
  });

  it('an article of more than 5,000 paragraphs: 413', async () => {
    const content = Array.from({ length: MAX_ARTICLE_PARAGRAPHS + 1 }, (_, i) => `Line ${i + 1}`).join('\n');
    expect(await refusal(() => createDocument({ input: { format: 'text', content, languages: ['de'] }, actor: editor }))).toMatchObject({
      status: 413,
      reason: 'too_many_paragraphs',
    });
  });

  it('an unknown language, the source language or none: 400', async () => {
    expect(await refusal(() => createDocument({ input: story({ languages: ['de', 'xx', 'yy'] }), actor: editor }))).toMatchObject({
      status: 400,
      reason: 'unknown_language',
      languages: ['xx', 'yy'],
    });
    expect(await refusal(() => createDocument({ input: story({ languages: ['en'] }), actor: editor }))).toMatchObject({ status: 400, reason: 'source_language' });
    expect(await refusal(() => createDocument({ input: story({ languages: [] }), actor: editor }))).toMatchObject({ status: 400, reason: 'no_languages' });
    expect(await refusal(() => createDocument({ input: story({ languages: ['xx'] }), actor: editor, dryRun: true }))).toMatchObject({ reason: 'unknown_language' });
  });

  it('a kind for a paragraph the article does not have: 400', async () => {
    expect(await refusal(() => createDocument({ input: story({ kinds: { '4': 'body' } }), actor: editor }))).toMatchObject({ status: 400, reason: 'unknown_position' });
  });

  it('no title and no headline: 400', async () => {
    expect(await refusal(() => createDocument({ input: { format: 'text', content: 'Thursday, April 24, 2025\nWELT', languages: ['de'] }, actor: editor }))).toMatchObject({
      status: 400,
      reason: 'no_title',
    });
  });
});
