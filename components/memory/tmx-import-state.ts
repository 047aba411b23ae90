// The TMX import form's state as a reducer: the chosen file, where the import stands (nothing
// sent yet, the dry run under way or shown, the import under way or done), the last report and
// the last refusal. Pure: components/memory/tmx-import-form.tsx renders it and sends the file.
import type { TmxImportReport } from '@/lib/api/memory';

export type TmxImportPhase = 'idle' | 'previewing' | 'previewed' | 'applying' | 'applied';

export type TmxImportState = { file: File | null; phase: TmxImportPhase; report: TmxImportReport | null; error: string | null };

export type TmxImportAction =
  /** Another file (or none) was chosen: everything about the one before is gone. */
  | { type: 'fileChosen'; file: File | null }
  /** The form refused to send the file (none chosen, too large). */
  | { type: 'refused'; message: string }
  | { type: 'previewStarted' }
  | { type: 'previewed'; report: TmxImportReport }
  | { type: 'previewFailed'; message: string }
  | { type: 'applyStarted' }
  | { type: 'applied'; report: TmxImportReport }
  /** The import was refused: the preview stays, so it can be tried again. */
  | { type: 'applyFailed'; message: string };

export const initialTmxImport: TmxImportState = { file: null, phase: 'idle', report: null, error: null };

export function tmxImportReducer(state: TmxImportState, action: TmxImportAction): TmxImportState {
  switch (action.type) {
    case 'fileChosen':
      return { file: action.file, phase: 'idle', report: null, error: null };
    case 'refused':
      return { ...state, phase: 'idle', report: null, error: action.message };
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

/** Whether the Import button is offered: a preview is shown and it would import something. */
export function canApply(state: TmxImportState): boolean {
  return state.phase === 'previewed' && state.report !== null && state.report.imported > 0;
}

/** Units skipped, summed over reasons and languages. */
export function skippedCount(report: TmxImportReport): number {
  return report.skipped.reduce((sum, entry) => sum + entry.count, 0);
}
