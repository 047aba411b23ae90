import { describe, expect, it } from 'vitest';
import type { TranslationVersionJson } from '@/lib/api/versions';
import type { Review as ReviewJson } from '@/lib/api/reviews';
import type { SaveOutcome } from '@/lib/clients/translations';
import {
  editorReducer,
  initialEditorState,
  isDirty,
  keptAgainst,
  type Base,
  type EditorAction,
  type EditorState,
  type ServerState,
} from './translation-editor-state';

const base = (number: number, text: string, author = 'Katharina Weber'): Base => ({
  versionId: `v${number}`,
  number,
  text,
  author,
  createdAt: `2025-04-24T10:0${number}:00.000Z`,
});

const json = (version: Base, checks?: TranslationVersionJson['checks']): TranslationVersionJson => ({
  versionId: version.versionId,
  number: version.number,
  text: version.text,
  author: { name: version.author, email: 'someone@example.com' },
  createdAt: version.createdAt,
  baseVersionId: null,
  sourceVersionId: 's1',
  revertOfVersionId: null,
  machineProvider: null,
  ...(checks ? { checks } : {}),
});

const v1 = base(1, 'Erster Text.');
const v2 = base(2, 'Zweiter Text.', 'Daniel Brooks');
const v3 = base(3, 'Dritter Text.', 'Daniel Brooks');

const server = (overrides: Partial<ServerState> = {}): ServerState => ({
  version: v1,
  status: 'in_review',
  approved: { versionId: null, text: null },
  rejection: null,
  checks: [],
  openThreads: 0,
  ...overrides,
});

const start = (overrides: Partial<ServerState> = {}, canTranslate = true) => initialEditorState(server(overrides), canTranslate);
const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const saved = (version: Base, created = true, checks?: TranslationVersionJson['checks']): SaveOutcome => ({ kind: 'saved', version: json(version, checks), created });
const failed = (status: number, code: string | null, message: string): SaveOutcome => ({ kind: 'failed', failure: { ok: false, status, code, message, body: null } });
const conflictWith = (version: Base): SaveOutcome => ({ kind: 'conflict', current: json(version), message: 'conflict' });
const numberCheck = { check: 'numbers', severity: 'error', code: 'numberMissing', params: { number: '215' }, message: 'x' } as unknown as NonNullable<TranslationVersionJson['checks']>[number];

function saving(state: EditorState) {
  if (state.save.kind !== 'saving') throw new Error(`not saving but ${state.save.kind}`);
  return state.save;
}

describe('initial state', () => {
  it('takes the server data: the box holds the current version', () => {
    const state = start({ status: 'rejected', rejection: { comment: 'Nein.', reviewer: 'Daniel Brooks' }, openThreads: 2 });
    expect(state).toMatchObject({ base: v1, text: 'Erster Text.', status: 'rejected', openThreads: 2, save: { kind: 'idle' }, conflict: null });
    expect(state.rejection).toEqual({ comment: 'Nein.', reviewer: 'Daniel Brooks' });
    expect(isDirty(state)).toBe(false);
  });

  it('an untranslated paragraph starts empty and without a base', () => {
    const state = start({ version: null, status: 'untranslated' });
    expect(state.base).toBeNull();
    expect(state.text).toBe('');
  });
});

describe('editing', () => {
  it('edited: the box takes the text and is dirty', () => {
    const state = run(start(), { type: 'edited', text: 'Neu.' });
    expect(state.text).toBe('Neu.');
    expect(isDirty(state)).toBe(true);
  });

  it('edited: a saved or failed note goes back to idle, a save under way stays', () => {
    const afterSave = run(start(), { type: 'edited', text: 'Neu.' }, { type: 'saveRequested' }, { type: 'saveFinished', id: 1, outcome: saved(v2) });
    expect(afterSave.save).toEqual({ kind: 'saved', created: true });
    expect(run(afterSave, { type: 'edited', text: 'Noch mehr.' }).save).toEqual({ kind: 'idle' });
    const underWay = run(start(), { type: 'edited', text: 'Neu.' }, { type: 'saveRequested' }, { type: 'edited', text: 'Neu, mehr.' });
    expect(underWay.save.kind).toBe('saving');
  });

  it('changesDiscarded: back to the base text', () => {
    const state = run(start(), { type: 'edited', text: 'Neu.' }, { type: 'changesDiscarded' });
    expect(state.text).toBe('Erster Text.');
    expect(isDirty(state)).toBe(false);
  });
});

