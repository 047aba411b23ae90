// The named schemas of the API: each becomes `#/components/schemas/<id>` in the OpenAPI document
// and is referenced wherever it is used. Name a schema with `named` when it is a shape people
// meet in several places (a version, a review); one-off bodies stay inline. Names live in zod's
// global registry (where `.meta()` puts descriptions too), so JSON Schema generation sees both.
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
