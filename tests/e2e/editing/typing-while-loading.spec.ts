// Typing into a translation box while the page's scripts still load (a slow device or network):
// what is typed is kept exactly or cannot be typed at all (the box is read-only, visibly, until
// the editor is interactive); it is never thrown away silently, and never doubled.
import type { Locator, Page } from '@playwright/test';
import { addTranslation } from '../../support/fixtures';
import { expect, ON_SLOW_DEVICE, signIn, test } from '../fixtures';
import { holdScripts } from '../hydration';

const ORIGINAL = 'Leonhard Landes berichtet aus Washington. Lesezeit: 4 Minuten';

/** Every script of the app arrives `ms` late, as on a slow connection. */
async function delayScripts(page: Page, ms: number) {
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/** React has taken over the element: its event handlers are attached from now on. */
async function expectHydrated(box: Locator) {
  await expect.poll(() => box.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'))), { timeout: 30_000 }).toBe(true);
}

for (const delay of [500, 1500, 3000]) {
  test(`text typed while the workbench loads is kept exactly or could not be typed; never doubled (scripts ${delay} ms late)`, ON_SLOW_DEVICE, async ({ page, story, db }) => {
    const doc = await story(['Headline', 'Leonhard Landes reports from Washington. Reading time: 4 minutes'], ['de']);
    const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
    await addTranslation(db, doc.paragraphs[1], 'de', ORIGINAL, german.id);
    await signIn(page, 'translator.de@example.com');
    await delayScripts(page, delay);

    await page.goto(`/documents/${doc.slug}/de`, { waitUntil: 'commit' });
    const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
    const box = row.getByRole('textbox', { name: 'German translation of paragraph 2' });
    await expect(box).toHaveValue(ORIGINAL);
    // As soon as the box shows: to its start, and type.
    await box.focus();
    const readOnlyWhenTyped = await box.evaluate((element: HTMLTextAreaElement) => element.readOnly);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('NEU: ');

    await expectHydrated(box);
    await expect(box).toBeEditable();
    const afterLoad = await box.inputValue();
    // A box that took the keystrokes must keep them; only a read-only box may have refused them,
    // and it may have turned editable while they came (on a slow device typing takes a while):
    // then the last of them are kept, in front of the original, once.
    const typed = 'NEU: ';
    const allowed = readOnlyWhenTyped ? [...typed].map((_, start) => typed.slice(start) + ORIGINAL).concat(ORIGINAL) : [typed + ORIGINAL];
    expect(allowed, `the box holds ${JSON.stringify(afterLoad)}`).toContain(afterLoad);

    // Typing now lands where the person types, and Save stores exactly what the box shows.
    await box.press('End');
    await page.keyboard.type(' (aktualisiert)');
    const expected = `${afterLoad} (aktualisiert)`;
    await expect(box).toHaveValue(expected);
    await box.press('Control+Enter');
    await expect(row.getByRole('status')).toHaveText('Saved');
    const stored = await db.translationVersion.findFirstOrThrow({ where: { paragraphId: doc.paragraphs[1].id, languageCode: 'de' }, orderBy: { number: 'desc' } });
    expect(stored.text).toBe(expected);
    await expect(box).toHaveValue(expected);
  });
}

for (const delay of [500, 1500]) {
  test(`typing on through the whole load keeps every keystroke the box took, once (scripts ${delay} ms late)`, ON_SLOW_DEVICE, async ({ page, story, db }) => {
    const doc = await story(['Headline', 'Leonhard Landes reports from Washington. Reading time: 4 minutes'], ['de']);
    const german = await db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
    await addTranslation(db, doc.paragraphs[1], 'de', ORIGINAL, german.id);
    await signIn(page, 'translator.de@example.com');
    await delayScripts(page, delay);

    await page.goto(`/documents/${doc.slug}/de`, { waitUntil: 'commit' });
    const box = page.getByRole('textbox', { name: 'German translation of paragraph 2' });
    await expect(box).toHaveValue(ORIGINAL);
    await box.focus();
    await page.keyboard.press('Control+Home');
    // One "x" at a time until React has taken the box over, and a few more: each keystroke
    // notes whether the box was editable just before it.
    let editableKeystrokes = 0;
    let afterHydration = 0;
    while (afterHydration < 5) {
      const state = await box.evaluate((element: HTMLTextAreaElement) => ({
        editable: !element.readOnly,
        hydrated: Object.keys(element).some((key) => key.startsWith('__reactFiber$')),
      }));
      if (state.editable) editableKeystrokes += 1;
      if (state.hydrated) afterHydration += 1;
      await page.keyboard.type('x');
    }
    await expect(box).toBeEditable();
    const value = await box.inputValue();
    const typed = /^x*/.exec(value)![0].length;
    expect(value, 'the original text once, after what was typed').toBe('x'.repeat(typed) + ORIGINAL);
    // The box flips to editable at most once between a check and its keystroke.
    expect(typed, 'keystrokes into an editable box').toBeGreaterThanOrEqual(editableKeystrokes);
    expect(typed).toBeLessThanOrEqual(editableKeystrokes + 1);
  });
}

test('until the editor is interactive the translation box is read-only and says so', ON_SLOW_DEVICE, async ({ page, story }) => {
  const doc = await story(['Headline', 'Body.'], ['de']);
  await signIn(page, 'translator.de@example.com');
  // The scripts are held back until the loading state has been checked, so the page cannot
  // become interactive half-way through the checks.
  const releaseScripts = await holdScripts(page);
  await page.goto(`/documents/${doc.slug}/de`, { waitUntil: 'commit' });
  const box = page.getByRole('textbox', { name: 'German translation of paragraph 2' });
  await expect(box).toBeVisible();
  await expect(box).not.toBeEditable();
  await expect(box).toHaveAccessibleDescription('The editor is still loading; you can type in a moment.');
  await expect(box).toHaveClass(/\bloading\b/);

  releaseScripts();
  await expect(box).toBeEditable({ timeout: 30_000 });
  await expect(box).toHaveAccessibleDescription('');
  await expect(box).not.toHaveClass(/\bloading\b/);
  await box.pressSequentially('Fließtext.');
  await expect(box).toHaveValue('Fließtext.');
});