describe('saving', () => {
  it('saveRequested: starts a save of the text on its base', () => {
    const state = run(start(), { type: 'edited', text: 'Neu.' }, { type: 'saveRequested' });
    expect(saving(state)).toEqual({ kind: 'saving', id: 1, body: { text: 'Neu.', baseVersionId: 'v1' }, textAtStart: 'Neu.' });
  });

  it('saveRequested: a first translation has no base', () => {
    const state = run(start({ version: null, status: 'untranslated' }), { type: 'edited', text: 'Erstmals.' }, { type: 'saveRequested' });
    expect(saving(state).body).toEqual({ text: 'Erstmals.', baseVersionId: null });
  });

  it('saveRequested: nothing while a save is under way (a second Ctrl+Enter sends nothing)', () => {
    const once = run(start(), { type: 'edited', text: 'Neu.' }, { type: 'saveRequested' });
    expect(run(once, { type: 'saveRequested' })).toBe(once);
  });

  it('saveRequested: nothing for a person who may not translate, or while the conflict view is open', () => {
    const reader = run(start({}, false), { type: 'edited', text: 'Neu.' });
    expect(run(reader, { type: 'saveRequested' })).toBe(reader);
    const inConflict = run(start(), { type: 'edited', text: 'Mein.' }, { type: 'saveRequested' }, { type: 'saveFinished', id: 1, outcome: conflictWith(v2) });
    expect(run(inConflict, { type: 'saveRequested' })).toBe(inConflict);
  });

  it('saveRequested with an empty box asks to clear; without a version there is nothing to clear', () => {
    const asking = run(start(), { type: 'edited', text: '  ' }, { type: 'saveRequested' });
    expect(asking.confirmingClear).toBe(true);
    expect(asking.save.kind).toBe('idle');
    const untranslated = start({ version: null, status: 'untranslated' });
    expect(run(untranslated, { type: 'saveRequested' })).toBe(untranslated);
  });

  it('clearConfirmed: saves an empty text as a deliberate clear', () => {
    const state = run(start(), { type: 'edited', text: '' }, { type: 'saveRequested' }, { type: 'clearConfirmed' });
    expect(state.confirmingClear).toBe(false);
    expect(saving(state).body).toEqual({ text: '', baseVersionId: 'v1', clear: true });
  });

  it('clearConfirmed: nothing when no confirmation is open', () => {
    const state = start();
    expect(run(state, { type: 'clearConfirmed' })).toBe(state);
  });

  it('clearCancelled: closes the question and keeps the empty box', () => {
    const state = run(start(), { type: 'edited', text: '' }, { type: 'saveRequested' }, { type: 'clearCancelled' });
    expect(state.confirmingClear).toBe(false);
    expect(state.text).toBe('');
    expect(state.save.kind).toBe('idle');
  });

  it('saveFinished (created): the saved version is the new base, the row is in review, History reloads', () => {
    const rejected = start({ status: 'rejected', rejection: { comment: 'Nein.', reviewer: 'Daniel Brooks' } });
    const state = run(rejected, { type: 'edited', text: 'Zweiter Text.' }, { type: 'saveRequested' }, { type: 'saveFinished', id: 1, outcome: saved(v2, true, [numberCheck]) });
    expect(state.base).toEqual(v2);
    expect(state.text).toBe('Zweiter Text.');
    expect(state.status).toBe('in_review');
    expect(state.rejection).toBeNull();
    expect(state.checks).toEqual([numberCheck]);
    expect(state.save).toEqual({ kind: 'saved', created: true });
    expect(state.historyRevision).toBe(rejected.historyRevision + 1);
  });

  it('saveFinished (created) on the approved version: that version becomes the one to compare against', () => {
    const approved = start({ status: 'approved', approved: { versionId: 'v1', text: null } });
    const state = run(approved, { type: 'edited', text: 'Zweiter Text.' }, { type: 'saveRequested' }, { type: 'saveFinished', id: 1, outcome: saved(v2) });
    expect(state.approved).toEqual({ versionId: 'v1', text: 'Erster Text.' });
  });

  it('saveFinished (created, the approved text again): the earlier approval carries over, the row stays approved', () => {
    const approved = start({ status: 'in_review', approved: { versionId: 'v0', text: 'Zweiter Text.' } });
    const outcome = saved(v2);
    if (outcome.kind !== 'saved') throw new Error('saved');
    const carried: SaveOutcome = { ...outcome, version: { ...outcome.version, carriedApproval: { versionId: 'v0', versionNumber: 0, reviewer: 'Daniel Brooks' } } };
    const state = run(approved, { type: 'edited', text: 'Zweiter Text.' }, { type: 'saveRequested' }, { type: 'saveFinished', id: 1, outcome: carried });
    expect(state.status).toBe('approved');
    expect(state.approved).toEqual({ versionId: v2.versionId, text: v2.text });
  });

  it('saveFinished (unchanged text): no new version, status and checks stay', () => {
    const state = run(start({ status: 'approved', checks: [numberCheck] }), { type: 'edited', text: 'Erster Text. ' }, { type: 'saveRequested' }, {
      type: 'saveFinished',
      id: 1,
      outcome: saved(v1, false),
    });
    expect(state.save).toEqual({ kind: 'saved', created: false });
    expect(state.status).toBe('approved');
    expect(state.checks).toEqual([numberCheck]);
    expect(state.text).toBe('Erster Text.');
  });

  it('saveFinished: what was typed while the save was under way stays in the box, unsaved', () => {
    const state = run(
      start(),
      { type: 'edited', text: 'Zweiter Text.' },
      { type: 'saveRequested' },
      { type: 'edited', text: 'Zweiter Text. Und mehr.' },
      { type: 'saveFinished', id: 1, outcome: saved(v2) },
    );
    expect(state.base).toEqual(v2);
    expect(state.text).toBe('Zweiter Text. Und mehr.');
    expect(isDirty(state)).toBe(true);
  });

  it('saveFinished: an answer to another save than the one under way changes nothing', () => {
    const state = run(start(), { type: 'edited', text: 'Neu.' }, { type: 'saveRequested' });
    expect(run(state, { type: 'saveFinished', id: 7, outcome: saved(v2) })).toBe(state);
    const idle = start();
    expect(run(idle, { type: 'saveFinished', id: 1, outcome: saved(v2) })).toBe(idle);
  });

  it('saveFinished (failed): the text stays, the failure is kept with the text length', () => {
    const long = 'x'.repeat(20_001);
    const state = run(start(), { type: 'edited', text: long }, { type: 'saveRequested' }, {
      type: 'saveFinished',
      id: 1,
      outcome: failed(413, 'too_large', 'The text has 20,001 characters; the limit is 20,000.'),
    });
    expect(state.save).toEqual({ kind: 'failed', failure: { status: 413, code: 'too_large', message: 'The text has 20,001 characters; the limit is 20,000.', length: 20_001 } });
    expect(state.text).toBe(long);
    expect(state.base).toEqual(v1);
  });

  it('saveFinished (conflict): opens the conflict view with their version, my text and our common base', () => {
    const state = run(start(), { type: 'edited', text: 'Mein Text.' }, { type: 'saveRequested' }, { type: 'saveFinished', id: 1, outcome: conflictWith(v2) });
    expect(state.conflict).toEqual({ theirs: json(v2), mine: 'Mein Text.', baseText: 'Erster Text.' });
    expect(state.save).toEqual({ kind: 'idle' });
    expect(state.text).toBe('Mein Text.');
    expect(state.base).toEqual(v1);
  });

  it('saveFinished (conflict): what was typed meanwhile is what the conflict view calls mine', () => {
    const state = run(
      start(),
      { type: 'edited', text: 'Mein Text.' },
      { type: 'saveRequested' },
      { type: 'edited', text: 'Mein Text, länger.' },
      { type: 'saveFinished', id: 1, outcome: conflictWith(v2) },
    );
    expect(state.conflict?.mine).toBe('Mein Text, länger.');
  });
});

