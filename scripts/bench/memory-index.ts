// The translation memory, indexed against brute force, on the same data: a fresh database with
// BENCH_MEMORY_PAIRS approved German translations of generated news sentences
// (tests/support/memory-corpus.ts), and paragraphs that partly overlap sampled ones. For each
// sampled paragraph: the time of suggestTranslations (the index picks candidates, the word score
// ranks them) and of suggestTranslationsByScan (every pair scored in JavaScript), and the recall
// of the brute-force top 3 among the indexed top 3. In process, service to database, no HTTP.
// Part of `npm run bench` (SQLite); alone: `tsx --conditions=react-server
// scripts/bench/memory-index.ts [--postgresql]` (PostgreSQL on a throwaway server).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { searchable } from '../../lib/search-text';
import { readDatabaseConfig } from '../../lib/server/database-config';
import { getDb } from '../../lib/server/db';
import { MEMORY_CANDIDATES } from '../../lib/server/memory/find-memory-candidates';
import { suggestTranslations } from '../../lib/server/memory/suggest-translations';
import { suggestTranslationsByScan } from '../../lib/server/memory/suggest-translations-by-scan';
import { migrateDatabase } from '../../prisma/migrate';
import { createActor, createDocument, type TestDocument } from '../../tests/support/fixtures';
import { memoryCorpus, partlyOverlapping, seededRandom } from '../../tests/support/memory-corpus';
import { startThrowawayPostgres } from '../postgres/throwaway-cluster';

const PAIRS = Number(process.env.BENCH_MEMORY_PAIRS || 5000);
const SAMPLES = Number(process.env.BENCH_MEMORY_SAMPLES || 20);

