import 'server-only';
// Everything the workbench shows for one language: the document's paragraphs with their
// translations (getDocumentTranslation), each paragraph's quality checks, and the glossary.
import type { QaIssue } from '../../qa';
import type { Actor } from '../../roles';
import { pageRange, parsePage } from '../../workbench-pages';
import { getDb } from '../db';
import { loadGlossary } from '../glossary/list-glossary-terms';
import { checkDocumentTranslation } from '../qa/check-document-translation';
import { getDocumentTranslation } from './get-document-translation';

export async function getWorkbench({ slug, lang, page, actor }: { slug: string; lang: string; page?: string; actor: Actor }) {
  const translation = await getDocumentTranslation({ slug, lang, actor });
  const db = getDb();
  // Checks run for the page on screen only: a 2,000-paragraph story shows 100 at a time.
  const currentPage = parsePage(page, translation.paragraphs.length);
  const { first, last } = pageRange(currentPage, translation.paragraphs.length);
  const [checks, glossary] = await Promise.all([
    checkDocumentTranslation(db, {
      documentId: translation.document.id,
      lang: translation.language.code,
      states: translation.paragraphs,
      positions: { first, last },
      otherLanguages: translation.document.languages.map((l) => l.code).filter((code) => code !== translation.language.code),
    }),
    loadGlossary(db, translation.language.code),
  ]);
  return {
    ...translation,
    page: { number: currentPage, first, last },
    checks: Object.fromEntries(checks) as Record<string, QaIssue[]>,
    glossary,
  };
}
