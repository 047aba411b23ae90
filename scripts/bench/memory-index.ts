// The translation memory, indexed against brute force, on a newsroom's year: the benchmark's
// archive (scripts/bench/archive: 1,000 articles, about 92,000 approved pairs in four languages)
// loaded into a fresh database. For BENCH_MEMORY_SAMPLES paragraphs sampled from the archive
// (each excluded from its own suggestions, as the workbench does): the time of
// suggestTranslations (the index picks candidates, the word score ranks them) and of the
// brute-force ranker: the same word score over every approved pair of the language but the
// paragraph's own, loaded before it is timed (so its time is the ranking alone, in its favour), and the recall of the brute-force top 3 among the indexed top 3. In process,
// service to database, no HTTP. Part of `npm run bench` (SQLite and PostgreSQL); alone:
// `tsx --conditions=react-server scripts/bench/memory-index.ts [--postgresql]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDatabaseConfig } from '../../lib/server/database-config';
import { getDb } from '../../lib/server/db';
import { MEMORY_CANDIDATES } from '../../lib/server/memory/suggest-from-index';
import { suggestTranslations } from '../../lib/server/memory/suggest-translations';
import { approvedPairsWithout, loadLanguageApprovals, type ApprovedPair, type LanguageApprovals } from '../../lib/server/memory/load-approved-pairs';
import { MEMORY_MIN_SCORE } from '../../lib/server/memory/suggest-translations';
import { rankSuggestions } from '../../lib/translation-memory';
import { migrateDatabase } from '../../prisma/migrate';
import { seededRandom } from '../../tests/support/memory-corpus';
import { startThrowawayPostgres } from '../postgres/throwaway-cluster';
import { archiveCache, loadArchiveIntoPostgres, loadArchiveIntoSqlite } from './archive/load-archive';
import { longestBlock } from './longest-block';

const SAMPLES = Number(process.env.BENCH_MEMORY_SAMPLES || 200);
const LANGS = ['de', 'fr', 'uk', 'ar'];

export type MemoryIndexBench = {
  provider: string;
  /** Approved pairs of the sampled languages (distinct English and translation). */
  pairs: number;
  samples: number;
  candidates: number;
  indexed: { p50: number; p95: number; p99: number };
  /** The longest the event loop was held in one piece during an indexed request (the rest of the process waits that long). */
  indexedBlock: { p50: number; p95: number; p99: number };
  scan: { p50: number; p95: number; p99: number };
  /** Of the brute-force top 3 over all samples, the share the index's top 3 has too. */
  recall: number;
  /** The same for the brute-force suggestions scoring at least HIGH_SCORE, and for those below it. */
  recallHigh: { expected: number; recall: number };
  recallLow: { expected: number; recall: number };
  sameBest: number;
  loadMs: number;
  /** The first request, not counted in the others: it reads the archive's English into the thread's index. */
  firstMs: number;
};

