-- Candidates of the translation memory by the full-text search of PostgreSQL instead of the
-- similarity of pg_trgm: on the archive of a year (30,000 English paragraphs) a trigram query at
-- a threshold low enough for 50% word matches scanned nearly every row and took over 5 s
-- (bench/misses.md). "searchVector" holds the words of "searchText" (configuration simple:
-- lower-cased words, no stemming, no stop words, like the unicode61 tokenizer of SQLite FTS5),
-- computed by the database on every insert and update, so no code writes it. A GIN index finds
-- the texts that share a word, and lib/server/memory/memory-candidates-sql.ts asks it. The trigram
-- indexes stay: the searches for a part of a word (contains) use them.

-- AlterTable
ALTER TABLE "ImportedMemoryUnit" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "searchText")) STORED;

-- AlterTable
ALTER TABLE "SourceVersion" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "searchText")) STORED;

-- CreateIndex
CREATE INDEX "ImportedMemoryUnit_searchVector_idx" ON "ImportedMemoryUnit" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "SourceVersion_searchVector_idx" ON "SourceVersion" USING GIN ("searchVector");
