'use client';
// Pasting an article, previewing it (a dry run of POST /api/documents: each paragraph with its
// kind, which the editor can change, and what was left out and why), and creating the document,
// which opens its first language's workbench. The state and its transitions are in
// lib/new-document-form.ts. Article text is shown as text, never as HTML.
import { useRouter } from 'next/navigation';
import { useReducer, useId, type FormEvent } from 'react';
import { ScriptedForm } from '@/components/common/scripted-form';
import { useT } from '@/components/i18n/use-t';
import { sendNewDocument } from '@/lib/clients/documents';
import { initialNewDocumentForm, newDocumentFormReducer, newDocumentRequest, type FormError } from '@/lib/new-document-form';
import { ArticlePreview } from './article-preview';
import { errorText, formError } from './new-document-error';

type Language = { code: string; label: string; nativeName: string };

const FORMATS = ['text', 'markdown', 'html'] as const;

export function NewDocumentForm({ languages }: { languages: Language[] }) {
  const { t, i18n } = useT();
  const router = useRouter();
  const id = useId();
  const [state, dispatch] = useReducer(newDocumentFormReducer, initialNewDocumentForm);
  const busy = state.phase === 'previewing' || state.phase === 'creating' || state.phase === 'created';

  /** What the form can tell without asking the server, in the interface language. */
  function invalid(): FormError | null {
    if (!state.content.trim()) return { reason: 'empty_article', status: 400, message: '' };
    if (!state.languages.length) return { reason: 'no_languages', status: 400, message: '' };
    return null;
  }

  async function preview(event: FormEvent) {
    event.preventDefault();
    const error = invalid();
    if (error) return dispatch({ type: 'invalid', error });
    dispatch({ type: 'preview-started' });
    const outcome = await sendNewDocument(newDocumentRequest(state), { dryRun: true });
    if (outcome.ok) dispatch({ type: 'preview-succeeded', preview: outcome.value });
    else dispatch({ type: 'preview-failed', error: formError(outcome) });
  }

  async function create() {
    const error = invalid();
    if (error) return dispatch({ type: 'invalid', error });
    dispatch({ type: 'create-started' });
    const outcome = await sendNewDocument(newDocumentRequest(state), { dryRun: false });
    if (!outcome.ok) return dispatch({ type: 'create-failed', error: formError(outcome) });
    dispatch({ type: 'create-succeeded' });
    const first = languages.find((language) => outcome.value.languages.includes(language.code)) ?? { code: outcome.value.languages[0] };
    router.push(`/documents/${encodeURIComponent(outcome.value.slug)}/${encodeURIComponent(first.code)}`);
  }

  return (
    <>
      <ScriptedForm onSubmit={preview} className="new-document-form stack">
        <label>
          {t('newDocument.format')}
          <select value={state.format} onChange={(event) => dispatch({ type: 'format', format: event.target.value as (typeof FORMATS)[number] })}>
            {FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`newDocument.formats.${format}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('newDocument.articleText')}
          <textarea
            value={state.content}
            onChange={(event) => dispatch({ type: 'content', content: event.target.value })}
            rows={14}
            spellCheck={false}
            className="article-text"
          />
        </label>
        <label>
          {t('newDocument.titleLabel')}
          <input type="text" value={state.title} maxLength={500} onChange={(event) => dispatch({ type: 'title', title: event.target.value })} aria-describedby={`${id}-title-hint`} />
        </label>
        <p id={`${id}-title-hint`} className="muted small hint">
          {t('newDocument.titleHint')}
        </p>
        <fieldset className="language-choice">
          <legend>{t('newDocument.languages')}</legend>
          {languages.map((language) => (
            <label key={language.code} className="checkbox">
              <input
                type="checkbox"
                checked={state.languages.includes(language.code)}
                onChange={(event) => dispatch({ type: 'language', code: language.code, checked: event.target.checked })}
              />
              {language.label}{' '}
              <span className="muted" lang={language.code}>
                ({language.nativeName})
              </span>
            </label>
          ))}
        </fieldset>
        <label>
          {t('newDocument.deadline')}
          <input type="datetime-local" value={state.deadline} onChange={(event) => dispatch({ type: 'deadline', deadline: event.target.value })} />
        </label>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('newDocument.preview')}
          </button>
          {state.preview && (
            <button type="button" onClick={create} disabled={busy}>
              {t('newDocument.create')}
            </button>
          )}
        </div>
        {state.error && (
          <p role="alert" className="error">
            {errorText(t, state.error, i18n.language)}
          </p>
        )}
        <p role="status" className="muted">
          {state.phase === 'previewing' ? t('newDocument.previewing') : state.phase === 'creating' || state.phase === 'created' ? t('newDocument.creating') : ''}
        </p>
      </ScriptedForm>
      {state.preview && <ArticlePreview state={state} preview={state.preview} onKind={(position, kind) => dispatch({ type: 'kind', position, kind })} language={i18n.language} />}
    </>
  );
}
