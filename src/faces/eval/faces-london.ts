/**
 * The faces-london evaluation set (../shared/datasets/faces-london, Face Research Lab London Set,
 * CC BY 4.0; see its README.md): neutral/NNN.jpg, smiling/NNN.jpg and degraded/NNN-<kind>.jpg, where
 * each person has at most one degraded copy. Read from where it lives; never copied into the project.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DEGRADED_KINDS = ['small', 'grey-blur', 'crop-tilt', 'jpeg30'] as const;
export type DegradedKind = (typeof DEGRADED_KINDS)[number];
export type Split = 'tune' | 'report';

/** Settings are chosen on people numbered up to 097 and figures reported on 099 and above. */
export function splitOf(id: string): Split {
  return Number(id) <= 97 ? 'tune' : 'report';
}

export interface FacesLondon {
  dir: string;
  ids: string[];
  neutral: Map<string, string>;
  smiling: Map<string, string>;
  degraded: Record<DegradedKind, Map<string, string>>;
}

export class DatasetMissingError extends Error {
  constructor(readonly dir: string) {
    super(
      `The faces-london dataset is not at ${dir}. It is shared, not part of this repository: ` +
        'put it at ../shared/datasets/faces-london next to the checkout (neutral/, smiling/, degraded/), or pass --dataset=<dir>.',
    );
    this.name = 'DatasetMissingError';
  }
}

export function readFacesLondon(dir: string): FacesLondon {
  if (!existsSync(join(dir, 'neutral')) || !existsSync(join(dir, 'smiling'))) throw new DatasetMissingError(dir);
  const photos = (folder: string) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder))
          .filter((f) => /\.jpe?g$/i.test(f))
          .sort()
      : [];
  const byId = (folder: string) =>
    new Map(photos(folder).flatMap((f) => (/^(\d{3})\.jpe?g$/i.test(f) ? [[f.slice(0, 3), join(dir, folder, f)] as const] : [])));
  const neutral = byId('neutral');
  const smiling = byId('smiling');
  const degraded = Object.fromEntries(DEGRADED_KINDS.map((kind) => [kind, new Map<string, string>()])) as FacesLondon['degraded'];
  for (const f of photos('degraded')) {
    const m = /^(\d{3})-([a-z0-9-]+)\.jpe?g$/i.exec(f);
    if (m && (DEGRADED_KINDS as readonly string[]).includes(m[2])) degraded[m[2] as DegradedKind].set(m[1], join(dir, 'degraded', f));
  }
  return { dir, ids: [...neutral.keys()], neutral, smiling, degraded };
}
