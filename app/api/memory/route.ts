import { searchMemoryOperation } from '@/lib/api/memory';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { searchMemory } from '@/lib/server/memory/search-memory';

export const GET = handle(searchMemoryOperation, async ({ actor, query: { lang, q } }) => jsonResponse(await searchMemory({ lang, query: q, actor })));
