// Personal API tokens: `Authorization: Bearer <token>` acts as the token's person, with their
// role as it is at the time of the call.
import { z } from 'zod';
import { Id, Timestamp } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

export const ApiToken = named(
  'ApiToken',
  z.object({
    id: z.string(),
    name: z.string(),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable().meta({ description: 'Updated at most once a minute; null if never used.' }),
  }),
);
export type ApiToken = z.infer<typeof ApiToken>;

export const CreatedApiToken = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: Timestamp,
  token: z.string().meta({ description: 'The token: shown this once (only its SHA-256 is stored). Send it as `Authorization: Bearer <token>`.' }),
});

export type CreatedApiToken = z.infer<typeof CreatedApiToken>;

const TokenId = z.object({ id: Id.meta({ description: 'The token (its id, not the secret).', examples: ['cm9x0tok000000001'] }) });

export const listApiTokensOperation = defineOperation({
  method: 'get',
  path: '/api/tokens',
  operationId: 'listApiTokens',
  summary: 'My API tokens',
  description: 'The caller’s own tokens (never the secrets). Admins may pass `?userId=` for another person’s.',
  tags: ['People and access'],
  query: z.object({ userId: Id.optional().meta({ description: 'Admins only: another person’s tokens.' }) }),
  responses: { 200: { description: 'The tokens, newest first.', schema: z.array(ApiToken) }, 403: { description: '`userId` of someone else, and not an admin.' } },
});

export const createApiTokenOperation = defineOperation({
  method: 'post',
  path: '/api/tokens',
  operationId: 'createApiToken',
  summary: 'Create an API token',
  description: 'Anyone signed in, for themselves. The token acts as its person with their role at the time of each call.',
  tags: ['People and access'],
  body: { json: z.strictObject({ name: z.string().max(100) }), maxBytes: 4 * 1024, example: { name: 'CMS export' } },
  responses: { 201: { description: 'The token, shown once.', schema: CreatedApiToken }, 409: { description: 'The person has 100 tokens already.' } },
});

export const revokeApiTokenOperation = defineOperation({
  method: 'delete',
  path: '/api/tokens/{id}',
  operationId: 'revokeApiToken',
  summary: 'Revoke an API token',
  description: 'Its person, or an admin. The token stops working at once.',
  tags: ['People and access'],
  params: TokenId,
  responses: {
    204: { description: 'Revoked.' },
    403: { description: 'Someone else’s token, and not an admin.' },
    404: { description: 'No such token (or revoked already).' },
  },
});

export const tokenOperations = [listApiTokensOperation, createApiTokenOperation, revokeApiTokenOperation];
