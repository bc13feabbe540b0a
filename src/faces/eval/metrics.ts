/**
 * Face-verification figures, from similarity scores. Pure functions, shared by `npm run eval:faces`
 * and its spec.
 *
 * A photo in which no face was found still counts: its true match scores -Infinity (a miss at every
 * threshold and every rank), so failures to detect lower the figures rather than vanish from them.
 */
import { cosineSimilarity, type Descriptor } from '../engine/similarity';

/** Probability that a true match scores above a false one (ties count half): the area under the ROC curve. */
export function rocAuc(genuine: readonly number[], impostor: readonly number[]): number {
  if (genuine.length === 0 || impostor.length === 0) return NaN;
  const sorted = [...impostor].sort((a, b) => a - b);
  let wins = 0;
  for (const g of genuine) wins += lowerBound(sorted, g) + (upperBound(sorted, g) - lowerBound(sorted, g)) / 2;
  return wins / (genuine.length * impostor.length);
}

/**
 * The similarity a true match must exceed so that at most `fpr` of the false matches do: with m false
 * matches, the (⌊fpr·m⌋+1)-th highest false-match score. With few false matches this is their maximum.
 */
export function thresholdAtFpr(impostor: readonly number[], fpr: number): number {
  if (impostor.length === 0) return -Infinity;
  const sorted = [...impostor].sort((a, b) => b - a);
  return sorted[Math.min(sorted.length - 1, Math.floor(fpr * sorted.length))];
}

/** Share of `scores` strictly above `threshold`. */
export function rateAbove(scores: readonly number[], threshold: number): number {
  return scores.length === 0 ? NaN : scores.filter((s) => s > threshold).length / scores.length;
}

/** True-match rate when the threshold lets through at most `fpr` of the false matches. */
export function tprAtFpr(genuine: readonly number[], impostor: readonly number[], fpr: number): number {
  return rateAbove(genuine, thresholdAtFpr(impostor, fpr));
}

export interface ProbeReport {
  /** Probes scored (photos of the probe kind whose person is in the gallery). */
  probes: number;
  /** Probes in which no face was found. */
  probesWithoutFace: number;
  /** Gallery photos in which no face was found. */
  galleryWithoutFace: number;
  genuine: number[];
  impostor: number[];
  /** Rank of the true match among the gallery, 1 = nearest; Infinity when a face is missing. */
  ranks: number[];
  auc: number;
  tpr001: number;
  tpr01: number;
  rank1: number;
  rank5: number;
}

/**
 * Each probe searched against the gallery (one photo per person, keyed alike): its true match is the
 * gallery photo with its key, every other gallery photo a false match. Ties rank pessimistically.
 */
export function scoreProbes(gallery: ReadonlyMap<string, Descriptor | undefined>, probes: ReadonlyMap<string, Descriptor | undefined>): ProbeReport {
  const genuine: number[] = [];
  const impostor: number[] = [];
  const ranks: number[] = [];
  let probesWithoutFace = 0;
  for (const [id, probe] of probes) {
    if (!gallery.has(id)) continue;
    if (!probe) probesWithoutFace++;
    const scores = new Map<string, number>();
    for (const [galleryId, g] of gallery) scores.set(galleryId, probe && g ? cosineSimilarity(probe, g) : -Infinity);
    const own = scores.get(id) as number;
    genuine.push(own);
    let rank = own === -Infinity ? Infinity : 1;
    for (const [galleryId, score] of scores) {
      if (galleryId === id) continue;
      impostor.push(score);
      if (rank !== Infinity && score >= own) rank++;
    }
    ranks.push(rank);
  }
  const galleryWithoutFace = [...gallery.values()].filter((g) => !g).length;
  const share = (k: number) => (ranks.length === 0 ? NaN : ranks.filter((r) => r <= k).length / ranks.length);
  return {
    probes: ranks.length,
    probesWithoutFace,
    galleryWithoutFace,
    genuine,
    impostor,
    ranks,
    auc: rocAuc(genuine, impostor),
    tpr001: tprAtFpr(genuine, impostor, 0.001),
    tpr01: tprAtFpr(genuine, impostor, 0.01),
    rank1: share(1),
    rank5: share(5),
  };
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
