// Moving through the workbench's rows from the keyboard: which paragraph holds the focus, which
// rows are on show, and putting the focus into a paragraph's translation box.

/** The position of the paragraph row holding `element`, or null. */
export function positionOf(element: Element | null): number | null {
  const row = element?.closest<HTMLElement>('[data-paragraph-row]');
  return row ? Number(row.id.slice(1)) : null;
}

/** A row on this page and not hidden by the filter. */
export function isRowShown(position: number): boolean {
  const row = document.getElementById(`p${position}`);
  return row !== null && !row.closest('[hidden]');
}

/** Focuses paragraph N's translation box (its row when it has none) and brings it into view. */
export function focusParagraph(position: number): boolean {
  const row = document.getElementById(`p${position}`);
  if (!row || row.closest('[hidden]')) return false;
  const box = row.querySelector<HTMLTextAreaElement>('textarea[data-translation-box]');
  (box ?? row).focus({ preventScroll: true });
  row.scrollIntoView({ block: 'center' });
  return true;
}
