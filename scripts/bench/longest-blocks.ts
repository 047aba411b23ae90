// The longest time each long operation holds the event loop, in process: the services that read or
// write a whole 2,000-paragraph document or a language's whole memory, run on a fresh SQLite
// database (demo seed plus scripts/bench/generate-large-document.ts) while a setImmediate loop
// notes the longest gap between its turns. Whatever a request holds the loop for, every other
// request of the process waits; the mixed load (mixed-load.ts) measures the sum of it over HTTP,
// this says which operation it comes from. One read of the whole document at once is measured
// beside the paged read the services use, as the baseline.
//
//   npx tsx --conditions=react-server scripts/bench/longest-blocks.ts   (BLOCK_RUNS=5, BLOCK_ONLY=import)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RUNS = Number(process.env.BLOCK_RUNS || 5);
/** Only the operations whose name has this in it (BLOCK_ONLY=import). */
const ONLY = process.env.BLOCK_ONLY ?? '';
const dir = mkdtempSync(path.join(tmpdir(), 'redline-blocks-'));
const file = path.join(dir, 'blocks.db');
process.env.DATABASE_URL = `file:${file}`;

// Imported after DATABASE_URL is set: the client reads it once.
const { readDatabaseConfig } = await import('../../lib/server/database-config');
const { migrateDatabase } = await import('../../prisma/migrate');
const { getDb } = await import('../../lib/server/db');
const { seedDemo } = await import('../../lib/server/seed/seed-demo');
const { generateLargeDocument, LARGE_SLUG } = await import('./generate-large-document');
const { exportXliff } = await import('../../lib/server/interchange/export-xliff');
const { exportI18next } = await import('../../lib/server/interchange/export-i18next');
const { exportTmx } = await import('../../lib/server/memory/export-tmx');
const { getDocumentTranslation } = await import('../../lib/server/documents/get-document-translation');
const { listReviewQueue } = await import('../../lib/server/reviews/list-review-queue');
const { loadParagraphStates } = await import('../../lib/server/documents/load-paragraph-states');
const { loadAllParagraphStates } = await import('../../lib/server/documents/load-all-paragraph-states');
const { importXliff } = await import('../../lib/server/interchange/import-xliff');
const { importTmx } = await import('../../lib/server/memory/import-tmx');
const { longestBlock } = await import('./longest-block');
const { createDocument } = await import('../../lib/server/documents/create-document');
const { updateDocumentSource } = await import('../../lib/server/sources/update-document-source');
const { importGlossary } = await import('../../lib/server/glossary/import-glossary');
const { writeGlossaryCsv } = await import('../../lib/formats/glossary-csv');

/**
 * A TMX file of about `bytes` whose every pair is new: the memory's units copied again and again,
 * each copy's texts marked with the run and the copy.
 */
function freshTmx(tmx: string, run: number, bytes: number): string {
  const head = tmx.slice(0, tmx.indexOf('<tu'));
  const units = tmx.slice(head.length, tmx.lastIndexOf('</tu>') + '</tu>'.length);
  const copies = Math.max(1, Math.floor((bytes - head.length) / (units.length + 20)));
  const body = Array.from({ length: copies }, (_, copy) => units.replaceAll('</seg>', ` [${run}.${copy}]</seg>`));
  return `${head}${body.join('\n')}\n</body>\n</tmx>\n`;
}

