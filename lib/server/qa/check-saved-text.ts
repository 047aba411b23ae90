import 'server-only';
// The single-paragraph checks of one text against a paragraph's current English: what a save
// answers with and what gates an approval.
import { checkTranslation, type QaIssue } from '../../qa';
import type { Db, Tx } from '../db';
import { loadGlossary } from '../glossary/list-glossary-terms';

export async function checkParagraphText(db: Db | Tx, { paragraphId, lang, text }: { paragraphId: string; lang: string; text: string }): Promise<QaIssue[]> {
  const paragraph = await db.paragraph.findUniqueOrThrow({
    where: { id: paragraphId },
    select: { kind: true, sourceVersions: { orderBy: { number: 'desc' }, take: 1, select: { text: true } } },
  });
  return checkTextAgainstSource(db, { lang, text, source: paragraph.sourceVersions[0].text, kind: paragraph.kind });
}

/** The same checks when the caller has already loaded the paragraph's kind and current English. */
export async function checkTextAgainstSource(db: Db | Tx, { lang, text, source, kind }: { lang: string; text: string; source: string; kind: string }): Promise<QaIssue[]> {
  const glossary = await loadGlossary(db, lang);
  return checkTranslation({ source, target: text, targetLang: lang, kind, glossary });
}
