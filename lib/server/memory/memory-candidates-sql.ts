import 'server-only';
// The translation memory's candidates for a paragraph: the approved pairs in one language whose
// English is most like the paragraph's. On SQLite the memory's thread finds those English texts
// in its index in memory (lib/memory-english-index.ts) and asks for their approved pairs with
// approvedPairsOfTextsSql; on PostgreSQL the database's full-text index of the English is asked
// (prisma/postgresql/migrations/*_memory_full_text: "searchVector", a generated tsvector, ranked by
// ts_rank), at most `limit` pairs, best first. Units imported from TMX files are asked of each
// database's own full-text index (importedCandidatesSql). lib/translation-memory.ts scores them all.
import type { DatabaseProvider } from '../database-config';
import { Prisma } from '../generated/prisma/client';

export type { MemoryCandidateRow } from '../../memory-pairs';

/** At most this many words of the paragraph go into the FTS5 query. */
const MAX_QUERY_WORDS = 128;

/**
 * English words nearly every paragraph has. Asking the index for them matches the whole memory,
 * and bm25 then ranks every English text ever approved (1.5 s at a year's archive of 30,000
 * paragraphs) for words that add almost nothing to the rank. They stay in the word score.
 */
const STOPWORDS = new Set(
  ('a about after against all also an and any are as at be been before but by can could did do does for from had has have he her his ' +
    'how i if in into is it its itself more most no not of on one or our out over said says she should so some than that the their ' +
    'them then there these they this those to too under up was we were what when where which while who will with would you').split(' '),
);

/**
 * The distinct words of a paragraph's search form (lib/search-text.ts) that the index is asked
 * for: common English words are left out unless the paragraph has no other.
 */
export function distinctiveWords(searchText: string): string[] {
  const all = [...new Set(searchText.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [])];
  const distinctive = all.filter((word) => !STOPWORDS.has(word));
  return (distinctive.length > 0 ? distinctive : all).slice(0, MAX_QUERY_WORDS);
}

/**
 * The distinctive words of a paragraph as an FTS5 query that matches an English text containing
 * any of them, each quoted so that no word is read as an operator (AND, NEAR, a column filter).
 * Null when the paragraph has no word.
 */
export function ftsAnyWordQuery(searchText: string): string | null {
  return ftsQueryOf(distinctiveWords(searchText));
}

function ftsQueryOf(words: string[]): string | null {
  return words.length > 0 ? words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' OR ') : null;
}

/**
 * The same words as a PostgreSQL tsquery (for to_tsquery('simple', ...)): any of them, each a
 * quoted lexeme so that no word is read as an operator (&, !, <->, a weight). Null without a word.
 */
export function tsAnyWordQuery(searchText: string): string | null {
  return tsQueryOf(distinctiveWords(searchText));
}

function tsQueryOf(words: string[]): string | null {
  return words.length > 0 ? words.map((word) => `'${word.replaceAll("'", "''")}'`).join(' | ') : null;
}

/**
 * How many of the index's best English texts are joined to their approvals: enough for `limit`
 * pairs when not every text has an approved translation into the language.
 */
const indexedTexts = (limit: number) => limit * 3;

/**
 * The approved pairs of `lang` that are still approved (no rejection of the same translation
 * version came at or after the approval: the latest decision counts, as in the status), except
 * those of paragraph `excludeParagraphId`, joined to the English versions `matches` (an SQL
 * relation with "sourceVersionId" and "rank"), best rank first.
 */
function approvedPairsOf(matches: Prisma.Sql, order: Prisma.Sql, { lang, excludeParagraphId, limit }: { lang: string; excludeParagraphId: string; limit: number }) {
  return Prisma.sql`
    SELECT sv."text" AS "source", tv."text" AS "target", tv."id" AS "versionId", d."slug" AS "slug", d."title" AS "title", r."createdAt" AS "approvedAt"
    FROM ${matches}
    JOIN "SourceVersion" sv ON sv."id" = m."sourceVersionId"
    JOIN "Review" r ON r."sourceVersionId" = sv."id" AND r."decision" = 'approved'
    JOIN "TranslationVersion" tv ON tv."id" = r."translationVersionId"
    JOIN "Paragraph" p ON p."id" = tv."paragraphId"
    JOIN "Document" d ON d."id" = p."documentId"
    WHERE tv."languageCode" = ${lang} AND tv."paragraphId" <> ${excludeParagraphId}
      AND NOT EXISTS (
        SELECT 1 FROM "Review" x
        WHERE x."translationVersionId" = r."translationVersionId" AND x."decision" = 'rejected' AND x."createdAt" >= r."createdAt"
      )
    ORDER BY ${order}, r."createdAt" DESC
    LIMIT ${limit}`;
}

