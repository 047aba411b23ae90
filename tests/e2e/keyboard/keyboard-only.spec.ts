import { expect, signIn, test } from '../fixtures';

test('a translator works without the mouse: Ctrl+S, Alt+↓ to the next paragraph, Ctrl+Shift+C, Ctrl+Enter on to the next that needs work, Esc, and ? for help', async ({ page, story }) => {
  const doc = await story(['Kyiv', 'WELT', 'At least eight people died.'], ['de']);
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/de`);

  const first = page.getByRole('textbox', { name: 'German translation of paragraph 1' });
  await first.focus();
  await page.keyboard.type('Kiew');
  // Ctrl+S saves and stays; Ctrl+Enter saves and moves on to the next paragraph that needs work.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('region', { name: 'Paragraph 1', exact: true }).getByRole('status')).toHaveText('Saved');
  await expect(first).toBeFocused();

  await page.keyboard.press('Alt+ArrowDown');
  const second = page.getByRole('textbox', { name: 'German translation of paragraph 2' });
  await expect(second).toBeFocused();
  await page.keyboard.press('Control+Shift+C');
  await expect(second).toHaveValue('WELT');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('region', { name: 'Paragraph 2', exact: true }).getByRole('status')).toHaveText('Saved');
  await expect(page.getByRole('textbox', { name: 'German translation of paragraph 3' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(second).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Paragraph 2', exact: true })).toBeFocused();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Next paragraph');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByRole('region', { name: 'Paragraph 2', exact: true })).toBeFocused();
});

test('a long document opens a page at a time, and Go to paragraph jumps to it', async ({ page, story }) => {
  const doc = await story(Array.from({ length: 250 }, (_, i) => `Paragraph ${i + 1} of a long story.`), ['de']);
  await signIn(page, 'editor@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  await expect(page.getByRole('region', { name: /^Paragraph \d+$/ })).toHaveCount(100);
  await expect(page.getByRole('navigation', { name: 'Pages' }).first()).toContainText('Paragraphs 1–100 of 250');
  await page.getByRole('spinbutton', { name: 'Go to paragraph' }).first().fill('234');
  await page.getByRole('button', { name: 'Go', exact: true }).first().click();
  await expect(page).toHaveURL(/page=3#p234$/);
  const target = page.getByRole('region', { name: 'Paragraph 234', exact: true });
  await expect(target).toBeInViewport();
  await expect(target).toContainText('Paragraph 234 of a long story.');
});
