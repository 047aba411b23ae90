'use client';
// Unsaved text of this paragraph found in the browser's storage (a reload or a crash): restore
// it into the box, or discard it.
import { useT } from '@/components/i18n/use-t';
import { LocalTime } from '../common/local-time';
import type { LocalDraft } from './use-local-draft';

export function DraftOffer({ draft, position, onRestore, onDiscard }: { draft: LocalDraft; position: number; onRestore: () => void; onDiscard: () => void }) {
  const { t } = useT();
  return (
    <div className="draft-offer" role="group" aria-label={t('draft.label', { n: position })}>
      <p>
        {t('draft.offer')} <LocalTime iso={draft.savedAt} />
      </p>
      <button type="button" onClick={onRestore}>
        {t('draft.restore')}
      </button>
      <button type="button" className="button-quiet" onClick={onDiscard}>
        {t('draft.discard')}
      </button>
    </div>
  );
}
