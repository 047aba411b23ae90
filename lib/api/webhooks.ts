// Webhooks: admins register URLs that hear about new documents, English updates, approvals and
// published editions; each delivery is a signed JSON POST, retried with backoff. The payloads
// of the four events are named schemas here too, and the OpenAPI document lists them under
// `webhooks` (openApiWebhooks), so a CMS developer finds what arrives beside what to call.
import { z } from 'zod';
import { MAX_ATTEMPTS, RETRY_DELAYS_MINUTES } from '../webhooks/retry-schedule';
import { WEBHOOK_EVENTS, type WebhookEventName } from '../webhooks/events';
import { MAX_WEBHOOK_URL } from '../webhooks/webhook-url';
import { Id, Timestamp } from './common';
import { jsonSchemaOf, type JsonSchema } from './openapi';
import { defineOperation } from './operation';
import { named } from './registry';

export const WebhookEventNameSchema = z.enum(WEBHOOK_EVENTS).meta({ description: 'An event a webhook can hear.' });

export const Webhook = named(
  'Webhook',
  z.object({
    id: z.string(),
    url: z.string(),
    events: z.array(WebhookEventNameSchema),
    active: z.boolean().meta({ description: 'An inactive hook gets no new deliveries; its queued ones wait until it is active again.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);
export type Webhook = z.infer<typeof Webhook>;

export const WebhookWithSecret = named(
  'WebhookWithSecret',
  Webhook.extend({
    secret: z.string().meta({ description: 'The key of X-Redline-Signature. Shown only in this answer: keep it in the receiver’s configuration.' }),
  }),
);
export type WebhookWithSecret = z.infer<typeof WebhookWithSecret>;

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'failed', 'delivered', 'given_up'] as const;

export const WebhookDelivery = named(
  'WebhookDelivery',
  z.object({
    id: z.string().meta({ description: 'Sent as X-Redline-Delivery and `deliveryId`: the same on every try of this delivery.' }),
    webhookId: z.string(),
    event: WebhookEventNameSchema,
    occurredAt: Timestamp,
    status: z.enum(WEBHOOK_DELIVERY_STATUSES).meta({
      description: `pending: not tried yet; failed: the last try failed and another is due at nextAttemptAt; delivered: a 2xx answer; given_up: ${MAX_ATTEMPTS} tries failed.`,
    }),
    attempts: z.number().int(),
    responseCode: z.number().int().nullable().meta({ description: 'The HTTP status of the last answer; null when there was none.' }),
    lastError: z.string().nullable().meta({ description: 'Why the last try failed.' }),
    responseExcerpt: z.string().nullable().meta({ description: 'The start of the last answer’s body (at most 1 KB).' }),
    lastAttemptAt: Timestamp.nullable(),
    nextAttemptAt: Timestamp.nullable(),
    deliveredAt: Timestamp.nullable(),
    redeliveryOf: z.string().nullable().meta({ description: 'The delivery this one sends again.' }),
    createdAt: Timestamp,
  }),
);
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

// ---- What arrives: the `data` of each event ----

const DocumentRef = z.object({ slug: z.string(), title: z.string() });
const Person = z.object({ id: z.string(), name: z.string() });

export const DocumentCreatedData = named(
  'DocumentCreatedData',
  z.object({
    document: DocumentRef.extend({ sourceLang: z.string(), languages: z.array(z.string()), paragraphCount: z.number().int() }),
    createdBy: Person,
    links: z.object({ document: z.string().meta({ description: 'GET it (add ?lang= for one language), relative to Redline’s address.' }) }),
  }),
  'document.created: a new article came in (POST /api/documents or /documents/new).',
);
export type DocumentCreatedData = z.infer<typeof DocumentCreatedData>;

export const SourceUpdatedData = named(
  'SourceUpdatedData',
  z.object({
    document: DocumentRef,
    counts: z.object({ unchanged: z.number().int(), changed: z.number().int(), moved: z.number().int(), added: z.number().int(), removed: z.number().int() }),
    revision: z.number().int().meta({ description: 'The source revision after the update (GET /api/documents/{slug} returns it as sourceRevision).' }),
    updatedBy: Person,
    links: z.object({ document: z.string() }),
  }),
  'source.updated: the English of an article was replaced by a newer version (PUT /api/documents/{slug}/source); changed and added paragraphs need translating.',
);
export type SourceUpdatedData = z.infer<typeof SourceUpdatedData>;

export const TranslationApprovedData = named(
  'TranslationApprovedData',
  z.object({
    document: DocumentRef,
    language: z.string(),
    paragraph: z.object({ id: z.string(), position: z.number().int().meta({ description: '1-based, in article order.' }) }),
    version: z.object({ id: z.string(), number: z.number().int(), text: z.string().meta({ description: 'The approved translation.' }) }),
    reviewId: z.string(),
    reviewer: Person,
    approvedAt: Timestamp,
    links: z.object({ document: z.string().meta({ description: 'The language of the document, every paragraph with its status.' }) }),
  }),
  'translation.approved: an editor approved a paragraph’s translation (a new approval; an approval that was already recorded sends nothing).',
);
export type TranslationApprovedData = z.infer<typeof TranslationApprovedData>;

export const EditionPublishedData = named(
  'EditionPublishedData',
  z.object({
    document: DocumentRef,
    language: z.string(),
    edition: z.object({ number: z.number().int(), publishedAt: Timestamp, paragraphCount: z.number().int() }),
    publishedBy: Person,
    links: z.object({
      text: z.string().meta({ description: 'This edition as plain text (GET with a token or session).' }),
      markdown: z.string(),
      reader: z.string().meta({ description: 'The page readers see.' }),
    }),
    paragraphs: z
      .array(z.object({ position: z.number().int(), kind: z.string(), text: z.string() }))
      .nullable()
      .meta({ description: 'The edition’s paragraphs when their texts come to at most 64 KB; otherwise null, and links.text has them.' }),
  }),
  'edition.published: an editor published an edition of one language, every paragraph approved.',
);
export type EditionPublishedData = z.infer<typeof EditionPublishedData>;

/** The `data` of each event, for enqueueWebhookEvent. */
export type WebhookEventData = {
  'document.created': DocumentCreatedData;
  'source.updated': SourceUpdatedData;
  'translation.approved': TranslationApprovedData;
  'edition.published': EditionPublishedData;
};

const EVENT_DATA: { [Event in WebhookEventName]: z.ZodType } = {
  'document.created': DocumentCreatedData,
  'source.updated': SourceUpdatedData,
  'translation.approved': TranslationApprovedData,
  'edition.published': EditionPublishedData,
};

const DELIVERY_DESCRIPTION = [
  'A JSON POST with `Content-Type: application/json`, `X-Redline-Event`, `X-Redline-Delivery` (the delivery id, the same on every try) and',
  '`X-Redline-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with the hook’s secret>`; compare it in constant time before parsing.',
  `Any 2xx answer within 10 s delivers it; anything else is tried again after ${RETRY_DELAYS_MINUTES.join(', ')} minutes (±10 %), ${MAX_ATTEMPTS} tries in all.`,
  'A delivery may arrive twice (a server that died mid-try): skip a deliveryId already handled. Order is not guaranteed: use occurredAt.',
].join(' ');

/** OpenAPI 3.1 `webhooks`: what Redline POSTs to a hook for each event. */
export function openApiWebhooks(): Record<string, { post: Record<string, unknown> }> {
  return Object.fromEntries(
    WEBHOOK_EVENTS.map((event) => {
      const envelope = z.object({ event: z.literal(event), deliveryId: z.string(), occurredAt: Timestamp, data: EVENT_DATA[event] });
      const schema: JsonSchema = jsonSchemaOf(envelope, 'output');
      return [
        event,
        {
          post: {
            operationId: `webhook-${event}`,
            summary: event,
            description: `${EVENT_DATA[event].meta()?.description ?? ''} ${DELIVERY_DESCRIPTION}`,
            tags: ['Webhooks'],
            requestBody: { required: true, content: { 'application/json': { schema } } },
            responses: { '200': { description: 'Any 2xx: delivered.' } },
          },
        },
      ];
    }),
  );
}

// ---- Operations ----

const WebhookParams = z.object({ webhookId: Id.meta({ description: 'The webhook.', examples: ['cm9x0hook00000000001'] }) });
const DeliveryParams = z.object({ deliveryId: Id.meta({ description: 'The delivery.', examples: ['cm9x0delivery000001'] }) });

const WebhookUrl = z.string().max(MAX_WEBHOOK_URL + 100).meta({ description: 'http:// or https://, without a user name or password; addresses on the newsroom’s own network are fine.' });
const WebhookEvents = z.array(WebhookEventNameSchema).min(1).max(WEBHOOK_EVENTS.length * 2);

export const listWebhooksOperation = defineOperation({
  method: 'get',
  path: '/api/webhooks',
  operationId: 'listWebhooks',
  summary: 'Webhooks',
  description: 'Admins. Secrets are never listed.',
  tags: ['Webhooks'],
  responses: {
    200: { description: 'Every webhook, oldest first.', schema: z.array(Webhook) },
    403: { description: 'Not an admin.' },
  },
});

export const createWebhookOperation = defineOperation({
  method: 'post',
  path: '/api/webhooks',
  operationId: 'createWebhook',
  summary: 'Register a webhook',
  description: `Admins. The answer holds the hook’s secret, the one time it is shown. ${DELIVERY_DESCRIPTION}`,
  tags: ['Webhooks'],
  body: {
    json: z.strictObject({ url: WebhookUrl, events: WebhookEvents, active: z.boolean().optional() }),
    maxBytes: 16 * 1024,
    example: { url: 'https://cms.newsroom.example/hooks/redline', events: ['translation.approved', 'edition.published'] },
  },
  responses: {
    201: { description: 'The hook, with its secret.', schema: WebhookWithSecret },
    400: { description: 'A URL that is not http(s), or has a user name or password in it; no events; an unknown event.' },
    403: { description: 'Not an admin.' },
  },
});

export const updateWebhookOperation = defineOperation({
  method: 'patch',
  path: '/api/webhooks/{webhookId}',
  operationId: 'updateWebhook',
  summary: 'Change a webhook',
  description: 'Admins. Send what changes: the URL, the events, or `active` (false pauses deliveries; true resumes them).',
  tags: ['Webhooks'],
  params: WebhookParams,
  body: {
    json: z.strictObject({ url: WebhookUrl.optional(), events: WebhookEvents.optional(), active: z.boolean().optional() }),
    maxBytes: 16 * 1024,
    example: { active: false },
  },
  responses: {
    200: { description: 'The hook.', schema: Webhook },
    403: { description: 'Not an admin.' },
    404: { description: 'No such webhook.' },
  },
});

export const deleteWebhookOperation = defineOperation({
  method: 'delete',
  path: '/api/webhooks/{webhookId}',
  operationId: 'deleteWebhook',
  summary: 'Delete a webhook',
  description: 'Admins. Its deliveries go with it, queued ones included.',
  tags: ['Webhooks'],
  params: WebhookParams,
  responses: {
    204: { description: 'Deleted.' },
    403: { description: 'Not an admin.' },
    404: { description: 'No such webhook.' },
  },
});

export const rotateWebhookSecretOperation = defineOperation({
  method: 'post',
  path: '/api/webhooks/{webhookId}/secret',
  operationId: 'rotateWebhookSecret',
  summary: 'Give a webhook a new secret',
  description: 'Admins. For a lost or leaked secret: the old one stops at once (deliveries not yet sent are signed with the new one); the answer shows the new one, once.',
  tags: ['Webhooks'],
  params: WebhookParams,
  responses: {
    200: { description: 'The hook, with its new secret.', schema: WebhookWithSecret },
    403: { description: 'Not an admin.' },
    404: { description: 'No such webhook.' },
  },
});

export const listWebhookDeliveriesOperation = defineOperation({
  method: 'get',
  path: '/api/webhooks/{webhookId}/deliveries',
  operationId: 'listWebhookDeliveries',
  summary: 'A webhook’s deliveries',
  description: 'Admins. Newest first. Finished deliveries are kept 30 days.',
  tags: ['Webhooks'],
  params: WebhookParams,
  query: z.object({
    limit: z
      .string()
      .regex(/^[1-9][0-9]{0,2}$/, 'A number from 1 to 200.')
      .optional()
      .transform((value) => Math.min(Number(value ?? 50), 200))
      .meta({ description: 'How many, at most 200 (50 when left out).', examples: ['20'] }),
  }),
  responses: {
    200: { description: 'The deliveries.', schema: z.array(WebhookDelivery) },
    403: { description: 'Not an admin.' },
    404: { description: 'No such webhook.' },
  },
});

export const redeliverWebhookDeliveryOperation = defineOperation({
  method: 'post',
  path: '/api/webhook-deliveries/{deliveryId}/redeliver',
  operationId: 'redeliverWebhookDelivery',
  summary: 'Send a delivery again',
  description:
    'Admins. A delivered or given-up delivery is sent again as a new delivery (a new id, the same event and data): 201. One still waiting for a retry is tried now instead: 200.',
  tags: ['Webhooks'],
  params: DeliveryParams,
  responses: {
    200: { description: 'The waiting delivery, now due.', schema: WebhookDelivery },
    201: { description: 'The new delivery.', schema: WebhookDelivery },
    403: { description: 'Not an admin.' },
    404: { description: 'No such delivery.' },
    409: { description: 'The webhook is inactive: activate it first.' },
  },
});

export const webhookOperations = [
  listWebhooksOperation,
  createWebhookOperation,
  updateWebhookOperation,
  deleteWebhookOperation,
  rotateWebhookSecretOperation,
  listWebhookDeliveriesOperation,
  redeliverWebhookDeliveryOperation,
];
