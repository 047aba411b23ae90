import { describe, expect, it } from 'vitest';
import { deadlineRange, deadlineUrgency, documentListQuery, readDocumentListFilters } from './document-list-filters';

const NOW = new Date('2025-04-24T12:00:00Z');

describe('the document list’s query string', () => {
  it('reads the filters, leaving out what makes no sense', () => {
    expect(readDocumentListFilters({ q: ' Trump ', status: 'in_review', lang: 'de', deadline: 'week', page: '3' })).toEqual({
      q: 'Trump',
      status: 'in_review',
      lang: 'de',
      deadline: 'week',
      page: 3,
      perPage: 25,
    });
    expect(readDocumentListFilters({ q: '', status: 'done', lang: '<script>', deadline: 'tomorrow', page: 'x', perPage: '1000' })).toEqual({ page: 1, perPage: 25 });
    expect(readDocumentListFilters({ q: ['a', 'b'], page: ['2'], perPage: '10' })).toEqual({ q: 'a', page: 2, perPage: 10 });
  });

  it('writes only what differs from the defaults', () => {
    expect(documentListQuery({}, 1)).toBe('');
    expect(documentListQuery({ q: 'Storm & rain', status: 'approved', perPage: 25 }, 2)).toBe('?q=Storm+%26+rain&status=approved&page=2');
    expect(documentListQuery({ lang: 'uk', deadline: '24h', perPage: 10 }, 1)).toBe('?lang=uk&deadline=24h&perPage=10');
  });
});

describe('deadlines', () => {
  it('stand for ranges from now', () => {
    expect(deadlineRange('overdue', NOW)).toEqual({ from: null, to: NOW });
    expect(deadlineRange('24h', NOW)).toEqual({ from: NOW, to: new Date('2025-04-25T12:00:00Z') });
    expect(deadlineRange('week', NOW)).toEqual({ from: NOW, to: new Date('2025-05-01T12:00:00Z') });
    expect(deadlineRange('none', NOW)).toBe('none');
  });

  it('are overdue, soon or later', () => {
    expect(deadlineUrgency(new Date('2025-04-24T11:59:00Z'), NOW)).toBe('overdue');
    expect(deadlineUrgency(new Date('2025-04-25T11:00:00Z'), NOW)).toBe('soon');
    expect(deadlineUrgency(new Date('2025-04-26T12:00:00Z'), NOW)).toBe('later');
  });
});
