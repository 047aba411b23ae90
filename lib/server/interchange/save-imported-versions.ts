import 'server-only';
// Writes the versions of an XLIFF import in one transaction: all of them or none. Each becomes
// the next version of its paragraph, based on the version the import was checked against; when
// someone saved that paragraph (or changed its English) in between, the whole import is refused
// with a 409, as a save would be. The unique (paragraph, language, number) index decides races.
//
// On SQLite a transaction's statements run on the event loop with nothing else let in between
// them (lib/server/let-others-in.ts), so everything that can be done before it is: the rows, as
// one JSON text (lib/server/json-rows.ts), and the approvals they carry. The transaction is then
// four statements whatever the import's size, which SQLite runs in its own code: the English
// still current, the versions inserted, no review since the carried approvals were worked out,
// those inserted. 2,000 versions written one by one held every other request for 3.9 s, in
// multi-row INSERTs made by Prisma 224 ms, so 60 ms: SQLite inserting the rows, nearly all of it
// (scripts/bench/longest-blocks.ts; the log's checkpoint is off the loop, sqlite/background-checkpoints.ts).
import { randomUUID } from 'node:crypto';
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { searchable } from '../../search-text';
import type { Db, Tx } from '../db';
import { jsonRows, timestampParam } from '../json-rows';
import { betweenSlices, letOthersIn } from '../let-others-in';
import { writeTransaction } from '../write-transaction';
import { Prisma } from '../generated/prisma/client';
import { planCarriedApprovals, writeCarriedApprovals } from '../reviews/carry-approval';
import { isUniqueViolation } from '../unique-violation';

export type ImportedVersion = {
  paragraphId: string;
  position: number;
  /** Already normalized (lib/translation-text.ts). */
  text: string;
  /** The current version the import was checked against: the new one is its number + 1. */
  base: { versionId: string; number: number } | null;
  /** The paragraph's current English when the import was checked. */
  source: { versionId: string; number: number };
};

/** Returns the new version's id per paragraph id. */
export async function saveImportedVersions(
  db: Db,
  { lang, versions, actor }: { lang: string; versions: ImportedVersion[]; actor: Actor },
): Promise<Map<string, string>> {
  const createdAt = new Date();
  const rows = await versionRows(versions, lang, actor.id);
  const created = new Map(rows.map((row) => [row.paragraphId, row.id]));
  const versionTable = jsonRows(rows, VERSION_COLUMNS);
  const checkTable = jsonRows(rows, CHECK_COLUMNS);
  const targets = rows.map((row) => ({ versionId: row.id, paragraphId: row.paragraphId, lang, sourceVersionId: row.sourceVersionId, text: row.text }));
  for (let attempt = 1; ; attempt++) {
    // The approvals to carry; made again when an editor reviewed one of these paragraphs meanwhile.
    const plan = await planCarriedApprovals(db, lang, targets);
    await letOthersIn();
    try {
      await writeTransaction(
        db,
        async (tx) => {
          await refuseChangedParagraphs(tx, lang, checkTable);
          await tx.$executeRaw`
            INSERT INTO "TranslationVersion" ("id", "paragraphId", "languageCode", "number", "text", "searchText", "authorId", "baseVersionId", "sourceVersionId", "createdAt")
            SELECT rows."id", rows."paragraphId", rows."languageCode", rows."number", rows."text", rows."searchText", rows."authorId", rows."baseVersionId", rows."sourceVersionId", ${timestampParam(createdAt)}
            FROM ${versionTable}`;
          // The approved text coming back from the CAT tool keeps its approval, as a save does.
          if (!(await writeCarriedApprovals(tx, plan, createdAt))) throw new PlanOutOfDate();
        },
        { timeout: 60_000, maxWait: 10_000 },
      );
      return created;
    } catch (error) {
      if (error instanceof PlanOutOfDate && attempt < CARRY_ATTEMPTS) continue;
      if (error instanceof PlanOutOfDate) throw reviewedMeanwhile();
      // Two imports or saves that passed the check at once: the unique index let one through.
      if (isUniqueViolation(error)) throw await savedMeanwhile(db, lang, null);
      throw error;
    }
  }
}

/** Thrown inside the transaction, to roll it back, when the carried approvals must be worked out again. */
class PlanOutOfDate extends Error {}

