import 'server-only';
// Every paragraph state of a document (load-paragraph-states.ts) read a page at a time, letting
// other requests in between: a 2,000-paragraph document read at once held the event loop for 125
// to 190 ms (SQLite answers synchronously), every other request of the process waiting.
// The paragraphs are the ones the document has when the read starts, in their order then: a page
// read after an update of the English moved positions still neither skips nor repeats one.
import { letOthersIn } from '../let-others-in';
import type { Db } from '../db';
import { loadParagraphStates, type ParagraphState } from './load-paragraph-states';

/** Paragraphs per read: the workbench's page, about 10 ms of SQLite's time at a time. */
export const STATES_PER_READ = 100;

/** Not for a transaction: other requests go on between the pages (a transaction's reads are one). */
export async function loadAllParagraphStates(db: Db, documentId: string, languageCode: string): Promise<ParagraphState[]> {
  const paragraphs = await db.paragraph.findMany({ where: { documentId, removedAt: null }, orderBy: { position: 'asc' }, select: { id: true } });
  if (paragraphs.length <= STATES_PER_READ) return loadParagraphStates(db, documentId, languageCode);
  const states: ParagraphState[] = [];
  for (let start = 0; start < paragraphs.length; start += STATES_PER_READ) {
    if (start > 0) await letOthersIn();
    const ids = paragraphs.slice(start, start + STATES_PER_READ).map((paragraph) => paragraph.id);
    const page = new Map((await loadParagraphStates(db, documentId, languageCode, { ids })).map((state) => [state.id, state]));
    for (const id of ids) {
      const state = page.get(id);
      if (state) states.push(state);
    }
  }
  return states;
}
