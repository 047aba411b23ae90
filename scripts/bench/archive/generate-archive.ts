// A newsroom's year for the benchmark: 1,000 articles of 20 to 40 paragraphs (news lengths: a
// headline, then paragraphs of one to three sentences), each translated into German, French,
// Ukrainian and Arabic with about three versions per paragraph, most of them approved: about
// 30,000 paragraphs, 270,000 translation versions, 85,000 approved pairs. Deterministic: the
// same options give the same rows on every machine.
//
// The English sentences are the memory corpus's generated news sentences (tests/support/
// memory-corpus.ts) and the WELT article's, drawn from a pool smaller than the number of
// sentences used, so that stories repeat and vary each other's sentences as a newsroom's do. A
// sentence's translation is the same wherever it occurs (words of that language's WELT
// translation, chosen by the sentence's hash): the memory then holds consistent pairs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { memoryCorpus, seededRandom } from '../../../tests/support/memory-corpus';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

export const ARCHIVE_LANGUAGES = ['de', 'fr', 'uk', 'ar'] as const;
export type ArchiveLanguage = (typeof ARCHIVE_LANGUAGES)[number];

export type ArchiveOptions = { articles: number; minParagraphs: number; maxParagraphs: number; seed: number };
export const DEFAULT_ARCHIVE: ArchiveOptions = { articles: 1000, minParagraphs: 20, maxParagraphs: 40, seed: 2025 };

/** The archive's people: their ids are fixed so the rows can be cached and copied as they are. */
export const ARCHIVE_PEOPLE = [
  { id: 'archive-editor', email: 'archive.editor@example.com', name: 'Archive Editor', role: 'editor' },
  ...ARCHIVE_LANGUAGES.map((lang) => ({ id: `archive-translator-${lang}`, email: `archive.translator.${lang}@example.com`, name: `Archive Translator ${lang}`, role: 'translator' })),
];

export type ArchiveRows = {
  document: { id: string; slug: string; title: string; createdAt: string; sourceRevision: number };
  paragraphs: Array<{ id: string; position: number; kind: string; createdAt: string }>;
  sources: Array<{ id: string; paragraphId: string; number: number; text: string; createdAt: string }>;
  versions: Array<{ id: string; paragraphId: string; languageCode: string; number: number; text: string; authorId: string; baseVersionId: string | null; sourceVersionId: string; createdAt: string }>;
  reviews: Array<{ id: string; translationVersionId: string; sourceVersionId: string; reviewerId: string; decision: 'approved' | 'rejected'; comment: string | null; createdAt: string }>;
};

/** Target words per English word: translations run longer in German and French. */
const LENGTH_RATIO: Record<ArchiveLanguage, number> = { de: 1.1, fr: 1.2, uk: 0.95, ar: 0.9 };

