/**
 * `npm run eval:faces [-- --json] [-- --split=tune|report] [-- --set name=value …] [-- --dataset=DIR]`
 *
 * Measures face search on ../shared/datasets/faces-london (Face Research Lab London Set, CC BY 4.0,
 * DeBruine & Jones 2017; attribution in its README.md and docs/faces.md). The gallery is each
 * person's neutral photo; the probes are their smiling photo and their degraded copy (small,
 * grey-blur, crop-tilt or jpeg30: each person has at most one). For each probe kind it prints ROC AUC,
 * the true-match rate at 0.1 % and 1 % false matches, and rank-1 / rank-5 accuracy. A photo in which
 * no face is found counts as a miss.
 *
 * Settings were chosen on the tune identities (up to 097); figures are reported on the report
 * identities (099 and above). Without --split both are printed, tune first, and the similarity
 * thresholds that give 0.1 % and 1 % false matches on tune are applied to report as a check.
 *
 *   --json           one line: {"smiling": {auc, tpr001, tpr01, rank1, rank5}, "degraded": {kind: {…}}}
 *                    on the report identities, rates as fractions
 *   --split=…        compute only that split
 *   --set name=value override one engine setting (FaceEngineSettings), e.g. --set cropScale=1.8
 *   --face-sizes     instead: how small a face can be and still match. Each tune person's smiling
 *                    photo is shrunk to 48, 64, 96 and 128 px and searched among the tune neutral
 *                    photos (this is what the 640 px detection tiles were sized from)
 *   --dataset=DIR    read the set from DIR instead of ../shared/datasets/faces-london
 *
 * Exits 1 when the dataset is missing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { detectFaces, DEFAULT_FACE_SETTINGS, type FaceEngineSettings } from '../src/faces/engine/face-engine';
import { DatasetMissingError, DEGRADED_KINDS, readFacesLondon, splitOf, type FacesLondon, type Split } from '../src/faces/eval/faces-london';
import { rateAbove, scoreProbes, thresholdAtFpr, type ProbeReport } from '../src/faces/eval/metrics';

const DEFAULT_DATASET = resolve(__dirname, '..', '..', 'shared', 'datasets', 'faces-london');
const PROBE_KINDS = ['smiling', ...DEGRADED_KINDS] as const;
type ProbeKind = (typeof PROBE_KINDS)[number];

function options(): { json: boolean; faceSizes: boolean; split?: Split; dataset: string; settings: Partial<FaceEngineSettings> } {
  const args = process.argv.slice(2);
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const split = value('split');
  if (split !== undefined && split !== 'tune' && split !== 'report') throw new Error('--split takes tune or report');
  const settings: Record<string, number | boolean> = {};
  args.forEach((arg, i) => {
    if (arg !== '--set') return;
    const [name, raw] = (args[i + 1] ?? '').split('=');
    if (!(name in DEFAULT_FACE_SETTINGS) || raw === undefined)
      throw new Error(`--set takes name=value with a name of ${Object.keys(DEFAULT_FACE_SETTINGS).join(', ')}`);
    settings[name] = raw === 'true' ? true : raw === 'false' ? false : Number(raw);
  });
  return { json: args.includes('--json'), faceSizes: args.includes('--face-sizes'), split, dataset: value('dataset') ?? DEFAULT_DATASET, settings };
}

interface SplitResult {
  split: Split;
  gallerySize: number;
  reports: Record<ProbeKind, ProbeReport>;
  manyFaces: number;
}

async function evaluateSplit(set: FacesLondon, split: Split, settings: Partial<FaceEngineSettings>, log: (s: string) => void): Promise<SplitResult> {
  const ids = set.ids.filter((id) => splitOf(id) === split);
  let manyFaces = 0;
  let done = 0;
  const describe = async (file: string | undefined) => {
    if (!file) return undefined;
    const faces = await detectFaces(readFileSync(file), { ...settings, thumbnailSize: 0 });
    if (faces.length > 1) manyFaces++;
    if (++done % 25 === 0) log(`  ${split}: ${done} photos`);
    return faces[0]?.descriptor; // biggest face: one sitter per photo
  };
  const gallery = new Map<string, Float32Array | undefined>();
  for (const id of ids) gallery.set(id, await describe(set.neutral.get(id)));
  const reports = {} as Record<ProbeKind, ProbeReport>;
  for (const kind of PROBE_KINDS) {
    const files = kind === 'smiling' ? set.smiling : set.degraded[kind];
    const probes = new Map<string, Float32Array | undefined>();
    for (const id of ids) if (files.has(id)) probes.set(id, await describe(files.get(id)));
    reports[kind] = scoreProbes(gallery, probes);
  }
  return { split, gallerySize: gallery.size, reports, manyFaces };
}

const pct = (x: number) => (Number.isNaN(x) ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);

const sim = (x: number) => (Number.isFinite(x) ? x.toFixed(3).padStart(6) : '  none');

function formatSplit(result: SplitResult): string {
  const title = result.split === 'tune' ? 'tune identities (001–097), used to choose settings' : 'report identities (099 and above)';
  const lines = [
    `${title}: gallery of ${result.gallerySize} neutral photos; ${result.manyFaces} photos had more than one face (the biggest was used)`,
    'probe       probes  no face      AUC  TPR@0.1%FM  TPR@1%FM  rank-1  rank-5   lowest true  highest false',
  ];
  for (const kind of PROBE_KINDS) {
    const r = result.reports[kind];
    lines.push(
      `${kind.padEnd(10)} ${String(r.probes).padStart(7)} ${String(r.probesWithoutFace).padStart(8)}  ${r.auc.toFixed(5)}` +
        `      ${pct(r.tpr001)}    ${pct(r.tpr01)}  ${pct(r.rank1)}  ${pct(r.rank5)}` +
        `   ${sim(Math.min(...r.genuine))}        ${sim(Math.max(...r.impostor))}`,
    );
  }
  const noGallery = result.reports.smiling.galleryWithoutFace;
  if (noGallery > 0) lines.push(`${noGallery} neutral photos had no face found; their true matches count as misses`);
  return lines.join('\n');
}

/** Thresholds fixed on tune, applied to report: what a chosen cut-off does on people it never saw. */
function formatThresholdCheck(tune: SplitResult, report: SplitResult): string {
  const pooled = (r: SplitResult, key: 'genuine' | 'impostor') => PROBE_KINDS.flatMap((k) => r.reports[k][key]);
  const lines = ['similarity thresholds chosen on tune (all probe kinds pooled), applied to report:'];
  for (const fpr of [0.001, 0.01]) {
    const t = thresholdAtFpr(pooled(tune, 'impostor'), fpr);
    lines.push(
      `  at ${fpr * 100}% tune false matches: similarity > ${t.toFixed(3)}; on report ${pct(rateAbove(pooled(report, 'impostor'), t)).trim()} false matches, ` +
        `true matches ${pct(rateAbove(report.reports.smiling.genuine, t)).trim()} smiling, ${pct(
          rateAbove(
            DEGRADED_KINDS.flatMap((k) => report.reports[k].genuine),
            t,
          ),
        ).trim()} degraded`,
    );
  }
  return lines.join('\n');
}