describe('the conflict view', () => {
  const inConflict = () => run(start(), { type: 'edited', text: 'Mein Text.' }, { type: 'saveRequested' }, { type: 'saveFinished', id: 1, outcome: conflictWith(v2) });

  it('conflictKeptTheirs: their version becomes the base and the text, nothing is saved', () => {
    const before = inConflict();
    const state = run(before, { type: 'conflictKeptTheirs' });
    expect(state.conflict).toBeNull();
    expect(state.base).toEqual(v2);
    expect(state.text).toBe('Zweiter Text.');
    expect(state.status).toBe('in_review');
    expect(state.save.kind).toBe('idle');
    expect(state.historyRevision).toBe(before.historyRevision + 1);
  });

  it('conflictEdited: on their version, with the merged text in the box to edit', () => {
    const state = run(inConflict(), { type: 'conflictEdited', text: 'Gemischt.' });
    expect(state.conflict).toBeNull();
    expect(state.base).toEqual(v2);
    expect(state.text).toBe('Gemischt.');
    expect(isDirty(state)).toBe(true);
  });

  it('conflictKeptTheirs and conflictEdited: nothing without a conflict', () => {
    const state = start();
    expect(run(state, { type: 'conflictKeptTheirs' })).toBe(state);
    expect(run(state, { type: 'conflictEdited', text: 'x' })).toBe(state);
  });

  it('saveOnTopRequested: saves the chosen text on their version; success closes the view', () => {
    const state = run(inConflict(), { type: 'saveOnTopRequested', text: 'Gemischt.' });
    expect(saving(state).body).toEqual({ text: 'Gemischt.', baseVersionId: 'v2' });
    const done = run(state, { type: 'saveFinished', id: 2, outcome: saved(base(3, 'Gemischt.')) });
    expect(done.conflict).toBeNull();
    expect(done.text).toBe('Gemischt.');
    expect(done.base?.number).toBe(3);
  });

  it('saveOnTopRequested: nothing without a conflict or while saving', () => {
    const state = start();
    expect(run(state, { type: 'saveOnTopRequested', text: 'x' })).toBe(state);
    const underWay = run(inConflict(), { type: 'saveOnTopRequested', text: 'Gemischt.' });
    expect(run(underWay, { type: 'saveOnTopRequested', text: 'Anders.' })).toBe(underWay);
    expect(run(underWay, { type: 'conflictKeptTheirs' })).toBe(underWay);
  });

  it('saveOnTopRequested that meets yet another version: the view shows the newest', () => {
    const state = run(inConflict(), { type: 'saveOnTopRequested', text: 'Gemischt.' }, { type: 'saveFinished', id: 2, outcome: conflictWith(v3) });
    expect(state.conflict).toEqual({ theirs: json(v3), mine: 'Gemischt.', baseText: 'Erster Text.' });
  });
});

