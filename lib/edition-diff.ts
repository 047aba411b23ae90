// The document-level redline between two editions of one language: paragraphs matched by
// position, each unchanged, changed (with its word diff), added or removed.
import type { ParagraphKind } from './paragraph-kinds';
import { wordDiff, type DiffPart } from './word-diff';

export type EditionText = { position: number; kind: ParagraphKind; text: string };

export type ParagraphChange = 'unchanged' | 'changed' | 'added' | 'removed';

export type EditionParagraphDiff = {
  position: number;
  /** The paragraph's kind in the newer edition, or in the older one when it was removed. */
  kind: ParagraphKind;
  change: ParagraphChange;
  /** The word diff from `from` to `to`: one unchanged part for an unchanged paragraph. */
  changes: DiffPart[];
};

export function diffEditions(from: EditionText[], to: EditionText[], lang: string): EditionParagraphDiff[] {
  const before = new Map(from.map((paragraph) => [paragraph.position, paragraph]));
  const after = new Map(to.map((paragraph) => [paragraph.position, paragraph]));
  const positions = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  return positions.map((position) => {
    const old = before.get(position);
    const now = after.get(position);
    const kind = (now ?? old)!.kind;
    const change: ParagraphChange = !old ? 'added' : !now ? 'removed' : old.text === now.text ? 'unchanged' : 'changed';
    return { position, kind, change, changes: wordDiff(old?.text ?? '', now?.text ?? '', lang).changes };
  });
}

/** How many paragraphs changed, were added and were removed: the summary above a redline. */
export function countChanges(diff: EditionParagraphDiff[]): Record<ParagraphChange, number> {
  const counts: Record<ParagraphChange, number> = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const paragraph of diff) counts[paragraph.change] += 1;
  return counts;
}
