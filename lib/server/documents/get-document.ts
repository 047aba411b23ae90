import 'server-only';
// A document's title and languages, for pages that name them without loading any paragraphs.
// Anyone signed in may read it; an unknown slug is a 404.
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findDocument } from './find-document-language';

// The actor parameter keeps the call sites honest about who reads.
export async function getDocument({ slug }: { slug: string; actor: Actor }) {
  const { id: _id, ...document } = await findDocument(getDb(), slug);
  return document;
}

export type DocumentInfo = Awaited<ReturnType<typeof getDocument>>;
