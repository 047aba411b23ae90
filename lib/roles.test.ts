import { describe, expect, it } from 'vitest';
import { canCreateDocument, canEditSource, canManageUsers, canManageWebhooks, canReview, canRevokeApiToken, canTranslate, worksOnLanguage, type Actor, type Role } from './roles';

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

describe('who works on a language (comments, presence)', () => {
  it('its translators, editors and admins; not other translators, not readers', () => {
    expect(worksOnLanguage(actor('translator', ['de']), 'de')).toBe(true);
    expect(worksOnLanguage(actor('translator', ['de']), 'fr')).toBe(false);
    expect(worksOnLanguage(actor('editor'), 'fr')).toBe(true);
    expect(worksOnLanguage(actor('admin'), 'ar')).toBe(true);
    expect(worksOnLanguage(actor('reader', ['de']), 'de')).toBe(false);
  });
});

describe('webhooks', () => {
  it.each([
    ['reader', actor('reader'), false],
    ['translator', actor('translator', ['de']), false],
    ['editor', actor('editor'), false],
    ['admin', actor('admin'), true],
  ] as const)('%s manages webhooks: %s', (_name, who, expected) => {
    expect(canManageWebhooks(who)).toBe(expected);
  });
});

describe('people and tokens', () => {
  it('only admins manage people', () => {
    expect((['reader', 'translator', 'editor', 'admin'] as const).filter((role) => canManageUsers(actor(role)))).toEqual(['admin']);
  });
  it('a token is revoked by its person or an admin', () => {
    expect(canRevokeApiToken(actor('translator'), 'translator')).toBe(true);
    expect(canRevokeApiToken(actor('editor'), 'translator')).toBe(false);
    expect(canRevokeApiToken(actor('admin'), 'translator')).toBe(true);
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
