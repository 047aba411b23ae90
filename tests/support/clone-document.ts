// A copy of a document under a new, unique slug, with its whole history (source versions,
// translation versions, reviews), written straight through Prisma: tests that change the English
// of the seeded WELT article each get their own copy.
import type { PrismaClient } from '../../lib/server/generated/prisma/client';
import { uniqueName } from './fixtures';

export async function cloneDocument(db: PrismaClient, slug: string): Promise<string> {
  const source = await db.document.findUniqueOrThrow({
    where: { slug },
    include: {
      languages: true,
      paragraphs: {
        where: { removedAt: null },
        orderBy: { position: 'asc' },
        include: {
          // The columns both databases have (PostgreSQL numbers each version in `seq` itself).
          sourceVersions: { orderBy: { number: 'asc' }, select: { id: true, paragraphId: true, number: true, text: true, searchText: true, authorId: true, createdAt: true } },
          translationVersions: { orderBy: { number: 'asc' }, include: { reviews: { orderBy: { createdAt: 'asc' } } } },
        },
      },
    },
  });
  const copySlug = uniqueName(slug);
  await db.$transaction(
    async (tx) => {
      const document = await tx.document.create({
        data: {
          slug: copySlug,
          title: source.title,
          sourceLang: source.sourceLang,
          createdAt: source.createdAt,
          languages: { create: source.languages.map(({ languageCode }) => ({ languageCode })) },
        },
      });
      for (const paragraph of source.paragraphs) {
        const copy = await tx.paragraph.create({ data: { documentId: document.id, position: paragraph.position, kind: paragraph.kind, createdAt: paragraph.createdAt } });
        const sourceIds = new Map<string, string>();
        for (const { id, paragraphId: _p, ...version } of paragraph.sourceVersions) {
          sourceIds.set(id, (await tx.sourceVersion.create({ data: { ...version, paragraphId: copy.id } })).id);
        }
        const versionIds = new Map<string, string>();
        for (const { id, paragraphId: _p, reviews, baseVersionId, sourceVersionId, ...version } of paragraph.translationVersions) {
          const created = await tx.translationVersion.create({
            data: {
              ...version,
              paragraphId: copy.id,
              baseVersionId: baseVersionId ? versionIds.get(baseVersionId)! : null,
              sourceVersionId: sourceIds.get(sourceVersionId)!,
            },
          });
          versionIds.set(id, created.id);
          for (const { id: _r, translationVersionId: _t, sourceVersionId: reviewedSource, ...review } of reviews) {
            await tx.review.create({ data: { ...review, translationVersionId: created.id, sourceVersionId: sourceIds.get(reviewedSource)! } });
          }
        }
      }
    },
    { timeout: 60_000 },
  );
  return copySlug;
}
