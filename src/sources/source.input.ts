import { z } from 'zod';

const keyword = z.string().trim().min(1, 'keywords cannot be empty').max(200);
const keywordList = z.array(keyword).max(200);
const keywords = z.object({ include: keywordList.default([]), exclude: keywordList.default([]) }).strict();
// A PATCH replaces only the lists it names (zod's partial() would still fill in the defaults).
const keywordsPatch = z.object({ include: keywordList, exclude: keywordList }).partial().strict();

const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an absolute http:// or https:// URL');

export const rssConfig = z.object({ url: httpUrl }).strict();

const common = {
  name: z.string().trim().min(1, 'is required').max(200),
  intervalMinutes: z.number().int().min(1, 'must be at least 1').max(7 * 24 * 60, 'must be at most one week (10080)'),
  keywords,
  enabled: z.boolean(),
};

export const createSourceInput = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        type: z.literal('rss'),
        config: rssConfig,
        name: common.name,
        intervalMinutes: common.intervalMinutes.default(60),
        keywords: keywords.default({ include: [], exclude: [] }),
        enabled: common.enabled.default(true),
      })
      .strict(),
  ],
  { error: 'type must be one of: rss' },
);
export type CreateSourceInput = z.infer<typeof createSourceInput>;

export const updateSourceInput = z
  .object({
    name: common.name,
    config: z.record(z.string(), z.unknown()),
    intervalMinutes: common.intervalMinutes,
    keywords: keywordsPatch,
    enabled: common.enabled,
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change');
export type UpdateSourceInput = z.infer<typeof updateSourceInput>;

/** The type-specific config schema, used to check a PATCHed config against the source's type. */
export const configSchemas = { rss: rssConfig } as const;