/** Plans made again when reviews keep coming in while the import runs. */
const CARRY_ATTEMPTS = 3;

type VersionRow = {
  id: string;
  paragraphId: string;
  languageCode: string;
  number: number;
  text: string;
  searchText: string;
  authorId: string;
  baseVersionId: string | null;
  sourceVersionId: string;
  /** For the check of the English only. */
  sourceNumber: number;
  position: number;
};

const VERSION_COLUMNS = {
  id: 'text',
  paragraphId: 'text',
  languageCode: 'text',
  number: 'integer',
  text: 'text',
  searchText: 'text',
  authorId: 'text',
  baseVersionId: 'text',
  sourceVersionId: 'text',
} as const;

/** What the check of the heads reads: a small table, apart from the texts. */
const CHECK_COLUMNS = { paragraphId: 'text', languageCode: 'text', number: 'integer', sourceNumber: 'integer', position: 'integer' } as const;

/** The rows to insert, made a slice at a time (the search form of 2,000 texts is milliseconds). */
async function versionRows(versions: ImportedVersion[], lang: string, authorId: string): Promise<VersionRow[]> {
  const pause = betweenSlices();
  const rows: VersionRow[] = [];
  for (const version of versions) {
    const { text, searchText } = searchable(version.text);
    rows.push({
      id: randomUUID(),
      paragraphId: version.paragraphId,
      languageCode: lang,
      number: (version.base?.number ?? 0) + 1,
      text,
      searchText,
      authorId,
      baseVersionId: version.base?.versionId ?? null,
      sourceVersionId: version.source.versionId,
      sourceNumber: version.source.number,
      position: version.position,
    });
    await pause();
  }
  return rows;
}

/**
 * A 409 naming the first paragraph (in reading order) that someone saved, or whose English
 * changed, since the check: one statement for all of them.
 */
async function refuseChangedParagraphs(tx: Tx, lang: string, rows: Prisma.Sql) {
  const [changed] = await tx.$queryRaw<Array<{ paragraphId: string; position: number | bigint; sourceChanged: number | bigint | boolean }>>`
    SELECT heads."paragraphId", heads."position", heads."sourceChanged"
    FROM (
      SELECT rows."paragraphId", rows."position", rows."number",
        rows."sourceNumber" <> (SELECT MAX(s."number") FROM "SourceVersion" s WHERE s."paragraphId" = rows."paragraphId") AS "sourceChanged",
        COALESCE((SELECT MAX(t."number") FROM "TranslationVersion" t WHERE t."paragraphId" = rows."paragraphId" AND t."languageCode" = rows."languageCode"), 0) AS "translationHead"
      FROM ${rows}
    ) heads
    WHERE heads."sourceChanged" OR heads."number" - 1 <> heads."translationHead"
    ORDER BY heads."position" LIMIT 1`;
  if (!changed) return;
  if (changed.sourceChanged) {
    throw new AppError('conflict', {
      message: `The English of paragraph ${Number(changed.position)} changed while the import ran, so nothing was imported. Preview the file again.`,
    });
  }
  throw await savedMeanwhile(tx, lang, { paragraphId: changed.paragraphId, position: Number(changed.position) });
}

/** The 409 for an import that met a version someone saved since the check: at `moved`, naming who, or somewhere. */
async function savedMeanwhile(db: Db | Tx, lang: string, moved: { paragraphId: string; position: number } | null): Promise<AppError> {
  const current =
    moved &&
    (await db.translationVersion.findFirst({
      where: { paragraphId: moved.paragraphId, languageCode: lang },
      orderBy: { number: 'desc' },
      select: { author: { select: { name: true } } },
    }));
  if (!moved || !current) {
    return new AppError('conflict', {
      message: 'Someone saved one of these paragraphs while the import ran, so nothing was imported. Preview the file again.',
    });
  }
  return new AppError('conflict', {
    message: `${current.author.name} saved paragraph ${moved.position} while the import ran, so nothing was imported. Preview the file again.`,
  });
}

function reviewedMeanwhile(): AppError {
  return new AppError('conflict', {
    message: 'Editors kept reviewing these paragraphs while the import ran, so nothing was imported. Import the file again.',
  });
}
