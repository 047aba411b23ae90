import 'server-only';
// Adds a person: with an invitation link (the admins' page, the API, `npm run user:create`) or,
// for the command line only, with a password read from standard input.
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { AppError } from '../../app-error';
import type { Role } from '../../roles';
import type { Db } from '../db';
import { writeTransaction } from '../write-transaction';
import { issueInvitation } from './invitation-link';
import { checkLanguages, checkPassword, checkRole, cleanEmail, cleanName } from './person-input';
import { isUniqueViolation } from '../unique-violation';

export type NewPerson = { email: string; name: string; role: Role | string; languages: readonly string[] };

export async function createPerson(
  db: Db,
  person: NewPerson,
  how: { invitedById: string | null } | { password: string },
): Promise<{ id: string; email: string; invitation: { token: string; expiresAt: Date } | null }> {
  const email = cleanEmail(person.email);
  const name = cleanName(person.name);
  const role = checkRole(person.role);
  if ('password' in how) checkPassword(how.password);
  const password = 'password' in how ? await hashPassword(how.password) : null;
  const id = randomUUID();
  try {
    return await writeTransaction(db, async (tx) => {
      const languages = await checkLanguages(tx, person.languages);
      await tx.user.create({
        data: {
          id,
          email,
          name,
          role,
          // Whoever has the link (or the password) was given it for this address by an admin.
          emailVerified: true,
          languages: { create: languages.map((languageCode) => ({ languageCode })) },
          ...(password ? { accounts: { create: { id: randomUUID(), accountId: id, providerId: 'credential', password } } } : {}),
        },
      });
      const invitation = 'invitedById' in how ? await issueInvitation(tx, { userId: id, createdById: how.invitedById }) : null;
      return { id, email, invitation };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', { message: `Someone has the email ${email} already.` });
    }
    throw error;
  }
}
