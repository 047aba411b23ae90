// Who may do what, through the service layer that the API and the UI share: every mutating
// operation, for every kind of person. A refused call changes nothing. Reads are open to every
// signed-in person (lib/roles.ts says why), apart from the few listed under "Reads" below.
// (Not being signed in is refused before the services, at the route: see
// tests/e2e/api/anonymous-api.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import type { Actor, Role } from '../../lib/roles';
import { addComment } from '../../lib/server/comments/add-comment';
import { resolveCommentThread } from '../../lib/server/comments/resolve-comment-thread';
import { createDocument as createNewDocument } from '../../lib/server/documents/create-document';
import { publishEdition } from '../../lib/server/editions/publish-edition';
import { createGlossaryTerm } from '../../lib/server/glossary/create-glossary-term';
import { deleteGlossaryTerm } from '../../lib/server/glossary/delete-glossary-term';
import { importGlossary } from '../../lib/server/glossary/import-glossary';
import { updateGlossaryTerm } from '../../lib/server/glossary/update-glossary-term';
import { exportXliff } from '../../lib/server/interchange/export-xliff';
import { importXliff } from '../../lib/server/interchange/import-xliff';
import { importTmx } from '../../lib/server/memory/import-tmx';
import { announcePresence } from '../../lib/server/live/announce-presence';
import { invitePerson } from '../../lib/server/people/invite-person';
import { listPeople } from '../../lib/server/people/list-people';
import { renewInvitation } from '../../lib/server/people/renew-invitation';
import { updatePerson } from '../../lib/server/people/update-person';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { updateDocumentSource } from '../../lib/server/sources/update-document-source';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { createApiToken } from '../../lib/server/tokens/create-api-token';
import { listApiTokens } from '../../lib/server/tokens/list-api-tokens';
import { revokeApiToken } from '../../lib/server/tokens/revoke-api-token';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { createWebhook } from '../../lib/server/webhooks/create-webhook';
import { deleteWebhook } from '../../lib/server/webhooks/delete-webhook';
import { listWebhookDeliveries } from '../../lib/server/webhooks/list-webhook-deliveries';
import { listWebhooks } from '../../lib/server/webhooks/list-webhooks';
import { redeliverWebhookDelivery } from '../../lib/server/webhooks/redeliver-webhook-delivery';
import { rotateWebhookSecret } from '../../lib/server/webhooks/rotate-webhook-secret';
import { updateWebhook } from '../../lib/server/webhooks/update-webhook';
import { addTranslation, createActor, createDocument, uniqueName } from '../support/fixtures';
import { setTarget } from '../support/xliff-edit';
import { openTestDatabase } from './test-database';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const actors: Record<string, Actor> = {};
let setupTranslator: Actor;
let setupEditor: Actor;
let setupAdmin: Actor;

const people: Array<[string, Role, string[]]> = [
  ['translator of German', 'translator', ['de']],
  ['translator of French', 'translator', ['fr']],
  ['editor', 'editor', []],
  ['admin', 'admin', []],
  ['reader', 'reader', []],
];

beforeAll(async () => {
  database = await openTestDatabase();
  await createDocument(database.db, { paragraphs: ['warm-up'] });
  for (const [name, role, languages] of people) actors[name] = await createActor(database.db, role, languages);
  setupTranslator = await createActor(database.db, 'translator', ['de']);
  setupEditor = await createActor(database.db, 'editor');
  setupAdmin = await createActor(database.db, 'admin');
});
afterAll(() => database.close());

/** A German paragraph with one version in review, one open comment thread, and nothing else. */
async function scene() {
  const doc = await createDocument(database.db, { paragraphs: ['At least eight people died.'], languages: ['de'] });
  const paragraph = doc.paragraphs[0];
  const version = await addTranslation(database.db, paragraph, 'de', 'Mindestens acht Menschen starben.', setupTranslator.id);
  const thread = await addComment({ paragraphId: paragraph.id, lang: 'de', text: 'Kiew ergänzen?', actor: setupTranslator });
  return { doc, paragraph, version, thread };
}

async function approvedScene() {
  const s = await scene();
  await reviewTranslationVersion({ versionId: s.version.id, decision: 'approved', actor: setupEditor });
  return s;
}

/** The scene's German exported as XLIFF, its paragraph translated anew as a CAT tool would. */
async function xliffScene() {
  const s = await scene();
  const exported = await exportXliff({ slug: s.doc.slug, lang: 'de', actor: setupEditor });
  return { ...s, xml: setTarget(exported.body, s.paragraph.id, 'Mindestens neun Menschen starben.') };
}

