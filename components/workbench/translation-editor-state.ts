// The translation editor's state machine, pure: what the box holds and which version it is based
// on, the save under way and its outcome, the conflict view, the clear confirmation, the history
// and comments panels, and the server's latest data, which is adopted when that cannot overwrite
// what the person typed. Every change is a named action (see the unit tests beside this file);
// the component renders the state and performs the one side effect it asks for, the save.
import type { TranslationVersionJson } from '@/lib/api/versions';
import type { TranslationStatus } from '@/lib/paragraph-status';
import type { QaIssue } from '@/lib/qa';
import type { Review as ReviewJson } from '@/lib/api/reviews';
import type { SaveOutcome } from '@/lib/clients/translations';
import type { DraftBase as Base, LocalDraft } from './use-local-draft';

export type { Base };
export type Rejection = { comment: string; reviewer: string };
export type Approved = { versionId: string | null; text: string | null };

/** What the server last rendered for the row; adopted as a whole. */
export type ServerState = {
  version: Base | null;
  status: TranslationStatus;
  approved: Approved;
  rejection: Rejection | null;
  checks: QaIssue[];
  openThreads: number;
};

export type SaveBody = { text: string; baseVersionId: string | null; clear?: boolean; revertOfVersionId?: string; machineTranslationId?: string };
export type SaveFailure = { status: number; code: string | null; message: string; length: number };
export type SaveState =
  | { kind: 'idle' }
  /** `id` tells this save's answer from a late one; `textAtStart` tells whether the person typed meanwhile. */
  | { kind: 'saving'; id: number; body: SaveBody; textAtStart: string }
  | { kind: 'saved'; created: boolean }
  | { kind: 'failed'; failure: SaveFailure };
export type Conflict = { theirs: TranslationVersionJson; mine: string; baseText: string };

export type EditorState = {
  canTranslate: boolean;
  base: Base | null;
  text: string;
  status: TranslationStatus;
  approved: Approved;
  rejection: Rejection | null;
  checks: QaIssue[];
  openThreads: number;
  save: SaveState;
  saveCount: number;
  conflict: Conflict | null;
  confirmingClear: boolean;
  historyOpen: boolean;
  commentsOpen: boolean;
  /** Changes whenever the history may have changed, so an open History reloads. */
  historyRevision: number;
  /** The server's latest data, and whether it has been adopted (or deliberately passed over). */
  server: ServerState;
  serverSettled: boolean;
  /** The machine suggestion inserted into the box since the last save: the next save names it. */
  machineTranslationId: string | null;
};

export type EditorAction =
  | { type: 'edited'; text: string }
  | { type: 'machineInserted'; text: string; machineTranslationId: string }
  | { type: 'changesDiscarded' }
  | { type: 'saveRequested' }
  | { type: 'clearConfirmed' }
  | { type: 'clearCancelled' }
  | { type: 'revertRequested'; versionId: string; text: string }
  | { type: 'saveOnTopRequested'; text: string }
  | { type: 'saveFinished'; id: number; outcome: SaveOutcome }
  | { type: 'conflictKeptTheirs' }
  | { type: 'conflictEdited'; text: string }
  | { type: 'draftRestored'; draft: Pick<LocalDraft, 'text' | 'base'> }
  | { type: 'reviewed'; review: ReviewJson }
  | { type: 'historyToggled' }
  | { type: 'historyClosed' }
  | { type: 'commentsToggled' }
  | { type: 'openThreadsCounted'; count: number }
  | { type: 'serverSent'; server: ServerState };

export function initialEditorState(server: ServerState, canTranslate: boolean): EditorState {
  return {
    canTranslate,
    base: server.version,
    text: server.version?.text ?? '',
    status: server.status,
    approved: server.approved,
    rejection: server.rejection,
    checks: server.checks,
    openThreads: server.openThreads,
    save: { kind: 'idle' },
    saveCount: 0,
    conflict: null,
    confirmingClear: false,
    historyOpen: false,
    commentsOpen: false,
    historyRevision: 0,
    server,
    serverSettled: true,
    machineTranslationId: null,
  };
}

