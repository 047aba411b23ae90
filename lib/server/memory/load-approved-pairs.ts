import 'server-only';
// The translation memory's raw material: every approved translation with the English it was
// approved against, newest first, one pair per distinct English and translation. An approval
// that a rejection of the same version revoked (the latest decision counts) is not in it.
import type { MemoryPair } from '../../api/memory';
import { searchFold } from '../../search-text';
import type { Db, Tx } from '../db';

/** The memory's pairs are the API's (lib/api/memory.ts). */
export type ApprovedPair = MemoryPair;

/** The memory considers at most this many recent approvals; enough for a newsroom's year. */
const MEMORY_WINDOW = 5000;

/** A pair with who wrote the translation and when (the TMX export's creationid and creationdate). */
export type ApprovedPairRecord = { pair: ApprovedPair; author: string; writtenAt: Date; approvedAt: Date };

export async function loadApprovedPairs(db: Db | Tx, options: { lang: string; excludeParagraphId?: string; contains?: string; window?: number | null }): Promise<ApprovedPair[]> {
  return (await loadApprovedPairRecords(db, options)).map((record) => record.pair);
}

export async function loadApprovedPairRecords(
  db: Db | Tx,
  {
    lang,
    excludeParagraphId,
    contains,
    window = MEMORY_WINDOW,
  }: {
    lang: string;
    /** The most recent approvals considered; null for all (the TMX export, the benchmark's brute force). */
    window?: number | null;
    excludeParagraphId?: string;
    /** Only pairs whose English or translation contains this, in its search form (lib/search-text.ts). */
    contains?: string;
  },
): Promise<ApprovedPairRecord[]> {
  const reviews = await db.review.findMany({
    where: {
      decision: 'approved',
      translationVersion: {
        languageCode: lang,
        ...(excludeParagraphId ? { paragraphId: { not: excludeParagraphId } } : {}),
      },
      ...(contains ? { OR: [{ translationVersion: { searchText: { contains } } }, { sourceVersion: { searchText: { contains } } }] } : {}),
    },
    orderBy: { createdAt: 'desc' },
    take: window ?? undefined,
    select: {
      createdAt: true,
      sourceVersion: { select: { text: true } },
      translationVersion: {
        select: {
          id: true,
          text: true,
          createdAt: true,
          author: { select: { name: true } },
          paragraph: { select: { document: { select: { slug: true, title: true } } } },
        },
      },
    },
  });
  const rejected = await latestRejections(db, lang);
  // Prisma's `contains` passes "%" and "_" on to LIKE as wildcards (SQLite's LIKE has no escape
  // character unless the query names one): a needle with them is checked again, exactly.
  const wildcards = contains !== undefined && /[%_]/.test(contains);
  const seen = new Set<string>();
  const pairs: ApprovedPairRecord[] = [];
  for (const review of reviews) {
    const key = `${review.sourceVersion.text}\u0000${review.translationVersion.text}`;
    if (seen.has(key) || !review.translationVersion.text.trim()) continue;
    const rejection = rejected.get(review.translationVersion.id);
    if (rejection && rejection >= review.createdAt) continue;
    if (wildcards && !searchFold(review.sourceVersion.text).includes(contains) && !searchFold(review.translationVersion.text).includes(contains)) continue;
    seen.add(key);
    pairs.push({
      pair: {
        source: review.sourceVersion.text,
        target: review.translationVersion.text,
        versionId: review.translationVersion.id,
        document: review.translationVersion.paragraph.document,
        imported: null,
      },
      author: review.translationVersion.author.name,
      writtenAt: review.translationVersion.createdAt,
      approvedAt: review.createdAt,
    });
  }
  return pairs;
}

/**
 * When each translation version of `lang` that has a rejection was last rejected. Asked apart
 * from the approvals: a nested relation load would bind one parameter per approval, beyond
 * SQLite's 999.
 */
async function latestRejections(db: Db | Tx, lang: string): Promise<Map<string, Date>> {
  const rejections = await db.review.findMany({
    where: { decision: 'rejected', translationVersion: { languageCode: lang } },
    select: { translationVersionId: true, createdAt: true },
  });
  const latest = new Map<string, Date>();
  for (const { translationVersionId, createdAt } of rejections) {
    const known = latest.get(translationVersionId);
    if (!known || createdAt > known) latest.set(translationVersionId, createdAt);
  }
  return latest;
}
