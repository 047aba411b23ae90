// The browser's calls for reviews and source updates, through the REST API.
import type { Review } from '../api/reviews';
import type { SourceVersion } from '../api/versions';
import { postJson } from './api-call';

export function approveVersion(versionId: string, overrideReason?: string) {
  return postJson<Review>(`/api/translation-versions/${encodeURIComponent(versionId)}/approve`, overrideReason ? { overrideReason } : {});
}

export function rejectVersion(versionId: string, comment: string) {
  return postJson<Review>(`/api/translation-versions/${encodeURIComponent(versionId)}/reject`, { comment });
}

export function updateSource(paragraphId: string, text: string, baseVersionId: string) {
  return postJson<SourceVersion>(`/api/paragraphs/${encodeURIComponent(paragraphId)}/source-versions`, { text, baseVersionId });
}
