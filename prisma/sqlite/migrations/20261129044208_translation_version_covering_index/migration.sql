-- CreateIndex
CREATE INDEX "TranslationVersion_paragraphId_languageCode_number_sourceVersionId_id_idx" ON "TranslationVersion"("paragraphId", "languageCode", "number", "sourceVersionId", "id");
