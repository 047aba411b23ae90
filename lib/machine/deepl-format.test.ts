import { describe, expect, it } from 'vitest';
import { deeplFailureMessage, deeplSourceLang, deeplTargetLang, glossaryHash, glossaryTsv, readGlossaryPairs, readTranslation } from './deepl-format';

describe('DeepL language codes', () => {
  it('writes our codes as DeepL does: capitals, a variant where DeepL needs one as a target', () => {
    expect(['de', 'fr', 'uk', 'ar'].map(deeplTargetLang)).toEqual(['DE', 'FR', 'UK', 'AR']);
    expect(deeplTargetLang('en')).toBe('EN-GB');
    expect(deeplTargetLang('pt')).toBe('PT-PT');
    expect(deeplSourceLang('en')).toBe('EN');
    expect(deeplSourceLang('en-US')).toBe('EN');
  });
});

describe('glossaryTsv', () => {
  it('one sorted line per term; a do-not-translate term maps to itself', () => {
    expect(
      glossaryTsv([
        { source: 'envoy', target: 'Gesandter', doNotTranslate: false },
        { source: 'Bild', target: 'image', doNotTranslate: true },
      ]),
    ).toBe('Bild\tBild\nenvoy\tGesandter');
  });

  it('trims, and leaves out what DeepL would refuse: tabs, line breaks, empty sides, a repeated source', () => {
    expect(
      glossaryTsv([
        { source: ' talks ', target: ' Gespräche ', doNotTranslate: false },
        { source: 'a\tb', target: 'x', doNotTranslate: false },
        { source: 'line', target: 'one\ntwo', doNotTranslate: false },
        { source: 'empty', target: ' ', doNotTranslate: false },
        { source: 'talks', target: 'Verhandlungen', doNotTranslate: false },
      ]),
    ).toBe('talks\tGespräche');
  });

  it('the same terms in any order give the same hash; a change gives another', () => {
    const a = { source: 'a', target: 'A', doNotTranslate: false };
    const b = { source: 'b', target: 'B', doNotTranslate: false };
    expect(glossaryHash(glossaryTsv([a, b]))).toBe(glossaryHash(glossaryTsv([b, a])));
    expect(glossaryHash(glossaryTsv([a, { ...b, target: 'C' }]))).not.toBe(glossaryHash(glossaryTsv([a, b])));
  });
});

describe('reading DeepL’s answers', () => {
  it('takes the one translation, and nothing from a malformed answer', () => {
    expect(readTranslation({ translations: [{ detected_source_language: 'EN', text: 'Hallo' }] })).toBe('Hallo');
    expect(readTranslation({ translations: [] })).toBeNull();
    expect(readTranslation({ translations: [{ text: 5 }] })).toBeNull();
    expect(readTranslation({ message: 'nope' })).toBeNull();
    expect(readTranslation(null)).toBeNull();
  });

  it('reads the glossary pairs in lower case', () => {
    expect(readGlossaryPairs({ supported_languages: [{ source_lang: 'EN', target_lang: 'de' }] })).toEqual(new Set(['en>de']));
    expect(readGlossaryPairs({})).toBeNull();
  });
});

describe('deeplFailureMessage', () => {
  it('one line per documented status', () => {
    expect(deeplFailureMessage({ kind: 'status', status: 403 })).toBe('DeepL refused the key. Ask an admin to check DEEPL_AUTH_KEY.');
    expect(deeplFailureMessage({ kind: 'status', status: 456 })).toBe('DeepL’s quota for this month is used up.');
    expect(deeplFailureMessage({ kind: 'status', status: 429 })).toMatch(/too many requests/);
    expect(deeplFailureMessage({ kind: 'status', status: 529 })).toMatch(/too many requests/);
    expect(deeplFailureMessage({ kind: 'status', status: 503 })).toMatch(/trouble/);
    expect(deeplFailureMessage({ kind: 'status', status: 400 })).toMatch(/HTTP 400/);
    expect(deeplFailureMessage({ kind: 'timeout', seconds: 10 })).toBe('DeepL did not answer within 10 seconds. Try again later.');
    for (const message of [deeplFailureMessage({ kind: 'malformed' }), deeplFailureMessage({ kind: 'unreachable' })]) expect(message).not.toContain('\n');
  });
});
