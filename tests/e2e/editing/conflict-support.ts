// Two people edit the same paragraph from the same version: "theirs" (the editor, through the
// API) saves first while "mine" is typing in the workbench, whose Save then opens the conflict
// view. Waits for hydration before typing, so that it holds on a slow device too; only one page
// loads, which keeps it quick there.
import type { APIRequestContext, Browser, Locator, Page } from '@playwright/test';
import type { TestDocument } from '../../support/fixtures';
import { DEMO_PASSWORD, expect, signIn } from '../fixtures';
import { expectHydrated } from '../hydration';

/** The interface words the race needs, in the interface language of "mine". */
export type Words = { paragraph: string; save: string; conflict: string };
export const ENGLISH: Words = { paragraph: 'Paragraph 2', save: 'Save', conflict: 'Edit conflict' };

export type Race = { mine: Page; theirs: APIRequestContext; myRow: Locator; conflict: Locator };

export async function raceToSave(
  browser: Browser,
  doc: TestDocument,
  {
    lang,
    base,
    theirs: theirText,
    mine: myText,
    me,
    locale,
    words = ENGLISH,
  }: { lang: string; base: string; theirs: string; mine: string; me: string; locale?: string; words?: Words },
): Promise<Race> {
  const theirs = (await browser.newContext()).request;
  expect((await theirs.post('/api/auth/sign-in/email', { data: { email: 'editor@example.com', password: DEMO_PASSWORD } })).status()).toBe(200);
  const versions = `/api/paragraphs/${doc.paragraphs[1].id}/translations/${lang}/versions`;
  const first = await theirs.post(versions, { data: { text: base, baseVersionId: null } });
  expect(first.status()).toBe(201);

  const mine = await (await browser.newContext(locale ? { locale } : {})).newPage();
  await signIn(mine, me);
  await mine.goto(`/documents/${doc.slug}/${lang}`);
  const myRow = mine.getByRole('region', { name: words.paragraph, exact: true });
  await expect(myRow.getByRole('textbox')).toHaveValue(base);
  await expectHydrated(mine, 'textarea');
  await myRow.getByRole('textbox').fill(myText);

  const second = await theirs.post(versions, { data: { text: theirText, baseVersionId: (await first.json()).versionId } });
  expect(second.status()).toBe(201);

  await myRow.getByRole('button', { name: words.save, exact: true }).click();
  const conflict = myRow.getByRole('group', { name: words.conflict, exact: true });
  await expect(conflict).toBeVisible();
  return { mine, theirs, myRow, conflict };
}

/** The paragraph's current text as the API gives it to anyone. */
export async function currentText(api: APIRequestContext, doc: TestDocument, lang: string): Promise<string | undefined> {
  const response = await api.get(`/api/documents/${doc.slug}?lang=${lang}`);
  expect(response.status()).toBe(200);
  return (await response.json()).paragraphs[1].translation?.text;
}
