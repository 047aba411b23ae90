// Live updates through the services: a save, a review, a change of the English, a comment and
// an import each reach a subscriber of the live bus with who did it, and an editor's presence
// reaches the bus's snapshot. Provider-neutral: on SQLite the bus is in process; on PostgreSQL
// the same events travel through LISTEN/NOTIFY.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../lib/live-events';
import type { Actor } from '../../lib/roles';
import { addComment } from '../../lib/server/comments/add-comment';
import { resolveCommentThread } from '../../lib/server/comments/resolve-comment-thread';
import { announcePresence } from '../../lib/server/live/announce-presence';
import { openDocumentEvents } from '../../lib/server/live/open-document-events';
import { loadSessionActor } from '../../lib/server/session';
import { closeLiveBus, getLiveBus } from '../../lib/server/live/live-bus';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { updateDocumentSource } from '../../lib/server/sources/update-document-source';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { createDocument, type TestDocument } from '../support/fixtures';
import { errorCodeOf } from '../support/error-code';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';

let database: TestDatabase;
let german: Actor;
let french: Actor;
let editor: Actor;

beforeAll(async () => {
  ({ database, actors: { german, french, editor } } = await openNewsroom({ german: ['translator', ['de']], french: ['translator', ['fr']], editor: ['editor'] }));
});
afterAll(async () => {
  // First the bus: its LISTEN connection would otherwise outlive (and retry) the dropped database.
  await closeLiveBus();
  await database.close();
});

/** Collects the live events of one document, for the duration of one test. */
async function follow(doc: TestDocument) {
  const events: LiveEvent[] = [];
  const unsubscribe = getLiveBus().subscribe(doc.id, (event) => {
    if (event.type !== 'resync') events.push(event);
  });
  await settleBus();
  return {
    events,
    unsubscribe,
    /** Waits (up to 5 s) for an event like `expected`. */
    async next(expected: Partial<LiveEvent> & Record<string, unknown>) {
      await expect.poll(() => events.find((event) => matches(event, expected)), { timeout: 5_000 }).toBeDefined();
      return events.find((event) => matches(event, expected))!;
    },
  };
}

function matches(event: LiveEvent, expected: Record<string, unknown>) {
  return Object.entries(expected).every(([key, value]) => JSON.stringify((event as Record<string, unknown>)[key]) === JSON.stringify(value));
}

/**
 * A PostgreSQL bus LISTENs once its connection is up; a round trip of a presence event of an
 * unrelated document shows that it is, so no event of the test can be sent before it listens.
 */
async function settleBus() {
  const probe = await createDocument(database.db, { paragraphs: ['probe'] });
  let heard = false;
  const stop = getLiveBus().subscribe(probe.id, () => (heard = true));
  await expect
    .poll(
      async () => {
        await announcePresence({ slug: probe.slug, paragraphId: probe.paragraphs[0].id, lang: 'de', editing: false, actor: editor });
        return heard;
      },
      { timeout: 15_000, interval: 200 },
    )
    .toBe(true);
  stop();
}

