'use client';
// The glossary table with, for editors, adding, changing and removing terms through the API.
import { useRouter } from 'next/navigation';
import { useReducer } from 'react';
import { useT } from '@/components/i18n/use-t';
import { languageName } from '@/lib/i18n/format';
import { glossaryEditorReducer, initialGlossaryEditor, type GlossaryEditorAction, type GlossaryLanguage, type GlossaryTerm } from './glossary-editor-state';
import { TermForm } from './term-form';

async function send(url: string, method: string, body?: unknown): Promise<string | null> {
  const response = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.ok) return null;
  const json = await response.json().catch(() => null);
  return json?.message ?? `HTTP ${response.status}`;
}

function termFromForm(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    source: String(data.get('source') ?? ''),
    target: String(data.get('target') ?? ''),
    note: String(data.get('note') ?? '') || null,
    doNotTranslate: data.get('doNotTranslate') === 'on',
  };
}

export function GlossaryEditor({ language, terms, canEdit }: { language: GlossaryLanguage; terms: GlossaryTerm[]; canEdit: boolean }) {
  const router = useRouter();
  const { t, i18n } = useT();
  const sourceName = languageName('en', i18n.language);
  const targetName = languageName(language.code, i18n.language);
  const [{ error, editing }, dispatch] = useReducer(glossaryEditorReducer, initialGlossaryEditor);

  async function run(action: Promise<string | null>, done: GlossaryEditorAction, onDone?: () => void) {
    const failure = await action;
    if (failure) return dispatch({ type: 'failed', message: failure });
    dispatch(done);
    onDone?.();
    router.refresh();
  }

  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <table className="glossary-table">
        <caption className="visually-hidden">{t('glossary.caption', { source: sourceName, target: targetName })}</caption>
        <thead>
          <tr>
            <th scope="col">{sourceName}</th>
            <th scope="col">{targetName}</th>
            <th scope="col">{t('glossary.note')}</th>
            {canEdit && <th scope="col">{t('glossary.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {terms.map((term) =>
            editing === term.id ? (
              <tr key={term.id}>
                <td colSpan={canEdit ? 4 : 3}>
                  <TermForm
                    label={t('glossary.editTerm', { term: term.source })}
                    language={language}
                    term={term}
                    submitLabel={t('glossary.saveTerm')}
                    onSubmit={(form) => run(send(`/api/glossary/${term.id}`, 'PATCH', termFromForm(form)), { type: 'saved' })}
                    onCancel={() => dispatch({ type: 'cancelled' })}
                  />
                </td>
              </tr>
            ) : (
              <tr key={term.id}>
                <th scope="row" lang="en" dir="ltr">
                  {term.source}
                </th>
                <td lang={language.code} dir={language.direction}>
                  {term.doNotTranslate ? <em>{t('glossary.keep')}</em> : term.target}
                </td>
                <td>{term.note}</td>
                {canEdit && (
                  <td className="editor-actions">
                    <button type="button" className="button-quiet button-small" onClick={() => dispatch({ type: 'editing', termId: term.id })} aria-label={t('glossary.editTerm', { term: term.source })}>
                      {t('glossary.edit')}
                    </button>
                    <button
                      type="button"
                      className="button-quiet button-small"
                      aria-label={t('glossary.deleteTerm', { term: term.source })}
                      onClick={() =>
                        window.confirm(t('glossary.deleteQuestion', { term: term.source, language: targetName })) && run(send(`/api/glossary/${term.id}`, 'DELETE'), { type: 'deleted' })
                      }
                    >
                      {t('glossary.delete')}
                    </button>
                  </td>
                )}
              </tr>
            ),
          )}
        </tbody>
      </table>
      {terms.length === 0 && <p className="muted">{t('glossary.none', { language: targetName })}</p>}
      {canEdit && (
        <section aria-label={t('glossary.addSection')} className="card">
          <h2>{t('glossary.addSection')}</h2>
          <TermForm label={t('glossary.newTerm')} language={language} submitLabel={t('glossary.addTerm')} onSubmit={(form) => run(send('/api/glossary', 'POST', { targetLang: language.code, ...termFromForm(form) }), { type: 'added' }, () => form.reset())} />
        </section>
      )}
    </>
  );
}
