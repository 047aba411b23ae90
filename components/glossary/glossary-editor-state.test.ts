import { describe, expect, it } from 'vitest';
import { glossaryEditorReducer, initialGlossaryEditor, type GlossaryEditorState } from './glossary-editor-state';

const editingWithError: GlossaryEditorState = { editing: 't1', error: 'The term is already in the glossary.' };

describe('glossary editor state', () => {
  it('starts with no row open and no message', () => {
    expect(initialGlossaryEditor).toEqual({ editing: null, error: null });
  });

  it('opens a term for changing, keeping a message already shown', () => {
    expect(glossaryEditorReducer(initialGlossaryEditor, { type: 'editing', termId: 't1' })).toEqual({ editing: 't1', error: null });
    expect(glossaryEditorReducer({ editing: null, error: 'No.' }, { type: 'editing', termId: 't2' })).toEqual({ editing: 't2', error: 'No.' });
  });

  it('closes the open row on cancel', () => {
    expect(glossaryEditorReducer(editingWithError, { type: 'cancelled' })).toEqual({ editing: null, error: editingWithError.error });
  });

  it('shows a refusal and keeps the row open', () => {
    expect(glossaryEditorReducer({ editing: 't1', error: null }, { type: 'failed', message: 'HTTP 500' })).toEqual({ editing: 't1', error: 'HTTP 500' });
  });

  it('closes the row and clears the message once a change is saved', () => {
    expect(glossaryEditorReducer(editingWithError, { type: 'saved' })).toEqual({ editing: null, error: null });
  });

  it('clears the message after an addition or a deletion, leaving an open row open', () => {
    expect(glossaryEditorReducer(editingWithError, { type: 'added' })).toEqual({ editing: 't1', error: null });
    expect(glossaryEditorReducer(editingWithError, { type: 'deleted' })).toEqual({ editing: 't1', error: null });
  });
});
