import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../../lib/roles';
import { getDocumentTranslation } from '../../lib/server/documents/get-document-translation';
import { getVersionDiff } from '../../lib/server/translations/get-version-diff';
import { listTranslationVersions } from '../../lib/server/translations/list-translation-versions';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { createDocument, type TestDocument } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';
import { errorCodeOf } from '../support/error-code';

let database: TestDatabase;
let german: Actor;
let french: Actor;
let editor: Actor;
let reader: Actor;

beforeAll(async () => {
  ({ database, actors: { german, french, editor, reader } } = await openNewsroom({ german: ['translator', ['de']], french: ['translator', ['fr']], editor: ['editor'], reader: ['reader'] }));
});
afterAll(() => database.close());

async function story(): Promise<TestDocument> {
  return createDocument(database.db, {
    paragraphs: ['Headline', 'At least eight people died in Kyiv.', 'In total, Ukraine registered attacks with 215 drones and missiles.'],
  });
}

async function versionCount(paragraphId: string, lang = 'de') {
  return database.db.translationVersion.count({ where: { paragraphId, languageCode: lang } });
}

describe('saveTranslationVersion', () => {
  it('saves the first version and then versions on top of it, recording author, base and source', async () => {
    const doc = await story();
    const paragraph = doc.paragraphs[1];
    const first = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Mindestens acht Menschen starben.', baseVersionId: null, actor: german });
    expect(first.created).toBe(true);
    expect(first.version).toMatchObject({ number: 1, baseVersionId: null, sourceVersionId: paragraph.sourceVersionId, author: { email: german.email } });

    const second = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Mindestens acht Menschen starben in Kiew.', baseVersionId: first.version.versionId, actor: german });
    expect(second.version).toMatchObject({ number: 2, baseVersionId: first.version.versionId });

    const workbench = await getDocumentTranslation({ slug: doc.slug, lang: 'de', actor: german });
    expect(workbench.paragraphs[1]).toMatchObject({ status: 'in_review', translation: { text: 'Mindestens acht Menschen starben in Kiew.', number: 2 } });
    expect(workbench.paragraphs[0].status).toBe('untranslated');
  });

  it('creates nothing when the text equals the current one', async () => {
    const doc = await story();
    const paragraph = doc.paragraphs[1];
    const first = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Gleich.', baseVersionId: null, actor: german });
    const again = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Gleich.', baseVersionId: first.version.versionId, actor: german });
    expect(again).toEqual({ created: false, version: first.version });
    expect(await versionCount(paragraph.id)).toBe(1);
  });

  it('refuses a save from a stale base with a conflict naming the current version', async () => {
    const doc = await story();
    const paragraph = doc.paragraphs[1];
    const base = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Basis.', baseVersionId: null, actor: german });
    const theirs = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Ihre Fassung.', baseVersionId: base.version.versionId, actor: editor });
    const error = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Meine Fassung.', baseVersionId: base.version.versionId, actor: german }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('conflict');
    const { checks: _checks, ...theirVersion } = theirs.version;
    expect(error.details.current).toEqual(theirVersion);
    expect(error.message).toContain(editor.name);
    expect(await versionCount(paragraph.id)).toBe(2);
  });

  it('lets 1 of 20 concurrent saves from the same base win; the other 19 get a conflict naming it', async () => {
    const doc = await story();
    const paragraph = doc.paragraphs[2];
    const base = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Basis', baseVersionId: null, actor: german });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: `Fassung ${i}`, baseVersionId: base.version.versionId, actor: i % 2 ? editor : german }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof saveTranslationVersion>>>).value);
    const lost = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as AppError);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const error of lost) {
      expect(error.code).toBe('conflict');
      expect((error.details!.current as { versionId: string }).versionId).toBe(won[0].version.versionId);
    }
    const history = await listTranslationVersions({ paragraphId: paragraph.id, lang: 'de', actor: reader });
    expect(history.map((v) => v.text)).toEqual([won[0].version.text, 'Basis']);
  });

  it('never conflicts with your own consecutive saves', async () => {
    const doc = await story();
    const paragraph = doc.paragraphs[1];
    let base: string | null = null;
    for (const text of ['Eins.', 'Eins, zwei.', 'Eins, zwei, drei.']) {
      const saved = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text, baseVersionId: base, actor: german });
      base = saved.version.versionId;
    }
    expect(await versionCount(paragraph.id)).toBe(3);
  });

  it('clears a translation only when asked to', async () => {
    const doc = await story();
    const paragraph = doc.paragraphs[1];
    const first = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Text.', baseVersionId: null, actor: german });
    expect(await errorCodeOf(saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: '   ', baseVersionId: first.version.versionId, actor: german }))).toBe('invalid_input');
    const cleared = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: '', clear: true, baseVersionId: first.version.versionId, actor: german });
    expect(cleared.version.text).toBe('');
    expect(await versionCount(paragraph.id)).toBe(2);
  });
});

