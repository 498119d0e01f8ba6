import { z } from 'zod';
import { jsonSchemas } from '@genbridge/schema';
import { ENDPOINT_ROLES, type EndpointRule } from '../auth/endpoint-roles.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import { InvitationBatch } from '../domain/invitation-batch.js';
import { ProgrammeCreate, ProgrammePatch } from '../programme.js';

/**
 * The collector's HTTP API as an OpenAPI 3.1 document, served at `/api/openapi.json`. Bodies come
 * from the same zod schemas the handlers parse with (JSON Schema draft 2020-12, which OpenAPI 3.1
 * uses as is), and each operation's required role comes from the endpoint-role table the
 * collector enforces, so the description cannot drift from either. A test matches the documented
 * operations against the routes the app registers, both ways.
 */

type Method = 'get' | 'post' | 'patch' | 'delete';

interface Operation {
  method: Method;
  /** Hono-style path (`:id`); turned into `{id}` here. */
  path: string;
  summary: string;
  tag: 'responses' | 'programmes' | 'invitations' | 'releases' | 'data' | 'access' | 'service';
  /** A component schema name, or an inline JSON Schema, for a JSON request body. */
  body?: string | Record<string, unknown>;
  query?: { name: string; description: string; required?: boolean }[];
  /** Status → description; a `$ref` to a component schema when the body is JSON of that shape. */
  responses: Record<string, string | { description: string; schema?: string; type?: string }>;
}

const problemResponses = {
  '400': {
    description: 'The request is not valid; `errors` names each field and why.',
    schema: 'Problem',
  },
  '401': { description: 'A credential is missing or not accepted.', schema: 'Problem' },
  '403': { description: 'The credential does not carry the role this needs.', schema: 'Problem' },
  '404': { description: 'No such programme (or thing inside it).', schema: 'Problem' },
  '429': { description: 'Rate limited; see `Retry-After`.', schema: 'Problem' },
  '503': {
    description: 'The database is unavailable; nothing was stored; see `Retry-After`.',
    schema: 'Problem',
  },
} as const;