/** The scene's German saved once more, so that its first version can be reverted to. */
async function revertScene() {
  const s = await scene();
  const newer = await saveTranslationVersion({ paragraphId: s.paragraph.id, lang: 'de', text: 'Acht Tote.', baseVersionId: s.version.id, actor: setupTranslator });
  return { ...s, newer: newer.version };
}

/** A German glossary term. */
async function glossaryScene() {
  return createGlossaryTerm({ targetLang: 'de', term: { source: uniqueName('Term'), target: 'Begriff' }, actor: setupEditor });
}

/** An invited translator (no password yet) and a German translator with an API token. */
async function peopleScene() {
  const invited = await invitePerson({ person: { email: `${uniqueName('invited')}@test.example`, name: 'Invited', role: 'translator', languages: ['de'] }, origin: 'http://redline.test', actor: setupAdmin });
  const owner = await createActor(database.db, 'translator', ['de']);
  const token = await createApiToken({ name: 'CMS', actor: owner });
  return { invited, owner, token };
}

async function snapshot() {
  const db = database.db;
  return Promise.all([
    db.translationVersion.count(),
    db.sourceVersion.count(),
    db.review.count(),
    db.comment.count(),
    db.comment.count({ where: { resolvedAt: { not: null } } }),
    db.edition.count(),
    db.document.count(),
    db.paragraph.count(),
    db.paragraph.count({ where: { removedAt: { not: null } } }),
    db.document.aggregate({ _sum: { sourceRevision: true } }),
    db.user.findMany({ select: { id: true, role: true, deactivatedAt: true, languages: { select: { languageCode: true } } }, orderBy: { id: 'asc' } }),
    db.invitation.findMany({ select: { id: true, replacedAt: true }, orderBy: { id: 'asc' } }),
    db.apiToken.findMany({ select: { id: true }, orderBy: { id: 'asc' } }),
    db.glossaryTerm.findMany({ select: { id: true, source: true, target: true, note: true }, orderBy: { id: 'asc' } }),
    db.importedMemoryUnit.count(),
  ]);
}

type Operation = { setup: () => Promise<unknown>; run: (scene: unknown, actor: Actor) => Promise<unknown> };
/** An operation with its own kind of scene, made before the snapshot is taken. */
const operation = <S,>(setup: () => Promise<S>, run: (scene: S, actor: Actor) => Promise<unknown>): Operation => ({
  setup,
  run: run as (scene: unknown, actor: Actor) => Promise<unknown>,
});

/** An API token for each person of the matrix. */
async function ownTokensScene() {
  const tokens: Record<string, { id: string }> = {};
  for (const actor of Object.values(actors)) tokens[actor.id] = await createApiToken({ name: 'Mine', actor });
  return tokens;
}

