// Every operation described with zod schemas, by resource. The OpenAPI document lists these
// (lib/api/openapi.ts); lib/openapi.test.ts checks that each route file serves what is listed.
import { commentOperations } from './comments';
import { descriptionOperations } from './description';
import { documentSourceOperations } from './document-source';
import { documentOperations } from './documents';
import './errors';
import { glossaryOperations } from './glossary';
import { interchangeOperations } from './interchange';
import { liveOperations } from './live';
import { machineOperations } from './machine';
import { memoryOperations } from './memory';
import type { ApiOperation } from './operation';
import { peopleOperations } from './people';
import { qaOperations } from './qa';
import { reviewOperations } from './reviews';
import { tokenOperations } from './tokens';
import { versionOperations } from './versions';
import { webhookOperations } from './webhooks';

export const API_OPERATIONS: readonly ApiOperation[] = [
  ...documentOperations,
  ...documentSourceOperations,
  ...liveOperations,
  ...versionOperations,
  ...reviewOperations,
  ...commentOperations,
  ...interchangeOperations,
  ...glossaryOperations,
  ...qaOperations,
  ...memoryOperations,
  ...machineOperations,
  ...peopleOperations,
  ...tokenOperations,
  ...webhookOperations,
  ...descriptionOperations,
];
