import 'server-only';
// Many rows in one bound parameter: a bulk write sends its rows as one JSON text, which the
// database unpacks in its own code (SQLite's jsonb_each, PostgreSQL's json_to_recordset):
//
//   const table = jsonRows(rows, { id: 'text', text: 'text' });   // before the transaction
//   INSERT INTO "T" ("id", "text") SELECT rows."id", rows."text" FROM ${table}
//
// instead of a VALUES list of one parameter per value. Prisma spends JavaScript on every bound
// parameter (2,000 versions of ten columns took it 60 to 75 ms), and on SQLite the statements of a
// transaction run on the event loop with nothing else let in between them; with the JSON written
// before the transaction, such a statement holds the loop only for SQLite's own work.
import { dbProvider } from './db';
import { Prisma } from './generated/prisma/client';

export type JsonColumnType = 'text' | 'integer' | 'boolean';
type Value = string | number | boolean | null;

/** Column names are the code's own, never a request's: checked, as they go into the SQL as they are. */
const COLUMN_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * `rows` as a table named `rows` for a FROM clause, with the given columns and types (other keys
 * of the rows are left out). The JSON is written here, so call it before the transaction.
 */
export function jsonRows<Column extends string>(rows: ReadonlyArray<NoInfer<Record<Column, Value>>>, columns: Record<Column, JsonColumnType>): Prisma.Sql {
  const names = Object.keys(columns) as Column[];
  for (const name of names) {
    if (!COLUMN_NAME.test(name)) throw new Error(`jsonRows: "${name}" is not a plain column name.`);
  }
  if (dbProvider() === 'postgresql') {
    const json = JSON.stringify(rows.map((row) => Object.fromEntries(names.map((name) => [name, row[name]]))));
    const types = names.map((name) => `"${name}" ${columns[name]}`).join(', ');
    return Prisma.sql`json_to_recordset(CAST(${json} AS json)) AS rows(${Prisma.raw(types)})`;
  }
  // Each row an array, the whole converted to SQLite's binary JSON once: reading a field of a
  // row is then a lookup, where json_each's text would be parsed again for every field (half the
  // statement's time for 2,000 versions). A JSON true or false reads as 1 or 0, as Prisma stores
  // a Boolean in SQLite.
  const json = JSON.stringify(rows.map((row) => names.map((name) => row[name])));
  const fields = names.map((name, index) => `value ->> ${index} AS "${name}"`).join(', ');
  return Prisma.sql`(SELECT ${Prisma.raw(fields)} FROM jsonb_each(jsonb(${json}))) AS rows`;
}

/** A time for a column of INSERT ... SELECT: PostgreSQL takes an untyped parameter there as text. */
export function timestampParam(at: Date): Prisma.Sql {
  return dbProvider() === 'postgresql' ? Prisma.sql`CAST(${at} AS timestamp(3))` : Prisma.sql`${at}`;
}
