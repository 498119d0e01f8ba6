import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINT_ROLES } from '../src/auth/endpoint-roles.js';
import { createCollectorApp } from '../src/http/app.js';
import { API_OPERATIONS, openApiPath } from '../src/http/openapi.js';
import { createStorage } from '../src/storage/create-storage.js';
import type { Storage } from '../src/storage/storage.js';
import {
  removeDir,
  startServer,
  tempDataDir,
  type ServerProcess,
} from './helpers/server-process.js';

// The served description is a valid OpenAPI 3.1 document (checked by a real validator against the
// official 3.1 schema), and it matches the routes the app registers, both ways: every route is
// documented and every documented operation exists.

let server: ServerProcess;
let storage: Storage;
let dataDir: string;

beforeAll(async () => {
  server = await startServer();
  dataDir = tempDataDir();
  storage = await createStorage({ dataDir });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (server) removeDir(server.dataDir);
  await storage?.close();
  if (dataDir) removeDir(dataDir);
});

const key = (method: string, path: string) => `${method.toUpperCase()} ${openApiPath(path)}`;

describe('OpenAPI description', () => {
  it('is served at /api/openapi.json without credentials and validates as OpenAPI 3.1', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    const document = (await res.json()) as Record<string, unknown>;
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route the app registers, and nothing else', () => {
    const app = createCollectorApp({ storage, adminToken: 'openapi-test-token-0123456789' });
    const registered = new Set(
      app.routes
        // Middleware (`use`) registers as ALL; the static-file fallback is `*`.
        .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
        .filter((r) => r.path.startsWith('/api/') || r.path === '/healthz' || r.path === '/readyz')
        .map((r) => key(r.method, r.path)),
    );
    const documented = new Set(API_OPERATIONS.map((op) => key(op.method, op.path)));
    expect([...registered].filter((k) => !documented.has(k))).toEqual([]);
    expect([...documented].filter((k) => !registered.has(k))).toEqual([]);
  });

  it('states for every /api operation the role the collector enforces', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`);
    const document = (await res.json()) as {
      paths: Record<string, Record<string, { 'x-genbridge-role'?: string }>>;
    };
    for (const rule of ENDPOINT_ROLES) {
      const operation = document.paths[openApiPath(rule.path)]?.[rule.method.toLowerCase()];
      expect(operation, `${rule.method} ${rule.path}`).toBeDefined();
      expect(operation?.['x-genbridge-role'], `${rule.method} ${rule.path}`).toBe(rule.role);
    }
    const apiOperations = API_OPERATIONS.filter((op) => op.path.startsWith('/api/'));
    expect(apiOperations.length).toBe(ENDPOINT_ROLES.length);
  });

  it('describes the response body with the same JSON Schema the schema package publishes', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(Object.keys(document.components.schemas.SurveyResponse?.properties ?? {})).toEqual(
      expect.arrayContaining(['responseId', 'programmeId', 'wave', 'answers']),
    );
    expect(Object.keys(document.components.schemas.ProgrammeCreate?.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'anonymityThreshold', 'accessMode', 'cohorts']),
    );
  });
});
