// The document list holds hundreds of articles: a search by title, a filter and paging find the
// ones asked for. Other tests create documents at the same time, so this one searches for its
// own unique titles.
import { addTranslation, createDocument, uniqueName } from '../../support/fixtures';
import { expect, signIn, test } from '../fixtures';

test('search, filters and paging', async ({ page, db }) => {
  const tag = uniqueName('Listed');
  const editor = await db.user.findUniqueOrThrow({ where: { email: 'editor@example.com' } });
  const start = Date.now() - 3_600_000;
  const HOUR = 3_600_000;
  // 27 stories, one a minute, newest last; story 01 is overdue, story 02 due tonight, story 03 all approved in German.
  for (let n = 1; n <= 27; n++) {
    const deadline = n === 1 ? new Date(Date.now() - 2 * HOUR) : n === 2 ? new Date(Date.now() + 5 * HOUR) : null;
    const doc = await createDocument(db, {
      title: `${tag} story ${String(n).padStart(2, '0')}`,
      paragraphs: ['Headline', 'Body.'],
      languages: ['de', 'fr'],
      deadline,
      createdAt: new Date(start + n * 60_000),
    });
    if (n === 3) {
      for (const paragraph of doc.paragraphs) {
        const version = await addTranslation(db, paragraph, 'de', `Übersetzt: ${paragraph.text}`, editor.id);
        await db.review.create({ data: { translationVersionId: version.id, sourceVersionId: paragraph.sourceVersionId, reviewerId: editor.id, decision: 'approved' } });
      }
    }
  }
  const cards = page.getByRole('heading', { level: 2 });

  await signIn(page, 'translator.fr@example.com');
  await page.goto('/');
  const filters = page.getByRole('search', { name: 'Find documents' });
  await filters.getByRole('searchbox', { name: 'Search titles' }).fill(tag);
  await filters.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toHaveText('27 documents');
  await expect(cards).toHaveCount(25);
  await expect(cards.first()).toHaveText(`${tag} story 27`);
  await expect(cards.last()).toHaveText(`${tag} story 03`);

  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages).toContainText('Page 1 of 2');
  await pages.getByRole('link', { name: 'Older' }).click();
  await expect(pages).toContainText('Page 2 of 2');
  await expect(cards).toHaveText([`${tag} story 02`, `${tag} story 01`]);
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${tag} story 01` }) })).toContainText('(overdue)');
  await pages.getByRole('link', { name: 'Newer' }).click();
  await expect(cards).toHaveCount(25);

  // A deadline filter, kept together with the search.
  await filters.getByRole('combobox', { name: 'Deadline' }).selectOption({ label: 'Due within 24 hours' });
  await filters.getByRole('button', { name: 'Show' }).click();
  await expect(cards).toHaveText([`${tag} story 02`]);
  await expect(filters.getByRole('searchbox', { name: 'Search titles' })).toHaveValue(tag);

  // The state of one language: German all approved.
  await filters.getByRole('combobox', { name: 'Deadline' }).selectOption({ label: 'Any deadline' });
  await filters.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All approved' });
  await filters.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'German' });
  await filters.getByRole('button', { name: 'Show' }).click();
  await expect(cards).toHaveText([`${tag} story 03`]);
  await expect(page.getByRole('table', { name: `Translation progress of ${tag} story 03` }).getByRole('row', { name: /German/ })).toContainText('2 of 2');
  await filters.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Needs translation' });
  await filters.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toHaveText('26 documents');

  await page.getByRole('link', { name: 'Show all' }).click();
  await expect(page).toHaveURL(/\/$/);
});