function sentencesOf(text: string): string[] {
  return text.split(/\n+/).flatMap((line) => line.match(/[^.!?]+[.!?]+["“”»]?/g) ?? []).map((s) => s.trim()).filter((s) => s.split(' ').length >= 6);
}

function seedWords(lang: string): string[] {
  return readFileSync(path.join(ROOT, 'seeds', `welt-2025-04-24.${lang}.txt`), 'utf8').split(/\s+/).filter(Boolean);
}

/** The same English sentence always gets the same translation in a language. */
function translator(lang: ArchiveLanguage) {
  const pool = seedWords(lang);
  const cache = new Map<string, string>();
  return (sentence: string): string => {
    let text = cache.get(sentence);
    if (text === undefined) {
      const random = seededRandom(createHash('sha256').update(`${lang}\u0000${sentence}`).digest().readUInt32LE(0));
      const count = Math.max(4, Math.round(sentence.split(' ').length * LENGTH_RATIO[lang]));
      text = `${Array.from({ length: count }, () => random.pick(pool)).join(' ').replace(/[.!?:;,]+$/, '')}.`;
      cache.set(sentence, text);
    }
    return text;
  };
}

/** Changes a few words: the next draft of a translation. */
function revise(text: string, pool: string[], random: ReturnType<typeof seededRandom>): string {
  const words = text.split(' ');
  for (let i = 0, edits = 1 + Math.floor(random.next() * 3); i < edits; i++) words[Math.floor(random.next() * words.length)] = random.pick(pool);
  return words.join(' ');
}

/**
 * Calls `emit` with each article's rows in turn (an article at a time keeps memory flat).
 * Returns the totals.
 */
export function generateArchive(options: ArchiveOptions, emit: (rows: ArchiveRows) => void) {
  const random = seededRandom(options.seed);
  const welt = sentencesOf(readFileSync(path.join(ROOT, 'seeds', 'welt-2025-04-24.en.txt'), 'utf8'));
  const expectedSentences = options.articles * ((options.minParagraphs + options.maxParagraphs) / 2) * 2;
  const pool = [...memoryCorpus(Math.round(expectedSentences * 0.7), options.seed), ...welt];
  const translate = Object.fromEntries(ARCHIVE_LANGUAGES.map((lang) => [lang, translator(lang)])) as Record<ArchiveLanguage, (s: string) => string>;
  const pools = Object.fromEntries(ARCHIVE_LANGUAGES.map((lang) => [lang, seedWords(lang)])) as Record<ArchiveLanguage, string[]>;
  const yearStart = Date.parse('2025-12-01T06:00:00Z');
  const totals = { articles: 0, paragraphs: 0, sources: 0, versions: 0, approved: 0, rejected: 0 };

  for (let article = 0; article < options.articles; article++) {
    const prefix = `arc${article.toString(36).padStart(3, '0')}`;
    let clock = yearStart + Math.floor((article / options.articles) * 364 * 86_400_000);
    const at = () => new Date((clock += 1000 + Math.floor(random.next() * 60_000))).toISOString();
    let counter = 0;
    const id = (kind: string) => `${prefix}${kind}${(counter++).toString(36).padStart(4, '0')}`;
    const headline = random.pick(pool).replace(/[.]$/, '');
    const rows: ArchiveRows = {
      document: { id: id('d'), slug: `archive-${String(article + 1).padStart(4, '0')}`, title: headline, createdAt: at(), sourceRevision: 1 },
      paragraphs: [],
      sources: [],
      versions: [],
      reviews: [],
    };
    const count = options.minParagraphs + Math.floor(random.next() * (options.maxParagraphs - options.minParagraphs + 1));
    for (let position = 1; position <= count; position++) {
      const kind = position === 1 ? 'headline' : position === 2 ? 'standfirst' : position % 9 === 0 ? 'subheading' : 'body';
      const paragraphId = id('p');
      rows.paragraphs.push({ id: paragraphId, position, kind, createdAt: at() });
      const sentenceCount = kind === 'headline' || kind === 'subheading' ? 1 : 1 + Math.floor(random.next() * 3);
      const sentences = position === 1 ? [`${headline}.`] : Array.from({ length: sentenceCount }, () => random.pick(pool));
      const english = sentences.join(' ');
      const sourceId = id('s');
      rows.sources.push({ id: sourceId, paragraphId, number: 1, text: english, createdAt: at() });
      // One paragraph in twelve was updated in English after its translations: they are outdated.
      const updated = random.next() < 1 / 12;

      for (const lang of ARCHIVE_LANGUAGES) {
        const roll = random.next();
        if (roll < 0.05) continue; // not translated yet
        const versions = 1 + Math.floor(random.next() * 4) + (random.next() < 0.3 ? 1 : 0);
        let text = sentences.map(translate[lang]).join(' ');
        const drafts: string[] = [text];
        for (let n = 1; n < versions; n++) drafts.unshift((text = revise(text, pools[lang], random)));
        // The last draft is the sentence-consistent translation: it is the one approved.
        let base: string | null = null;
        for (let n = 0; n < drafts.length; n++) {
          const versionId = id('v');
          rows.versions.push({ id: versionId, paragraphId, languageCode: lang, number: n + 1, text: drafts[n], authorId: `archive-translator-${lang}`, baseVersionId: base, sourceVersionId: sourceId, createdAt: at() });
          base = versionId;
          if (n === drafts.length - 2 && random.next() < 0.2) {
            rows.reviews.push({ id: id('r'), translationVersionId: versionId, sourceVersionId: sourceId, reviewerId: 'archive-editor', decision: 'rejected', comment: 'Check the names against the glossary.', createdAt: at() });
            totals.rejected++;
          }
        }
        if (roll < 0.85) {
          rows.reviews.push({ id: id('r'), translationVersionId: base!, sourceVersionId: sourceId, reviewerId: 'archive-editor', decision: 'approved', comment: null, createdAt: at() });
          totals.approved++;
        } else if (roll < 0.9) {
          rows.reviews.push({ id: id('r'), translationVersionId: base!, sourceVersionId: sourceId, reviewerId: 'archive-editor', decision: 'rejected', comment: 'The second sentence is missing.', createdAt: at() });
          totals.rejected++;
        }
        totals.versions += drafts.length;
      }
      if (updated) {
        rows.document.sourceRevision += 1;
        rows.sources.push({ id: id('s'), paragraphId, number: 2, text: `${english} ${random.pick(pool)}`, createdAt: at() });
      }
    }
    totals.articles++;
    totals.paragraphs += rows.paragraphs.length;
    totals.sources += rows.sources.length;
    emit(rows);
  }
  return totals;
}

/** Changes whenever the generator or its options change: the cache's key. */
export function archiveFingerprint(options: ArchiveOptions): string {
  const hash = createHash('sha256');
  for (const file of ['scripts/bench/archive/generate-archive.ts', 'tests/support/memory-corpus.ts', ...ARCHIVE_LANGUAGES.map((l) => `seeds/welt-2025-04-24.${l}.txt`), 'seeds/welt-2025-04-24.en.txt']) {
    hash.update(readFileSync(path.join(ROOT, file)));
  }
  hash.update(JSON.stringify(options));
  return hash.digest('hex').slice(0, 16);
}
