// The browser's calls to the translation endpoints of the REST API: the UI uses the same API
// and the same service code as scripts do.
import type { ApiErrorJson, TranslationVersionJson, VersionWithReviewJson } from './api-types';

export type SaveOutcome =
  | { kind: 'saved'; version: TranslationVersionJson; created: boolean }
  | { kind: 'conflict'; current: TranslationVersionJson; message: string }
  | { kind: 'failed'; message: string };

function versionsUrl(paragraphId: string, lang: string) {
  return `/api/paragraphs/${encodeURIComponent(paragraphId)}/translations/${encodeURIComponent(lang)}/versions`;
}

export async function saveTranslation(
  paragraphId: string,
  lang: string,
  body: { text: string; baseVersionId: string | null; clear?: boolean },
): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(versionsUrl(paragraphId, lang), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: 'failed', message: 'The server could not be reached. Your text is kept; try again.' };
  }
  const json = (await response.json().catch(() => null)) as (TranslationVersionJson & ApiErrorJson) | null;
  if (response.ok && json) return { kind: 'saved', version: json, created: response.status === 201 };
  if (response.status === 409 && json?.current) return { kind: 'conflict', current: json.current, message: json.message };
  if (response.status === 401) return { kind: 'failed', message: 'Your session has ended. Sign in again in another tab, then save.' };
  return { kind: 'failed', message: json?.message ?? `Saving failed (HTTP ${response.status}).` };
}

export async function fetchVersions(paragraphId: string, lang: string): Promise<VersionWithReviewJson[]> {
  const response = await fetch(versionsUrl(paragraphId, lang), { cache: 'no-store' });
  if (!response.ok) throw new Error(`Loading the history failed (HTTP ${response.status}).`);
  return response.json();
}
