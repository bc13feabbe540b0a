/**
 * Splits 64-bit perceptual hashes (16 hex chars) into eight 8-bit bands, tagged by position.
 * Two hashes within Hamming distance 7 always share a band (pigeonhole), so a multikey index on
 * the bands finds every such candidate without comparing against the whole collection.
 */
export function hashBands(...hashes: string[]): string[] {
  const bands = new Set<string>();
  for (const hash of hashes) {
    if (!/^[0-9a-f]{16}$/i.test(hash)) continue;
    for (let i = 0; i < 8; i++) bands.add(`${i}:${hash.slice(i * 2, i * 2 + 2).toLowerCase()}`);
  }
  return [...bands];
}
