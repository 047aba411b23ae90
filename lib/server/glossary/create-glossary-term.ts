import 'server-only';
// Adds a term to the glossary of one language pair. Editors and admins only.
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { requireGlossaryEditor } from '../access';
import { getDb } from '../db';
import { cleanGlossaryTerm, duplicateTerm, type GlossaryTermInput } from './glossary-term-input';
import type { GlossaryTermJson } from './list-glossary-terms';
import { isUniqueViolation } from '../unique-violation';

export async function createGlossaryTerm({
  targetLang,
  term,
  actor,
}: {
  targetLang: string;
  term: GlossaryTermInput;
  actor: Actor;
}): Promise<GlossaryTermJson> {
  requireGlossaryEditor(actor);
  const clean = cleanGlossaryTerm(term);
  const db = getDb();
  if (!(await db.language.findUnique({ where: { code: targetLang }, select: { code: true } }))) {
    throw new AppError('not_found', { message: `There is no language "${targetLang}".` });
  }
  const existing = await db.glossaryTerm.findMany({ where: { sourceLang: 'en', targetLang }, select: { source: true } });
  if (existing.some((row) => row.source.toLowerCase() === clean.source.toLowerCase())) throw duplicateTerm(clean.source, targetLang);
  try {
    return await db.glossaryTerm.create({
      data: { sourceLang: 'en', targetLang, ...clean },
      select: { id: true, sourceLang: true, targetLang: true, source: true, target: true, note: true, doNotTranslate: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateTerm(clean.source, targetLang);
    throw error;
  }
}
