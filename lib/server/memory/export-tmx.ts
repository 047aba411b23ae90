import 'server-only';
// A language's translation memory as a TMX 1.4b file: the pairs the suggestions draw on
// (approved translations, the latest decision counting, then units imported from TMX files), all
// of them, not only the recent ones the suggestions' brute force would score,
// each with who wrote it and when. Anyone signed in may export, as anyone may read the memory.
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { tmxLines, type TmxUnitOut } from '../../tmx/write-tmx';
import { getDb } from '../db';
import type { ExportedFile } from '../interchange/exported-file';
import { joinLettingOthersIn } from '../let-others-in';
import { toDate } from '../../memory-pairs';
import { loadAllImportedUnits } from './imported-pairs';
import { loadAllApprovedPairRecords } from './load-approved-pairs';

// The actor parameter keeps the call sites honest about who reads.
export async function exportTmx({ lang, now = new Date() }: { lang: string; actor: Actor; now?: Date }): Promise<ExportedFile> {
  const db = getDb();
  const language = await db.language.findUnique({ where: { code: lang }, select: { code: true } });
  if (!language || language.code === 'en') throw new AppError('not_found', { message: `There is no translation language ${lang}.` });
  const approved = await loadAllApprovedPairRecords(db, language.code);
  const imported = await loadAllImportedUnits(db, language.code);
  const seen = new Set<string>();
  const units: TmxUnitOut[] = [];
  for (const { pair, author, writtenAt } of approved) {
    seen.add(`${pair.source}\u0000${pair.target}`);
    units.push({ source: pair.source, target: pair.target, creationDate: writtenAt, creationId: author, note: `Approved in ${pair.document!.title} (${pair.document!.slug})` });
  }
  for (const unit of imported) {
    const key = `${unit.source}\u0000${unit.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    units.push({
      source: unit.source,
      target: unit.target,
      creationDate: unit.createdAt === null ? null : toDate(unit.createdAt),
      creationId: unit.authorName,
      note: `Imported from ${unit.origin}`,
    });
  }
  return {
    filename: `redline-memory.${language.code}.tmx`.replace(/[^A-Za-z0-9._-]/g, '_'),
    contentType: 'application/x-tmx+xml; charset=utf-8',
    body: await joinLettingOthersIn(tmxLines({ targetLang: language.code, createdAt: now, units }), '\n'),
  };
}