describe('live updates', () => {
  it('a new translation version reaches the document’s subscribers, and only a new one', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'Body.'] });
    const other = await createDocument(database.db, { paragraphs: ['Elsewhere'] });
    const live = await follow(doc);
    const paragraph = doc.paragraphs[1];
    const saved = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Text.', baseVersionId: null, actor: german });
    const event = await live.next({ type: 'paragraph-changed', paragraphId: paragraph.id });
    expect(event).toMatchObject({ documentId: doc.id, lang: 'de', change: 'version', by: { id: german.id, name: german.name } });
    expect(JSON.stringify(event)).not.toContain('Text.');

    // Saving the same text again creates nothing, so nothing is announced; a save elsewhere is another document's.
    await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Text.', baseVersionId: saved.version.versionId, actor: german });
    await saveTranslationVersion({ paragraphId: other.paragraphs[0].id, lang: 'de', text: 'Anderswo.', baseVersionId: null, actor: german });
    await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Text 2.', baseVersionId: saved.version.versionId, actor: german });
    // Events of one process arrive in order: once the last save's is here, any from the two before would be too.
    const changes = () => live.events.filter((e) => e.type === 'paragraph-changed');
    await expect.poll(() => changes().length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    expect(changes()).toHaveLength(2);
    live.unsubscribe();
  });

  it('an approval, a rejection and a change of the English arrive, the English with no language', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'At least eight died.'] });
    const paragraph = doc.paragraphs[1];
    const v1 = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Mindestens acht starben.', baseVersionId: null, actor: german });
    const live = await follow(doc);

    await reviewTranslationVersion({ versionId: v1.version.versionId, decision: 'rejected', comment: 'Wer?', actor: editor });
    expect(await live.next({ change: 'review' })).toMatchObject({ paragraphId: paragraph.id, lang: 'de', by: { id: editor.id } });

    await updateSourceText({ paragraphId: paragraph.id, text: 'At least nine died.', baseVersionId: paragraph.sourceVersionId, actor: editor });
    expect(await live.next({ change: 'source' })).toMatchObject({ paragraphId: paragraph.id, lang: null, documentId: doc.id });
    live.unsubscribe();
  });

  it('an update of the whole English arrives as one change of the document, and an update that changes nothing sends none', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'At least eight people died.'] });
    const live = await follow(doc);
    await updateDocumentSource({ slug: doc.slug, article: { format: 'text', content: 'Headline\nAt least eight people died.' }, actor: editor });
    await updateDocumentSource({ slug: doc.slug, article: { format: 'text', content: 'Headline\nAt least nine people died.\nMore.' }, actor: editor });
    const event = await live.next({ type: 'document-changed' });
    expect(event).toMatchObject({ documentId: doc.id, change: 'source', by: { id: editor.id, name: editor.name } });
    expect(live.events.filter((e) => e.type === 'document-changed')).toHaveLength(1);
    live.unsubscribe();
  });

  it('comments added and resolved arrive as comment changes', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline'] });
    const paragraph = doc.paragraphs[0];
    const live = await follow(doc);
    const thread = await addComment({ paragraphId: paragraph.id, lang: 'fr', text: 'Titre?', actor: french });
    await live.next({ change: 'comment', by: { id: french.id, name: french.name } });
    await resolveCommentThread({ threadId: thread.id, actor: editor });
    await live.next({ change: 'comment', by: { id: editor.id, name: editor.name } });
    live.unsubscribe();
  });

  it('presence reaches subscribers and the snapshot, and only people who work on the text may announce it', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'Body.'] });
    const paragraph = doc.paragraphs[1];
    const live = await follow(doc);
    await announcePresence({ slug: doc.slug, paragraphId: paragraph.id, lang: 'de', editing: true, actor: german });
    expect(await live.next({ type: 'presence', editing: true })).toMatchObject({ user: { id: german.id }, lang: 'de', ttlMs: 30_000 });
    expect(getLiveBus().presenceSnapshot(doc.id).editors).toEqual([expect.objectContaining({ paragraphId: paragraph.id, lang: 'de', user: { id: german.id, name: german.name } })]);

    await announcePresence({ slug: doc.slug, paragraphId: paragraph.id, lang: 'de', editing: false, actor: german });
    await live.next({ type: 'presence', editing: false });
    expect(getLiveBus().presenceSnapshot(doc.id).editors).toEqual([]);

    expect(await errorCodeOf(announcePresence({ slug: doc.slug, paragraphId: paragraph.id, lang: 'de', editing: true, actor: french }))).toBe('forbidden');
    expect(await errorCodeOf(announcePresence({ slug: doc.slug, paragraphId: paragraph.id, lang: null, editing: true, actor: german }))).toBe('forbidden');
    const elsewhere = await createDocument(database.db, { paragraphs: ['Other'] });
    expect(await errorCodeOf(announcePresence({ slug: doc.slug, paragraphId: elsewhere.paragraphs[0].id, lang: 'de', editing: true, actor: german }))).toBe('not_found');
    expect(await errorCodeOf(announcePresence({ slug: doc.slug, paragraphId: paragraph.id, lang: 'xx', editing: true, actor: editor }))).toBe('not_found');
    await announcePresence({ slug: doc.slug, paragraphId: paragraph.id, lang: null, editing: true, actor: editor });
    await live.next({ type: 'presence', lang: null, user: { id: editor.id, name: editor.name } });
    live.unsubscribe();
  });

  it('a presence announcement overtaken by a newer one is dropped, not passed on', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'Body.'] });
    const paragraph = doc.paragraphs[1];
    const live = await follow(doc);
    const announce = (editing: boolean, seq: number) => announcePresence({ slug: doc.slug, paragraphId: paragraph.id, lang: 'de', editing, seq, actor: german });
    await announce(true, 1_000);
    await live.next({ type: 'presence', editing: true });
    // The page's "stopped" (seq 3,000) arrives before a heartbeat's "editing" sent earlier (2,000).
    await announce(false, 3_000);
    await live.next({ type: 'presence', editing: false });
    await announce(true, 2_000);
    // A newer announcement after it shows that the late one was not passed on in between.
    await announce(true, 4_000);
    await live.next({ type: 'presence', editing: true, seq: 4_000 });
    expect(live.events.filter((event) => event.type === 'presence').map((event) => event.type === 'presence' && event.seq)).toEqual([1_000, 3_000, 4_000]);
    await announce(false, 5_000);
    await live.next({ type: 'presence', editing: false, seq: 5_000 });
    expect(getLiveBus().presenceSnapshot(doc.id).editors).toEqual([]);
    live.unsubscribe();
  });
});

describe('a document’s event stream', () => {
  it('stays open while its session holds, and ends once the session is gone (signed out elsewhere)', async () => {
    const { db } = database;
    const doc = await createDocument(db, { paragraphs: ['Followed'], languages: ['de'] });
    const session = await db.session.create({
      data: { id: `stream-${doc.id}`, token: `stream-token-${doc.id}`, userId: german.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    let checks = 0;
    const stillSignedIn = async () => {
      checks += 1;
      return (await loadSessionActor({ sessionId: session.id, userId: german.id }))?.id === german.id;
    };
    const aborted = new AbortController();
    const stream = await openDocumentEvents({ slug: doc.slug, actor: german, signal: aborted.signal, stillSignedIn, sessionCheckMs: 20 });
    const reader = stream.getReader();
    let ended = false;
    const drained = (async () => {
      while (!(await reader.read()).done);
      ended = true;
    })();
    try {
      await expect.poll(() => checks, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
      expect(ended).toBe(false);

      await db.session.delete({ where: { id: session.id } });
      await expect.poll(() => ended, { timeout: 5_000 }).toBe(true);
    } finally {
      aborted.abort();
      await drained;
    }
  });
});
