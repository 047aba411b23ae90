// The browser's one way to call the REST API. It never throws: a failure says whether the server
// was reached at all (status 0), the status and error code of the answer, and the server's own
// message (English, as the API speaks). `failureText` words it for the person in the interface
// language: the failures an interface cannot prevent (no network, a session that ended) in its
// own words, the rest in the server's, which names what was wrong.
import type { ApiErrorJson } from '../api/errors';

/** The status of a call that got no answer: no network, or the server is down. */
export const UNREACHABLE = 0;

export type ApiFailure = { ok: false; status: number; code: string | null; message: string; body: (ApiErrorJson & Record<string, unknown>) | null };
export type ApiResult<T> = { ok: true; status: number; value: T } | ApiFailure;

export async function callApi<T>(url: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', ...init });
  } catch {
    return { ok: false, status: UNREACHABLE, code: null, message: 'The server could not be reached.', body: null };
  }
  // 204 (a DELETE, say) has no body by definition: a success whose value is null.
  if (response.status === 204) return { ok: true, status: 204, value: null as T };
  const json = (await response.json().catch(() => null)) as (T & ApiErrorJson & Record<string, unknown>) | null;
  if (response.ok && json !== null) return { ok: true, status: response.status, value: json };
  return { ok: false, status: response.status, code: json?.error ?? null, message: json?.message ?? `HTTP ${response.status}`, body: json };
}

/** A JSON POST. */
export function postJson<T>(url: string, body: unknown): Promise<ApiResult<T>> {
  return callApi<T>(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What to tell the person about a failed call, in the interface language of `t`. */
export function failureText(t: Translate, failure: Pick<ApiFailure, 'status' | 'message'>): string {
  if (failure.status === UNREACHABLE) return t('failure.unreachable');
  if (failure.status === 401) return t('failure.signedOut');
  return failure.message;
}
