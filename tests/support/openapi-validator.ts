// Checks an API answer against what the OpenAPI document says of it: the JSON Schema of its status
// and media type (JSON Schema 2020-12, as OpenAPI 3.1 writes it), with the document's components.
// The e2e test of the description (tests/e2e/api/openapi.spec.ts) runs every body it receives
// through this; openapi-validator.test.ts shows that it refuses what is not documented.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';

type Media = { schema?: unknown };
type Operation = { responses: Record<string, { content?: Record<string, Media> }> };
export type OpenApiSpec = {
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
};

const ROOT = 'urn:redline:openapi';

/** `#/components/schemas/X` of the document, as a reference into the schema registered under ROOT. */
function pointToRoot(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pointToRoot);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) =>
      key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')
        ? [key, `${ROOT}#/$defs/${inner.slice('#/components/schemas/'.length)}`]
        : [key, pointToRoot(inner)],
    ),
  );
}

export type ResponseValidator = {
  /**
   * What is wrong with an answer, as readable lines; none when it is as documented. An answer
   * whose status or media type the operation does not document is wrong too.
   */
  problems(path: string, method: string, status: number, contentType: string, body: unknown): string[];
};

export function responseValidator(spec: OpenApiSpec): ResponseValidator {
  // Formats are left to the schemas' patterns (zod writes one for every date-time); OpenAPI's
  // `example` is not a JSON Schema keyword, hence not strict.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  ajv.addSchema({ $id: ROOT, $defs: pointToRoot(spec.components.schemas) as Record<string, object> });
  const compiled = new Map<string, ValidateFunction>();

  return {
    problems(path, method, status, contentType, body) {
      const label = `${method.toUpperCase()} ${path} ${status}`;
      const operation = spec.paths[path]?.[method.toLowerCase()];
      if (!operation) return [`${method.toUpperCase()} ${path} is not documented`];
      const response = operation.responses[String(status)];
      if (!response) return [`${label} is not a documented status (${Object.keys(operation.responses).join(', ')})`];
      if (!response.content) return body === '' || body === undefined || body === null ? [] : [`${label} documents no body, but one came`];
      const mediaType = contentType.split(';')[0].trim().toLowerCase();
      const media = response.content[mediaType];
      if (!media) return [`${label}: ${mediaType || 'no content'} is not documented (${Object.keys(response.content ?? {}).join(', ') || 'no content'})`];
      if (media.schema === undefined) return [];
      const key = `${method} ${path} ${status} ${mediaType}`;
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile(pointToRoot(media.schema) as object);
        compiled.set(key, validate);
      }
      if (validate(body)) return [];
      return (validate.errors ?? []).map((error) => `${label}: ${error.instancePath || '(the body)'} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
    },
  };
}
