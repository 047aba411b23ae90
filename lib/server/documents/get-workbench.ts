import 'server-only';
// Everything the workbench shows for one language: the document's paragraphs with their
// translations (getDocumentTranslation), each paragraph's quality checks, and the glossary.
import type { QaIssue } from '../../qa';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { loadGlossary } from '../glossary/list-glossary-terms';
import { checkDocumentTranslation } from '../qa/check-document-translation';
import { getDocumentTranslation } from './get-document-translation';

export async function getWorkbench({ slug, lang, actor }: { slug: string; lang: string; actor: Actor }) {
  const translation = await getDocumentTranslation({ slug, lang, actor });
  const db = getDb();
  const [checks, glossary] = await Promise.all([
    checkDocumentTranslation(db, {
      documentId: translation.document.id,
      lang: translation.language.code,
      states: translation.paragraphs,
      otherLanguages: translation.document.languages.map((l) => l.code).filter((code) => code !== translation.language.code),
    }),
    loadGlossary(db, translation.language.code),
  ]);
  return { ...translation, checks: Object.fromEntries(checks) as Record<string, QaIssue[]>, glossary };
}
