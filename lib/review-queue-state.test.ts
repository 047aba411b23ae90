import { describe, expect, it } from 'vitest';
import { canDecide, initialQueueState, keyCommand, pendingIds, queueReducer, type QueueAction, type QueueState } from './review-queue-state';

const CHECKS = [{ code: 'numbers.replaced', severity: 'error', params: { source: '215', target: '251' } }];

function run(...actions: QueueAction[]): QueueState {
  return actions.reduce(queueReducer, initialQueueState(['v1', 'v2', 'v3']));
}

describe('moving through the queue', () => {
  it('J and K move the current card, never past either end', () => {
    const state = initialQueueState(['v1', 'v2', 'v3']);
    expect(keyCommand(state, 'j', false)).toBe('next');
    expect(keyCommand(state, 'ArrowUp', false)).toBe('previous');
    expect(run({ type: 'move', by: -1 }).active).toBe(0);
    expect(run({ type: 'move', by: 1 }, { type: 'move', by: 1 }, { type: 'move', by: 1 }).active).toBe(2);
    expect(run({ type: 'activate', index: 7 }).active).toBe(2);
  });

  it('A and R do nothing for someone who may not review', () => {
    const state = initialQueueState(['v1']);
    expect(keyCommand(state, 'a', false)).toBeNull();
    expect(keyCommand(state, 'r', false)).toBeNull();
  });
});

describe('deciding', () => {
  it('A approves the current card; while it is on its way, A and R wait', () => {
    const sending = run({ type: 'sending', id: 'v1' });
    expect(keyCommand(initialQueueState(['v1']), 'a', true)).toBe('approve');
    expect(keyCommand(sending, 'a', true)).toBeNull();
    expect(keyCommand(sending, 'r', true)).toBeNull();
    const approved = queueReducer(sending, { type: 'approved', id: 'v1', overridden: false });
    expect(approved.cards.v1).toEqual({ kind: 'approved', overridden: false });
    expect(pendingIds(approved)).toEqual(['v2', 'v3']);
    expect(keyCommand(approved, 'a', true)).toBeNull();
  });

  it('R still rejects after an approval refused for errors', () => {
    const refused = run({ type: 'sending', id: 'v1' }, { type: 'refused', id: 'v1', checks: CHECKS, message: 'Quality checks report an error.' });
    expect(refused.cards.v1).toMatchObject({ kind: 'blocked', checks: CHECKS });
    expect(keyCommand(refused, 'r', true)).toBe('reject');
    expect(queueReducer(refused, { type: 'startReject', id: 'v1' }).cards.v1).toEqual({ kind: 'rejecting', draft: { text: '', sending: false, error: null } });
  });

  it('A again after a refusal goes to the reason; the reason is sent and the approval recorded as overridden', () => {
    let state = run({ type: 'refused', id: 'v1', checks: CHECKS, message: 'Refused.' });
    expect(keyCommand(state, 'a', true)).toBe('giveReason');
    state = queueReducer(state, { type: 'type', id: 'v1', text: 'Checked with the desk.' });
    state = queueReducer(state, { type: 'sending', id: 'v1' });
    expect(state.cards.v1).toMatchObject({ kind: 'blocked', draft: { text: 'Checked with the desk.', sending: true } });
    expect(canDecide(state.cards.v1)).toBe(false);
    expect(queueReducer(state, { type: 'approved', id: 'v1', overridden: true }).cards.v1).toEqual({ kind: 'approved', overridden: true });
  });

  it('a failed send keeps the comment that was typed, with the reason it failed', () => {
    const state = run(
      { type: 'startReject', id: 'v2' },
      { type: 'type', id: 'v2', text: 'Kiew, nicht Kyjiw.' },
      { type: 'sending', id: 'v2' },
      { type: 'failed', id: 'v2', message: 'The server could not be reached.' },
    );
    expect(state.cards.v2).toEqual({ kind: 'rejecting', draft: { text: 'Kiew, nicht Kyjiw.', sending: false, error: 'The server could not be reached.' } });
    expect(canDecide(state.cards.v2)).toBe(true);
  });

  it('a refusal again keeps the reason written so far', () => {
    const state = run(
      { type: 'refused', id: 'v1', checks: CHECKS, message: 'Refused.' },
      { type: 'type', id: 'v1', text: 'Weil.' },
      { type: 'sending', id: 'v1' },
      { type: 'refused', id: 'v1', checks: CHECKS, message: 'Refused.' },
    );
    expect(state.cards.v1).toMatchObject({ kind: 'blocked', draft: { text: 'Weil.', sending: false } });
  });

  it('a failure of a plain approval (a newer version, say) leaves the card open with the message', () => {
    const state = run({ type: 'sending', id: 'v3' }, { type: 'failed', id: 'v3', message: 'Version 1 is no longer the current one.' });
    expect(state.cards.v3).toEqual({ kind: 'open', sending: false, error: 'Version 1 is no longer the current one.' });
    expect(keyCommand({ ...state, active: 2 }, 'a', true)).toBe('approve');
  });

  it('cancel closes the comment or reason; a decided card does not reopen', () => {
    expect(run({ type: 'startReject', id: 'v1' }, { type: 'cancel', id: 'v1' }).cards.v1).toEqual({ kind: 'open', sending: false, error: null });
    const rejected = run({ type: 'rejected', id: 'v1', comment: 'Nein.' });
    expect(queueReducer(rejected, { type: 'startReject', id: 'v1' })).toBe(rejected);
    expect(queueReducer(rejected, { type: 'cancel', id: 'v1' })).toBe(rejected);
  });
});

describe('Approve all', () => {
  it('remembers which redlines have been on screen, once each', () => {
    const state = run({ type: 'seen', ids: ['v1', 'v2'] }, { type: 'seen', ids: ['v2', 'v3'] });
    expect(state.seen).toEqual(['v1', 'v2', 'v3']);
  });

  it('opens and closes its confirmation', () => {
    expect(run({ type: 'confirmAll', open: true }).confirmingAll).toBe(true);
    expect(run({ type: 'confirmAll', open: true }, { type: 'confirmAll', open: false }).confirmingAll).toBe(false);
  });
});