/** Every documented operation, in the order a reader meets them. */
export const API_OPERATIONS: readonly Operation[] = [
  {
    method: 'post',
    path: '/api/programmes/:id/responses',
    summary:
      'Submit a baseline or exit response (idempotent by responseId); `arm` and `pairId` come from the invitation, and a body naming different ones gets 400',
    tag: 'responses',
    body: 'SurveyResponse',
    responses: {
      '201': { description: 'Stored; the receipt.', type: 'object' },
      '200': {
        description: 'Already stored (same responseId and body); the same receipt.',
        type: 'object',
      },
      '409': {
        description:
          'Programme closed (`programme_closed`), the wave not open yet (`wave_not_open`) or closed by its schedule (`wave_closed`, naming the wave and the date), or responseId reused for another body.',
        schema: 'Problem',
      },
      '413': {
        description:
          'The body is larger than the limit (which `maxFileBytes` raises to fit one file); a single file over `maxFileBytes` is a 400 `file_too_large` naming its field.',
        schema: 'Problem',
      },
      '415': { description: 'Not sent as application/json.', schema: 'Problem' },
    },
  },
  {
    method: 'get',
    path: '/api/programmes/:id/invitation/status',
    summary: 'Which waves the invitation in the `Authorization: Invitation` header has completed',
    tag: 'responses',
    responses: {
      '200': {
        description: '`{ baseline, exit }`, each `{ submittedAt }` or null.',
        type: 'object',
      },
    },
  },
  {
    method: 'get',
    path: '/api/programmes/:id/survey-settings',
    summary: 'What the survey tells participants about who reads open answers',
    tag: 'responses',
    responses: {
      '200': {
        description:
          '`{ programmeId, privacy: { reportAudience, anonymityThreshold, openTextInReports, openTextThreshold } }` (`SurveyPrivacy` of `@genbridge/schema`).',
        type: 'object',
      },
    },
  },
  {
    method: 'get',
    path: '/api/programmes',
    summary: 'List the programmes the caller may reach',
    tag: 'programmes',
    responses: { '200': { description: '`{ programmes: [...] }`', type: 'object' } },
  },
  {
    method: 'post',
    path: '/api/programmes',
    summary: 'Create a programme',
    tag: 'programmes',
    body: 'ProgrammeCreate',
    responses: {
      '201': { description: 'The programme as described to managers.', type: 'object' },
      '409': 'A programme with this id exists.',
    },
  },
  {
    method: 'get',
    path: '/api/programmes/:id',
    summary: 'One programme with its instrument',
    tag: 'programmes',
    responses: { '200': { description: 'The programme.', type: 'object' } },
  },
  {
    method: 'patch',
    path: '/api/programmes/:id',
    summary: 'Change a programme (closing a wave may publish a release)',
    tag: 'programmes',
    body: 'ProgrammePatch',
    responses: {
      '200': { description: 'The programme, and `release` when one was made.', type: 'object' },
    },
  },
  {
    method: 'post',
    path: '/api/programmes/:id/invitations',
    summary:
      'Create a batch of invitations (tokens shown once): `count` alike, or one per `invitations` entry; `arm` and `pairId` are copied onto every response stored under an invitation',
    tag: 'invitations',
    body: 'InvitationBatch',
    responses: {
      '201': {
        description: '`{ programmeId, invitations: [{ id, token, arm?, pairId? }] }`',
        type: 'object',
      },
    },
  },
  {
    method: 'get',
    path: '/api/programmes/:id/participation',
    summary: 'Live participation per wave and cohort, under the anonymity rules (no scores)',
    tag: 'programmes',
    responses: {
      '200': {
        description:
          "`{ programmeId, anonymityThreshold, waves: [{ wave, total, cohorts: [{ cohort, label, n, suppressed? }] }] }`; `n` (or `total`) is null where fewer than k people or complementary suppression hide it. Counted over the responses up to the arrival numbered ⌊n/k⌋·k (a person's first response to a wave, in receive order), so two views differ by nobody or by at least k arrivals.",
        type: 'object',
      },
    },
  },
  {
    method: 'get',
    path: '/api/programmes/:id/invitations',
    summary: 'List invitations (never their tokens)',
    tag: 'invitations',
    responses: { '200': { description: 'The invitations.', type: 'object' } },
  },
  {
    method: 'post',
    path: '/api/programmes/:id/invitations/:invitation/revoke',
    summary: 'Revoke one invitation',
    tag: 'invitations',
    responses: { '200': { description: 'The revoked invitation.', type: 'object' } },
  },
  {
    method: 'post',
    path: '/api/programmes/:id/releases',
    summary: 'Release a report now (refused when the disclosure audit finds a risk)',
    tag: 'releases',
    responses: {
      '201': { description: 'The new release.', type: 'object' },
      '409': { description: 'Refused: which group and why.', schema: 'Problem' },
    },
  },
  {
    method: 'get',
    path: '/api/programmes/:id/releases',
    summary: 'List released reports with their times',
    tag: 'releases',
    responses: { '200': { description: 'The releases, without their reports.', type: 'object' } },
  },
  {
    method: 'get',
    path: '/api/programmes/:id/releases/:number',
    summary: 'One released report (immutable; ETag)',
    tag: 'releases',
    responses: {
      '200': { description: 'The report.', schema: 'ProgrammeReport' },
      '304': 'Not modified.',
    },
  },
  {
    method: 'get',
    path: '/api/programmes/:id/report',
    summary: 'The latest released report (ETag)',
    tag: 'releases',
    responses: {
      '200': { description: 'The report.', schema: 'ProgrammeReport' },
      '304': 'Not modified.',
    },
  },
  {
    method: 'delete',
    path: '/api/programmes/:id/participants/:code',
    summary: "Erase one participant's responses",
    tag: 'data',
    responses: { '200': { description: 'How many responses were deleted.', type: 'object' } },
  },
  {
    method: 'delete',
    path: '/api/programmes/:id/responses',
    summary: 'Delete responses received before a date (retention)',
    tag: 'data',
    query: [{ name: 'before', description: 'ISO 8601 date or date-time', required: true }],
    responses: { '200': { description: 'How many responses were deleted.', type: 'object' } },
  },
  {
    method: 'get',
    path: '/api/programmes/:id/export.json',
    summary: 'Export every stored response as JSON (pseudonymous raw data)',
    tag: 'data',
    query: [{ name: 'effective', description: '`true`: only the responses a report counts' }],
    responses: { '200': { description: 'The responses.', type: 'array' } },
  },
  {
    method: 'get',
    path: '/api/programmes/:id/export.csv',
    summary: 'Export every stored response as CSV (spreadsheet-safe)',
    tag: 'data',
    responses: { '200': 'The responses as CSV.' },
  },
  {
    method: 'get',
    path: '/api/programmes/:id/export.xlsx',
    summary: 'Export every stored response as an Excel workbook (typed cells, never a formula)',
    tag: 'data',
    responses: { '200': 'The responses as XLSX.' },
  },
  {
    method: 'get',
    path: '/api/tokens',
    summary: 'List API tokens (never the secrets)',
    tag: 'access',
    responses: { '200': { description: '`{ tokens: [...] }`', type: 'object' } },
  },
  {
    method: 'post',
    path: '/api/tokens',
    summary: 'Create an API token for a role (secret shown once)',
    tag: 'access',
    body: { type: 'object' },
    responses: { '201': { description: 'The token with its secret.', type: 'object' } },
  },
  {
    method: 'delete',
    path: '/api/tokens/:tokenId',
    summary: 'Revoke an API token',
    tag: 'access',
    responses: { '200': { description: 'The revoked token.', type: 'object' } },
  },
  {
    method: 'get',
    path: '/api/audit',
    summary: 'The audit log: who did what, when',
    tag: 'access',
    responses: { '200': { description: 'Audit entries, newest first.', type: 'object' } },
  },
  {
    method: 'get',
    path: '/api/session',
    summary: 'Who is signed in (and the CSRF token for state-changing requests)',
    tag: 'access',
    responses: { '200': { description: 'The session, or `{ signedIn: false }`.', type: 'object' } },
  },
  {
    method: 'delete',
    path: '/api/session',
    summary: 'Sign out',
    tag: 'access',
    responses: { '200': { description: 'Signed out.', type: 'object' } },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This description',
    tag: 'service',
    responses: { '200': { description: 'OpenAPI 3.1', type: 'object' } },
  },
  {
    method: 'get',
    path: '/healthz',
    summary: 'Liveness: the process answers (never waits on the database)',
    tag: 'service',
    responses: { '200': { description: '`{ status: "ok" }`', type: 'object' } },
  },
  {
    method: 'get',
    path: '/readyz',
    summary: 'Readiness: a write could succeed now',
    tag: 'service',
    responses: {
      '200': { description: '`{ status: "ready" }`', type: 'object' },
      '503': {
        description: '`{ status: "unavailable", reason }`; see `Retry-After`.',
        type: 'object',
      },
    },
  },
];

