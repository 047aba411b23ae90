// A version whose text is exactly the approved text (for the same English) keeps the approval:
// the version is created (the history shows who saved what when) and in the same transaction a
// review carries the earlier approval over, naming it. Outdated, superseded and withdrawn
// approvals do not carry; nor does a rejection ever turn into one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { listDocumentActivity } from '../../lib/server/activity/list-document-activity';
import { countDailyActivity } from '../../lib/server/activity/count-daily-activity';
import { countParagraphStatuses } from '../../lib/server/documents/count-paragraph-statuses';
import { getDocumentTranslation } from '../../lib/server/documents/get-document-translation';
import { exportXliff } from '../../lib/server/interchange/export-xliff';
import { importXliff } from '../../lib/server/interchange/import-xliff';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { listTranslationVersions } from '../../lib/server/translations/list-translation-versions';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { createDocument } from '../support/fixtures';
import { setTarget } from '../support/xliff-edit';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';

let database: TestDatabase;
let german: Actor;
let editor: Actor;
let otherEditor: Actor;

beforeAll(async () => {
  ({ database, actors: { german, editor, otherEditor } } = await openNewsroom({ german: ['translator', ['de']], editor: ['editor'], otherEditor: ['editor'] }));
});
afterAll(() => database.close());

const APPROVED = 'Mindestens acht Menschen starben in Kiew.';
const EDITED = 'Mindestens acht Menschen sind in Kiew gestorben.';

/** A paragraph whose German has one version, approved by `editor`. */
async function approvedParagraph() {
  const doc = await createDocument(database.db, { paragraphs: ['Attack on Kyiv', 'At least eight people died in Kyiv.'], languages: ['de'] });
  const paragraph = doc.paragraphs[1];
  const first = await save(paragraph.id, APPROVED, null);
  const approval = await reviewTranslationVersion({ versionId: first.versionId, decision: 'approved', actor: editor });
  return { doc, paragraph, first, approval: approval.review };
}

async function save(paragraphId: string, text: string, baseVersionId: string | null) {
  const result = await saveTranslationVersion({ paragraphId, lang: 'de', text, baseVersionId, actor: german });
  return result.version;
}

async function state(slug: string) {
  return (await getDocumentTranslation({ slug, lang: 'de', actor: editor })).paragraphs[1];
}

function reviewsOf(versionId: string) {
  return database.db.review.findMany({ where: { translationVersionId: versionId }, orderBy: { createdAt: 'asc' } });
}

