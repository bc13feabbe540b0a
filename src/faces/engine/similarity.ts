/** A face descriptor as the engine returns it (unit length) or as stored (plain numbers). */
export type Descriptor = Float32Array | readonly number[];

/** Cosine of the angle between two descriptors, in [-1, 1]; 0 when either is all zeros. */
export function cosineSimilarity(a: Descriptor, b: Descriptor): number {
  if (a.length !== b.length) throw new RangeError(`descriptor lengths differ: ${a.length} and ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The descriptor scaled to unit length, so that a dot product is the cosine similarity. */
export function normalizeDescriptor(descriptor: Descriptor): Float32Array {
  const out = Float32Array.from(descriptor);
  let sum = 0;
  for (let i = 0; i < out.length; i++) sum += out[i] * out[i];
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i] /= norm;
  return out;
}
