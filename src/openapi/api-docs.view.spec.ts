import { apiDocsPage, renderApiDocs } from './api-docs.view';

const HOSTILE = '<script>alert(1)</script>';
const QUOTE = '"><img src=x onerror=alert(2)>';

/** A document whose every string a caller might have influenced is hostile. */
function hostileDocument() {
  return {
    openapi: '3.1.0',
    info: { title: `Athar ${HOSTILE}`, version: '1', summary: `Summary ${HOSTILE}`, description: `Description ${QUOTE}` },
    tags: [{ name: `tag${QUOTE}` }],
    paths: {
      [`/api/x/{id}${HOSTILE}`]: {
        parameters: [{ name: `id${QUOTE}`, in: 'path', required: true, description: `Id ${HOSTILE}`, schema: { type: 'string', default: HOSTILE } }],
        get: {
          tags: [`tag${QUOTE}`],
          summary: `Get ${HOSTILE}`,
          description: `Roles: ${QUOTE}.`,
          security: [],
          parameters: [{ name: 'q', in: 'query', description: HOSTILE, schema: { anyOf: [{ type: 'string' }, { enum: [HOSTILE] }] } }],
          requestBody: { content: { [`application/json${QUOTE}`]: { schema: { $ref: `#/components/schemas/${HOSTILE}`, description: HOSTILE } } } },
          responses: {
            200: {
              description: `OK ${HOSTILE}`,
              headers: { [`X-${QUOTE}`]: {} },
              content: { 'text/html': { schema: { type: 'array', items: { const: HOSTILE } } } },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: `bearer${QUOTE}`, description: HOSTILE } },
      schemas: { [`Thing${QUOTE}`]: { type: 'object', description: HOSTILE } },
    },
  };
}

describe('the API docs page', () => {
  it('escapes every string of the document: no markup, attribute or script of its own', () => {
    const page = apiDocsPage(hostileDocument());
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img');
    expect(page).not.toMatch(/onerror=alert\(2\)>/);
    expect(page).not.toMatch(/<script(?! src="\/assets\/app\.js")|style=/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('lists each operation under its tag, with its parameters, body, answers and whether it is public', () => {
    const markup = String(
      renderApiDocs({
        openapi: '3.1.0',
        info: { title: 'T', version: '1', summary: 's', description: 'd' },
        tags: [{ name: 'sources' }],
        paths: {
          '/api/sources/{id}': {
            get: {
              tags: ['sources'],
              summary: 'Read a source',
              parameters: [
                { name: 'id', in: 'path', required: true, description: 'The source id', schema: { type: 'string' } },
                {
                  name: 'from',
                  in: 'query',
                  schema: {
                    anyOf: [
                      { type: 'string', format: 'date-time' },
                      { type: 'string', format: 'date' },
                    ],
                  },
                },
              ],
              responses: {
                200: { description: 'The source', content: { 'application/json': { schema: { $ref: '#/components/schemas/Source' } } } },
                404: { description: 'Not found.' },
              },
            },
          },
          '/api/docs': { get: { tags: ['sources'], summary: 'Docs', security: [], responses: { 200: { description: 'HTML' } } } },
        },
        components: { securitySchemes: {}, schemas: { Source: { type: 'object' } } },
      }),
    );
    expect(markup).toContain('id="tag-sources"');
    expect(markup).toMatch(/<span class="method">get<\/span><code>\/api\/sources\/\{id\}<\/code>/);
    expect(markup).toContain('<code>id</code> *');
    expect(markup).toContain('<code>string</code>');
    expect(markup).toContain('<strong>404</strong> Not found.');
    expect(markup).toContain('<code>Source</code>');
    expect(markup).toContain('<span class="badge">public</span>');
  });
});
