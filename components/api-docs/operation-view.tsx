// One operation of the REST API in its documentation: method and path, what it does, who may
// call it, its parameters, its request body and its responses.
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import type { HttpMethod, OpenApiMedia, OpenApiOperation } from '@/lib/openapi';
import { CodeBlock } from './code-block';
import { Prose } from './prose';
import { schemaLabel } from './schema-label';

export type Entry = { path: string; method: HttpMethod; operation: OpenApiOperation };

export function OperationView({ path, method, operation, t }: Entry & { t: TFunction }) {
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
