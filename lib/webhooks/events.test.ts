import { describe, expect, it } from 'vitest';
import { formatEventList, isWebhookEvent, parseEventList } from './events';

describe('webhook event lists', () => {
  it('stores events in a fixed order and reads them back', () => {
    const stored = formatEventList(['edition.published', 'document.created']);
    expect(stored).toBe('document.created,edition.published');
    expect(parseEventList(stored)).toEqual(['document.created', 'edition.published']);
  });

  it('leaves out names it does not know', () => {
    expect(parseEventList('translation.approved,comment.added,')).toEqual(['translation.approved']);
    expect(isWebhookEvent('comment.added')).toBe(false);
    expect(isWebhookEvent('source.updated')).toBe(true);
  });
});
