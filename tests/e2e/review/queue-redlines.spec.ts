// What each card of the review queue compares: a revision after a rejection against the rejected
// version; the approved text saved again not at all (it keeps its approval); the approved text of
// an earlier English against that English.
import { addTranslation } from '../../support/fixtures';
import { expect, signIn, test } from '../fixtures';
import { searchable } from '../../../lib/search-text';

const ENGLISH = 'At least eight people died in Kyiv.';
const APPROVED = 'Mindestens acht Menschen starben in Kiew.';
const EDITED = 'Mindestens acht Menschen sind in Kiew gestorben.';

test('a revision after a rejection shows its changes against the rejected version, with the comment', async ({ page, story, db }) => {
  const doc = await story(['Attack on Kyiv', ENGLISH], ['de']);
  const [german, editor] = await Promise.all(['translator.de@example.com', 'editor@example.com'].map((email) => db.user.findUniqueOrThrow({ where: { email } })));
  const paragraph = doc.paragraphs[1];
  const rejected = await addTranslation(db, paragraph, 'de', 'Mindestens acht Menschen starben in Kyjiw.', german.id);
  await db.review.create({
    data: { translationVersionId: rejected.id, sourceVersionId: paragraph.sourceVersionId, reviewerId: editor.id, decision: 'rejected', comment: 'Kiew, bitte: Hausstil.' },
  });
  await addTranslation(db, paragraph, 'de', APPROVED, german.id);

  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de/review`);
  const card = page.getByRole('article', { name: 'Paragraph 2' });
  await expect(card).toContainText('Revised after rejection');
  await expect(card).toContainText('Changes since version 1, which Daniel Brooks rejected:');
  await expect(card).toContainText('Kiew, bitte: Hausstil.');
  await expect(card.locator('del', { hasText: 'Kyjiw' })).toBeVisible();
  await expect(card.locator('ins', { hasText: 'Kiew' })).toBeVisible();
  // Not the whole text as new.
  await expect(card.locator('ins', { hasText: 'Mindestens' })).toHaveCount(0);
  await expect(card).not.toContainText('New translation');
});

test('the approved text saved again keeps its approval: no card asks about it, History says whose approval it is', async ({ page, browser, story, db }) => {
  const doc = await story(['Attack on Kyiv', ENGLISH], ['de']);
  const [german, editor] = await Promise.all(['translator.de@example.com', 'editor@example.com'].map((email) => db.user.findUniqueOrThrow({ where: { email } })));
  const paragraph = doc.paragraphs[1];
  const approved = await addTranslation(db, paragraph, 'de', APPROVED, german.id);
  await db.review.create({ data: { translationVersionId: approved.id, sourceVersionId: paragraph.sourceVersionId, reviewerId: editor.id, decision: 'approved' } });

  // The translator edits, then goes back to the approved wording, through the API as the workbench does.
  const translatorContext = await browser.newContext();
  const translator = await translatorContext.newPage();
  await signIn(translator, 'translator.de@example.com');
  const versions = `/api/paragraphs/${paragraph.id}/translations/de/versions`;
  const edited = await translator.request.post(versions, { data: { text: EDITED, baseVersionId: approved.id } });
  expect(edited.status()).toBe(201);
  const back = await translator.request.post(versions, { data: { text: APPROVED, baseVersionId: (await edited.json()).versionId } });
  expect(back.status()).toBe(201);
  expect(await back.json()).toMatchObject({ number: 3, carriedApproval: { versionNumber: 1, reviewer: 'Daniel Brooks' } });
  await translatorContext.close();

  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de/review`);
  await expect(page.getByText('Nothing waits for review in German.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);

  await page.goto(`/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  await expect(row.getByText('Approved', { exact: true })).toBeVisible();
  await row.getByRole('button', { name: 'History' }).click();
  await expect(row.getByRole('listitem', { name: 'Version 3' })).toContainText('Approved: same text as version 1, approved by Daniel Brooks');
  await expect(row.getByRole('listitem', { name: 'Version 1' })).toContainText('Approved by Daniel Brooks');
});

test('the text approved for the earlier English shows what changed in the English, not an empty redline', async ({ page, story, db }) => {
  const doc = await story(['Attack on Kyiv', ENGLISH], ['de']);
  const [german, editor] = await Promise.all(['translator.de@example.com', 'editor@example.com'].map((email) => db.user.findUniqueOrThrow({ where: { email } })));
  const paragraph = doc.paragraphs[1];
  const approved = await addTranslation(db, paragraph, 'de', APPROVED, german.id);
  await db.review.create({ data: { translationVersionId: approved.id, sourceVersionId: paragraph.sourceVersionId, reviewerId: editor.id, decision: 'approved' } });
  const newer = await db.sourceVersion.create({ data: { paragraphId: paragraph.id, number: 2, ...searchable('At least nine people died in Kyiv.'), authorId: editor.id } });
  await addTranslation(db, { id: paragraph.id, sourceVersionId: newer.id }, 'de', EDITED, german.id);
  await addTranslation(db, { id: paragraph.id, sourceVersionId: newer.id }, 'de', APPROVED, german.id);

  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de/review`);
  const card = page.getByRole('article', { name: 'Paragraph 2' });
  await expect(card).toContainText('Same text as version 1, approved for the earlier English: only the English changed.');
  await expect(card.locator('[lang="en"] del', { hasText: 'eight' })).toBeVisible();
  await expect(card.locator('[lang="en"] ins', { hasText: 'nine' })).toBeVisible();
  await expect(card.locator('[lang="de"] ins, [lang="de"] del')).toHaveCount(0);
});