describe('reverting', () => {
  const onV2 = () => start({ version: v2 });

  it('revertRequested: saves the old text on the current version and names the version reverted to', () => {
    const state = run(onV2(), { type: 'revertRequested', versionId: 'v1', text: 'Erster Text.' });
    expect(saving(state).body).toEqual({ text: 'Erster Text.', baseVersionId: 'v2', clear: false, revertOfVersionId: 'v1' });
  });

  it('revertRequested to an empty version is a clear', () => {
    const state = run(onV2(), { type: 'revertRequested', versionId: 'v1', text: '' });
    expect(saving(state).body).toMatchObject({ text: '', clear: true, revertOfVersionId: 'v1' });
  });

  it('revertRequested: nothing over unsaved text, during a save, in a conflict, or without the right to translate', () => {
    const dirty = run(onV2(), { type: 'edited', text: 'Ungespeichert.' });
    expect(run(dirty, { type: 'revertRequested', versionId: 'v1', text: 'Erster Text.' })).toBe(dirty);
    const reader = start({ version: v2 }, false);
    expect(run(reader, { type: 'revertRequested', versionId: 'v1', text: 'Erster Text.' })).toBe(reader);
    const underWay = run(onV2(), { type: 'revertRequested', versionId: 'v1', text: 'Erster Text.' });
    expect(run(underWay, { type: 'revertRequested', versionId: 'v1', text: 'Erster Text.' })).toBe(underWay);
  });
});

describe('the local draft', () => {
  it('draftRestored: the box takes the draft with the base it was written on', () => {
    const state = run(start({ version: v2 }), { type: 'draftRestored', draft: { text: 'Entwurf.', base: v1 } });
    expect(state.base).toEqual(v1);
    expect(state.text).toBe('Entwurf.');
    // The server has a newer version than the draft's base: the row says so, and Save will conflict.
    expect(keptAgainst(state)).toEqual(v2);
  });
});

