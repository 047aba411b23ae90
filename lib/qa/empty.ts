// The empty check: a translation with no text (or only spaces) where the source has some.
import { issue } from './issue';
import type { QaIssue } from './messages';
import type { QaInput } from './types';

export function checkEmpty({ source, target }: QaInput): QaIssue[] {
  return !target.trim() && source.trim() ? [issue('empty.blank', {})] : [];
}