describe('saving the approved text again', () => {
  it('after an edit: a new version, approved by the earlier review, recorded as carried', async () => {
    const { doc, paragraph, first, approval } = await approvedParagraph();
    const edited = await save(paragraph.id, EDITED, first.versionId);
    expect((await state(doc.slug)).status).toBe('in_review');

    const back = await save(paragraph.id, APPROVED, edited.versionId);
    expect(back.number).toBe(3);
    const row = await state(doc.slug);
    expect(row.status).toBe('approved');
    expect(row.translation).toMatchObject({ versionId: back.versionId, approvedVersionId: back.versionId });
    expect(await reviewsOf(back.versionId)).toMatchObject([
      { decision: 'approved', reviewerId: editor.id, sourceVersionId: paragraph.sourceVersionId, carriedFromReviewId: approval.reviewId },
    ]);
    // The counts (status bar, queue link) and the save's answer agree.
    expect((await countParagraphStatuses(database.db, doc.id, 'de')).counts).toEqual({ untranslated: 1, in_review: 0, approved: 1, rejected: 0, outdated: 0 });
  });

  it('the save answers that the approval carried over', async () => {
    const { paragraph, first } = await approvedParagraph();
    const edited = await save(paragraph.id, EDITED, first.versionId);
    const back = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: APPROVED, baseVersionId: edited.versionId, actor: german });
    expect(back.created).toBe(true);
    expect(back.version.carriedApproval).toEqual({ versionId: first.versionId, versionNumber: 1, reviewer: editor.name });
    const plain = await saveTranslationVersion({ paragraphId: paragraph.id, lang: 'de', text: EDITED, baseVersionId: back.version.versionId, actor: german });
    expect(plain.version.carriedApproval).toBeUndefined();
  });

  it('a revert to the approved text after a rejection is approved; the rejection stays on its version', async () => {
    const { doc, paragraph, first, approval } = await approvedParagraph();
    const edited = await save(paragraph.id, EDITED, first.versionId);
    await reviewTranslationVersion({ versionId: edited.versionId, decision: 'rejected', comment: 'Zu umständlich.', actor: otherEditor });
    expect((await state(doc.slug)).status).toBe('rejected');

    const reverted = await save(paragraph.id, APPROVED, edited.versionId);
    expect((await state(doc.slug)).status).toBe('approved');
    expect(await reviewsOf(reverted.versionId)).toMatchObject([{ decision: 'approved', reviewerId: editor.id, carriedFromReviewId: approval.reviewId }]);
    expect(await reviewsOf(edited.versionId)).toMatchObject([{ decision: 'rejected', reviewerId: otherEditor.id }]);
  });

  it('carries the editor’s own review, not a carried one, however often the text comes back', async () => {
    const { doc, paragraph, first, approval } = await approvedParagraph();
    let base = first.versionId;
    for (const text of [EDITED, APPROVED, EDITED, APPROVED]) base = (await save(paragraph.id, text, base)).versionId;
    expect((await state(doc.slug)).status).toBe('approved');
    expect(await reviewsOf(base)).toMatchObject([{ reviewerId: editor.id, carriedFromReviewId: approval.reviewId }]);
  });

  it('history says which version was approved and by whom; the activity feed shows no new approval', async () => {
    const { doc, paragraph, first } = await approvedParagraph();
    const edited = await save(paragraph.id, EDITED, first.versionId);
    await save(paragraph.id, APPROVED, edited.versionId);

    const versions = await listTranslationVersions({ paragraphId: paragraph.id, lang: 'de', actor: editor });
    expect(versions.map((version) => version.review?.carriedFrom ?? null)).toEqual([
      { versionId: first.versionId, versionNumber: 1, approvedAt: expect.any(String) },
      null,
      null,
    ]);
    expect(versions[0].review).toMatchObject({ decision: 'approved', reviewer: editor.name });
    expect(versions[2].review).toMatchObject({ decision: 'approved', reviewer: editor.name, carriedFrom: null });

    const events = await listDocumentActivity({ slug: doc.slug, actor: editor, lang: 'de' });
    expect(events.filter((event) => event.kind === 'approved')).toHaveLength(1);
    expect(events.filter((event) => event.kind === 'saved')).toHaveLength(3);
    const today = (await countDailyActivity(database.db, doc.id, 1)).at(-1)!;
    expect(today).toMatchObject({ saves: 3, reviews: 1 });
  });

  it('the English updated and the old text re-approved for it: that approval carries', async () => {
    const { doc, paragraph, first } = await approvedParagraph();
    const source = await updateSourceText({ paragraphId: paragraph.id, text: 'At least eight people died in Kyiv overnight.', baseVersionId: paragraph.sourceVersionId, actor: editor });
    const reapproval = await reviewTranslationVersion({ versionId: first.versionId, decision: 'approved', overrideReason: null, actor: otherEditor });
    const edited = await save(paragraph.id, EDITED, first.versionId);
    const back = await save(paragraph.id, APPROVED, edited.versionId);
    expect((await state(doc.slug)).status).toBe('approved');
    expect(await reviewsOf(back.versionId)).toMatchObject([
      { reviewerId: otherEditor.id, sourceVersionId: source.version.versionId, carriedFromReviewId: reapproval.review.reviewId },
    ]);
  });

  it('an XLIFF import that brings back the approved text is approved the same way', async () => {
    const { doc, paragraph, first, approval } = await approvedParagraph();
    const edited = await save(paragraph.id, EDITED, first.versionId);
    const xml = setTarget((await exportXliff({ slug: doc.slug, lang: 'de', actor: german })).body, paragraph.id, APPROVED);
    await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german });
    const row = await state(doc.slug);
    expect(row.status).toBe('approved');
    expect(row.translation?.versionId).not.toBe(edited.versionId);
    expect(await reviewsOf(row.translation!.versionId)).toMatchObject([{ reviewerId: editor.id, carriedFromReviewId: approval.reviewId }]);
  });

  it('an import of 150 paragraphs (more than one statement of versions) carries each paragraph’s own approval, and only where the text comes back', async () => {
    const english = Array.from({ length: 150 }, (_, index) => `Paragraph ${index + 1} of the long story.`);
    const doc = await createDocument(database.db, { paragraphs: english, languages: ['de'] });
    const approvals = new Map<string, string>();
    for (const [index, paragraph] of doc.paragraphs.entries()) {
      const first = await save(paragraph.id, `Absatz ${index + 1}, freigegeben.`, null);
      approvals.set(paragraph.id, (await reviewTranslationVersion({ versionId: first.versionId, decision: 'approved', actor: editor })).review.reviewId);
      await save(paragraph.id, `Absatz ${index + 1}, bearbeitet.`, first.versionId);
    }
    let xml = (await exportXliff({ slug: doc.slug, lang: 'de', actor: german })).body;
    // Even paragraphs go back to their approved text, odd ones get a new one.
    for (const [index, paragraph] of doc.paragraphs.entries()) {
      xml = setTarget(xml, paragraph.id, index % 2 === 0 ? `Absatz ${index + 1}, freigegeben.` : `Absatz ${index + 1}, neu.`);
    }
    const report = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german });
    expect(report.counts.created).toBe(150);
    const rows = (await getDocumentTranslation({ slug: doc.slug, lang: 'de', actor: editor })).paragraphs;
    for (const [index, row] of rows.entries()) {
      expect(row.translation?.number, `paragraph ${index + 1}`).toBe(3);
      const reviews = await reviewsOf(row.translation!.versionId);
      if (index % 2 === 0) {
        expect(row.status, `paragraph ${index + 1}`).toBe('approved');
        expect(reviews, `paragraph ${index + 1}`).toMatchObject([{ reviewerId: editor.id, carriedFromReviewId: approvals.get(row.id) }]);
      } else {
        expect(row.status, `paragraph ${index + 1}`).toBe('in_review');
        expect(reviews, `paragraph ${index + 1}`).toEqual([]);
      }
    }
  });
});

