import { describe, expect, it } from 'vitest';
import type { SourceUpdateParagraph, SourceUpdateReport } from './api/document-source';
import { createI18n } from './i18n/create-i18n';
import {
  errorText,
  hasChanges,
  initialSourceUpdate,
  positionRanges,
  previewItems,
  sourceUpdateError,
  sourceUpdateReducer,
  type SourceUpdateState,
} from './source-update-form';

const report = (overrides: Partial<SourceUpdateReport> = {}): SourceUpdateReport => ({
  dryRun: true,
  unchanged: 3,
  changed: 1,
  moved: 0,
  added: 0,
  removed: 0,
  baseRevision: 4,
  revision: 4,
  paragraphs: [],
  ...overrides,
});

const entry = (outcome: SourceUpdateParagraph['outcome'], position: number): SourceUpdateParagraph => ({
  outcome,
  paragraphId: outcome === 'added' ? null : `p${position}`,
  oldPosition: outcome === 'added' ? null : position,
  newPosition: outcome === 'removed' ? null : position,
  kind: 'body',
  text: `Paragraph ${position}.`,
  changes: null,
});

function run(...actions: Parameters<typeof sourceUpdateReducer>[1][]): SourceUpdateState {
  return actions.reduce(sourceUpdateReducer, initialSourceUpdate(4));
}

describe('the Update English form', () => {
  it('goes from pasting to a preview, then to applying and the result', () => {
    const previewed = run({ type: 'edited', content: 'New text' }, { type: 'previewStarted' }, { type: 'answered', report: report() });
    expect(previewed).toMatchObject({ phase: 'previewed', content: 'New text', report: { dryRun: true } });
    const applied = [{ type: 'applyStarted' } as const, { type: 'answered', report: report({ dryRun: false, revision: 5 }) } as const].reduce(sourceUpdateReducer, previewed);
    expect(applied).toMatchObject({ phase: 'applied', baseRevision: 5, report: { dryRun: false } });
  });

  it('drops the preview when the text or its format changes', () => {
    const previewed = run({ type: 'edited', content: 'New text' }, { type: 'previewStarted' }, { type: 'answered', report: report() });
    expect(sourceUpdateReducer(previewed, { type: 'edited', content: 'Newer text' })).toMatchObject({ phase: 'editing', report: null });
    expect(sourceUpdateReducer(previewed, { type: 'formatChosen', format: 'html' })).toMatchObject({ phase: 'editing', report: null, format: 'html' });
  });

  it('applies only what was previewed', () => {
    expect(run({ type: 'edited', content: 'x' }, { type: 'applyStarted' }).phase).toBe('editing');
  });

  it('after a 409, works from the revision it names and asks for a new preview', () => {
    const state = run(
      { type: 'edited', content: 'New text' },
      { type: 'previewStarted' },
      { type: 'answered', report: report() },
      { type: 'applyStarted' },
      { type: 'failed', failure: { status: 409, body: { error: 'conflict', message: 'x', currentRevision: 6 } } },
    );
    expect(state).toMatchObject({ phase: 'editing', baseRevision: 6, report: null, error: { kind: 'conflict', revision: 6 } });
  });

  it('keeps the preview when applying fails for another reason', () => {
    const state = run(
      { type: 'previewStarted' },
      { type: 'answered', report: report() },
      { type: 'applyStarted' },
      { type: 'failed', failure: { status: 0, body: null } },
    );
    expect(state).toMatchObject({ phase: 'previewed', report: { dryRun: true }, error: { kind: 'unreachable' } });
  });

  it('knows when a preview has nothing to apply', () => {
    expect(hasChanges(report({ changed: 0 }))).toBe(false);
    expect(hasChanges(report({ changed: 0, removed: 1 }))).toBe(true);
  });
});

describe('failures in the interface language', () => {
  const failure = (status: number, body: Record<string, unknown> | null = null) => sourceUpdateError('markdown', { status, body: body as never });
  it('reads the status and the reason', () => {
    expect(failure(409, { currentRevision: 7 })).toEqual({ kind: 'conflict', revision: 7 });
    expect(failure(400, { reason: 'empty_article' })).toEqual({ kind: 'empty' });
    expect(failure(400, { reason: 'something' })).toEqual({ kind: 'invalid', format: 'markdown' });
    expect(failure(413, { reason: 'article_too_large' })).toEqual({ kind: 'tooLarge' });
    expect(failure(413, { reason: 'too_many_paragraphs', limit: 5000 })).toEqual({ kind: 'tooManyParagraphs', limit: 5000 });
    expect(failure(413, { reason: 'paragraph_too_long', position: 3, limit: 20000 })).toEqual({ kind: 'paragraphTooLong', position: 3, limit: 20000 });
    expect(failure(403)).toEqual({ kind: 'forbidden' });
    expect(failure(500)).toEqual({ kind: 'server' });
  });

  it('words every failure in English, German and Ukrainian', () => {
    const errors = [
      failure(409, { currentRevision: 7 }),
      failure(400, { reason: 'empty_article' }),
      failure(400),
      failure(413),
      failure(413, { reason: 'too_many_paragraphs', limit: 5000 }),
      failure(413, { reason: 'paragraph_too_long', position: 3, limit: 20000 }),
      failure(403),
      failure(404),
      failure(401),
      failure(0),
      failure(502),
    ];
    for (const lang of ['en', 'de', 'uk'] as const) {
      const { t } = createI18n(lang);
      for (const error of errors) {
        const text = errorText(t, error);
        expect(text, `${lang} ${error.kind}`).not.toMatch(/sourceUpdate\.|failure\./);
        expect(text.length).toBeGreaterThan(10);
      }
    }
    expect(errorText(createI18n('en').t, failure(409, { currentRevision: 7 }))).toContain('revision 7');
    expect(errorText(createI18n('de').t, failure(409, { currentRevision: 7 }))).toContain('7');
  });
});

describe('the preview', () => {
  it('gathers unchanged paragraphs into runs and keeps every other one apart', () => {
    const items = previewItems([entry('added', 1), entry('unchanged', 2), entry('unchanged', 3), entry('changed', 4), entry('removed', 5), entry('unchanged', 6)]);
    expect(items.map((item) => (item.type === 'unchanged' ? item.paragraphs.map((p) => p.newPosition) : item.paragraph.outcome))).toEqual([
      'added',
      [2, 3],
      'changed',
      'removed',
      [6],
    ]);
  });

  it('writes positions as ranges', () => {
    expect(positionRanges([6, 1, 2, 3, 4, 9, 10])).toBe('1–4, 6, 9–10');
    expect(positionRanges([])).toBe('');
  });
});
