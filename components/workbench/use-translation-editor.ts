'use client';
// Connects the translation editor's reducer (translation-editor-state.ts) to the world: the
// server's data as each reload brings it, the save the state asks for, the page's unsaved marker
// and the local draft, and glossary terms clicked in the English.
import { useEffect, useReducer, useRef, type RefObject } from 'react';
import { saveTranslation } from '@/lib/clients/translations';
import { markUnsaved } from '@/lib/unsaved-edits';
import { INSERT_TERM_EVENT, type InsertTermDetail } from './glossary-marked-text';
import { baseText, editorReducer, initialEditorState, isDirty, type ServerState } from './translation-editor-state';
import { useLocalDraft } from './use-local-draft';

export function useTranslationEditor({
  paragraphId,
  lang,
  canTranslate,
  server,
  box,
}: {
  paragraphId: string;
  lang: string;
  canTranslate: boolean;
  /** A new object whenever the server rendered the row anew. */
  server: ServerState;
  box: RefObject<HTMLTextAreaElement | null>;
}) {
  const [state, dispatch] = useReducer(editorReducer, server, (first) => initialEditorState(first, canTranslate));
  const dirty = isDirty(state);
  const draft = useLocalDraft(paragraphId, lang, baseText(state));

  // The reducer decides whether the new data can be adopted now (see settleServer).
  useEffect(() => dispatch({ type: 'serverSent', server }), [server]);

  // A save the state asks for is sent once; its answer is matched to it by id.
  const sent = useRef(0);
  const { save } = state;
  useEffect(() => {
    if (save.kind !== 'saving' || sent.current >= save.id) return;
    sent.current = save.id;
    void saveTranslation(paragraphId, lang, save.body).then((outcome) => dispatch({ type: 'saveFinished', id: save.id, outcome }));
  }, [save, paragraphId, lang]);

  const { text, base } = state;
  const storeDraft = draft.store;
  useEffect(() => {
    const editorId = `${paragraphId}:${lang}`;
    markUnsaved(editorId, dirty);
    storeDraft(dirty ? { text, base } : null);
    return () => markUnsaved(editorId, false);
  }, [paragraphId, lang, dirty, text, base, storeDraft]);

  // A click on a glossary term in the English puts its translation at the cursor.
  useEffect(() => {
    const insert = (event: Event) => {
      const { detail } = event as CustomEvent<InsertTermDetail>;
      const element = box.current;
      if (detail.paragraphId !== paragraphId || !element || element.readOnly) return;
      const { selectionStart, selectionEnd, value } = element;
      dispatch({ type: 'edited', text: value.slice(0, selectionStart) + detail.text + value.slice(selectionEnd) });
      element.focus();
      const caret = selectionStart + detail.text.length;
      requestAnimationFrame(() => element.setSelectionRange(caret, caret));
    };
    window.addEventListener(INSERT_TERM_EVENT, insert);
    return () => window.removeEventListener(INSERT_TERM_EVENT, insert);
  }, [paragraphId, box]);

  return { state, dispatch, dirty, draft };
}
