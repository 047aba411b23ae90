// A paragraph's status as a word with a shape beside it (via CSS), never colour alone.
import { STATUS_LABELS, type TranslationStatus } from '@/lib/paragraph-status';

export function StatusBadge({ status }: { status: TranslationStatus }) {
  return <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
