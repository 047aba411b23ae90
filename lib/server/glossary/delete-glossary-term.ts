import 'server-only';
// Removes a glossary term. Editors and admins only.
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { requireGlossaryEditor } from '../access';
import { getDb } from '../db';

export async function deleteGlossaryTerm({ id, actor }: { id: string; actor: Actor }) {
  requireGlossaryEditor(actor);
  const { count } = await getDb().glossaryTerm.deleteMany({ where: { id } });
  if (count === 0) throw new AppError('not_found', { message: `There is no glossary term ${id}.` });
}
