import 'server-only';
// The translation memory's candidates for a paragraph: the approved pairs in one language of the
// English texts that the memory's index in memory chose (lib/memory-english-index.ts), and the
// units imported from TMX files whose English is most like the paragraph's, asked of each
// database's full-text index (SQLite FTS5's bm25, PostgreSQL's ts_rank). lib/translation-memory.ts
// scores them all.
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
 * How many of the FTS5 index's best imported texts are joined to their units: enough for `limit`
 * units when not every text is in the language.
 */
const indexedTexts = (limit: number) => limit * 3;

/**
 * The approved pairs of `lang` that are still approved (no rejection of the same translation
 * version came at or after the approval: the latest decision counts, as in the status), except
 * those of paragraph `excludeParagraphId`, joined to the English versions `matches` (an SQL
 * relation with "sourceVersionId" and "rank"), best rank first.
 */
function approvedPairsOf(matches: Prisma.Sql, order: Prisma.Sql, { lang, excludeParagraphId }: { lang: string; excludeParagraphId: string }) {
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
    ORDER BY ${order}, r."createdAt" DESC`;
}

/**
 * Every approved pair of `lang` (except paragraph `excludeParagraphId`'s) of the English versions
 * in `texts`, the JSON of the index's answer (EnglishIndex.best: sourceVersionId and score), best
 * score first. On SQLite the memory's thread sets `texts`: it is the statement's first value
 * (lib/server/memory/memory-work.ts).
 */
export function approvedPairsOfTextsSql(provider: DatabaseProvider, { texts, lang, excludeParagraphId }: { texts: string; lang: string; excludeParagraphId: string }): Prisma.Sql {
  const matches =
    provider === 'postgresql'
      ? Prisma.sql`(SELECT t."sourceVersionId", t."score" AS "rank" FROM json_to_recordset(CAST(${texts} AS json)) AS t("sourceVersionId" text, "score" integer)) m`
      : Prisma.sql`(SELECT "value" ->> '$.sourceVersionId' AS "sourceVersionId", "value" ->> '$.score' AS "rank" FROM json_each(${texts})) m`;
  return approvedPairsOf(matches, Prisma.sql`m."rank" DESC`, { lang, excludeParagraphId });
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
