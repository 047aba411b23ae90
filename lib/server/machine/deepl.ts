import 'server-only';
// DeepL's REST API, called with fetch: POST /v2/translate, and for the glossary
// GET /v2/glossary-language-pairs, GET /v2/glossaries and POST /v2/glossaries. A glossary is made
// once per language pair and set of terms (its name carries a hash of its entries) and reused while
// the terms stay the same, after a restart too (found by that name); a change makes a new one. Every call is bounded by a timeout; every failure becomes
// an AppError whose user message is one line a translator understands.
import { AppError } from '../../app-error';
import {
  deeplFailureMessage,
  deeplSourceLang,
  deeplTargetLang,
  glossaryHash,
  glossaryLang,
  glossaryTsv,
  readGlossaryId,
  readGlossaryList,
  readGlossaryPairs,
  readTranslation,
  type DeeplFailure,
} from '../../machine/deepl-format';
import type { MachineTranslationProvider, MachineTranslationRequest } from './provider';

export type DeeplOptions = { authKey: string; apiUrl: string; timeoutMs: number };

export function createDeeplProvider(options: DeeplOptions): MachineTranslationProvider {
  // Per provider (one per key and URL): the pairs DeepL makes glossaries for, asked once, and
  // the glossary made for each pair and set of terms. A failed call is not kept.
  let pairs: Promise<Set<string>> | null = null;
  const glossaries = new Map<string, Promise<string>>();

  const call = (method: 'GET' | 'POST', path: string, body?: unknown) => callDeepl(options, method, path, body);

  const glossaryPairs = () => {
    pairs ??= call('GET', '/v2/glossary-language-pairs').then(
      (answer) => readGlossaryPairs(answer) ?? Promise.reject(failure({ kind: 'malformed' }, 'glossary-language-pairs answer without supported_languages')),
    );
    pairs.catch(() => (pairs = null));
    return pairs;
  };

  /** The glossary_id for these terms, made when DeepL supports the pair and there are terms; else null. */
  async function glossaryFor({ sourceLang, targetLang, glossary }: MachineTranslationRequest): Promise<{ id: string; key: string } | null> {
    const entries = glossaryTsv(glossary);
    if (entries === '') return null;
    const source = glossaryLang(sourceLang);
    const target = glossaryLang(targetLang);
    if (!(await glossaryPairs()).has(`${source}>${target}`)) return null;
    const hash = glossaryHash(entries);
    const key = `${source}>${target}:${hash}`;
    let made = glossaries.get(key);
    if (!made) {
      const name = `Redline ${source}-${target} ${hash}`;
      made = (async () => {
        // Made before this process started (the same terms, so the same name): reuse it.
        const existing = readGlossaryList(await call('GET', '/v2/glossaries'))?.find(
          (found) => found.name === name && found.source_lang === source && found.target_lang === target && found.ready !== false,
        );
        if (existing) return existing.glossary_id;
        const answer = await call('POST', '/v2/glossaries', { name, source_lang: source, target_lang: target, entries, entries_format: 'tsv' });
        const id = readGlossaryId(answer);
        if (id === null) throw failure({ kind: 'malformed' }, 'glossaries answer without glossary_id');
        return id;
      })();
      glossaries.set(key, made);
      made.catch(() => glossaries.delete(key));
    }
    return { id: await made, key };
  }

  return {
    name: 'DeepL',
    async translate(request) {
      const glossary = await glossaryFor(request);
      const answer = await call('POST', '/v2/translate', {
        text: [request.text],
        source_lang: deeplSourceLang(request.sourceLang),
        target_lang: deeplTargetLang(request.targetLang),
        preserve_formatting: true,
        ...(glossary ? { glossary_id: glossary.id } : {}),
      }).catch((error: unknown) => {
        // A glossary deleted on DeepL's side (404): the next request makes a new one.
        if (glossary && error instanceof DeeplError && error.deeplStatus === 404) glossaries.delete(glossary.key);
        throw error;
      });
      const text = readTranslation(answer);
      if (text === null) throw failure({ kind: 'malformed' }, 'translate answer without translations[0].text');
      return text;
    },
  };
}

async function callDeepl(options: DeeplOptions, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${options.apiUrl}${path}`, {
      method,
      headers: {
        Authorization: `DeepL-Auth-Key ${options.authKey}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
      cache: 'no-store',
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw failure(timedOut ? { kind: 'timeout', seconds: Math.max(1, Math.round(options.timeoutMs / 1000)) } : { kind: 'unreachable' }, `${method} ${path}: ${String(error)}`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw failure(timedOut ? { kind: 'timeout', seconds: Math.max(1, Math.round(options.timeoutMs / 1000)) } : { kind: 'unreachable' }, `${method} ${path}: ${String(error)}`);
  }
  if (!response.ok) {
    // DeepL's error bodies are `{ "message": ... }`; kept for the log, never shown.
    throw failure({ kind: 'status', status: response.status }, `${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`, response.status);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw failure({ kind: 'malformed' }, `${method} ${path}: not JSON: ${text.slice(0, 300)}`);
  }
}

/** An AppError (upstream_failed) that also remembers DeepL's HTTP status, for the client's own use. */
class DeeplError extends AppError {
  constructor(
    kind: DeeplFailure,
    detail: string,
    readonly deeplStatus?: number,
  ) {
    super('upstream_failed', { message: `DeepL: ${detail}`, userMessage: deeplFailureMessage(kind) });
  }
}

function failure(kind: DeeplFailure, detail: string, deeplStatus?: number): AppError {
  return new DeeplError(kind, detail, deeplStatus);
}
