import 'server-only';
// Writes the versions of an XLIFF import in one transaction: all of them or none. Each becomes
// the next version of its paragraph, based on the version the import was checked against; when
// someone saved that paragraph (or changed its English) in between, the whole import is refused
// with a 409, as a save would be. The unique (paragraph, language, number) index decides races.
//
// Set-based, a few statements per 500 paragraphs: on SQLite a transaction's statements run on the
// event loop with nothing allowed between them (lib/server/let-others-in.ts), so 2,000 versions
// written one by one (four statements each) held every other request for 3.9 s. The versions go
// in as plain multi-row INSERTs with ids made here (UUIDs, as the seed's): Prisma's
// createManyAndReturn spent 0.2 ms of the event loop per row on its own work (430 ms for 2,000).
import { randomUUID } from 'node:crypto';
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { searchable } from '../../search-text';
import type { Db, Tx } from '../db';
import { findManyByIds } from '../find-many-by-ids';
import { writeTransaction } from '../write-transaction';
import { Prisma } from '../generated/prisma/client';
import { carryApprovals } from '../reviews/carry-approval';

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
  try {
    return await writeTransaction(
      db,
      async (tx) => {
        await refuseChangedParagraphs(tx, lang, versions);
        const created = new Map<string, string>();
        const createdAt = new Date();
        for (let start = 0; start < versions.length; start += VERSIONS_PER_STATEMENT) {
          const rows = versions.slice(start, start + VERSIONS_PER_STATEMENT).map((version) => {
            const id = randomUUID();
            created.set(version.paragraphId, id);
            const { text, searchText } = searchable(version.text);
            const number = (version.base?.number ?? 0) + 1;
            return Prisma.sql`(${id}, ${version.paragraphId}, ${lang}, ${number}, ${text}, ${searchText}, ${actor.id}, ${version.base?.versionId ?? null}, ${version.source.versionId}, ${createdAt})`;
          });
          await tx.$executeRaw`
            INSERT INTO "TranslationVersion" ("id", "paragraphId", "languageCode", "number", "text", "searchText", "authorId", "baseVersionId", "sourceVersionId", "createdAt")
            VALUES ${Prisma.join(rows)}`;
        }
        // The approved text coming back from the CAT tool keeps its approval, as a save does.
        await carryApprovals(
          tx,
          lang,
          versions.map((version) => ({ versionId: created.get(version.paragraphId)!, paragraphId: version.paragraphId, lang, sourceVersionId: version.source.versionId, text: version.text })),
        );
        return created;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    throw new AppError('conflict', {
      message: 'Someone saved one of these paragraphs while the import ran, so nothing was imported. Preview the file again.',
    });
  }
}

/** Rows per INSERT: ten bound parameters a row. */
const VERSIONS_PER_STATEMENT = 250;

/** A 409 naming the first paragraph (in reading order) that someone saved, or whose English changed, since the check. */
async function refuseChangedParagraphs(tx: Tx, lang: string, versions: ImportedVersion[]) {
  const ids = versions.map((version) => version.paragraphId);
  const translationHeads = await findManyByIds(ids, (batch) =>
    tx.translationVersion.groupBy({ by: ['paragraphId'], where: { paragraphId: { in: batch }, languageCode: lang }, _max: { number: true } }),
  );
  const sourceHeads = await findManyByIds(ids, (batch) =>
    tx.sourceVersion.groupBy({ by: ['paragraphId'], where: { paragraphId: { in: batch } }, _max: { number: true } }),
  );
  const translationNumber = new Map(translationHeads.map((head) => [head.paragraphId, head._max.number ?? 0]));
  const sourceNumber = new Map(sourceHeads.map((head) => [head.paragraphId, head._max.number ?? 0]));
  for (const version of versions) {
    if ((translationNumber.get(version.paragraphId) ?? 0) !== (version.base?.number ?? 0)) {
      const current = await tx.translationVersion.findFirst({
        where: { paragraphId: version.paragraphId, languageCode: lang },
        orderBy: { number: 'desc' },
        select: { author: { select: { name: true } } },
      });
      throw new AppError('conflict', {
        message: `${current?.author.name ?? 'Someone'} saved paragraph ${version.position} while the import ran, so nothing was imported. Preview the file again.`,
      });
    }
    if (sourceNumber.get(version.paragraphId) !== version.source.number) {
      throw new AppError('conflict', {
        message: `The English of paragraph ${version.position} changed while the import ran, so nothing was imported. Preview the file again.`,
      });
    }
  }
}
