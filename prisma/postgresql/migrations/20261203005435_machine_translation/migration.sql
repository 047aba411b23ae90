-- AlterTable
ALTER TABLE "TranslationVersion" ADD COLUMN     "machineProvider" TEXT,
ADD COLUMN     "machineTranslationId" TEXT;

-- CreateTable
CREATE TABLE "MachineTranslation" (
    "id" TEXT NOT NULL,
    "sourceVersionId" TEXT NOT NULL,
    "languageCode" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MachineTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MachineTranslation_sourceVersionId_languageCode_provider_key" ON "MachineTranslation"("sourceVersionId", "languageCode", "provider");

-- AddForeignKey
ALTER TABLE "MachineTranslation" ADD CONSTRAINT "MachineTranslation_sourceVersionId_fkey" FOREIGN KEY ("sourceVersionId") REFERENCES "SourceVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
