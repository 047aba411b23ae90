import 'server-only';
// How many unresolved comment threads each paragraph has in one language, for the paragraph rows
// and the review queue. One query for the paragraphs asked about (a document's, or a page of
// them); paragraphs without open threads are absent from the map.
import type { Db, Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';

export async function countOpenThreads(db: Db | Tx, paragraphs: Prisma.ParagraphWhereInput, lang: string): Promise<Map<string, number>> {
  const groups = await db.comment.groupBy({
    by: ['paragraphId'],
    where: { languageCode: lang, threadId: null, resolvedAt: null, paragraph: paragraphs },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.paragraphId, group._count._all]));
}
