// Rows handed to the database as one JSON parameter (lib/server/json-rows.ts) come out as they
// went in, on SQLite and on PostgreSQL: texts with quotes, backslashes, line breaks and emoji,
// integers, NULLs; and a time bound with timestampParam reads back through Prisma as itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows, timestampParam } from '../../lib/server/json-rows';
import { openTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const rows = [
  { id: 'first', text: 'Er sagte: „Wladimir, STOPP!“ – \'quoted\' "double" \\ back\\slash', position: 1, note: null },
  { id: 'second', text: 'Zeile eins\nZeile zwei\ttab 😀 ﬁ e\u0301', position: 20_000, note: 'a note' },
  { id: 'third', text: '', position: -3, note: '{"looks": ["like", "json"]}' },
];

describe('jsonRows', () => {
  it('reads back every value of every row, in order', async () => {
    const table = jsonRows(rows, { id: 'text', text: 'text', position: 'integer', note: 'text' });
    const back = await database.db.$queryRaw<Array<{ id: string; text: string; position: number | bigint; note: string | null }>>`
      SELECT rows."id", rows."text", rows."position", rows."note" FROM ${table} ORDER BY rows."position"`;
    expect(back.map((row) => ({ ...row, position: Number(row.position) }))).toEqual([rows[2], rows[0], rows[1]]);
  });

  it('leaves out the keys that are not columns, and reads an empty list as no rows', async () => {
    const table = jsonRows(rows, { id: 'text' });
    expect(await database.db.$queryRaw`SELECT * FROM ${table}`).toEqual(rows.map(({ id }) => ({ id })));
    const none = jsonRows([] as Array<{ id: string }>, { id: 'text' });
    expect(await database.db.$queryRaw`SELECT * FROM ${none}`).toEqual([]);
  });

  it('refuses a column name that is not a plain name, before any SQL', () => {
    expect(() => jsonRows([{ 'id"; DROP TABLE x; --': 'x' }], { 'id"; DROP TABLE x; --': 'text' })).toThrow('is not a plain column name');
  });

  it('inserts with INSERT ... SELECT, its times read back by Prisma as the same instants', async () => {
    const at = new Date('2025-04-24T19:33:20.123Z');
    const table = jsonRows(rows, { id: 'text', text: 'text' });
    await database.db.$executeRaw`
      INSERT INTO "verification" ("id", "identifier", "value", "expiresAt", "createdAt", "updatedAt")
      SELECT rows."id", 'json-rows', rows."text", ${timestampParam(at)}, ${timestampParam(at)}, ${timestampParam(at)} FROM ${table}`;
    const stored = await database.db.verification.findMany({ where: { identifier: 'json-rows' }, orderBy: { id: 'asc' }, select: { id: true, value: true, expiresAt: true } });
    expect(stored).toEqual(
      rows.map(({ id, text }) => ({ id, value: text, expiresAt: at })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    // Compared as the app compares them: a later time sorts after.
    const later = await database.db.verification.count({ where: { identifier: 'json-rows', expiresAt: { gt: new Date('2025-04-24T19:33:20.122Z') } } });
    expect(later).toBe(3);
  });
});
