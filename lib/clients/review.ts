// The browser's calls for reviews and source updates, through the REST API.
import type { z } from 'zod';
import type { Review } from './api/reviews';
import type { SourceVersion } from './api/versions';
import { postJson } from './api-call';

export type ReviewJson = z.infer<typeof Review>;

export type SourceVersionJson = z.infer<typeof SourceVersion>;

export function approveVersion(versionId: string, overrideReason?: string) {
  return postJson<ReviewJson>(`/api/translation-versions/${encodeURIComponent(versionId)}/approve`, overrideReason ? { overrideReason } : {});
}

export function rejectVersion(versionId: string, comment: string) {
  return postJson<ReviewJson>(`/api/translation-versions/${encodeURIComponent(versionId)}/reject`, { comment });
}

export function updateSource(paragraphId: string, text: string, baseVersionId: string) {
  return postJson<SourceVersionJson>(`/api/paragraphs/${encodeURIComponent(paragraphId)}/source-versions`, { text, baseVersionId });
}
