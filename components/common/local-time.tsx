'use client';
// A timestamp in the reader's own time zone and interface language. The server does not know
// the zone, so it renders the UTC date and the browser, once it has the page, its own.
import { useHydrated } from '@/components/common/use-hydrated';
import { useT } from '@/components/i18n/use-t';
import { formatDateTime } from '@/lib/i18n/format';

export function LocalTime({ iso }: { iso: string }) {
  const { i18n } = useT();
  const text = useHydrated() ? formatDateTime(iso, i18n.language) : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
