import { expect, signIn, test } from '../fixtures';

const TOO_LONG = `${'Wort '.repeat(4_000)}Ende.`;

for (const { locale, ui, box, save, says } of [
  {
    locale: 'de-DE',
    ui: 'de',
    box: 'Deutsch-Übersetzung von Absatz 2',
    save: 'Speichern',
    says: (length: string, max: string) => `Nicht gespeichert: Der Text hat ${length} Zeichen; ein Absatz darf höchstens ${max} haben. Kürzen Sie ihn und speichern Sie erneut.`,
  },
  {
    locale: 'uk-UA',
    ui: 'uk',
    box: /абзацу 2/,
    save: 'Зберегти',
    says: (length: string, max: string) => `Не збережено: Текст має ${length} символів; абзац може мати щонайбільше ${max}. Скоротіть його і збережіть ще раз.`,
  },
  {
    locale: 'en-GB',
    ui: 'en',
    box: 'German translation of paragraph 2',
    save: 'Save',
    says: (length: string, max: string) => `Not saved: The text has ${length} characters; a paragraph may have at most ${max}. Shorten it, then save again.`,
  },
]) {
  test(`a text over 20,000 characters is refused beside Save in the interface language (${ui}), and the box does not grow past the screen`, async ({ browser, story }) => {
    const doc = await story(['Headline', 'Body.'], ['de']);
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, 'translator.de@example.com');
    await page.goto(`/documents/${doc.slug}/de`);
    const row = page.getByRole('region', { name: /^(Absatz|Абзац|Paragraph) 2$/ });
    const textbox = row.getByRole('textbox', { name: box });
    await textbox.fill(TOO_LONG);
    await textbox.press('Control+Enter');

    const number = new Intl.NumberFormat(ui);
    const alert = row.getByRole('alert');
    await expect(alert).toHaveText(says(number.format(TOO_LONG.length), number.format(20_000)));
    await expect(alert).toBeInViewport();
    await expect(row.getByRole('button', { name: save })).toBeInViewport();
    const height = (await textbox.boundingBox())!.height;
    expect(height, 'the box scrolls instead of growing').toBeLessThanOrEqual(800 * 0.6);
    await expect(textbox).toHaveValue(TOO_LONG);
    await context.close();
  });
}
