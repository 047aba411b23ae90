// People: admins invite with a one-time link, change roles and languages, deactivate and
// reactivate; Redline keeps one active admin. Refused calls change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { getDb } from '../../lib/server/db';
import { acceptInvitation } from '../../lib/server/people/accept-invitation';
import { findInvitation } from '../../lib/server/people/find-invitation';
import { invitePerson } from '../../lib/server/people/invite-person';
import { listPeople } from '../../lib/server/people/list-people';
import { renewInvitation } from '../../lib/server/people/renew-invitation';
import { updatePerson } from '../../lib/server/people/update-person';
import { listTranslationVersions } from '../../lib/server/translations/list-translation-versions';
import { addTranslation, createActor, createDocument, uniqueName } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';
import { errorCodeOf } from '../support/error-code';

let database: TestDatabase;
let admin: Actor;
const ORIGIN = 'https://redline.newsroom.example';
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  ({ database, actors: { admin } } = await openNewsroom({ admin: ['admin'] }));
});
afterAll(() => database.close());


const tokenOf = (inviteUrl: string) => inviteUrl.slice(inviteUrl.lastIndexOf('/') + 1);
const email = () => `${uniqueName('invited')}@test.example`;

async function state(userId: string) {
  const db = getDb();
  return {
    user: await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, role: true, deactivatedAt: true } }),
    accounts: await db.account.count({ where: { userId } }),
    invitations: await db.invitation.findMany({ where: { userId }, select: { usedAt: true, replacedAt: true }, orderBy: { createdAt: 'asc' } }),
  };
}

