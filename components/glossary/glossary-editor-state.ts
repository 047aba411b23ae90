// The glossary editor's state as a reducer: which term's row is open for changing, and why the
// last change was refused. Pure: components/glossary/glossary-editor.tsx renders it and sends
// the changes.
//
// A refusal keeps the row open (what was typed stays in its form); a change that went through
// clears the message, and a saved term's row closes. Adding or deleting leaves an open row open.

export type GlossaryTerm = { id: string; source: string; target: string; note: string | null; doNotTranslate: boolean };
export type GlossaryLanguage = { code: string; englishName: string; direction: 'ltr' | 'rtl' };

export type GlossaryEditorState = { editing: string | null; error: string | null };

export type GlossaryEditorAction =
  | { type: 'editing'; termId: string }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string }
  | { type: 'saved' }
  | { type: 'added' }
  | { type: 'deleted' };

export const initialGlossaryEditor: GlossaryEditorState = { editing: null, error: null };

export function glossaryEditorReducer(state: GlossaryEditorState, action: GlossaryEditorAction): GlossaryEditorState {
  switch (action.type) {
    case 'editing':
      return { ...state, editing: action.termId };
    case 'cancelled':
      return { ...state, editing: null };
    case 'failed':
      return { ...state, error: action.message };
    case 'saved':
      return { editing: null, error: null };
    case 'added':
    case 'deleted':
      return { ...state, error: null };
  }
}
