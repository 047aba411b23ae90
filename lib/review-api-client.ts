// The browser's calls for reviews and source updates, through the REST API.
export type ReviewJson = {
  reviewId: string;
  versionId: string;
  sourceVersionId: string;
  decision: 'approved' | 'rejected';
  comment: string | null;
  reviewer: string;
  createdAt: string;
};

export type SourceVersionJson = { versionId: string; number: number; text: string; author: string | null; createdAt: string };

export type ApiOutcome<T> = { ok: true; value: T } | { ok: false; status: number; message: string; body?: Record<string, unknown> };

async function post<T>(url: string, body: unknown): Promise<ApiOutcome<T>> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = await response.json().catch(() => null);
    if (response.ok) return { ok: true, value: json as T };
    return { ok: false, status: response.status, message: json?.message ?? `HTTP ${response.status}`, body: json ?? undefined };
  } catch {
    return { ok: false, status: 0, message: 'The server could not be reached. Try again.' };
  }
}

export function approveVersion(versionId: string, overrideReason?: string) {
  return post<ReviewJson>(`/api/translation-versions/${encodeURIComponent(versionId)}/approve`, overrideReason ? { overrideReason } : {});
}

export function rejectVersion(versionId: string, comment: string) {
  return post<ReviewJson>(`/api/translation-versions/${encodeURIComponent(versionId)}/reject`, { comment });
}

export function updateSource(paragraphId: string, text: string, baseVersionId: string) {
  return post<SourceVersionJson>(`/api/paragraphs/${encodeURIComponent(paragraphId)}/source-versions`, { text, baseVersionId });
}
