// The REST API's documentation as a page, rendered from the same OpenAPI object that
// /api/openapi.json serves: per tag its operations with parameters, body and responses.
import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';
import { HTTP_METHODS, openApiDocument, type HttpMethod, type JsonSchema, type OpenApiMedia, type OpenApiOperation } from '@/lib/openapi';
import { getT } from '@/lib/server/ui-language';

type Entry = { path: string; method: HttpMethod; operation: OpenApiOperation };

const entries: Entry[] = Object.entries(openApiDocument.paths).flatMap(([path, operations]) =>
  HTTP_METHODS.flatMap((method) => (operations[method] ? [{ path, method, operation: operations[method]! }] : [])),
);

export async function ApiDocsView() {
  const t = await getT();
  const { info, tags, components } = openApiDocument;
  return (
    <div className="page api-docs">
      <h1>{info.title}</h1>
      <p>
        <Prose text={info.description} />
      </p>
      <p>
        {t('apiDocs.version', { version: info.version, openapi: openApiDocument.openapi })} <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>
      <nav aria-label={t('apiDocs.operations')} className="api-toc">
        <ul>
          {entries.map(({ path, method, operation }) => (
            <li key={operation.operationId}>
              <a href={`#${operation.operationId}`}>
                <span className={`api-method api-method-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
              </a>{' '}
              <span className="muted small">{operation.summary}</span>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${slugOf(tag.name)}`}>
          <h2 id={`tag-${slugOf(tag.name)}`}>{tag.name}</h2>
          <p className="muted">{tag.description}</p>
          {entries
            .filter((entry) => entry.operation.tags.includes(tag.name))
            .map((entry) => (
              <OperationView key={entry.operation.operationId} {...entry} t={t} />
            ))}
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 id="schemas">{t('apiDocs.schemas')}</h2>
        {Object.entries(components.schemas).map(([name, schema]) => (
          <details key={name} id={`schema-${name}`} className="api-schema">
            <summary>
              <code>{name}</code>
            </summary>
            <CodeBlock label={name} value={schema} />
          </details>
        ))}
      </section>
    </div>
  );
}

function OperationView({ path, method, operation, t }: Entry & { t: TFunction }) {
  const isPublic = operation.security?.length === 0;
  return (
    <article id={operation.operationId} aria-label={`${method.toUpperCase()} ${path}`} className="api-operation">
      <h3>
        <span className={`api-method api-method-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p>
        <strong>{operation.summary}.</strong> {operation.description && <Prose text={operation.description} />}
      </p>
      <p className="muted small">{isPublic ? t('apiDocs.public') : t('apiDocs.needsSession')}</p>
      {operation.parameters && operation.parameters.length > 0 && (
        <table className="api-table">
          <caption>{t('apiDocs.parameters')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('apiDocs.name')}</th>
              <th scope="col">{t('apiDocs.in')}</th>
              <th scope="col">{t('apiDocs.type')}</th>
              <th scope="col">{t('apiDocs.description')}</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`}>
                <td>
                  <code>{parameter.name}</code>
                  {parameter.required ? ` ${t('apiDocs.required')}` : ''}
                </td>
                <td>{parameter.in}</td>
                <td>{schemaLabel(parameter.schema, t)}</td>
                <td>
                  <Prose text={parameter.description} />
                  {parameter.example !== undefined && (
                    <>
                      {' '}
                      {t('apiDocs.example')} <code>{parameter.example}</code>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {operation.requestBody && (
        <div className="api-body">
          <h4>{operation.requestBody.required ? t('apiDocs.requestBody') : t('apiDocs.requestBodyOptional')}</h4>
          {operation.requestBody.description && (
            <p>
              <Prose text={operation.requestBody.description} />
            </p>
          )}
          <MediaList content={operation.requestBody.content} t={t} />
        </div>
      )}
      <h4>{t('apiDocs.responses')}</h4>
      <dl className="api-responses">
        {Object.entries(operation.responses).map(([status, response]) => (
          <Fragment key={status}>
            <dt>
              <code>{status}</code>
            </dt>
            <dd>
              <Prose text={response.description} />
              {response.content && <MediaList content={response.content} t={t} />}
            </dd>
          </Fragment>
        ))}
      </dl>
    </article>
  );
}

function MediaList({ content, t }: { content: Record<string, OpenApiMedia>; t: TFunction }) {
  return (
    <ul className="api-media">
      {Object.entries(content).map(([type, media]) => (
        <li key={type}>
          <code>{type}</code>: {schemaLabel(media.schema, t)}
          {media.example !== undefined && <CodeBlock label={`${t('apiDocs.example')} ${type}`} value={media.example} />}
        </li>
      ))}
    </ul>
  );
}

/** JSON in a block that scrolls sideways; focusable and named, so a keyboard can scroll it too. */
function CodeBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <pre tabIndex={0} role="region" aria-label={label}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** Text with `code` in backticks, as React elements (never HTML). */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>))}
    </>
  );
}

/** A schema in a few words: its name, "array of X", or its type and allowed values. */
function schemaLabel(schema: JsonSchema, t: TFunction): ReactNode {
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

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
