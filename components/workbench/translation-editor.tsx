'use client';
// The translation side of a paragraph row: the text box, Save (or Ctrl/Cmd+Enter), the status,
// the save state, a restorable local draft, the conflict view and the history. It stays mounted
// while the page reloads its data (live updates) and adopts what the server sends unless that
// would overwrite what its user is typing (use-server-updates.ts).
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '@/components/i18n/use-t';
import { failureText } from '@/lib/api-call';
import { languageName } from '@/lib/i18n/format';
import type { QaIssue } from '@/lib/qa';
import type { TranslationVersionJson } from '@/lib/api-types';
import type { TranslationStatus } from '@/lib/paragraph-status';
import { saveTranslation } from '@/lib/translation-api-client';
import { markUnsaved } from '@/lib/unsaved-edits';
import { CommentThreadsPanel } from '../comments/comment-threads-panel';
import { LocalTime } from '../common/local-time';
import { ConflictResolver } from './conflict-resolver';
import { INSERT_TERM_EVENT, type InsertTermDetail } from './glossary-marked-text';
import { useEditingPresence, useRowLive } from './live-document';
import { LiveNotes } from './live-notes';
import { MemorySuggestions, useMemorySuggestions } from './memory-suggestions';
import { QualityChecks } from './quality-checks';
import { HistoryPanel } from './history-panel';
import { ReviewBar } from './review-bar';
import { StatusBadge } from './status-badge';
import { TranslationNotes } from './translation-notes';
import { useLocalDraft, type DraftBase as Base } from './use-local-draft';
import { useServerUpdates } from './use-server-updates';

type Language = { code: string; englishName: string; direction: 'ltr' | 'rtl' };
type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; created: boolean } | { kind: 'failed'; message: string };
type Conflict = { theirs: TranslationVersionJson; mine: string; baseText: string };

