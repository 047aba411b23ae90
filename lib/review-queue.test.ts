import { describe, expect, it } from 'vitest';
import { queueReasons } from './review-queue';

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
