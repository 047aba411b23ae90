import 'server-only';
// Changes a glossary term. Editors and admins only.
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { requireGlossaryEditor } from '../access';
import { getDb } from '../db';
import { cleanGlossaryTerm, duplicateTerm, type GlossaryTermInput } from './glossary-term-input';
import type { GlossaryTermJson } from './list-glossary-terms';

export async function updateGlossaryTerm({ id, term, actor }: { id: string; term: GlossaryTermInput; actor: Actor }): Promise<GlossaryTermJson> {
  requireGlossaryEditor(actor);
  const clean = cleanGlossaryTerm(term);
  const db = getDb();
  const current = await db.glossaryTerm.findUnique({ where: { id } });
  if (!current) throw new AppError('not_found', { message: `There is no glossary term ${id}.` });
  const clash = await db.glossaryTerm.findMany({
    where: { sourceLang: current.sourceLang, targetLang: current.targetLang, NOT: { id } },
    select: { source: true },
  });
  if (clash.some((row) => row.source.toLowerCase() === clean.source.toLowerCase())) throw duplicateTerm(clean.source, current.targetLang);
  return db.glossaryTerm.update({
    where: { id },
    data: clean,
    select: { id: true, sourceLang: true, targetLang: true, source: true, target: true, note: true, doNotTranslate: true },
  });
}