export function TranslationEditor(props: {
  paragraphId: string;
  position: number;
  language: Language;
  canTranslate: boolean;
  canReview: boolean;
  initialStatus: TranslationStatus;
  initialVersion: Base | null;
  rejection: { comment: string; reviewer: string } | null;
  /** The paragraph's current English, and the English the current version translates when older. */
  sourceText: string;
  translatedSourceText: string | null;
  approved: { versionId: string | null; text: string | null };
  openThreads: number;
  checks: QaIssue[];
}) {
  const { paragraphId, position, language, canTranslate, canReview } = props;
  const { t, i18n } = useT();
  const languageLabel = languageName(language.code, i18n.language);
  const [base, setBase] = useState<Base | null>(props.initialVersion);
  const [rejection, setRejection] = useState(props.rejection);
  const [approved, setApproved] = useState(props.approved);
  const [text, setText] = useState(props.initialVersion?.text ?? '');
  const [status, setStatus] = useState(props.initialStatus);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [commentsOpen, setCommentsOpen] = useState(false);
  const [openThreads, setOpenThreads] = useState(props.openThreads);
  const commentsId = useId();
  const [checks, setChecks] = useState(props.checks);
  const memory = useMemorySuggestions(paragraphId, language.code);
  const box = useRef<HTMLTextAreaElement>(null);

  // A click on a glossary term in the English puts its translation at the cursor.
  useEffect(() => {
    const insert = (event: Event) => {
      const { detail } = event as CustomEvent<InsertTermDetail>;
      const element = box.current;
      if (detail.paragraphId !== paragraphId || !element || !canTranslate) return;
      const { selectionStart, selectionEnd, value } = element;
      setText(value.slice(0, selectionStart) + detail.text + value.slice(selectionEnd));
      element.focus();
      requestAnimationFrame(() => element.setSelectionRange(selectionStart + detail.text.length, selectionStart + detail.text.length));
    };
    window.addEventListener(INSERT_TERM_EVENT, insert);
    return () => window.removeEventListener(INSERT_TERM_EVENT, insert);
  }, [paragraphId, canTranslate]);
  const [historyRevision, setHistoryRevision] = useState(0);
  const historyId = useId();
  const baseText = base?.text ?? '';
  const dirty = text !== baseText;
  const draft = useLocalDraft(paragraphId, language.code, baseText);
  const live = useRowLive(paragraphId, language.code);
  const presence = useEditingPresence(paragraphId, language.code, canTranslate);

  const { keptAgainst } = useServerUpdates({
    incoming: props.initialVersion,
    serverKey: JSON.stringify([props.initialVersion?.versionId, props.initialStatus, props.approved.versionId, props.rejection, props.openThreads]),
    base,
    text,
    paused: saveState.kind === 'saving' || Boolean(conflict),
    adopt: (newerVersion) => {
      if (newerVersion) {
        setBase(newerVersion);
        setText(newerVersion.text);
      }
      setStatus(props.initialStatus);
      setRejection(props.rejection);
      setApproved(props.approved);
      setChecks(props.checks);
      setOpenThreads(props.openThreads);
      setHistoryRevision((revision) => revision + 1);
    },
  });

  useEffect(() => {
    markUnsaved(`${paragraphId}:${language.code}`, dirty);
    draft.store(dirty ? { text, base } : null);
    return () => markUnsaved(`${paragraphId}:${language.code}`, false);
    // draft.store is stable; base and baseText change together with dirty.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, base]);

  async function save(body: { text: string; baseVersionId: string | null; clear?: boolean }) {
    setSaveState({ kind: 'saving' });
    const outcome = await saveTranslation(paragraphId, language.code, body);
    if (outcome.kind === 'saved') {
      const { version } = outcome;
      if (outcome.created) {
        // The version that was approved is now the one to compare against.
        if (base && approved.versionId === base.versionId) setApproved({ versionId: base.versionId, text: base.text });
        setRejection(null);
      }
      setBase({ versionId: version.versionId, number: version.number, text: version.text, author: version.author.name, createdAt: version.createdAt });
      setText(version.text);
      if (outcome.created) setStatus('in_review');
      if (outcome.version.checks) setChecks(outcome.version.checks);
      setConflict(null);
      setSaveState({ kind: 'saved', created: outcome.created });
      setHistoryRevision((revision) => revision + 1);
    } else if (outcome.kind === 'conflict') {
      setConflict({ theirs: outcome.current, mine: body.text, baseText });
      setSaveState({ kind: 'idle' });
    } else {
      setSaveState({ kind: 'failed', message: failureText(t, outcome.failure) });
    }
  }

  function requestSave() {
    if (!canTranslate || saveState.kind === 'saving' || conflict) return;
    if (text.trim() === '') {
      if (base) setConfirmingClear(true);
      return;
    }
    void save({ text, baseVersionId: base?.versionId ?? null });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      focusNeighbour(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      // Leave the box without losing focus: it goes to the paragraph's row.
      event.currentTarget.closest<HTMLElement>('[data-paragraph-row]')?.focus();
    } else if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'c' && canTranslate) {
      event.preventDefault();
      setText(props.sourceText);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      requestSave();
    } else if ((event.ctrlKey || event.metaKey) && ['1', '2', '3'].includes(event.key) && canTranslate) {
      // Ctrl+1..3: the memory's first, second or third suggestion.
      event.preventDefault();
      const index = Number(event.key) - 1;
      void memory.load().then((loaded) => {
        const suggestion = loaded?.suggestions[index];
        if (suggestion) setText(suggestion.target);
      });
    }
  }

  function adoptTheirs(theirs: TranslationVersionJson, nextText: string) {
    setBase({ versionId: theirs.versionId, number: theirs.number, text: theirs.text, author: theirs.author.name, createdAt: theirs.createdAt });
    setText(nextText);
    setStatus('in_review');
    setConflict(null);
    setHistoryRevision((revision) => revision + 1);
  }

  const label = t('editor.boxLabel', { language: languageLabel, n: position });
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
      <LiveNotes live={live} notice={keptAgainst && !conflict ? t('live.missedVersion', { name: keptAgainst.author, number: keptAgainst.number }) : null} />
      <TranslationNotes
        language={language}
        rejection={status === 'rejected' ? rejection : null}
        sourceChange={status === 'outdated' && props.translatedSourceText !== null ? { from: props.translatedSourceText, to: props.sourceText } : null}
        approvedText={status === 'in_review' && approved.text !== null && approved.text !== baseText ? approved.text : null}
        currentText={baseText}
      />
      {draft.offered && (
        <div className="draft-offer" role="group" aria-label={t('draft.label', { n: position })}>
          <p>
            {t('draft.offer')} <LocalTime iso={draft.offered.savedAt} />
          </p>
          <button
            type="button"
            onClick={() => {
              // The draft keeps its own base: if someone saved since, saving it shows the conflict.
              setBase(draft.offered!.base);
              setText(draft.offered!.text);
              draft.accept();
            }}
          >
            {t('draft.restore')}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={draft.discard}
          >
            {t('draft.discard')}
          </button>
        </div>
      )}
      <textarea
        ref={box}
        data-translation-box={language.code}
        onFocus={() => {
          void memory.load();
          presence.onFocus();
        }}
        onBlur={presence.onBlur}
        aria-label={label}
        lang={language.code}
        dir={language.direction}
        value={text}
        readOnly={!canTranslate}
        rows={Math.max(2, Math.ceil(text.length / 70))}
        onChange={(event) => {
          setText(event.target.value);
          if (saveState.kind !== 'saving') setSaveState({ kind: 'idle' });
        }}
        onKeyDown={onKeyDown}
      />
      <QualityChecks issues={checks} position={position} />
      <MemorySuggestions state={memory.state} language={language} canUse={canTranslate} onUse={(suggestion) => setText(suggestion)} />
      {conflict && (
        <ConflictResolver
          conflict={conflict}
          language={language}
          onKeepTheirs={() => adoptTheirs(conflict.theirs, conflict.theirs.text)}
          onSaveOnTop={(nextText) => save({ text: nextText, baseVersionId: conflict.theirs.versionId })}
          onEdit={(nextText) => adoptTheirs(conflict.theirs, nextText)}
        />
      )}
      {confirmingClear && (
        <div className="confirm" role="alertdialog" aria-label={t('clear.title')}>
          <p>{t('clear.question', { language: languageLabel, n: position })}</p>
          <button
            type="button"
            className="button-danger"
            onClick={() => {
              setConfirmingClear(false);
              void save({ text: '', baseVersionId: base?.versionId ?? null, clear: true });
            }}
          >
            {t('clear.confirm')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirmingClear(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <div className="editor-actions">
        {canTranslate && (
          <button type="button" onClick={requestSave} disabled={!dirty || saveState.kind === 'saving' || Boolean(conflict)}>
            {t('editor.save')}
          </button>
        )}
        {canTranslate && dirty && !conflict && (
          <button type="button" className="button-quiet" onClick={() => setText(baseText)}>
            {t('editor.discardChanges')}
          </button>
        )}
        <button type="button" className="button-quiet" aria-expanded={historyOpen} aria-controls={historyId} onClick={() => setHistoryOpen(!historyOpen)}>
          {t('editor.history')}
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-expanded={commentsOpen}
          aria-controls={commentsId}
          onClick={() => setCommentsOpen(!commentsOpen)}
        >
          {openThreads > 0 ? t('editor.commentsOpen', { count: openThreads }) : t('editor.comments')}
        </button>
        <SaveStateText state={saveState} dirty={dirty} />
      </div>
      {commentsOpen && (
        <div id={commentsId}>
          <CommentThreadsPanel
            paragraphId={paragraphId}
            position={position}
            lang={language.code}
            canComment={canTranslate || canReview}
            onOpenCountChange={setOpenThreads}
            changedElsewhere={live.recent?.change === 'comment' ? live.recent : null}
          />
        </div>
      )}
      {canReview && base && status !== 'approved' && (
        <ReviewBar
          versionId={base.versionId}
          position={position}
          disabled={dirty || Boolean(conflict)}
          onReviewed={(review) => {
            setStatus(review.decision);
            setRejection(review.decision === 'rejected' ? { comment: review.comment ?? '', reviewer: review.reviewer } : null);
            if (review.decision === 'approved') setApproved({ versionId: review.versionId, text: null });
            setHistoryRevision((revision) => revision + 1);
          }}
        />
      )}
      {historyOpen && (
        <HistoryPanel
          id={historyId}
          paragraphId={paragraphId}
          position={position}
          language={language}
          revision={historyRevision}
          canRevert={canTranslate && !dirty && !conflict}
          onRevert={(oldText) => save({ text: oldText, baseVersionId: base?.versionId ?? null, clear: oldText === '' })}
        />
      )}
    </div>
  );
}

/** Alt+↓ / Alt+↑: the next or previous translation box of the same language on the page. */
function focusNeighbour(current: HTMLTextAreaElement, step: 1 | -1) {
  const boxes = [...document.querySelectorAll<HTMLTextAreaElement>(`textarea[data-translation-box="${current.dataset.translationBox}"]`)];
  const next = boxes[boxes.indexOf(current) + step];
  if (!next) return;
  next.focus();
  next.scrollIntoView({ block: 'center' });
}

function SaveStateText({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const { t } = useT();
  if (state.kind === 'failed') {
    return (
      <span role="alert" className="save-state error">
        {t('save.failed', { message: state.message })}
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
    <span role="status" className="save-state">
      {text}
    </span>
  );
}