export const baseText = (state: EditorState) => state.base?.text ?? '';
export const isDirty = (state: EditorState) => state.text !== baseText(state);
export const isSaving = (state: EditorState) => state.save.kind === 'saving';

/** A newer version from the server that the box does not adopt, because it holds unsaved text. */
export function keptAgainst(state: EditorState): Base | null {
  const incoming = state.server.version;
  if (!isDirty(state) || !isNewer(incoming, state.base) || state.text === incoming!.text) return null;
  return incoming;
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const next = transition(state, action);
  return next === state ? state : settleServer(next);
}

function transition(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edited':
      return { ...state, text: action.text, save: isSaving(state) ? state.save : { kind: 'idle' } };
    case 'machineInserted':
      return { ...state, text: action.text, machineTranslationId: action.machineTranslationId, save: isSaving(state) ? state.save : { kind: 'idle' } };
    case 'changesDiscarded':
      return { ...state, text: baseText(state), machineTranslationId: null };
    case 'saveRequested': {
      if (!state.canTranslate || isSaving(state) || state.conflict) return state;
      if (state.text.trim() === '') return state.base ? { ...state, confirmingClear: true } : state;
      const machine = state.machineTranslationId ? { machineTranslationId: state.machineTranslationId } : {};
      return startSave(state, { text: state.text, baseVersionId: state.base?.versionId ?? null, ...machine });
    }
    case 'clearConfirmed':
      if (!state.confirmingClear || isSaving(state)) return state;
      return startSave({ ...state, confirmingClear: false }, { text: '', baseVersionId: state.base?.versionId ?? null, clear: true });
    case 'clearCancelled':
      return { ...state, confirmingClear: false };
    case 'revertRequested':
      if (!state.canTranslate || isSaving(state) || state.conflict || isDirty(state)) return state;
      return startSave(state, {
        text: action.text,
        baseVersionId: state.base?.versionId ?? null,
        clear: action.text === '',
        revertOfVersionId: action.versionId,
      });
    case 'saveOnTopRequested':
      if (!state.conflict || isSaving(state)) return state;
      return startSave(state, { text: action.text, baseVersionId: state.conflict.theirs.versionId });
    case 'saveFinished':
      return state.save.kind === 'saving' && state.save.id === action.id ? finishSave(state, state.save, action.outcome) : state;
    case 'conflictKeptTheirs':
      return state.conflict && !isSaving(state) ? adoptTheirs(state, state.conflict.theirs, state.conflict.theirs.text) : state;
    case 'conflictEdited':
      return state.conflict && !isSaving(state) ? adoptTheirs(state, state.conflict.theirs, action.text) : state;
    case 'draftRestored':
      // The draft keeps its own base: if someone saved since, saving it shows the conflict.
      return { ...state, base: action.draft.base, text: action.draft.text };
    case 'reviewed': {
      const { review } = action;
      return {
        ...state,
        status: review.decision,
        rejection: review.decision === 'rejected' ? { comment: review.comment ?? '', reviewer: review.reviewer } : null,
        approved: review.decision === 'approved' ? { versionId: review.versionId, text: null } : state.approved,
        historyRevision: state.historyRevision + 1,
      };
    }
    case 'historyToggled':
      return { ...state, historyOpen: !state.historyOpen };
    case 'historyClosed':
      return state.historyOpen ? { ...state, historyOpen: false } : state;
    case 'commentsToggled':
      return { ...state, commentsOpen: !state.commentsOpen };
    case 'openThreadsCounted':
      return state.openThreads === action.count ? state : { ...state, openThreads: action.count };
    case 'serverSent':
      return sameServerState(state.server, action.server) ? state : { ...state, server: action.server, serverSettled: false };
  }
}