describe('invitations', () => {
  it('an invited person is listed as invited, sets their password once with the link, and is then active', async () => {
    const address = email();
    const invited = await invitePerson({ person: { email: address, name: 'Anna Schmidt', role: 'translator', languages: ['de', 'fr'] }, origin: ORIGIN, actor: admin });
    expect(invited.inviteUrl).toMatch(new RegExp(`^${ORIGIN}/invite/[A-Za-z0-9_-]{43}$`));
    const listed = (await listPeople({ actor: admin })).find((p) => p.id === invited.id)!;
    expect(listed).toMatchObject({ email: address, name: 'Anna Schmidt', role: 'translator', languages: ['de', 'fr'], status: 'invited', lastSignInAt: null });
    expect(new Date(listed.invitationExpiresAt!).getTime() - Date.now()).toBeGreaterThan(7 * DAY - 60_000);
    // Only the hash is stored.
    const stored = await getDb().invitation.findFirstOrThrow({ where: { userId: invited.id } });
    expect(stored.tokenHash).not.toContain(tokenOf(invited.inviteUrl));

    const token = tokenOf(invited.inviteUrl);
    expect(await findInvitation({ token })).toMatchObject({ state: 'valid', email: address, name: 'Anna Schmidt' });
    expect(await acceptInvitation({ token, name: ' Anna  Schmidt-Weber ', password: 'a long passphrase' })).toEqual({ email: address });
    expect((await listPeople({ actor: admin })).find((p) => p.id === invited.id)).toMatchObject({ status: 'active', name: 'Anna Schmidt-Weber', invitationExpiresAt: null });
    const account = await getDb().account.findFirstOrThrow({ where: { userId: invited.id } });
    expect(account).toMatchObject({ providerId: 'credential', accountId: invited.id });
    expect(account.password).not.toContain('a long passphrase');

    // Used twice: refused, nothing changes.
    const before = await state(invited.id);
    expect(await findInvitation({ token })).toMatchObject({ state: 'used' });
    expect(await errorCodeOf(acceptInvitation({ token, name: 'Mallory', password: 'another password' }))).toBe('conflict');
    expect(await state(invited.id)).toEqual(before);
  });

  it('an expired link changes nothing', async () => {
    const invited = await invitePerson({ person: { email: email(), name: 'Late', role: 'editor', languages: [] }, origin: ORIGIN, actor: admin });
    const token = tokenOf(invited.inviteUrl);
    const later = new Date(Date.now() + 7 * DAY + 60_000);
    expect(await findInvitation({ token, now: later })).toMatchObject({ state: 'expired' });
    const before = await state(invited.id);
    expect(await errorCodeOf(acceptInvitation({ token, name: 'Late', password: 'a long passphrase', now: later }))).toBe('conflict');
    expect(await state(invited.id)).toEqual(before);
    expect(before.accounts).toBe(0);
  });

  it('a new link replaces the old one, which then changes nothing', async () => {
    const invited = await invitePerson({ person: { email: email(), name: 'Lost Link', role: 'translator', languages: ['uk'] }, origin: ORIGIN, actor: admin });
    const renewed = await renewInvitation({ userId: invited.id, origin: ORIGIN, actor: admin });
    expect(renewed.inviteUrl).not.toBe(invited.inviteUrl);
    const old = tokenOf(invited.inviteUrl);
    expect(await findInvitation({ token: old })).toMatchObject({ state: 'replaced' });
    const before = await state(invited.id);
    expect(await errorCodeOf(acceptInvitation({ token: old, name: 'Lost Link', password: 'a long passphrase' }))).toBe('not_found');
    expect(await state(invited.id)).toEqual(before);

    await acceptInvitation({ token: tokenOf(renewed.inviteUrl), name: 'Found Link', password: 'a long passphrase' });
    expect((await state(invited.id)).accounts).toBe(1);
    // Once the password is set there is nothing to renew.
    expect(await errorCodeOf(renewInvitation({ userId: invited.id, origin: ORIGIN, actor: admin }))).toBe('conflict');
  });

  it('an unknown link, and a deactivated person’s link, change nothing', async () => {
    expect(await findInvitation({ token: 'A'.repeat(43) })).toEqual({ state: 'unknown' });
    expect(await errorCodeOf(acceptInvitation({ token: 'A'.repeat(43), name: 'X', password: 'a long passphrase' }))).toBe('not_found');
    const invited = await invitePerson({ person: { email: email(), name: 'Gone', role: 'translator', languages: [] }, origin: ORIGIN, actor: admin });
    await updatePerson({ userId: invited.id, changes: { active: false }, actor: admin });
    const before = await state(invited.id);
    expect(await errorCodeOf(acceptInvitation({ token: tokenOf(invited.inviteUrl), name: 'Gone', password: 'a long passphrase' }))).toBe('forbidden');
    expect(await state(invited.id)).toEqual(before);
    expect(await errorCodeOf(renewInvitation({ userId: invited.id, origin: ORIGIN, actor: admin }))).toBe('conflict');
  });

  it('two uses of one link at once set one password', async () => {
    const invited = await invitePerson({ person: { email: email(), name: 'Twice', role: 'translator', languages: [] }, origin: ORIGIN, actor: admin });
    const token = tokenOf(invited.inviteUrl);
    const outcomes = await Promise.all([1, 2].map((n) => errorCodeOf(acceptInvitation({ token, name: `Twice ${n}`, password: `a long passphrase ${n}` }))));
    expect(outcomes.sort()).toEqual(['conflict', 'ok']);
    expect((await state(invited.id)).accounts).toBe(1);
  });

  it('bad input is refused and changes nothing', async () => {
    const count = () => getDb().user.count();
    const before = await count();
    const base = { email: email(), name: 'Someone', role: 'translator', languages: ['de'] };
    expect(await errorCodeOf(invitePerson({ person: { ...base, email: 'not an address' }, origin: ORIGIN, actor: admin }))).toBe('invalid_input');
    expect(await errorCodeOf(invitePerson({ person: { ...base, name: '  ' }, origin: ORIGIN, actor: admin }))).toBe('invalid_input');
    expect(await errorCodeOf(invitePerson({ person: { ...base, role: 'owner' }, origin: ORIGIN, actor: admin }))).toBe('invalid_input');
    expect(await errorCodeOf(invitePerson({ person: { ...base, languages: ['xx'] }, origin: ORIGIN, actor: admin }))).toBe('invalid_input');
    expect(await count()).toBe(before);
    await invitePerson({ person: base, origin: ORIGIN, actor: admin });
    expect(await errorCodeOf(invitePerson({ person: { ...base, email: base.email.toUpperCase() }, origin: ORIGIN, actor: admin }))).toBe('conflict');
    expect(await count()).toBe(before + 1);
    const { id } = await getDb().user.findUniqueOrThrow({ where: { email: base.email } });
    const token = tokenOf((await renewInvitation({ userId: id, origin: ORIGIN, actor: admin })).inviteUrl);
    expect(await errorCodeOf(acceptInvitation({ token, name: 'Someone', password: 'short' }))).toBe('invalid_input');
    expect((await state(id)).accounts).toBe(0);
  });
});

