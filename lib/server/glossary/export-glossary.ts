import 'server-only';
// The glossary of one language as a TBX or CSV file. Anyone signed in may export.
import type { GlossaryFormat } from '../../api/glossary';
import { writeGlossaryCsv } from '../../formats/glossary-csv';
import { writeTbx } from '../../formats/tbx';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { exportFilename, type ExportedFile } from '../interchange/exported-file';
import { findGlossaryLanguage } from './find-glossary-language';
import { loadGlossary } from './list-glossary-terms';

// The actor parameter keeps the call sites honest about who reads.
export async function exportGlossary({ lang, format }: { lang: string; format: GlossaryFormat; actor: Actor }): Promise<ExportedFile> {
  const db = getDb();
  const language = await findGlossaryLanguage(db, lang, 'not_found');
  const terms = await loadGlossary(db, language.code);
  const filename = exportFilename('glossary', `en-${language.code}`, format);
  if (format === 'csv') {
    return { filename, contentType: 'text/csv; charset=utf-8', body: writeGlossaryCsv(terms.map(({ source, target, note }) => ({ source, target, note }))) };
  }
  return { filename, contentType: 'application/x-tbx; charset=utf-8', body: writeTbx({ targetLang: language.code, targetName: language.englishName, terms }) };
}
