import 'server-only';
// Writes the versions of an XLIFF import in one transaction: all of them or none. Each becomes
// the next version of its paragraph, based on the version the import was checked against; when
// someone saved that paragraph (or changed its English) in between, the whole import is refused
// with a 409, as a save would be. The unique (paragraph, language, number) index decides races.
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { searchable } from '../../search-text';
import type { Db } from '../db';
import { writeTransaction } from '../write-transaction';
import { Prisma } from '../generated/prisma/client';
import { carryApproval } from '../reviews/carry-approval';

export type ImportedVersion = {
  paragraphId: string;
  position: number;
  /** Already normalized (lib/translation-text.ts). */
  text: string;
  baseVersionId: string | null;
  sourceVersionId: string;
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
        const created = new Map<string, string>();
        for (const version of versions) {
          const current = await tx.translationVersion.findFirst({
            where: { paragraphId: version.paragraphId, languageCode: lang },
            orderBy: { number: 'desc' },
            select: { id: true, number: true, author: { select: { name: true } } },
          });
          if ((current?.id ?? null) !== version.baseVersionId) {
            throw new AppError('conflict', {
              message: `${current?.author.name ?? 'Someone'} saved paragraph ${version.position} while the import ran, so nothing was imported. Preview the file again.`,
            });
          }
          const source = await tx.sourceVersion.findFirst({
            where: { paragraphId: version.paragraphId },
            orderBy: { number: 'desc' },
            select: { id: true },
          });
          if (source?.id !== version.sourceVersionId) {
            throw new AppError('conflict', {
              message: `The English of paragraph ${version.position} changed while the import ran, so nothing was imported. Preview the file again.`,
            });
          }
          const row = await tx.translationVersion.create({
            data: {
              paragraphId: version.paragraphId,
              languageCode: lang,
              number: (current?.number ?? 0) + 1,
              ...searchable(version.text),
              authorId: actor.id,
              baseVersionId: version.baseVersionId,
              sourceVersionId: version.sourceVersionId,
            },
            select: { id: true },
          });
          // The approved text coming back from the CAT tool keeps its approval, as a save does.
          await carryApproval(tx, { versionId: row.id, paragraphId: version.paragraphId, lang, sourceVersionId: version.sourceVersionId, text: version.text });
          created.set(version.paragraphId, row.id);
        }
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
