import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../../lib/roles';
import { addComment } from '../../lib/server/comments/add-comment';
import { countOpenThreads } from '../../lib/server/comments/count-open-threads';
import { listCommentThreads } from '../../lib/server/comments/list-comment-threads';
import { resolveCommentThread } from '../../lib/server/comments/resolve-comment-thread';
import { createActor, createDocument, ensureLanguages, type TestDocument } from '../support/fixtures';
import { openTestDatabase } from './test-database';
import { errorCodeOf } from '../support/error-code';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let german: Actor;
let french: Actor;
let editor: Actor;
let admin: Actor;
let reader: Actor;

const isoTime = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  await ensureLanguages(db);
  german = await createActor(db, 'translator', ['de']);
  french = await createActor(db, 'translator', ['fr']);
  editor = await createActor(db, 'editor');
  admin = await createActor(db, 'admin');
  reader = await createActor(db, 'reader');
});
afterAll(() => database.close());

async function story(languages?: string[]): Promise<TestDocument> {
  return createDocument(database.db, {
    paragraphs: ['Headline', 'At least eight people died in Kyiv.', 'In total, Ukraine registered attacks with 215 drones and missiles.'],
    languages,
  });
}

async function commentCount(paragraphId: string) {
  return database.db.comment.count({ where: { paragraphId } });
}

describe('adding, replying to and resolving comment threads', () => {
  it('lists threads oldest first with their replies, and who resolved them', async () => {
    const doc = await story();
    const paragraphId = doc.paragraphs[1].id;
    const first = await addComment({ paragraphId, lang: 'de', text: 'Is "died" right, or "were killed"?', actor: german });
    expect(first).toEqual({ id: expect.any(String), threadId: null, text: 'Is "died" right, or "were killed"?', author: { name: german.name }, createdAt: isoTime });
    const second = await addComment({ paragraphId, lang: 'de', text: '  Kyiv or Kiew?\n', threadId: null, actor: editor });
    expect(second.text).toBe('Kyiv or Kiew?');
    const reply = await addComment({ paragraphId, lang: 'de', text: 'Keep "starben".', threadId: first.id, actor: editor });
    expect(reply).toMatchObject({ threadId: first.id, author: { name: editor.name } });
    const answer = await addComment({ paragraphId, lang: 'de', text: 'Done.', threadId: first.id, actor: german });
    await addComment({ paragraphId, lang: 'fr', text: 'Une autre langue.', actor: french });

    const resolved = await resolveCommentThread({ threadId: first.id, actor: editor });
    expect(resolved).toMatchObject({ id: first.id, resolvedAt: isoTime, resolvedBy: editor.name });
    expect(resolved.replies.map((r) => r.id)).toEqual([reply.id, answer.id]);

    // A reply to a resolved thread is kept and leaves the thread resolved.
    const late = await addComment({ paragraphId, lang: 'de', text: 'Thanks!', threadId: first.id, actor: german });

    const threads = await listCommentThreads({ paragraphId, lang: 'de', actor: reader });
    expect(threads).toEqual([
      {
        id: first.id,
        text: first.text,
        author: { name: german.name },
        createdAt: first.createdAt,
        resolvedAt: resolved.resolvedAt,
        resolvedBy: editor.name,
        replies: [
          { id: reply.id, text: 'Keep "starben".', author: { name: editor.name }, createdAt: reply.createdAt },
          { id: answer.id, text: 'Done.', author: { name: german.name }, createdAt: answer.createdAt },
          { id: late.id, text: 'Thanks!', author: { name: german.name }, createdAt: late.createdAt },
        ],
      },
      { id: second.id, text: 'Kyiv or Kiew?', author: { name: editor.name }, createdAt: second.createdAt, resolvedAt: null, resolvedBy: null, replies: [] },
    ]);
    expect((await listCommentThreads({ paragraphId, lang: 'fr', actor: reader })).map((t) => t.text)).toEqual(['Une autre langue.']);
    expect(await listCommentThreads({ paragraphId, lang: 'uk', actor: reader })).toEqual([]);
  });

  it('treats resolving a resolved thread as a no-op that keeps the first resolver', async () => {
    const doc = await story();
    const paragraphId = doc.paragraphs[1].id;
    const thread = await addComment({ paragraphId, lang: 'de', text: 'Check the number.', actor: german });
    const once = await resolveCommentThread({ threadId: thread.id, actor: german });
    const again = await resolveCommentThread({ threadId: thread.id, actor: editor });
    expect(again).toEqual(once);
    expect(again.resolvedBy).toBe(german.name);
  });

  it('accepts 2,000 characters after trimming, and tabs and newlines', async () => {
    const doc = await story();
    const paragraphId = doc.paragraphs[1].id;
    const long = await addComment({ paragraphId, lang: 'de', text: `  ${'x'.repeat(2000)}  `, actor: german });
    expect(long.text).toHaveLength(2000);
    const lines = await addComment({ paragraphId, lang: 'de', text: 'Line one\r\n\tLine two', actor: german });
    expect(lines.text).toBe('Line one\n\tLine two');
  });
});

