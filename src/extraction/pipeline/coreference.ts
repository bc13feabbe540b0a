import type { ExtractedMention } from '../types';

/** Stage 7, coreference: the mentions of one person in a post. */

/**
 * A post often names a person twice (headline, then body) and states the facts only once:
 * mentions written exactly alike fill each other's missing attributes.
 */
export function shareAttributesWithinPost(mentions: ExtractedMention[]): ExtractedMention[] {
  const byName = new Map<string, ExtractedMention[]>();
  for (const m of mentions) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    for (const key of Object.keys(same[0].attributes) as (keyof ExtractedMention['attributes'])[]) {
      const known = same.find((m) => m.attributes[key] !== null)?.attributes[key];
      if (known === undefined || known === null) continue;
      for (const m of same) if (m.attributes[key] === null) (m.attributes as unknown as Record<string, unknown>)[key] = known;
    }
  }
  return mentions;
}
