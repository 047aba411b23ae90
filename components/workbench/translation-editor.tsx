'use client';
// The translation side of a paragraph row: the text box, Save (or Ctrl/Cmd+Enter), the status,
// the save state, a restorable local draft, the conflict view and the history. It stays mounted
// while the page reloads its data (live updates); its state machine lives in a reducer
// (translation-editor-state.ts), which adopts what the server sends unless that would overwrite
// what its user is typing. This component renders that state. The memory's and the machine's
// suggestions, which arrive a moment after the box gets the focus, sit below Save and its
// message, so that they never push the button or a refusal out from under the person.
import { useId, useMemo, useRef } from 'react';
import { useT } from '@/components/i18n/use-t';
import { languageName } from '@/lib/i18n/format';
import type { QaIssue } from '@/lib/qa';
import type { TranslationStatus } from '@/lib/paragraph-status';
import { LocalTime } from '../common/local-time';
import { ClearConfirmation } from './clear-confirmation';
import { ConflictResolver } from './conflict-resolver';
import { DraftOffer } from './draft-offer';
import { EditorActions } from './editor-actions';
import { EditorPanels } from './editor-panels';
import { useEditingPresence, useRowLive } from './live-document-context';
import { LiveNotice } from './live-notes';
import { MachineSuggestion, useMachineSuggestion } from './machine-suggestion';
import { MemorySuggestions, useMemorySuggestions } from './memory-suggestions';
import { QualityChecks } from './quality-checks';
import { StatusBadge } from './status-badge';
import { TranslationBox } from './translation-box';
import { baseText as baseTextOf, keptAgainst, type Approved, type Base, type Rejection } from './translation-editor-state';
import { TranslationNotes } from './translation-notes';
import { useTranslationEditor } from './use-translation-editor';

type Language = { code: string; englishName: string; direction: 'ltr' | 'rtl' };

export function TranslationEditor(props: {
  paragraphId: string;
  position: number;
  language: Language;
  canTranslate: boolean;
  canReview: boolean;
  initialStatus: TranslationStatus;
  initialVersion: Base | null;
  rejection: Rejection | null;
  /** The paragraph's current English, and the English the current version translates when older. */
  sourceText: string;
  translatedSourceText: string | null;
  approved: Approved;
  openThreads: number;
  checks: QaIssue[];
}) {
  const { paragraphId, position, language, canTranslate, canReview } = props;
  const { t, i18n } = useT();
  const box = useRef<HTMLTextAreaElement>(null);
  const historyButton = useRef<HTMLButtonElement>(null);
  const historyId = useId();
  const commentsId = useId();
  // A new object only when the server rendered the row anew (each reload brings new props).
  const { initialVersion, initialStatus, approved, rejection, checks, openThreads } = props;
  const server = useMemo(
    () => ({ version: initialVersion, status: initialStatus, approved, rejection, checks, openThreads }),
    [initialVersion, initialStatus, approved, rejection, checks, openThreads],
  );
  const { state, dispatch, draft } = useTranslationEditor({ paragraphId, lang: language.code, canTranslate, server, box });
  const memory = useMemorySuggestions(paragraphId, language.code, props.sourceText);
  const machine = useMachineSuggestion(paragraphId, language.code, props.sourceText, canTranslate);
  const live = useRowLive(paragraphId, language.code);
  const presence = useEditingPresence(paragraphId, language.code, canTranslate);
  const { base, status, conflict } = state;
  const baseText = baseTextOf(state);
  const kept = keptAgainst(state);
  const languageLabel = languageName(language.code, i18n.language);
  const edit = (text: string) => dispatch({ type: 'edited', text });

  return (
    <div className="translation-cell">
      <div className="translation-status-line">
        <StatusBadge status={status} />
        {base && (
          <span className="muted small">
            {t('editor.versionBy', { number: base.number, author: base.author })} <LocalTime iso={base.createdAt} />
          </span>
        )}
      </div>
      <TranslationNotes
        language={language}
        rejection={status === 'rejected' ? state.rejection : null}
        sourceChange={status === 'outdated' && props.translatedSourceText !== null ? { from: props.translatedSourceText, to: props.sourceText } : null}
        approvedText={status === 'in_review' && state.approved.text !== null && state.approved.text !== baseText ? state.approved.text : null}
        currentText={baseText}
      />
      {draft.offered && (
        <DraftOffer
          draft={draft.offered}
          position={position}
          onRestore={() => {
            dispatch({ type: 'draftRestored', draft: draft.offered! });
            draft.accept();
          }}
          onDiscard={draft.discard}
        />
      )}
      <TranslationBox
        box={box}
        label={t('editor.boxLabel', { language: languageLabel, n: position })}
        language={language}
        text={state.text}
        canTranslate={canTranslate}
        onEdit={edit}
        onSave={() => dispatch({ type: 'saveRequested' })}
        onUseSuggestion={(index) => {
          void memory.load().then((loaded) => {
            const suggestion = loaded?.suggestions[index];
            if (suggestion) edit(suggestion.target);
          });
        }}
        onFocus={() => {
          void memory.load();
          void machine.load();
          presence.onFocus();
        }}
        onBlur={presence.onBlur}
        copySource={props.sourceText}
      />
      <QualityChecks issues={state.checks} position={position} />
      {conflict && (
        <ConflictResolver
          conflict={conflict}
          language={language}
          onKeepTheirs={() => dispatch({ type: 'conflictKeptTheirs' })}
          onSaveOnTop={(text) => dispatch({ type: 'saveOnTopRequested', text })}
          onEdit={(text) => dispatch({ type: 'conflictEdited', text })}
        />
      )}
      {state.confirmingClear && (
        <ClearConfirmation
          question={t('clear.question', { language: languageLabel, n: position })}
          onConfirm={() => dispatch({ type: 'clearConfirmed' })}
          onCancel={() => dispatch({ type: 'clearCancelled' })}
        />
      )}
      <EditorActions state={state} dispatch={dispatch} historyId={historyId} commentsId={commentsId} historyButton={historyButton} />
      {/* Under Save, not above the box: it arrives while the person types, and moves neither. */}
      <LiveNotice notice={kept && !conflict ? t('live.missedVersion', { name: kept.author, number: kept.number }) : null} />
      <MemorySuggestions state={memory.state} language={language} canUse={canTranslate} onUse={edit} />
      <MachineSuggestion
        outcome={machine.outcome}
        language={language}
        onInsert={(suggestion) => dispatch({ type: 'machineInserted', text: suggestion.text, machineTranslationId: suggestion.id })}
      />
      <EditorPanels
        state={state}
        dispatch={dispatch}
        paragraphId={paragraphId}
        position={position}
        language={language}
        canReview={canReview}
        ids={{ history: historyId, comments: commentsId }}
        commentChange={live.recent?.change === 'comment' ? live.recent : null}
        historyButton={historyButton}
      />
    </div>
  );
}
