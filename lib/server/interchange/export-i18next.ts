import 'server-only';
// One language's approved translation of a document as i18next resources (JSON v4), loadable as
// is by `i18next.init({ resources })`. Anyone signed in may export.
import { i18nextResources } from '../../i18next-resources';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findDocumentLanguage } from '../documents/find-document-language';
import { loadAllParagraphStates } from '../documents/load-all-paragraph-states';
import { exportFilename, type ExportedFile } from './exported-file';

// The actor parameter keeps the call sites honest about who reads.
export async function exportI18next({ slug, lang }: { slug: string; lang: string; actor: Actor }): Promise<ExportedFile> {
  const db = getDb();
  const { document, language } = await findDocumentLanguage(db, slug, lang);
  const paragraphs = await loadAllParagraphStates(db, document.id, language.code);
  const resources = i18nextResources(
    language.code,
    paragraphs.map(({ id, translation }) => ({
      id,
      // The newest approved version: the current one, or an older one when a newer waits for review.
      approvedText: !translation?.approvedVersionId
        ? null
        : translation.approvedVersionId === translation.versionId
          ? translation.text
          : translation.approvedText,
    })),
  );
  return {
    filename: exportFilename(document.slug, language.code, 'json'),
    contentType: 'application/json; charset=utf-8',
    body: `${JSON.stringify(resources, null, 2)}\n`,
  };
}
