import 'server-only';
// The glossary for one target language (or all), as plain objects. Anyone signed in reads it.
import type { GlossaryTerm } from '../../api/glossary';
import type { Actor } from '../../roles';
import { getDb, type Db, type Tx } from '../db';

/** A term as the API sends it (lib/api/glossary.ts). */
export type GlossaryTermJson = GlossaryTerm;

const select = { id: true, sourceLang: true, targetLang: true, source: true, target: true, note: true, doNotTranslate: true } as const;

export async function listGlossaryTerms({ targetLang }: { targetLang?: string; actor: Actor }): Promise<GlossaryTermJson[]> {
  return loadGlossary(getDb(), targetLang);
}

/** For the quality checks and the workbench: the same rows without an actor. */
export async function loadGlossary(db: Db | Tx, targetLang?: string): Promise<GlossaryTermJson[]> {
  return db.glossaryTerm.findMany({
    where: targetLang ? { targetLang } : {},
    orderBy: [{ targetLang: 'asc' }, { source: 'asc' }],
    select,
  });
}
