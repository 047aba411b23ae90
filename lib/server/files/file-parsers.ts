// The parsers of the files people import, by name: what parse-file.ts runs on its worker thread.
// Pure modules only (no 'server-only', no database): the worker loads this file and nothing else.
import { readGlossaryCsv } from '../../formats/glossary-csv';
import { readTbx } from '../../formats/tbx';
import { parseTmx } from '../../tmx/parse-tmx';
import { parseXliff } from '../../xliff/parse-xliff';

export const FILE_PARSERS = {
  xliff: (text: string) => parseXliff(text),
  tmx: (text: string) => parseTmx(text),
  tbx: (text: string, targetLang: string) => readTbx(text, targetLang),
  glossaryCsv: (text: string) => readGlossaryCsv(text),
};

export type FileKind = keyof typeof FILE_PARSERS;

/** What the worker answers: the parsed file, or the AppError's fields (an Error does not cross threads as itself). */
export type ParseAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { appError: boolean; code: string; message: string; userMessage: string; details?: Record<string, unknown> } };
