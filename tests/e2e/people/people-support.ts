// Helpers of the people and token tests: an API client signed in as someone, and a new person
// made through the API as an admin would, with their password set through their invitation.
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test';
import { DEMO_PASSWORD, expect } from '../fixtures';

export async function apiAs(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, email: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const api = await playwright.request.newContext({ baseURL });
  expect((await api.post('/api/auth/sign-in/email', { data: { email, password } })).status(), `sign-in as ${email}`).toBe(200);
  return api;
}

export type NewPerson = { id: string; email: string; name: string; password: string };

export async function personWithPassword(admin: APIRequestContext, role: string, languages: string[]): Promise<NewPerson> {
  const suffix = randomUUID().slice(0, 8);
  const person = { email: `${role}-${suffix}@newsroom.example`, name: `Erika ${suffix}`, password: `passphrase ${suffix}` };
  const invited = await admin.post('/api/users', { data: { email: person.email, name: person.name, role, languages } });
  expect(invited.status(), await invited.text()).toBe(201);
  const { id, inviteUrl } = await invited.json();
  const token = new URL(inviteUrl).pathname.split('/').pop();
  const accepted = await admin.post(`/api/invitations/${token}`, { data: { name: person.name, password: person.password } });
  expect(accepted.status(), await accepted.text()).toBe(200);
  return { id, ...person };
}
