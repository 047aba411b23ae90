// Saves and reviews per day over the last 30 days: an SVG bar chart that describes itself,
// with the same numbers as a table for screen readers and for reading exact values.
import type { DailyActivity } from '@/lib/server/activity/count-daily-activity';

const WIDTH = 600;
const HEIGHT = 120;

export function ActivityChart({ days, title }: { days: DailyActivity[]; title: string }) {
  const max = Math.max(1, ...days.map((day) => day.saves + day.reviews));
  const total = days.reduce((sum, day) => sum + day.saves + day.reviews, 0);
  const bar = WIDTH / days.length;
  const id = `activity-${title.replace(/\W+/g, '-').slice(0, 40)}`;
  return (
    <figure className="activity-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="none">
        <title id={`${id}-title`}>Activity in the last {days.length} days</title>
        <desc id={`${id}-desc`}>
          {total === 0 ? 'No saves or reviews.' : `${days.reduce((s, d) => s + d.saves, 0)} saves and ${days.reduce((s, d) => s + d.reviews, 0)} reviews; the table below lists them by day.`}
        </desc>
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
        Saves (lower bar of each day) and reviews (upper bar) per day. {total === 0 && 'Nothing happened in this period.'}
      </figcaption>
      <details>
        <summary>Activity as a table</summary>
        <table className="glossary-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Saves</th>
              <th scope="col">Reviews</th>
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
