// The REST API described in OpenAPI 3.1: every route under app/api. Served at /api/openapi.json
// and rendered at /api-docs; lib/openapi.test.ts checks that every route file is described, and
// tests/e2e/api/openapi.spec.ts that every described path answers as described.
//
// Every operation is described with zod schemas in lib/api/ (one module per resource), from
// which its path and schemas are generated (lib/api/openapi.ts). Written here by hand: only the
// document's frame (info, security schemes) and the sign-in routes, which better-auth serves.
import { componentSchemas, openApiPaths, type JsonSchema, type OpenApiMedia, type OpenApiOperation } from './api/openapi';
import { API_TAGS } from './api/operation';
import { API_OPERATIONS } from './api/operations';
import { openApiWebhooks } from './api/webhooks';

export type { JsonSchema, OpenApiMedia, OpenApiOperation, OpenApiParameter, OpenApiResponse } from './api/openapi';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  tags: Array<{ name: string; description: string }>;
  security: Array<Record<string, string[]>>;
  components: {
    securitySchemes: Record<
      string,
      { type: 'apiKey'; in: 'cookie'; name: string; description: string } | { type: 'http'; scheme: 'bearer'; description: string }
    >;
    schemas: Record<string, JsonSchema>;
  };
  paths: Record<string, Partial<Record<HttpMethod, OpenApiOperation>>>;
  /** What Redline POSTs to a newsroom's webhooks, per event (OpenAPI 3.1). */
  webhooks?: Record<string, { post: Record<string, unknown> }>;
};

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema, example?: unknown): Record<string, OpenApiMedia> => ({
  'application/json': example === undefined ? { schema } : { schema, example },
});
const ok = (description: string, schema: JsonSchema) => ({ description, content: json(schema) });

const handWritten: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Redline REST API',
    version: '1.0.0',
    description:
      'The API the Redline workbench itself uses, with the same rules: sign in with POST /api/auth/sign-in/email and send the session cookie it sets with every other call, or send `Authorization: Bearer <token>` with a personal API token (made at /settings/tokens or with POST /api/tokens), which acts as its person with their current role; a request with both counts as the token. Errors are JSON `{ "error": code, "message": text }` with 400 invalid input, 401 not signed in, 403 not allowed, 404 unknown, 409 conflict, 413 too large, 429 too many open event streams. Cross-site browser requests that change anything are refused (403); bearer calls are not browser requests and are not checked.',
  },
  tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
  // Either scheme: a list of alternatives (OpenAPI 3.1, Security Requirement Object).
  security: [{ session: [] }, { bearer: [] }],
  components: {
    securitySchemes: {
      session: {
        type: 'apiKey',
        in: 'cookie',
        name: 'better-auth.session_token',
        description: 'Set by POST /api/auth/sign-in/email (HttpOnly; `__Secure-` prefixed over HTTPS).',
      },
      bearer: {
        type: 'http',
        scheme: 'bearer',
        description:
          'A personal API token (`rl_` and 43 characters), made at /settings/tokens or with POST /api/tokens and shown once: `Authorization: Bearer rl_…`. It acts as its person with their role at the time of the call; revoked, unknown, malformed, or of a deactivated person: 401.',
      },
    },
    schemas: {
      AuthError: {
        type: 'object',
        properties: { code: { type: 'string', example: 'INVALID_EMAIL_OR_PASSWORD' }, message: { type: 'string' } },
      },
    },
  },
  paths: {
    '/api/auth/sign-in/email': {
      post: {
        operationId: 'signIn',
        summary: 'Sign in',
        description: 'Sets the session cookie that authenticates the other calls. Attempts are limited per address and minute.',
        tags: ['Session'],
        security: [],
        requestBody: {
          required: true,
          content: json(
            { type: 'object', required: ['email', 'password'], properties: { email: { type: 'string' }, password: { type: 'string' } } },
            { email: 'translator.de@example.com', password: 'redline-demo' },
          ),
        },
        responses: {
          '200': ok('Signed in; the session cookie is set.', { type: 'object', properties: { token: { type: 'string' }, user: { type: 'object' } } }),
          '400': { description: 'Not an email address.', content: json(ref('AuthError')) },
          '401': { description: 'Wrong email or password.', content: json(ref('AuthError')) },
          '429': { description: 'Too many attempts; wait a minute.' },
        },
      },
    },
    '/api/auth/sign-out': {
      post: {
        operationId: 'signOut',
        summary: 'Sign out',
        description: 'Ends the session and clears its cookie; without a session it only clears the cookie.',
        tags: ['Session'],
        security: [],
        requestBody: { required: true, description: 'An empty JSON object.', content: json({ type: 'object' }, {}) },
        responses: {
          '200': ok('Signed out.', { type: 'object', properties: { success: { type: 'boolean' } } }),
          '415': { description: 'The body is not JSON.' },
        },
      },
    },
    '/api/auth/get-session': {
      get: {
        operationId: 'getSession',
        summary: 'The current session',
        tags: ['Session'],
        security: [],
        responses: {
          '200': ok('The session and its user, or null when not signed in.', {
            oneOf: [{ type: 'null' }, { type: 'object', properties: { session: { type: 'object' }, user: { type: 'object' } } }],
          }),
        },
      },
    },
  },
};

function withGenerated(document: OpenApiDocument): OpenApiDocument {
  const paths = { ...document.paths };
  for (const [path, methods] of Object.entries(openApiPaths(API_OPERATIONS))) {
    for (const method of Object.keys(methods)) {
      if (paths[path]?.[method as HttpMethod]) throw new Error(`${method.toUpperCase()} ${path} is described by hand and in lib/api.`);
    }
    paths[path] = { ...paths[path], ...methods };
  }
  const sortedPaths = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)));
  return {
    ...document,
    components: { ...document.components, schemas: { ...document.components.schemas, ...componentSchemas() } },
    paths: sortedPaths,
    webhooks: openApiWebhooks(),
  };
}

export const openApiDocument: OpenApiDocument = withGenerated(handWritten);

/** `/api/documents/{slug}` for `app/api/documents/[slug]/route.ts`; null for a catch-all such as `[...all]`. */
export function routePathOf(routeFile: string): string | null {
  const segments = routeFile.replace(/^app\//, '').replace(/\/route\.tsx?$/, '').split('/');
  if (segments.some((segment) => segment.startsWith('[...'))) return null;
  return `/${segments.map((segment) => segment.replace(/^\[(.+)\]$/, '{$1}')).join('/')}`;
}
