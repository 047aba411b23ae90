// Every operation described with zod schemas, by resource. The OpenAPI document lists these
// (lib/api/openapi.ts); lib/openapi.test.ts checks that each route file serves what is listed.
import { documentOperations } from './documents';
import { glossaryOperations } from './glossary';
import type { ApiOperation } from './operation';

export const API_OPERATIONS: readonly ApiOperation[] = [...documentOperations, ...glossaryOperations];
