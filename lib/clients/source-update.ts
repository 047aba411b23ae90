// The browser's call to PUT /api/documents/{slug}/source: the preview is a dry run of the same call.
import type { SourceUpdateInput, SourceUpdateReport } from '../api/document-source';
import { callApi, type ApiResult } from './api-call';

export function sendSourceUpdate(slug: string, input: SourceUpdateInput, { dryRun }: { dryRun: boolean }): Promise<ApiResult<SourceUpdateReport>> {
  const url = `/api/documents/${encodeURIComponent(slug)}/source${dryRun ? '?dryRun=1' : ''}`;
  return callApi<SourceUpdateReport>(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
}
