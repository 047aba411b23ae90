// The browser's calls to POST /api/documents: the preview is a dry run of the same call.
import type { CreatedDocumentJson, NewDocumentInput } from '../api/documents';
import { postJson, type ApiResult } from './api-call';

export function sendNewDocument(input: NewDocumentInput, { dryRun }: { dryRun: boolean }): Promise<ApiResult<CreatedDocumentJson>> {
  return postJson<CreatedDocumentJson>(`/api/documents${dryRun ? '?dryRun=1' : ''}`, input);
}
