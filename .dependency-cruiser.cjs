// The architecture rules of docs/architecture.md, checked in `npm test` by scripts/check-architecture.mjs.
// A folder under src/ may import only folders of lower layers (or of its own folder): this keeps the
// layers, and it makes a cycle between folders impossible (the script checks the folder graph as well).

/** Lowest first. One folder per layer, so the order is total; docs/architecture.md explains each place. */
const LAYERS = [
  // pure core: plain functions, no framework, no I/O
  'text',
  'extraction',
  'places',
  'parsers',
  // infrastructure
  'config',
  'validation',
  'metrics',
  'store',
  'queue',
  'http',
  'audit',
  'auth',
  'web',
  // features, each above those it reads
  'sources',
  'media',
  'posts',
  'persons',
  'faces',
  'collectors',
  'pipeline',
  'search',
  'export',
  'review',
  'openapi',
  'accounts',
  'overview',
  'health',
  'demo',
];

const esc = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const layerRules = LAYERS.map((folder, i) => {
  const above = LAYERS.slice(i + 1);
  return {
    name: `layer-${folder}`,
    comment: `src/${folder}/ may import only lower layers (docs/architecture.md): not ${above.join(', ') || 'anything above'}, nor the app's wiring in src/*.ts`,
    severity: 'error',
    from: { path: `^src/${esc(folder)}/` },
    to: above.length ? { path: `^src/((${above.map(esc).join('|')})/|[^/]+\\.ts$)` } : { path: '^src/[^/]+\\.ts$' },
  };
});

// Outside infrastructure a pure-core file must not reach for: frameworks, databases, queues, network.
const FRAMEWORKS = '(@nestjs|mongoose|mongodb|bullmq|ioredis|express|multer|@aws-sdk|axios|undici|prom-client|sharp)';
const IO_MODULES = '(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|child_process|worker_threads|cluster)';
const NETWORK_MODULES = '(node:)?(http|https|http2|tls|dgram)';
const HTTP_CLIENTS = '(axios|undici|node-fetch|got|superagent|ws|needle|request|follow-redirects)';
const TESTS = '\\.spec\\.ts$';

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'pure-core',
      comment:
        'src/text/, src/extraction/, src/places/ and src/parsers/ are plain functions: no framework, database, queue or network client, and no I/O (their JSON data is imported; tests may read fixtures)',
      severity: 'error',
      from: { path: '^src/(text|extraction|places|parsers)/', pathNot: TESTS },
      to: { path: [`^(node_modules/)?${FRAMEWORKS}(/|$)`, `^${IO_MODULES}$`] },
    },
    {
      name: 'mongoose-in-repositories-and-schemas',
      comment:
        'only *.repository.ts and *.schema.ts touch Mongoose; the one exception is src/store/: the connection, its index builder and ping, and the forFeature helper the feature store modules use',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: ['\\.repository\\.ts$', '\\.schema\\.ts$', '^src/store/'],
      },
      to: { path: '^(node_modules/)?(mongoose|mongodb|@nestjs/mongoose)(/|$)' },
    },
    {
      name: 'outbound-only-in-http',
      comment:
        'only src/http/ opens connections to the outside: the safe client checks addresses, sizes and times (the spec src/http/no-outbound-bypass.spec.ts also catches the global fetch and raw sockets)',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/http/', TESTS] },
      to: { path: [`^(node_modules/)?${HTTP_CLIENTS}(/|$)`, `^${NETWORK_MODULES}$`] },
    },
    {
      name: 'redis-only-in-queue',
      comment: 'the Redis connection is opened in src/queue/ and shared through its REDIS token; elsewhere ioredis and bullmq are imported for types only',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/queue/', TESTS] },
      to: { path: '^(node_modules/)?(ioredis|bullmq)(/|$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 's3-only-in-file-store',
      comment: 'the object store client is opened in src/media/s3-file-store.ts only (a configured endpoint of ours, not the outside network)',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/media/s3-file-store\\.ts$', TESTS] },
      to: { path: '^(node_modules/)?@aws-sdk(/|$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};

// Not a dependency-cruiser option (non-enumerable, so its schema check does not see it): the script reads it.
Object.defineProperty(module.exports, 'LAYERS', { value: LAYERS, enumerable: false });
