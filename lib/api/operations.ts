// Every operation described with zod schemas, by resource. The OpenAPI document lists these
// (lib/api/openapi.ts); lib/openapi.test.ts checks that each route file serves what is listed.
import { documentSourceOperations } from './document-source';
import { documentOperations } from './documents';
import { glossaryOperations } from './glossary';
import type { ApiOperation } from './operation';
import { peopleOperations } from './people';
import { tokenOperations } from './tokens';
import { webhookOperations } from './webhooks';

export const API_OPERATIONS: readonly ApiOperation[] = [
  ...documentOperations,
  ...documentSourceOperations,
  ...glossaryOperations,
  ...peopleOperations,
  ...tokenOperations,
  ...webhookOperations,
];
