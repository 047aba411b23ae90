// How fast the document list answers with many documents: generates DOCUMENTS documents (1,000
// by default) of 25 paragraphs in four languages, in every state, into a fresh database, then
// times listDocuments (the page at / and GET /api/documents) for each kind of filter. The
// documents and the timing are those of `npm run bench`'s document-list figures
// (generateDocuments and timeListDocuments in scripts/bench/document-list.ts).
//
//   npx tsx --conditions=react-server scripts/measure-document-list.ts            # a temporary SQLite file
//   DATABASE_URL=postgresql://… npx tsx --conditions=react-server scripts/measure-document-list.ts   # an empty database
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocumentListFilters } from '../lib/document-list-filters';
import { readDatabaseConfig } from '../lib/server/database-config';
import { getDb } from '../lib/server/db';
import { migrateDatabase } from '../prisma/migrate';
import { GENERATED_PARAGRAPHS, generateDocuments, timeListDocuments } from './bench/document-list';

const DOCUMENTS = Number(process.env.DOCUMENTS || 1000);
/** An existing generated database (KEEP=1 keeps the temporary one and prints its folder). */
const REUSE = process.env.REUSE_DATABASE_URL;
const RUNS = 7;

async function main() {
  const dir = process.env.DATABASE_URL || REUSE ? null : mkdtempSync(path.join(tmpdir(), 'redline-list-'));
  if (dir) process.env.DATABASE_URL = `file:${path.join(dir, 'redline.db')}`;
  if (REUSE) process.env.DATABASE_URL = REUSE;
  await migrateDatabase(readDatabaseConfig());
  const db = getDb();
  try {
    if (!REUSE) {
      const started = performance.now();
      await generateDocuments(db, DOCUMENTS);
      console.log(`Generated ${DOCUMENTS} documents of ${GENERATED_PARAGRAPHS} paragraphs in 4 languages in ${Math.round(performance.now() - started)} ms.`);
    }
    const now = new Date();
    const cases: Array<[string, Partial<DocumentListFilters>]> = [
      ['first page, no filter', {}],
      ['page 30', { page: 30 }],
      ['search by title', { q: 'story 12' }],
      ['deadline overdue', { deadline: 'overdue' }],
      ['German in review', { status: 'in_review', lang: 'de' }],
      ['any language needs translation', { status: 'needs_translation' }],
      ['any language all approved', { status: 'approved' }],
      ['search + German approved + due this week', { q: 'story', status: 'approved', lang: 'de', deadline: 'week' }],
    ];
    for (const [name, filters] of cases) {
      const { total, wall, cpu } = await timeListDocuments({ page: 1, perPage: 25, ...filters }, { runs: RUNS, now });
      // CPU time is what the process spent; on a busy machine the wall time also counts waiting for a core.
      console.log(`${name.padEnd(42)} ${String(total).padStart(5)} matches   median ${wall.p50.toFixed(0).padStart(5)} ms wall, ${cpu.p50.toFixed(0).padStart(4)} ms CPU`);
    }
  } finally {
    await db.$disconnect();
    if (dir && !process.env.KEEP) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.log(`Kept ${dir}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
