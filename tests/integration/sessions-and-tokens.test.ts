// Who a request is: a session cookie that still exists (signing out, a deactivation or a
// password change end it at once, although its signed session-data part is trusted by
// better-auth for a minute), or an API token, which acts as its person with their current role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { getDb } from '../../lib/server/db';
import { createPerson } from '../../lib/server/people/create-person';
import { updatePerson } from '../../lib/server/people/update-person';
import { actorFromHeaders } from '../../lib/server/session';
import { actorForApiToken, LAST_USE_RESOLUTION_MS } from '../../lib/server/tokens/actor-for-api-token';
import { createApiToken } from '../../lib/server/tokens/create-api-token';
import { revokeApiToken } from '../../lib/server/tokens/revoke-api-token';
import { authPost, signInCookie, useTestAuthSecret } from '../support/auth-requests';
import { createActor, ensureLanguages, uniqueName } from '../support/fixtures';
import { openTestDatabase } from './test-database';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let admin: Actor;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  useTestAuthSecret();
  database = await openTestDatabase();
  await ensureLanguages(database.db);
  admin = await createActor(database.db, 'admin');
});
afterAll(() => database.close());

async function person(role: 'translator' | 'editor' = 'translator', languages = ['de']) {
  const email = `${uniqueName('person')}@test.example`;
  const { id } = await createPerson(getDb(), { email, name: 'Test Person', role, languages }, { password: PASSWORD });
  return { id, email };
}

const withCookie = (cookie: string) => new Headers({ cookie });
const withBearer = (token: string, cookie?: string) => new Headers({ authorization: `Bearer ${token}`, ...(cookie ? { cookie } : {}) });

