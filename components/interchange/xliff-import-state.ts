// The XLIFF import form's state as a reducer: the chosen file, where the import stands (nothing
// sent yet, the dry run under way or shown, the import under way or done), the last report and
// the last refusal. Pure: components/interchange/xliff-import-form.tsx renders it and sends the file.
import type { XliffImportReport } from '@/lib/xliff/import-report';

export type ImportLanguage = { code: string; englishName: string; direction: 'ltr' | 'rtl' };
export type ImportPhase = 'idle' | 'previewing' | 'previewed' | 'applying' | 'applied';

export type XliffImportState = { file: File | null; phase: ImportPhase; report: XliffImportReport | null; error: string | null };

export type XliffImportAction =
  /** Another file (or none) was chosen: everything about the one before is gone. */
  | { type: 'fileChosen'; file: File | null }
  /** The form refused to send the file (none chosen, too large). */
  | { type: 'refused'; message: string }
  | { type: 'previewStarted' }
  | { type: 'previewed'; report: XliffImportReport }
  | { type: 'previewFailed'; message: string }
  | { type: 'applyStarted' }
  | { type: 'applied'; report: XliffImportReport }
  /** The import was refused: the preview stays, so it can be applied again. */
  | { type: 'applyFailed'; message: string };

export const initialXliffImport: XliffImportState = { file: null, phase: 'idle', report: null, error: null };

export function xliffImportReducer(state: XliffImportState, action: XliffImportAction): XliffImportState {
  switch (action.type) {
    case 'fileChosen':
      return { file: action.file, phase: 'idle', report: null, error: null };
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
