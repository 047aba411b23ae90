// GET /api/diff's service: the word diff between two versions rebuilds both texts exactly
// (issue 17: the space before an added sentence came back as unchanged).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { getVersionDiff } from '../../lib/server/translations/get-version-diff';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import type { DiffPart } from '../../lib/word-diff';
import { createActor, createDocument, ensureLanguages } from '../support/fixtures';
import { openTestDatabase } from './test-database';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let german: Actor;
let editor: Actor;

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureLanguages(database.db);
  german = await createActor(database.db, 'translator', ['de']);
  editor = await createActor(database.db, 'editor');
});
afterAll(() => database.close());

const rebuilt = (changes: DiffPart[]) => ({
  old: changes.filter((part) => !part.added).map((part) => part.value).join(''),
  new: changes.filter((part) => !part.removed).map((part) => part.value).join(''),
});

describe('getVersionDiff', () => {
  it('rebuilds both translation versions exactly when a sentence is added at the end', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'The race is decided.'] });
    const paragraphId = doc.paragraphs[1].id;
    const before = 'Das Rennen ist entschieden. Ergänzung eins.';
    const after = 'Das Rennen ist entschieden. Ergänzung eins. Wettlauf 3.';
    const v1 = await saveTranslationVersion({ paragraphId, lang: 'de', text: before, baseVersionId: null, actor: german });
    const v2 = await saveTranslationVersion({ paragraphId, lang: 'de', text: after, baseVersionId: v1.version.versionId, actor: german });

    const diff = await getVersionDiff({ from: v1.version.versionId, to: v2.version.versionId, actor: german });
    expect(diff.changes).toEqual([{ value: before }, { value: ' Wettlauf 3.', added: true }]);
    expect(rebuilt(diff.changes)).toEqual({ old: before, new: after });
  });

  it('rebuilds both source versions exactly', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'Mayor A. Smith spoke.'] });
    const paragraph = doc.paragraphs[1];
    const updated = await updateSourceText({ paragraphId: paragraph.id, text: 'Mayor A.Smith spoke twice. Race 3.', baseVersionId: paragraph.sourceVersionId, actor: editor });

    const diff = await getVersionDiff({ from: paragraph.sourceVersionId, to: updated.version.versionId, actor: editor });
    expect(rebuilt(diff.changes)).toEqual({ old: 'Mayor A. Smith spoke.', new: 'Mayor A.Smith spoke twice. Race 3.' });
  });
});
