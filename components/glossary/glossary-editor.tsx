'use client';
// The glossary table with, for editors, adding, changing and removing terms through the API.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

type Term = { id: string; source: string; target: string; note: string | null; doNotTranslate: boolean };
type Language = { code: string; englishName: string; direction: 'ltr' | 'rtl' };

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

export function GlossaryEditor({ language, terms, canEdit }: { language: Language; terms: Term[]; canEdit: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  async function run(action: Promise<string | null>, onDone?: () => void) {
    const failure = await action;
    setError(failure);
    if (!failure) {
      onDone?.();
      router.refresh();
    }
  }

  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <table className="glossary-table">
        <caption className="visually-hidden">English to {language.englishName} glossary</caption>
        <thead>
          <tr>
            <th scope="col">English</th>
            <th scope="col">{language.englishName}</th>
            <th scope="col">Note</th>
            {canEdit && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {terms.map((term) =>
            editing === term.id ? (
              <tr key={term.id}>
                <td colSpan={canEdit ? 4 : 3}>
                  <TermForm
                    label={`Edit ${term.source}`}
                    language={language}
                    term={term}
                    submitLabel="Save term"
                    onSubmit={(form) => run(send(`/api/glossary/${term.id}`, 'PATCH', termFromForm(form)), () => setEditing(null))}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={term.id}>
                <th scope="row">{term.source}</th>
                <td lang={language.code} dir={language.direction}>
                  {term.doNotTranslate ? <em>do not translate</em> : term.target}
                </td>
                <td>{term.note}</td>
                {canEdit && (
                  <td className="editor-actions">
                    <button type="button" className="button-quiet button-small" onClick={() => setEditing(term.id)} aria-label={`Edit ${term.source}`}>
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button-quiet button-small"
                      aria-label={`Delete ${term.source}`}
                      onClick={() => window.confirm(`Delete "${term.source}" from the ${language.englishName} glossary?`) && run(send(`/api/glossary/${term.id}`, 'DELETE'))}
                    >
                      Delete
                    </button>
                  </td>
                )}
              </tr>
            ),
          )}
        </tbody>
      </table>
      {terms.length === 0 && <p className="muted">No terms yet for {language.englishName}.</p>}
      {canEdit && (
        <section aria-label="Add a term" className="card">
          <h2>Add a term</h2>
          <TermForm label="New term" language={language} submitLabel="Add term" onSubmit={(form) => run(send('/api/glossary', 'POST', { targetLang: language.code, ...termFromForm(form) }), () => form.reset())} />
        </section>
      )}
    </>
  );
}

function TermForm({
  label,
  language,
  term,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string;
  language: Language;
  term?: Term;
  submitLabel: string;
  onSubmit: (form: HTMLFormElement) => void;
  onCancel?: () => void;
}) {
  return (
    <form
      aria-label={label}
      className="term-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(event.currentTarget);
      }}
    >
      <label>
        English term
        <input name="source" defaultValue={term?.source} required maxLength={200} />
      </label>
      <label>
        {language.englishName} term
        <input name="target" defaultValue={term?.target} maxLength={200} lang={language.code} dir={language.direction} />
      </label>
      <label>
        Note
        <input name="note" defaultValue={term?.note ?? ''} maxLength={1000} />
      </label>
      <label className="checkbox">
        <input type="checkbox" name="doNotTranslate" defaultChecked={term?.doNotTranslate} /> Do not translate
      </label>
      <div className="editor-actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
