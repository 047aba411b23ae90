import { expect, signIn, test } from '../fixtures';
import { apiAs, openLiveWorkbench, stillTheSamePage } from './live-support';

test('comments made elsewhere appear in an open thread list, and a reply being typed is kept', async ({ page, playwright, baseURL, story }) => {
  const doc = await story(['Headline', 'The Kremlin spokesman spoke.'], ['de']);
  const paragraph = doc.paragraphs[1];
  const editor = await apiAs(playwright, baseURL!, 'editor@example.com');
  const comments = `/api/paragraphs/${paragraph.id}/translations/de/comments`;
  const post = async (text: string, threadId: string | null) => {
    const response = await editor.post(comments, { data: { text, threadId } });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string };
  };
  const first = await post('Is “spokesman” the house style?', null);

  await signIn(page, 'translator.de@example.com');
  await openLiveWorkbench(page, `/documents/${doc.slug}/de`);
  const row = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  await row.getByRole('button', { name: /^Comments/ }).click();
  const threads = row.getByRole('list', { name: 'Comment threads on paragraph 2' });
  await expect(threads.getByText('Is “spokesman” the house style?')).toBeVisible();
  const reply = row.getByRole('textbox', { name: 'Reply' });
  await reply.fill('Ich schaue nach');

  await post('Yes: Kremlsprecher.', first.id);
  const second = await post('Please also check the dateline.', null);
  await expect(threads.getByText('Yes: Kremlsprecher.')).toBeVisible();
  await expect(threads.getByText('Please also check the dateline.')).toBeVisible();
  await expect(reply.first()).toHaveValue('Ich schaue nach');

  expect((await editor.post(`/api/comment-threads/${second.id}/resolve`)).status()).toBe(200);
  await expect(threads.getByRole('listitem').filter({ hasText: 'Please also check the dateline.' }).getByText(/Resolved by/)).toBeVisible();
  await expect(row.getByRole('button', { name: 'Comments (1 open)' })).toBeVisible();
  expect(await stillTheSamePage(page)).toBe(true);
  await editor.dispose();
});
