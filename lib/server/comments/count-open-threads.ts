import 'server-only';
// How many unresolved comment threads each paragraph of a document has in one language, for the
// paragraph rows and the review queue. One query whatever the document's length; paragraphs
// without open threads are absent from the map.
import type { Db, Tx } from '../db';

export async function countOpenThreads(db: Db | Tx, documentId: string, lang: string): Promise<Map<string, number>> {
  const groups = await db.comment.groupBy({
    by: ['paragraphId'],
    where: { languageCode: lang, threadId: null, resolvedAt: null, paragraph: { documentId, removedAt: null } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.paragraphId, group._count._all]));
}
