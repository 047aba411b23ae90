import 'server-only';
// A TMX file into the translation memory: every pair of English and a translation in a language
// Redline has becomes an ImportedMemoryUnit that keeps the file's name and the unit's author and
// date, unless the memory already has it (imported before, approved, or earlier in the same
// file). All or nothing: a bad file (lib/tmx/parse-tmx.ts), a file with nothing to import
// (lib/tmx/collect-tmx-pairs.ts) and a failure while writing change nothing; a dry run answers the
// same and writes nothing.
// The file is parsed on a worker thread, the duplicates are looked up and the units written a part
// at a time with other requests let in between (SQLite's statements run on the event loop, and
// nothing may come between a transaction's statements): see storeInParts.
import { createHash } from 'node:crypto';
import type { TmxImportReport } from '../../api/memory';
import type { Actor } from '../../roles';
import { searchFold } from '../../search-text';
import { collectTmxPairs, type TmxPair } from '../../tmx/collect-tmx-pairs';
import { runOnWorker } from '../worker/run-on-worker';
import { requireMemoryImporter } from '../access';
import { getDb, type Db } from '../db';
import { writeTransaction } from '../write-transaction';
import { betweenSlices, letOthersIn } from '../let-others-in';
import { loadAllApprovedPairRecords } from './load-approved-pairs';
import { isUniqueViolation } from '../unique-violation';

/** Hashes looked up per query. */
const CHUNK = 500;
/**
 * Units written per transaction: 500 held the event loop for 270 ms (the FTS5 index's inserts);
 * 100 is about 50.
 */
const UNITS_PER_PART = 100;

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
  const tmx = await runOnWorker('tmx', xml);
  const db = getDb();
  const languages = await db.language.findMany({ select: { code: true }, orderBy: { code: 'asc' } });
  const { pairs, skipped } = collectTmxPairs(
    tmx,
    languages.map((language) => language.code),
  );
  const file = originName(name);
  const { fresh, perLanguage } = await sortOutDuplicates(db, pairs);
  const taken = dryRun ? [] : await storeInParts(db, fresh, { file, actor });
  for (const { pair } of taken) {
    const counts = perLanguage.get(pair.lang)!;
    counts.imported -= 1;
    counts.duplicates += 1;
  }
  return {
    file,
    dryRun,
    applied: !dryRun,
    units: tmx.units.length,
    imported: fresh.length - taken.length,
    duplicates: pairs.length - fresh.length + taken.length,
    languages: [...perLanguage.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([language, counts]) => ({ language, ...counts })),
    skipped,
  };
}

/** A pair with its unique key, worked out once. */
type HashedPair = { pair: TmxPair; hash: string };

/**
 * Writes the fresh pairs a part of 100 at a time, each part its own short transaction, with other
 * requests let in between: an 18.6 MB file's 22,000 units in one transaction held every request
 * of the process for 9 s (SQLite's statements run on the event loop). A pair that another import
 * stored meanwhile (the part fails on the unique hash) is left out and counted as a duplicate:
 * the memory has it once either way. When a part fails for any other reason, the parts written
 * before are deleted again, so that the import is all or nothing; only a server stopped midway
 * leaves the parts written, and importing the file again adds the rest (what was written counts
 * as duplicates).
 * Returns the pairs another import stored first.
 */
async function storeInParts(db: Db, fresh: HashedPair[], origin: { file: string; actor: Actor }): Promise<HashedPair[]> {
  const taken: HashedPair[] = [];
  const written: string[] = [];
  try {
    for (let start = 0; start < fresh.length; start += UNITS_PER_PART) {
      let part = fresh.slice(start, start + UNITS_PER_PART);
      while (part.length > 0) {
        try {
          await writeTransaction(db, (tx) => tx.importedMemoryUnit.createMany({ data: part.map(({ pair, hash }) => unitRow(pair, hash, origin)) }));
          written.push(...part.map(({ hash }) => hash));
          part = [];
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          const stored = await db.importedMemoryUnit.findMany({ where: { pairHash: { in: part.map(({ hash }) => hash) } }, select: { pairHash: true } });
          const storedHashes = new Set(stored.map((row) => row.pairHash));
          taken.push(...part.filter(({ hash }) => storedHashes.has(hash)));
          if (storedHashes.size === 0) throw error;
          part = part.filter(({ hash }) => !storedHashes.has(hash));
        }
      }
      await letOthersIn();
    }
  } catch (error) {
    for (let start = 0; start < written.length; start += UNITS_PER_PART) {
      await db.importedMemoryUnit.deleteMany({ where: { pairHash: { in: written.slice(start, start + UNITS_PER_PART) } } });
      await letOthersIn();
    }
    throw error;
  }
  return taken;
}

function unitRow(pair: TmxPair, hash: string, { file, actor }: { file: string; actor: Actor }) {
  return {
    languageCode: pair.lang,
    source: pair.source,
    searchText: searchFold(pair.source),
    target: pair.target,
    targetSearchText: searchFold(pair.target),
    pairHash: hash,
    origin: file,
    createdAt: pair.creationDate,
    authorName: pair.creationId?.slice(0, 200) ?? null,
    importedById: actor.id,
  };
}

/**
 * The pairs the memory does not have yet, each once, and the counts per language: against every
 * approved pair of the languages and every unit imported before. Read before the writes: a unit
 * another import stores meanwhile is found then (storeInParts); a pair approved meanwhile is
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
  const fresh: HashedPair[] = [];
  const perLanguage = new Map<string, { imported: number; duplicates: number }>();
  pairs.forEach((pair, index) => {
    const counts = perLanguage.get(pair.lang) ?? { imported: 0, duplicates: 0 };
    perLanguage.set(pair.lang, counts);
    if (stored.has(hashes[index]) || approved.has(hashes[index])) {
      counts.duplicates += 1;
      return;
    }
    stored.add(hashes[index]);
    fresh.push({ pair, hash: hashes[index] });
    counts.imported += 1;
  });
  return { fresh, perLanguage };
}
