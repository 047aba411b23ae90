// The REST API described in OpenAPI 3.1: every route under app/api. Served at /api/openapi.json
// and rendered at /api-docs; lib/openapi.test.ts checks that every route file is described, and
// tests/e2e/api/openapi.spec.ts that every described path answers as described.
//
// Operations are moving to zod-described definitions in lib/api/ (one module per resource),
// from which their paths and schemas are generated (lib/api/openapi.ts); the rest are still
// written out here by hand and are merged with the generated ones below.
import { componentSchemas, openApiPaths } from './api/openapi';
import { API_TAGS } from './api/operation';
import { API_OPERATIONS } from './api/operations';
import { openApiWebhooks } from './api/webhooks';
import { QA_MESSAGES, type QaParamKind } from './qa/messages';
import { QA_CHECKS } from './qa/types';

export type JsonSchema = { [key: string]: unknown };

export type OpenApiParameter = {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  description: string;
  schema: JsonSchema;
  example?: string;
};

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
  /** `[]` for the operations anyone may call; otherwise the document's: a session cookie or a token. */
  security?: Array<Record<string, string[]>>;
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; description?: string; content: Record<string, OpenApiMedia> };
  responses: Record<string, OpenApiResponse>;
};

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
const ok = (description: string, schema: JsonSchema): OpenApiResponse => ({ description, content: json(schema) });
const error = (description: string): OpenApiResponse => ({ description, content: json(ref('Error')) });

const PARAM_SCHEMAS: Record<QaParamKind, JsonSchema> = {
  text: { type: 'string', description: 'As the text writes it.' },
  number: { type: 'integer' },
  language: { type: 'string', description: 'A language code.' },
  languages: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Language codes.' },
  weekday: { type: 'integer', minimum: 1, maximum: 7, description: 'ISO weekday: 1 Monday … 7 Sunday.' },
  month: { type: 'integer', minimum: 1, maximum: 12 },
};

/** A quality-check issue: one variant per message code, with that code's parameters. */
const qaIssueSchema: JsonSchema = {
  type: 'object',
  description:
    'A quality-check finding. `code` is stable and `params` are language-neutral (language codes, ISO weekday and month numbers, words and numbers as the texts write them): the interface words them in its own language (locales/*.json, `qaIssue.<code>`). `message` is the same sentence in English.',
  required: ['check', 'severity', 'code', 'params', 'message'],
  properties: {
    check: { type: 'string', enum: Object.keys(QA_CHECKS) },
    severity: { type: 'string', enum: ['error', 'warning'], description: 'Errors block approval unless an editor gives an override reason.' },
    code: { type: 'string', enum: Object.keys(QA_MESSAGES) },
    params: { type: 'object' },
    message: { type: 'string', description: 'In English.' },
  },
  oneOf: Object.entries(QA_MESSAGES).map(([code, params]) => ({
    properties: {
      code: { const: code },
      params: {
        type: 'object',
        required: Object.keys(params),
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(params as Record<string, QaParamKind>).map(([name, kind]) => [name, PARAM_SCHEMAS[kind]])),
      },
    },
  })),
  example: {
    check: 'numbers',
    severity: 'error',
    code: 'numbers.replaced',
    params: { source: '215', target: '251' },
    message: 'The source has 215; the translation has 251 instead.',
  },
};

const notSignedIn = error('Not signed in: no valid session cookie or token.');
const notFound = (what: string) => error(`${what} does not exist.`);
const invalid = (what: string) => error(`Invalid input: ${what}.`);

