// Every form whose work the page's scripts do (ScriptedForm) offers its controls only once React
// has the page: on a slow device a choice or text entered before then showed in the page but not
// in what the form sent (a format picked was previewed as plain text), and Enter submitted the
// form natively, as a GET carrying its fields (an invitee's password) in the address. Each page
// is loaded with its scripts held back, checked, then let go: the same control is then usable and
// keeps what is typed.
import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expect, signIn, test } from '../fixtures';
import { holdScripts } from '../hydration';
import { apiAs } from '../people/people-support';

type Form = { page: string; as: string; control: { role: 'textbox'; name: string }; submit: string };

async function expectWaitingThenUsable(page: Page, url: string, form: Omit<Form, 'page' | 'as'>) {
  const release = await holdScripts(page);
  await page.goto(url, { waitUntil: 'commit' });
  const control = page.getByRole(form.control.role, { name: form.control.name, exact: true });
  const submit = page.getByRole('button', { name: form.submit, exact: true });
  await expect(control).toBeVisible();
  await expect(control).toBeDisabled();
  await expect(submit).toBeDisabled();

  release();
  await expect(control).toBeEnabled({ timeout: 30_000 });
  await expect(submit).toBeEnabled();
  await control.fill('Typed once the page is interactive');
  await expect(control).toHaveValue('Typed once the page is interactive');
  expect(new URL(page.url()).search, 'nothing was submitted natively').toBe('');
}

test('the forms of the glossary, the memory, people, webhooks, tokens and a story wait for the page to be interactive', async ({ page, story }) => {
  const doc = await story(['Headline', 'Body.'], ['de']);
  const forms: Form[] = [
    { page: `/documents/${doc.slug}/de/source`, as: 'editor@example.com', control: { role: 'textbox', name: 'New text' }, submit: 'Preview' },
    { page: '/glossary', as: 'editor@example.com', control: { role: 'textbox', name: 'English term' }, submit: 'Add term' },
    { page: '/admin/users', as: 'admin@example.com', control: { role: 'textbox', name: 'Email' }, submit: 'Invite' },
    { page: '/admin/webhooks', as: 'admin@example.com', control: { role: 'textbox', name: 'URL' }, submit: 'Add webhook' },
    { page: '/settings/tokens', as: 'translator.de@example.com', control: { role: 'textbox', name: 'Token name' }, submit: 'Create token' },
  ];
  for (const form of forms) {
    await test.step(form.page, async () => {
      await page.context().clearCookies();
      await signIn(page, form.as);
      await expectWaitingThenUsable(page, form.page, form);
      await page.unrouteAll();
    });
  }
});

test('an invitee cannot send the password form before the page is interactive, so the password never goes into the address', async ({ page, playwright, baseURL }) => {
  const admin = await apiAs(playwright, baseURL!, 'admin@example.com');
  const invited = await admin.post('/api/users', { data: { email: `slow.${randomUUID().slice(0, 8)}@newsroom.example`, name: 'Sam Slow', role: 'reader', languages: [] } });
  expect(invited.status()).toBe(201);
  const { inviteUrl } = await invited.json();
  await expectWaitingThenUsable(page, new URL(inviteUrl).pathname, { control: { role: 'textbox', name: 'Name' }, submit: 'Set password' });
  await admin.dispose();
});

test('the people list’s buttons wait for the page to be interactive: a Deactivate pressed before then did nothing', async ({ page }) => {
  await signIn(page, 'admin@example.com');
  const release = await holdScripts(page);
  await page.goto('/admin/users', { waitUntil: 'commit' });
  const change = page.getByRole('button', { name: /^Change / }).first();
  const deactivate = page.getByRole('button', { name: /^Deactivate / }).first();
  await expect(change).toBeVisible();
  await expect(change).toBeDisabled();
  await expect(deactivate).toBeDisabled();

  release();
  await expect(change).toBeEnabled({ timeout: 30_000 });
  await expect(deactivate).toBeEnabled();
});
