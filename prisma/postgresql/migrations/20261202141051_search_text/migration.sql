-- Existing rows get an empty searchText here. prisma/backfill-search-text.ts, run after the
-- migrations, fills it in with the folding the app writes (lower() would not fold "ß" or
-- combining marks, and depends on the database's locale).

-- AlterTable
ALTER TABLE "SourceVersion" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SourceVersion" ALTER COLUMN "searchText" DROP DEFAULT;

-- AlterTable
ALTER TABLE "TranslationVersion" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';
ALTER TABLE "TranslationVersion" ALTER COLUMN "searchText" DROP DEFAULT;
