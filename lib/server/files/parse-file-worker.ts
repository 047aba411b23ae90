// The worker thread of parse-file.ts: parses one file at a time and answers with the result or the error.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../app-error';
import { FILE_PARSERS, type FileKind, type ParseAnswer } from './file-parsers';

parentPort!.on('message', ({ id, kind, text, args }: { id: number; kind: FileKind; text: string; args: string[] }) => {
  let answer: ParseAnswer;
  try {
    answer = { id, ok: true, value: (FILE_PARSERS[kind] as (text: string, ...args: string[]) => unknown)(text, ...args) };
  } catch (error) {
    answer =
      error instanceof AppError
        ? { id, ok: false, error: { appError: true, code: error.code, message: error.message, userMessage: error.userMessage, details: error.details } }
        : { id, ok: false, error: { appError: false, code: 'internal', message: error instanceof Error ? error.message : String(error), userMessage: '' } };
  }
  parentPort!.postMessage(answer);
});