describe('reviews', () => {
  const review = (decision: 'approved' | 'rejected', comment: string | null = null): ReviewJson => ({
    reviewId: 'r1',
    versionId: 'v1',
    sourceVersionId: 's1',
    decision,
    comment,
    reviewer: 'Daniel Brooks',
    createdAt: '2025-04-24T11:00:00.000Z',
  });

  it('reviewed (approved): approved, this version is the approved one, History reloads', () => {
    const before = start({ status: 'rejected', rejection: { comment: 'Nein.', reviewer: 'Daniel Brooks' } });
    const state = run(before, { type: 'reviewed', review: review('approved') });
    expect(state.status).toBe('approved');
    expect(state.rejection).toBeNull();
    expect(state.approved).toEqual({ versionId: 'v1', text: null });
    expect(state.historyRevision).toBe(before.historyRevision + 1);
  });

  it('reviewed (rejected): rejected with the reviewer and comment, the approved version stays', () => {
    const state = run(start({ approved: { versionId: 'v0', text: 'Alt.' } }), { type: 'reviewed', review: review('rejected', 'Zu frei.') });
    expect(state.status).toBe('rejected');
    expect(state.rejection).toEqual({ comment: 'Zu frei.', reviewer: 'Daniel Brooks' });
    expect(state.approved).toEqual({ versionId: 'v0', text: 'Alt.' });
  });
});

describe('panels', () => {
  it('historyToggled opens and closes History; historyClosed only closes', () => {
    const open = run(start(), { type: 'historyToggled' });
    expect(open.historyOpen).toBe(true);
    expect(run(open, { type: 'historyToggled' }).historyOpen).toBe(false);
    expect(run(open, { type: 'historyClosed' }).historyOpen).toBe(false);
    const closed = start();
    expect(run(closed, { type: 'historyClosed' })).toBe(closed);
  });

  it('commentsToggled opens and closes the comments', () => {
    const open = run(start(), { type: 'commentsToggled' });
    expect(open.commentsOpen).toBe(true);
    expect(run(open, { type: 'commentsToggled' }).commentsOpen).toBe(false);
  });

  it('openThreadsCounted: the comments button counts the open threads', () => {
    expect(run(start(), { type: 'openThreadsCounted', count: 3 }).openThreads).toBe(3);
    const same = start({ openThreads: 3 });
    expect(run(same, { type: 'openThreadsCounted', count: 3 })).toBe(same);
  });
});