const unitsOf = (tmx: string) => tmx.split('<tu ').length - 1 + tmx.split('<tu>').length - 1;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  await migrateDatabase(readDatabaseConfig());
  const db = getDb();
  await seedDemo(db);
  generateLargeDocument(file, { paragraphs: 2000, versions: 5 });
  const { id: documentId } = await db.document.findUniqueOrThrow({ where: { slug: LARGE_SLUG }, select: { id: true } });
  const actor = await db.user.findUniqueOrThrow({ where: { email: 'editor@example.com' }, select: { id: true, name: true, email: true, role: true } });
  const editor = { ...actor, role: 'editor' as const, languages: [] as string[] };
  const xliff = (await exportXliff({ slug: LARGE_SLUG, lang: 'de', actor: editor })).body;
  const tmx = (await exportTmx({ lang: 'de', actor: editor })).body;
  // The applied imports change the database, so each run imports a file of its own, made before the run.
  const changedTargets = async (run: number) => (await exportXliff({ slug: LARGE_SLUG, lang: 'de', actor: editor })).body.replaceAll('</target>', ` (${run})</target>`);
  const largeTmx = (run: number) => freshTmx(tmx, run, 19e6);
  // The story's next English as a CMS sends it: every tenth paragraph edited (the usual update of a
  // long story), or every paragraph rewritten (the worst case for the alignment).
  const englishNow = async () => {
    const inArticle = { documentId, removedAt: null };
    const paragraphs = await db.paragraph.findMany({ where: inArticle, orderBy: { position: 'asc' }, select: { id: true } });
    const sources = await db.sourceVersion.findMany({ where: { paragraph: inArticle }, orderBy: { number: 'asc' }, select: { paragraphId: true, text: true } });
    const current = new Map(sources.map((source) => [source.paragraphId, source.text]));
    return paragraphs.map((paragraph) => current.get(paragraph.id)!);
  };
  const englishEdited = async (run: number, every: number) =>
    (await englishNow()).map((text, index) => (index % every === 0 ? `${text} Updated (${run}).` : text)).join('\n\n');
  const sourceUpdate = (content: string, dryRun: boolean) => updateDocumentSource({ slug: LARGE_SLUG, article: { format: 'text', content }, dryRun, actor: editor });
  // A newsroom's long article as HTML, 2,000 paragraphs with some markup (0.7 MB).
  const articleHtml = async (run: number) =>
    `<article><h1>A long story (${run})</h1>${(await englishNow()).map((text) => `<p>${text.replace(/^(\S+)/, '<b>$1</b>')}</p>`).join('\n')}</article>`;
  const newArticle = (content: string, dryRun: boolean) => createDocument({ input: { format: 'html', content, languages: ['de'] }, dryRun, actor: editor });
  // A newsroom's glossary of 2,000 terms as CSV: new terms, or the same terms with every target changed.
  const glossary = (run: number, targets: string) =>
    writeGlossaryCsv(Array.from({ length: 2000 }, (_, index) => ({ source: `term ${run} ${index}`, target: `${targets} ${index}`, note: 'from the style guide' })));
  const glossaryImport = (csv: string) => importGlossary({ lang: 'de', format: 'csv', bytes: Buffer.from(csv), dryRun: false, actor: editor });
  const operations: Array<[string, (input: string) => Promise<unknown>, ((run: number) => Promise<string> | string)?]> = [
    ['paragraph states, whole document at once (baseline)', () => loadParagraphStates(db, documentId, 'de')],
    ['paragraph states, in pages (loadAllParagraphStates)', () => loadAllParagraphStates(db, documentId, 'de')],
    ['GET /api/documents/{slug} (getDocumentTranslation)', () => getDocumentTranslation({ slug: LARGE_SLUG, lang: 'de', actor: editor })],
    ['review queue', () => listReviewQueue({ slug: LARGE_SLUG, lang: 'de', actor: editor })],
    ['XLIFF 2.0 export', () => exportXliff({ slug: LARGE_SLUG, lang: 'de', actor: editor })],
    ['XLIFF 1.2 export', () => exportXliff({ slug: LARGE_SLUG, lang: 'de', actor: editor, version: '1.2' })],
    ['i18next export', () => exportI18next({ slug: LARGE_SLUG, lang: 'de', actor: editor })],
    ['TMX export of the German memory', () => exportTmx({ lang: 'de', actor: editor })],
    [`XLIFF 2.0 import, dry run (${(xliff.length / 1e6).toFixed(1)} MB)`, () => importXliff({ slug: LARGE_SLUG, lang: 'de', xml: xliff, dryRun: true, actor: editor })],
    ['XLIFF 2.0 import, applied: 2,000 new versions', (xml) => importXliff({ slug: LARGE_SLUG, lang: 'de', xml, dryRun: false, actor: editor }), changedTargets],
    ['New article of 2,000 paragraphs of HTML, preview', (content) => newArticle(content, true), articleHtml],
    ['New article of 2,000 paragraphs of HTML, created', (content) => newArticle(content, false), articleHtml],
    ['English update, dry run: every tenth paragraph edited', (content) => sourceUpdate(content, true), (run) => englishEdited(run, 10)],
    ['English update, dry run: every paragraph rewritten', (content) => sourceUpdate(content, true), async (run) => (await englishNow()).map((text) => text.split(' ').reverse().join(' ') + ` (${run})`).join('\n\n')],
    ['English update, applied: every tenth paragraph edited', (content) => sourceUpdate(content, false), (run) => englishEdited(run, 10)],
    ['Glossary import (CSV), applied: 2,000 new terms', glossaryImport, (run) => glossary(run, 'Begriff')],
    [
      'Glossary import (CSV), applied: 2,000 terms changed',
      glossaryImport,
      async (run) => {
        await glossaryImport(glossary(100 + run, 'Alter Begriff'));
        return glossary(100 + run, 'Begriff');
      },
    ],
    [`TMX import, dry run (${(tmx.length / 1e6).toFixed(1)} MB)`, () => importTmx({ xml: tmx, name: 'memory.tmx', dryRun: true, actor: editor })],
    [
      `TMX import, applied: ${unitsOf(largeTmx(0)).toLocaleString('en')} new units (${(largeTmx(0).length / 1e6).toFixed(1)} MB)`,
      (xml) => importTmx({ xml, name: 'large.tmx', dryRun: false, actor: editor }),
      largeTmx,
    ],
  ];
  console.log(`| operation (${LARGE_SLUG}, 2,000 paragraphs; median of ${RUNS}) | longest block | whole operation |`);
  console.log('| --- | --- | --- |');
  for (const [name, operation, prepare] of operations.filter(([name]) => name.includes(ONLY))) {
    await operation(prepare ? await prepare(-1) : ''); // warm-up: the first run compiles and fills caches
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const input = prepare ? await prepare(run) : '';
      runs.push(await longestBlock(() => operation(input)));
    }
    console.log(`| ${name} | ${median(runs.map((r) => r.block)).toFixed(1)} ms | ${median(runs.map((r) => r.total)).toFixed(1)} ms |`);
  }
} finally {
  await getDb().$disconnect();
  rmSync(dir, { recursive: true, force: true });
}
// Like the benchmark's other scripts: what the services leave behind (the applied imports' live
// updates) is not this script's to wait for.
process.exit(0);
