import 'server-only';
// An admin changes a person's role or languages, or deactivates or reactivates them.
// Deactivating ends their sessions at once (the rows go, and every request checks the person is
// active: lib/server/session.ts); what they wrote and decided keeps their name. Redline always
// keeps one active admin, so that someone can still manage people.
import { AppError } from '../../app-error';
import type { Person } from '../../api/people';
import type { Actor, Role } from '../../roles';
import { requireUserManager } from '../access';
import { dbProvider, getDb, type Tx } from '../db';
import { writeTransaction } from '../write-transaction';
import { checkLanguages, checkRole } from './person-input';
import { personSelect, toPerson } from './person-json';

export type PersonChanges = { role?: Role | string; languages?: readonly string[]; active?: boolean };

export async function updatePerson({ userId, changes, actor, now = new Date() }: { userId: string; changes: PersonChanges; actor: Actor; now?: Date }): Promise<Person> {
  requireUserManager(actor);
  const role = changes.role === undefined ? undefined : checkRole(changes.role);
  return writeTransaction(getDb(), async (tx) => {
    const person = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true, deactivatedAt: true } });
    if (!person) throw new AppError('not_found', { message: 'There is no such person.' });
    const languages = changes.languages === undefined ? undefined : await checkLanguages(tx, changes.languages);
    const isActiveAdmin = person.role === 'admin' && person.deactivatedAt === null;
    const losesAdmin = (role !== undefined && role !== 'admin') || changes.active === false;
    if (isActiveAdmin && losesAdmin) {
      const others = (await lockActiveAdmins(tx)).filter((id) => id !== userId);
      if (others.length === 0) {
        const who = userId === actor.id ? 'You are' : `${person.email} is`;
        throw new AppError('conflict', { message: `${who} the last active admin: make someone else an admin first.` });
      }
    }
    const deactivatedAt = changes.active === false ? (person.deactivatedAt ?? now) : changes.active === true ? null : undefined;
    await tx.user.update({ where: { id: userId }, data: { role, deactivatedAt } });
    if (languages !== undefined) {
      await tx.userLanguage.deleteMany({ where: { userId } });
      if (languages.length) await tx.userLanguage.createMany({ data: languages.map((languageCode) => ({ userId, languageCode })) });
    }
    if (changes.active === false) await tx.session.deleteMany({ where: { userId } });
    return toPerson(await tx.user.findUniqueOrThrow({ where: { id: userId }, select: personSelect }));
  });
}

/**
 * The active admins, locked on PostgreSQL until the transaction ends: two admins demoting each
 * other at once would otherwise each see the other still an admin, and both succeed. SQLite has
 * one writer at a time, and a transaction whose reads went stale runs again (writeTransaction).
 */
async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows =
    dbProvider() === 'postgresql'
      ? await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "user" WHERE "role" = 'admin' AND "deactivatedAt" IS NULL FOR UPDATE`
      : await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "user" WHERE "role" = 'admin' AND "deactivatedAt" IS NULL`;
  return rows.map((row) => row.id);
}
