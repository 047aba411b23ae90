// Merges two edits of the same paragraph made from a common base, word by word (node-diff3 over
// the tokens of lib/text-tokens.ts). When the edits touch different words the merge is clean and can be
// saved as is; when they touch the same words the caller shows the conflict to the translator.
import { diff3Merge } from 'node-diff3';
import { tokenize as textTokens } from './text-tokens';

export type MergeResult = { clean: true; text: string } | { clean: false };

export function tokenize(text: string, _lang: string): string[] {
  return textTokens(text);
}

export function threeWayMerge({ base, theirs, mine, lang }: { base: string; theirs: string; mine: string; lang: string }): MergeResult {
  if (theirs === mine) return { clean: true, text: mine };
  if (base === theirs) return { clean: true, text: mine };
  if (base === mine) return { clean: true, text: theirs };
  const blocks = diff3Merge(tokenize(mine, lang), tokenize(base, lang), tokenize(theirs, lang), {
    excludeFalseConflicts: true,
  });
  const merged: string[] = [];
  for (const block of blocks) {
    if (block.conflict) return { clean: false };
    merged.push(...(block.ok ?? []));
  }
  return { clean: true, text: merged.join('') };
}
