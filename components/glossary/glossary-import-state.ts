// The glossary import form's state as a reducer: the chosen file and its format, where the import
// stands (nothing sent, the dry run under way or shown, the import under way or done), the last
// report and the last refusal. Pure: glossary-import-form.tsx renders it and sends the file.
import type { GlossaryFormat, GlossaryImportReport } from '@/lib/api/glossary';

export type GlossaryImportPhase = 'idle' | 'previewing' | 'previewed' | 'applying' | 'applied';

export type GlossaryImportState = {
  file: File | null;
  format: GlossaryFormat;
  phase: GlossaryImportPhase;
  report: GlossaryImportReport | null;
  error: string | null;
};

export type GlossaryImportAction =
  /** Another file (or none) was chosen: everything about the one before is gone; its name says its format. */
  | { type: 'fileChosen'; file: File | null }
  /** The format was chosen by hand: a preview of the other format no longer holds. */
  | { type: 'formatChosen'; format: GlossaryFormat }
  | { type: 'refused'; message: string }
  | { type: 'previewStarted' }
  | { type: 'previewed'; report: GlossaryImportReport }
  | { type: 'previewFailed'; message: string }
  | { type: 'applyStarted' }
  | { type: 'applied'; report: GlossaryImportReport }
  /** The import was refused: the preview stays, so it can be applied again. */
  | { type: 'applyFailed'; message: string };

export const initialGlossaryImport: GlossaryImportState = { file: null, format: 'tbx', phase: 'idle', report: null, error: null };

/** The format a file's name says, if it says one. */
export function formatOfFile(name: string): GlossaryFormat | null {
  const extension = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  return extension === 'csv' ? 'csv' : extension === 'tbx' || extension === 'xml' ? 'tbx' : null;
}

export function glossaryImportReducer(state: GlossaryImportState, action: GlossaryImportAction): GlossaryImportState {
  switch (action.type) {
    case 'fileChosen':
      return { file: action.file, format: (action.file && formatOfFile(action.file.name)) ?? state.format, phase: 'idle', report: null, error: null };
    case 'formatChosen':
      return { ...state, format: action.format, phase: 'idle', report: null, error: null };
    case 'refused':
      return { ...state, report: null, error: action.message };
    case 'previewStarted':
      return { ...state, phase: 'previewing', report: null, error: null };
    case 'previewed':
      return { ...state, phase: 'previewed', report: action.report, error: null };
    case 'previewFailed':
      return { ...state, phase: 'idle', report: null, error: action.message };
    case 'applyStarted':
      return { ...state, phase: 'applying', error: null };
    case 'applied':
      return { ...state, phase: 'applied', report: action.report, error: null };
    case 'applyFailed':
      return { ...state, phase: 'previewed', error: action.message };
  }
}
