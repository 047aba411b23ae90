-- Every English source version in the order it was committed, for the translation memory's
-- index of the English (lib/memory-english-index.ts), which the memory's thread keeps in memory
-- and brings up to date before each suggestion by reading the versions after the last it read
-- (lib/server/memory/memory-thread-worker.ts). AUTOINCREMENT: a number is never given twice, not
-- even after the newest row is deleted, and SQLite's one writer at a time commits them in order.
-- Raw SQL beside Prisma's schema, as the FTS5 tables (prisma/providers.ts: RAW_SQL_TABLES). The app
-- never deletes English versions; a row of a version deleted by hand stays, and the memory's
-- query finds no such version.
CREATE TABLE "SourceVersionLog" (
  "seq" INTEGER PRIMARY KEY AUTOINCREMENT,
  "sourceVersionId" TEXT NOT NULL
);

INSERT INTO "SourceVersionLog" ("sourceVersionId") SELECT "id" FROM "SourceVersion" ORDER BY "createdAt", "id";

CREATE TRIGGER "SourceVersionLog_insert" AFTER INSERT ON "SourceVersion" BEGIN
  INSERT INTO "SourceVersionLog" ("sourceVersionId") VALUES (NEW."id");
END;

-- The FTS5 index of the English that the memory asked before (20261202192000_memory_index): the
-- index in memory finds the texts by the word score itself, and nothing else asks this one.
DROP TRIGGER "SourceVersionFts_insert";
DROP TRIGGER "SourceVersionFts_delete";
DROP TRIGGER "SourceVersionFts_update";
DROP TABLE "SourceVersionFts";