const slug: OpenApiParameter = {
  name: 'slug',
  in: 'path',
  required: true,
  description: 'The document, by its slug.',
  schema: { type: 'string' },
  example: 'welt-trump-putin',
};
const langQuery: OpenApiParameter = {
  name: 'lang',
  in: 'query',
  required: true,
  description: 'A target language of the document (BCP 47 code).',
  schema: { type: 'string' },
  example: 'de',
};
const langPath: OpenApiParameter = { ...langQuery, in: 'path' };
const paragraphId: OpenApiParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The paragraph id (as in GET /api/documents/{slug}).',
  schema: { type: 'string' },
  example: 'cm9x0paragraph0001',
};
const versionId: OpenApiParameter = {
  name: 'versionId',
  in: 'path',
  required: true,
  description: 'A translation version id.',
  schema: { type: 'string' },
  example: 'cm9x0version000001',
};

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
      Error: {
        type: 'object',
        required: ['error', 'message'],
        properties: {
          error: { type: 'string', enum: ['invalid_input', 'not_signed_in', 'forbidden', 'not_found', 'conflict', 'too_large', 'too_many_requests', 'internal'] },
          message: { type: 'string', description: 'Safe to show a person. On a 5xx only a generic sentence with the request id.' },
          requestId: { type: 'string', description: 'On a 5xx: names the failure in the server log; quote it when reporting the problem.' },
          line: { type: 'integer', description: 'For a bad XLIFF file: the line of the problem, where known.' },
          column: { type: 'integer' },
          current: { $ref: '#/components/schemas/TranslationVersion', description: 'On a 409 for a save: the version that is now current.' },
          checks: { type: 'array', items: { $ref: '#/components/schemas/QaIssue' }, description: 'On a 409 for an approval: the quality-check errors that block it.' },
        },
      },
      QaIssue: qaIssueSchema,
      AuthError: {
        type: 'object',
        properties: { code: { type: 'string', example: 'INVALID_EMAIL_OR_PASSWORD' }, message: { type: 'string' } },
      },
      TranslationVersion: {
        type: 'object',
        properties: {
          versionId: { type: 'string' },
          number: { type: 'integer' },
          text: { type: 'string' },
          author: { type: 'object', properties: { name: { type: 'string' }, email: { type: 'string' } } },
          createdAt: { type: 'string', format: 'date-time' },
          baseVersionId: { type: ['string', 'null'] },
          sourceVersionId: { type: 'string' },
          revertOfVersionId: {
            type: ['string', 'null'],
            description: 'When the version is a revert: the older version of the same paragraph and language whose text it restores.',
          },
          checks: { type: 'array', description: 'On a save: the quality checks of the saved text.', items: { $ref: '#/components/schemas/QaIssue' } },
          carriedApproval: {
            type: 'object',
            description:
              'On a save whose text is exactly the text approved for the current English: the new version is approved by that earlier review (no new decision is needed). Absent otherwise.',
            properties: { versionId: { type: 'string' }, versionNumber: { type: 'integer' }, reviewer: { type: 'string' } },
          },
        },
      },
      VersionWithReview: {
        allOf: [
          { $ref: '#/components/schemas/TranslationVersion' },
          {
            type: 'object',
            properties: {
              review: {
                oneOf: [
                  { type: 'null' },
                  {
                    type: 'object',
                    properties: {
                      decision: { type: 'string', enum: ['approved', 'rejected'] },
                      comment: { type: ['string', 'null'] },
                      reviewer: { type: 'string' },
                      createdAt: { type: 'string', format: 'date-time' },
                      sourceVersionId: { type: 'string' },
                      carriedFrom: {
                        description:
                          'Not a new decision: this version has exactly the text of an earlier version approved for the same English, and that approval (by `reviewer`) holds for it. Null for an editor’s own decision.',
                        oneOf: [
                          { type: 'null' },
                          {
                            type: 'object',
                            properties: { versionId: { type: 'string' }, versionNumber: { type: 'integer' }, approvedAt: { type: 'string', format: 'date-time' } },
                          },
                        ],
                      },
                    },
                  },
                ],
              },
            },
          },
        ],
      },
      Review: {
        type: 'object',
        properties: {
          reviewId: { type: 'string' },
          versionId: { type: 'string' },
          sourceVersionId: { type: 'string' },
          decision: { type: 'string', enum: ['approved', 'rejected'] },
          comment: { type: ['string', 'null'] },
          reviewer: { type: 'string' },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
      SourceVersion: {
        type: 'object',
        properties: {
          versionId: { type: 'string' },
          number: { type: 'integer' },
          text: { type: 'string' },
          author: { type: ['string', 'null'] },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
      Diff: {
        type: 'object',
        properties: {
          granularity: { type: 'string', enum: ['word', 'sentence', 'whole'] },
          changes: { type: 'array', items: { $ref: '#/components/schemas/DiffPart' } },
        },
      },
      DiffPart: {
        type: 'object',
        required: ['value'],
        properties: { value: { type: 'string' }, added: { const: true }, removed: { const: true } },
      },
      CommentThread: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          text: { type: 'string' },
          author: { type: 'object', properties: { name: { type: 'string' } } },
          createdAt: { type: 'string', format: 'date-time' },
          resolvedAt: { type: ['string', 'null'], format: 'date-time' },
          resolvedBy: { type: ['string', 'null'] },
          replies: { type: 'array', items: { $ref: '#/components/schemas/Comment' } },
        },
      },
      Comment: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          threadId: { type: ['string', 'null'] },
          text: { type: 'string' },
          author: { type: 'object', properties: { name: { type: 'string' } } },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
      EditionSummary: {
        type: 'object',
        properties: {
          number: { type: 'integer' },
          createdAt: { type: 'string', format: 'date-time' },
          publishedBy: { type: 'string' },
          paragraphCount: { type: 'integer' },
        },
      },
      ImportReport: {
        type: 'object',
        description: 'What an XLIFF import did (or, on a dry run, would do), unit by unit, in reading order.',
        properties: {
          slug: { type: 'string' },
          lang: { type: 'string' },
          dryRun: { type: 'boolean' },
          applied: { type: 'boolean', description: 'True once the versions are written; never on a dry run.' },
          counts: { type: 'object', properties: { created: { type: 'integer' }, unchanged: { type: 'integer' }, skipped: { type: 'integer' } } },
          units: {
            type: 'array',
            items: {
              type: 'object',
              required: ['unitId', 'line', 'outcome'],
              properties: {
                unitId: { type: 'string' },
                line: { type: 'integer' },
                paragraphId: { type: ['string', 'null'] },
                position: { type: ['integer', 'null'] },
                outcome: { type: 'string', enum: ['created', 'unchanged', 'skipped'] },
                reason: {
                  type: 'string',
                  enum: ['source_changed', 'unknown_unit', 'no_target', 'incomplete_target'],
                  description: 'Why a unit was skipped.',
                },
                message: { type: 'string' },
                before: { type: ['string', 'null'], description: 'created: the current text (null when untranslated).' },
                after: { type: 'string', description: 'created: the imported text.' },
                changes: { type: 'array', items: { $ref: '#/components/schemas/DiffPart' } },
                versionId: { type: ['string', 'null'], description: 'created: the new version (null on a dry run).' },
                translationChangedSinceExport: { type: 'boolean' },
              },
            },
          },
        },
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
    '/api/documents/{slug}/editions': {
      get: {
        operationId: 'listEditions',
        summary: 'Published editions of a language',
        tags: ['Reviews'],
        parameters: [slug, langQuery],
        responses: {
          '200': ok('The editions, newest first.', { type: 'array', items: ref('EditionSummary') }),
          '400': invalid('no ?lang='),
          '401': notSignedIn,
          '404': notFound('The document or the language'),
        },
      },
      post: {
        operationId: 'publishEdition',
        summary: 'Publish an edition',
        description: 'Editors only. Snapshots the approved text of every paragraph; every paragraph must be approved.',
        tags: ['Reviews'],
        parameters: [slug, langQuery],
        responses: {
          '201': ok('Published.', { type: 'object', properties: { number: { type: 'integer' }, createdAt: { type: 'string' }, paragraphs: { type: 'integer' } } }),
          '400': invalid('no ?lang='),
          '401': notSignedIn,
          '403': error('Not an editor.'),
          '404': notFound('The document or the language'),
          '409': error('Some paragraphs are not approved (named in `notApproved`), or another editor published at the same moment.'),
        },
      },
    },
    '/api/documents/{slug}/export': {
      get: {
        operationId: 'exportDocument',
        summary: 'Export one language as a file',
        description:
          '`xliff`: XLIFF 2.0 for CAT tools, one unit per paragraph (unit id = paragraph id), the status as segment state (approved = final, in review = translated, otherwise initial, explained in a note), open comments as notes. `i18next`: the approved text as i18next JSON v4 resources, `{ [lang]: { translation: { [paragraphId]: text } } }`, loadable as is by `i18next.init({ resources })`. `text` and `markdown`: a published edition (the latest, or `&edition=`) as a reader would paste it. Anyone signed in may export.',
        tags: ['Interchange'],
        parameters: [
          slug,
          langQuery,
          {
            name: 'format',
            in: 'query',
            required: true,
            description: 'The file format.',
            schema: { type: 'string', enum: ['xliff', 'i18next', 'text', 'markdown'] },
            example: 'xliff',
          },
          {
            name: 'edition',
            in: 'query',
            description: 'For text and markdown: the edition number; the latest when left out.',
            schema: { type: 'integer', minimum: 1 },
          },
        ],
        responses: {
          '200': {
            description: 'The file, as an attachment named `{slug}.{lang}.xlf` (or `.json`, `.edition-N.txt`, `.edition-N.md`).',
            content: {
              'application/xliff+xml': { schema: { type: 'string' } },
              'application/json': { schema: { type: 'object' } },
              'text/plain': { schema: { type: 'string' } },
              'text/markdown': { schema: { type: 'string' } },
            },
          },
          '400': invalid('no ?lang=, no or an unknown &format=, or an &edition= that is not a number'),
          '401': notSignedIn,
          '404': notFound('The document, the language or (for text and markdown) the edition'),
        },
      },
    },
    '/api/documents/{slug}/import': {
      post: {
        operationId: 'importXliff',
        summary: 'Import an XLIFF 2.0 file',
        description:
          'The body is the XLIFF 2.0 file as a CAT tool sends it back (at most 5 MB). Units are matched to paragraphs by id; a target that differs from the current text becomes a new version by you, based on the current one. Skipped, with the reason: units whose English changed since the export (`source_changed`), units of no paragraph (`unknown_unit`), units without a target (`no_target`) or with untranslated segments (`incomplete_target`). Split segments are joined; `pc` and `mrk` keep their text; a `ph` without `equiv` is refused. All or nothing: a bad file (not XML, not XLIFF 2.0, wrong srcLang or trgLang, another document’s units, any DOCTYPE) is refused whole and changes nothing. Needs translator rights for the language.',
        tags: ['Interchange'],
        parameters: [
          slug,
          langQuery,
          {
            name: 'dryRun',
            in: 'query',
            description: '`1` answers the same report without writing anything: the preview.',
            schema: { type: 'string', enum: ['1', '0', 'true', 'false'] },
            example: '1',
          },
        ],
        requestBody: {
          required: true,
          description: 'The file itself, not a form (curl --data-binary @file.xlf).',
          content: { 'application/xliff+xml': { schema: { type: 'string' } } },
        },
        responses: {
          '200': ok('What was done (or would be done) per unit.', ref('ImportReport')),
          '400': invalid('the file is not well-formed XML (with its line), not XLIFF 2.0, has a DOCTYPE, names other languages or another document, or a target breaks the text rules'),
          '401': notSignedIn,
          '403': error('You do not translate into this language.'),
          '404': notFound('The document or the language'),
          '409': error('Someone saved one of the paragraphs while the import ran; nothing was imported.'),
          '413': error('The file is larger than 5 MB, or a target is longer than a paragraph may be.'),
        },
      },
    },
    '/api/documents/{slug}/qa': {
      get: {
        operationId: 'listQualityChecks',
        summary: 'Quality checks of one language',
        description: 'Every quality-check finding (glossary, numbers, punctuation …), paragraph by paragraph.',
        tags: ['Glossary and memory'],
        parameters: [slug, langQuery],
        responses: {
          '200': ok('The findings, each a QaIssue with the `paragraphId` and `position` of its paragraph.', {
            type: 'array',
            items: {
              allOf: [ref('QaIssue'), { type: 'object', required: ['paragraphId', 'position'], properties: { paragraphId: { type: 'string' }, position: { type: 'integer' } } }],
            },
          }),
          '400': invalid('no ?lang='),
          '401': notSignedIn,
          '404': notFound('The document or the language'),
        },
      },
    },
    '/api/documents/{slug}/events': {
      get: {
        operationId: 'followDocument',
        summary: 'Live updates of a document (server-sent events)',
        description:
          'A `text/event-stream` that stays open. Each event is one `data:` line of JSON: first `{ "type": "presence-snapshot", editors: [{ paragraphId, lang, user: { id, name }, ttlMs, seq }] }`, then as they happen `{ "type": "paragraph-changed", documentId, paragraphId, lang, change, by: { id, name }, at }` (`lang` null: the English changed; `change` is `version`, `review`, `source` or `comment`), `{ "type": "document-changed", documentId, change: "source", by, at }` (the English of the whole document was updated: paragraphs may have been added, removed or moved; load the document again), `{ "type": "presence", documentId, paragraphId, lang, user, editing, ttlMs, seq }` (an editing entry lasts `ttlMs` unless renewed; a lower `seq` than one already heard for the same person and box is stale) and `{ "type": "resync" }` (events may have been lost: load the document again). Events carry no text: fetch the paragraph to see what changed. A comment line every 15 seconds keeps the connection open. At most 20 open streams per person and server.',
        tags: ['Documents'],
        parameters: [slug],
        responses: {
          '200': { description: 'The event stream.', content: { 'text/event-stream': { schema: { type: 'string' } } } },
          '401': notSignedIn,
          '404': notFound('The document'),
          '429': error('Too many streams open for this person on this server.'),
        },
      },
    },
    '/api/documents/{slug}/presence': {
      post: {
        operationId: 'announcePresence',
        summary: 'Say that you are editing a paragraph, or stopped',
        description:
          'Everyone following the document (GET /api/documents/{slug}/events) hears it. `editing: true` lasts 30 seconds: repeat it while the text box has focus. `lang` null announces editing the English (editors only); otherwise you must translate that language or review. `seq` (optional, a whole number that grows with each announcement, e.g. from milliseconds of the clock; the server\'s time by default) orders your announcements for the same box: one with a `seq` not above the last heard is ignored, so a late `editing: true` cannot undo a `false` sent after it.',
        tags: ['Documents'],
        parameters: [slug],
        requestBody: {
          required: true,
          content: json(
            {
              type: 'object',
              required: ['paragraphId', 'lang', 'editing'],
              additionalProperties: false,
              properties: {
                paragraphId: { type: 'string' },
                lang: { type: ['string', 'null'] },
                editing: { type: 'boolean' },
                seq: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
              },
            },
            { paragraphId: 'cm9x0paragraph0001', lang: 'de', editing: true, seq: 1764392400123 },
          ),
        },
        responses: {
          '204': { description: 'Announced.' },
          '400': invalid('a missing or malformed field'),
          '401': notSignedIn,
          '403': error('You do not translate this language and do not review (or, for the English, are not an editor).'),
          '404': notFound('The document, the paragraph in it, or the language'),
          '413': error('The body is larger than 1 KB.'),
        },
      },
    },
    '/api/paragraphs/{id}/translations/{lang}/versions': {
      get: {
        operationId: 'listTranslationVersions',
        summary: 'A paragraph’s versions in one language',
        tags: ['Translations'],
        parameters: [paragraphId, langPath],
        responses: {
          '200': ok('Every version, newest first, each with its review.', { type: 'array', items: ref('VersionWithReview') }),
          '401': notSignedIn,
          '404': notFound('The paragraph or the language'),
        },
      },
      post: {
        operationId: 'saveTranslationVersion',
        summary: 'Save a translation as a new version',
        description:
          'Names the version it started from (`baseVersionId`, null when untranslated). A text equal to the current one creates nothing (200). An empty text needs `"clear": true`. A revert names the older version it restores (`revertOfVersionId`); the text must be that version\'s text. A text exactly equal to the version approved for the current English (after an edit, or a revert) is created approved by that earlier review: the answer says so in `carriedApproval`.',
        tags: ['Translations'],
        parameters: [paragraphId, langPath],
        requestBody: {
          required: true,
          content: json(
            {
              type: 'object',
              required: ['text', 'baseVersionId'],
              properties: {
                text: { type: 'string' },
                baseVersionId: { type: ['string', 'null'] },
                clear: { type: 'boolean' },
                revertOfVersionId: {
                  type: 'string',
                  maxLength: 64,
                  description: 'Marks the save as a revert: a version of this paragraph and language whose text this text is.',
                },
              },
            },
            { text: 'Mindestens acht Menschen starben.', baseVersionId: null },
          ),
        },
        responses: {
          '201': ok('Saved as a new version.', ref('TranslationVersion')),
          '200': ok('The text equals the current version: nothing was created.', ref('TranslationVersion')),
          '400': invalid('a missing field, a control character, an empty text without clear, a revertOfVersionId that is not an older version of this paragraph and language with this text'),
          '401': notSignedIn,
          '403': error('You do not translate into this language.'),
          '404': notFound('The paragraph or the language'),
          '409': error('Someone saved after your base version; `current` is their version.'),
          '413': error('The text is longer than 20,000 characters.'),
        },
      },
    },
    '/api/paragraphs/{id}/translations/{lang}/comments': {
      get: {
        operationId: 'listCommentThreads',
        summary: 'Comment threads on a paragraph’s translation',
        tags: ['Comments'],
        parameters: [paragraphId, langPath],
        responses: {
          '200': ok('The threads, oldest first, with their replies.', { type: 'array', items: ref('CommentThread') }),
          '401': notSignedIn,
          '404': notFound('The paragraph or the language'),
        },
      },
      post: {
        operationId: 'addComment',
        summary: 'Comment, or reply to a thread',
        tags: ['Comments'],
        parameters: [paragraphId, langPath],
        requestBody: {
          required: true,
          content: json(
            { type: 'object', required: ['text'], properties: { text: { type: 'string' }, threadId: { type: ['string', 'null'] } } },
            { text: 'Is “dozens” right here?' },
          ),
        },
        responses: {
          '201': ok('The comment.', ref('Comment')),
          '400': invalid('an empty comment, or a threadId that is not a thread here'),
          '401': notSignedIn,
          '403': error('You do not work on this language.'),
          '404': notFound('The paragraph or the language'),
          '413': error('The comment is longer than 2,000 characters.'),
        },
      },
    },
    '/api/paragraphs/{id}/translations/{lang}/suggestions': {
      get: {
        operationId: 'suggestTranslations',
        summary: 'Translation-memory suggestions for a paragraph',
        tags: ['Glossary and memory'],
        parameters: [paragraphId, langPath],
        responses: {
          '200': ok('The paragraph’s English and approved translations of similar English, best first.', {
            type: 'object',
            properties: { source: { type: 'string' }, suggestions: { type: 'array', items: { type: 'object' } } },
          }),
          '401': notSignedIn,
          '404': notFound('The paragraph or the language'),
        },
      },
    },
    '/api/paragraphs/{id}/source-versions': {
      post: {
        operationId: 'updateSourceText',
        summary: 'Correct the English of a paragraph',
        description: 'Editors only. Translations of the old English become outdated.',
        tags: ['Reviews'],
        parameters: [paragraphId],
        requestBody: {
          required: true,
          content: json(
            { type: 'object', required: ['text', 'baseVersionId'], properties: { text: { type: 'string' }, baseVersionId: { type: 'string' } } },
            { text: 'At least nine people died.', baseVersionId: 'cm9x0source0000001' },
          ),
        },
        responses: {
          '201': ok('Saved as a new source version.', ref('SourceVersion')),
          '200': ok('The text equals the current English: nothing was created.', ref('SourceVersion')),
          '400': invalid('a missing field or bad text'),
          '401': notSignedIn,
          '403': error('Not an editor.'),
          '404': notFound('The paragraph'),
          '409': error('The English changed after your base version.'),
        },
      },
    },
    '/api/translation-versions/{versionId}/approve': {
      post: {
        operationId: 'approveVersion',
        summary: 'Approve a version',
        description: 'Editors only; the version must be the current one.',
        tags: ['Reviews'],
        parameters: [versionId],
        requestBody: {
          required: false,
          content: json({
            type: 'object',
            properties: { comment: { type: ['string', 'null'] }, overrideReason: { type: ['string', 'null'], description: 'Why blocking quality checks are overridden.' } },
          }),
        },
        responses: {
          '201': ok('Approved.', ref('Review')),
          '200': ok('Already approved: the existing review.', ref('Review')),
          '400': invalid('bad body'),
          '401': notSignedIn,
          '403': error('Not an editor.'),
          '404': notFound('The version'),
          '409': error('The version is no longer the current one; or quality checks report errors and no `overrideReason` was given (`checks` lists them, `message` says it in English).'),
        },
      },
    },
    '/api/translation-versions/{versionId}/reject': {
      post: {
        operationId: 'rejectVersion',
        summary: 'Reject a version, with a comment',
        tags: ['Reviews'],
        parameters: [versionId],
        requestBody: {
          required: true,
          content: json({ type: 'object', required: ['comment'], properties: { comment: { type: 'string' } } }, { comment: 'Keep the quotation marks.' }),
        },
        responses: {
          '201': ok('Rejected.', ref('Review')),
          '200': ok('Already rejected: the existing review.', ref('Review')),
          '400': invalid('no comment'),
          '401': notSignedIn,
          '403': error('Not an editor.'),
          '404': notFound('The version'),
          '409': error('The version is no longer the current one.'),
        },
      },
    },
    '/api/comment-threads/{id}/resolve': {
      post: {
        operationId: 'resolveCommentThread',
        summary: 'Resolve a comment thread',
        tags: ['Comments'],
        parameters: [{ name: 'id', in: 'path', required: true, description: 'The thread’s first comment.', schema: { type: 'string' }, example: 'cm9x0comment000001' }],
        responses: {
          '200': ok('The thread, resolved.', ref('CommentThread')),
          '400': invalid('the comment is a reply, not a thread'),
          '401': notSignedIn,
          '403': error('You do not work on this language.'),
          '404': notFound('The thread'),
        },
      },
    },
    '/api/diff': {
      get: {
        operationId: 'getVersionDiff',
        summary: 'Word diff between two versions',
        description: 'Two translation versions of one paragraph and language, or two source versions.',
        tags: ['Translations'],
        parameters: [
          { name: 'from', in: 'query', required: true, description: 'The older version id.', schema: { type: 'string' }, example: 'cm9x0version000001' },
          { name: 'to', in: 'query', required: true, description: 'The newer version id.', schema: { type: 'string' }, example: 'cm9x0version000002' },
        ],
        responses: {
          '200': ok('The changes, word by word.', ref('Diff')),
          '400': invalid('a missing version, or versions of different paragraphs'),
          '401': notSignedIn,
          '404': notFound('A version'),
        },
      },
    },
    '/api/memory': {
      get: {
        operationId: 'searchMemory',
        summary: 'Search the translation memory',
        description: 'Approved translations into one language whose English or translation contains the words searched for.',
        tags: ['Glossary and memory'],
        parameters: [langQuery, { name: 'q', in: 'query', description: 'What to look for.', schema: { type: 'string' }, example: 'Kyiv' }],
        responses: {
          '200': ok('Matching pairs of English and approved translation.', { type: 'array', items: { type: 'object' } }),
          '400': invalid('no ?lang='),
          '401': notSignedIn,
        },
      },
    },
    '/api/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This description',
        description: 'OpenAPI 3.1; rendered as a page at /api-docs.',
        tags: ['API'],
        security: [],
        responses: { '200': ok('The OpenAPI document.', { type: 'object' }) },
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
