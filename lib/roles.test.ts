import { describe, expect, it } from 'vitest';
import { canCreateDocument, canEditSource, canReview, canTranslate, type Actor, type Role } from './roles';

const actor = (role: Role, languages: string[] = []): Actor => ({ id: role, name: role, email: `${role}@example.com`, role, languages });

describe('role matrix', () => {
  const cases: Array<[string, Actor, { de: boolean; fr: boolean; review: boolean; source: boolean }]> = [
    ['reader', actor('reader'), { de: false, fr: false, review: false, source: false }],
    ['German translator', actor('translator', ['de']), { de: true, fr: false, review: false, source: false }],
    ['French translator', actor('translator', ['fr']), { de: false, fr: true, review: false, source: false }],
    ['translator with no language', actor('translator'), { de: false, fr: false, review: false, source: false }],
    ['editor', actor('editor'), { de: true, fr: true, review: true, source: true }],
    ['admin', actor('admin'), { de: true, fr: true, review: true, source: true }],
  ];
  it.each(cases)('%s', (_name, who, expected) => {
    expect({
      de: canTranslate(who, 'de'),
      fr: canTranslate(who, 'fr'),
      review: canReview(who),
      source: canEditSource(who),
    }).toEqual(expected);
  });
  it('a reader with a language listed still cannot translate', () => {
    expect(canTranslate(actor('reader', ['de']), 'de')).toBe(false);
  });
});

describe('who creates documents', () => {
  it.each([
    ['reader', false],
    ['translator', false],
    ['editor', true],
    ['admin', true],
  ] as const)('%s: %s', (role, expected) => {
    expect(canCreateDocument(actor(role, ['de']))).toBe(expected);
  });
});
