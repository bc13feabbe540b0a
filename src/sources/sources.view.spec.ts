import { ARABIC, expectInert, hostile, JS_URL, LANGS, pageCtx, shown } from '../../test/helpers/hostile-html';
import type { CollectorRunRecord } from './collector-run.repository';
import type { PreviewResult } from './source-collection.port';
import type { SourceFormValues } from './source-form';
import type { SourceView } from './sources.service';
import { newSourceView, sourceDetailView, sourcesListView } from './sources.view';

const AT = new Date('2026-12-01T10:00:00Z');
const EARLIER = new Date('2026-11-30T10:00:00Z');

function source(over: Partial<SourceView> = {}): SourceView {
  return {
    id: '64b000000000000000000001',
    type: 'html',
    name: hostile('name'),
    config: { url: JS_URL, selectors: { item: hostile('selector'), link: 'a' }, maxPages: hostile('extra') },
    intervalMinutes: 60,
    cron: hostile('cron'),
    jitterSeconds: 0,
    keywords: { include: [hostile('include')], exclude: [hostile('exclude')] },
    enabled: true,
    nextRunAt: AT,
    health: {
      state: 'error',
      lastRunAt: AT,
      lastSuccessAt: EARLIER,
      lastError: hostile('last-error'),
      lastErrorAt: AT,
      consecutiveFailures: 1,
      consecutivePermanentFailures: 0,
      lastRunNewItems: 0,
    },
    createdBy: null,
    createdAt: EARLIER,
    updatedAt: AT,
    secretsSet: [],
    ...over,
  };
}

function run(over: Partial<CollectorRunRecord> = {}): CollectorRunRecord {
  return {
    id: '64b0000000000000000000r1',
    sourceId: '64b000000000000000000001',
    jobId: 'job-1',
    attempt: 1,
    startedAt: AT,
    finishedAt: AT,
    status: 'failed',
    httpStatus: 500,
    notModified: false,
    counts: { fetched: 0, new: 0, duplicate: 0, filtered: 0 },
    error: hostile('run-error'),
    errorKind: 'transient',
    note: hostile('run-note'),
    ...over,
  };
}

/** A form sent back with its errors: every value, and the errors themselves, hostile. */
function echoed(): { values: SourceFormValues; errors: Record<string, string> } {
  return {
    values: {
      name: hostile('v-name'),
      'config.url': JS_URL,
      'config.selectors.item': hostile('v-selector'),
      cron: hostile('v-cron'),
      intervalMinutes: hostile('v-interval'),
      'keywords.include': hostile('v-include'),
      'keywords.exclude': hostile('v-exclude'),
    },
    errors: { name: hostile('e-name'), 'config.url': hostile('e-url'), _form: hostile('e-form'), [hostile('e-key')]: hostile('e-other') },
  };
}

function previewItem(tag: string, url: string | null, filter: PreviewResult['items'][number]['filter']): PreviewResult['items'][number] {
  return {
    post: {
      externalId: tag,
      url,
      author: hostile(`${tag}-author`),
      title: hostile(`${tag}-title`),
      text: hostile(`${tag}-text`),
      publishedAt: null,
      media: [],
      lang: 'ar',
      rawSha256: 'x',
    },
    filter,
  };
}

const preview: PreviewResult = {
  ok: true,
  error: null,
  httpStatus: 200,
  items: [previewItem('i1', JS_URL, { keep: false, reason: 'excluded', keyword: hostile('keyword') }), previewItem('i2', null, { keep: true })],
  counts: { fetched: 2, kept: 1, filtered: 1 },
};

describe('sources views', () => {
  it('lists hostile source names, schedules and last errors as text, never as markup', () => {
    for (const lang of LANGS) {
      const history = source({
        id: '64b000000000000000000002',
        name: hostile('old'),
        cron: null,
        health: { ...source().health, state: 'ok', lastError: hostile('old-error'), lastErrorAt: EARLIER, lastSuccessAt: AT },
      });
      const out = sourcesListView(pageCtx(lang, ['operator']), [source(), history]);
      expectInert(out);
      for (const tag of ['name', 'cron', 'last-error', 'old', 'old-error']) expect(out).toContain(shown(tag));
      expect(out).toContain(ARABIC);
    }
  });

  it('shows a hostile source’s settings, keywords and runs as text, and its form values and errors escaped', () => {
    for (const lang of LANGS) {
      const { values, errors } = echoed();
      const out = sourceDetailView(
        pageCtx(lang, ['operator']),
        source({ secretsSet: ['appPassword'] }),
        [run(), run({ id: 'r2', status: 'succeeded', error: null })],
        values,
        errors,
        hostile('flash'),
      );
      expectInert(out);
      for (const tag of [
        'name',
        'selector',
        'extra',
        'include',
        'exclude',
        'last-error',
        'run-error',
        'run-note',
        'flash',
        'v-selector',
        'v-include',
        'v-exclude',
        'e-name',
        'e-url',
        'e-form',
        'e-key',
        'e-other',
      ]) {
        expect(out).toContain(shown(tag));
      }
      expect(out).toContain(`<title>${shown('name')} · `);
      for (const tag of ['v-name', 'v-cron', 'v-interval']) expect(out).toContain(`value="${shown(tag)}"`);
      expect(out).toContain(`value="${JS_URL}"`);
      expect(out).toContain(ARABIC);
    }
  });

  it('shows a hostile preview (titles, texts, links, excluded keyword) as text, never a javascript: link', () => {
    for (const lang of LANGS) {
      const { values, errors } = echoed();
      const out = newSourceView(pageCtx(lang, ['operator']), 'html', values, errors, preview);
      expectInert(out);
      for (const tag of ['i1-title', 'i1-text', 'i2-title', 'i2-text', 'keyword', 'v-selector', 'e-other']) expect(out).toContain(shown(tag));
      expect(out).toContain('href="#"');
      expect(out).not.toContain(shown('i1-author'));
    }
  });

  it('shows a hostile preview failure as text', () => {
    for (const lang of LANGS) {
      const out = newSourceView(
        pageCtx(lang, ['operator']),
        'rss',
        { 'config.url': JS_URL },
        {},
        { ok: false, error: hostile('preview-error'), httpStatus: null, items: [], counts: { fetched: 0, kept: 0, filtered: 0 } },
      );
      expectInert(out);
      expect(out).toContain(shown('preview-error'));
      expect(out).toContain(ARABIC);
    }
  });
});
