import { getMachineTranslationOperation } from '@/lib/api/machine';
import { handle } from '@/lib/server/api-handler';
import { jsonResponse } from '@/lib/server/http';
import { getMachineTranslation } from '@/lib/server/machine/get-machine-translation';

export const GET = handle(getMachineTranslationOperation, async ({ actor, params: { id, lang } }) =>
  jsonResponse(await getMachineTranslation({ paragraphId: id, lang, actor })),
);
