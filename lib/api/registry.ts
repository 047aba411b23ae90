// The named schemas of the API: each becomes `#/components/schemas/<id>` in the OpenAPI document
// and is referenced wherever it is used. Name a schema with `named` when it is a shape people
// meet in several places (a version, a review); one-off bodies stay inline. Names live in zod's
// global registry (where `.meta()` puts descriptions too) and in this module's list, from which
// the OpenAPI document's components are generated (namedRegistry).
import { z } from 'zod';

const namedSchemas = new Map<string, z.ZodType>();

export function named<Schema extends z.ZodType>(id: string, schema: Schema, description?: string): Schema {
  if (namedSchemas.has(id)) throw new Error(`Two API schemas are named ${id}.`);
  const meta = schema.meta();
  const withId = schema.meta({ ...meta, id, ...(description ? { description } : {}) }) as Schema;
  namedSchemas.set(id, withId);
  return withId;
}

/** The id a schema was named with, if it was. */
export function nameOf(schema: z.ZodType): string | undefined {
  const id = z.globalRegistry.get(schema)?.id;
  return id && namedSchemas.get(id) === schema ? id : undefined;
}

export function namedIds(): string[] {
  return [...namedSchemas.keys()];
}

/**
 * The named schemas in a registry of their own, for JSON Schema generation: zod's global registry
 * also holds whatever else in the process gave a schema an id, such as a second copy of these
 * modules that the bundler put in another route's chunk (its TranslationVersion made
 * /api/openapi.json fail with "Duplicate schema id" once both had loaded).
 */
export function namedRegistry() {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of namedSchemas) registry.add(schema, { id });
  return registry;
}
