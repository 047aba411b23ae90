-- AlterTable
ALTER TABLE "Review" ADD COLUMN "overrideReason" TEXT;

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "note" TEXT,
    "doNotTranslate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "GlossaryTerm_targetLang_idx" ON "GlossaryTerm"("targetLang");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_sourceLang_targetLang_source_key" ON "GlossaryTerm"("sourceLang", "targetLang", "source");
