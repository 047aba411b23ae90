// The browser's calls to the translation endpoints of the REST API: the UI uses the same API
// and the same service code as scripts do.
import { callApi, postJson, type ApiFailure, type ApiResult } from './api-call';
import type { TranslationVersionJson, VersionWithReviewJson } from '../api/versions';

export type SaveOutcome =
  | { kind: 'saved'; version: TranslationVersionJson; created: boolean }
  | { kind: 'conflict'; current: TranslationVersionJson; message: string }
  | { kind: 'failed'; failure: ApiFailure };

function versionsUrl(paragraphId: string, lang: string) {
  return `/api/paragraphs/${encodeURIComponent(paragraphId)}/translations/${encodeURIComponent(lang)}/versions`;
}

export async function saveTranslation(
  paragraphId: string,
  lang: string,
  body: { text: string; baseVersionId: string | null; clear?: boolean; machineTranslationId?: string },
): Promise<SaveOutcome> {
  const result = await postJson<TranslationVersionJson>(versionsUrl(paragraphId, lang), body);
  if (result.ok) return { kind: 'saved', version: result.value, created: result.status === 201 };
  if (result.status === 409 && result.body?.current) return { kind: 'conflict', current: result.body.current, message: result.message };
  return { kind: 'failed', failure: result };
}

export function fetchVersions(paragraphId: string, lang: string): Promise<ApiResult<VersionWithReviewJson[]>> {
  return callApi<VersionWithReviewJson[]>(versionsUrl(paragraphId, lang));
}
