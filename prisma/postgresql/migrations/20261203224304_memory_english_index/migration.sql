-- The translation memory's index of the English moves into memory (lib/memory-english-index.ts),
-- on the memory's thread, which finds the texts most like a paragraph by the word score itself:
-- the full-text index it asked before ranked by ts_rank and left about a sixth of the best
-- matches out at a year's archive (bench/misses.md). "seq" numbers the versions in the order
-- they are written, from a sequence, and the index reads on from the last it read
-- (lib/server/memory/english-since-postgresql.ts, which also waits for the transactions that
-- took lower numbers to end). The rows here get theirs in any order: the index reads them all
-- the first time. The English's tsvector and its GIN index go: nothing else asks them.

-- DropIndex
DROP INDEX "SourceVersion_searchVector_idx";

-- AlterTable
ALTER TABLE "SourceVersion" DROP COLUMN "searchVector",
ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "SourceVersion_seq_key" ON "SourceVersion"("seq");
