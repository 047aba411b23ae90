import { expect, ON_SLOW_DEVICE, signIn, test } from '../fixtures';

test('what is typed while a save is under way stays in the box, and pressing Save again meanwhile sends nothing', ON_SLOW_DEVICE, async ({ page, story, db }) => {
  const doc = await story(['Headline', 'Body.'], ['de']);
  await signIn(page, 'translator.de@example.com');
  await page.goto(`/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const box = row.getByRole('textbox', { name: 'German translation of paragraph 2' });

  // The server takes its time with the save until the test lets it answer.
  let saves = 0;
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/translations/de/versions', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    saves += 1;
    await answered;
    await route.fallback();
  });

  await box.fill('Erster Satz.');
  await box.press('Control+Enter');
  await expect(row.getByRole('status')).toHaveText('Saving…');
  await box.press('Control+Enter');
  await box.press('End');
  await page.keyboard.type(' Zweiter Satz.');
  answer();

  await expect(row.getByRole('status')).toHaveText('Unsaved changes');
  await expect(box).toHaveValue('Erster Satz. Zweiter Satz.');
  expect(saves).toBe(1);
  const versions = () => db.translationVersion.findMany({ where: { paragraphId: doc.paragraphs[1].id, languageCode: 'de' }, orderBy: { number: 'asc' }, select: { text: true } });
  expect(await versions()).toEqual([{ text: 'Erster Satz.' }]);

  // The rest is saved on top of the first save, without a conflict.
  await box.press('Control+Enter');
  await expect(row.getByRole('status')).toHaveText('Saved');
  expect(await versions()).toEqual([{ text: 'Erster Satz.' }, { text: 'Erster Satz. Zweiter Satz.' }]);
});
