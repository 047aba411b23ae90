// The people, invitation and tokens pages pass axe's WCAG 2.1 A and AA rules, with the one-time
// secrets on screen.
import { randomUUID } from 'node:crypto';
import { expectAccessible } from '../expect-accessible';
import { expect, signIn, test } from '../fixtures';
import { apiAs } from './people-support';

test('people page with an invitation link shown', async ({ page }) => {
  await signIn(page, 'admin@example.com');
  await page.goto('/admin/users');
  const form = page.getByRole('form', { name: 'Invite a person' });
  await form.getByLabel('Email').fill(`a11y.${randomUUID().slice(0, 8)}@newsroom.example`);
  await form.getByLabel('Name').fill('Ada Access');
  await form.getByRole('button', { name: 'Invite' }).click();
  const link = page.getByRole('textbox', { name: 'Invitation link' });
  await expect(link).toHaveValue(/\/invite\//);
  await expectAccessible(page, 'people');
});

test('invitation page', async ({ page, playwright, baseURL }) => {
  const admin = await apiAs(playwright, baseURL!, 'admin@example.com');
  const invited = await admin.post('/api/users', { data: { email: `a11y.${randomUUID().slice(0, 8)}@newsroom.example`, name: 'Ada Access', role: 'translator', languages: ['de'] } });
  expect(invited.status()).toBe(201);
  await page.goto(new URL((await invited.json()).inviteUrl).pathname);
  await expect(page.getByRole('button', { name: 'Set password' })).toBeVisible();
  await expectAccessible(page, 'invitation');
  await admin.dispose();
});

test('tokens page with a new token shown', async ({ page }) => {
  await signIn(page, 'editor@example.com');
  await page.goto('/settings/tokens');
  await page.getByLabel('Token name').fill(`a11y ${randomUUID().slice(0, 8)}`);
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByRole('textbox', { name: 'New token' })).toHaveValue(/^rl_/);
  await expectAccessible(page, 'tokens');
});

test('a non-admin on the people page is told it is for admins', async ({ page }) => {
  await signIn(page, 'editor@example.com');
  await page.goto('/admin/users');
  await expect(page.getByText('Only admins manage people.')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Invite a person' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
});