/** Where the recall is reported apart: a match this good is a paragraph edited, not a sentence pattern shared. */
const HIGH_SCORE = 75;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Runs on the database `url` names (fresh, migrated and loaded here); restores DATABASE_URL after. */
export async function benchMemoryIndex(url: string, log: (line: string) => void = () => {}): Promise<MemoryIndexBench> {
  const previous = process.env.DATABASE_URL;
  const cache = globalThis as unknown as { redlinePrisma?: { $disconnect(): Promise<void> } };
  process.env.DATABASE_URL = url;
  delete cache.redlinePrisma;
  const config = readDatabaseConfig(url);
  let client: { $disconnect(): Promise<void> } | undefined;
  try {
    const archive = archiveCache();
    if (!archive.cached) log(`  archive: generated in ${archive.generateMs} ms (${archive.file})`);
    const started = Date.now();
    await migrateDatabase(config);
    if (config.provider === 'postgresql') await loadArchiveIntoPostgres(url, archive.file);
    else loadArchiveIntoSqlite(url.replace(/^file:/, ''), archive.file);
    const loadMs = Date.now() - started;
    log(`  memory: archive of ${archive.articles} articles, ${archive.approvedPairs} approved pairs, loaded into ${config.provider} in ${loadMs} ms`);
    const db = getDb();
    client = db;
    const reader = { id: 'archive-editor', name: 'Archive Editor', email: 'archive.editor@example.com', role: 'editor' as const, languages: [] as string[] };

    const paragraphs = await db.paragraph.findMany({ where: { kind: 'body' }, select: { id: true }, orderBy: { id: 'asc' } });
    const random = seededRandom(9);
    const sampled = Array.from({ length: SAMPLES }, (_, i) => ({ id: paragraphs[Math.floor(random.next() * paragraphs.length)].id, lang: LANGS[i % LANGS.length] }));

    const indexedMs: number[] = [];
    const indexedBlocks: number[] = [];
    const scanMs: number[] = [];
    let expected = 0;
    let found = 0;
    const bands = { high: { expected: 0, found: 0 }, low: { expected: 0, found: 0 } };
    let sameBest = 0;
    const pairKey = (s: { source: string; target: string }) => `${s.source}\u0000${s.target}`;
    // The first request after a start: the memory's thread reads the archive's English into its index.
    const firstStarted = performance.now();
    await suggestTranslations({ paragraphId: sampled[0].id, lang: sampled[0].lang, actor: reader });
    const firstMs = performance.now() - firstStarted;
    // Every indexed request first, then the brute force: the baseline scores every pair of the
    // language, and run in between it would leave their words segmented in the word score's cache
    // (lib/translation-memory.ts) for the indexed request after it, which no server has.
    const indexedAnswers: Array<Awaited<ReturnType<typeof suggestTranslations>>> = [];
    for (const [index, { id, lang }] of sampled.entries()) {
      const { value, block, total } = await longestBlock(() => suggestTranslations({ paragraphId: id, lang, actor: reader }));
      indexedAnswers.push(value);
      indexedMs.push(total);
      indexedBlocks.push(block);
      if ((index + 1) % 50 === 0) log(`  memory: ${index + 1} of ${sampled.length} samples asked of the index`);
    }
    const approvals = new Map<string, LanguageApprovals>();
    for (const [index, { id, lang }] of sampled.entries()) {
      const fromIndex = indexedAnswers[index];
      const english = (await db.sourceVersion.findFirstOrThrow({ where: { paragraphId: id }, orderBy: { number: 'desc' }, select: { text: true } })).text;
      // Every approved pair of the language but the paragraph's own (not timed): the language's
      // approvals are read once, and the paragraph's are left out before the pairs with the same
      // English and translation are made one, as the workbench does, so that the same text
      // approved in another paragraph is still memory. (Filtering the language's pairs after they
      // were made one dropped such a text with the paragraph's own, and counted the index's right
      // answer a miss.) Read for each sample, the approvals took most of the baseline's run.
      if (!approvals.has(lang)) approvals.set(lang, await loadLanguageApprovals(db, lang));
      const pairs: ApprovedPair[] = approvedPairsWithout(approvals.get(lang)!, id);
      const t = performance.now();
      const fromScan = { suggestions: rankSuggestions(english, pairs, { min: MEMORY_MIN_SCORE, limit: 3 }) };
      scanMs.push(performance.now() - t);
      const indexedKeys = new Set(fromIndex.suggestions.map(pairKey));
      expected += fromScan.suggestions.length;
      found += fromScan.suggestions.filter((suggestion) => indexedKeys.has(pairKey(suggestion))).length;
      for (const suggestion of fromScan.suggestions) {
        const band = suggestion.score >= HIGH_SCORE ? bands.high : bands.low;
        band.expected++;
        if (indexedKeys.has(pairKey(suggestion))) band.found++;
      }
      if (fromScan.suggestions.length === 0 || pairKey(fromScan.suggestions[0]) === (fromIndex.suggestions[0] && pairKey(fromIndex.suggestions[0]))) sameBest++;
      if ((index + 1) % 50 === 0) log(`  memory: ${index + 1} of ${sampled.length} samples scored by brute force`);
    }
    return {
      provider: config.provider,
      pairs: archive.approvedPairs,
      samples: sampled.length,
      candidates: MEMORY_CANDIDATES,
      indexed: { p50: percentile(indexedMs, 50), p95: percentile(indexedMs, 95), p99: percentile(indexedMs, 99) },
      indexedBlock: { p50: percentile(indexedBlocks, 50), p95: percentile(indexedBlocks, 95), p99: percentile(indexedBlocks, 99) },
      scan: { p50: percentile(scanMs, 50), p95: percentile(scanMs, 95), p99: percentile(scanMs, 99) },
      recall: expected === 0 ? 1 : found / expected,
      recallHigh: { expected: bands.high.expected, recall: bands.high.expected === 0 ? 1 : bands.high.found / bands.high.expected },
      recallLow: { expected: bands.low.expected, recall: bands.low.expected === 0 ? 1 : bands.low.found / bands.low.expected },
      sameBest,
      loadMs,
      firstMs,
    };
  } finally {
    await client?.$disconnect();
    delete cache.redlinePrisma;
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
}

/** The section of bench/results.md. */
export function memoryIndexReport(results: MemoryIndexBench[]): string[] {
  const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  const lines = [
    '## Translation memory: index against brute force',
    '',
    `Suggestions for ${results[0]?.samples ?? 0} paragraphs sampled from the archive, in turn German, French, Ukrainian and Arabic, each left out of`,
    `its own suggestions (scripts/bench/memory-index.ts): the memory thread's index of the English in memory (lib/memory-english-index.ts) finds the texts`,
    'that score best by the word score, exactly, and their approved pairs are read from the database (the imported units, none here, from its full-text index).',
    'Brute force scores every approved pair of the language in JavaScript. Recall:',
    'the share of the brute-force top 3 that the indexed top 3 has. Target: indexed p95 < 50 ms and >= 20x faster than brute force, recall >= 0.95.',
    'Event loop held: the longest piece of an indexed request during which nothing else of the process could run (brute force holds it for all of its time).',
    `The first request after a start, not counted above (the thread reads the archive's English into its index): ${results.map((r) => `${r.provider} ${ms(r.firstMs)}`).join(', ')}.`,
    '',
    `| database | approved pairs (4 languages) | indexed p50 | indexed p95 | indexed p99 | event loop held p50 / p95 | brute force p50 | brute force p95 | speed-up at p95 | recall of top 3 | of those >= ${HIGH_SCORE}% | of those < ${HIGH_SCORE}% | same best match |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.provider} | ${r.pairs} | ${ms(r.indexed.p50)} | ${ms(r.indexed.p95)} | ${ms(r.indexed.p99)} | ${ms(r.indexedBlock.p50)} / ${ms(r.indexedBlock.p95)} | ${ms(r.scan.p50)} | ${ms(r.scan.p95)} | ${(r.scan.p95 / r.indexed.p95).toFixed(1)}x | ${(100 * r.recall).toFixed(1)}% | ${(100 * r.recallHigh.recall).toFixed(1)}% of ${r.recallHigh.expected} | ${(100 * r.recallLow.recall).toFixed(1)}% of ${r.recallLow.expected} | ${r.sameBest} of ${r.samples} |`,
    );
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
