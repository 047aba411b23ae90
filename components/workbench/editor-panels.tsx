'use client';
// What opens under a translation box: its comment threads, an editor's Approve and Reject, and
// its History (Esc closes it and puts the focus back on the History button).
import type { RefObject } from 'react';
import { CommentThreadsPanel } from '../comments/comment-threads-panel';
import { useHydrated } from '../common/use-hydrated';
import { HistoryPanel } from './history-panel';
import { ReviewBar } from './review-bar';
import { isDirty, type EditorAction, type EditorState } from './translation-editor-state';

type Language = { code: string; englishName: string; direction: 'ltr' | 'rtl' };

export function EditorPanels({
  state,
  dispatch,
  paragraphId,
  position,
  language,
  canReview,
  ids,
  commentChange,
  historyButton,
}: {
  state: EditorState;
  dispatch: (action: EditorAction) => void;
  paragraphId: string;
  position: number;
  language: Language;
  canReview: boolean;
  ids: { history: string; comments: string };
  /** The latest comment change someone else made here, from the live event stream. */
  commentChange: object | null;
  historyButton: RefObject<HTMLButtonElement | null>;
}) {
  const hydrated = useHydrated();
  const { base, status, conflict, canTranslate } = state;
  const dirty = isDirty(state);
  return (
    <>
      {state.commentsOpen && (
        <div id={ids.comments}>
          <CommentThreadsPanel
            paragraphId={paragraphId}
            position={position}
            lang={language.code}
            canComment={canTranslate || canReview}
            onOpenCountChange={(count) => dispatch({ type: 'openThreadsCounted', count })}
            changedElsewhere={commentChange}
          />
        </div>
      )}
      {canReview && base && status !== 'approved' && (
        <ReviewBar
          versionId={base.versionId}
          position={position}
          disabled={!hydrated || dirty || Boolean(conflict)}
          onReviewed={(review) => dispatch({ type: 'reviewed', review })}
        />
      )}
      {state.historyOpen && (
        <HistoryPanel
          id={ids.history}
          paragraphId={paragraphId}
          language={language}
          revision={state.historyRevision}
          canRevert={canTranslate && !dirty && !conflict}
          onRevert={(version) => dispatch({ type: 'revertRequested', versionId: version.versionId, text: version.text })}
          onClose={() => {
            dispatch({ type: 'historyClosed' });
            historyButton.current?.focus();
          }}
        />
      )}
    </>
  );
}
