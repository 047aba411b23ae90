// The state of the "new article" form (/documents/new) and how each step changes it: the editor
// pastes the article, previews it (a dry run of POST /api/documents), changes kinds, and creates
// the document. Pure, so that every transition is unit-tested; the component only renders.
import type { ArticleFormat } from './article-import/types';
import type { CreatedDocumentJson } from './api/documents';
import type { ParagraphKind } from './paragraph-kinds';

export type FormError = { reason: string | null; status: number; message: string; params?: Record<string, unknown> };

export type NewDocumentFormState = {
  format: ArticleFormat;
  content: string;
  title: string;
  /** The editor typed a title: a preview never replaces it. */
  titleTyped: boolean;
  languages: string[];
  /** As the date-and-time input holds it (the browser's local time), '' for none. */
  deadline: string;
  phase: 'editing' | 'previewing' | 'previewed' | 'creating' | 'created';
  /** The preview of the article as it is now; null once the article changes. */
  preview: CreatedDocumentJson | null;
  /** Kinds the editor changed in the preview, by position. */
  kinds: Record<string, ParagraphKind>;
  error: FormError | null;
};

export type NewDocumentFormAction =
  | { type: 'content'; content: string }
  | { type: 'format'; format: ArticleFormat }
  | { type: 'title'; title: string }
  | { type: 'language'; code: string; checked: boolean }
  | { type: 'deadline'; deadline: string }
  | { type: 'kind'; position: number; kind: ParagraphKind }
  | { type: 'invalid'; error: FormError }
  | { type: 'preview-started' }
  | { type: 'preview-succeeded'; preview: CreatedDocumentJson }
  | { type: 'preview-failed'; error: FormError }
  | { type: 'create-started' }
  | { type: 'create-succeeded' }
  | { type: 'create-failed'; error: FormError };

export const initialNewDocumentForm: NewDocumentFormState = {
  format: 'text',
  content: '',
  title: '',
  titleTyped: false,
  languages: [],
  deadline: '',
  phase: 'editing',
  preview: null,
  kinds: {},
  error: null,
};

/** A changed article makes the preview and the kinds chosen in it (by position) stale. */
const articleChanged = (state: NewDocumentFormState): NewDocumentFormState => ({ ...state, phase: 'editing', preview: null, kinds: {}, error: null });

export function newDocumentFormReducer(state: NewDocumentFormState, action: NewDocumentFormAction): NewDocumentFormState {
  switch (action.type) {
    case 'content':
      return { ...articleChanged(state), content: action.content };
    case 'format':
      return { ...articleChanged(state), format: action.format };
    case 'title':
      return { ...state, title: action.title, titleTyped: action.title.trim() !== '' };
    case 'language': {
      const languages = action.checked ? [...new Set([...state.languages, action.code])] : state.languages.filter((code) => code !== action.code);
      return { ...state, languages };
    }
    case 'deadline':
      return { ...state, deadline: action.deadline };
    case 'kind': {
      if (!state.preview) return state;
      const imported = state.preview.paragraphs.find((paragraph) => paragraph.position === action.position)?.kind;
      const kinds = { ...state.kinds };
      if (imported === action.kind) delete kinds[action.position];
      else kinds[action.position] = action.kind;
      return { ...state, kinds };
    }
    case 'invalid':
      return { ...state, error: action.error };
    case 'preview-started':
      return { ...state, phase: 'previewing', error: null };
    case 'preview-succeeded':
      return {
        ...state,
        phase: 'previewed',
        preview: action.preview,
        kinds: {},
        error: null,
        title: state.titleTyped ? state.title : action.preview.title,
      };
    case 'preview-failed':
      return { ...state, phase: state.preview ? 'previewed' : 'editing', error: action.error };
    case 'create-started':
      return { ...state, phase: 'creating', error: null };
    case 'create-succeeded':
      return { ...state, phase: 'created' };
    case 'create-failed':
      return { ...state, phase: state.preview ? 'previewed' : 'editing', error: action.error };
  }
}

/** The kind a paragraph of the preview will be created with. */
export function kindOf(state: NewDocumentFormState, position: number): ParagraphKind | undefined {
  return state.kinds[position] ?? state.preview?.paragraphs.find((paragraph) => paragraph.position === position)?.kind;
}

/** The body of POST /api/documents for the form as it is; `deadline` from the local date and time. */
export function newDocumentRequest(state: NewDocumentFormState) {
  const deadline = state.deadline ? new Date(state.deadline) : null;
  return {
    format: state.format,
    content: state.content,
    languages: state.languages,
    ...(state.title.trim() ? { title: state.title } : {}),
    ...(deadline && !Number.isNaN(deadline.getTime()) ? { deadline: deadline.toISOString() } : {}),
    ...(Object.keys(state.kinds).length ? { kinds: state.kinds } : {}),
  };
}
