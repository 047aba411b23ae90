// An API operation described once: its method and path, its path parameters, query string and
// body as zod schemas, and its answers. Route handlers parse their input with these schemas
// (lib/server/api-handler.ts) and the OpenAPI document is generated from them (lib/api/openapi.ts),
// so what a route accepts and what the description says cannot drift apart.
import type { z } from 'zod';

export const API_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type ApiMethod = (typeof API_METHODS)[number];

export const API_TAGS = {
  Session: 'Signing in and out.',
  Documents: 'Documents, their paragraphs and one language of them.',
  Translations: 'Versions of a paragraph’s translation, and diffs.',
  Reviews: 'Editors approve or reject versions, update the English, publish editions.',
  Comments: 'Comment threads on a paragraph’s translation.',
  Interchange: 'XLIFF 2.0, i18next JSON, plain text and Markdown.',
  'Glossary and memory': 'Glossary terms, translation memory and quality checks.',
  Webhooks: 'Signed POSTs to a newsroom’s systems when documents, English updates, approvals and editions happen.',
  'People and access': 'People, their invitations and roles (admins), and personal API tokens.',
  API: 'This description.',
} as const;
export type ApiTag = keyof typeof API_TAGS;

/** Path parameters and query strings are objects of strings (or of schemas that read strings). */
export type ApiParams = z.ZodObject<Record<string, z.ZodType<unknown, string | undefined>>>;

/** A JSON body, or a file sent as the raw body (an XLIFF import), each with its size limit. */
export type ApiBody =
  | { json: z.ZodType; maxBytes: number; optional?: true; example?: unknown; description?: string }
  | { raw: string; maxBytes: number; description: string };

/** An answer: JSON of a schema, another media type, or nothing (204). */
export type ApiResponse = {
  description: string;
  schema?: z.ZodType;
  /** Media types other than JSON, each with a JSON Schema of its own (a file is `{ type: 'string' }`). */
  media?: Record<string, { schema: Record<string, unknown> }>;
  /** Response headers that carry meaning (the paging of a list), each with a JSON Schema. */
  headers?: Record<string, { description: string; schema: Record<string, unknown> }>;
};

export type ApiOperation = {
  method: ApiMethod;
  /** As in OpenAPI: `/api/documents/{slug}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: [ApiTag, ...ApiTag[]];
  /** Anyone may call it, signed in or not; otherwise a session (or token) is required: 401. */
  public?: true;
  params?: ApiParams;
  query?: ApiParams;
  body?: ApiBody;
  /**
   * The answers, by status. 400 (when there is input), 401 (unless public) and 413 (with a body)
   * are added by the generator; list the others with what they mean for this operation.
   */
  responses: Record<number, ApiResponse>;
};

/** Keeps the literal types of an operation, so that handlers get typed params, query and body. */
export function defineOperation<const Operation extends ApiOperation>(operation: Operation): Operation {
  return operation;
}

type Infer<Schema> = Schema extends z.ZodType ? z.output<Schema> : undefined;

/** What a handler receives from an operation's schemas. */
export type OperationInput<Operation extends ApiOperation> = {
  params: Infer<Operation['params']>;
  query: Infer<Operation['query']>;
  body: Operation['body'] extends { json: infer Schema } ? Infer<Schema> : Operation['body'] extends { raw: string } ? Uint8Array : undefined;
};
