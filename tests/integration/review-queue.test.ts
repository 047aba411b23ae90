// The review queue's cards as the service builds them: what each compares, the English change
// since the last decision, and the quality checks' findings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { listReviewQueue } from '../../lib/server/reviews/list-review-queue';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { createDocument } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';

let database: TestDatabase;
let german: Actor;
let editor: Actor;
let reader: Actor;

beforeAll(async () => {
  ({ database, actors: { german, editor, reader } } = await openNewsroom({ german: ['translator', ['de']], editor: ['editor'], reader: ['reader'] }));
});
afterAll(() => database.close());

async function story() {
  const doc = await createDocument(database.db, { paragraphs: ['Attack on Kyiv', 'At least 215 people died in Kyiv.'], languages: ['de'] });
  const paragraph = doc.paragraphs[1];
  let base: string | null = null;
  const save = async (text: string) => {
    const { version } = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text, baseVersionId: base, actor: german });
    base = version.versionId;
    return version;
  };
  return { doc, paragraph, save };
}

describe('listReviewQueue', () => {
  it('a revision after a rejection compares with the rejected version and carries its comment', async () => {
    const { doc, save } = await story();
    const first = await save('Mindestens 215 Menschen starben in Kyjiw.');
    await reviewTranslationVersion({ versionId: first.versionId, decision: 'rejected', comment: 'Kiew, bitte.', actor: editor });
    await save('Mindestens 215 Menschen starben in Kiew.');
    const { items, canReview } = await listReviewQueue({ slug: doc.slug, lang: 'de', actor: editor });
    expect(canReview).toBe(true);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      position: 2,
      versionNumber: 2,
      reasons: ['new', 'revised after rejection'],
      basis: { kind: 'rejected', versionNumber: 1, text: 'Mindestens 215 Menschen starben in Kyjiw.', comment: 'Kiew, bitte.', reviewer: editor.name, approved: null },
      source: { before: null },
    });
  });

  it('the text approved for the earlier English: the English change since that approval', async () => {
    const { doc, paragraph, save } = await story();
    const first = await save('Mindestens 215 Menschen starben in Kiew.');
    await reviewTranslationVersion({ versionId: first.versionId, decision: 'approved', actor: editor });
    await updateSourceText({ paragraphId: paragraph.id, text: 'At least 215 people died in Kyiv overnight.', baseVersionId: paragraph.sourceVersionId, actor: editor });
    await save('Mindestens 215 Menschen starben in der Nacht in Kiew.');
    await save('Mindestens 215 Menschen starben in Kiew.');
    const [item] = (await listReviewQueue({ slug: doc.slug, lang: 'de', actor: reader })).items;
    expect(item).toMatchObject({
      reasons: ['changed'],
      basis: { kind: 'approved', versionNumber: 1, text: 'Mindestens 215 Menschen starben in Kiew.' },
      source: { text: 'At least 215 people died in Kyiv overnight.', before: 'At least 215 people died in Kyiv.' },
    });
  });

  it('each card has the findings of the quality checks; the approved text saved again has no card', async () => {
    const { doc, save } = await story();
    const first = await save('Mindestens 215 Menschen starben in Kiew.');
    await reviewTranslationVersion({ versionId: first.versionId, decision: 'approved', actor: editor });
    await save('Mindestens 251 Menschen starben in Kiew.');
    const [item] = (await listReviewQueue({ slug: doc.slug, lang: 'de', actor: reader })).items;
    expect(item.checks).toEqual([expect.objectContaining({ check: 'numbers', severity: 'error', code: 'numbers.replaced', params: { source: '215', target: '251' } })]);
    expect(item.basis).toMatchObject({ kind: 'approved', versionNumber: 1 });

    await save('Mindestens 215 Menschen starben in Kiew.');
    expect((await listReviewQueue({ slug: doc.slug, lang: 'de', actor: reader })).items).toEqual([]);
  });
});
