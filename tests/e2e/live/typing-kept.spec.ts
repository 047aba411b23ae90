import { expect, signIn, test } from '../fixtures';
import { apiAs, openLiveWorkbench, saveVersion, stillTheSamePage } from './live-support';

test('a save elsewhere never overwrites what the user is typing; saving then offers the merge', async ({ page, playwright, baseURL, story }) => {
  const doc = await story(['Headline', 'At least eight people died in Kyiv, more than 70 were injured.'], ['de']);
  const translator = await apiAs(playwright, baseURL!, 'translator.de@example.com');
  const paragraph = doc.paragraphs[1];
  const first = await saveVersion(translator, paragraph.id, 'de', 'Mindestens acht Menschen starben in Kiew, mehr als 70 wurden verletzt.', null);

  await signIn(page, 'editor@example.com');
  await openLiveWorkbench(page, `/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const box = row.getByRole('textbox', { name: 'German translation of paragraph 2' });
  const mine = 'Mindestens acht Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.';
  await box.fill(mine);
  const save = row.getByRole('button', { name: 'Save' });
  const where = async () => [await box.boundingBox(), await save.boundingBox()];
  const before = await where();

  await saveVersion(translator, paragraph.id, 'de', 'Mindestens neun Menschen starben in Kiew, mehr als 70 wurden verletzt.', first.versionId);
  await expect(row.getByText('Katharina Weber saved version 2 while you were editing. Your text is kept; saving will let you compare and merge.')).toBeVisible();
  await expect(box).toHaveValue(mine);
  await expect(box).toBeFocused();
  // The notice comes in under Save: the box and the button stay where the person had them.
  expect(await where()).toEqual(before);
  expect(await stillTheSamePage(page)).toBe(true);

  await save.click();
  const conflict = row.getByRole('group', { name: 'Edit conflict' });
  await expect(conflict).toContainText('Katharina Weber saved version 2');
  await conflict.getByRole('button', { name: 'Save merged text' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(box).toHaveValue('Mindestens neun Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.');
  await expect(row.getByRole('status')).toHaveText('Saved');
  await expect(row.getByText('while you were editing')).toHaveCount(0);
  await translator.dispose();
});
