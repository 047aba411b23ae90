// Turns the zod-described operations (lib/api/operations.ts) into OpenAPI 3.1 paths and
// components with zod 4's JSON Schema generator. Named schemas (lib/api/registry.ts) become
// components; everything else is inlined. Answers are described as the server writes them
// (`io: 'output'`: objects list every field and allow no other), bodies and parameters as a
// client may send them (`io: 'input'`).
import { z } from 'zod';
import type { ApiOperation, ApiParams } from './operation';
import { nameOf, namedIds, namedRegistry } from './registry';

export type JsonSchema = { [key: string]: unknown };

export type OpenApiParameter = { name: string; in: 'path' | 'query'; required?: boolean; description: string; schema: JsonSchema; example?: string };
export type OpenApiMedia = { schema: JsonSchema; example?: unknown };
export type OpenApiResponse = {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, OpenApiMedia>;
};
export type OpenApiOperation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** `[]` for the operations anyone may call; otherwise the document's session cookie. */
  security?: Array<Record<string, string[]>>;
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; description?: string; content: Record<string, OpenApiMedia> };
  responses: Record<string, OpenApiResponse>;
};

const COMPONENTS = '#/components/schemas/';

/** The named schemas, as `components.schemas`. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(namedRegistry(), { target: 'draft-2020-12', io: 'output', unrepresentable: 'any', uri: (id) => `${COMPONENTS}${id}` });
  return Object.fromEntries(namedIds().map((id) => [id, withoutHeader(schemas[id] as JsonSchema)]));
}

/** One schema, with named parts referring to the components. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const id = nameOf(schema);
  if (id) return { $ref: `${COMPONENTS}${id}` };
  const converted = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  const { $defs, ...rest } = withoutHeader(converted as JsonSchema);
  const named = new Set(namedIds());
  for (const defined of Object.keys(($defs as JsonSchema | undefined) ?? {})) {
    if (!named.has(defined)) throw new Error(`An inline schema defines ${defined}, which is not a named API schema.`);
  }
  return pointToComponents(rest) as JsonSchema;
}

function withoutHeader(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function pointToComponents(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pointToComponents);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) =>
      key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/') ? [key, `${COMPONENTS}${inner.slice('#/$defs/'.length)}`] : [key, pointToComponents(inner)],
    ),
  );
}

function parametersOf(schema: ApiParams | undefined, where: 'path' | 'query'): OpenApiParameter[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, property]) => {
    const { description, examples, ...rest } = jsonSchemaOf(property as z.ZodType, 'input');
    const required = where === 'path' || !(property as z.ZodType).safeParse(undefined).success;
    const example = Array.isArray(examples) && examples.length ? String(examples[0]) : undefined;
    return {
      name,
      in: where,
      ...(required ? { required: true } : {}),
      description: typeof description === 'string' ? description : name,
      schema: rest,
      ...(example === undefined ? {} : { example }),
    };
  });
}

/** Every error answer is the Error component (the API's one error shape). */
const errorContent = (): Record<string, OpenApiMedia> => ({ 'application/json': { schema: { $ref: `${COMPONENTS}Error` } } });

/** The OpenAPI description of one operation. */
export function openApiOperation(operation: ApiOperation): OpenApiOperation {
  const responses: Record<string, OpenApiResponse> = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    const content: Record<string, OpenApiMedia> = { ...(response.media ?? {}) };
    if (response.schema) content['application/json'] = { schema: jsonSchemaOf(response.schema, 'output') };
    else if (Number(status) >= 400) Object.assign(content, errorContent());
    responses[status] = {
      description: response.description,
      ...(response.headers ? { headers: response.headers } : {}),
      ...(Object.keys(content).length ? { content } : {}),
    };
  }
  const hasInput = Boolean(operation.params || operation.query || operation.body);
  if (hasInput && !responses['400']) responses['400'] = { description: 'Invalid input: the message says which.', content: errorContent() };
  if (!operation.public && !responses['401']) responses['401'] = { description: 'Not signed in: no valid session cookie or token.', content: errorContent() };
  if (operation.body && !responses['413']) responses['413'] = { description: `The body is larger than ${operation.body.maxBytes} bytes.`, content: errorContent() };

  const parameters = [...parametersOf(operation.params, 'path'), ...parametersOf(operation.query, 'query')];
  const body = operation.body;
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: [...operation.tags],
    ...(operation.public ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(body
      ? {
          requestBody:
            'json' in body
              ? {
                  required: !body.optional,
                  ...(body.description ? { description: body.description } : {}),
                  content: { 'application/json': { schema: jsonSchemaOf(body.json, 'input'), ...(body.example === undefined ? {} : { example: body.example }) } },
                }
              : { required: true, description: body.description, content: { [body.raw]: { schema: { type: 'string' } } } },
        }
      : {}),
    responses: sortByStatus(responses),
  };
}

function sortByStatus(responses: Record<string, OpenApiResponse>): Record<string, OpenApiResponse> {
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
}

/** OpenAPI `paths` for a list of operations. */
export function openApiPaths(operations: readonly ApiOperation[]): Record<string, Record<string, OpenApiOperation>> {
  const paths: Record<string, Record<string, OpenApiOperation>> = {};
  for (const operation of operations) {
    const methods = (paths[operation.path] ??= {});
    if (methods[operation.method]) throw new Error(`${operation.method.toUpperCase()} ${operation.path} is described twice.`);
    methods[operation.method] = openApiOperation(operation);
  }
  return paths;
}
