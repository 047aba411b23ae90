// The browser's calls to the XLIFF import endpoint: the preview is a dry run of the same call.
import { callApi, type ApiResult } from './api-call';
import type { XliffImportReport } from '../xliff/import-report';

export function sendXliffImport(slug: string, lang: string, file: Blob, { dryRun }: { dryRun: boolean }): Promise<ApiResult<XliffImportReport>> {
  const url = `/api/documents/${encodeURIComponent(slug)}/import?lang=${encodeURIComponent(lang)}${dryRun ? '&dryRun=1' : ''}`;
  return callApi<XliffImportReport>(url, { method: 'POST', headers: { 'content-type': 'application/xliff+xml' }, body: file });
}
