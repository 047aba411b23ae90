'use client';
// A paragraph's status as a word with a shape beside it (via CSS), never colour alone.
import { useT } from '@/components/i18n/use-t';
import type { TranslationStatus } from '@/lib/paragraph-status';

export function StatusBadge({ status }: { status: TranslationStatus }) {
  const { t } = useT();
  return <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>;
}
