import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_METHODS, openApiDocument, routePathOf } from './openapi';

const root = path.resolve(__dirname, '..');

function routeFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return routeFiles(relative);
    return /^route\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The HTTP methods a route file exports, lower-cased. */
function exportedMethods(file: string): string[] {
  const source = readFileSync(path.join(root, file), 'utf8');
  return [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1].toLowerCase());
}

describe('the OpenAPI description', () => {
  const routes = routeFiles('app/api');
  const documented = openApiDocument.paths;

  it('describes every method of every route under app/api', () => {
    const missing: string[] = [];
    for (const file of routes) {
      const routePath = routePathOf(file);
      if (routePath === null) continue;
      for (const method of exportedMethods(file)) {
        if (!documented[routePath]?.[method as (typeof HTTP_METHODS)[number]]) missing.push(`${method.toUpperCase()} ${routePath} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes only routes that exist, and the catch-all sign-in routes under /api/auth', () => {
    const existing = new Map(routes.flatMap((file) => (routePathOf(file) ? [[routePathOf(file)!, exportedMethods(file)] as const] : [])));
    const catchAll = routes.filter((file) => routePathOf(file) === null).map((file) => `/${path.dirname(file).replace(/^app\//, '').replace(/\/\[\.\.\.[^\]]+\]$/, '')}/`);
    expect(catchAll).toEqual(['/api/auth/']);
    for (const [documentedPath, operations] of Object.entries(documented)) {
      if (catchAll.some((prefix) => documentedPath.startsWith(prefix))) continue;
      expect(existing.has(documentedPath), documentedPath).toBe(true);
      for (const method of Object.keys(operations)) expect(existing.get(documentedPath), `${method} ${documentedPath}`).toContain(method);
    }
  });

  it('gives every operation a unique id, its path parameters, and a 401 unless it is public', () => {
    const ids = new Set<string>();
    for (const [documentedPath, operations] of Object.entries(documented)) {
      const names = [...documentedPath.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(operations)) {
        expect(ids.has(operation!.operationId), operation!.operationId).toBe(false);
        ids.add(operation!.operationId);
        const inPath = (operation!.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
        expect(inPath.sort(), `${method} ${documentedPath}`).toEqual([...names].sort());
        const isPublic = operation!.security?.length === 0;
        expect(Boolean(operation!.responses['401']) || isPublic, `${method} ${documentedPath} documents 401`).toBe(true);
        expect(Object.keys(operation!.responses).some((status) => status.startsWith('2')), `${method} ${documentedPath} documents success`).toBe(true);
      }
    }
  });

  it('allows no undocumented field in an answer of ours', () => {
    // better-auth's answers and the OpenAPI document itself are not shapes Redline owns.
    const notOurs = (where: string) => where.startsWith('/api/auth/') || where.startsWith('/api/openapi.json') || where === 'AuthError';
    const open: string[] = [];
    const visit = (schema: unknown, where: string) => {
      if (Array.isArray(schema)) return schema.forEach((item, index) => visit(item, `${where}/${index}`));
      if (!schema || typeof schema !== 'object') return;
      const object = schema as Record<string, unknown>;
      if (object.properties && object.additionalProperties !== false) open.push(where);
      for (const [key, inner] of Object.entries(object)) visit(inner, `${where}/${key}`);
    };
    for (const [name, schema] of Object.entries(openApiDocument.components.schemas)) if (!notOurs(name)) visit(schema, name);
    for (const [documentedPath, operations] of Object.entries(documented)) {
      if (notOurs(documentedPath)) continue;
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation!.responses)) {
          for (const [type, media] of Object.entries(response.content ?? {})) visit(media.schema, `${method} ${documentedPath} ${status} ${type}`);
        }
      }
    }
    expect(open).toEqual([]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(openApiDocument))).toEqual(openApiDocument);
    expect(openApiDocument.openapi).toBe('3.1.0');
  });
});

describe('routePathOf', () => {
  it('turns a route file into its URL path', () => {
    expect(routePathOf('app/api/documents/[slug]/export/route.ts')).toBe('/api/documents/{slug}/export');
    expect(routePathOf('app/api/openapi.json/route.ts')).toBe('/api/openapi.json');
    expect(routePathOf('app/api/auth/[...all]/route.ts')).toBeNull();
  });
});
