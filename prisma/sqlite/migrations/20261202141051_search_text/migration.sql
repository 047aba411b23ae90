-- Existing rows get an empty searchText here. prisma/backfill-search-text.ts, run after the
-- migrations, fills it in (SQL cannot, as SQLite's lower() folds ASCII only).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SourceVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "paragraphId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SourceVersion_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SourceVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SourceVersion" ("authorId", "createdAt", "id", "number", "paragraphId", "text", "searchText") SELECT "authorId", "createdAt", "id", "number", "paragraphId", "text", '' FROM "SourceVersion";
DROP TABLE "SourceVersion";
ALTER TABLE "new_SourceVersion" RENAME TO "SourceVersion";
CREATE UNIQUE INDEX "SourceVersion_paragraphId_number_key" ON "SourceVersion"("paragraphId", "number");
CREATE TABLE "new_TranslationVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "paragraphId" TEXT NOT NULL,
    "languageCode" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "baseVersionId" TEXT,
    "sourceVersionId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TranslationVersion_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TranslationVersion_languageCode_fkey" FOREIGN KEY ("languageCode") REFERENCES "Language" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TranslationVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TranslationVersion_sourceVersionId_fkey" FOREIGN KEY ("sourceVersionId") REFERENCES "SourceVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_TranslationVersion" ("authorId", "baseVersionId", "createdAt", "id", "languageCode", "number", "paragraphId", "sourceVersionId", "text", "searchText") SELECT "authorId", "baseVersionId", "createdAt", "id", "languageCode", "number", "paragraphId", "sourceVersionId", "text", '' FROM "TranslationVersion";
DROP TABLE "TranslationVersion";
ALTER TABLE "new_TranslationVersion" RENAME TO "TranslationVersion";
CREATE INDEX "TranslationVersion_paragraphId_languageCode_number_sourceVersionId_id_idx" ON "TranslationVersion"("paragraphId", "languageCode", "number", "sourceVersionId", "id");
CREATE UNIQUE INDEX "TranslationVersion_paragraphId_languageCode_number_key" ON "TranslationVersion"("paragraphId", "languageCode", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
