// Webhooks end to end below the HTTP API: registering (admins only, http(s) URLs only), events
// recorded with the approval or edition that causes them, and the worker delivering them signed
// to a real HTTP receiver on 127.0.0.1, with retries on a schedule the test drives by passing
// the time, across a restart, with two workers on one database, and without an approval ever
// waiting for a receiver.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../../lib/roles';
import { readDatabaseConfig } from '../../lib/server/database-config';
import { getDb } from '../../lib/server/db';
import { createDocument as createNewDocument } from '../../lib/server/documents/create-document';
import { publishEdition } from '../../lib/server/editions/publish-edition';
import { createPrismaClient } from '../../lib/server/prisma-client';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { updateDocumentSource } from '../../lib/server/sources/update-document-source';
import { createWebhook } from '../../lib/server/webhooks/create-webhook';
import { deleteWebhook } from '../../lib/server/webhooks/delete-webhook';
import { enqueueWebhookEvent } from '../../lib/server/webhooks/enqueue-webhook-event';
import { listWebhookDeliveries } from '../../lib/server/webhooks/list-webhook-deliveries';
import { listWebhooks } from '../../lib/server/webhooks/list-webhooks';
import { redeliverWebhookDelivery } from '../../lib/server/webhooks/redeliver-webhook-delivery';
import { rotateWebhookSecret } from '../../lib/server/webhooks/rotate-webhook-secret';
import { updateWebhook } from '../../lib/server/webhooks/update-webhook';
import { claimWebhookDeliveries } from '../../lib/server/webhooks/claim-webhook-deliveries';
import { WebhookWorker } from '../../lib/server/webhooks/webhook-worker';
import { verifyWebhookSignature } from '../../lib/webhooks/signature';
import { addTranslation, createActor, createDocument, uniqueName } from '../support/fixtures';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';
import { errorCodeOf } from '../support/error-code';

let database: TestDatabase;
let admin: Actor;
let editor: Actor;
let german: Actor;
const receivers: WebhookReceiver[] = [];
const workers: WebhookWorker[] = [];

beforeAll(async () => {
  ({ database, actors: { admin, editor, german } } = await openNewsroom({ admin: ['admin'], editor: ['editor'], german: ['translator', ['de']] }));
});
afterAll(() => database.close());

