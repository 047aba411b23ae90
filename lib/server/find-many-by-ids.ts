import 'server-only';
// Loads rows by a long list of ids in batches: SQLite (through Prisma's driver adapter) takes at
// most 999 bound parameters per statement, and a 2,000-paragraph document has more ids than that.
export const IDS_PER_QUERY = 500;

export async function findManyByIds<T>(ids: string[], load: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    rows.push(...(await load(ids.slice(start, start + IDS_PER_QUERY))));
  }
  return rows;
}
