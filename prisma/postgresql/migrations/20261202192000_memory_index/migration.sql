-- The translation memory's index: trigram similarity (pg_trgm) of the English source versions'
-- search form, which lib/server/memory/memory-candidates-sql.ts asks for the approved pairs most
-- like a paragraph. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the
-- database's owner may create it. The index is in prisma/models.prisma (a `// postgresql only`
-- line). Whether a version's translations are approved is asked at query time, so reviews,
-- revoked approvals and removed paragraphs need nothing here.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "SourceVersion_searchText_trgm_idx" ON "SourceVersion" USING GIN ("searchText" gin_trgm_ops);
