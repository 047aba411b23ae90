// The review queue's state in the browser: which card is current, what each card's decision is,
// the comment or override reason being written (kept here, so a failed send never loses what
// the editor typed), which redlines have been on screen, and the Approve-all confirmation. Pure:
// components/review/review-queue.tsx renders it and sends the decisions.

/** A reason or rejection comment being written, and how sending it went. */
export type Draft = { text: string; sending: boolean; error: string | null };

export type CardState =
  /** Waiting for a decision; `error` says why the last one was not recorded. */
  | { kind: 'open'; sending: boolean; error: string | null }
  /** The rejection comment is being written. */
  | { kind: 'rejecting'; draft: Draft }
  /** The approval was refused for quality-check errors (`checks` of the API's 409); a reason overrides them. */
  | { kind: 'blocked'; checks: unknown[]; message: string; draft: Draft }
  | { kind: 'approved'; overridden: boolean }
  | { kind: 'rejected'; comment: string };

export type QueueState = {
  /** The cards' version ids, in queue order. */
  ids: string[];
  active: number;
  cards: Record<string, CardState>;
  /** Cards whose redline has been on screen: Approve all opens only when every pending one has. */
  seen: string[];
  confirmingAll: boolean;
};

export type QueueAction =
  | { type: 'activate'; index: number }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'startReject'; id: string }
  | { type: 'type'; id: string; text: string }
  | { type: 'cancel'; id: string }
  | { type: 'sending'; id: string }
  | { type: 'approved'; id: string; overridden: boolean }
  | { type: 'rejected'; id: string; comment: string }
  | { type: 'refused'; id: string; checks: unknown[]; message: string }
  | { type: 'failed'; id: string; message: string }
  | { type: 'seen'; ids: string[] }
  | { type: 'confirmAll'; open: boolean };

const OPEN: CardState = { kind: 'open', sending: false, error: null };
const EMPTY_DRAFT: Draft = { text: '', sending: false, error: null };

export function initialQueueState(ids: string[]): QueueState {
  return { ids, active: 0, cards: Object.fromEntries(ids.map((id) => [id, OPEN])), seen: [], confirmingAll: false };
}

/** A decision can still be made: nothing recorded, nothing on its way. */
export function canDecide(card: CardState | undefined): boolean {
  if (!card) return false;
  if (card.kind === 'open') return !card.sending;
  if (card.kind === 'blocked' || card.kind === 'rejecting') return !card.draft.sending;
  return false;
}

export function isDecided(card: CardState | undefined): boolean {
  return card?.kind === 'approved' || card?.kind === 'rejected';
}

/** The cards still waiting for a decision, in queue order. */
export function pendingIds(state: QueueState): string[] {
  return state.ids.filter((id) => !isDecided(state.cards[id]));
}

/** What a key pressed outside a text box does to the current card. */
export type KeyCommand = 'next' | 'previous' | 'approve' | 'giveReason' | 'reject';

export function keyCommand(state: QueueState, key: string, canReview: boolean): KeyCommand | null {
  if (key === 'j' || key === 'ArrowDown') return 'next';
  if (key === 'k' || key === 'ArrowUp') return 'previous';
  if (!canReview) return null;
  const card = state.cards[state.ids[state.active]];
  if (!canDecide(card)) return null;
  // After a refusal, A again goes to the reason that overrides the errors.
  if (key === 'a') return card.kind === 'blocked' ? 'giveReason' : 'approve';
  if (key === 'r') return 'reject';
  return null;
}

export function queueReducer(state: QueueState, action: QueueAction): QueueState {
  switch (action.type) {
    case 'activate':
      return { ...state, active: clamp(action.index, state.ids.length) };
    case 'move':
      return { ...state, active: clamp(state.active + action.by, state.ids.length) };
    case 'confirmAll':
      return { ...state, confirmingAll: action.open };
    case 'seen': {
      const added = action.ids.filter((id) => !state.seen.includes(id));
      return added.length ? { ...state, seen: [...state.seen, ...added] } : state;
    }
  }
  const card = state.cards[action.id];
  if (!card) return state;
  const next = cardReducer(card, action);
  return next === card ? state : { ...state, cards: { ...state.cards, [action.id]: next } };
}

function cardReducer(card: CardState, action: Exclude<QueueAction, { type: 'activate' | 'move' | 'confirmAll' | 'seen' }>): CardState {
  switch (action.type) {
    case 'startReject':
      return canDecide(card) && card.kind !== 'rejecting' ? { kind: 'rejecting', draft: EMPTY_DRAFT } : card;
    case 'type':
      return card.kind === 'rejecting' || card.kind === 'blocked' ? { ...card, draft: { ...card.draft, text: action.text } } : card;
    case 'cancel':
      return card.kind === 'rejecting' || card.kind === 'blocked' ? OPEN : card;
    case 'sending':
      if (card.kind === 'open') return { ...card, sending: true, error: null };
      if (card.kind === 'rejecting' || card.kind === 'blocked') return { ...card, draft: { ...card.draft, sending: true, error: null } };
      return card;
    case 'approved':
      return { kind: 'approved', overridden: action.overridden };
    case 'rejected':
      return { kind: 'rejected', comment: action.comment };
    case 'refused':
      // A reason already written stays.
      return { kind: 'blocked', checks: action.checks, message: action.message, draft: card.kind === 'blocked' ? { ...card.draft, sending: false } : EMPTY_DRAFT };
    case 'failed':
      if (card.kind === 'rejecting' || card.kind === 'blocked') return { ...card, draft: { ...card.draft, sending: false, error: action.message } };
      return { kind: 'open', sending: false, error: action.message };
  }
}

function clamp(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index));
}