/**
 * SQLite: every approved pair of `lang` (except paragraph `excludeParagraphId`'s) of the English
 * versions in `texts`, JSON of [sourceVersionId, score] pairs, best score first. The memory's thread
 * chooses the texts and sets them as the statement's first value (lib/server/memory/memory-work.ts).
 */
export function approvedPairsOfTextsSql({ texts, lang, excludeParagraphId }: { texts: string; lang: string; excludeParagraphId: string }): Prisma.Sql {
  const matches = Prisma.sql`(SELECT "value" ->> 0 AS "sourceVersionId", "value" ->> 1 AS "rank" FROM json_each(${texts})) m`;
  return approvedPairsOf(matches, Prisma.sql`m."rank" DESC`, { lang, excludeParagraphId, limit: -1 });
}

/**
 * PostgreSQL: the approved pairs of `lang` whose English has any of the paragraph's `words`
 * (distinctiveWords), at most `limit`, by the full-text index's rank; null without a word.
 */
export function approvedCandidatesSql(options: { words: string[]; lang: string; excludeParagraphId: string; limit: number }): Prisma.Sql | null {
  const query = tsQueryOf(options.words);
  if (query === null) return null;
  // ts_rank: higher is better. Only the best texts are joined: joining every match to its
  // reviews before the limit cost more than the index itself. Normalization 1 divides by 1 + the
  // log of the text's length: the word score is over the longer text, and unnormalized ts_rank let
  // long texts sharing many common news words push the edited paragraph out (recall of the
  // brute-force top 3 on the year's archive, 40 samples: 70% unnormalized, 87% with 1; 57% by
  // unique words (8), 39% by length (2)).
  const matches = Prisma.sql`(
    SELECT s."id" AS "sourceVersionId", ts_rank(s."searchVector", q, 1) AS "rank"
    FROM "SourceVersion" s, to_tsquery('simple', ${query}) q
    WHERE s."searchVector" @@ q
    ORDER BY "rank" DESC LIMIT ${indexedTexts(options.limit)}
  ) m`;
  return approvedPairsOf(matches, Prisma.sql`m."rank" DESC`, options);
}

/**
 * The units of `lang` imported from TMX files whose English is most like the paragraph's, best
 * first, by the same measure as the approved pairs: their own FTS5 table ("ImportedMemoryUnitFts")
 * on SQLite, the full-text index of "ImportedMemoryUnit"."searchVector" on PostgreSQL. Null when
 * the paragraph has no words to search by.
 */
export function importedCandidatesSql(provider: DatabaseProvider, { words, lang, limit }: { words: string[]; lang: string; limit: number }): Prisma.Sql | null {
  const columns = Prisma.sql`u."id", u."source", u."target", u."origin", u."authorName", u."createdAt", u."importedAt"`;
  if (provider === 'postgresql') {
    const query = tsQueryOf(words);
    if (query === null) return null;
    return Prisma.sql`
      SELECT ${columns} FROM "ImportedMemoryUnit" u, to_tsquery('simple', ${query}) q
      WHERE u."searchVector" @@ q AND u."languageCode" = ${lang}
      ORDER BY ts_rank(u."searchVector", q, 1) DESC, u."importedAt" DESC
      LIMIT ${limit}`;
  }
  const query = ftsQueryOf(words);
  if (query === null) return null;
  return Prisma.sql`
    SELECT ${columns}
    FROM (
      SELECT "unitId", bm25("ImportedMemoryUnitFts") AS "rank"
      FROM "ImportedMemoryUnitFts" WHERE "ImportedMemoryUnitFts" MATCH ${query}
      ORDER BY "rank" LIMIT ${indexedTexts(limit)}
    ) m
    JOIN "ImportedMemoryUnit" u ON u."id" = m."unitId"
    WHERE u."languageCode" = ${lang}
    ORDER BY m."rank" ASC, u."importedAt" DESC
    LIMIT ${limit}`;
}