/** Converts `/api/programmes/:id` to OpenAPI's `/api/programmes/{id}`. */
export const openApiPath = (path: string): string => path.replace(/:([A-Za-z_]\w*)/g, '{$1}');

function roleOf(op: Operation): EndpointRule['role'] | undefined {
  return ENDPOINT_ROLES.find((r) => r.method === op.method.toUpperCase() && r.path === op.path)
    ?.role;
}

function componentSchemas(): Record<string, unknown> {
  const strip = ({ $schema: _, ...rest }: Record<string, unknown>) => rest;
  const shared = jsonSchemas();
  const fromZod = (schema: z.ZodType) =>
    strip(
      z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    );
  return {
    SurveyResponse: strip(shared['survey-response.json']),
    ProgrammeReport: strip(shared['programme-report.json']),
    ProgrammeCreate: fromZod(ProgrammeCreate),
    ProgrammePatch: fromZod(ProgrammePatch),
    InvitationBatch: {
      ...fromZod(InvitationBatch),
      description:
        'Give `count` or `invitations`, not both. A `pairId` in the comparison arm is refused (colleagues outside the programme have no pair).',
    },
    Problem: {
      type: 'object',
      description:
        'Every error answer: a sentence for a person, a stable code, and field problems.',
      required: ['error', 'code'],
      properties: {
        error: { type: 'string' },
        code: { type: 'string' },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'message'],
            properties: { path: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  };
}

/** The OpenAPI 3.1 document of this collector. */
export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    const role = roleOf(op);
    const pathParams = [...op.path.matchAll(/:([A-Za-z_]\w*)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = (op.query ?? []).map((q) => ({
      name: q.name,
      in: 'query',
      required: q.required ?? false,
      description: q.description,
      schema: { type: 'string' },
    }));
    const responses: Record<string, unknown> = {};
    const documented: Operation['responses'] = { ...problemResponses, ...op.responses };
    for (const [status, value] of Object.entries(documented)) {
      const { description, schema, type } =
        typeof value === 'string' ? { description: value } : value;
      const content = schema
        ? { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } }
        : type
          ? { 'application/json': { schema: { type } } }
          : undefined;
      responses[status] = content ? { description, content } : { description };
    }
    const operation: Record<string, unknown> = {
      operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string = '') => c.toUpperCase())}`,
      summary: op.summary,
      tags: [op.tag],
      ...(pathParams.length + query.length > 0 ? { parameters: [...pathParams, ...query] } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema:
                    typeof op.body === 'string'
                      ? { $ref: `#/components/schemas/${op.body}` }
                      : op.body,
                },
              },
            },
          }
        : {}),
      responses,
      // Public operations may still need a credential (an invitation, a private report).
      security:
        role === 'public' || role === undefined
          ? [{}, { bearer: [] }, { session: [] }]
          : [{ bearer: [] }, { session: [] }],
      ...(role ? { 'x-genbridge-role': role } : {}),
    };
    (paths[openApiPath(op.path)] ??= {})[op.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Genbridge collector',
      version,
      description:
        'Stores reverse-mentoring survey responses and serves released, anonymised reports. `x-genbridge-role` is the least role an operation needs (steward > manager > viewer; `public` operations may still check an invitation or a published report).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A per-role API token.' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'Console sign-in session (state-changing requests also need the CSRF token).',
        },
      },
    },
  };
}
