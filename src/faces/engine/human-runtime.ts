import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Config, Human } from '@vladmandic/human';

/** The three models the engine uses, as shipped inside the @vladmandic/human package. */
export const MODEL_FILES = ['blazeface', 'facemesh', 'faceres'] as const;

const MODEL_SCHEME = 'athar-models://';

/** Folders of the installed packages, found through Node's resolver so they hold in src/ (tsx, jest) and dist/. */
export function packagePaths(): { humanWasmBundle: string; modelDir: string; wasmDir: string } {
  const humanDist = dirname(require.resolve('@vladmandic/human'));
  return {
    // Not reachable through the package's `exports` map, hence the path.
    humanWasmBundle: join(humanDist, 'human.node-wasm.js'),
    modelDir: join(humanDist, '..', 'models'),
    wasmDir: dirname(require.resolve('@tensorflow/tfjs-backend-wasm')),
  };
}

interface TfIo {
  registerLoadRouter(router: (url: string | string[]) => unknown): void;
}

/** A tf.io handler reading a graph model's JSON and its weight shards from disk: no fetch, no network. */
function diskModelHandler(modelDir: string, name: string) {
  return {
    async load() {
      const json = JSON.parse(await readFile(join(modelDir, `${name}.json`), 'utf8')) as {
        modelTopology: unknown;
        weightsManifest: { paths: string[]; weights: unknown[] }[];
        format?: string;
        generatedBy?: string;
        convertedBy?: string;
        signature?: unknown;
        userDefinedMetadata?: unknown;
      };
      const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
      const shards = await Promise.all(json.weightsManifest.flatMap((group) => group.paths).map((path) => readFile(join(modelDir, path))));
      const weights = Buffer.concat(shards);
      return {
        modelTopology: json.modelTopology,
        weightSpecs,
        weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
        signature: json.signature,
        userDefinedMetadata: json.userDefinedMetadata,
      };
    },
  };
}

/** Human's settings for stills: no frame caching (it would reuse one photo's faces for the next). */
export function baseConfig(wasmDir: string): Partial<Config> {
  const noSkip = { skipFrames: 0, skipTime: 0 };
  return {
    backend: 'wasm',
    wasmPath: wasmDir.endsWith('/') ? wasmDir : `${wasmDir}/`,
    wasmPlatformFetch: false,
    modelBasePath: MODEL_SCHEME,
    cacheModels: false,
    cacheSensitivity: 0,
    validateModels: false,
    debug: false,
    async: true,
    warmup: 'none',
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: { modelPath: 'blazeface.json', rotation: true, maxDetected: 20, minConfidence: 0.2, iouThreshold: 0.1, ...noSkip },
      mesh: { enabled: true, modelPath: 'facemesh.json' },
      attention: { enabled: false },
      iris: { enabled: false },
      emotion: { enabled: false },
      description: { enabled: true, modelPath: 'faceres.json', ...noSkip },
      antispoof: { enabled: false },
      liveness: { enabled: false },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    gesture: { enabled: false },
  };
}

let loading: Promise<Human> | undefined;

/**
 * One Human instance per process, on the single-threaded WASM backend, its models read from the
 * package folder. WASM memory only grows, so long-running callers should recycle the process.
 * A failed load is kept and rethrown: a broken install does not mend itself, and a second Human on
 * the same tfjs engine does not come up cleanly.
 */
export function loadHuman(): Promise<Human> {
  loading ??= createHuman();
  return loading;
}

async function createHuman(): Promise<Human> {
  const paths = packagePaths();
  // Human carries on after a model fails to load and then crashes the process from a promise nobody
  // awaits, so a missing file is caught here instead.
  const files = MODEL_FILES.flatMap((name) => [`${name}.json`, `${name}.bin`]).map((f) => join(paths.modelDir, f));
  const absent = (
    await Promise.all(
      files.map((f) =>
        access(f).then(
          () => null,
          () => f,
        ),
      ),
    )
  ).filter((f) => f !== null);
  if (absent.length > 0) throw new Error(`face model files are missing (reinstall @vladmandic/human): ${absent.join(', ')}`);
  // The WASM bundle's path is found at run time (it is not the package's main entry), so it is required by path.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require(paths.humanWasmBundle) as typeof import('@vladmandic/human');
  const human = new lib.Human(baseConfig(paths.wasmDir));
  const tf = human.tf as { io: TfIo; env(): { set(flag: string, value: unknown): void } };
  tf.io.registerLoadRouter((url) => {
    if (typeof url !== 'string' || !url.startsWith(MODEL_SCHEME)) return null;
    const name = url.slice(MODEL_SCHEME.length).replace(/\.json$/, '');
    return (MODEL_FILES as readonly string[]).includes(name) ? diskModelHandler(paths.modelDir, name) : null;
  });
  // Worker threads inside WASM would compete with the queue workers for the same cores.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await human.load();
  const missing = MODEL_FILES.filter((name) => !human.models.loaded().some((loaded) => loaded.includes(name)));
  if (missing.length > 0) throw new Error(`face models failed to load: ${missing.join(', ')}`);
  return human;
}
