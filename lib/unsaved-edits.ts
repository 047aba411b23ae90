// Which editors on the page hold text that is not saved, so leaving the page can ask first.
const dirtyEditors = new Set<string>();

export function markUnsaved(editorId: string, unsaved: boolean) {
  if (unsaved) dirtyEditors.add(editorId);
  else dirtyEditors.delete(editorId);
}

export function hasUnsavedEdits(): boolean {
  return dirtyEditors.size > 0;
}

/** Whether one editor (`${paragraphId}:${lang}`) holds text that is not saved. */
export function isUnsaved(editorId: string): boolean {
  return dirtyEditors.has(editorId);
}
