// A revert is a save that names the older version it restores: stored on the new version, listed
// in its history, and refused unless it is a version of the same paragraph and language whose
// text the save carries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { listTranslationVersions } from '../../lib/server/translations/list-translation-versions';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { errorCodeOf } from '../support/error-code';
import { createDocument, type TestDocument } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';

let database: TestDatabase;
let german: Actor;

beforeAll(async () => {
  ({ database, actors: { german } } = await openNewsroom({ german: ['translator', ['de', 'fr']] }));
});
afterAll(() => database.close());

/** A paragraph with German versions 1 and 2 (2 is current). */
async function twoVersions(): Promise<{ doc: TestDocument; paragraphId: string; v1: string; v2: string }> {
  const doc = await createDocument(database.db, { paragraphs: ['Headline', 'At least eight people died.'] });
  const paragraphId = doc.paragraphs[1].id;
  const save = (text: string, baseVersionId: string | null) => saveTranslationVersion({ paragraphId, lang: 'de', text, baseVersionId, actor: german });
  const v1 = (await save('Mindestens acht Menschen starben.', null)).version.versionId;
  const v2 = (await save('Mindestens acht Menschen kamen ums Leben.', v1)).version.versionId;
  return { doc, paragraphId, v1, v2 };
}

const versionCount = (paragraphId: string) => database.db.translationVersion.count({ where: { paragraphId } });

describe('reverting to an older version', () => {
  it('stores what the new version reverts to, answers it, and lists it in the history', async () => {
    const { paragraphId, v1, v2 } = await twoVersions();
    const revert = await saveTranslationVersion({ paragraphId, lang: 'de', text: 'Mindestens acht Menschen starben.', baseVersionId: v2, revertOfVersionId: v1, actor: german });
    expect(revert.created).toBe(true);
    expect(revert.version).toMatchObject({ number: 3, baseVersionId: v2, revertOfVersionId: v1 });

    const history = await listTranslationVersions({ paragraphId, lang: 'de', actor: german });
    expect(history.map((version) => [version.number, version.revertOfVersionId])).toEqual([
      [3, v1],
      [2, null],
      [1, null],
    ]);
    const stored = await database.db.translationVersion.findFirstOrThrow({ where: { paragraphId, number: 3 } });
    expect(stored.revertOfVersionId).toBe(v1);
  });

  it('a plain save is no revert', async () => {
    const { paragraphId, v2 } = await twoVersions();
    const saved = await saveTranslationVersion({ paragraphId, lang: 'de', text: 'Neu geschrieben.', baseVersionId: v2, actor: german });
    expect(saved.version.revertOfVersionId).toBeNull();
  });

  it('compares the text after normalizing it, as every save does', async () => {
    const { paragraphId, v2 } = await twoVersions();
    const composed = await saveTranslationVersion({ paragraphId, lang: 'de', text: 'Café\r\nzwei Zeilen.', baseVersionId: v2, actor: german });
    const back = await saveTranslationVersion({ paragraphId, lang: 'de', text: 'Neu.', baseVersionId: composed.version.versionId, actor: german });
    // "e" + combining acute and a Windows line end: the same text once normalized.
    const revert = await saveTranslationVersion({
      paragraphId,
      lang: 'de',
      text: 'Cafe\u0301\r\nzwei Zeilen.',
      baseVersionId: back.version.versionId,
      revertOfVersionId: composed.version.versionId,
      actor: german,
    });
    expect(revert.version).toMatchObject({ text: 'Café\nzwei Zeilen.', revertOfVersionId: composed.version.versionId });
  });
});

describe('a revert that is not one changes nothing', () => {
  it('refuses a version of another paragraph, another language, or none at all', async () => {
    const { doc, paragraphId, v2 } = await twoVersions();
    const other = await twoVersions();
    const headline = await saveTranslationVersion({ paragraphId: doc.paragraphs[0].id, lang: 'de', text: 'Überschrift.', baseVersionId: null, actor: german });
    const french = await saveTranslationVersion({ paragraphId, lang: 'fr', text: 'Mindestens acht Menschen starben.', baseVersionId: null, actor: german });
    const before = await versionCount(paragraphId);

    for (const revertOfVersionId of [other.v1, headline.version.versionId, french.version.versionId, 'no-such-version']) {
      const attempt = saveTranslationVersion({ paragraphId, lang: 'de', text: 'Mindestens acht Menschen starben.', baseVersionId: v2, revertOfVersionId, actor: german });
      expect(await errorCodeOf(attempt), revertOfVersionId).toBe('invalid_input');
    }
    expect(await versionCount(paragraphId)).toBe(before);
  });

  it('refuses a text that is not the text of the version named', async () => {
    const { paragraphId, v1, v2 } = await twoVersions();
    const attempt = saveTranslationVersion({ paragraphId, lang: 'de', text: 'Etwas ganz anderes.', baseVersionId: v2, revertOfVersionId: v1, actor: german });
    const error = (await attempt.catch((caught: unknown) => caught)) as Error;
    expect(await errorCodeOf(attempt)).toBe('invalid_input');
    expect(error.message).toContain('version 1');
    expect(await versionCount(paragraphId)).toBe(2);
  });
});
