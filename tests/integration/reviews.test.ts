import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { getDocumentTranslation } from '../../lib/server/documents/get-document-translation';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { createDocument } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';
import { errorCodeOf } from '../support/error-code';

let database: TestDatabase;
let german: Actor;
let editor: Actor;
let otherEditor: Actor;

beforeAll(async () => {
  ({ database, actors: { german, editor, otherEditor } } = await openNewsroom({ german: ['translator', ['de']], editor: ['editor'], otherEditor: ['editor'] }));
});
afterAll(() => database.close());

async function translated(text = 'Mindestens acht Menschen starben.') {
  const doc = await createDocument(database.db, { paragraphs: ['Headline', 'At least eight people died.'] });
  const paragraph = doc.paragraphs[1];
  const saved = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text, baseVersionId: null, actor: german });
  return { doc, paragraph, version: saved.version };
}

async function row(slug: string, position = 2) {
  return (await getDocumentTranslation({ slug, lang: 'de', actor: editor })).paragraphs[position - 1];
}

describe('approve and reject', () => {
  it('an approval names the exact translation and source versions', async () => {
    const { doc, paragraph, version } = await translated();
    const result = await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: editor });
    expect(result.review).toMatchObject({ versionId: version.versionId, sourceVersionId: paragraph.sourceVersionId, decision: 'approved' });
    expect((await row(doc.slug)).status).toBe('approved');
  });

  it('a rejection needs a comment, which the row then shows', async () => {
    const { doc, version } = await translated();
    expect(await errorCodeOf(reviewTranslationVersion({ versionId: version.versionId, decision: 'rejected', comment: '  ', actor: editor }))).toBe('invalid_input');
    await reviewTranslationVersion({ versionId: version.versionId, decision: 'rejected', comment: 'Kiew fehlt.', actor: editor });
    const state = await row(doc.slug);
    expect(state.status).toBe('rejected');
    expect(state.translation?.rejection).toMatchObject({ comment: 'Kiew fehlt.', reviewer: editor.name });
  });

  it('refuses to review a version that is no longer the current one', async () => {
    const { paragraph, version } = await translated();
    await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Neu.', baseVersionId: version.versionId, actor: german });
    const error = await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: editor }).catch((e) => e);
    expect(error.code).toBe('conflict');
    expect(await database.db.review.count({ where: { translationVersionId: version.versionId } })).toBe(0);
  });

  it('two editors approving at once store one approval', async () => {
    const { version } = await translated();
    const results = await Promise.all([
      reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: editor }),
      reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: otherEditor }),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await database.db.review.count({ where: { translationVersionId: version.versionId } })).toBe(1);
  });

  it('translators may not review; unknown versions are 404', async () => {
    const { version } = await translated();
    expect(await errorCodeOf(reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: german }))).toBe('forbidden');
    expect(await errorCodeOf(reviewTranslationVersion({ versionId: 'nope', decision: 'approved', actor: editor }))).toBe('not_found');
  });
});

describe('changes since approval', () => {
  it('an edit after approval goes back to review with the approved text to compare against', async () => {
    const { doc, paragraph, version } = await translated('Mindestens acht Menschen starben.');
    await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: editor });
    const draft = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Mindestens acht Menschen starben in Kiew.', baseVersionId: version.versionId, actor: german });
    await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Mindestens acht Menschen kamen in Kiew ums Leben.', baseVersionId: draft.version.versionId, actor: german });
    const state = await row(doc.slug);
    expect(state.status).toBe('in_review');
    // Against the approved version, not the previous draft.
    expect(state.translation).toMatchObject({ approvedVersionId: version.versionId, approvedText: 'Mindestens acht Menschen starben.' });
  });
});

describe('source updates', () => {
  it('a new English version makes the translation outdated with the old English to diff against; a revision puts it back in review', async () => {
    const { doc, paragraph, version } = await translated();
    await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: editor });
    const updated = await updateSourceText({ paragraphId: paragraph.id, text: 'At least nine people died.', baseVersionId: paragraph.sourceVersionId, actor: editor });
    expect(updated).toMatchObject({ created: true, version: { number: 2, text: 'At least nine people died.' } });

    let state = await row(doc.slug);
    expect(state.status).toBe('outdated');
    expect(state.translation?.translatedSource).toEqual({ versionId: paragraph.sourceVersionId, text: 'At least eight people died.' });

    await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: 'Mindestens neun Menschen starben.', baseVersionId: version.versionId, actor: german });
    state = await row(doc.slug);
    expect(state.status).toBe('in_review');
    expect(state.translation?.translatedSource).toBeNull();
  });

  it('an editor may re-approve the unchanged translation against the new English', async () => {
    const { doc, paragraph, version } = await translated();
    await updateSourceText({ paragraphId: paragraph.id, text: 'At least eight people died, officials said.', baseVersionId: paragraph.sourceVersionId, actor: editor });
    expect((await row(doc.slug)).status).toBe('outdated');
    await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: editor });
    expect((await row(doc.slug)).status).toBe('approved');
  });

  it('source updates conflict like translations, and only editors make them', async () => {
    const { paragraph } = await translated();
    await updateSourceText({ paragraphId: paragraph.id, text: 'First fix.', baseVersionId: paragraph.sourceVersionId, actor: editor });
    const stale = await updateSourceText({ paragraphId: paragraph.id, text: 'Second fix.', baseVersionId: paragraph.sourceVersionId, actor: otherEditor }).catch((e) => e);
    expect(stale.code).toBe('conflict');
    expect(await errorCodeOf(updateSourceText({ paragraphId: paragraph.id, text: 'x', baseVersionId: paragraph.sourceVersionId, actor: german }))).toBe('forbidden');
    expect(await errorCodeOf(updateSourceText({ paragraphId: paragraph.id, text: ' ', baseVersionId: paragraph.sourceVersionId, actor: editor }))).toBe('invalid_input');
    expect(await database.db.sourceVersion.count({ where: { paragraphId: paragraph.id } })).toBe(2);
  });
});
