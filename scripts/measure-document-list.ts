// How fast the document list answers with many documents: generates DOCUMENTS documents (1,000
// by default) of 25 paragraphs in four languages, in every state, into a fresh database, then
// times listDocuments (the page at / and GET /api/documents) for each kind of filter.
//
//   npx tsx --conditions=react-server scripts/measure-document-list.ts            # a temporary SQLite file
//   DATABASE_URL=postgresql://… npx tsx --conditions=react-server scripts/measure-document-list.ts   # an empty database
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocumentListFilters } from '../lib/document-list-filters';
import { readDatabaseConfig } from '../lib/server/database-config';
import { getDb } from '../lib/server/db';
import { listDocuments } from '../lib/server/documents/list-documents';
import { Prisma } from '../lib/server/generated/prisma/client';
import { LANGUAGES } from '../lib/server/seed/languages';
import { migrateDatabase } from '../prisma/migrate';

const DOCUMENTS = Number(process.env.DOCUMENTS || 1000);
/** An existing generated database (KEEP=1 keeps the temporary one and prints its folder). */
const REUSE = process.env.REUSE_DATABASE_URL;
const PARAGRAPHS = 25;
const RUNS = 7;
const HOUR = 3_600_000;

async function main() {
  const dir = process.env.DATABASE_URL || REUSE ? null : mkdtempSync(path.join(tmpdir(), 'redline-list-'));
  if (dir) process.env.DATABASE_URL = `file:${path.join(dir, 'redline.db')}`;
  if (REUSE) process.env.DATABASE_URL = REUSE;
  await migrateDatabase(readDatabaseConfig());
  const db = getDb();
  try {
    if (!REUSE) {
      const started = performance.now();
      await generate(db);
      console.log(`Generated ${DOCUMENTS} documents of ${PARAGRAPHS} paragraphs in 4 languages in ${Math.round(performance.now() - started)} ms.`);
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
    const actor = { id: 'x', name: 'x', email: 'x@example.com', role: 'reader' as const, languages: [] };
    for (const [name, filters] of cases) {
      const times: number[] = [];
      const cpu: number[] = [];
      let total = 0;
      for (let run = 0; run < RUNS; run++) {
        const t = performance.now();
        const c = process.cpuUsage();
        total = (await listDocuments({ actor, filters: { page: 1, perPage: 25, ...filters }, now })).total;
        const used = process.cpuUsage(c);
        times.push(performance.now() - t);
        cpu.push((used.user + used.system) / 1000);
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[RUNS >> 1].toFixed(0);
      // CPU time is what the process spent; on a busy machine the wall time also counts waiting for a core.
      console.log(`${name.padEnd(42)} ${String(total).padStart(5)} matches   median ${median(times).padStart(5)} ms wall, ${median(cpu).padStart(4)} ms CPU`);
    }
  } finally {
    await db.$disconnect();
    if (dir && !process.env.KEEP) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.log(`Kept ${dir}`);
  }
}

/** Documents in every state: German approved, in review, half done or untouched; Ukrainian sometimes approved; French never started. */
async function generate(db: ReturnType<typeof getDb>) {
  for (const language of LANGUAGES) await db.language.upsert({ where: { code: language.code }, create: language, update: {} });
  const userId = randomUUID();
  await db.user.create({ data: { id: userId, email: 'generator@example.com', name: 'Generator', role: 'editor' } });
  const now = Date.now();
  const rows = { documents: [] as Prisma.Sql[], languages: [] as Prisma.Sql[], paragraphs: [] as Prisma.Sql[], sources: [] as Prisma.Sql[], versions: [] as Prisma.Sql[], reviews: [] as Prisma.Sql[] };
  for (let d = 0; d < DOCUMENTS; d++) {
    const id = randomUUID();
    const createdAt = new Date(now - (DOCUMENTS - d) * 60_000);
    const deadline = [new Date(now - 5 * HOUR), new Date(now + 5 * HOUR), new Date(now + 72 * HOUR), null, null][d % 5];
    rows.documents.push(Prisma.sql`(${id}, ${`story-${d}`}, ${`Generated story ${d}`}, 'en', ${createdAt}, ${deadline})`);
    for (const lang of ['de', 'fr', 'uk', 'ar']) rows.languages.push(Prisma.sql`(${id}, ${lang})`);
    for (let p = 1; p <= PARAGRAPHS; p++) {
      const paragraphId = randomUUID();
      const sourceId = randomUUID();
      rows.paragraphs.push(Prisma.sql`(${paragraphId}, ${id}, ${p}, 'body', ${createdAt})`);
      rows.sources.push(Prisma.sql`(${sourceId}, ${paragraphId}, 1, ${`Paragraph ${p} of generated story ${d}, a sentence of some length.`}, ${createdAt})`);
      const german = d % 4 === 0 ? 'approved' : d % 4 === 1 ? 'review' : d % 4 === 2 && p % 2 ? 'review' : null;
      const ukrainian = d % 10 === 0 ? 'approved' : null;
      for (const [lang, state] of [['de', german], ['uk', ukrainian]] as const) {
        if (!state) continue;
        const versionId = randomUUID();
        rows.versions.push(Prisma.sql`(${versionId}, ${paragraphId}, ${lang}, 1, ${`Übersetzung ${p}`}, ${userId}, ${sourceId}, ${createdAt})`);
        if (state === 'approved') rows.reviews.push(Prisma.sql`(${randomUUID()}, ${versionId}, ${sourceId}, ${userId}, 'approved', ${createdAt})`);
      }
    }
  }
  const insert = async (table: string, columns: string, values: Prisma.Sql[]) => {
    for (let i = 0; i < values.length; i += 1000) {
      await db.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} ${Prisma.raw(columns)} VALUES ${Prisma.join(values.slice(i, i + 1000))}`;
    }
  };
  await insert('Document', '("id", "slug", "title", "sourceLang", "createdAt", "deadline")', rows.documents);
  await insert('DocumentLanguage', '("documentId", "languageCode")', rows.languages);
  await insert('Paragraph', '("id", "documentId", "position", "kind", "createdAt")', rows.paragraphs);
  await insert('SourceVersion', '("id", "paragraphId", "number", "text", "createdAt")', rows.sources);
  await insert('TranslationVersion', '("id", "paragraphId", "languageCode", "number", "text", "authorId", "sourceVersionId", "createdAt")', rows.versions);
  await insert('Review', '("id", "translationVersionId", "sourceVersionId", "reviewerId", "decision", "createdAt")', rows.reviews);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
