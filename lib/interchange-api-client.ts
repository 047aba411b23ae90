// The browser's calls to the XLIFF import endpoint: the preview is a dry run of the same call.
import type { XliffImportReport } from './xliff/import-report';

export type ImportOutcome = { ok: true; report: XliffImportReport } | { ok: false; message: string };

export async function sendXliffImport(slug: string, lang: string, file: Blob, { dryRun }: { dryRun: boolean }): Promise<ImportOutcome> {
  const url = `/api/documents/${encodeURIComponent(slug)}/import?lang=${encodeURIComponent(lang)}${dryRun ? '&dryRun=1' : ''}`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/xliff+xml' }, body: file });
  } catch {
    return { ok: false, message: 'The server could not be reached. Try again.' };
  }
  const json = await response.json().catch(() => null);
  if (response.ok && json) return { ok: true, report: json as XliffImportReport };
  if (response.status === 401) return { ok: false, message: 'Your session has ended. Sign in again, then import.' };
  return { ok: false, message: json?.message ?? `The import failed (HTTP ${response.status}).` };
}