describe('what does not carry', () => {
  it('the text approved for an older English: the paragraph waits for review', async () => {
    const { doc, paragraph, first } = await approvedParagraph();
    await updateSourceText({ paragraphId: paragraph.id, text: 'At least nine people died in Kyiv.', baseVersionId: paragraph.sourceVersionId, actor: editor });
    const edited = await save(paragraph.id, EDITED, first.versionId);
    const back = await save(paragraph.id, APPROVED, edited.versionId);
    expect((await state(doc.slug)).status).toBe('in_review');
    expect(await reviewsOf(back.versionId)).toEqual([]);
  });

  it('the text of a rejected version stays unreviewed', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Attack on Kyiv', 'At least eight people died in Kyiv.'], languages: ['de'] });
    const paragraph = doc.paragraphs[1];
    const first = await save(paragraph.id, APPROVED, null);
    await reviewTranslationVersion({ versionId: first.versionId, decision: 'rejected', comment: 'Kiew, nicht Kyjiw? Bitte prüfen.', actor: editor });
    const edited = await save(paragraph.id, EDITED, first.versionId);
    const back = await save(paragraph.id, APPROVED, edited.versionId);
    expect((await state(doc.slug)).status).toBe('in_review');
    expect(await reviewsOf(back.versionId)).toEqual([]);
  });

  it('the text of a version rejected after the approval of another one', async () => {
    const { doc, paragraph, first } = await approvedParagraph();
    const edited = await save(paragraph.id, EDITED, first.versionId);
    await reviewTranslationVersion({ versionId: edited.versionId, decision: 'rejected', comment: 'Nein.', actor: editor });
    const third = await save(paragraph.id, 'Acht Menschen starben.', edited.versionId);
    const back = await save(paragraph.id, EDITED, third.versionId);
    expect((await state(doc.slug)).status).toBe('in_review');
    expect(await reviewsOf(back.versionId)).toEqual([]);
  });

  it('an approval superseded by the approval of another text', async () => {
    const { doc, paragraph, first } = await approvedParagraph();
    const edited = await save(paragraph.id, EDITED, first.versionId);
    await reviewTranslationVersion({ versionId: edited.versionId, decision: 'approved', actor: editor });
    const back = await save(paragraph.id, APPROVED, edited.versionId);
    expect((await state(doc.slug)).status).toBe('in_review');
    expect(await reviewsOf(back.versionId)).toEqual([]);
  });

  it('an approval withdrawn: the same text rejected later', async () => {
    const { doc, paragraph, first } = await approvedParagraph();
    const edited = await save(paragraph.id, EDITED, first.versionId);
    const back = await save(paragraph.id, APPROVED, edited.versionId);
    await reviewTranslationVersion({ versionId: back.versionId, decision: 'rejected', comment: 'Doch nicht: Kyjiw.', actor: otherEditor });
    const again = await save(paragraph.id, EDITED, back.versionId);
    const last = await save(paragraph.id, APPROVED, again.versionId);
    expect((await state(doc.slug)).status).toBe('in_review');
    expect(await reviewsOf(last.versionId)).toEqual([]);
  });
});
