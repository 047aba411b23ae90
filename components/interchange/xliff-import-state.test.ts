import { describe, expect, it } from 'vitest';
import type { XliffImportReport } from '@/lib/xliff/import-report';
import { initialXliffImport, xliffImportReducer, type XliffImportState } from './xliff-import-state';

const file = new File(['<xliff/>'], 'article.xlf', { type: 'application/xliff+xml' });
const report = (dryRun: boolean): XliffImportReport => ({ slug: 'article', lang: 'de', dryRun, applied: !dryRun, counts: { created: 1, unchanged: 0, skipped: 0 }, units: [] });
const chosen: XliffImportState = { file, phase: 'idle', report: null, error: null };
const previewed: XliffImportState = { file, phase: 'previewed', report: report(true), error: null };

describe('XLIFF import state', () => {
  it('starts with no file, nothing sent', () => {
    expect(initialXliffImport).toEqual({ file: null, phase: 'idle', report: null, error: null });
  });

  it('forgets the report, the message and the phase of the file before when another is chosen', () => {
    expect(xliffImportReducer({ file, phase: 'applied', report: report(false), error: 'x' }, { type: 'fileChosen', file })).toEqual(chosen);
    expect(xliffImportReducer(previewed, { type: 'fileChosen', file: null })).toEqual({ ...initialXliffImport });
  });

  it('shows why the file was not sent and drops the report shown, leaving the phase', () => {
    expect(xliffImportReducer(previewed, { type: 'refused', message: 'Choose a file.' })).toEqual({ ...previewed, report: null, error: 'Choose a file.' });
  });

  it('clears report and message while the dry run is under way', () => {
    expect(xliffImportReducer({ ...chosen, report: report(true), error: 'x' }, { type: 'previewStarted' })).toEqual({ ...chosen, phase: 'previewing' });
  });

  it('shows the dry run report', () => {
    expect(xliffImportReducer({ ...chosen, phase: 'previewing' }, { type: 'previewed', report: report(true) })).toEqual(previewed);
  });

  it('goes back to idle with the message when the dry run is refused', () => {
    expect(xliffImportReducer({ ...chosen, phase: 'previewing' }, { type: 'previewFailed', message: 'HTTP 500' })).toEqual({ ...chosen, error: 'HTTP 500' });
  });

  it('keeps the preview shown while the import is under way', () => {
    expect(xliffImportReducer({ ...previewed, error: 'x' }, { type: 'applyStarted' })).toEqual({ ...previewed, phase: 'applying' });
  });

  it('shows the import report once applied', () => {
    expect(xliffImportReducer({ ...previewed, phase: 'applying' }, { type: 'applied', report: report(false) })).toEqual({ file, phase: 'applied', report: report(false), error: null });
  });

  it('returns to the preview with the message when the import is refused, so it can be applied again', () => {
    expect(xliffImportReducer({ ...previewed, phase: 'applying' }, { type: 'applyFailed', message: 'Conflict' })).toEqual({ ...previewed, error: 'Conflict' });
  });
});