describe('data from the server (live updates)', () => {
  it('serverSent with nothing new changes nothing', () => {
    const state = start();
    expect(run(state, { type: 'serverSent', server: server() })).toBe(state);
  });

  it('serverSent with a newer version: adopted at once when the box holds no unsaved text', () => {
    const before = start();
    const state = run(before, { type: 'serverSent', server: server({ version: v2, checks: [numberCheck], openThreads: 1 }) });
    expect(state.base).toEqual(v2);
    expect(state.text).toBe('Zweiter Text.');
    expect(state.checks).toEqual([numberCheck]);
    expect(state.openThreads).toBe(1);
    expect(state.historyRevision).toBe(before.historyRevision + 1);
    expect(keptAgainst(state)).toBeNull();
  });

  it('serverSent on the same version: status, review, approval and threads are adopted, the text stays', () => {
    const typing = run(start(), { type: 'edited', text: 'Ich tippe.' });
    const state = run(typing, {
      type: 'serverSent',
      server: server({ status: 'rejected', rejection: { comment: 'Nein.', reviewer: 'Daniel Brooks' }, openThreads: 2 }),
    });
    expect(state.status).toBe('rejected');
    expect(state.rejection).toEqual({ comment: 'Nein.', reviewer: 'Daniel Brooks' });
    expect(state.openThreads).toBe(2);
    expect(state.text).toBe('Ich tippe.');
  });

  it('serverSent with a newer version while the person types: text and base stay, the row says why', () => {
    const typing = run(start(), { type: 'edited', text: 'Ich tippe.' });
    const state = run(typing, { type: 'serverSent', server: server({ version: v2, status: 'approved' }) });
    expect(state.text).toBe('Ich tippe.');
    expect(state.base).toEqual(v1);
    expect(state.status).toBe('in_review');
    expect(keptAgainst(state)).toEqual(v2);
  });

  it('a kept-back version is adopted once the unsaved text is discarded', () => {
    const kept = run(start(), { type: 'edited', text: 'Ich tippe.' }, { type: 'serverSent', server: server({ version: v2 }) });
    const state = run(kept, { type: 'changesDiscarded' });
    expect(state.base).toEqual(v2);
    expect(state.text).toBe('Zweiter Text.');
    expect(keptAgainst(state)).toBeNull();
  });

  it('a kept-back version is adopted when the box comes to hold exactly its text', () => {
    const kept = run(start(), { type: 'edited', text: 'Ich tippe.' }, { type: 'serverSent', server: server({ version: v2 }) });
    const state = run(kept, { type: 'edited', text: 'Zweiter Text.' });
    expect(state.base).toEqual(v2);
    expect(isDirty(state)).toBe(false);
  });

  it('serverSent during a save waits for the save, then data older than the save is passed over', () => {
    const underWay = run(start(), { type: 'edited', text: 'Mein Text.' }, { type: 'saveRequested' });
    // A reload that started before the save brings version 1 with new review data.
    const waiting = run(underWay, { type: 'serverSent', server: server({ openThreads: 4 }) });
    expect(waiting.openThreads).toBe(0);
    const done = run(waiting, { type: 'saveFinished', id: 1, outcome: saved(base(2, 'Mein Text.')) });
    expect(done.base?.number).toBe(2);
    expect(done.serverSettled).toBe(true);
    expect(done.openThreads).toBe(0);
    // The reload caused by the save brings the saved version: adopted.
    const reloaded = run(done, { type: 'serverSent', server: server({ version: base(2, 'Mein Text.'), openThreads: 4 }) });
    expect(reloaded.openThreads).toBe(4);
  });

  it('serverSent while the conflict view is open waits until it is closed', () => {
    const inConflict = run(start(), { type: 'edited', text: 'Mein Text.' }, { type: 'saveRequested' }, { type: 'saveFinished', id: 1, outcome: conflictWith(v2) });
    const waiting = run(inConflict, { type: 'serverSent', server: server({ version: v3 }) });
    expect(waiting.base).toEqual(v1);
    expect(waiting.conflict).not.toBeNull();
    // Keeping theirs (version 2) puts the box on version 2; the waiting version 3 is newer and adopted.
    const state = run(waiting, { type: 'conflictKeptTheirs' });
    expect(state.base).toEqual(v3);
    expect(state.text).toBe('Dritter Text.');
  });

  it('only the latest server data counts', () => {
    const typing = run(start(), { type: 'edited', text: 'Ich tippe.' });
    const state = run(typing, { type: 'serverSent', server: server({ version: v2 }) }, { type: 'serverSent', server: server({ version: v3 }) }, { type: 'changesDiscarded' });
    expect(state.base).toEqual(v3);
  });
});

describe('a machine translation suggestion', () => {
  it('machineInserted puts its text in the box; the next save names it, and the one after does not', () => {
    const inserted = run(start(), { type: 'machineInserted', text: '[DE] Maschine.', machineTranslationId: 'mt1' });
    expect(inserted.text).toBe('[DE] Maschine.');
    expect(isDirty(inserted)).toBe(true);
    const edited = run(inserted, { type: 'edited', text: 'Maschine, verbessert.' }, { type: 'saveRequested' });
    expect(saving(edited).body).toEqual({ text: 'Maschine, verbessert.', baseVersionId: 'v1', machineTranslationId: 'mt1' });
    const afterSave = run(edited, { type: 'saveFinished', id: 1, outcome: saved(v2) });
    expect(afterSave.machineTranslationId).toBeNull();
    expect(saving(run(afterSave, { type: 'edited', text: 'Von Hand.' }, { type: 'saveRequested' })).body).not.toHaveProperty('machineTranslationId');
  });

  it('discarding the changes forgets it', () => {
    const discarded = run(start(), { type: 'machineInserted', text: '[DE] Maschine.', machineTranslationId: 'mt1' }, { type: 'changesDiscarded' });
    expect(discarded.machineTranslationId).toBeNull();
    expect(discarded.text).toBe('Erster Text.');
  });
});
