// The work run-on-worker.ts does on its worker thread, by name: what takes long on large input and
// needs nothing but its arguments (parsing an imported file or article, lining up a story's
// paragraphs with its next version). Pure modules only (no 'server-only', no database): the
// worker loads this file and nothing else. Arguments and results cross the thread by structured
// clone, so they are plain data.
import { parseArticle } from '../../article-import';
import { readGlossaryCsv } from '../../formats/glossary-csv';
import { readTbx } from '../../formats/tbx';
import { alignParagraphs } from '../../source-alignment';
import { parseTmx } from '../../tmx/parse-tmx';
import { parseXliff } from '../../xliff/parse-xliff';

export const WORKER_TASKS = {
  xliff: (text: string) => parseXliff(text),
  tmx: (text: string) => parseTmx(text),
  tbx: (text: string, targetLang: string) => readTbx(text, targetLang),
  glossaryCsv: (text: string) => readGlossaryCsv(text),
  /** A 2 MB article in HTML or Markdown is a DOM or syntax tree built in one call: 150 to 200 ms for 0.6 MB. */
  article: parseArticle,
  /** Up to a million paragraph pairs compared: 2.3 s for 2,000 paragraphs all rewritten. */
  alignment: alignParagraphs,
};

export type WorkerTask = keyof typeof WORKER_TASKS;

