import 'server-only';
// The one test for "a unique index refused this write", for the services that write what someone
// else may take in the same moment (a version number, a slug, an email, a review's decision) and
// answer with who took it instead of a 500.
import { Prisma } from './generated/prisma/client';

/**
 * Prisma's P2002 from its model calls, or P2010 from a raw statement, which carries the
 * database's own code: SQLite's SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002') return true;
  const code = String((error.meta as { code?: unknown } | undefined)?.code ?? '');
  return error.code === 'P2010' && (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505');
}
