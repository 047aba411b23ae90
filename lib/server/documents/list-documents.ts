import 'server-only';
// The document list (the page at `/` and GET /api/documents): newest first, searched by title,
// filtered by deadline and by the state of a language, one page at a time, with per language how
// many paragraphs are in each status. Three statements whatever the page size and however many
// documents there are: the page's ids with the number of matches (every filter in SQL), the
// page's documents with their languages, and the page's status counts in one grouped query.
import type { DocumentSummaryJson } from '../../api/documents';
import { deadlineRange, type DocumentListFilters } from '../../document-list-filters';
import { emptyStatusCounts, TRANSLATION_STATUSES, type TranslationStatus } from '../../paragraph-status';
import type { Actor } from '../../roles';
import { getDb, type Db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { toLanguageInfo, type LanguageInfo } from './find-document-language';
import { languageStateSql, paragraphStatusesSql } from './paragraph-status-sql';

export type DocumentListItem = {
  slug: string;
  title: string;
  sourceLang: string;
  createdAt: Date;
  deadline: Date | null;
  paragraphCount: number;
  /** Words of English in the document; approvedWords / sourceWords is a language's approved share. */
  sourceWords: number;
  languages: Array<LanguageInfo & { statusCounts: Record<TranslationStatus, number>; approvedWords: number }>;
};

export type DocumentListPage = {
  documents: DocumentListItem[];
  /** Documents matching the filters, on every page. */
  total: number;
  page: number;
  perPage: number;
  /** At least 1, so that an empty list is "page 1 of 1". */
  pageCount: number;
};

// Any signed-in person sees the list; the actor parameter keeps the call sites honest about that.
export async function listDocuments({ filters, now = new Date() }: { actor: Actor; filters: DocumentListFilters; now?: Date }): Promise<DocumentListPage> {
  const db = getDb();
  const { page, perPage } = filters;
  const { ids, total } = await findPage(db, filters, now);
  const [documents, counts] = await Promise.all([loadDocuments(db, ids), countStatuses(db, ids)]);
  const byId = new Map(documents.map((document) => [document.id, document]));
  return {
    documents: ids.flatMap((id) => {
      const document = byId.get(id);
      return document ? [summarize(document, counts.get(id) ?? new Map())] : [];
    }),
    total,
    page,
    perPage,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
  };
}

/** The list item as GET /api/documents answers it. */
export function documentSummaryJson(document: DocumentListItem): DocumentSummaryJson {
  return {
    slug: document.slug,
    title: document.title,
    sourceLang: document.sourceLang,
    languages: document.languages.map((language) => language.code),
    createdAt: document.createdAt.toISOString(),
    deadline: document.deadline?.toISOString() ?? null,
    paragraphCount: document.paragraphCount,
    progress: Object.fromEntries(document.languages.map((language) => [language.code, language.statusCounts])),
  };
}

/** The conditions on documents (alias d), cheapest first: the language state is checked last. */
function conditions(filters: DocumentListFilters, now: Date): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.q?.trim()) where.push(Prisma.sql`LOWER(d."title") LIKE ${`%${escapeLike(filters.q.trim().toLowerCase())}%`} ESCAPE '\\'`);
  if (filters.deadline) {
    const range = deadlineRange(filters.deadline, now);
    if (range === 'none') where.push(Prisma.sql`d."deadline" IS NULL`);
    else {
      if (range.from) where.push(Prisma.sql`d."deadline" >= ${range.from}`);
      if (range.to) where.push(Prisma.sql`d."deadline" < ${range.to}`);
    }
  }
  // With a status, the language's state (or any language's) decides; the language alone, that the document has it.
  if (filters.status || filters.lang) {
    const language = filters.lang ? Prisma.sql`AND dl."languageCode" = ${filters.lang}` : Prisma.empty;
    const state = filters.status ? Prisma.sql`AND ${languageStateSql(filters.status)}` : Prisma.empty;
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "DocumentLanguage" dl WHERE dl."documentId" = d."id" ${language} ${state})`);
  }
  return where;
}

async function findPage(db: Db, filters: DocumentListFilters, now: Date): Promise<{ ids: string[]; total: number }> {
  const where = conditions(filters, now);
  const offset = (filters.page - 1) * filters.perPage;
  const rows = await db.$queryRaw<Array<{ id: string; total: number | bigint }>>`
    SELECT d."id" AS "id", COUNT(*) OVER () AS "total"
    FROM "Document" d ${whereSql(where)}
    ORDER BY d."createdAt" DESC, d."id" DESC
    LIMIT ${filters.perPage} OFFSET ${offset}`;
  if (rows.length) return { ids: rows.map((row) => row.id), total: Number(rows[0].total) };
  // Past the last page the window has no row to tell the total on: count on its own.
  if (filters.page === 1) return { ids: [], total: 0 };
  const [count] = await db.$queryRaw<Array<{ total: number | bigint }>>`SELECT COUNT(*) AS "total" FROM "Document" d ${whereSql(where)}`;
  return { ids: [], total: Number(count.total) };
}

function whereSql(where: Prisma.Sql[]): Prisma.Sql {
  return where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

async function loadDocuments(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db.document.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      title: true,
      sourceLang: true,
      createdAt: true,
      deadline: true,
      languages: { select: { language: true } },
    },
  });
}

type Counts = Map<string, Map<string, { statusCounts: Record<TranslationStatus, number>; words: Record<TranslationStatus, number> }>>;

/** Per document and language, paragraphs and their English words in each status: one grouped query. */
async function countStatuses(db: Db, ids: string[]): Promise<Counts> {
  const counts: Counts = new Map();
  if (!ids.length) return counts;
  // MATERIALIZED: each paragraph's status is derived once, not once for each place it is named.
  const rows = await db.$queryRaw<Array<{ documentId: string; languageCode: string; status: TranslationStatus; paragraphs: number | bigint; words: number | bigint | null }>>`
    WITH s AS MATERIALIZED (${paragraphStatusesSql(ids)})
    SELECT s."documentId" AS "documentId", s."languageCode" AS "languageCode", s."status" AS "status",
      COUNT(*) AS "paragraphs", SUM(s."words") AS "words"
    FROM s
    GROUP BY s."documentId", s."languageCode", s."status"`;
  for (const row of rows) {
    let languages = counts.get(row.documentId);
    if (!languages) counts.set(row.documentId, (languages = new Map()));
    let language = languages.get(row.languageCode);
    if (!language) languages.set(row.languageCode, (language = { statusCounts: emptyStatusCounts(), words: emptyStatusCounts() }));
    language.statusCounts[row.status] = Number(row.paragraphs);
    language.words[row.status] = Number(row.words ?? 0);
  }
  return counts;
}

function summarize(document: Awaited<ReturnType<typeof loadDocuments>>[number], counts: Counts extends Map<string, infer V> ? V : never): DocumentListItem {
  const languages = document.languages
    .map((entry) => toLanguageInfo(entry.language))
    .sort((a, b) => a.englishName.localeCompare(b.englishName, 'en'))
    .map((language) => {
      const count = counts.get(language.code);
      return { ...language, statusCounts: count?.statusCounts ?? emptyStatusCounts(), approvedWords: count?.words.approved ?? 0 };
    });
  // Every language counts every paragraph once; any one of them tells the document's totals.
  const first = counts.values().next().value;
  const sum = (values: Record<TranslationStatus, number> | undefined) => TRANSLATION_STATUSES.reduce((total, status) => total + (values?.[status] ?? 0), 0);
  return {
    slug: document.slug,
    title: document.title,
    sourceLang: document.sourceLang,
    createdAt: document.createdAt,
    deadline: document.deadline,
    paragraphCount: sum(first?.statusCounts),
    sourceWords: sum(first?.words),
    languages,
  };
}