describe('who may save', () => {
  it('allows translators in their languages and editors everywhere; refuses everyone else, storing nothing', async () => {
    const doc = await story();
    const paragraph = doc.paragraphs[1];
    const attempt = (actor: Actor, lang: string) =>
      errorCodeOf(saveTranslationVersion({ paragraphId: paragraph.id, lang, text: `Text von ${actor.role}`, baseVersionId: null, actor }));
    expect(await attempt(french, 'de')).toBe('forbidden');
    expect(await attempt(reader, 'de')).toBe('forbidden');
    expect(await versionCount(paragraph.id, 'de')).toBe(0);
    expect(await attempt(german, 'de')).toBe('ok');
    expect(await attempt(french, 'fr')).toBe('ok');
    expect(await attempt(editor, 'uk')).toBe('ok');
  });
});

describe('bad input changes nothing', () => {
  it('answers 413, 400, 400, 404 and 404 and stores no version', async () => {
    const doc = await story();
    const paragraph = doc.paragraphs[1];
    const save = (overrides: Partial<Parameters<typeof saveTranslationVersion>[0]>) =>
      errorCodeOf(saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Gut.', baseVersionId: null, actor: german, ...overrides }));
    expect(await save({ text: 'x'.repeat(20_001) })).toBe('too_large');
    expect(await save({ text: 'Null\u0000Byte' })).toBe('invalid_input');
    expect(await save({ baseVersionId: 'not-a-version' })).toBe('invalid_input');
    expect(await save({ paragraphId: 'no-such-paragraph' })).toBe('not_found');
    expect(await save({ lang: 'xx' })).toBe('not_found');
    expect(await versionCount(paragraph.id)).toBe(0);
  });

  it('refuses a base version of another paragraph as bad input, not as a conflict', async () => {
    const doc = await story();
    const other = await saveTranslationVersion({ paragraphId: doc.paragraphs[2].id, lang: 'de', text: 'Andere.', baseVersionId: null, actor: german });
    await saveTranslationVersion({ paragraphId: doc.paragraphs[1].id, lang: 'de', text: 'Eigene.', baseVersionId: null, actor: german });
    expect(
      await errorCodeOf(saveTranslationVersion({ paragraphId: doc.paragraphs[1].id, lang: 'de', text: 'Neu.', baseVersionId: other.version.versionId, actor: german })),
    ).toBe('invalid_input');
  });
});

describe('history and diffs', () => {
  it('lists versions newest first and diffs any two of them', async () => {
    const doc = await story();
    const paragraph = doc.paragraphs[2];
    const v1 = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Angriffe mit 251 Drohnen.', baseVersionId: null, actor: german });
    const v2 = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Angriffe mit 215 Drohnen.', baseVersionId: v1.version.versionId, actor: editor });
    const history = await listTranslationVersions({ paragraphId: paragraph.id, lang: 'de', actor: reader });
    expect(history.map((v) => [v.number, v.author.name, v.review])).toEqual([
      [2, editor.name, null],
      [1, german.name, null],
    ]);
    const diff = await getVersionDiff({ from: v1.version.versionId, to: v2.version.versionId, actor: reader });
    expect(diff.changes).toEqual([{ value: 'Angriffe mit ' }, { value: '251', removed: true }, { value: '215', added: true }, { value: ' Drohnen.' }]);
  });

  it('refuses to diff versions of different paragraphs and unknown versions', async () => {
    const doc = await story();
    const a = await saveTranslationVersion({ paragraphId: doc.paragraphs[1].id, lang: 'de', text: 'A.', baseVersionId: null, actor: german });
    const b = await saveTranslationVersion({ paragraphId: doc.paragraphs[2].id, lang: 'de', text: 'B.', baseVersionId: null, actor: german });
    expect(await errorCodeOf(getVersionDiff({ from: a.version.versionId, to: b.version.versionId, actor: reader }))).toBe('invalid_input');
    expect(await errorCodeOf(getVersionDiff({ from: a.version.versionId, to: 'nope', actor: reader }))).toBe('not_found');
  });
});
