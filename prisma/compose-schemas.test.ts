import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composedSchemas, composeSchema } from './compose-schemas';

describe('the per-database schemas', () => {
  it('are what prisma/models.prisma composes (run `npm run db:schemas` after editing the models)', () => {
    for (const schema of composedSchemas()) {
      expect(readFileSync(schema.path, 'utf8'), `prisma/${schema.provider}/schema.prisma`).toBe(schema.content);
    }
  });

  it('differ only in the provider and the generated client', () => {
    const models = 'model Thing {\n  id String @id\n}\n';
    const lines = (text: string) => text.split('\n');
    const sqlite = lines(composeSchema('sqlite', models));
    const postgres = lines(composeSchema('postgresql', models));
    const differing = sqlite.filter((line, index) => line !== postgres[index]);
    expect(differing).toEqual([
      expect.stringContaining('This file only adds the sqlite'),
      '  output       = "../../lib/server/generated/prisma"',
      '  provider = "sqlite"',
    ]);
  });

  it('keep a line marked for one database out of the other', () => {
    const models = 'model Thing {\n  id String @id\n  text String\n  @@index([text(ops: raw("gin_trgm_ops"))], type: Gin) // postgresql only\n}\n';
    expect(composeSchema('postgresql', models)).toContain('  @@index([text(ops: raw("gin_trgm_ops"))], type: Gin)\n}');
    expect(composeSchema('postgresql', models)).not.toContain('postgresql only');
    expect(composeSchema('sqlite', models)).not.toContain('@@index');
  });

  it('keep the documentation of a line marked for one database with it, and the rest', () => {
    const models = 'model Thing {\n  /// The id.\n  id String @id\n  /// The order written,\n  /// from a sequence.\n  seq BigInt // postgresql only\n}\n';
    expect(composeSchema('postgresql', models)).toContain('  /// The id.\n  id String @id\n  /// The order written,\n  /// from a sequence.\n  seq BigInt\n}');
    expect(composeSchema('sqlite', models)).toContain('  /// The id.\n  id String @id\n}');
  });
});
