import type { Page, PlaywrightWorkerArgs } from '@playwright/test';
import type { TestDocument } from '../../support/fixtures';
import { expect, signIn, test } from '../fixtures';
import { apiAs, openLiveWorkbench, saveVersion, stillTheSamePage } from './live-support';

/**
 * A German translator (through the API) has saved version 1 of paragraph 2; the editor has the
 * workbench open. `saveSecond` saves version 2 as the translator.
 */
async function editorWatchesTranslator(page: Page, playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, doc: TestDocument) {
  const translator = await apiAs(playwright, baseURL, 'translator.de@example.com');
  const paragraph = doc.paragraphs[1];
  const first = await saveVersion(translator, paragraph.id, 'de', 'Der Kremlsprecher sprach.', null);
  await signIn(page, 'editor@example.com');
  await openLiveWorkbench(page, `/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  return {
    row,
    box: row.getByRole('textbox', { name: 'German translation of paragraph 2' }),
    saveSecond: () => saveVersion(translator, paragraph.id, 'de', 'Der Sprecher des Kremls sagte.', first.versionId),
    done: () => translator.dispose(),
  };
}

test('a version saved elsewhere appears on the open workbench without a reload', async ({ page, playwright, baseURL, story }) => {
  const doc = await story(['Headline', 'The Kremlin spokesman spoke.'], ['de']);
  const { row, box, saveSecond, done } = await editorWatchesTranslator(page, playwright, baseURL!, doc);
  await expect(box).toHaveValue('Der Kremlsprecher sprach.');

  await saveSecond();
  await expect(box).toHaveValue('Der Sprecher des Kremls sagte.');
  await expect(row.getByText('Version 2 by Katharina Weber', { exact: false })).toBeVisible();
  await expect(row.getByText('Updated just now by Katharina Weber')).toBeVisible();
  await expect(row.getByText('In review', { exact: true })).toBeVisible();
  // Only the changed row says so.
  await expect(page.getByRole('region', { name: 'Paragraph 1', exact: true }).getByText('just now')).toHaveCount(0);
  expect(await stillTheSamePage(page)).toBe(true);
  await done();
});

test('a hidden tab reloads nothing until it is looked at again, then shows what changed', async ({ page, playwright, baseURL, story }) => {
  const doc = await story(['Headline', 'The Kremlin spokesman spoke.'], ['de']);
  const { row, box, saveSecond, done } = await editorWatchesTranslator(page, playwright, baseURL!, doc);
  const setHidden = (hidden: boolean) =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);

  await setHidden(true);
  await saveSecond();
  // The event arrived (the row says so) but the rows were not reloaded.
  await expect(row.getByText('Updated just now by Katharina Weber')).toBeVisible();
  await expect(box).toHaveValue('Der Kremlsprecher sprach.');

  await setHidden(false);
  await expect(box).toHaveValue('Der Sprecher des Kremls sagte.');
  expect(await stillTheSamePage(page)).toBe(true);
  await done();
});
