-- The translation memory's index: every English source version's search form in an FTS5 table,
-- which lib/server/memory/memory-candidates-sql.ts asks for the approved pairs most like a
-- paragraph (bm25 on its words). Raw SQL: Prisma's schema has no virtual tables or triggers.
-- The table keeps its own copy of the text and the version's id (not an external-content table
-- on SourceVersion's rowid, which VACUUM may renumber). Triggers keep it in step with
-- SourceVersion. Whether a version's translations are approved is asked at query time, so
-- reviews, revoked approvals and removed paragraphs need nothing here.
CREATE VIRTUAL TABLE "SourceVersionFts" USING fts5(
  "sourceVersionId" UNINDEXED,
  "searchText",
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "SourceVersionFts" ("sourceVersionId", "searchText") SELECT "id", "searchText" FROM "SourceVersion";

CREATE TRIGGER "SourceVersionFts_insert" AFTER INSERT ON "SourceVersion" BEGIN
  INSERT INTO "SourceVersionFts" ("sourceVersionId", "searchText") VALUES (NEW."id", NEW."searchText");
END;

-- The app never deletes English versions: a document deleted by hand takes its versions along.
CREATE TRIGGER "SourceVersionFts_delete" AFTER DELETE ON "SourceVersion" BEGIN
  DELETE FROM "SourceVersionFts" WHERE "sourceVersionId" = OLD."id";
END;

-- The search-text backfill (prisma/backfill-search-text.ts) rewrites "searchText" in place.
CREATE TRIGGER "SourceVersionFts_update" AFTER UPDATE OF "searchText" ON "SourceVersion" BEGIN
  DELETE FROM "SourceVersionFts" WHERE "sourceVersionId" = OLD."id";
  INSERT INTO "SourceVersionFts" ("sourceVersionId", "searchText") VALUES (NEW."id", NEW."searchText");
END;
