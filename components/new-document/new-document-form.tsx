'use client';
// Pasting an article, previewing it (a dry run of POST /api/documents: each paragraph with its
// kind, which the editor can change, and what was left out and why), and creating the document,
// which opens its first language's workbench. The state and its transitions are in
// lib/new-document-form.ts. Article text is shown as text, never as HTML.
import { useRouter } from 'next/navigation';
import { useReducer, useId, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useT } from '@/components/i18n/use-t';
import type { CreatedDocumentJson } from '@/lib/api/documents';
import { failureText, UNREACHABLE, type ApiFailure } from '@/lib/clients/api-call';
import { sendNewDocument } from '@/lib/clients/documents';
import { formatNumber } from '@/lib/i18n/format';
import { isNewDocumentErrorReason } from '@/lib/new-document';
import {
  initialNewDocumentForm,
  kindOf,
  newDocumentFormReducer,
  newDocumentRequest,
  type FormError,
  type NewDocumentFormState,
} from '@/lib/new-document-form';
import { PARAGRAPH_KINDS, type ParagraphKind } from '@/lib/paragraph-kinds';

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
      <form onSubmit={preview} className="new-document-form stack">
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
      </form>
      {state.preview && <ArticlePreview state={state} preview={state.preview} onKind={(position, kind) => dispatch({ type: 'kind', position, kind })} language={i18n.language} />}
    </>
  );
}

function ArticlePreview({
  state,
  preview,
  onKind,
  language,
}: {
  state: NewDocumentFormState;
  preview: CreatedDocumentJson;
  onKind: (position: number, kind: ParagraphKind) => void;
  language: string;
}) {
  const { t } = useT();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="article-preview">
      <h2 id={headingId}>{t('newDocument.previewTitle')}</h2>
      <p>{t('newDocument.summary', { count: preview.paragraphs.length, slug: preview.slug })}</p>
      <ol className="preview-paragraphs">
        {preview.paragraphs.map((paragraph) => {
          const kind = kindOf(state, paragraph.position) ?? paragraph.kind;
          return (
            <li key={paragraph.position} className={`preview-paragraph kind-${kind}`}>
              <div className="paragraph-meta">
                <span className="paragraph-number">{formatNumber(paragraph.position, language)}</span>
                <select aria-label={t('newDocument.kindOf', { n: paragraph.position })} value={kind} onChange={(event) => onKind(paragraph.position, event.target.value as ParagraphKind)}>
                  {PARAGRAPH_KINDS.map((option) => (
                    <option key={option} value={option}>
                      {t(`kinds.${option}`)}
                    </option>
                  ))}
                </select>
                {kind !== paragraph.kind && <span className="muted small">{t('newDocument.changed')}</span>}
              </div>
              <p lang="en" className="preview-text">
                {paragraph.source.text}
              </p>
            </li>
          );
        })}
      </ol>
      {preview.dropped.length > 0 && (
        <>
          <h3>{t('newDocument.droppedTitle')}</h3>
          <p className="muted">{t('newDocument.droppedIntro')}</p>
          <ul className="dropped-parts">
            {preview.dropped.map((part, index) => (
              <li key={index}>
                <strong>{t(`newDocument.dropReasons.${part.reason}`)}</strong>
                {part.element && <code> {part.element}</code>}
                {part.line !== null && <span className="muted"> ({t('newDocument.droppedLine', { line: part.line })})</span>}
                {part.text && <span className="dropped-text">: {part.text}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function formError(failure: ApiFailure): FormError {
  const body: Record<string, unknown> = failure.body ?? {};
  return { reason: typeof body.reason === 'string' ? body.reason : null, status: failure.status, message: failure.message, params: body };
}

/** A refusal in the interface language: the reasons the API names have their own sentences. */
function errorText(t: TFunction, error: FormError, language: string): string {
  if (error.status === UNREACHABLE || error.status === 401) return failureText(t, error);
  if (isNewDocumentErrorReason(error.reason)) {
    const { languages, limit, count, position, slug } = error.params ?? {};
    const number = (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : value);
    return t(`newDocument.errors.${error.reason}`, {
      languages: Array.isArray(languages) ? languages.join(', ') : languages,
      limit: number(limit),
      count: number(count),
      position,
      slug,
    });
  }
  if (error.status === 403) return t('newDocument.errors.forbidden');
  if (error.status === 413) return t('newDocument.errors.tooLargeToSend');
  return error.message;
}
