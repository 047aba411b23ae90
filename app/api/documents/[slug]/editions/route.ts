import { listEditionsOperation, publishEditionOperation } from '@/lib/api/reviews';
import { handle } from '@/lib/server/api-handler';
import { listEditions } from '@/lib/server/editions/list-editions';
import { publishEdition } from '@/lib/server/editions/publish-edition';
import { jsonResponse } from '@/lib/server/http';

export const GET = handle(listEditionsOperation, async ({ actor, params: { slug }, query: { lang } }) => jsonResponse(await listEditions({ slug, lang, actor })));

export const POST = handle(publishEditionOperation, async ({ actor, params: { slug }, query: { lang } }) =>
  jsonResponse(await publishEdition({ slug, lang, actor }), { status: 201 }),
);
