// The review queue is enough to decide: each card shows the quality checks' findings before a
// decision, an approval refused for errors can be given with a reason from the queue itself, and
// R still rejects after a refused A. Keys are pressed once the queue lists them, which it does
// only when they work (the page is interactive): no waiting on time, so a slow device passes too.
import type { Page } from '@playwright/test';
import type { PrismaClient } from '../../../lib/server/generated/prisma/client';
import { addTranslation } from '../../support/fixtures';
import { expect, signIn, test } from '../fixtures';

const SOURCE = 'In total, Ukraine registered attacks with 215 drones and missiles.';
/** A wrong number (an error) and a double space (a warning). */
const WRONG = 'Insgesamt registrierte die Ukraine Angriffe mit 251 Drohnen  und Raketen.';

async function storyWithWrongNumber(story: (paragraphs: string[], languages?: string[]) => Promise<{ slug: string; paragraphs: Array<{ id: string; sourceVersionId: string }> }>, db: PrismaClient) {
  const doc = await story(['Drone attack', SOURCE], ['de']);
  const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
  const version = await addTranslation(db, doc.paragraphs[1], 'de', WRONG, german.id);
  return { doc, version };
}

async function openQueue(page: Page, slug: string, keysHint = 'J/↓ next') {
  await page.goto(`/documents/${slug}/de/review`);
  // Listed once the keys work.
  await expect(page.getByText(keysHint, { exact: false })).toBeVisible();
}

test('each card shows its errors and warnings before any decision', async ({ page, story, db }) => {
  const { doc } = await storyWithWrongNumber(story, db);
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de/review`);
  const checks = page.getByRole('article', { name: 'Paragraph 2' }).getByRole('region', { name: 'Quality checks of paragraph 2' });
  await expect(checks.locator('[data-check="numbers"]')).toHaveText('Error (Numbers): The source has 215; the translation has 251 instead.');
  await expect(checks.locator('[data-check="numbers"]')).toHaveClass(/qa-error/);
  await expect(checks.locator('[data-check="whitespace"]')).toHaveText('Warning (Spaces): Double space after “Drohnen”; use one.');
  await expect(checks.locator('[data-check="whitespace"]')).toHaveClass(/qa-warning/);
});

test.describe('in a German interface', () => {
  test.use({ locale: 'de-DE' });

  test('the findings and the override read in German', async ({ page, story, db }) => {
    const { doc } = await storyWithWrongNumber(story, db);
    await signIn(page, 'editor@example.com');
    await openQueue(page, doc.slug, 'J/↓ weiter');
    const card = page.getByRole('article', { name: 'Absatz 2' });
    await expect(card.getByRole('region', { name: 'Qualitätsprüfungen von Absatz 2' }).locator('[data-check="numbers"]')).toHaveText(
      'Fehler (Zahlen): Der Ausgangstext hat 215, die Übersetzung stattdessen 251.',
    );
    await page.keyboard.press('a');
    await expect(card.getByRole('alert')).toContainText('Die Qualitätsprüfung meldet einen Fehler: Der Ausgangstext hat 215, die Übersetzung stattdessen 251.');
    await expect(card.getByRole('textbox', { name: 'Grund für die Freigabe trotz Fehlern' })).toBeVisible();
  });
});

test('A refused for errors; A again asks for the reason, which approves from the queue and is recorded', async ({ page, story, db }) => {
  const { doc, version } = await storyWithWrongNumber(story, db);
  await signIn(page, 'editor@example.com');
  await openQueue(page, doc.slug);
  const card = page.getByRole('article', { name: 'Paragraph 2' });
  await expect(card).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('a');
  await expect(card.getByRole('alert')).toContainText('Quality checks report an error: The source has 215; the translation has 251 instead.');
  // The refusal leaves the keys with the queue, not in a text box.
  await expect(card).toBeFocused();
  const reason = card.getByRole('textbox', { name: 'Reason for approving despite errors' });
  await page.keyboard.press('a');
  await expect(reason).toBeFocused();
  await reason.fill('The desk confirmed 251 with the ministry.');
  await reason.press('Control+Enter');
  await expect(card.getByText('Approved despite errors', { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  const review = await db.review.findFirstOrThrow({ where: { translationVersionId: version.id } });
  expect(review).toMatchObject({ decision: 'approved', overrideReason: 'The desk confirmed 251 with the ministry.' });
});

test('with the mouse: Approve, then the reason and Approve despite errors', async ({ page, story, db }) => {
  const { doc, version } = await storyWithWrongNumber(story, db);
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de/review`);
  const card = page.getByRole('article', { name: 'Paragraph 2' });
  await card.getByRole('button', { name: 'Approve', exact: true }).click();
  await card.getByRole('textbox', { name: 'Reason for approving despite errors' }).fill('Checked with the desk.');
  await card.getByRole('button', { name: 'Approve despite errors' }).click();
  await expect(card.getByText('Approved despite errors', { exact: true })).toBeVisible();
  expect((await db.review.findFirstOrThrow({ where: { translationVersionId: version.id } })).overrideReason).toBe('Checked with the desk.');
});

test('R rejects after a refused A', async ({ page, story, db }) => {
  const { doc, version } = await storyWithWrongNumber(story, db);
  await signIn(page, 'editor@example.com');
  await openQueue(page, doc.slug);
  const card = page.getByRole('article', { name: 'Paragraph 2' });
  await page.keyboard.press('a');
  await expect(card.getByRole('alert')).toContainText('Quality checks report an error');
  await page.keyboard.press('r');
  const comment = card.getByRole('textbox', { name: 'Why is paragraph 2 rejected?' });
  await expect(comment).toBeFocused();
  await comment.fill('215, not 251.');
  await comment.press('Control+Enter');
  await expect(card).toContainText('Rejected: 215, not 251.');
  expect(await db.review.findFirstOrThrow({ where: { translationVersionId: version.id } })).toMatchObject({ decision: 'rejected', comment: '215, not 251.' });
});
