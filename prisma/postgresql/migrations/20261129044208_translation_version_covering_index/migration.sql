-- CreateIndex
CREATE INDEX "TranslationVersion_paragraphId_languageCode_number_sourceVe_idx" ON "TranslationVersion"("paragraphId", "languageCode", "number", "sourceVersionId", "id");
