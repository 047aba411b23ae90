import { describe, expect, it } from 'vitest';
import { approvalToCarry, type ReviewForCarry } from './approval-carry';

let minute = 0;
function review(decision: 'approved' | 'rejected', versionNumber: number, text: string, carriedFromReviewId: string | null = null): ReviewForCarry {
  minute += 1;
  return { id: `r${minute}`, decision, createdAt: new Date(Date.UTC(2025, 3, 24, 8, minute)), carriedFromReviewId, versionId: `v${versionNumber}`, versionNumber, text };
}

describe('approvalToCarry', () => {
  it('carries the approval of the same text', () => {
    const approved = review('approved', 1, 'Acht Tote.');
    expect(approvalToCarry([approved], 'Acht Tote.')).toBe(approved);
  });

  it('carries nothing for another text, or when nothing was approved', () => {
    expect(approvalToCarry([review('approved', 1, 'Acht Tote.')], 'Neun Tote.')).toBeNull();
    expect(approvalToCarry([], 'Acht Tote.')).toBeNull();
  });

  it('never turns a rejection into an approval', () => {
    expect(approvalToCarry([review('rejected', 1, 'Acht Tote.')], 'Acht Tote.')).toBeNull();
  });

  it('carries the approval across a later rejection of another text (a revert)', () => {
    const approved = review('approved', 1, 'Acht Tote.');
    expect(approvalToCarry([approved, review('rejected', 2, 'Acht Leichen.')], 'Acht Tote.')).toBe(approved);
  });

  it('only the newest approval counts: one of another text since supersedes it', () => {
    const reviews = [review('approved', 1, 'Acht Tote.'), review('approved', 2, 'Acht Menschen starben.')];
    expect(approvalToCarry(reviews, 'Acht Tote.')).toBeNull();
    expect(approvalToCarry(reviews, 'Acht Menschen starben.')).toBe(reviews[1]);
  });

  it('a later rejection of the same text takes the approval back', () => {
    const reviews = [review('approved', 1, 'Acht Tote.'), review('rejected', 3, 'Acht Tote.')];
    expect(approvalToCarry(reviews, 'Acht Tote.')).toBeNull();
  });

  it('names the editor’s own review when the newest approval was itself carried', () => {
    const own = review('approved', 1, 'Acht Tote.');
    const carried = review('approved', 3, 'Acht Tote.', own.id);
    expect(approvalToCarry([carried, own], 'Acht Tote.')).toBe(own);
  });

  it('reads the order from the times, not from the list', () => {
    const older = review('approved', 1, 'Acht Tote.');
    const newer = review('approved', 2, 'Neun Tote.');
    expect(approvalToCarry([newer, older], 'Acht Tote.')).toBeNull();
  });
});
