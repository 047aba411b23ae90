import 'server-only';
// The status rule of lib/paragraph-status.ts written as SQL, so that the document list can count
// and filter statuses of many documents in the database, a handful of statements for a page
// instead of several per document. Plain SQL that SQLite and PostgreSQL both read (quoted
// identifiers). tests/integration/document-list.test.ts checks that it agrees with
// `deriveStatus` on every status.
import { Prisma } from '../generated/prisma/client';

/**
 * One row per paragraph and target language of the documents whose ids `documentIds` selects (a
 * subquery or a list): `documentId`, `languageCode`, `status` and, with `words`, the number of
 * words of the paragraph's current English.
 */
export function paragraphStatusesSql({ documentIds, lang, words = false }: { documentIds: Prisma.Sql; lang?: string; words?: boolean }): Prisma.Sql {
  return Prisma.sql`
    SELECT p."documentId" AS "documentId", dl."languageCode" AS "languageCode",
      CASE
        WHEN tv."id" IS NULL THEN 'untranslated'
        WHEN (SELECT r."decision" FROM "Review" r WHERE r."translationVersionId" = tv."id" ORDER BY r."createdAt" DESC LIMIT 1) = 'rejected' THEN 'rejected'
        WHEN EXISTS (SELECT 1 FROM "Review" r WHERE r."translationVersionId" = tv."id" AND r."decision" = 'approved' AND r."sourceVersionId" = sv."id") THEN 'approved'
        WHEN tv."sourceVersionId" <> sv."id" OR EXISTS (SELECT 1 FROM "Review" r WHERE r."translationVersionId" = tv."id") THEN 'outdated'
        ELSE 'in_review'
      END AS "status"
      ${words ? Prisma.sql`, ${wordsSql(Prisma.sql`sv."text"`)} AS "words"` : Prisma.empty}
    FROM "Paragraph" p
    JOIN "SourceVersion" sv ON sv."paragraphId" = p."id"
      AND sv."number" = (SELECT MAX(x."number") FROM "SourceVersion" x WHERE x."paragraphId" = p."id")
    JOIN "DocumentLanguage" dl ON dl."documentId" = p."documentId"
    LEFT JOIN "TranslationVersion" tv ON tv."paragraphId" = p."id" AND tv."languageCode" = dl."languageCode"
      AND tv."number" = (SELECT MAX(y."number") FROM "TranslationVersion" y WHERE y."paragraphId" = p."id" AND y."languageCode" = dl."languageCode")
    WHERE p."documentId" IN (${documentIds}) ${lang ? Prisma.sql`AND dl."languageCode" = ${lang}` : Prisma.empty}`;
}

/**
 * The state of each (document, language): `needs_translation` while any paragraph is
 * untranslated, outdated or rejected; otherwise `in_review` while any waits for review;
 * otherwise `approved`.
 */
export function languageStatesSql(statuses: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT s."documentId" AS "documentId", s."languageCode" AS "languageCode",
      CASE
        WHEN SUM(CASE WHEN s."status" IN ('untranslated', 'outdated', 'rejected') THEN 1 ELSE 0 END) > 0 THEN 'needs_translation'
        WHEN SUM(CASE WHEN s."status" = 'in_review' THEN 1 ELSE 0 END) > 0 THEN 'in_review'
        ELSE 'approved'
      END AS "state"
    FROM (${statuses}) s
    GROUP BY s."documentId", s."languageCode"`;
}

/**
 * Words of a text, counted as its spaces and line breaks plus one. Exact for what the importer
 * writes (one space between words); a double space typed into a later edit counts one word more.
 */
function wordsSql(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(LENGTH(${text}) - LENGTH(REPLACE(REPLACE(${text}, ' ', ''), ${'\n'}, '')) + 1)`;
}
