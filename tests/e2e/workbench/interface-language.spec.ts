import { readFileSync } from 'node:fs';
import { expectAccessible } from '../expect-accessible';
import { expect, test } from '../fixtures';

// The French names come from the locale file, which its translator may still reword.
const fr = JSON.parse(readFileSync(new URL('../../../locales/fr.json', import.meta.url), 'utf8'));

test('the interface follows the browser language until the user picks one, which is remembered', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.request.post('/api/auth/sign-in/email', { data: { email: 'translator.de@example.com', password: 'redline-demo' } });
  await page.goto('/documents/welt-trump-putin/de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const row = page.getByRole('region', { name: 'Absatz 1', exact: true });
  await expect(row.getByRole('button', { name: 'Speichern' })).toBeVisible();
  const box = row.getByRole('textbox', { name: 'Deutsch-Übersetzung von Absatz 1' });
  await expect(box).toHaveValue('Donnerstag, 24. April 2025');
  // What a person has typed and not saved stays in the box when the interface changes language.
  await box.fill('Donnerstag, 24. April 2025 (Entwurf)');

  // The interface language is independent of the language being translated.
  await page.getByLabel('Sprache der Oberfläche').selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  const ukrainianRow = page.getByRole('region', { name: 'Абзац 1', exact: true });
  await expect(ukrainianRow.getByRole('button', { name: 'Зберегти' })).toBeVisible();
  await expect(ukrainianRow.getByRole('textbox')).toHaveValue('Donnerstag, 24. April 2025 (Entwurf)');
  await ukrainianRow.getByRole('textbox').fill('Donnerstag, 24. April 2025');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  // Language names standing alone take a capital, as Ukrainian writes them alone.
  await expect(page.getByRole('navigation', { name: 'Мова перекладу' }).getByRole('link', { name: 'Німецька' })).toHaveAttribute('aria-current', 'page');
  await context.close();
});

test('Arabic mirrors the page and keeps the English left to right; French speaks French', async ({ browser }) => {
  // Layla's browser asks for English: she switches to Arabic in the header, named in Arabic.
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.request.post('/api/auth/sign-in/email', { data: { email: 'translator.ar@example.com', password: 'redline-demo' } });
  await page.goto('/documents/welt-trump-putin/ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const picker = page.getByLabel('Interface language');
  await expect(picker.getByRole('option', { name: 'العربية' })).toHaveAttribute('lang', 'ar');
  await expect(picker.getByRole('option', { name: 'Français' })).toHaveAttribute('lang', 'fr');
  await picker.selectOption({ label: 'العربية' });

  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('navigation', { name: 'اللغة الهدف' }).getByRole('link', { name: 'العربية' })).toHaveAttribute('aria-current', 'page');
  const row = page.getByRole('region', { name: 'الفقرة 1', exact: true });
  await expect(row.getByRole('button', { name: 'حفظ' })).toBeVisible();
  // The English source stays left to right inside the mirrored page; the Arabic text reads right to left.
  const english = row.locator('p[lang="en"]');
  await expect(english).toHaveText('Thursday, April 24, 2025');
  await expect(english).toHaveAttribute('dir', 'ltr');
  await expect(english).toHaveCSS('direction', 'ltr');
  const box = row.getByRole('textbox', { name: 'الترجمة إلى العربية للفقرة 1' });
  await expect(box).toHaveAttribute('dir', 'rtl');
  await expect(box).toHaveValue('الخميس، 24 أبريل/نيسان 2025');
  // The page itself mirrors: the translation column starts on the right, so it lies left of the English.
  const englishBox = await english.boundingBox();
  const arabicBox = await box.boundingBox();
  expect(arabicBox!.x + arabicBox!.width).toBeLessThanOrEqual(englishBox!.x + 1);
  await expectAccessible(page, 'the Arabic workbench');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByLabel('لغة الواجهة').selectOption({ label: 'Français' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const frenchRow = page.getByRole('region', { name: fr.paragraph.label.replace('{{n}}', '1'), exact: true });
  await expect(frenchRow.getByRole('button', { name: fr.editor.save, exact: true })).toBeVisible();
  expect(fr.editor.save).not.toBe('Save');
  await context.close();
});

test('a French browser gets the French interface without choosing it', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.request.post('/api/auth/sign-in/email', { data: { email: 'translator.fr@example.com', password: 'redline-demo' } });
  await page.goto('/documents/welt-trump-putin/fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByLabel(fr.header.interfaceLanguage)).toHaveValue('fr');
  await expect(page.getByRole('region', { name: fr.paragraph.label.replace('{{n}}', '1'), exact: true }).getByRole('button', { name: fr.editor.save, exact: true })).toBeVisible();
  await context.close();
});
