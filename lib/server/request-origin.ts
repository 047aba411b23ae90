import 'server-only';
// The origin this request was made to, as the browser sees it: the public URL when Redline sits
// behind a proxy that says so (BETTER_AUTH_URL), otherwise the request's own host and scheme.
import { headers } from 'next/headers';
import { publicUrl } from './env';

export async function requestOrigin(): Promise<string> {
  const configured = publicUrl();
  if (configured) return new URL(configured).origin;
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost';
  const scheme = list.get('x-forwarded-proto')?.split(',')[0].trim() === 'https' ? 'https' : 'http';
  return `${scheme}://${host}`;
}
