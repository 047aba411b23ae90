'use client';
// A timestamp in the reader's own time zone. The server does not know the zone, so it renders
// the UTC date and the browser replaces it.
import { useEffect, useState } from 'react';

const format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => `${iso.slice(0, 16).replace('T', ' ')} UTC`);
  useEffect(() => setText(format.format(new Date(iso))), [iso]);
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
