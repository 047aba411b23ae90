// Saves and reviews per day over the last 30 days: an SVG bar chart that describes itself,
// with the same numbers as a table for screen readers and for reading exact values.
import type { DailyActivity } from '@/lib/server/activity/count-daily-activity';
import { getT } from '@/lib/server/ui-language';

const WIDTH = 600;
const HEIGHT = 120;

export async function ActivityChart({ days, title }: { days: DailyActivity[]; title: string }) {
  const t = await getT();
  const saves = days.reduce((sum, day) => sum + day.saves, 0);
  const reviews = days.reduce((sum, day) => sum + day.reviews, 0);
  const max = Math.max(1, ...days.map((day) => day.saves + day.reviews));
  const total = days.reduce((sum, day) => sum + day.saves + day.reviews, 0);
  const bar = WIDTH / days.length;
  const id = `activity-${title.replace(/\W+/g, '-').slice(0, 40)}`;
  return (
    <figure className="activity-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="none">
        <title id={`${id}-title`}>{t('chart.title', { count: days.length })}</title>
        <desc id={`${id}-desc`}>{total === 0 ? t('chart.none') : t('chart.summary', { saves, reviews })}</desc>
        <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} className="axis" />
        {days.map((day, index) => {
          const savesHeight = (HEIGHT * day.saves) / max;
          const reviewsHeight = (HEIGHT * day.reviews) / max;
          return (
            <g key={day.day}>
              <rect x={index * bar + 1} width={bar - 2} y={HEIGHT - savesHeight} height={savesHeight} className="bar-saves" />
              <rect x={index * bar + 1} width={bar - 2} y={HEIGHT - savesHeight - reviewsHeight} height={reviewsHeight} className="bar-reviews" />
            </g>
          );
        })}
        <text x="0" y={HEIGHT + 14} className="chart-label">
          {days[0]?.day}
        </text>
        <text x={WIDTH} y={HEIGHT + 14} textAnchor="end" className="chart-label">
          {days.at(-1)?.day}
        </text>
      </svg>
      <figcaption className="muted small">
        {t('chart.caption')} {total === 0 && t('chart.nothing')}
      </figcaption>
      <details>
        <summary>{t('chart.asTable')}</summary>
        <table className="glossary-table">
          <thead>
            <tr>
              <th scope="col">{t('chart.day')}</th>
              <th scope="col">{t('chart.saves')}</th>
              <th scope="col">{t('chart.reviews')}</th>
            </tr>
          </thead>
          <tbody>
            {days
              .filter((day) => day.saves + day.reviews > 0)
              .map((day) => (
                <tr key={day.day}>
                  <th scope="row">{day.day}</th>
                  <td>{day.saves}</td>
                  <td>{day.reviews}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
