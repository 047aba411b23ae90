-- CreateIndex
CREATE INDEX "Review_sourceVersionId_decision_idx" ON "Review"("sourceVersionId", "decision");
