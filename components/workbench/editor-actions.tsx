'use client';
// The row of buttons under a translation box (Save, Discard changes, History, Comments) and, beside
// Save, what became of the last save: where the person's eyes are when they press it.
import { useEffect, useRef, type RefObject } from 'react';
import { useT } from '@/components/i18n/use-t';
import { failureText } from '@/lib/clients/api-call';
import { MAX_TEXT_LENGTH } from '@/lib/translation-text';
import { useHydrated } from '../common/use-hydrated';
import { isDirty, isSaving, type EditorAction, type EditorState, type SaveFailure, type SaveState } from './translation-editor-state';

export function EditorActions({
  state,
  dispatch,
  historyId,
  commentsId,
  historyButton,
}: {
  state: EditorState;
  dispatch: (action: EditorAction) => void;
  historyId: string;
  commentsId: string;
  historyButton: RefObject<HTMLButtonElement | null>;
}) {
  const { t } = useT();
  const hydrated = useHydrated();
  const dirty = isDirty(state);
  const { canTranslate, conflict, historyOpen, commentsOpen, openThreads } = state;
  return (
    <div className="editor-actions">
      {canTranslate && (
        <button type="button" onClick={() => dispatch({ type: 'saveRequested' })} disabled={!hydrated || !dirty || isSaving(state) || Boolean(conflict)}>
          {t('editor.save')}
        </button>
      )}
      {canTranslate && dirty && !conflict && (
        <button type="button" className="button-quiet" onClick={() => dispatch({ type: 'changesDiscarded' })}>
          {t('editor.discardChanges')}
        </button>
      )}
      <button
        ref={historyButton}
        data-history-button
        type="button"
        className="button-quiet"
        disabled={!hydrated}
        aria-expanded={historyOpen}
        aria-controls={historyId}
        onClick={() => dispatch({ type: 'historyToggled' })}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && historyOpen) dispatch({ type: 'historyClosed' });
        }}
      >
        {t('editor.history')}
      </button>
      <button
        type="button"
        className="button-quiet"
        disabled={!hydrated}
        aria-expanded={commentsOpen}
        aria-controls={commentsId}
        onClick={() => dispatch({ type: 'commentsToggled' })}
      >
        {openThreads > 0 ? t('editor.commentsOpen', { count: openThreads }) : t('editor.comments')}
      </button>
      <SaveStateText state={state.save} dirty={dirty} />
    </div>
  );
}

type Translate = ReturnType<typeof useT>['t'];

/** A failed save in the person's words; a text over the limit in the interface language, with its length. */
export function saveFailureText(t: Translate, failure: SaveFailure): string {
  if (failure.code === 'too_large') return t('textBox.tooLong', { count: failure.length, max: MAX_TEXT_LENGTH });
  return failureText(t, failure);
}

function SaveStateText({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const { t } = useT();
  // Saved from the keyboard in a long box, the refusal may be below the screen: bring it up.
  const alert = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (state.kind === 'failed') alert.current?.scrollIntoView({ block: 'nearest' });
  }, [state]);
  if (state.kind === 'failed') {
    return (
      <span ref={alert} role="alert" className="save-state error" data-save-state="failed">
        {t('save.failed', { message: saveFailureText(t, state.failure) })}
      </span>
    );
  }
  const text =
    state.kind === 'saving'
      ? t('save.saving')
      : dirty
        ? t('save.unsaved')
        : state.kind === 'saved'
          ? state.created
            ? t('save.saved')
            : t('save.noChanges')
          : '';
  return (
    <span role="status" className="save-state" data-save-state={state.kind} data-unsaved={dirty ? 'true' : undefined}>
      {text}
    </span>
  );
}
