import { describe, expect, it } from 'vitest';
import { deriveStatus, type ReviewFacts } from './paragraph-status';

const at = (minute: number) => new Date(Date.UTC(2025, 3, 24, 8, minute));
const approved = (sourceVersionId: string, minute = 1): ReviewFacts => ({ decision: 'approved', sourceVersionId, createdAt: at(minute) });
const rejected = (sourceVersionId: string, minute = 1): ReviewFacts => ({ decision: 'rejected', sourceVersionId, createdAt: at(minute) });

describe('deriveStatus', () => {
  it('is untranslated without a version', () => {
    expect(deriveStatus({ current: null, currentSourceVersionId: 's1' })).toBe('untranslated');
  });
  it('is in review when the current version has no review', () => {
    expect(deriveStatus({ current: { sourceVersionId: 's1', reviews: [] }, currentSourceVersionId: 's1' })).toBe('in_review');
  });
  it('is approved when the current version is approved against the current source', () => {
    expect(deriveStatus({ current: { sourceVersionId: 's1', reviews: [approved('s1')] }, currentSourceVersionId: 's1' })).toBe('approved');
  });
  it('is rejected when the latest review rejects, whatever came before', () => {
    expect(
      deriveStatus({ current: { sourceVersionId: 's1', reviews: [approved('s1', 1), rejected('s1', 2)] }, currentSourceVersionId: 's1' }),
    ).toBe('rejected');
  });
  it('is outdated when the source changed after an approval', () => {
    expect(deriveStatus({ current: { sourceVersionId: 's1', reviews: [approved('s1')] }, currentSourceVersionId: 's2' })).toBe('outdated');
  });
  it('is outdated when the source changed while the version waited for review', () => {
    expect(deriveStatus({ current: { sourceVersionId: 's1', reviews: [] }, currentSourceVersionId: 's2' })).toBe('outdated');
  });
  it('is approved again when an editor approves the same version against the new source', () => {
    expect(
      deriveStatus({ current: { sourceVersionId: 's1', reviews: [approved('s1', 1), approved('s2', 2)] }, currentSourceVersionId: 's2' }),
    ).toBe('approved');
  });
});
