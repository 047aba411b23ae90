import 'server-only';
// The rows the per-request checks read (a session or an API token joined with its person and
// their languages) turned into an Actor.
import { isRole, type Actor } from '../roles';

export type ActorRow = { id: string; name: string; email: string; role: string; languageCode: string | null };

/** An Actor from rows of one person, one row per language (a null language when they have none). */
export function actorFromRows(rows: ActorRow[]): Actor {
  const [user] = rows;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: isRole(user.role) ? user.role : 'reader',
    languages: rows.flatMap((row) => (row.languageCode ? [row.languageCode] : [])),
  };
}