function startSave(state: EditorState, body: SaveBody): EditorState {
  const id = state.saveCount + 1;
  return { ...state, saveCount: id, save: { kind: 'saving', id, body, textAtStart: state.text } };
}

function finishSave(state: EditorState, saving: Extract<SaveState, { kind: 'saving' }>, outcome: SaveOutcome): EditorState {
  // What the person typed while the save was under way stays in the box.
  const typedMeanwhile = state.text !== saving.textAtStart;
  if (outcome.kind === 'saved') {
    const { version, created } = outcome;
    const base = state.base;
    // The approved text saved again is approved by the earlier review (the server carries it over).
    const carried = created && version.carriedApproval !== undefined;
    return {
      ...state,
      // The version that was approved is now the one a new version is compared against.
      approved: carried
        ? { versionId: version.versionId, text: version.text }
        : created && base && state.approved.versionId === base.versionId
          ? { versionId: base.versionId, text: base.text }
          : state.approved,
      rejection: created ? null : state.rejection,
      status: carried ? 'approved' : created ? 'in_review' : state.status,
      base: { versionId: version.versionId, number: version.number, text: version.text, author: version.author.name, createdAt: version.createdAt },
      text: typedMeanwhile ? state.text : version.text,
      checks: version.checks ?? state.checks,
      conflict: null,
      save: { kind: 'saved', created },
      machineTranslationId: typedMeanwhile ? state.machineTranslationId : null,
      historyRevision: state.historyRevision + 1,
    };
  }
  if (outcome.kind === 'conflict') {
    const mine = typedMeanwhile ? state.text : saving.body.text;
    return { ...state, conflict: { theirs: outcome.current, mine, baseText: baseText(state) }, save: { kind: 'idle' } };
  }
  const { status, code, message } = outcome.failure;
  return { ...state, save: { kind: 'failed', failure: { status, code, message, length: saving.body.text.length } } };
}

function adoptTheirs(state: EditorState, theirs: TranslationVersionJson, text: string): EditorState {
  return {
    ...state,
    base: { versionId: theirs.versionId, number: theirs.number, text: theirs.text, author: theirs.author.name, createdAt: theirs.createdAt },
    text,
    status: 'in_review',
    conflict: null,
    historyRevision: state.historyRevision + 1,
  };
}

function isNewer(incoming: Base | null, base: Base | null): boolean {
  return incoming !== null && (base === null || incoming.number > base.number);
}

/** The fields whose change means the server has something new for the row. */
function sameServerState(a: ServerState, b: ServerState): boolean {
  return (
    a.version?.versionId === b.version?.versionId &&
    a.status === b.status &&
    a.approved.versionId === b.approved.versionId &&
    a.approved.text === b.approved.text &&
    a.rejection?.comment === b.rejection?.comment &&
    a.rejection?.reviewer === b.rejection?.reviewer &&
    a.openThreads === b.openThreads
  );
}

/**
 * Adopts the server's latest data unless a save or the conflict view is under way (they decide
 * what comes next) or the box holds unsaved text of an older version (then the text and its base
 * stay, so Save leads to the conflict view; the newer version is adopted once the text is saved,
 * merged or discarded). Data older than what this page saved meanwhile (a reload that started
 * before the save) is passed over: the reload that the save itself causes brings the current state.
 */
function settleServer(state: EditorState): EditorState {
  if (state.serverSettled || isSaving(state) || state.conflict || keptAgainst(state)) return state;
  const { server } = state;
  const newer = isNewer(server.version, state.base);
  if (!newer && server.version?.versionId !== state.base?.versionId) return { ...state, serverSettled: true };
  return {
    ...state,
    base: newer ? server.version : state.base,
    text: newer ? server.version!.text : state.text,
    status: server.status,
    rejection: server.rejection,
    approved: server.approved,
    checks: server.checks,
    openThreads: server.openThreads,
    historyRevision: state.historyRevision + 1,
    serverSettled: true,
  };
}
