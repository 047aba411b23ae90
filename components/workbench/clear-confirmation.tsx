'use client';
// Saving an empty box clears the translation: asked first, since it is rarely meant.
import { useT } from '@/components/i18n/use-t';

export function ClearConfirmation({ question, onConfirm, onCancel }: { question: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useT();
  return (
    <div className="confirm" role="alertdialog" aria-label={t('clear.title')}>
      <p>{question}</p>
      <button type="button" className="button-danger" onClick={onConfirm}>
        {t('clear.confirm')}
      </button>
      <button type="button" className="button-quiet" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
