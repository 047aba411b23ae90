// A stacked bar of paragraph statuses with the counts written out, so colour is never the only cue.
import { TRANSLATION_STATUSES, type TranslationStatus } from '@/lib/paragraph-status';
import { getT } from '@/lib/server/ui-language';

export async function StatusBar({ counts }: { counts: Record<TranslationStatus, number> }) {
  const t = await getT();
  const total = TRANSLATION_STATUSES.reduce((sum, status) => sum + counts[status], 0) || 1;
  const present = TRANSLATION_STATUSES.filter((status) => counts[status] > 0);
  return (
    <div className="status-bar-wrap">
      <div className="status-bar" aria-hidden="true">
        {present.map((status) => (
          <span key={status} className={`status-${status}`} style={{ width: `${(100 * counts[status]) / total}%` }} />
        ))}
      </div>
      <p className="status-bar-legend">{present.map((status) => t(`statusCount.${status}`, { count: counts[status] })).join(' · ')}</p>
    </div>
  );
}
