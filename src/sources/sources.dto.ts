import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';
import { checkSelectors } from '../parsers/html/html-list-parser';
import { normalizeChannelName } from '../parsers/telegram/telegram-parser';
import { formValues } from '../validation/form';
import { parseInput } from '../validation/input';
import { CONFIG_FIELDS, createInputFromForm, isSourceType, patchFromForm } from './source-form';
import { SOURCE_TYPES, type SourceType } from './source.schema';

/**
 * The sources' request schemas: the API's bodies and queries, and the dashboard's source form
 * (read into the same definitions, then checked by the same schemas).
 */

const keyword = z.string().trim().min(1, 'keywords cannot be empty').max(200);
const keywordList = z.array(keyword).max(200);
const keywords = z.object({ include: keywordList.default([]), exclude: keywordList.default([]) }).strict();
// A PATCH replaces only the lists it names (zod's partial() would still fill in the defaults).
const keywordsPatch = z.object({ include: keywordList, exclude: keywordList }).partial().strict();

export const httpUrl = z
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

const origin = httpUrl.transform((value) => new URL(value).origin);
const maxPages = z.number().int().min(1).max(20);

const rssConfig = z.object({ url: httpUrl }).strict();

const telegramConfig = z
  .object({
    channel: z
      .string()
      .trim()
      .max(200)
      .transform((value, ctx) => {
        try {
          return normalizeChannelName(value);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      }),
    /** How far back the first run reads: at most this many older pages… */
    backfillPages: z.number().int().min(0).max(50).default(3),
    /** …and nothing published before this date. */
    backfillUntil: z.iso
      .date()
      .or(z.iso.datetime({ offset: true }))
      .nullable()
      .default(null),
  })
  .strict();

const selectors = z
  .object({
    item: z.string().trim().min(1, 'is required').max(500),
    text: z.string().trim().min(1).max(500).optional(),
    title: z.string().trim().min(1).max(500).optional(),
    link: z.string().trim().min(1).max(500).optional(),
    date: z.string().trim().min(1).max(500).optional(),
    image: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const problem of checkSelectors(value)) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
const htmlConfig = z.object({ url: httpUrl, selectors }).strict();

const mastodonConfig = z
  .object({
    instance: origin,
    hashtag: z
      .string()
      .trim()
      .regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'must be a hashtag such as #Saydnaya')
      .transform((t) => t.replace(/^#/, ''))
      .optional(),
    account: z
      .string()
      .trim()
      .regex(/^(@?[A-Za-z0-9_.]+(@[A-Za-z0-9.-]+)?|\d{1,20})$/, 'must be @user, @user@instance or an account id')
      .optional(),
    maxPages: maxPages.default(3),
  })
  .strict()
  .refine((c) => (c.hashtag ? 1 : 0) + (c.account ? 1 : 0) === 1, 'give exactly one of hashtag or account');

const blueskyConfig = z
  .object({
    query: z.string().trim().min(1, 'is required').max(300),
    service: origin.default('https://bsky.social'),
    identifier: z.string().trim().min(3, 'is required: the handle or DID of the account that searches').max(300),
    /** Secret: stored apart from the config, never returned or logged. */
    appPassword: z.string().min(1).max(200).optional(),
    maxPages: maxPages.default(3),
  })
  .strict();

const manualConfig = z.object({}).strict();

export const configSchemas = {
  rss: rssConfig,
  telegram: telegramConfig,
  html: htmlConfig,
  mastodon: mastodonConfig,
  bluesky: blueskyConfig,
  manual: manualConfig,
} as const;

/** Config fields that are secrets: moved out of `config` into the source's `secrets` on write. */
export const SECRET_FIELDS: Record<string, string[]> = { bluesky: ['appPassword'] };

const cron = z
  .string()
  .trim()
  .max(100)
  .refine((value) => {
    try {
      CronExpressionParser.parse(value, { tz: 'UTC' });
      return value.split(/\s+/).length >= 5;
    } catch {
      return false;
    }
  }, 'must be a cron expression such as "*/30 * * * *" (UTC)');

const schedule = {
  intervalMinutes: z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(7 * 24 * 60, 'must be at most one week (10080)')
    .meta({ description: 'Minutes between runs (default 60).' }),
  cron: cron.nullable().meta({ description: 'A UTC cron expression, e.g. "*/30 * * * *", instead of intervalMinutes; null for the interval.' }),
  jitterSeconds: z.number().int().min(0).max(3600).meta({ description: 'A random delay added to each run, so sources do not all start at once.' }),
};

const common = {
  name: z.string().trim().min(1, 'is required').max(200),
  intervalMinutes: schedule.intervalMinutes.optional(),
  cron: schedule.cron.optional(),
  jitterSeconds: schedule.jitterSeconds.optional(),
  keywords: keywords.default({ include: [], exclude: [] }),
  enabled: z.boolean().default(true),
};

const TYPE_MESSAGE = `type must be one of: ${SOURCE_TYPES.join(', ')}`;

const sourceOf = <T extends string, C extends z.ZodType>(type: T, config: C) => z.object({ type: z.literal(type), config, ...common }).strict();

export const createSourceInput = z
  .discriminatedUnion(
    'type',
    [
      sourceOf('rss', rssConfig),
      sourceOf('telegram', telegramConfig),
      sourceOf('html', htmlConfig),
      sourceOf('mastodon', mastodonConfig),
      sourceOf('bluesky', blueskyConfig),
      sourceOf('manual', manualConfig.default({})),
    ],
    { error: TYPE_MESSAGE },
  )
  .superRefine((value, ctx) => {
    if (value.cron && value.intervalMinutes !== undefined)
      ctx.addIssue({ code: 'custom', path: ['cron'], message: 'give either cron or intervalMinutes, not both' });
    if (value.type === 'bluesky' && !value.config.appPassword) {
      ctx.addIssue({ code: 'custom', path: ['config', 'appPassword'], message: 'is required: an app password of the searching account' });
    }
  });
export type CreateSourceInput = z.infer<typeof createSourceInput>;

export const updateSourceInput = z
  .object({
    name: common.name,
    config: z.record(z.string(), z.unknown()).meta({
      description:
        "The whole config of the source's type, checked against it: rss {url}; telegram {channel, backfillPages?, backfillUntil?}; html {url, selectors {item, text?, title?, link?, date?, image?}}; mastodon {instance, hashtag | account, maxPages?}; bluesky {query, identifier, appPassword?, service?, maxPages?}. A secret it leaves out keeps its stored value.",
    }),
    intervalMinutes: schedule.intervalMinutes,
    cron: schedule.cron,
    jitterSeconds: schedule.jitterSeconds,
    keywords: keywordsPatch,
    enabled: z.boolean(),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change')
  .refine((patch) => !(patch.cron && patch.intervalMinutes !== undefined), 'give either cron or intervalMinutes, not both');
export type UpdateSourceInput = z.infer<typeof updateSourceInput>;

/** A config checked against its source's type (the output of configSchemas[type]). */
export type SourceConfig = Record<string, unknown>;

/**
 * A change to a source as the service takes it: its config, when given, already checked against
 * the source's type. `configOffered`: the change comes from a form that offers only these config
 * fields; stored fields it does not offer (maxPages) are kept.
 */
export type SourceChange = Omit<UpdateSourceInput, 'config'> & { config?: SourceConfig; configOffered?: string[] };

/** PATCH /api/sources/:id: the change's config checked against the stored source's type (it cannot change). */
export function checkedChange(type: SourceType, patch: UpdateSourceInput): SourceChange {
  if (patch.config === undefined) return { ...patch, config: undefined };
  return { ...patch, config: parseInput(configSchemas[type], patch.config, `config for a ${type} source`) };
}

/** GET /api/sources/:id/runs. */
export const runsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(20).meta({ description: 'How many, 1–200.' }) }).strict();

/** GET /sources/new: the type of the form to show (an unknown type is a page that says so). */
export const newSourceQuery = z.object({ type: z.enum(SOURCE_TYPES).optional().catch(undefined) });

/** GET /sources/:id: after a save, the page says so. */
export const sourceDetailQuery = z.object({
  saved: z
    .unknown()
    .optional()
    .transform((v) => v === '1'),
});

/** The form's type field: hidden on the edit form, chosen before the new form. */
function formType(body: unknown, ctx: z.RefinementCtx): { type: SourceType; values: Record<string, string> } | null {
  const values = formValues(body);
  if (isSourceType(values.type)) return { type: values.type, values };
  ctx.addIssue({ code: 'custom', path: ['type'], message: TYPE_MESSAGE });
  return null;
}

/** POST /sources and /sources/preview: the new-source form, read as a definition and checked as the API checks one. */
export const newSourceForm = z
  .unknown()
  .transform((body, ctx) => {
    const form = formType(body, ctx);
    return form ? createInputFromForm(form.type, form.values) : z.NEVER;
  })
  .pipe(createSourceInput);

/**
 * POST /sources/:id: the edit form, read as a change of the source of its (hidden) type. The
 * change is checked first, then its config against the type; issues name the form's fields.
 */
export const sourceEditForm = z.unknown().transform((body, ctx): { type: SourceType; change: SourceChange } => {
  const form = formType(body, ctx);
  if (!form) return z.NEVER;
  const patch = updateSourceInput.safeParse(patchFromForm(form.type, form.values));
  if (!patch.success) {
    for (const issue of patch.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  }
  if (patch.data.config === undefined) return { type: form.type, change: { ...patch.data, config: undefined } };
  const config = configSchemas[form.type].safeParse(patch.data.config);
  if (!config.success) {
    for (const issue of config.error.issues) ctx.addIssue({ code: 'custom', path: ['config', ...issue.path], message: issue.message });
    return z.NEVER;
  }
  const offered = CONFIG_FIELDS[form.type].map((f) => f.name.split('.')[1]);
  return { type: form.type, change: { ...patch.data, config: config.data, configOffered: offered } };
});
export type SourceEdit = z.infer<typeof sourceEditForm>;
