-- AlterTable
ALTER TABLE "TranslationVersion" ADD COLUMN "machineProvider" TEXT;
ALTER TABLE "TranslationVersion" ADD COLUMN "machineTranslationId" TEXT;

-- CreateTable
CREATE TABLE "MachineTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceVersionId" TEXT NOT NULL,
    "languageCode" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MachineTranslation_sourceVersionId_fkey" FOREIGN KEY ("sourceVersionId") REFERENCES "SourceVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MachineTranslation_sourceVersionId_languageCode_provider_key" ON "MachineTranslation"("sourceVersionId", "languageCode", "provider");
