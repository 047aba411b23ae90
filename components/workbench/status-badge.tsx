'use client';
// A paragraph's status as a word with a shape beside it (via CSS), never colour alone.
import { useTranslation } from 'react-i18next';
import type { TranslationStatus } from '@/lib/paragraph-status';

export function StatusBadge({ status }: { status: TranslationStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>;
}
