import { expect, signIn, test } from '../fixtures';

test('versions: a revert names the version it restores; the API refuses a malformed or foreign one', async ({ page, story }) => {
  const doc = await story(['Headline', 'Body.'], ['de']);
  await signIn(page, 'translator.de@example.com');
  const url = `/api/paragraphs/${doc.paragraphs[1].id}/translations/de/versions`;
  const first = await (await page.request.post(url, { data: { text: 'Erster Text.', baseVersionId: null } })).json();
  const second = await (await page.request.post(url, { data: { text: 'Zweiter Text.', baseVersionId: first.versionId } })).json();
  expect(second.revertOfVersionId).toBeNull();

  for (const revertOfVersionId of [42, '', 'x'.repeat(65), null]) {
    const bad = await page.request.post(url, { data: { text: 'Erster Text.', baseVersionId: second.versionId, revertOfVersionId } });
    expect(bad.status(), JSON.stringify(revertOfVersionId)).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid_input' });
  }
  const foreign = await page.request.post(url, { data: { text: 'Erster Text.', baseVersionId: second.versionId, revertOfVersionId: doc.paragraphs[0].id } });
  expect(foreign.status()).toBe(400);

  const revert = await page.request.post(url, { data: { text: 'Erster Text.', baseVersionId: second.versionId, revertOfVersionId: first.versionId } });
  expect(revert.status()).toBe(201);
  expect(await revert.json()).toMatchObject({ number: 3, revertOfVersionId: first.versionId });
  const versions = await (await page.request.get(url)).json();
  expect(versions.map((version: { revertOfVersionId: string | null }) => version.revertOfVersionId)).toEqual([first.versionId, null, null]);
});
