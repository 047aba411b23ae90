import 'server-only';
// A route handler for an operation of lib/api: signs the caller in (unless the operation is
// public), parses path parameters, query string and body with the operation's schemas, and hands
// them typed to the handler. Errors become the API's JSON errors (apiRoute). The same schemas
// generate the OpenAPI description, so a route accepts exactly what is documented.
import type { z } from 'zod';
import type { ApiOperation, ApiParams, OperationInput } from '../api/operation';
import { AppError } from '../app-error';
import type { Actor } from '../roles';
import { apiRoute, readJson, readOptionalJson, readRawBody } from './http';
import { getActor, requireActor } from './session';

type Context = { params: Promise<Record<string, string | string[]>> };

export type HandlerInput<Operation extends ApiOperation> = OperationInput<Operation> & {
  request: Request;
  actor: Operation['public'] extends true ? Actor | null : Actor;
};

export function handle<const Operation extends ApiOperation>(
  operation: Operation,
  handler: (input: HandlerInput<Operation>) => Promise<Response>,
) {
  return apiRoute(async (request: Request, context: Context) => {
    if (request.method.toLowerCase() !== operation.method && !(request.method === 'HEAD' && operation.method === 'get')) {
      throw new Error(`${request.method} ${operation.path} is handled by the description of ${operation.method.toUpperCase()}.`);
    }
    const actor = operation.public ? await getActor() : await requireActor();
    const params = operation.params ? parseParams(operation.params, await context.params, 'path') : undefined;
    const query = operation.query ? parseParams(operation.query, Object.fromEntries(new URL(request.url).searchParams), 'query') : undefined;
    const body = operation.body ? await readBody(request, operation.body) : undefined;
    return handler({ request, actor, params, query, body } as HandlerInput<Operation>);
  });
}

function parseParams(schema: ApiParams, values: Record<string, unknown>, where: 'path' | 'query') {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue.path[0] ?? '');
  if (where === 'path') throw new AppError('invalid_input', { message: `{${name}} in the path: ${issue.message}` });
  const given = values[name];
  const description = (schema.shape[name] as z.ZodType | undefined)?.meta()?.description;
  const message =
    given === undefined ? `Add ?${name}=${description ? ` (${description.replace(/\.$/, '')})` : ''}.` : `?${name}=${JSON.stringify(given).slice(0, 60)}: ${issue.message}`;
  throw new AppError('invalid_input', { message });
}

async function readBody(request: Request, body: NonNullable<ApiOperation['body']>) {
  if ('raw' in body) return readRawBody(request, body.maxBytes);
  return body.optional ? readOptionalJson<unknown>(request, body.json, undefined, body.maxBytes) : readJson(request, body.json, body.maxBytes);
}
