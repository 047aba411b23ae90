import { expect, signIn, test } from '../fixtures';
import { openLiveWorkbench } from './live-support';

test('who else is editing a paragraph shows on its row, and goes when they leave the box', async ({ browser, story }) => {
  const doc = await story(['Headline', 'Body text.', 'Another paragraph.'], ['de']);
  const editor = await browser.newPage();
  // Its own context, which outlives the page: closing a tab leaves the browser running, so the
  // "stopped editing" sent as the page goes (keepalive) still arrives. browser.newPage() would
  // close its context with the page and cancel that request.
  const translatorBrowser = await browser.newContext();
  const translator = await translatorBrowser.newPage();
  await signIn(editor, 'editor@example.com');
  await signIn(translator, 'translator.de@example.com');
  await openLiveWorkbench(editor, `/documents/${doc.slug}/de`);
  await openLiveWorkbench(translator, `/documents/${doc.slug}/de`);

  const translatorBox = translator.getByRole('textbox', { name: 'German translation of paragraph 2' });
  await translatorBox.focus();
  const editorRow = editor.getByRole('region', { name: 'Paragraph 2', exact: true });
  await expect(editorRow.getByText('Katharina Weber is editing')).toBeVisible();
  await expect(editor.getByRole('region', { name: 'Paragraph 3', exact: true }).getByText('is editing')).toHaveCount(0);
  // Not shown to the person editing.
  await expect(translator.getByText('is editing')).toHaveCount(0);

  await translatorBox.blur();
  await expect(editorRow.getByText('Katharina Weber is editing')).toHaveCount(0);

  // Focusing again, then closing the page, also ends it.
  await translatorBox.focus();
  await expect(editorRow.getByText('Katharina Weber is editing')).toBeVisible();
  await translator.close({ runBeforeUnload: true });
  await expect(editorRow.getByText('Katharina Weber is editing')).toHaveCount(0);
  await translatorBrowser.close();
});

test('a page opened later learns who is already editing', async ({ browser, story }) => {
  const doc = await story(['Headline', 'Body text.'], ['de']);
  const translator = await browser.newPage();
  await signIn(translator, 'translator.de@example.com');
  await openLiveWorkbench(translator, `/documents/${doc.slug}/de`);
  await translator.getByRole('textbox', { name: 'German translation of paragraph 2' }).focus();

  const editor = await browser.newPage();
  await signIn(editor, 'editor@example.com');
  await openLiveWorkbench(editor, `/documents/${doc.slug}/de`);
  await expect(editor.getByRole('region', { name: 'Paragraph 2', exact: true }).getByText('Katharina Weber is editing')).toBeVisible();
});
