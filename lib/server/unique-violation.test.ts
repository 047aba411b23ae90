import { describe, expect, it } from 'vitest';
import { Prisma } from './generated/prisma/client';
import { isUniqueViolation } from './unique-violation';

const prismaError = (code: string, meta?: Record<string, unknown>) => new Prisma.PrismaClientKnownRequestError('refused', { code, clientVersion: 'test', meta });

describe('isUniqueViolation', () => {
  it('is a unique index refusing a model call or a raw statement on either database', () => {
    expect(isUniqueViolation(prismaError('P2002', { target: ['paragraphId', 'languageCode', 'number'] }))).toBe(true);
    expect(isUniqueViolation(prismaError('P2010', { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(true);
    expect(isUniqueViolation(prismaError('P2010', { code: '23505' }))).toBe(true);
  });

  it('is not any other failure', () => {
    expect(isUniqueViolation(prismaError('P2003'))).toBe(false);
    expect(isUniqueViolation(prismaError('P2010', { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }))).toBe(false);
    expect(isUniqueViolation(prismaError('P2010', { code: '23503' }))).toBe(false);
    expect(isUniqueViolation(prismaError('P2010'))).toBe(false);
    expect(isUniqueViolation(Object.assign(new Error('a look-alike'), { code: 'P2002' }))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
