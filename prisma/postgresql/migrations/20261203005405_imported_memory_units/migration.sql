-- Translation-memory units imported from TMX files. Their English gets a pg_trgm GIN index like
-- SourceVersion's (20261202192000_memory_index created the extension).
-- CreateTable
CREATE TABLE "ImportedMemoryUnit" (
    "id" TEXT NOT NULL,
    "languageCode" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "targetSearchText" TEXT NOT NULL,
    "pairHash" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3),
    "authorName" TEXT,
    "importedById" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedMemoryUnit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportedMemoryUnit_pairHash_key" ON "ImportedMemoryUnit"("pairHash");

-- CreateIndex
CREATE INDEX "ImportedMemoryUnit_languageCode_importedAt_idx" ON "ImportedMemoryUnit"("languageCode", "importedAt");

-- CreateIndex
CREATE INDEX "ImportedMemoryUnit_searchText_trgm_idx" ON "ImportedMemoryUnit" USING GIN ("searchText" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ImportedMemoryUnit" ADD CONSTRAINT "ImportedMemoryUnit_languageCode_fkey" FOREIGN KEY ("languageCode") REFERENCES "Language"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportedMemoryUnit" ADD CONSTRAINT "ImportedMemoryUnit_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
