-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "carriedFromReviewId" TEXT;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_carriedFromReviewId_fkey" FOREIGN KEY ("carriedFromReviewId") REFERENCES "Review"("id") ON DELETE SET NULL ON UPDATE CASCADE;
