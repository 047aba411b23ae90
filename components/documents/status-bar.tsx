// A stacked bar of paragraph statuses with the counts written out, so colour is never the only cue.
import { TRANSLATION_STATUSES, type TranslationStatus } from '@/lib/paragraph-status';
import { getT } from '@/lib/server/ui-language';

export async function StatusBar({ counts }: { counts: Record<TranslationStatus, number> }) {
  const t = await getT();
  const total = TRANSLATION_STATUSES.reduce((sum, status) => sum + counts[status], 0) || 1;
  const present = TRANSLATION_STATUSES.filter((status) => counts[status] > 0);
  return (
    <div className="status-bar-wrap">
      {/* Drawn in SVG: its widths are attributes, where a style attribute would break the page's
          Content-Security-Policy (lib/security-headers.ts). */}
      <svg className="status-bar" aria-hidden="true" viewBox={`0 0 ${total} 1`} preserveAspectRatio="none">
        {present.map((status, index) => {
          const before = present.slice(0, index).reduce((sum, earlier) => sum + counts[earlier], 0);
          return <rect key={status} className={`status-${status}`} x={before} y={0} width={counts[status]} height={1} />;
        })}
      </svg>
      <p className="status-bar-legend">{present.map((status) => t(`statusCount.${status}`, { count: counts[status] })).join(' · ')}</p>
    </div>
  );
}
