import { describe, expect, it } from 'vitest';
import { englishBaseline, queueReasons, redlineBasis, type RedlineBasis, type ReviewedVersion } from './review-queue';

describe('queueReasons', () => {
  it('puts never-approved translations in the queue as new', () => {
    expect(queueReasons({ status: 'in_review', approvedBefore: false, revisesRejection: false })).toEqual(['new']);
  });
  it('says changed when an earlier version was approved', () => {
    expect(queueReasons({ status: 'in_review', approvedBefore: true, revisesRejection: false })).toEqual(['changed']);
  });
  it('adds revised after rejection', () => {
    expect(queueReasons({ status: 'in_review', approvedBefore: false, revisesRejection: true })).toEqual(['new', 'revised after rejection']);
  });
  it('queues outdated paragraphs for a look at the new English', () => {
    expect(queueReasons({ status: 'outdated', approvedBefore: true, revisesRejection: false })).toEqual(['outdated']);
  });
  it('leaves approved, rejected and untranslated paragraphs out', () => {
    for (const status of ['approved', 'rejected', 'untranslated'] as const) {
      expect(queueReasons({ status, approvedBefore: true, revisesRejection: true })).toEqual([]);
    }
  });
});

let minute = 0;
function version(number: number, text: string, ...reviews: Array<['approved' | 'rejected', string?, string?]>): ReviewedVersion {
  return {
    id: `v${number}`,
    number,
    text,
    reviews: reviews.map(([decision, comment = null, sourceVersionId = 's1']) => ({
      decision,
      comment,
      sourceVersionId,
      reviewer: 'Daniel Brooks',
      createdAt: new Date(Date.UTC(2025, 3, 24, 8, ++minute)),
    })),
  };
}

describe('redlineBasis', () => {
  it('a text nobody decided on is new', () => {
    expect(redlineBasis([version(2, 'Zwei'), version(1, 'Eins')])).toEqual({ kind: 'new' });
  });

  it('compares with the last approved version', () => {
    expect(redlineBasis([version(3, 'Drei'), version(2, 'Zwei', ['approved']), version(1, 'Eins', ['approved'])])).toEqual({
      kind: 'approved',
      versionNumber: 2,
      text: 'Zwei',
      sourceVersionId: 's1',
    });
  });

  it('a revision after a rejection compares with the rejected version, with the comment', () => {
    expect(redlineBasis([version(2, 'Kiew'), version(1, 'Kyjiw', ['rejected', 'Kiew, bitte.'])])).toEqual({
      kind: 'rejected',
      versionNumber: 1,
      text: 'Kyjiw',
      comment: 'Kiew, bitte.',
      reviewer: 'Daniel Brooks',
      approved: null,
    });
  });

  it('a revision several saves after the rejection still answers it; the approval before is named too', () => {
    const approved = version(1, 'Eins', ['approved']);
    const rejected = version(2, 'Zwei', ['rejected', 'Nein.']);
    expect(redlineBasis([version(4, 'Vier'), version(3, 'Drei'), rejected, approved])).toMatchObject({
      kind: 'rejected',
      versionNumber: 2,
      approved: { versionNumber: 1, text: 'Eins' },
    });
  });

  it('a rejection older than the last approval is history', () => {
    const rejected = version(1, 'Eins', ['rejected', 'Nein.']);
    const approved = version(2, 'Zwei', ['approved']);
    expect(redlineBasis([version(3, 'Drei'), approved, rejected])).toMatchObject({ kind: 'approved', versionNumber: 2 });
  });

  it('the current version approved for an older English (outdated) is its own basis', () => {
    expect(redlineBasis([version(1, 'Eins', ['approved'])])).toMatchObject({ kind: 'approved', versionNumber: 1, text: 'Eins' });
  });
});

describe('englishBaseline', () => {
  const approvedFor = (sourceVersionId: string): RedlineBasis => ({ kind: 'approved', versionNumber: 1, text: 'Eins', sourceVersionId });
  it('the English the current version translates, when older', () => {
    expect(englishBaseline({ currentSourceVersionId: 's2', translatedSourceVersionId: 's1', basis: { kind: 'new' } })).toBe('s1');
  });
  it('the English of the last approval, when older', () => {
    expect(englishBaseline({ currentSourceVersionId: 's2', translatedSourceVersionId: 's2', basis: approvedFor('s1') })).toBe('s1');
  });
  it('nothing when the editor decided on this English', () => {
    expect(englishBaseline({ currentSourceVersionId: 's2', translatedSourceVersionId: 's2', basis: approvedFor('s2') })).toBeNull();
    expect(englishBaseline({ currentSourceVersionId: 's2', translatedSourceVersionId: 's2', basis: { kind: 'new' } })).toBeNull();
  });
});
