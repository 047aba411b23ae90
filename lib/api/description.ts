// The API's description of itself: the OpenAPI document, public like any API documentation.
import { z } from 'zod';
import { defineOperation } from './operation';

export const getOpenApiOperation = defineOperation({
  method: 'get',
  path: '/api/openapi.json',
  operationId: 'getOpenApi',
  summary: 'This description',
  description: 'OpenAPI 3.1; rendered as a page at /api-docs.',
  tags: ['API'],
  public: true,
  responses: {
    200: {
      description: 'The OpenAPI document.',
      // Its shape is OpenAPI's, not Redline's: only the frame is described.
      schema: z.looseObject({ openapi: z.literal('3.1.0'), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }),
    },
  },
});

export const descriptionOperations = [getOpenApiOperation];
