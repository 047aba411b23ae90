'use client';
// The form for one glossary term: a new one, or an existing one being changed.
import { ScriptedForm } from '@/components/common/scripted-form';
import { useT } from '@/components/i18n/use-t';
import { languageName } from '@/lib/i18n/format';
import type { GlossaryLanguage, GlossaryTerm } from './glossary-editor-state';

export function TermForm({
  label,
  language,
  term,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string;
  language: GlossaryLanguage;
  term?: GlossaryTerm;
  submitLabel: string;
  onSubmit: (form: HTMLFormElement) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useT();
  return (
    <ScriptedForm
      aria-label={label}
      className="term-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(event.currentTarget);
      }}
    >
      <label>
        {t('glossary.term', { language: languageName('en', i18n.language) })}
        <input name="source" defaultValue={term?.source} required maxLength={200} />
      </label>
      <label>
        {t('glossary.term', { language: languageName(language.code, i18n.language) })}
        <input name="target" defaultValue={term?.target} maxLength={200} lang={language.code} dir={language.direction} />
      </label>
      <label>
        {t('glossary.note')}
        <input name="note" defaultValue={term?.note ?? ''} maxLength={1000} />
      </label>
      <label className="checkbox">
        <input type="checkbox" name="doNotTranslate" defaultChecked={term?.doNotTranslate} /> {t('glossary.doNotTranslate')}
      </label>
      <div className="editor-actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </ScriptedForm>
  );
}
