// Who may do what, through the service layer that the API and the UI share: every mutating
// operation of the editing and review workflow, for every kind of person. A refused call changes
// nothing. (Not being signed in is refused before the services, at the route: see
// tests/e2e/api/anonymous-api.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import type { Actor, Role } from '../../lib/roles';
import { addComment } from '../../lib/server/comments/add-comment';
import { resolveCommentThread } from '../../lib/server/comments/resolve-comment-thread';
import { createDocument as createNewDocument } from '../../lib/server/documents/create-document';
import { publishEdition } from '../../lib/server/editions/publish-edition';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { addTranslation, createActor, createDocument, uniqueName } from '../support/fixtures';
import { openTestDatabase } from './test-database';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const actors: Record<string, Actor> = {};
let setupTranslator: Actor;
let setupEditor: Actor;

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
  ]);
}

type Scene = Awaited<ReturnType<typeof scene>>;

const operations: Record<string, { setup: () => Promise<Scene>; run: (scene: Scene, actor: Actor) => Promise<unknown> }> = {
  'save a German translation': {
    setup: scene,
    run: ({ paragraph, version }, actor) =>
      saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Neu.', baseVersionId: version.id, actor }),
  },
  approve: { setup: scene, run: ({ version }, actor) => reviewTranslationVersion({ versionId: version.id, decision: 'approved', actor }) },
  reject: {
    setup: scene,
    run: ({ version }, actor) => reviewTranslationVersion({ versionId: version.id, decision: 'rejected', comment: 'Nein.', actor }),
  },
  'update the English': {
    setup: scene,
    run: ({ paragraph }, actor) =>
      updateSourceText({ paragraphId: paragraph.id, text: 'At least nine people died.', baseVersionId: paragraph.sourceVersionId, actor }),
  },
  'comment in German': { setup: scene, run: ({ paragraph }, actor) => addComment({ paragraphId: paragraph.id, lang: 'de', text: 'Bitte prüfen.', actor }) },
  'resolve a German thread': { setup: scene, run: ({ thread }, actor) => resolveCommentThread({ threadId: thread.id, actor }) },
  'publish the German edition': { setup: approvedScene, run: ({ doc }, actor) => publishEdition({ slug: doc.slug, lang: 'de', actor }) },
  'create a document': {
    setup: scene,
    run: (_scene, actor) =>
      createNewDocument({ input: { format: 'text', content: `${uniqueName('Headline')}\nA body paragraph.`, languages: ['de'] }, actor }),
  },
};

const allowed: Record<string, string[]> = {
  'save a German translation': ['translator of German', 'editor', 'admin'],
  approve: ['editor', 'admin'],
  reject: ['editor', 'admin'],
  'update the English': ['editor', 'admin'],
  'comment in German': ['translator of German', 'editor', 'admin'],
  'resolve a German thread': ['translator of German', 'editor', 'admin'],
  'publish the German edition': ['editor', 'admin'],
  'create a document': ['editor', 'admin'],
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
