import { describe, expect, it } from 'vitest';
import type { TmxImportReport } from '@/lib/api/memory';
import { canApply, initialTmxImport, skippedCount, tmxImportReducer, type TmxImportState } from './tmx-import-state';

const file = new File(['<tmx/>'], 'agency.tmx');
const report = (imported: number, dryRun = true): TmxImportReport => ({
  file: 'agency.tmx',
  dryRun,
  applied: !dryRun,
  units: 3,
  imported,
  duplicates: 1,
  languages: [{ language: 'de', imported, duplicates: 1 }],
  skipped: [
    { reason: 'unknown_language', language: 'es', count: 2 },
    { reason: 'no_english', language: null, count: 1 },
  ],
});
const chosen: TmxImportState = tmxImportReducer(initialTmxImport, { type: 'fileChosen', file });

describe('tmxImportReducer', () => {
  it('forgets the last report and error when another file is chosen', () => {
    const shown = tmxImportReducer(chosen, { type: 'previewed', report: report(2) });
    expect(tmxImportReducer({ ...shown, error: 'x' }, { type: 'fileChosen', file: null })).toEqual(initialTmxImport);
  });

  it('goes from preview to import, offering Import only when the preview would import something', () => {
    const previewing = tmxImportReducer(chosen, { type: 'previewStarted' });
    expect(previewing).toMatchObject({ phase: 'previewing', report: null });
    expect(canApply(previewing)).toBe(false);
    const previewed = tmxImportReducer(previewing, { type: 'previewed', report: report(2) });
    expect(canApply(previewed)).toBe(true);
    expect(canApply(tmxImportReducer(previewing, { type: 'previewed', report: report(0) }))).toBe(false);
    const applying = tmxImportReducer(previewed, { type: 'applyStarted' });
    expect(canApply(applying)).toBe(false);
    const applied = tmxImportReducer(applying, { type: 'applied', report: report(2, false) });
    expect(applied).toMatchObject({ phase: 'applied', report: { applied: true }, file });
    expect(canApply(applied)).toBe(false);
  });

  it('keeps the preview when the import is refused, and drops it when the preview is', () => {
    const previewed = tmxImportReducer(chosen, { type: 'previewed', report: report(2) });
    const refused = tmxImportReducer(tmxImportReducer(previewed, { type: 'applyStarted' }), { type: 'applyFailed', message: 'Conflict' });
    expect(refused).toMatchObject({ phase: 'previewed', error: 'Conflict', report: report(2) });
    expect(tmxImportReducer(tmxImportReducer(chosen, { type: 'previewStarted' }), { type: 'previewFailed', message: 'Line 3: bad' })).toMatchObject({ phase: 'idle', report: null, error: 'Line 3: bad' });
    expect(tmxImportReducer(previewed, { type: 'refused', message: 'Choose a file' })).toMatchObject({ phase: 'idle', report: null, error: 'Choose a file' });
  });

  it('sums what was skipped', () => {
    expect(skippedCount(report(1))).toBe(3);
  });
});
