// Finding the work in the workbench: the "Needs work" filter (kept in the URL), a search that
// marks its matches, and the keys that save and move on, jump to the next paragraph that needs
// work, go to paragraph N and open a paragraph's history. A filter never hides unsaved text.
import { expectAccessible } from '../expect-accessible';
import { expect, signIn, test } from '../fixtures';
import { expectHydrated } from '../hydration';

test('a translator filters to the work, searches, and moves through it with the keyboard', async ({ page, story }) => {
  const doc = await story(['Kyiv', 'WELT', 'Trump spoke of a big concession.', 'The talks went on.', 'Putin answered.'], ['de']);
  await signIn(page, 'translator.de@example.com');
  for (const [index, text] of [
    [0, 'Kiew'],
    [2, 'Trump sprach von einem großen Zugeständnis.'],
  ] as const) {
    const saved = await page.request.post(`/api/paragraphs/${doc.paragraphs[index].id}/translations/de/versions`, { data: { text, baseVersionId: null } });
    expect(saved.status()).toBe(201);
  }
  await page.goto(`/documents/${doc.slug}/de`);
  await expectHydrated(page, 'textarea');
  const rows = page.getByRole('region', { name: /^Paragraph \d+$/ });
  const row = (n: number) => page.getByRole('region', { name: `Paragraph ${n}`, exact: true });
  const box = (n: number) => page.getByRole('textbox', { name: `German translation of paragraph ${n}` });
  const filters = page.getByRole('group', { name: 'Show paragraphs' });

  // Needs work: the three untranslated paragraphs, and a link (here: a reload) keeps the filter.
  await expect(filters.getByRole('button', { name: 'My versions in review' })).toContainText('2');
  await filters.getByRole('button', { name: /^Needs work/ }).click();
  await expect(page).toHaveURL(/[?&]filter=needs-work/);
  await expect(rows).toHaveCount(3);
  await expect(row(1)).toBeHidden();
  await expect(row(3)).toBeHidden();
  await page.reload();
  await expectHydrated(page, 'textarea');
  await expect(filters.getByRole('button', { name: /^Needs work/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveCount(3);

  // Search: matches marked in the English, and in the translation without caring for accents.
  const search = page.getByRole('searchbox', { name: 'Search the English and the translation' });
  await search.fill('PUTIN');
  await expect(row(5).locator('mark')).toHaveText('Putin');
  await expect(page.getByRole('search').getByRole('status')).toHaveText('1 of 1');
  await filters.getByRole('button', { name: /^All/ }).click();
  await search.fill('zugestandnis');
  await expect(row(3).locator('mark')).toHaveText('Zugeständnis');
  await expect(page.getByRole('search').getByRole('status')).toHaveText('1 of 1');
  await expectAccessible(page, 'the workbench with a filter and a search');
  await search.fill('');
  await filters.getByRole('button', { name: /^Needs work/ }).click();
  await expect(rows).toHaveCount(3);

  // Ctrl+Enter saves and lands on the next paragraph that needs work. The saved paragraph no
  // longer needs work (the page's reload after the save says so in the count) but stays in view
  // with its "Saved" until a filter is chosen again.
  await box(2).focus();
  await page.keyboard.type('WELT');
  await page.keyboard.press('Control+Enter');
  await expect(box(4)).toBeFocused();
  await expect(filters.getByRole('button', { name: /^Needs work/ })).toContainText('2');
  await expect(row(2).getByRole('status')).toHaveText('Saved');
  await expect(rows).toHaveCount(3);

  // Alt+PageDown / Alt+PageUp jump between the paragraphs that need work.
  await page.keyboard.press('Alt+PageDown');
  await expect(box(5)).toBeFocused();
  await page.keyboard.press('Alt+PageUp');
  await expect(box(4)).toBeFocused();

  // Unsaved text stays in view when a filter would leave its paragraph out.
  await page.keyboard.type('Die Gespräche');
  await filters.getByRole('button', { name: 'My versions in review' }).click();
  await expect(row(5)).toBeHidden();
  await expect(row(1)).toBeVisible();
  await expect(box(4)).toHaveValue('Die Gespräche');

  // Ctrl+G asks for a number; a paragraph the filter hides is shown by going there.
  await page.keyboard.press('Control+g');
  const goTo = page.getByRole('dialog', { name: 'Go to paragraph' });
  await expect(goTo).toBeVisible();
  await goTo.getByRole('spinbutton').fill('5');
  await page.keyboard.press('Enter');
  await expect(goTo).toBeHidden();
  await expect(box(5)).toBeFocused();
  await expect(filters.getByRole('button', { name: /^All/ })).toHaveAttribute('aria-pressed', 'true');

  // Ctrl+H opens the paragraph's history.
  await page.keyboard.press('Control+h');
  await expect(row(5).getByRole('button', { name: 'History' })).toHaveAttribute('aria-expanded', 'true');
});

test('the keys go on to the next page when the work there is', async ({ page, story }) => {
  // 102 paragraphs: page 1 holds 1 to 100, page 2 holds 101 and 102. All but 102 are translated.
  const doc = await story(Array.from({ length: 102 }, (_, i) => `Paragraph number ${i + 1} of a long story.`), ['de']);
  await signIn(page, 'translator.de@example.com');
  for (const paragraph of doc.paragraphs.slice(0, 101)) {
    const saved = await page.request.post(`/api/paragraphs/${paragraph.id}/translations/de/versions`, { data: { text: `Absatz ${paragraph.id}.`, baseVersionId: null } });
    expect(saved.status()).toBe(201);
  }
  await page.goto(`/documents/${doc.slug}/de`);
  await expectHydrated(page, 'textarea');
  await page.getByRole('textbox', { name: 'German translation of paragraph 100' }).focus();
  await page.keyboard.press('Alt+PageDown');
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByRole('region', { name: 'Paragraph 102', exact: true })).toBeInViewport();
});
