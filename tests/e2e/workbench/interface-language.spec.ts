import { expect, test } from '../fixtures';

test('the interface follows the browser language until the user picks one, which is remembered', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.request.post('/api/auth/sign-in/email', { data: { email: 'translator.de@example.com', password: 'redline-demo' } });
  await page.goto('/documents/welt-trump-putin/de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const row = page.getByRole('region', { name: 'Absatz 1', exact: true });
  await expect(row.getByRole('button', { name: 'Speichern' })).toBeVisible();
  await expect(row.getByRole('textbox', { name: 'Deutsch-Übersetzung von Absatz 1' })).toHaveValue('Donnerstag, 24. April 2025');

  // The interface language is independent of the language being translated.
  await page.getByLabel('Sprache der Oberfläche').selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('region', { name: 'Абзац 1', exact: true }).getByRole('button', { name: 'Зберегти' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  // Language names standing alone take a capital, as Ukrainian writes them alone.
  await expect(page.getByRole('navigation', { name: 'Мова перекладу' }).getByRole('link', { name: 'Німецька' })).toHaveAttribute('aria-current', 'page');
  await context.close();
});
