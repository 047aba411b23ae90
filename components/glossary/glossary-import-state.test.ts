import { describe, expect, it } from 'vitest';
import type { GlossaryImportReport } from '@/lib/api/glossary';
import { formatOfFile, glossaryImportReducer, initialGlossaryImport, type GlossaryImportState } from './glossary-import-state';

const csv = new File(['source,target\n'], 'terms.csv', { type: 'text/csv' });
const report = (dryRun: boolean): GlossaryImportReport => ({
  lang: 'de',
  format: 'csv',
  dryRun,
  applied: !dryRun,
  counts: { created: 1, changed: 0, unchanged: 0, problems: 0 },
  created: [{ line: 2, source: 'Kyiv', target: 'Kiew', note: null, doNotTranslate: false }],
  changed: [],
  problems: [],
  notices: [],
});
const chosen: GlossaryImportState = { file: csv, format: 'csv', phase: 'idle', report: null, error: null };
const previewed: GlossaryImportState = { ...chosen, phase: 'previewed', report: report(true) };

describe('glossary import state', () => {
  it('starts with no file, TBX, nothing sent', () => {
    expect(initialGlossaryImport).toEqual({ file: null, format: 'tbx', phase: 'idle', report: null, error: null });
  });

  it('takes the format from the file name and forgets everything about the file before', () => {
    expect(glossaryImportReducer({ ...previewed, format: 'tbx', error: 'x' }, { type: 'fileChosen', file: csv })).toEqual(chosen);
    const other = new File(['x'], 'terms.txt');
    expect(glossaryImportReducer(chosen, { type: 'fileChosen', file: other })).toEqual({ ...chosen, file: other });
    expect(glossaryImportReducer(previewed, { type: 'fileChosen', file: null })).toEqual({ ...initialGlossaryImport, format: 'csv' });
  });

  it('reads the format a name says', () => {
    expect([formatOfFile('a.CSV'), formatOfFile('a.tbx'), formatOfFile('a.xml'), formatOfFile('a.txt'), formatOfFile('csv')]).toEqual(['csv', 'tbx', 'tbx', null, null]);
  });

  it('drops the preview when the format is changed by hand', () => {
    expect(glossaryImportReducer(previewed, { type: 'formatChosen', format: 'tbx' })).toEqual({ ...chosen, format: 'tbx' });
  });

  it('shows why the file was not sent and drops the report shown', () => {
    expect(glossaryImportReducer(previewed, { type: 'refused', message: 'Choose a file.' })).toEqual({ ...previewed, report: null, error: 'Choose a file.' });
  });

  it('clears report and message while the dry run is under way, then shows its report', () => {
    expect(glossaryImportReducer({ ...chosen, report: report(true), error: 'x' }, { type: 'previewStarted' })).toEqual({ ...chosen, phase: 'previewing' });
    expect(glossaryImportReducer({ ...chosen, phase: 'previewing' }, { type: 'previewed', report: report(true) })).toEqual(previewed);
  });

  it('goes back to idle with the message when the dry run is refused', () => {
    expect(glossaryImportReducer({ ...chosen, phase: 'previewing' }, { type: 'previewFailed', message: 'line 2: …' })).toEqual({ ...chosen, error: 'line 2: …' });
  });

  it('keeps the preview while the import is under way, then shows the import report', () => {
    expect(glossaryImportReducer({ ...previewed, error: 'x' }, { type: 'applyStarted' })).toEqual({ ...previewed, phase: 'applying' });
    expect(glossaryImportReducer({ ...previewed, phase: 'applying' }, { type: 'applied', report: report(false) })).toEqual({ ...chosen, phase: 'applied', report: report(false) });
  });

  it('returns to the preview with the message when the import is refused', () => {
    expect(glossaryImportReducer({ ...previewed, phase: 'applying' }, { type: 'applyFailed', message: 'HTTP 500' })).toEqual({ ...previewed, error: 'HTTP 500' });
  });
});
