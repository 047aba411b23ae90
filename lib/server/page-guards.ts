import 'server-only';
// What server views do with the session and with service errors: no session sends the reader to
// the sign-in page and back; an unknown document or language renders the 404 page.
import { notFound, redirect } from 'next/navigation';
import { isAppError } from '../app-error';
import type { Actor } from '../roles';
import { getActor } from './session';

export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}
