import { describe, expect, it } from 'vitest';
import type { CreatedDocumentJson } from './api/documents';
import { initialNewDocumentForm, kindOf, newDocumentFormReducer as reduce, newDocumentRequest, type NewDocumentFormState } from './new-document-form';

const preview: CreatedDocumentJson = {
  dryRun: true,
  slug: 'storm-hits-the-coast',
  title: 'Storm hits the coast',
  sourceLang: 'en',
  languages: ['de'],
  deadline: null,
  paragraphs: [
    { id: null, position: 1, kind: 'headline', source: { versionId: null, text: 'Storm hits the coast' } },
    { id: null, position: 2, kind: 'byline', source: { versionId: null, text: 'By Jane Doe' } },
  ],
  dropped: [],
};

const previewed = (state: Partial<NewDocumentFormState> = {}) =>
  reduce({ ...initialNewDocumentForm, content: 'Storm hits the coast\nBy Jane Doe', languages: ['de'], ...state }, { type: 'preview-succeeded', preview });

describe('the new-article form', () => {
  it('fills the title from the headline once previewed', () => {
    const state = previewed();
    expect(state).toMatchObject({ phase: 'previewed', title: 'Storm hits the coast', titleTyped: false });
  });

  it('never replaces a title the editor typed', () => {
    let state = reduce(initialNewDocumentForm, { type: 'title', title: 'My own title' });
    state = reduce(state, { type: 'preview-succeeded', preview });
    expect(state.title).toBe('My own title');
  });

  it('takes the headline again after the editor emptied the title', () => {
    let state = reduce(previewed(), { type: 'title', title: '' });
    state = reduce(state, { type: 'preview-succeeded', preview: { ...preview, title: 'New headline' } });
    expect(state.title).toBe('New headline');
  });

  it('keeps the kinds the editor changed, and forgets a change back to the importer’s', () => {
    let state = reduce(previewed(), { type: 'kind', position: 2, kind: 'standfirst' });
    expect(state.kinds).toEqual({ 2: 'standfirst' });
    expect(kindOf(state, 2)).toBe('standfirst');
    expect(kindOf(state, 1)).toBe('headline');
    state = reduce(state, { type: 'kind', position: 2, kind: 'byline' });
    expect(state.kinds).toEqual({});
  });

  it('drops the preview and its kinds when the article or its format changes', () => {
    const changed = reduce(previewed(), { type: 'kind', position: 2, kind: 'body' });
    for (const action of [{ type: 'content', content: 'Other' }, { type: 'format', format: 'html' }] as const) {
      expect(reduce(changed, action)).toMatchObject({ phase: 'editing', preview: null, kinds: {} });
    }
    expect(reduce(changed, { type: 'language', code: 'uk', checked: true }).preview).toBe(preview);
  });

  it('keeps the preview when a call fails, with the error', () => {
    const error = { reason: 'unknown_language', status: 400, message: 'No language xx.' };
    expect(reduce(previewed(), { type: 'create-failed', error })).toMatchObject({ phase: 'previewed', preview, error });
    expect(reduce(initialNewDocumentForm, { type: 'preview-failed', error })).toMatchObject({ phase: 'editing', preview: null, error });
  });

  it('checks and unchecks languages', () => {
    let state = reduce(initialNewDocumentForm, { type: 'language', code: 'de', checked: true });
    state = reduce(state, { type: 'language', code: 'uk', checked: true });
    state = reduce(state, { type: 'language', code: 'de', checked: true });
    expect(state.languages).toEqual(['de', 'uk']);
    expect(reduce(state, { type: 'language', code: 'de', checked: false }).languages).toEqual(['uk']);
  });

  it('asks the API for what the form holds: the deadline in UTC, only the kinds changed', () => {
    let state = reduce(previewed({ format: 'markdown' }), { type: 'kind', position: 2, kind: 'body' });
    state = reduce(state, { type: 'deadline', deadline: '2025-04-24T18:00' });
    expect(newDocumentRequest(state)).toEqual({
      format: 'markdown',
      content: 'Storm hits the coast\nBy Jane Doe',
      languages: ['de'],
      title: 'Storm hits the coast',
      deadline: new Date('2025-04-24T18:00').toISOString(),
      kinds: { 2: 'body' },
    });
    expect(newDocumentRequest(initialNewDocumentForm)).toEqual({ format: 'text', content: '', languages: [] });
  });
});
