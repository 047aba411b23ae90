import 'server-only';
// A person as the admins' list shows them: status derived from their row (deactivated), their
// password (active once they set one) and their newest invitation link.
import type { Person } from '../../api/people';
import { isRole } from '../../roles';

export const personSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  createdAt: true,
  deactivatedAt: true,
  lastSignInAt: true,
  languages: { select: { languageCode: true }, orderBy: { languageCode: 'asc' } },
  accounts: { where: { providerId: 'credential' }, select: { id: true }, take: 1 },
  invitations: { where: { usedAt: null, replacedAt: null }, select: { expiresAt: true }, orderBy: { createdAt: 'desc' }, take: 1 },
} as const;

type PersonRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: Date;
  deactivatedAt: Date | null;
  lastSignInAt: Date | null;
  languages: Array<{ languageCode: string }>;
  accounts: Array<{ id: string }>;
  invitations: Array<{ expiresAt: Date }>;
};

export function toPerson(row: PersonRow): Person {
  const hasPassword = row.accounts.length > 0;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : 'reader',
    languages: row.languages.map((language) => language.languageCode),
    status: row.deactivatedAt ? 'deactivated' : hasPassword ? 'active' : 'invited',
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    invitationExpiresAt: !hasPassword && row.invitations[0] ? row.invitations[0].expiresAt.toISOString() : null,
  };
}
