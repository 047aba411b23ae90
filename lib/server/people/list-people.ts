import 'server-only';
// Everyone with an account, for the admins' page and GET /api/users.
import type { Person } from '../../api/people';
import type { Actor } from '../../roles';
import { requireUserManager } from '../access';
import { getDb } from '../db';
import { personSelect, toPerson } from './person-json';

export async function listPeople({ actor }: { actor: Actor }): Promise<Person[]> {
  requireUserManager(actor);
  const rows = await getDb().user.findMany({ select: personSelect, orderBy: [{ name: 'asc' }, { email: 'asc' }] });
  return rows.map(toPerson);
}