const operations: Record<string, Operation> = {
  'save a German translation': operation(scene, ({ paragraph, version }, actor) =>
    saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Neu.', baseVersionId: version.id, actor }),
  ),
  approve: operation(scene, ({ version }, actor) => reviewTranslationVersion({ versionId: version.id, decision: 'approved', actor })),
  reject: operation(scene, ({ version }, actor) => reviewTranslationVersion({ versionId: version.id, decision: 'rejected', comment: 'Nein.', actor })),
  'update the English': operation(scene, ({ paragraph }, actor) =>
    updateSourceText({ paragraphId: paragraph.id, text: 'At least nine people died.', baseVersionId: paragraph.sourceVersionId, actor }),
  ),
  'update the English of the whole story': operation(scene, ({ doc }, actor) =>
    updateDocumentSource({ slug: doc.slug, article: { format: 'text', content: 'At least nine people died.\nRescue work went on through the night.' }, actor }),
  ),
  'revert a German translation': operation(revertScene, ({ paragraph, version, newer }, actor) =>
    saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: version.text, baseVersionId: newer.versionId, revertOfVersionId: version.id, actor }),
  ),
  'import German XLIFF': operation(xliffScene, ({ doc, xml }, actor) => importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor })),
  'import a TMX file into the memory': operation(async () => null, (_scene, actor) => {
    const english = uniqueName('The storm hit the coast');
    const xml = `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>${english}</seg></tuv><tuv xml:lang="de"><seg>Sturm ${english}</seg></tuv></tu></body></tmx>`;
    return importTmx({ xml, dryRun: false, actor });
  }),
  'add a glossary term': operation(async () => null, (_scene, actor) => createGlossaryTerm({ targetLang: 'de', term: { source: uniqueName('Kyiv'), target: 'Kiew' }, actor })),
  'change a glossary term': operation(glossaryScene, (term, actor) => updateGlossaryTerm({ id: term.id, term: { source: term.source, target: 'Neuer Begriff' }, actor })),
  'delete a glossary term': operation(glossaryScene, (term, actor) => deleteGlossaryTerm({ id: term.id, actor })),
  'import a German glossary file': operation(async () => null, (_scene, actor) =>
    importGlossary({ lang: 'de', format: 'csv', bytes: new TextEncoder().encode(`source,target\n${uniqueName('Kherson')},Cherson\n`), dryRun: false, actor }),
  ),
  'comment in German': operation(scene, ({ paragraph }, actor) => addComment({ paragraphId: paragraph.id, lang: 'de', text: 'Bitte prüfen.', actor })),
  'resolve a German thread': operation(scene, ({ thread }, actor) => resolveCommentThread({ threadId: thread.id, actor })),
  'publish the German edition': operation(approvedScene, ({ doc }, actor) => publishEdition({ slug: doc.slug, lang: 'de', actor })),
  'create a document': operation(async () => null, (_scene, actor) =>
    createNewDocument({ input: { format: 'text', content: `${uniqueName('Headline')}\nA body paragraph.`, languages: ['de'] }, actor }),
  ),
  // People and access: POST /api/users, PATCH /api/users/{id}, POST /api/users/{id}/invitation,
  // POST /api/tokens, DELETE /api/tokens/{id}. (POST /api/invitations/{token} is public: the
  // link is the credential; tests/integration/people.test.ts.)
  'invite a person': operation(peopleScene, (_scene, actor) =>
    invitePerson({ person: { email: `${uniqueName('new')}@test.example`, name: 'New', role: 'translator', languages: ['fr'] }, origin: 'http://redline.test', actor }),
  ),
  'change a person’s role and languages': operation(peopleScene, ({ owner }, actor) => updatePerson({ userId: owner.id, changes: { role: 'editor', languages: ['fr'] }, actor })),
  'deactivate a person': operation(peopleScene, ({ owner }, actor) => updatePerson({ userId: owner.id, changes: { active: false }, actor })),
  'make a new invitation link': operation(peopleScene, ({ invited }, actor) => renewInvitation({ userId: invited.id, origin: 'http://redline.test', actor })),
  'create an API token': operation(async () => null, (_scene, actor) => createApiToken({ name: 'Mine', actor })),
  'revoke one’s own API token': operation(ownTokensScene, (tokens, actor) => revokeApiToken({ tokenId: tokens[actor.id].id, actor })),
  'revoke another person’s API token': operation(peopleScene, ({ token }, actor) => revokeApiToken({ tokenId: token.id, actor })),
};

const allowed: Record<string, string[]> = {
  'save a German translation': ['translator of German', 'editor', 'admin'],
  approve: ['editor', 'admin'],
  reject: ['editor', 'admin'],
  'update the English': ['editor', 'admin'],
  'update the English of the whole story': ['editor', 'admin'],
  'revert a German translation': ['translator of German', 'editor', 'admin'],
  'import German XLIFF': ['translator of German', 'editor', 'admin'],
  'import a TMX file into the memory': ['editor', 'admin'],
  'add a glossary term': ['editor', 'admin'],
  'change a glossary term': ['editor', 'admin'],
  'delete a glossary term': ['editor', 'admin'],
  'import a German glossary file': ['editor', 'admin'],
  'comment in German': ['translator of German', 'editor', 'admin'],
  'resolve a German thread': ['translator of German', 'editor', 'admin'],
  'publish the German edition': ['editor', 'admin'],
  'create a document': ['editor', 'admin'],
  'invite a person': ['admin'],
  'change a person’s role and languages': ['admin'],
  'deactivate a person': ['admin'],
  'make a new invitation link': ['admin'],
  'create an API token': ['translator of German', 'translator of French', 'editor', 'admin', 'reader'],
  'revoke one’s own API token': ['translator of German', 'translator of French', 'editor', 'admin', 'reader'],
  'revoke another person’s API token': ['admin'],
};

describe.each(Object.keys(operations))('%s', (operation) => {
  it.each(people.map(([name]) => name))('as %s', async (name) => {
    const { setup, run } = operations[operation];
    const prepared = await setup();
    const before = await snapshot();
    let outcome: string;
    try {
      await run(prepared, actors[name]);
      outcome = 'allowed';
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome = error.code;
    }
    const expected = allowed[operation].includes(name) ? 'allowed' : 'forbidden';
    expect(outcome).toBe(expected);
    if (expected === 'forbidden') expect(await snapshot()).toEqual(before);
    else expect(await snapshot()).not.toEqual(before);
  });
});

