// `npm test` runs this before tsc: the dependency rules of .dependency-cruiser.cjs (docs/architecture.md),
// then the folder graph of src/, which must have no cycle. Exits 1 with one line per broken rule.
// --report prints the folder-level graph (what each folder imports), for issue notes and reviews.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs'));
const report = process.argv.includes('--report');

function cruise() {
  const bin = join(root, 'node_modules', '.bin', 'depcruise');
  try {
    return execFileSync(bin, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    // depcruise exits with the number of errors; its JSON is still on stdout.
    if (error.stdout) return error.stdout;
    throw error;
  }
}

const result = JSON.parse(cruise());
const problems = [];

for (const v of result.summary.violations ?? []) {
  const rule = config.forbidden.find((r) => r.name === v.rule.name);
  const what = v.cycle ? v.cycle.map((c) => c.name ?? c).join(' → ') : `${v.from} → ${v.to}`;
  problems.push(`${v.rule.name}: ${what}\n    ${rule?.comment ?? ''}`);
}

const folderOf = (path) => {
  const m = /^src\/([^/]+)\//.exec(path);
  return m ? m[1] : path.startsWith('src/') ? '(app wiring: src/*.ts)' : null;
};

const folders = readdirSync(join(root, 'src')).filter((name) => statSync(join(root, 'src', name)).isDirectory());
for (const folder of folders) {
  if (!config.LAYERS.includes(folder)) {
    problems.push(`unknown-folder: src/${folder}/ is in no layer\n    add it to LAYERS in .dependency-cruiser.cjs and to docs/architecture.md`);
  }
}

const graph = new Map();
for (const m of result.modules) {
  const from = folderOf(m.source);
  if (!from) continue;
  if (!graph.has(from)) graph.set(from, new Set());
  for (const d of m.dependencies) {
    const to = folderOf(d.resolved);
    if (to && to !== from) graph.get(from).add(to);
  }
}

// Tarjan's strongly connected components: any with more than one folder is a cycle between folders.
let index = 0;
const idx = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function connect(v) {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!idx.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const v of graph.keys()) if (!idx.has(v)) connect(v);
for (const c of cycles) {
  const edges = c.flatMap((a) => [...graph.get(a)].filter((b) => c.includes(b)).map((b) => `${a} → ${b}`));
  problems.push(`no-folder-cycle: ${c.join(', ')} import each other in a ring (${edges.join('; ')})\n    move the shared part down a layer (docs/architecture.md)`);
}

if (report) {
  const rank = (f) => (config.LAYERS.includes(f) ? config.LAYERS.indexOf(f) : config.LAYERS.length);
  const order = [...graph.keys()].sort((a, b) => rank(b) - rank(a) || a.localeCompare(b));
  console.log(`Folder-level imports of src/ (${order.length} folders, highest layer first; ${cycles.length} cycle(s)):`);
  for (const f of order) {
    const deps = [...graph.get(f)].sort((a, b) => rank(b) - rank(a) || a.localeCompare(b));
    console.log(`  ${f.padEnd(12)} → ${deps.join(', ') || '(nothing in src)'}`);
  }
}

if (problems.length) {
  console.error(`Architecture check failed (docs/architecture.md, .dependency-cruiser.cjs): ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ✖ ${p}`);
  process.exit(1);
}
const s = result.summary;
console.error(`architecture: ${s.totalCruised} modules, ${s.totalDependenciesCruised} dependencies, ${graph.size} folders: layers kept, no cycle`);
