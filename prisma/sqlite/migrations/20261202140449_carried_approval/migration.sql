-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "translationVersionId" TEXT NOT NULL,
    "sourceVersionId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT,
    "overrideReason" TEXT,
    "carriedFromReviewId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Review_translationVersionId_fkey" FOREIGN KEY ("translationVersionId") REFERENCES "TranslationVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_sourceVersionId_fkey" FOREIGN KEY ("sourceVersionId") REFERENCES "SourceVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Review_carriedFromReviewId_fkey" FOREIGN KEY ("carriedFromReviewId") REFERENCES "Review" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Review" ("comment", "createdAt", "decision", "id", "overrideReason", "reviewerId", "sourceVersionId", "translationVersionId") SELECT "comment", "createdAt", "decision", "id", "overrideReason", "reviewerId", "sourceVersionId", "translationVersionId" FROM "Review";
DROP TABLE "Review";
ALTER TABLE "new_Review" RENAME TO "Review";
CREATE UNIQUE INDEX "Review_translationVersionId_sourceVersionId_decision_key" ON "Review"("translationVersionId", "sourceVersionId", "decision");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
