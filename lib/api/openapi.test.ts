import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LanguageCode } from './common';
import { componentSchemas, jsonSchemaOf, openApiOperation } from './openapi';
import { defineOperation } from './operation';
import { named } from './registry';

const Thing = named('TestThing', z.object({ id: z.string(), note: z.string().nullable() }));

const operation = defineOperation({
  method: 'post',
  path: '/api/things/{id}',
  operationId: 'saveThing',
  summary: 'Save a thing',
  tags: ['API'],
  params: z.object({ id: z.string().max(64).meta({ description: 'The thing.', examples: ['t1'] }) }),
  query: z.object({ lang: LanguageCode, dryRun: z.enum(['1', '0']).optional() }),
  body: { json: z.strictObject({ text: z.string().max(10) }), maxBytes: 1024, example: { text: 'x' } },
  responses: { 201: { description: 'Saved.', schema: z.array(Thing) }, 409: { description: 'Someone was first.' } },
});

describe('OpenAPI generated from zod', () => {
  it('names shared shapes as components that allow no undocumented field', () => {
    expect(componentSchemas().TestThing).toEqual({
      type: 'object',
      properties: { id: { type: 'string' }, note: { type: ['string', 'null'] } },
      required: ['id', 'note'],
      additionalProperties: false,
    });
  });

  it('refers to a named shape wherever it is used', () => {
    expect(jsonSchemaOf(z.object({ things: z.array(Thing) }), 'output')).toMatchObject({
      properties: { things: { type: 'array', items: { $ref: '#/components/schemas/TestThing' } } },
    });
  });

  it('describes parameters, body and answers, adding 400, 401 and 413', () => {
    const described = openApiOperation(operation);
    expect(described.parameters).toEqual([
      { name: 'id', in: 'path', required: true, description: 'The thing.', schema: { type: 'string', maxLength: 64 }, example: 't1' },
      expect.objectContaining({ name: 'lang', in: 'query', required: true, example: 'de' }),
      { name: 'dryRun', in: 'query', description: 'dryRun', schema: { type: 'string', enum: ['0', '1'] } },
    ]);
    expect(described.requestBody).toEqual({
      required: true,
      content: {
        'application/json': {
          schema: { type: 'object', properties: { text: { type: 'string', maxLength: 10 } }, required: ['text'], additionalProperties: false },
          example: { text: 'x' },
        },
      },
    });
    expect(Object.keys(described.responses)).toEqual(['201', '400', '401', '409', '413']);
    expect(described.responses['409'].content?.['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    expect(described.security).toBeUndefined();
  });

  it('describes the headers an answer carries', () => {
    const described = openApiOperation({
      ...operation,
      responses: { 200: { description: 'A page.', schema: z.array(Thing), headers: { 'X-Total-Count': { description: 'All of them.', schema: { type: 'integer' } } } } },
    });
    expect(described.responses['200']).toEqual({
      description: 'A page.',
      headers: { 'X-Total-Count': { description: 'All of them.', schema: { type: 'integer' } } },
      content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/TestThing' } } } },
    });
  });

  it('marks public operations as needing no session, with no 401', () => {
    const described = openApiOperation({ ...operation, public: true, body: undefined, params: undefined, query: undefined });
    expect(described.security).toEqual([]);
    expect(Object.keys(described.responses)).toEqual(['201', '409']);
  });
});