describe('counting open threads', () => {
  it('counts unresolved threads per paragraph of one document and language, not replies', async () => {
    const doc = await story();
    const other = await story();
    const [p1, p2, p3] = doc.paragraphs.map((p) => p.id);
    const a = await addComment({ paragraphId: p1, lang: 'de', text: 'A', actor: german });
    await addComment({ paragraphId: p1, lang: 'de', text: 'A reply', threadId: a.id, actor: editor });
    await addComment({ paragraphId: p1, lang: 'de', text: 'B', actor: editor });
    const c = await addComment({ paragraphId: p2, lang: 'de', text: 'C', actor: german });
    await addComment({ paragraphId: p2, lang: 'de', text: 'D', actor: german });
    await resolveCommentThread({ threadId: c.id, actor: german });
    const e = await addComment({ paragraphId: p3, lang: 'de', text: 'E', actor: german });
    await resolveCommentThread({ threadId: e.id, actor: editor });
    await addComment({ paragraphId: p1, lang: 'fr', text: 'F', actor: french });
    await addComment({ paragraphId: other.paragraphs[0].id, lang: 'de', text: 'G', actor: german });

    const inDoc = { documentId: doc.id, removedAt: null };
    expect(await countOpenThreads(database.db, inDoc, 'de')).toEqual(new Map([[p1, 2], [p2, 1]]));
    expect(await countOpenThreads(database.db, inDoc, 'fr')).toEqual(new Map([[p1, 1]]));
    expect(await countOpenThreads(database.db, inDoc, 'uk')).toEqual(new Map());
    // A page of the document's paragraphs: only theirs.
    expect(await countOpenThreads(database.db, { ...inDoc, id: { in: [p2, p3] } }, 'de')).toEqual(new Map([[p2, 1]]));
    // Usable inside a transaction, as loadParagraphStates is.
    expect(await database.db.$transaction((tx) => countOpenThreads(tx, inDoc, 'de'))).toEqual(new Map([[p1, 2], [p2, 1]]));
  });
});

describe('who may comment and resolve', () => {
  it('allows translators of the language, editors and admins; refuses others, storing nothing', async () => {
    const doc = await story();
    const paragraphId = doc.paragraphs[1].id;
    const attempt = (actor: Actor) => errorCodeOf(addComment({ paragraphId, lang: 'de', text: `From ${actor.role}`, actor }));
    expect(await attempt(french)).toBe('forbidden');
    expect(await attempt(reader)).toBe('forbidden');
    expect(await commentCount(paragraphId)).toBe(0);
    expect(await attempt(german)).toBe('ok');
    expect(await attempt(editor)).toBe('ok');
    expect(await attempt(admin)).toBe('ok');
    expect(await commentCount(paragraphId)).toBe(3);
  });

  it('refuses replies from people who may not comment in the language', async () => {
    const doc = await story();
    const paragraphId = doc.paragraphs[1].id;
    const thread = await addComment({ paragraphId, lang: 'de', text: 'Question', actor: german });
    expect(await errorCodeOf(addComment({ paragraphId, lang: 'de', text: 'Réponse', threadId: thread.id, actor: french }))).toBe('forbidden');
    expect(await errorCodeOf(addComment({ paragraphId, lang: 'de', text: 'Reply', threadId: thread.id, actor: reader }))).toBe('forbidden');
    expect(await commentCount(paragraphId)).toBe(1);
  });

  it('lets the same people resolve; a refused resolve leaves the thread open', async () => {
    const doc = await story();
    const paragraphId = doc.paragraphs[1].id;
    const threads = await Promise.all(
      ['one', 'two', 'three'].map((text) => addComment({ paragraphId, lang: 'de', text, actor: german })),
    );
    expect(await errorCodeOf(resolveCommentThread({ threadId: threads[0].id, actor: french }))).toBe('forbidden');
    expect(await errorCodeOf(resolveCommentThread({ threadId: threads[0].id, actor: reader }))).toBe('forbidden');
    expect((await listCommentThreads({ paragraphId, lang: 'de', actor: reader })).every((t) => t.resolvedAt === null)).toBe(true);
    expect(await errorCodeOf(resolveCommentThread({ threadId: threads[0].id, actor: german }))).toBe('ok');
    expect(await errorCodeOf(resolveCommentThread({ threadId: threads[1].id, actor: editor }))).toBe('ok');
    expect(await errorCodeOf(resolveCommentThread({ threadId: threads[2].id, actor: admin }))).toBe('ok');
  });
});

