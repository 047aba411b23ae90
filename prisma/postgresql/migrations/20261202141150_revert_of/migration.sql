-- AlterTable
ALTER TABLE "TranslationVersion" ADD COLUMN     "revertOfVersionId" TEXT;
