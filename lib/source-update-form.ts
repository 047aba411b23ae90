// The "Update English" form's states and what it shows: pasting the new text, its preview (a dry
// run of PUT /api/documents/{slug}/source), applying it, and the failures worded in the interface
// language. Pure, so each transition is unit-tested; the component only renders.
import type { SourceUpdateParagraph, SourceUpdateReport } from './api/document-source';
import type { ArticleFormat } from './article-import/types';
import { UNREACHABLE, type ApiFailure } from './clients/api-call';

export type SourceUpdatePhase = 'editing' | 'previewing' | 'previewed' | 'applying' | 'applied';

export type SourceUpdateState = {
  phase: SourceUpdatePhase;
  content: string;
  format: ArticleFormat;
  /** The revision the editor is working from: the page's, or the one a 409 named. */
  baseRevision: number;
  /** The preview or, once applied, the result. */
  report: SourceUpdateReport | null;
  error: SourceUpdateError | null;
};

/** A failure, as the interface words it (errorText). */
export type SourceUpdateError =
  | { kind: 'conflict'; revision: number }
  | { kind: 'empty' | 'tooLarge' | 'forbidden' | 'notFound' | 'signedOut' | 'unreachable' | 'server' }
  | { kind: 'tooManyParagraphs'; limit: number }
  | { kind: 'paragraphTooLong'; position: number; limit: number }
  | { kind: 'invalid'; format: ArticleFormat };

export type SourceUpdateAction =
  | { type: 'edited'; content: string }
  | { type: 'formatChosen'; format: ArticleFormat }
  | { type: 'previewStarted' }
  | { type: 'applyStarted' }
  | { type: 'answered'; report: SourceUpdateReport }
  | { type: 'failed'; failure: Pick<ApiFailure, 'status' | 'body'> };

export function initialSourceUpdate(baseRevision: number): SourceUpdateState {
  return { phase: 'editing', content: '', format: 'text', baseRevision, report: null, error: null };
}

export function sourceUpdateReducer(state: SourceUpdateState, action: SourceUpdateAction): SourceUpdateState {
  switch (action.type) {
    case 'edited':
      // A preview shows what this text would do; another text needs another preview.
      return { ...state, content: action.content, phase: 'editing', report: null, error: null };
    case 'formatChosen':
      return { ...state, format: action.format, phase: 'editing', report: null, error: null };
    case 'previewStarted':
      return { ...state, phase: 'previewing', report: null, error: null };
    case 'applyStarted':
      return state.phase === 'previewed' ? { ...state, phase: 'applying', error: null } : state;
    case 'answered':
      return action.report.dryRun
        ? { ...state, phase: 'previewed', report: action.report, error: null }
        : { ...state, phase: 'applied', report: action.report, baseRevision: action.report.revision, error: null };
    case 'failed': {
      const error = sourceUpdateError(state.format, action.failure);
      // Someone changed the English meanwhile: the next preview lines the text up with theirs.
      if (error.kind === 'conflict') return { ...state, phase: 'editing', report: null, error, baseRevision: error.revision };
      return { ...state, phase: state.phase === 'applying' ? 'previewed' : 'editing', report: state.phase === 'applying' ? state.report : null, error };
    }
  }
}

/** Whether the preview has something to apply. */
export function hasChanges(report: SourceUpdateReport): boolean {
  return report.changed + report.moved + report.added + report.removed > 0;
}

export function sourceUpdateError(format: ArticleFormat, { status, body }: Pick<ApiFailure, 'status' | 'body'>): SourceUpdateError {
  const reason = typeof body?.reason === 'string' ? body.reason : null;
  const number = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
  if (status === UNREACHABLE) return { kind: 'unreachable' };
  if (status === 401) return { kind: 'signedOut' };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 404) return { kind: 'notFound' };
  if (status === 409) return { kind: 'conflict', revision: number(body?.currentRevision, 0) };
  if (status === 413 && reason === 'too_many_paragraphs') return { kind: 'tooManyParagraphs', limit: number(body?.limit, 5000) };
  if (status === 413 && reason === 'paragraph_too_long') return { kind: 'paragraphTooLong', position: number(body?.position, 0), limit: number(body?.limit, 20_000) };
  if (status === 413) return { kind: 'tooLarge' };
  if (status === 400 && reason === 'empty_article') return { kind: 'empty' };
  if (status === 400) return { kind: 'invalid', format };
  return { kind: 'server' };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The failure in the interface language. */
export function errorText(t: Translate, error: SourceUpdateError, formatNumber: (n: number) => string = String): string {
  switch (error.kind) {
    case 'conflict':
      return t('sourceUpdate.errors.conflict', { revision: error.revision });
    case 'tooManyParagraphs':
      return t('sourceUpdate.errors.tooManyParagraphs', { limit: formatNumber(error.limit) });
    case 'paragraphTooLong':
      return t('sourceUpdate.errors.paragraphTooLong', { n: error.position, limit: formatNumber(error.limit) });
    case 'invalid':
      return t('sourceUpdate.errors.invalid', { format: t(`sourceUpdate.formats.${error.format}`) });
    case 'signedOut':
      return t('failure.signedOut');
    case 'unreachable':
      return t('failure.unreachable');
    default:
      return t(`sourceUpdate.errors.${error.kind}`);
  }
}

/** The preview's rows: unchanged paragraphs in runs, to be shown collapsed; every other paragraph on its own. */
export type PreviewItem = { type: 'unchanged'; paragraphs: SourceUpdateParagraph[] } | { type: 'paragraph'; paragraph: SourceUpdateParagraph };

export function previewItems(paragraphs: SourceUpdateParagraph[]): PreviewItem[] {
  const items: PreviewItem[] = [];
  for (const paragraph of paragraphs) {
    const last = items.at(-1);
    if (paragraph.outcome !== 'unchanged') items.push({ type: 'paragraph', paragraph });
    else if (last?.type === 'unchanged') last.paragraphs.push(paragraph);
    else items.push({ type: 'unchanged', paragraphs: [paragraph] });
  }
  return items;
}

/** "1–4, 6": positions in ascending runs. */
export function positionRanges(positions: number[]): string {
  const runs: Array<[number, number]> = [];
  for (const position of [...positions].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && position === last[1] + 1) last[1] = position;
    else runs.push([position, position]);
  }
  return runs.map(([first, last]) => (first === last ? String(first) : `${first}–${last}`)).join(', ');
}
