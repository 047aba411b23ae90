import 'server-only';
// GET /api/documents/{slug}/qa?lang=: every check result of one language, paragraph by paragraph.
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findDocumentLanguage } from '../documents/find-document-language';
import { loadAllParagraphStates } from '../documents/load-all-paragraph-states';
import { checkDocumentTranslation } from './check-document-translation';

export async function listDocumentChecks({ slug, lang }: { slug: string; lang: string; actor: Actor }) {
  const db = getDb();
  const { document, language } = await findDocumentLanguage(db, slug, lang);
  const states = await loadAllParagraphStates(db, document.id, language.code);
  const issues = await checkDocumentTranslation(db, {
    documentId: document.id,
    lang: language.code,
    states,
    otherLanguages: document.languages.map((l) => l.code).filter((code) => code !== language.code),
  });
  return states.flatMap((state) =>
    (issues.get(state.id) ?? []).map((issue) => ({ paragraphId: state.id, position: state.position, ...issue })),
  );
}
