'use client';
// A timestamp in the reader's own time zone and interface language. The server does not know
// the zone, so it renders the UTC date and the browser replaces it.
import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import { formatDateTime } from '@/lib/i18n/format';

export function LocalTime({ iso }: { iso: string }) {
  const { i18n } = useT();
  const [text, setText] = useState(() => `${iso.slice(0, 16).replace('T', ' ')} UTC`);
  useEffect(() => setText(formatDateTime(iso, i18n.language)), [iso, i18n.language]);
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