async function faceSizeStudy(set: FacesLondon, settings: Partial<FaceEngineSettings>): Promise<string> {
  const ids = set.ids.filter((id) => splitOf(id) === 'tune');
  const first = async (image: Buffer) => (await detectFaces(image, { ...settings, thumbnailSize: 0 }))[0];
  const gallery = new Map<string, Float32Array | undefined>();
  for (const id of ids) gallery.set(id, (await first(readFileSync(set.neutral.get(id) as string)))?.descriptor);
  const lines = [
    `smiling photos of the ${ids.length} tune people, shrunk, searched among their neutral photos:`,
    'photo  face box  found  rank-1  rank-5      AUC',
  ];
  for (const side of [48, 64, 96, 128]) {
    const probes = new Map<string, Float32Array | undefined>();
    const widths: number[] = [];
    for (const id of ids) {
      const small = await sharp(readFileSync(set.smiling.get(id) as string))
        .resize(side, side)
        .jpeg({ quality: 90 })
        .toBuffer();
      const face = await first(small);
      if (face) widths.push(face.box.width);
      probes.set(id, face?.descriptor);
    }
    const r = scoreProbes(gallery, probes);
    const box = widths.length ? Math.round(widths.reduce((a, b) => a + b, 0) / widths.length) : 0;
    lines.push(
      `${String(side).padStart(3)} px  ~${String(box).padStart(3)} px  ${String(r.probes - r.probesWithoutFace).padStart(2)}/${r.probes}  ${pct(r.rank1)}  ${pct(r.rank5)}  ${r.auc.toFixed(4)}`,
    );
  }
  return lines.join('\n');
}

function toJson(result: SplitResult): string {
  const pick = (r: ProbeReport) => ({ auc: r.auc, tpr001: r.tpr001, tpr01: r.tpr01, rank1: r.rank1, rank5: r.rank5 });
  return JSON.stringify({
    smiling: pick(result.reports.smiling),
    degraded: Object.fromEntries(DEGRADED_KINDS.map((kind) => [kind, pick(result.reports[kind])])),
  });
}

async function main(): Promise<number> {
  const opts = options();
  let set: FacesLondon;
  try {
    set = readFacesLondon(opts.dataset);
  } catch (error) {
    if (error instanceof DatasetMissingError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const started = Date.now();
  if (opts.faceSizes) {
    console.log(await faceSizeStudy(set, opts.settings));
    return 0;
  }
  if (opts.json) {
    console.log(toJson(await evaluateSplit(set, 'report', opts.settings, log)));
    return 0;
  }
  const splits: Split[] = opts.split ? [opts.split] : ['tune', 'report'];
  const results: SplitResult[] = [];
  const changed = Object.keys(opts.settings).length > 0 ? ` (settings changed: ${JSON.stringify(opts.settings)})` : '';
  console.log(`faces-london at ${set.dir}: ${set.ids.length} people${changed}`);
  for (const split of splits) {
    const result = await evaluateSplit(set, split, opts.settings, log);
    results.push(result);
    console.log('');
    console.log(formatSplit(result));
  }
  if (results.length === 2) {
    console.log('');
    console.log(formatThresholdCheck(results[0], results[1]));
  }
  console.log('');
  console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
