-- Translation-memory units imported from TMX files, with their own FTS5 index of the English
-- (as "SourceVersionFts" for source versions, see 20261202192000_memory_index), which
-- lib/server/memory/memory-candidates-sql.ts asks beside it. Triggers keep it in step.
-- CreateTable
CREATE TABLE "ImportedMemoryUnit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "languageCode" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "targetSearchText" TEXT NOT NULL,
    "pairHash" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" DATETIME,
    "authorName" TEXT,
    "importedById" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ImportedMemoryUnit_languageCode_fkey" FOREIGN KEY ("languageCode") REFERENCES "Language" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ImportedMemoryUnit_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportedMemoryUnit_pairHash_key" ON "ImportedMemoryUnit"("pairHash");

-- CreateIndex
CREATE INDEX "ImportedMemoryUnit_languageCode_importedAt_idx" ON "ImportedMemoryUnit"("languageCode", "importedAt");

CREATE VIRTUAL TABLE "ImportedMemoryUnitFts" USING fts5(
  "unitId" UNINDEXED,
  "searchText",
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "ImportedMemoryUnitFts_insert" AFTER INSERT ON "ImportedMemoryUnit" BEGIN
  INSERT INTO "ImportedMemoryUnitFts" ("unitId", "searchText") VALUES (NEW."id", NEW."searchText");
END;

CREATE TRIGGER "ImportedMemoryUnitFts_delete" AFTER DELETE ON "ImportedMemoryUnit" BEGIN
  DELETE FROM "ImportedMemoryUnitFts" WHERE "unitId" = OLD."id";
END;

CREATE TRIGGER "ImportedMemoryUnitFts_update" AFTER UPDATE OF "searchText" ON "ImportedMemoryUnit" BEGIN
  DELETE FROM "ImportedMemoryUnitFts" WHERE "unitId" = OLD."id";
  INSERT INTO "ImportedMemoryUnitFts" ("unitId", "searchText") VALUES (NEW."id", NEW."searchText");
END;
