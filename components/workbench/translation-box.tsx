'use client';
// The translation's text box and its keys. Until the page's scripts have taken over it is
// read-only, looks muted and says why: a keystroke in the server's HTML would otherwise be
// thrown away by hydration, or end up beside the original text. It grows with the text up to a
// cap and then scrolls, so Save and what it says stay in view.
import { useId, type KeyboardEvent, type RefObject } from 'react';
import { useT } from '@/components/i18n/use-t';
import { useHydrated } from '../common/use-hydrated';
import { SearchMarkedText } from './search-marked-text';

type Language = { code: string; direction: 'ltr' | 'rtl' };

const CHARACTERS_PER_ROW = 70;
const MAX_ROWS = 14;

/** Rows for a text: one per line, long lines wrapped, between 2 and MAX_ROWS. */
export function boxRows(text: string): number {
  const rows = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / CHARACTERS_PER_ROW)), 0);
  return Math.min(MAX_ROWS, Math.max(2, rows));
}

export function TranslationBox({
  box,
  label,
  language,
  text,
  canTranslate,
  onEdit,
  onSave,
  onUseSuggestion,
  onFocus,
  onBlur,
  copySource,
}: {
  box: RefObject<HTMLTextAreaElement | null>;
  label: string;
  language: Language;
  text: string;
  canTranslate: boolean;
  onEdit: (text: string) => void;
  onSave: () => void;
  /** Ctrl+1..3: the memory's first, second or third suggestion (0, 1, 2). */
  onUseSuggestion: (index: number) => void;
  onFocus: () => void;
  onBlur: () => void;
  /** Ctrl+Shift+C puts the English in the box. */
  copySource: string;
}) {
  const { t } = useT();
  const hydrated = useHydrated();
  const hintId = useId();
  const loading = canTranslate && !hydrated;

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const command = event.ctrlKey || event.metaKey;
    if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      focusNeighbour(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      // Leave the box without losing focus: it goes to the paragraph's row.
      event.currentTarget.closest<HTMLElement>('[data-paragraph-row]')?.focus();
    } else if (command && event.shiftKey && event.key.toLowerCase() === 'c' && canTranslate) {
      event.preventDefault();
      onEdit(copySource);
    } else if (command && (event.key === 'Enter' || (event.key.toLowerCase() === 's' && !event.shiftKey && !event.altKey))) {
      // Ctrl+S saves too (and stays; the workbench's keys move on after Ctrl+Enter).
      event.preventDefault();
      onSave();
    } else if (command && ['1', '2', '3'].includes(event.key) && canTranslate) {
      event.preventDefault();
      onUseSuggestion(Number(event.key) - 1);
    }
  }

  return (
    <>
      <textarea
        ref={box}
        data-translation-box={language.code}
        className={loading ? 'loading' : undefined}
        onFocus={onFocus}
        onBlur={onBlur}
        aria-label={label}
        aria-describedby={loading ? hintId : undefined}
        lang={language.code}
        dir={language.direction}
        value={text}
        readOnly={!canTranslate || !hydrated}
        rows={boxRows(text)}
        onChange={(event) => onEdit(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <SearchMarkedText field="translation" text={text} lang={language.code} />
      {loading && (
        <p id={hintId} className="muted small box-loading">
          {t('textBox.loading')}
        </p>
      )}
    </>
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
