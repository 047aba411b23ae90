import 'server-only';
// The translation memory's raw material: every approved translation with the English it was
// approved against, newest first, one pair per distinct English and translation. An approval
// that a rejection of the same version revoked (the latest decision counts) is not in it.
import type { MemoryPair } from '../../api/memory';
import { searchFold } from '../../search-text';
import type { Db, Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { letOthersIn } from '../let-others-in';

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
    /** The most recent approvals considered; null for all (the benchmark's brute force). */
    window?: number | null;
    excludeParagraphId?: string;
    /** Only pairs whose English or translation contains this, in its search form (lib/search-text.ts). */
    contains?: string;
  },
): Promise<ApprovedPairRecord[]> {
  const reviews = await db.review.findMany({
    where: approvalsOf({ lang, excludeParagraphId, contains }),
    orderBy: NEWEST_FIRST,
    take: window ?? undefined,
    select: APPROVAL,
  });
  return pairRecords(reviews, await latestRejections(db, lang), new Set(), contains);
}

/** Every approval of a language, newest first, and when each rejected version was last rejected. */
export type LanguageApprovals = { reviews: ApprovalRow[]; rejected: Map<string, Date> };

/**
 * What loadApprovedPairs reads for a language, read once: the benchmark's brute force leaves out
 * one sampled paragraph after another (approvedPairsWithout) instead of reading the language's
 * 23,000 approvals again for each. Holds the event loop; not for the app's requests.
 */
export async function loadLanguageApprovals(db: Db, lang: string): Promise<LanguageApprovals> {
  const reviews = await db.review.findMany({ where: approvalsOf({ lang }), orderBy: NEWEST_FIRST, select: APPROVAL });
  return { reviews, rejected: await latestRejections(db, lang) };
}

/** loadApprovedPairs(db, { lang, excludeParagraphId, window: null }), from the language's approvals read once. */
export function approvedPairsWithout({ reviews, rejected }: LanguageApprovals, excludeParagraphId: string): ApprovedPair[] {
  const others = reviews.filter((review) => review.translationVersion.paragraphId !== excludeParagraphId);
  return pairRecords(others, rejected, new Set()).map((record) => record.pair);
}

/** Approvals read at a time by loadAllApprovedPairRecords: 1,000 held the event loop about 80 ms. */
const APPROVALS_PER_READ = 250;

/**
 * Every approved pair of a language, as loadApprovedPairRecords, read 250 approvals at a
 * time with other requests let in between (a year's memory, 23,000 pairs a language, read at once
 * holds the event loop for seconds). Not for a transaction (let-others-in.ts).
 */
export async function loadAllApprovedPairRecords(db: Db, lang: string): Promise<ApprovedPairRecord[]> {
  const rejected = await latestRejections(db, lang);
  const seen = new Set<string>();
  const pairs: ApprovedPairRecord[] = [];
  let cursor: { id: string } | undefined;
  for (;;) {
    const reviews = await db.review.findMany({
      where: approvalsOf({ lang }),
      orderBy: NEWEST_FIRST,
      take: APPROVALS_PER_READ,
      ...(cursor ? { cursor, skip: 1 } : {}),
      select: APPROVAL,
    });
    pairs.push(...pairRecords(reviews, rejected, seen));
    if (reviews.length < APPROVALS_PER_READ) return pairs;
    cursor = { id: reviews[reviews.length - 1].id };
    await letOthersIn();
  }
}

/** Newest approval first; the id orders approvals made in the same millisecond, and pages by it. */
const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

const APPROVAL = {
  id: true,
  createdAt: true,
  sourceVersion: { select: { text: true } },
  translationVersion: {
    select: {
      id: true,
      paragraphId: true,
      text: true,
      createdAt: true,
      author: { select: { name: true } },
      paragraph: { select: { document: { select: { slug: true, title: true } } } },
    },
  },
} satisfies Prisma.ReviewSelect;

type ApprovalRow = Prisma.ReviewGetPayload<{ select: typeof APPROVAL }>;

function approvalsOf({ lang, excludeParagraphId, contains }: { lang: string; excludeParagraphId?: string; contains?: string }): Prisma.ReviewWhereInput {
  return {
    decision: 'approved',
    translationVersion: {
      languageCode: lang,
      ...(excludeParagraphId ? { paragraphId: { not: excludeParagraphId } } : {}),
    },
    ...(contains ? { OR: [{ translationVersion: { searchText: { contains } } }, { sourceVersion: { searchText: { contains } } }] } : {}),
  };
}

/**
 * The approvals, newest first, as pairs: one per distinct English and translation (`seen` holds
 * those already taken), none whose approval a later rejection revoked, none without text.
 */
function pairRecords(reviews: ApprovalRow[], rejected: Map<string, Date>, seen: Set<string>, contains?: string): ApprovedPairRecord[] {
  // Prisma's `contains` passes "%" and "_" on to LIKE as wildcards (SQLite's LIKE has no escape
  // character unless the query names one): a needle with them is checked again, exactly.
  const wildcards = contains !== undefined && /[%_]/.test(contains);
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
