// A JSON schema named in a few words for the API documentation's tables.
import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';
import type { JsonSchema } from '@/lib/openapi';

/** A schema in a few words: its name, "array of X", or its type and allowed values. */
export function schemaLabel(schema: JsonSchema, t: TFunction): ReactNode {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return <a href={`#schema-${name}`}>{name}</a>;
  }
  if (schema.type === 'array' && schema.items) return <>{t('apiDocs.arrayOf')} {schemaLabel(schema.items as JsonSchema, t)}</>;
  if (Array.isArray(schema.enum)) return `${String(schema.type ?? 'value')}: ${schema.enum.join(' | ')}`;
  if (Array.isArray(schema.allOf)) return (schema.allOf as JsonSchema[]).map((part, index) => <Fragment key={index}>{index > 0 && ' + '}{schemaLabel(part, t)}</Fragment>);
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as JsonSchema[]).map((part, index) => <Fragment key={index}>{index > 0 && ` ${t('apiDocs.or')} `}{schemaLabel(part, t)}</Fragment>);
  if (Array.isArray(schema.type)) return schema.type.join(` ${t('apiDocs.or')} `);
  return String(schema.type ?? 'any');
}