// Hooks hear every event of the database: each test starts with none.
beforeEach(async () => {
  await database.db.webhook.deleteMany();
  await database.db.webhookEvent.deleteMany();
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

async function receiver(options?: Parameters<typeof startWebhookReceiver>[0]) {
  const started = await startWebhookReceiver(options);
  receivers.push(started);
  return started;
}

function worker(options?: ConstructorParameters<typeof WebhookWorker>[0]) {
  const created = new WebhookWorker({ random: () => 0.5, ...options });
  workers.push(created);
  return created;
}

/** A German translation in review, ready to approve. */
async function versionInReview(text = 'Mindestens acht Menschen starben.') {
  const doc = await createDocument(database.db, { paragraphs: ['Headline', 'At least eight people died.'], languages: ['de'] });
  const paragraph = doc.paragraphs[1];
  const version = await addTranslation(database.db, paragraph, 'de', text, german.id);
  return { doc, paragraph, version };
}

const approve = (versionId: string, actor: Actor = editor) => reviewTranslationVersion({ versionId, decision: 'approved', actor });

const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

async function snapshot() {
  const db = database.db;
  return {
    webhooks: await db.webhook.findMany({ orderBy: { id: 'asc' } }),
    events: await db.webhookEvent.count(),
    deliveries: await db.webhookDelivery.findMany({ orderBy: { id: 'asc' } }),
  };
}


describe('registering webhooks', () => {
  it('answers with a secret once; lists, changes and deletes hooks without ever showing it again', async () => {
    const created = await createWebhook({ url: 'http://10.0.0.12:8080/redline', events: ['edition.published', 'translation.approved', 'edition.published'], actor: admin });
    expect(created).toMatchObject({ url: 'http://10.0.0.12:8080/redline', events: ['translation.approved', 'edition.published'], active: true });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);

    const listed = await listWebhooks({ actor: admin });
    expect(listed).toEqual([{ id: created.id, url: created.url, events: created.events, active: true, createdAt: created.createdAt, updatedAt: created.updatedAt }]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const changed = await updateWebhook({ id: created.id, changes: { events: ['document.created'], active: false }, actor: admin });
    expect(changed).toMatchObject({ events: ['document.created'], active: false, url: created.url });
    expect(await updateWebhook({ id: created.id, changes: {}, actor: admin })).toMatchObject({ events: ['document.created'] });

    const rotated = await rotateWebhookSecret({ id: created.id, actor: admin });
    expect(rotated.secret).not.toBe(created.secret);
    expect((await database.db.webhook.findUniqueOrThrow({ where: { id: created.id } })).secret).toBe(rotated.secret);

    await deleteWebhook({ id: created.id, actor: admin });
    expect(await listWebhooks({ actor: admin })).toEqual([]);
    expect(await errorCodeOf(deleteWebhook({ id: created.id, actor: admin }))).toBe('not_found');
    expect(await errorCodeOf(updateWebhook({ id: created.id, changes: { active: true }, actor: admin }))).toBe('not_found');
  });

  it('refuses a URL that is not http(s), or has credentials in it, with a 400 and changes nothing', async () => {
    const existing = await createWebhook({ url: 'https://cms.example/hook', events: ['edition.published'], actor: admin });
    const before = await snapshot();
    for (const url of ['ftp://cms.example/hook', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:secret@cms.example/hook', 'not a url']) {
      const error = await createWebhook({ url, events: ['edition.published'], actor: admin }).catch((caught: unknown) => caught);
      expect(error, url).toBeInstanceOf(AppError);
      expect((error as AppError).code, url).toBe('invalid_input');
      expect((error as AppError).status, url).toBe(400);
      expect(await errorCodeOf(updateWebhook({ id: existing.id, changes: { url, events: ['document.created'] }, actor: admin })), url).toBe('invalid_input');
    }
    expect(await errorCodeOf(createWebhook({ url: 'https://cms.example/hook', events: [], actor: admin }))).toBe('invalid_input');
    expect(await errorCodeOf(createWebhook({ url: 'https://cms.example/hook', events: ['comment.added'], actor: admin }))).toBe('invalid_input');
    expect(await snapshot()).toEqual(before);
  });

  it('is for admins only: editors, translators and readers get 403 and change nothing', async () => {
    const hook = await createWebhook({ url: 'https://cms.example/hook', events: ['edition.published'], actor: admin });
    const delivery = await database.db.webhookDelivery.create({
      data: { webhook: { connect: { id: hook.id } }, event: { create: { event: 'edition.published', data: '{}' } }, status: 'delivered' },
    });
    const before = await snapshot();
    for (const actor of [editor, german, await createActor(database.db, 'reader')]) {
      const refused = await Promise.all([
        errorCodeOf(createWebhook({ url: 'https://cms.example/other', events: ['edition.published'], actor })),
        errorCodeOf(listWebhooks({ actor })),
        errorCodeOf(updateWebhook({ id: hook.id, changes: { active: false }, actor })),
        errorCodeOf(rotateWebhookSecret({ id: hook.id, actor })),
        errorCodeOf(listWebhookDeliveries({ webhookId: hook.id, actor })),
        errorCodeOf(redeliverWebhookDelivery({ deliveryId: delivery.id, actor })),
        errorCodeOf(deleteWebhook({ id: hook.id, actor })),
      ]);
      expect(refused, actor.role).toEqual(Array(7).fill('forbidden'));
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('events', () => {
  it('an approval records translation.approved for each active hook that hears it, in its transaction', async () => {
    const hears = await createWebhook({ url: 'http://127.0.0.1:9/a', events: ['translation.approved'], actor: admin });
    await createWebhook({ url: 'http://127.0.0.1:9/b', events: ['edition.published'], actor: admin });
    const paused = await createWebhook({ url: 'http://127.0.0.1:9/c', events: ['translation.approved'], active: false, actor: admin });
    const { doc, paragraph, version } = await versionInReview();

    const { review } = await approve(version.id);
    const deliveries = await database.db.webhookDelivery.findMany({ include: { event: true } });
    expect(deliveries.map((delivery) => delivery.webhookId)).toEqual([hears.id]);
    expect(deliveries[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(JSON.parse(deliveries[0].event.data)).toEqual({
      document: { slug: doc.slug, title: 'Test story' },
      language: 'de',
      paragraph: { id: paragraph.id, position: 2 },
      version: { id: version.id, number: 1, text: 'Mindestens acht Menschen starben.' },
      reviewId: review.reviewId,
      reviewer: { id: editor.id, name: editor.name },
      approvedAt: review.createdAt,
      links: { document: `/api/documents/${doc.slug}?lang=de` },
    });
    expect(paused.active).toBe(false);

    // The same approval again records nothing; neither does a rejection.
    await approve(version.id);
    const second = await addTranslation(database.db, paragraph, 'de', 'Mindestens neun Menschen starben.', german.id);
    await reviewTranslationVersion({ versionId: second.id, decision: 'rejected', comment: 'Acht.', actor: editor });
    expect(await database.db.webhookDelivery.count()).toBe(1);
  });

  it('publishing records edition.published with the texts and links; a refused publish records nothing', async () => {
    await createWebhook({ url: 'http://127.0.0.1:9/a', events: ['edition.published'], actor: admin });
    const { doc, paragraph, version } = await versionInReview();
    expect(await errorCodeOf(publishEdition({ slug: doc.slug, lang: 'de', actor: editor }))).toBe('conflict');
    expect(await database.db.webhookEvent.count()).toBe(0);

    const headline = await addTranslation(database.db, doc.paragraphs[0], 'de', 'Schlagzeile', german.id);
    await approve(headline.id);
    await approve(version.id);
    const edition = await publishEdition({ slug: doc.slug, lang: 'de', actor: editor });
    const [event] = await database.db.webhookEvent.findMany();
    expect(event.event).toBe('edition.published');
    expect(JSON.parse(event.data)).toEqual({
      document: { slug: doc.slug, title: 'Test story' },
      language: 'de',
      edition: { number: 1, publishedAt: edition.createdAt, paragraphCount: 2 },
      publishedBy: { id: editor.id, name: editor.name },
      links: {
        text: `/api/documents/${doc.slug}/export?lang=de&format=text&edition=1`,
        markdown: `/api/documents/${doc.slug}/export?lang=de&format=markdown&edition=1`,
        reader: `/read/${doc.slug}/de`,
      },
      paragraphs: [
        { position: 1, kind: 'headline', text: 'Schlagzeile' },
        { position: 2, kind: 'body', text: 'Mindestens acht Menschen starben.' },
      ],
    });
    expect(paragraph.id).toBeTruthy();
  });

  it('creating a document records document.created; a dry run or a refused creation records nothing', async () => {
    await createWebhook({ url: 'http://127.0.0.1:9/a', events: ['document.created'], actor: admin });
    const content = `${uniqueName('Storm hits the coast')}\nA storm hit the coast on Monday.`;
    await createNewDocument({ input: { format: 'text', content, languages: ['de'] }, dryRun: true, actor: editor });
    expect(await errorCodeOf(createNewDocument({ input: { format: 'text', content, languages: ['xx'] }, actor: editor }))).toBe('invalid_input');
    expect(await errorCodeOf(createNewDocument({ input: { format: 'text', content, languages: ['de'] }, actor: german }))).toBe('forbidden');
    expect(await database.db.webhookEvent.count()).toBe(0);

    const created = await createNewDocument({ input: { format: 'text', content, languages: ['de', 'uk'] }, actor: editor });
    const [event] = await database.db.webhookEvent.findMany();
    expect(event.event).toBe('document.created');
    expect(JSON.parse(event.data)).toEqual({
      document: { slug: created.slug, title: created.title, sourceLang: 'en', languages: ['de', 'uk'], paragraphCount: 2 },
      createdBy: { id: editor.id, name: editor.name },
      links: { document: `/api/documents/${created.slug}` },
    });
  });

  it('an update of the whole English records source.updated with its counts; a refused or empty update records nothing', async () => {
    await createWebhook({ url: 'http://127.0.0.1:9/a', events: ['source.updated'], actor: admin });
    const doc = await createDocument(database.db, { paragraphs: ['Attack on Kyiv', 'At least eight people died.', 'Rescue work went on.'], languages: ['de'] });
    const text = (lines: string[]) => ({ format: 'text' as const, content: lines.join('\n') });

    expect(await errorCodeOf(updateDocumentSource({ slug: doc.slug, article: text(['Attack on Kyiv']), baseRevision: 7, actor: editor }))).toBe('conflict');
    await updateDocumentSource({ slug: doc.slug, article: text(['Attack on Kyiv', 'At least eight people died.', 'Rescue work went on.']), actor: editor });
    await updateDocumentSource({ slug: doc.slug, article: text(['Attack on Kyiv', 'At least nine people died.', 'Rescue work went on.']), dryRun: true, actor: editor });
    expect(await database.db.webhookEvent.count()).toBe(0);

    const report = await updateDocumentSource({
      slug: doc.slug,
      article: text(['Attack on Kyiv', 'Sirens sounded at dawn.', 'At least nine people died.', 'Rescue work went on.']),
      actor: editor,
    });
    const [event] = await database.db.webhookEvent.findMany();
    expect(event.event).toBe('source.updated');
    expect(JSON.parse(event.data)).toEqual({
      document: { slug: doc.slug, title: 'Test story' },
      counts: { unchanged: 2, changed: 1, moved: 0, added: 1, removed: 0 },
      revision: report.revision,
      updatedBy: { id: editor.id, name: editor.name },
      links: { document: `/api/documents/${doc.slug}` },
    });
  });

  it('is recorded if and only if the transaction that reports it commits', async () => {
    await createWebhook({ url: 'http://127.0.0.1:9/a', events: ['document.created'], actor: admin });
    const data = { document: { slug: 's', title: 't', sourceLang: 'en', languages: ['de'], paragraphCount: 1 }, createdBy: { id: admin.id, name: admin.name }, links: { document: '/api/documents/s' } };
    await expect(
      database.db.$transaction(async (tx) => {
        await enqueueWebhookEvent(tx, { event: 'document.created', data });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await database.db.webhookEvent.count()).toBe(0);
    await database.db.$transaction((tx) => enqueueWebhookEvent(tx, { event: 'document.created', data }));
    expect(await database.db.webhookDelivery.count()).toBe(1);
  });
});

describe('delivering', () => {
  it('POSTs the JSON signed with the hook’s secret over the raw body, with the delivery id and event', async () => {
    const cms = await receiver();
    const hook = await createWebhook({ url: cms.url, events: ['translation.approved'], actor: admin });
    const { version } = await versionInReview('Mindestens acht Menschen starben – „ein großes Zugeständnis“');
    await approve(version.id);

    const outcomes = await worker().runOnce();
    expect(outcomes).toMatchObject([{ status: 'delivered', responseCode: 200 }]);
    expect(cms.received).toHaveLength(1);
    const [request] = cms.received;
    const delivery = await database.db.webhookDelivery.findFirstOrThrow();
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-redline-event']).toBe('translation.approved');
    expect(request.headers['x-redline-delivery']).toBe(delivery.id);
    expect(request.headers['x-redline-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(hook.secret, request.rawBody, request.headers['x-redline-signature'] as string)).toBe(true);
    expect(verifyWebhookSignature('whsec_another', request.rawBody, request.headers['x-redline-signature'] as string)).toBe(false);
    expect(request.body).toMatchObject({
      event: 'translation.approved',
      deliveryId: delivery.id,
      occurredAt: expect.stringMatching(/Z$/),
      data: { version: { id: version.id, text: 'Mindestens acht Menschen starben – „ein großes Zugeständnis“' } },
    });

    const [listed] = await listWebhookDeliveries({ webhookId: hook.id, actor: admin });
    expect(listed).toMatchObject({ id: delivery.id, event: 'translation.approved', status: 'delivered', attempts: 1, responseCode: 200, lastError: null, nextAttemptAt: null, responseExcerpt: 'ok' });
  });

  it('retries a receiver that answered 500 on the schedule, then records it delivered', async () => {
    const cms = await receiver({ answers: [500, 200], responseBody: 'database is down' });
    const hook = await createWebhook({ url: cms.url, events: ['translation.approved'], actor: admin });
    const { version } = await versionInReview();
    await approve(version.id);
    const start = new Date(Date.now() + 1000);
    const sender = worker();

    expect(await sender.runOnce(start)).toMatchObject([{ status: 'failed', responseCode: 500 }]);
    let [delivery] = await listWebhookDeliveries({ webhookId: hook.id, actor: admin });
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, responseCode: 500, lastError: 'The receiver answered 500.', responseExcerpt: 'database is down' });
    expect(delivery.nextAttemptAt).toBe(minutes(start, 1).toISOString());

    // Not due yet half a minute later.
    expect(await sender.runOnce(new Date(start.getTime() + 30_000))).toEqual([]);
    expect(cms.received).toHaveLength(1);

    expect(await sender.runOnce(minutes(start, 1))).toMatchObject([{ status: 'delivered', responseCode: 200 }]);
    [delivery] = await listWebhookDeliveries({ webhookId: hook.id, actor: admin });
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, responseCode: 200, lastError: null, nextAttemptAt: null });
    expect(cms.received.map((request) => request.headers['x-redline-delivery'])).toEqual([delivery.id, delivery.id]);
    // Every try sends the same bytes.
    expect(cms.received[0].rawBody.equals(cms.received[1].rawBody)).toBe(true);
    expect(await sender.runOnce(minutes(start, 120))).toEqual([]);
  });

  it('gives up after six tries over about an hour', async () => {
    const cms = await receiver({ otherwise: 503 });
    const hook = await createWebhook({ url: cms.url, events: ['translation.approved'], actor: admin });
    await approve((await versionInReview()).version.id);
    const sender = worker();
    let now = new Date(Date.now() + 1000);
    const statuses: string[] = [];
    for (let round = 0; round < 10; round++) {
      const outcomes = await sender.runOnce(now);
      statuses.push(...outcomes.map((outcome) => outcome.status));
      const [delivery] = await listWebhookDeliveries({ webhookId: hook.id, actor: admin });
      if (!delivery.nextAttemptAt) break;
      now = new Date(delivery.nextAttemptAt);
    }
    expect(statuses).toEqual(['failed', 'failed', 'failed', 'failed', 'failed', 'given_up']);
    const [delivery] = await listWebhookDeliveries({ webhookId: hook.id, actor: admin });
    expect(delivery).toMatchObject({ status: 'given_up', attempts: 6, responseCode: 503, nextAttemptAt: null });
    expect(cms.received).toHaveLength(6);
    expect(await sender.runOnce(minutes(now, 600))).toEqual([]);
  });

  it('carries on after a restart in the middle of retries and delivers exactly once', async () => {
    const cms = await receiver({ answers: [500], otherwise: 200 });
    const hook = await createWebhook({ url: cms.url, events: ['translation.approved'], actor: admin });
    await approve((await versionInReview()).version.id);
    const start = new Date(Date.now() + 1000);

    const before = worker();
    expect(await before.runOnce(start)).toMatchObject([{ status: 'failed' }]);
    await before.stop();

    // A new process: a new database client and a new worker, nothing shared but the database.
    const appClient = (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
    delete (globalThis as { redlinePrisma?: unknown }).redlinePrisma;
    try {
      const after = worker();
      expect(await after.runOnce(minutes(start, 1))).toMatchObject([{ status: 'delivered', responseCode: 200 }]);
      expect(await after.runOnce(minutes(start, 180))).toEqual([]);
      await getDb().$disconnect();
    } finally {
      (globalThis as { redlinePrisma?: unknown }).redlinePrisma = appClient;
    }
    expect(cms.received.map((request) => request.headers['x-redline-delivery'])).toHaveLength(2);
    const [delivery] = await listWebhookDeliveries({ webhookId: hook.id, actor: admin });
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('takes over a claim whose server died, once the claim has expired', async () => {
    const cms = await receiver();
    await createWebhook({ url: cms.url, events: ['translation.approved'], actor: admin });
    await approve((await versionInReview()).version.id);
    const now = new Date(Date.now() + 1000);
    // A server claims the delivery and dies before sending it.
    expect(await claimWebhookDeliveries(database.db, { now, limit: 4, leaseMs: 60_000 })).toHaveLength(1);

    const survivor = worker({ leaseMs: 60_000 });
    expect(await survivor.runOnce(new Date(now.getTime() + 30_000))).toEqual([]);
    expect(await survivor.runOnce(new Date(now.getTime() + 60_000))).toMatchObject([{ status: 'delivered' }]);
    expect(cms.received).toHaveLength(1);
    expect(await database.db.webhookDelivery.findFirstOrThrow()).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('two workers on one database never send the same delivery twice', async () => {
    const cms = await receiver();
    const hook = await createWebhook({ url: cms.url, events: ['document.created'], actor: admin });
    const data = { document: { slug: 's', title: 't', sourceLang: 'en', languages: ['de'], paragraphCount: 1 }, createdBy: { id: admin.id, name: admin.name }, links: { document: '/api/documents/s' } };
    for (let index = 0; index < 24; index++) await enqueueWebhookEvent(database.db, { event: 'document.created', data });

    // A second app server: its own client, its own connections.
    const otherServer = createPrismaClient(readDatabaseConfig(database.url));
    try {
      const first = worker({ concurrency: 5 });
      const second = worker({ concurrency: 5, db: () => otherServer });
      const now = new Date(Date.now() + 1000);
      for (let round = 0; round < 10; round++) {
        const [a, b] = await Promise.all([first.runOnce(now), second.runOnce(now)]);
        if (a.length + b.length === 0) break;
      }
    } finally {
      await otherServer.$disconnect();
    }
    const ids = cms.received.map((request) => request.headers['x-redline-delivery']);
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
    const deliveries = await listWebhookDeliveries({ webhookId: hook.id, actor: admin });
    expect(deliveries.map((delivery) => [delivery.status, delivery.attempts])).toEqual(Array(24).fill(['delivered', 1]));
  });

  it('a receiver that hangs never holds up an approval; its try ends at the time limit', async () => {
    const cms = await receiver({ otherwise: 'hang' });
    await createWebhook({ url: cms.url, events: ['translation.approved'], actor: admin });
    const background = worker({ pollIntervalMs: 25 }).start();
    const first = await versionInReview();
    await approve(first.version.id);
    await cms.waitForRequests(1);
    expect(cms.received[0].answered).toBe(false);

    const second = await versionInReview();
    const started = performance.now();
    await approve(second.version.id);
    const took = performance.now() - started;
    // The receiver still holds the first delivery's request: the approval did not wait for it.
    expect(cms.received[0].answered).toBe(false);
    expect(took).toBeLessThan(5000);
    await background.stop();

    // Stopping cut the tries short and gave the rows back, due at once.
    const deliveries = await database.db.webhookDelivery.findMany();
    expect(deliveries.every((delivery) => delivery.lockedUntil === null && delivery.status === 'pending')).toBe(true);

    const impatient = worker({ timeoutMs: 300 });
    const outcomes = await impatient.runOnce(new Date(Date.now() + 1000));
    expect(outcomes).toHaveLength(2);
    expect(outcomes.every((outcome) => outcome.status === 'failed' && outcome.error === 'No answer within 300 ms.')).toBe(true);
  });

  it('records a refused connection and keeps only the start of a long answer', async () => {
    const refused = await createWebhook({ url: 'http://127.0.0.1:9/nothing-listens', events: ['translation.approved'], actor: admin });
    const chatty = await receiver({ otherwise: 502, responseBody: `<html>${'x'.repeat(5000)}\u0000</html>` });
    const long = await createWebhook({ url: chatty.url, events: ['translation.approved'], actor: admin });
    await approve((await versionInReview()).version.id);
    await worker().runOnce(new Date(Date.now() + 1000));

    const [none] = await listWebhookDeliveries({ webhookId: refused.id, actor: admin });
    expect(none).toMatchObject({ status: 'failed', responseCode: null, responseExcerpt: null });
    expect(none.lastError).toMatch(/refused the connection/);
    const [cut] = await listWebhookDeliveries({ webhookId: long.id, actor: admin });
    expect(cut).toMatchObject({ status: 'failed', responseCode: 502 });
    expect(cut.responseExcerpt!.length).toBe(1024);
  });
});

describe('redelivering and pausing', () => {
  it('sends a delivered delivery again as a new one, and makes a waiting retry due now', async () => {
    const cms = await receiver({ answers: [200, 500], otherwise: 200 });
    const hook = await createWebhook({ url: cms.url, events: ['translation.approved'], actor: admin });
    await approve((await versionInReview()).version.id);
    const sender = worker();
    await sender.runOnce(new Date(Date.now() + 1000));
    const [original] = await listWebhookDeliveries({ webhookId: hook.id, actor: admin });

    const { created, delivery: again } = await redeliverWebhookDelivery({ deliveryId: original.id, actor: admin });
    expect(created).toBe(true);
    expect(again).toMatchObject({ status: 'pending', attempts: 0, redeliveryOf: original.id, event: 'translation.approved', occurredAt: original.occurredAt });
    expect(again.id).not.toBe(original.id);

    const now = new Date(Date.now() + 2000);
    expect(await sender.runOnce(now)).toMatchObject([{ deliveryId: again.id, status: 'failed' }]);
    const retry = await redeliverWebhookDelivery({ deliveryId: again.id, actor: admin, now });
    expect(retry).toMatchObject({ created: false, delivery: { id: again.id, status: 'failed', nextAttemptAt: now.toISOString() } });
    expect(await sender.runOnce(now)).toMatchObject([{ deliveryId: again.id, status: 'delivered' }]);

    expect((cms.received[0].body as { data: unknown }).data).toEqual((cms.received[2].body as { data: unknown }).data);
    expect(cms.received.map((request) => request.headers['x-redline-delivery'])).toEqual([original.id, again.id, again.id]);
    expect(await listWebhookDeliveries({ webhookId: hook.id, actor: admin })).toHaveLength(2);
    expect(await errorCodeOf(redeliverWebhookDelivery({ deliveryId: 'nope', actor: admin }))).toBe('not_found');
  });

  it('holds a paused hook’s deliveries until it is active again, then sends them with its current URL and secret', async () => {
    const old = await receiver();
    const cms = await receiver();
    const hook = await createWebhook({ url: old.url, events: ['translation.approved'], actor: admin });
    await updateWebhook({ id: hook.id, changes: { active: false }, actor: admin });
    await approve((await versionInReview()).version.id);
    expect(await database.db.webhookDelivery.count()).toBe(0);

    await updateWebhook({ id: hook.id, changes: { active: true }, actor: admin });
    await approve((await versionInReview()).version.id);
    await updateWebhook({ id: hook.id, changes: { active: false }, actor: admin });
    const [queued] = await listWebhookDeliveries({ webhookId: hook.id, actor: admin });
    expect(await errorCodeOf(redeliverWebhookDelivery({ deliveryId: queued.id, actor: admin }))).toBe('conflict');
    const sender = worker();
    expect(await sender.runOnce(new Date(Date.now() + 1000))).toEqual([]);

    await updateWebhook({ id: hook.id, changes: { active: true, url: cms.url }, actor: admin });
    const { secret } = await rotateWebhookSecret({ id: hook.id, actor: admin });
    expect(await sender.runOnce(new Date(Date.now() + 1000))).toMatchObject([{ status: 'delivered' }]);
    expect(old.received).toHaveLength(0);
    expect(verifyWebhookSignature(secret, cms.received[0].rawBody, cms.received[0].headers['x-redline-signature'] as string)).toBe(true);
  });
});
