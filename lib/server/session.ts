import 'server-only';
// Who is asking: the signed-in person behind the request's session cookie, as an Actor.
import { cache } from 'react';
import { headers } from 'next/headers';
import { AppError } from '../app-error';
import { isRole, type Actor } from '../roles';
import { getAuth } from './auth';
import { getDb } from './db';

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  return loadActor(session.user.id);
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    throw new AppError('not_signed_in', { message: 'Sign in first.' });
  }
  return actor;
}

export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, languages: { select: { languageCode: true } } },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: isRole(user.role) ? user.role : 'reader',
    languages: user.languages.map((language) => language.languageCode),
  };
}
