import 'server-only';
// The status rule of lib/paragraph-status.ts written as SQL, so that the document list counts
// and filters statuses of many documents in the database: a handful of statements for a page
// instead of several per document. Plain SQL that SQLite and PostgreSQL both read (quoted
// identifiers). tests/integration/document-list.test.ts checks that it agrees with
// `deriveStatus` on every status.
import type { DocumentStatusFilter } from '../../document-list-filters';
import { Prisma } from '../generated/prisma/client';

/** The status of paragraph p in the language its current translation tv (or none) is in; sv is p's current English. */
const STATUS = Prisma.sql`CASE
    WHEN tv."id" IS NULL THEN 'untranslated'
    WHEN (SELECT r."decision" FROM "Review" r WHERE r."translationVersionId" = tv."id" ORDER BY r."createdAt" DESC LIMIT 1) = 'rejected' THEN 'rejected'
    WHEN EXISTS (SELECT 1 FROM "Review" r WHERE r."translationVersionId" = tv."id" AND r."decision" = 'approved' AND r."sourceVersionId" = sv."id") THEN 'approved'
    WHEN tv."sourceVersionId" <> sv."id" OR EXISTS (SELECT 1 FROM "Review" r WHERE r."translationVersionId" = tv."id") THEN 'outdated'
    ELSE 'in_review'
  END`;

/** Joins to paragraph p its current English sv and its current translation tv into the language `lang` (an SQL expression). */
function currentVersionsOf(lang: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`JOIN "SourceVersion" sv ON sv."paragraphId" = p."id"
      AND sv."number" = (SELECT MAX(x."number") FROM "SourceVersion" x WHERE x."paragraphId" = p."id")
    LEFT JOIN "TranslationVersion" tv ON tv."paragraphId" = p."id" AND tv."languageCode" = ${lang}
      AND tv."number" = (SELECT MAX(y."number") FROM "TranslationVersion" y WHERE y."paragraphId" = p."id" AND y."languageCode" = ${lang})`;
}

/**
 * One row per paragraph in the article (removed ones left out) and target language of the documents `documentIds` lists: `documentId`,
 * `languageCode`, `status` and `words` (of the paragraph's current English).
 */
export function paragraphStatusesSql(documentIds: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT p."documentId" AS "documentId", dl."languageCode" AS "languageCode", ${STATUS} AS "status", ${wordsSql(Prisma.sql`sv."text"`)} AS "words"
    FROM "DocumentLanguage" dl
    JOIN "Paragraph" p ON p."documentId" = dl."documentId"
    ${currentVersionsOf(Prisma.sql`dl."languageCode"`)}
    WHERE dl."documentId" IN (${Prisma.join(documentIds)}) AND p."removedAt" IS NULL`;
}

/**
 * Whether the document language `dl` (an alias in the enclosing query) is in a state:
 * `needs_translation` while any paragraph is untranslated, outdated or rejected; otherwise
 * `in_review` while any waits for review; otherwise `approved`. Written as EXISTS, so that the
 * database stops at the first paragraph that decides (an untranslated first paragraph settles
 * "needs translation"), instead of deriving every paragraph's status of every document.
 */
export function languageStateSql(state: DocumentStatusFilter): Prisma.Sql {
  const some = (condition: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "Paragraph" p ${currentVersionsOf(Prisma.sql`dl."languageCode"`)} WHERE p."documentId" = dl."documentId" AND p."removedAt" IS NULL AND ${STATUS} ${condition})`;
  const needsTranslation = some(Prisma.sql`IN ('untranslated', 'outdated', 'rejected')`);
  if (state === 'needs_translation') return needsTranslation;
  if (state === 'in_review') return Prisma.sql`(NOT ${needsTranslation} AND ${some(Prisma.sql`= 'in_review'`)})`;
  return Prisma.sql`NOT ${some(Prisma.sql`<> 'approved'`)}`;
}

/**
 * Words of a text, counted as its spaces and line breaks plus one. Exact for what the importer
 * writes (one space between words); a double space typed into a later edit counts one word more.
 */
function wordsSql(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(LENGTH(${text}) - LENGTH(REPLACE(REPLACE(${text}, ' ', ''), ${'\n'}, '')) + 1)`;
}
