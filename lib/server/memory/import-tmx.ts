import 'server-only';
// A TMX file into the translation memory: every pair of English and a translation in a language
// Redline has becomes an ImportedMemoryUnit that keeps the file's name and the unit's author and
// date, unless the memory already has it (imported before, approved, or earlier in the same
// file). All or nothing: a bad file (lib/tmx/parse-tmx.ts) or a file with nothing to import
// (lib/tmx/collect-tmx-pairs.ts) changes nothing; a dry run answers the same and writes nothing.
// The file is parsed on a worker thread and the duplicates are looked up before the transaction,
// a part at a time with other requests let in between; the transaction only writes (SQLite's
// statements run on the event loop, and nothing may come between a transaction's statements).
import { createHash } from 'node:crypto';
import type { TmxImportReport } from '../../api/memory';
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { searchFold } from '../../search-text';
import { collectTmxPairs, type TmxPair } from '../../tmx/collect-tmx-pairs';
import { parseFile } from '../files/parse-file';
import { requireMemoryImporter } from '../access';
import { getDb, type Db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { writeTransaction } from '../write-transaction';
import { betweenSlices, letOthersIn } from '../let-others-in';
import { loadAllApprovedPairRecords } from './load-approved-pairs';

const CHUNK = 500;

/** The unique key of a pair: its hash, since a unique index on long text breaks PostgreSQL's B-tree limit. */
export function pairHash(lang: string, source: string, target: string): string {
  return createHash('sha256').update(`${lang}\u0000${source}\u0000${target}`).digest('hex');
}

/** The name a unit keeps as its origin: the last part of a path, no control characters. */
export function originName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001F\u007F]/g, '').trim();
  return base.slice(0, 200) || 'upload.tmx';
}

export async function importTmx({ xml, name, dryRun, actor }: { xml: string; name?: string; dryRun: boolean; actor: Actor }): Promise<TmxImportReport> {
  requireMemoryImporter(actor);
  const tmx = await parseFile('tmx', xml);
  const db = getDb();
  const languages = await db.language.findMany({ select: { code: true }, orderBy: { code: 'asc' } });
  const { pairs, skipped } = collectTmxPairs(
    tmx,
    languages.map((language) => language.code),
  );
  const file = originName(name);
  try {
    const { fresh, perLanguage } = await sortOutDuplicates(db, pairs);
    return await writeTransaction(
      db,
      async (tx) => {
        if (!dryRun) {
          for (let start = 0; start < fresh.length; start += CHUNK) {
            await tx.importedMemoryUnit.createMany({
              data: fresh.slice(start, start + CHUNK).map((pair) => ({
                languageCode: pair.lang,
                source: pair.source,
                searchText: searchFold(pair.source),
                target: pair.target,
                targetSearchText: searchFold(pair.target),
                pairHash: pairHash(pair.lang, pair.source, pair.target),
                origin: file,
                createdAt: pair.creationDate,
                authorName: pair.creationId?.slice(0, 200) ?? null,
                importedById: actor.id,
              })),
            });
          }
        }
        return {
          file,
          dryRun,
          applied: !dryRun,
          units: tmx.units.length,
          imported: fresh.length,
          duplicates: pairs.length - fresh.length,
          languages: [...perLanguage.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([language, counts]) => ({ language, ...counts })),
          skipped,
        };
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    throw new AppError('conflict', { message: 'Another import stored some of these units at the same moment; nothing was imported. Import the file again.' });
  }
}

/**
 * The pairs the memory does not have yet, each once, and the counts per language: against every
 * approved pair of the languages and every unit imported before. Read before the transaction that
 * writes: a unit another import stores meanwhile makes that transaction fail on the unique hash
 * (nothing is imported, the person is told to import again); a pair approved meanwhile is
 * imported beside its approval, and the memory shows it once (imported-pairs.ts merges them).
 */
async function sortOutDuplicates(db: Db, pairs: TmxPair[]) {
  const pause = betweenSlices();
  const hashes: string[] = [];
  for (const pair of pairs) {
    hashes.push(pairHash(pair.lang, pair.source, pair.target));
    await pause();
  }
  const stored = new Set<string>();
  const unique = [...new Set(hashes)];
  for (let start = 0; start < unique.length; start += CHUNK) {
    const rows = await db.importedMemoryUnit.findMany({ where: { pairHash: { in: unique.slice(start, start + CHUNK) } }, select: { pairHash: true } });
    for (const row of rows) stored.add(row.pairHash);
    await letOthersIn();
  }
  const approved = new Set<string>();
  for (const lang of new Set(pairs.map((pair) => pair.lang))) {
    for (const { pair } of await loadAllApprovedPairRecords(db, lang)) {
      approved.add(pairHash(lang, pair.source, pair.target));
      await pause();
    }
  }
  const fresh: TmxPair[] = [];
  const perLanguage = new Map<string, { imported: number; duplicates: number }>();
  pairs.forEach((pair, index) => {
    const counts = perLanguage.get(pair.lang) ?? { imported: 0, duplicates: 0 };
    perLanguage.set(pair.lang, counts);
    if (stored.has(hashes[index]) || approved.has(hashes[index])) {
      counts.duplicates += 1;
      return;
    }
    stored.add(hashes[index]);
    fresh.push(pair);
    counts.imported += 1;
  });
  return { fresh, perLanguage };
}