// Reads that only some may make (GET /api/users, GET /api/tokens?userId= of someone else), and
// announcing that one edits a paragraph, which stores nothing.
let presenceDoc: Awaited<ReturnType<typeof createDocument>>;
beforeAll(async () => {
  presenceDoc = await createDocument(database.db, { paragraphs: ['At least eight people died.'], languages: ['de'] });
});
const announce = (lang: string | null) => (actor: Actor) =>
  announcePresence({ slug: presenceDoc.slug, paragraphId: presenceDoc.paragraphs[0].id, lang, editing: true, actor });

const reads: Record<string, { run: (actor: Actor) => Promise<unknown>; allowed: string[] }> = {
  'say one edits a German translation': { run: announce('de'), allowed: ['translator of German', 'editor', 'admin'] },
  'say one edits the English': { run: announce(null), allowed: ['editor', 'admin'] },
  'list people': { run: (actor) => listPeople({ actor }), allowed: ['admin'] },
  'list another person’s API tokens': { run: (actor) => listApiTokens({ userId: setupTranslator.id, actor }), allowed: ['admin'] },
  'list one’s own API tokens': { run: (actor) => listApiTokens({ actor }), allowed: people.map(([name]) => name) },
};

describe.each(Object.keys(reads))('%s', (read) => {
  it.each(people.map(([name]) => name))('as %s', async (name) => {
    let outcome: string;
    try {
      await reads[read].run(actors[name]);
      outcome = 'allowed';
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome = error.code;
    }
    expect(outcome).toBe(reads[read].allowed.includes(name) ? 'allowed' : 'forbidden');
  });
});

// Webhooks (admins only): each route's service, with the webhook rows as what must not change.
async function webhookScene() {
  const webhook = await database.db.webhook.create({ data: { url: 'http://127.0.0.1:9/hook', events: 'edition.published', secret: 'whsec_matrix' } });
  const delivery = await database.db.webhookDelivery.create({
    data: { webhook: { connect: { id: webhook.id } }, status: 'delivered', event: { create: { event: 'edition.published', data: '{}' } } },
  });
  return { webhook, delivery };
}

async function webhookSnapshot() {
  return {
    webhooks: await database.db.webhook.findMany({ orderBy: { id: 'asc' } }),
    deliveries: await database.db.webhookDelivery.findMany({ orderBy: { id: 'asc' } }),
  };
}

type WebhookScene = Awaited<ReturnType<typeof webhookScene>>;

const webhookOperations: Record<string, { run: (scene: WebhookScene, actor: Actor) => Promise<unknown>; changes: boolean }> = {
  'POST /api/webhooks': { changes: true, run: (_scene, actor) => createWebhook({ url: 'https://cms.example/hook', events: ['translation.approved'], actor }) },
  'GET /api/webhooks': { changes: false, run: (_scene, actor) => listWebhooks({ actor }) },
  'PATCH /api/webhooks/{webhookId}': { changes: true, run: ({ webhook }, actor) => updateWebhook({ id: webhook.id, changes: { active: false }, actor }) },
  'DELETE /api/webhooks/{webhookId}': { changes: true, run: ({ webhook }, actor) => deleteWebhook({ id: webhook.id, actor }) },
  'POST /api/webhooks/{webhookId}/secret': { changes: true, run: ({ webhook }, actor) => rotateWebhookSecret({ id: webhook.id, actor }) },
  'GET /api/webhooks/{webhookId}/deliveries': { changes: false, run: ({ webhook }, actor) => listWebhookDeliveries({ webhookId: webhook.id, actor }) },
  'POST /api/webhook-deliveries/{deliveryId}/redeliver': { changes: true, run: ({ delivery }, actor) => redeliverWebhookDelivery({ deliveryId: delivery.id, actor }) },
};

describe.each(Object.keys(webhookOperations))('%s', (operation) => {
  it.each(people.map(([name]) => name))('as %s', async (name) => {
    const { run, changes } = webhookOperations[operation];
    const prepared = await webhookScene();
    const before = await webhookSnapshot();
    let outcome: string;
    try {
      await run(prepared, actors[name]);
      outcome = 'allowed';
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome = error.code;
    }
    const expected = name === 'admin' ? 'allowed' : 'forbidden';
    expect(outcome).toBe(expected);
    if (expected === 'forbidden' || !changes) expect(await webhookSnapshot()).toEqual(before);
    else expect(await webhookSnapshot()).not.toEqual(before);
  });
});
