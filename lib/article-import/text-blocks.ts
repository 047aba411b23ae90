// Plain text: one paragraph per line, as copied from a news site; blank lines are ignored.
import type { Block } from './types';

export function textBlocks(content: string): Block[] {
  return content.split(/\r\n?|\n/).map((text, index) => ({ text, role: 'line', line: index + 1 }));
}