describe('changing people', () => {
  it('changes role and languages; a deactivated person’s history keeps their name', async () => {
    const translator = await createActor(database.db, 'translator', ['de']);
    const doc = await createDocument(database.db, { paragraphs: ['Text.'], languages: ['de'] });
    await addTranslation(database.db, doc.paragraphs[0], 'de', 'Text.', translator.id);
    const changed = await updatePerson({ userId: translator.id, changes: { role: 'editor', languages: ['fr'] }, actor: admin });
    expect(changed).toMatchObject({ role: 'editor', languages: ['fr'] });
    const deactivated = await updatePerson({ userId: translator.id, changes: { active: false }, actor: admin });
    expect(deactivated.status).toBe('deactivated');
    const versions = await listTranslationVersions({ paragraphId: doc.paragraphs[0].id, lang: 'de', actor: admin });
    expect(JSON.stringify(versions)).toContain(translator.name);
    expect((await updatePerson({ userId: translator.id, changes: { active: true }, actor: admin })).status).not.toBe('deactivated');
    expect(await errorCodeOf(updatePerson({ userId: 'no-such-person', changes: { role: 'editor' }, actor: admin }))).toBe('not_found');
  });

  it('the last active admin can neither demote nor deactivate themselves; with a second admin they can', async () => {
    // Alone: every other admin of this database is made a reader first.
    const db = getDb();
    const first = await createActor(database.db, 'admin');
    await db.user.updateMany({ where: { role: 'admin', id: { not: first.id } }, data: { role: 'reader' } });
    try {
      const before = await state(first.id);
      expect(await errorCodeOf(updatePerson({ userId: first.id, changes: { role: 'editor' }, actor: first }))).toBe('conflict');
      expect(await errorCodeOf(updatePerson({ userId: first.id, changes: { active: false }, actor: first }))).toBe('conflict');
      expect(await state(first.id)).toEqual(before);
      // Languages of the last admin may change.
      expect(await errorCodeOf(updatePerson({ userId: first.id, changes: { languages: ['de'] }, actor: first }))).toBe('ok');

      // A deactivated admin does not count.
      const dormant = await createActor(database.db, 'admin');
      await db.user.update({ where: { id: dormant.id }, data: { deactivatedAt: new Date() } });
      expect(await errorCodeOf(updatePerson({ userId: first.id, changes: { role: 'editor' }, actor: first }))).toBe('conflict');

      const second = await createActor(database.db, 'admin');
      expect(await errorCodeOf(updatePerson({ userId: first.id, changes: { role: 'editor' }, actor: first }))).toBe('ok');
      // Now the second is the last one.
      expect(await errorCodeOf(updatePerson({ userId: second.id, changes: { active: false }, actor: second }))).toBe('conflict');
    } finally {
      await db.user.update({ where: { id: admin.id }, data: { role: 'admin' } });
    }
  });

  it('two admins demoting each other at once leave one admin', async () => {
    const db = getDb();
    const a = await createActor(database.db, 'admin');
    const b = await createActor(database.db, 'admin');
    await db.user.updateMany({ where: { role: 'admin', id: { notIn: [a.id, b.id] } }, data: { role: 'reader' } });
    try {
      const outcomes = await Promise.all([
        errorCodeOf(updatePerson({ userId: a.id, changes: { role: 'editor' }, actor: b })),
        errorCodeOf(updatePerson({ userId: b.id, changes: { active: false }, actor: a })),
      ]);
      expect(outcomes.sort()).toEqual(['conflict', 'ok']);
      expect(await db.user.count({ where: { role: 'admin', deactivatedAt: null } })).toBe(1);
    } finally {
      await db.user.update({ where: { id: admin.id }, data: { role: 'admin' } });
    }
  });
});