export type MemoryIndexBench = {
  provider: string;
  pairs: number;
  samples: number;
  candidates: number;
  indexed: { p50: number; p95: number };
  scan: { p50: number; p95: number };
  /** Of the brute-force top 3 over all samples, the share the index's top 3 has too. */
  recall: number;
  sameBest: number;
  generateMs: number;
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Runs on the database `url` names (fresh, migrated here); restores DATABASE_URL after. */
export async function benchMemoryIndex(url: string, log: (line: string) => void = () => {}): Promise<MemoryIndexBench> {
  const previous = process.env.DATABASE_URL;
  const cache = globalThis as unknown as { redlinePrisma?: { $disconnect(): Promise<void> } };
  process.env.DATABASE_URL = url;
  delete cache.redlinePrisma;
  const config = readDatabaseConfig(url);
  let client: { $disconnect(): Promise<void> } | undefined;
  try {
    await migrateDatabase(config);
    const db = getDb();
    client = db;
    const started = Date.now();
    const editor = await createActor(db, 'editor');
    const reader = await createActor(db, 'reader');
    const corpus = memoryCorpus(PAIRS, 5000);
    for (let start = 0; start < corpus.length; start += 200) {
      const doc = await createDocument(db, { paragraphs: corpus.slice(start, start + 200), languages: ['de'], title: `Memory ${start}` });
      await approveAll(doc, start, editor.id);
    }
    const random = seededRandom(9);
    const sampled = Array.from({ length: SAMPLES }, () => partlyOverlapping(corpus[Math.floor(random.next() * corpus.length)], random));
    const queries = await createDocument(db, { paragraphs: sampled, languages: ['de'], title: 'Memory queries' });
    const generateMs = Date.now() - started;
    log(`  memory: ${PAIRS} approved pairs on ${config.provider} in ${generateMs} ms`);

    const indexedMs: number[] = [];
    const scanMs: number[] = [];
    let expected = 0;
    let found = 0;
    let sameBest = 0;
    const pairKey = (s: { source: string; target: string }) => `${s.source}\u0000${s.target}`;
    await suggestTranslations({ paragraphId: queries.paragraphs[0].id, lang: 'de', actor: reader });
    for (const paragraph of queries.paragraphs) {
      let t = performance.now();
      const fromIndex = await suggestTranslations({ paragraphId: paragraph.id, lang: 'de', actor: reader });
      indexedMs.push(performance.now() - t);
      t = performance.now();
      const fromScan = await suggestTranslationsByScan({ paragraphId: paragraph.id, lang: 'de' });
      scanMs.push(performance.now() - t);
      const indexedKeys = new Set(fromIndex.suggestions.map(pairKey));
      expected += fromScan.suggestions.length;
      found += fromScan.suggestions.filter((suggestion) => indexedKeys.has(pairKey(suggestion))).length;
      if (fromScan.suggestions.length === 0 || pairKey(fromScan.suggestions[0]) === (fromIndex.suggestions[0] && pairKey(fromIndex.suggestions[0]))) sameBest++;
    }
    return {
      provider: config.provider,
      pairs: PAIRS,
      samples: queries.paragraphs.length,
      candidates: MEMORY_CANDIDATES,
      indexed: { p50: percentile(indexedMs, 50), p95: percentile(indexedMs, 95) },
      scan: { p50: percentile(scanMs, 50), p95: percentile(scanMs, 95) },
      recall: expected === 0 ? 1 : found / expected,
      sameBest,
      generateMs,
    };
  } finally {
    await client?.$disconnect();
    delete cache.redlinePrisma;
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
}

/** Every paragraph's German translation, approved, one minute apart: written in bulk. */
async function approveAll(doc: TestDocument, offset: number, editorId: string) {
  const db = getDb();
  const start = Date.UTC(2026, 0, 1);
  const versions = doc.paragraphs.map((paragraph, index) => ({
    id: randomUUID(),
    paragraphId: paragraph.id,
    languageCode: 'de',
    number: 1,
    ...searchable(`[de ${offset + index}] ${paragraph.text}`),
    authorId: editorId,
    sourceVersionId: paragraph.sourceVersionId,
    createdAt: new Date(start + (offset + index) * 60_000),
  }));
  await db.translationVersion.createMany({ data: versions });
  await db.review.createMany({
    data: versions.map((version) => ({ translationVersionId: version.id, sourceVersionId: version.sourceVersionId, reviewerId: editorId, decision: 'approved', createdAt: version.createdAt })),
  });
}

/** The section of bench/results.md. */
export function memoryIndexReport(results: MemoryIndexBench[]): string[] {
  const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  const lines = [
    '## Translation memory: index against brute force',
    '',
    `Suggestions for ${results[0]?.samples ?? 0} paragraphs that partly overlap sampled approved ones (scripts/bench/memory-index.ts): the index`,
    `(SQLite FTS5 bm25, PostgreSQL pg_trgm) gives at most ${results[0]?.candidates ?? MEMORY_CANDIDATES} candidates that the word score ranks; brute force scores every`,
    'approved pair (up to 5,000) in JavaScript. Recall: the share of the brute-force top 3 that the indexed top 3 has.',
    '',
    '| database | approved pairs | indexed p50 | indexed p95 | brute force p50 | brute force p95 | recall of top 3 | same best match |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    lines.push(`| ${r.provider} | ${r.pairs} | ${ms(r.indexed.p50)} | ${ms(r.indexed.p95)} | ${ms(r.scan.p50)} | ${ms(r.scan.p95)} | ${(100 * r.recall).toFixed(1)}% | ${r.sameBest} of ${r.samples} |`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (process.argv.includes('--postgresql')) {
    const server = await startThrowawayPostgres();
    try {
      process.stdout.write(`${memoryIndexReport([await benchMemoryIndex(server.urlFor('redline_memory_bench'), log)]).join('\n')}\n`);
    } finally {
      server.stop();
    }
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-memory-bench-'));
    try {
      process.stdout.write(`${memoryIndexReport([await benchMemoryIndex(`file:${path.join(dir, 'redline.db')}`, log)]).join('\n')}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