describe('bad input changes nothing', () => {
  it('refuses empty, too long and control-character texts', async () => {
    const doc = await story();
    const paragraphId = doc.paragraphs[1].id;
    const add = (text: string) => errorCodeOf(addComment({ paragraphId, lang: 'de', text, actor: german }));
    expect(await add('')).toBe('invalid_input');
    expect(await add(' \n\t ')).toBe('invalid_input');
    expect(await add('x'.repeat(2001))).toBe('too_large');
    const huge = await addComment({ paragraphId, lang: 'de', text: 'x'.repeat(25_000), actor: german }).catch((e: AppError) => e);
    expect(huge).toMatchObject({ code: 'too_large', message: expect.stringContaining('2,000') });
    expect(await add('Bell\u0007')).toBe('invalid_input');
    expect(await add('Escape \u001b[31m')).toBe('invalid_input');
    expect(await commentCount(paragraphId)).toBe(0);
  });

  it('refuses replies to replies, across languages or paragraphs, and to unknown threads', async () => {
    const doc = await story();
    const paragraphId = doc.paragraphs[1].id;
    const thread = await addComment({ paragraphId, lang: 'de', text: 'Thread', actor: editor });
    const reply = await addComment({ paragraphId, lang: 'de', text: 'Reply', threadId: thread.id, actor: editor });
    const french = await addComment({ paragraphId, lang: 'fr', text: 'Fil', actor: editor });
    const elsewhere = await addComment({ paragraphId: doc.paragraphs[2].id, lang: 'de', text: 'Elsewhere', actor: editor });
    const before = await commentCount(paragraphId);
    const replyTo = (threadId: string) => errorCodeOf(addComment({ paragraphId, lang: 'de', text: 'Again', threadId, actor: editor }));
    expect(await replyTo(reply.id)).toBe('invalid_input');
    expect(await replyTo(french.id)).toBe('invalid_input');
    expect(await replyTo(elsewhere.id)).toBe('invalid_input');
    expect(await replyTo('no-such-comment')).toBe('invalid_input');
    expect(await commentCount(paragraphId)).toBe(before);
  });

  it('answers 404 for unknown paragraphs and languages the document is not translated into', async () => {
    const doc = await story(['de']);
    const paragraphId = doc.paragraphs[1].id;
    expect(await errorCodeOf(addComment({ paragraphId: 'no-such-paragraph', lang: 'de', text: 'Hello', actor: editor }))).toBe('not_found');
    expect(await errorCodeOf(addComment({ paragraphId, lang: 'xx', text: 'Hello', actor: editor }))).toBe('not_found');
    expect(await errorCodeOf(addComment({ paragraphId, lang: 'fr', text: 'Bonjour', actor: editor }))).toBe('not_found');
    expect(await errorCodeOf(listCommentThreads({ paragraphId: 'no-such-paragraph', lang: 'de', actor: reader }))).toBe('not_found');
    expect(await errorCodeOf(listCommentThreads({ paragraphId, lang: 'fr', actor: reader }))).toBe('not_found');
    expect(await commentCount(paragraphId)).toBe(0);
  });

  it('refuses to resolve unknown threads and replies', async () => {
    const doc = await story();
    const paragraphId = doc.paragraphs[1].id;
    const thread = await addComment({ paragraphId, lang: 'de', text: 'Thread', actor: german });
    const reply = await addComment({ paragraphId, lang: 'de', text: 'Reply', threadId: thread.id, actor: german });
    expect(await errorCodeOf(resolveCommentThread({ threadId: 'no-such-thread', actor: editor }))).toBe('not_found');
    expect(await errorCodeOf(resolveCommentThread({ threadId: reply.id, actor: editor }))).toBe('invalid_input');
    const stored = await database.db.comment.findMany({ where: { paragraphId }, select: { resolvedAt: true, resolvedById: true } });
    expect(stored).toEqual([
      { resolvedAt: null, resolvedById: null },
      { resolvedAt: null, resolvedById: null },
    ]);
  });
});