describe('sessions', () => {
  it('sign-out ends the session at once, with the signed session-data cookie still fresh', async () => {
    const { id, email } = await person();
    const cookie = await signInCookie(email, PASSWORD);
    expect(cookie).toMatch(/session_data=/);
    expect((await actorFromHeaders(withCookie(cookie)))?.id).toBe(id);

    expect((await authPost('/sign-out', {}, cookie)).status).toBe(200);
    expect(await actorFromHeaders(withCookie(cookie))).toBeNull();
  });

  it('deactivation ends every session at once and refuses sign-in with a message that says so; reactivation allows it again', async () => {
    const { id, email } = await person();
    const first = await signInCookie(email, PASSWORD);
    const second = await signInCookie(email, PASSWORD);
    await updatePerson({ userId: id, changes: { active: false }, actor: admin });
    expect(await actorFromHeaders(withCookie(first))).toBeNull();
    expect(await actorFromHeaders(withCookie(second))).toBeNull();
    expect(await getDb().session.count({ where: { userId: id } })).toBe(0);

    const refused = await authPost('/sign-in/email', { email, password: PASSWORD });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'ACCOUNT_DEACTIVATED', message: expect.stringMatching(/deactivated/) });
    expect(await getDb().session.count({ where: { userId: id } })).toBe(0);
    // A wrong password still hears only that it is wrong: the state of an account is for its owner.
    expect((await authPost('/sign-in/email', { email, password: 'wrong password' })).status).toBe(401);

    await updatePerson({ userId: id, changes: { active: true }, actor: admin });
    expect((await actorFromHeaders(withCookie(await signInCookie(email, PASSWORD))))?.id).toBe(id);
  });

  it('a session of a person deactivated by a direct database change is refused too (the check reads the person)', async () => {
    const { id, email } = await person();
    const cookie = await signInCookie(email, PASSWORD);
    await getDb().user.update({ where: { id }, data: { deactivatedAt: new Date() } });
    expect(await actorFromHeaders(withCookie(cookie))).toBeNull();
  });

  it('a password change that revokes the other sessions ends them at once', async () => {
    const { id, email } = await person();
    const laptop = await signInCookie(email, PASSWORD);
    const phone = await signInCookie(email, PASSWORD);
    const changed = await authPost('/change-password', { currentPassword: PASSWORD, newPassword: 'another long password', revokeOtherSessions: true }, phone);
    expect(changed.status).toBe(200);
    expect(await actorFromHeaders(withCookie(laptop))).toBeNull();
    expect(await getDb().session.count({ where: { userId: id } })).toBe(1);
  });

  it('signing in records the time, for the admins’ list', async () => {
    const { id, email } = await person();
    const before = Date.now();
    await signInCookie(email, PASSWORD);
    const { lastSignInAt } = await getDb().user.findUniqueOrThrow({ where: { id }, select: { lastSignInAt: true } });
    expect(lastSignInAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe('API tokens', () => {
  it('act as their person with the role they have now', async () => {
    const { id } = await person('translator', ['de']);
    const actor = (await actorFromHeaders(withBearer((await createApiToken({ name: 'CMS', actor: { id, name: '', email: '', role: 'translator', languages: ['de'] } })).token)))!;
    expect(actor).toMatchObject({ id, role: 'translator', languages: ['de'] });
    const { token } = await createApiToken({ name: 'second', actor });
    await updatePerson({ userId: id, changes: { role: 'editor', languages: ['fr', 'uk'] }, actor: admin });
    expect(await actorFromHeaders(withBearer(token))).toMatchObject({ id, role: 'editor', languages: ['fr', 'uk'] });
  });

  it('are stored as a SHA-256 hash only', async () => {
    const { id } = await person();
    const { token, id: tokenId } = await createApiToken({ name: 'CMS', actor: { id, name: '', email: '', role: 'translator', languages: [] } });
    expect(token).toMatch(/^rl_[A-Za-z0-9_-]{43}$/);
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(JSON.stringify(row)).not.toContain(token.slice(3));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a revoked, unknown or malformed token is no one, even with a valid session cookie beside it', async () => {
    const { id, email } = await person();
    const cookie = await signInCookie(email, PASSWORD);
    const self = (await actorFromHeaders(withCookie(cookie)))!;
    const { token, id: tokenId } = await createApiToken({ name: 'CMS', actor: self });
    expect((await actorFromHeaders(withBearer(token, cookie)))?.id).toBe(id);

    await revokeApiToken({ tokenId, actor: self });
    expect(await actorFromHeaders(withBearer(token))).toBeNull();
    expect(await actorFromHeaders(withBearer(token, cookie))).toBeNull();
    expect(await actorFromHeaders(withBearer(`rl_${'x'.repeat(43)}`, cookie))).toBeNull();
    expect(await actorFromHeaders(new Headers({ authorization: 'Bearer nonsense', cookie }))).toBeNull();
    expect(await actorFromHeaders(new Headers({ authorization: 'Bearer', cookie }))).toBeNull();
    // Another scheme is not Redline's (a proxy's Basic authentication): the cookie counts.
    expect((await actorFromHeaders(new Headers({ authorization: 'Basic dXNlcjpwYXNz', cookie })))?.id).toBe(id);
  });

  it('a request with a cookie and a token is the token’s person', async () => {
    const { email } = await person('editor', []);
    const cookie = await signInCookie(email, PASSWORD);
    const other = await person('translator', ['fr']);
    const { token } = await createApiToken({ name: 'CMS', actor: { id: other.id, name: '', email: other.email, role: 'translator', languages: ['fr'] } });
    expect(await actorFromHeaders(withBearer(token, cookie))).toMatchObject({ id: other.id, role: 'translator' });
  });

  it('stop working while their person is deactivated', async () => {
    const { id } = await person();
    const { token } = await createApiToken({ name: 'CMS', actor: { id, name: '', email: '', role: 'translator', languages: [] } });
    await updatePerson({ userId: id, changes: { active: false }, actor: admin });
    expect(await actorFromHeaders(withBearer(token))).toBeNull();
    await updatePerson({ userId: id, changes: { active: true }, actor: admin });
    expect((await actorFromHeaders(withBearer(token)))?.id).toBe(id);
  });

  it('record their last use at most once a minute', async () => {
    const { id } = await person();
    const { token, id: tokenId } = await createApiToken({ name: 'CMS', actor: { id, name: '', email: '', role: 'translator', languages: [] } });
    const lastUsed = async () => (await getDb().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt?.getTime() ?? null;
    expect(await lastUsed()).toBeNull();
    const t0 = new Date('2030-01-01T10:00:00Z');
    await actorForApiToken(token, t0);
    expect(await lastUsed()).toBe(t0.getTime());
    // Many calls within the minute: no write.
    for (const seconds of [1, 20, 59]) await actorForApiToken(token, new Date(t0.getTime() + seconds * 1000));
    expect(await lastUsed()).toBe(t0.getTime());
    const later = new Date(t0.getTime() + LAST_USE_RESOLUTION_MS + 1000);
    await actorForApiToken(token, later);
    expect(await lastUsed()).toBe(later.getTime());
  });
});
