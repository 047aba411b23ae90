-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "sourceRevision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN     "removedAt" TIMESTAMP(3),
ADD COLUMN     "removedById" TEXT,
ADD COLUMN     "removedFromPosition" INTEGER;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
