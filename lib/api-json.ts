// The REST API's JSON shapes (DESIGN.md, "REST API"), built from what the services return.
import type { DocumentSummary } from './server/documents/list-documents';
import type { DocumentTranslation } from './server/documents/get-document-translation';

export function documentSummaryJson(summary: DocumentSummary) {
  return {
    slug: summary.slug,
    title: summary.title,
    sourceLang: summary.sourceLang,
    paragraphCount: summary.paragraphCount,
    languages: summary.languages.map((language) => language.code),
    progress: Object.fromEntries(summary.languages.map((language) => [language.code, language.statusCounts])),
  };
}

export function documentTranslationJson({ document, language, paragraphs }: DocumentTranslation) {
  return {
    slug: document.slug,
    title: document.title,
    sourceLang: document.sourceLang,
    sourceRevision: document.sourceRevision,
    lang: language.code,
    paragraphs: paragraphs.map((paragraph) => ({
      id: paragraph.id,
      position: paragraph.position,
      kind: paragraph.kind,
      source: { versionId: paragraph.source.versionId, text: paragraph.source.text },
      translation: paragraph.translation && {
        versionId: paragraph.translation.versionId,
        text: paragraph.translation.text,
        status: paragraph.status,
        approvedVersionId: paragraph.translation.approvedVersionId,
      },
    })),
  };
}
