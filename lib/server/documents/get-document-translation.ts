import 'server-only';
// A document in reading order with one language's current translations: what the workbench and
// GET /api/documents/{slug}?lang= show. Anyone signed in may read it.
import type { DocumentTranslationJson } from '../../api/documents';
import { canReview, canTranslate, type Actor } from '../../roles';
import { getDb } from '../db';
import { findDocumentLanguage } from './find-document-language';
import { loadAllParagraphStates } from './load-all-paragraph-states';

export async function getDocumentTranslation({ slug, lang, actor }: { slug: string; lang: string; actor: Actor }) {
  const db = getDb();
  const { document, language } = await findDocumentLanguage(db, slug, lang);
  const paragraphs = await loadAllParagraphStates(db, document.id, language.code);
  return {
    document,
    language,
    paragraphs,
    permissions: { translate: canTranslate(actor, language.code), review: canReview(actor) },
  };
}

export type DocumentTranslation = Awaited<ReturnType<typeof getDocumentTranslation>>;

/** The document in one language as GET /api/documents/{slug}?lang= answers it. */
export function documentTranslationJson({ document, language, paragraphs }: DocumentTranslation): DocumentTranslationJson {
  return {
    slug: document.slug,
    title: document.title,
    sourceLang: document.sourceLang,
    sourceRevision: document.sourceRevision,
    lang: language.code,
    deadline: document.deadline?.toISOString() ?? null,
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
