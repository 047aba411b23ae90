-- A source version's "seq" is taken after its transaction has an id. The memory's index of the
-- English reads on by "seq" and moves past a number only once every transaction that could
-- still commit a lower one has ended, known by transaction ids (lib/memory-english-cursor.ts).
-- A column default runs before the row is written, and PostgreSQL gives a transaction its id
-- at its first write, so a transaction whose first write was a source version took its number
-- before it had an id: a read made in between saw a higher number commit, and the cursor could
-- move past this one before it committed, leaving the version out of the index. The default now
-- asks for the transaction's id first (pg_current_xact_id assigns one), then the number. No
-- semicolon may appear here: the migration runner splits statements on it.

-- CreateFunction
CREATE FUNCTION redline_source_version_seq() RETURNS bigint LANGUAGE sql VOLATILE AS $$
  SELECT CASE WHEN pg_current_xact_id() IS NOT NULL THEN nextval('"SourceVersion_seq_seq"') END
$$;

-- AlterTable
ALTER TABLE "SourceVersion" ALTER COLUMN "seq" SET DEFAULT redline_source_version_seq();
