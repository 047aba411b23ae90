// The browser's calls for reviews and source updates, through the REST API.
import { postJson } from './api-call';

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

export function approveVersion(versionId: string, overrideReason?: string) {
  return postJson<ReviewJson>(`/api/translation-versions/${encodeURIComponent(versionId)}/approve`, overrideReason ? { overrideReason } : {});
}

export function rejectVersion(versionId: string, comment: string) {
  return postJson<ReviewJson>(`/api/translation-versions/${encodeURIComponent(versionId)}/reject`, { comment });
}

export function updateSource(paragraphId: string, text: string, baseVersionId: string) {
  return postJson<SourceVersionJson>(`/api/paragraphs/${encodeURIComponent(paragraphId)}/source-versions`, { text, baseVersionId });
}
