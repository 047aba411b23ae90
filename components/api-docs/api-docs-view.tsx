// The REST API's documentation as a page, rendered from the same OpenAPI object that
// /api/openapi.json serves: per tag its operations with parameters, body and responses.
import { HTTP_METHODS, openApiDocument } from '@/lib/openapi';
import { getT } from '@/lib/server/ui-language';
import { CodeBlock } from './code-block';
import { OperationView, type Entry } from './operation-view';
import { Prose } from './prose';

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

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
