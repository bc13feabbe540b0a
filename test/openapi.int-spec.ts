import Ajv2020 from 'ajv/dist/2020';
import { api, cleanUp, isolatedEnv, registeredRoutes, type TestApp, type TestEnv, startTestApp } from './helpers/test-app';

jest.setTimeout(60_000);

/** Every route the running server's Express router holds under /api, as "METHOD /api/path/{param}". */
function registeredApiRoutes(test: TestApp): string[] {
  const apiRoutes = registeredRoutes(test).filter(({ path }) => path === '/api' || path.startsWith('/api/'));
  return [...new Set(apiRoutes.map(({ method, path }) => `${method} ${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`))].sort();
}

describe('the API document, built from the code', () => {
  let env: TestEnv;
  let test: TestApp;
  let doc: {
    openapi: string;
    paths: Record<
      string,
      Record<
        string,
        {
          summary: string;
          tags: string[];
          parameters?: { name: string; in: string; description?: string; schema: object }[];
          requestBody?: unknown;
          responses: Record<string, unknown>;
          security?: unknown[];
          description: string;
        }
      >
    >;
  };

  beforeAll(async () => {
    env = isolatedEnv('openapi');
    test = await startTestApp(env);
    const res = await api(test.baseUrl).get('/api/docs/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body;
  });

  afterAll(async () => {
    await test?.close();
    await cleanUp(env);
  });

  it('has every route the server registered under /api, each method of each path', () => {
    const registered = registeredApiRoutes(test);
    // The router holds the whole API: not an empty list that would pass by itself.
    expect(registered).toEqual(
      expect.arrayContaining(['POST /api/import/pfif', 'GET /api/search/posts', 'PATCH /api/sources/{id}', 'GET /api/docs/openapi.json']),
    );
    expect(registered.length).toBeGreaterThan(25);
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(registered.filter((route) => !documented.includes(route))).toEqual([]);
    // …and nothing that is not served.
    expect(documented.filter((route) => !registered.includes(route))).toEqual([]);
  });

  it('documents each route: a summary, its roles or that it is public, and 401/403/429 with Retry-After where a token is needed', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect([path, method, op.summary]).not.toEqual([path, method, expect.stringMatching(/not documented/)]);
        expect(op.tags).toHaveLength(1);
        if (op.security?.length === 0) continue;
        expect([path, method, op.description]).toEqual([path, method, expect.stringMatching(/Roles: [a-z, ]+\./)]);
        expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403', '429']));
      }
    }
    expect(doc.paths['/api/sources/{id}'].patch.description).toMatch(/Roles: operator, admin\./);
    expect(doc.paths['/api/import/pfif'].post.description).toMatch(/Roles: admin\./);
    expect(doc.paths['/api/docs'].get.security).toEqual([]);
    expect(JSON.stringify(doc.paths['/api/search/posts'].get.responses['429'])).toContain('Retry-After');
  });

  it('takes the parameters and bodies from the schemas the routes validate with', () => {
    const search = doc.paths['/api/search/posts'].get;
    const names = search.parameters!.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['q', 'from', 'to', 'sourceId', 'lang', 'hasPhoto', 'personId', 'sort', 'limit', 'cursor']));
    expect(search.parameters!.find((p) => p.name === 'q')!.description).toMatch(/prefixes/);
    expect(Object.keys(search.responses)).toEqual(expect.arrayContaining(['200', '400']));
    expect(JSON.stringify(search.responses['200'])).toContain('nextCursor');
    const exportPersons = doc.paths['/api/export/persons.pfif.xml'].get;
    expect(exportPersons.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['name', 'verification', 'includeUnverified']));
    expect(exportPersons.parameters!.map((p) => p.name)).not.toContain('limit');
    const source = doc.paths['/api/sources/{id}'];
    expect(source.get.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', description: expect.stringMatching(/24 hex digits/) })]);
    expect(Object.keys(source.delete.responses)).toEqual(expect.arrayContaining(['204', '404']));
    expect(JSON.stringify(doc.paths['/api/sources'].post.requestBody)).toMatch(/"intervalMinutes".*"maximum":10080/);
    expect(doc.paths['/api/import/pfif'].post.requestBody).toMatchObject({ content: { 'application/xml': expect.anything() } });
    expect(Object.keys(doc.paths['/api/faces/search'].post.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
  });

  it('gives valid JSON Schemas (2020-12) that accept what the API accepts', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const schemas = Object.values(doc.paths)
      .flatMap((item) => Object.values(item))
      .flatMap((op) => [
        ...Object.values((op.requestBody as { content?: Record<string, { schema: object }> } | undefined)?.content ?? {}).map((c) => c.schema),
        ...(op.parameters ?? []).map((p) => p.schema),
      ]);
    expect(schemas.length).toBeGreaterThan(40);
    for (const schema of schemas) expect(() => ajv.compile(schema)).not.toThrow();
    const tip = ajv.compile((doc.paths['/api/tips'].post.requestBody as { content: Record<string, { schema: object }> }).content['application/json'].schema);
    expect(tip({ text: 'أفرج عن المعتقل', note: 'seen' })).toBe(true);
    expect(tip({ text: 'x', colour: 'red' })).toBe(false);
  });
});
