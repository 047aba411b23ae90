import 'server-only';
// The translation memory's raw material: every approved translation with the English it was
// approved against, newest first, one pair per distinct English text.
import { containsIgnoringCase, type Db, type Tx } from '../db';

export type ApprovedPair = { source: string; target: string; versionId: string; document: { slug: string; title: string } };

/** The memory considers at most this many recent approvals; enough for a newsroom's year. */
const MEMORY_WINDOW = 5000;

export async function loadApprovedPairs(
  db: Db | Tx,
  { lang, excludeParagraphId, contains }: { lang: string; excludeParagraphId?: string; contains?: string },
): Promise<ApprovedPair[]> {
  const reviews = await db.review.findMany({
    where: {
      decision: 'approved',
      translationVersion: {
        languageCode: lang,
        ...(excludeParagraphId ? { paragraphId: { not: excludeParagraphId } } : {}),
        ...(contains ? { OR: [{ text: containsIgnoringCase(contains) }, { sourceVersion: { text: containsIgnoringCase(contains) } }] } : {}),
      },
    },
    orderBy: { createdAt: 'desc' },
    take: MEMORY_WINDOW,
    select: {
      sourceVersion: { select: { text: true } },
      translationVersion: {
        select: { id: true, text: true, paragraph: { select: { document: { select: { slug: true, title: true } } } } },
      },
    },
  });
  const seen = new Set<string>();
  const pairs: ApprovedPair[] = [];
  for (const review of reviews) {
    const key = `${review.sourceVersion.text}\u0000${review.translationVersion.text}`;
    if (seen.has(key) || !review.translationVersion.text.trim()) continue;
    seen.add(key);
    pairs.push({
      source: review.sourceVersion.text,
      target: review.translationVersion.text,
      versionId: review.translationVersion.id,
      document: review.translationVersion.paragraph.document,
    });
  }
  return pairs;
}
