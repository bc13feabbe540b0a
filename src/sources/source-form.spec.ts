import { fieldErrors, formValues } from '../validation/form';
import { createSourceInput, updateSourceInput } from './sources.dto';
import { createInputFromForm, formFromSource, patchFromForm, splitKeywords } from './source-form';
import { toSourceView, unsavedSource } from './sources.service';

describe('the source form', () => {
  it('splits keywords on commas (Latin and Arabic) and newlines', () => {
    expect(splitKeywords('معتقل, detainee،صيدنايا\n\n released \r\n')).toEqual(['معتقل', 'detainee', 'صيدنايا', 'released']);
    expect(splitKeywords(undefined)).toEqual([]);
  });

  it('keeps only string fields of a posted body', () => {
    expect(formValues({ name: 'x', a: ['1', '2'], n: 3, o: { p: 'q' } })).toEqual({ name: 'x', a: '2' });
    expect(formValues(null)).toEqual({});
  });

  it('maps an RSS form to a valid create input', () => {
    const input = createInputFromForm('rss', {
      name: ' Feed ',
      'config.url': ' https://example.org/feed.rss ',
      intervalMinutes: '30',
      cron: '',
      'keywords.include': 'a, b',
      'keywords.exclude': '',
      enabled: 'on',
    });
    const parsed = createSourceInput.parse(input);
    expect(parsed).toMatchObject({
      type: 'rss',
      name: 'Feed',
      config: { url: 'https://example.org/feed.rss' },
      intervalMinutes: 30,
      keywords: { include: ['a', 'b'], exclude: [] },
      enabled: true,
    });
    expect(parsed.cron).toBeUndefined();
  });

  it('maps nested html selectors and leaves empty optional fields out', () => {
    const input = createInputFromForm('html', {
      name: 'h',
      'config.url': 'https://example.org/',
      'config.selectors.item': 'article',
      'config.selectors.title': 'h2',
      'config.selectors.date': '',
    });
    expect(input.config).toEqual({ url: 'https://example.org/', selectors: { item: 'article', title: 'h2' } });
    expect(input.enabled).toBe(false);
  });

  it('turns number fields into numbers, and keeps non-numbers for the schema to refuse', () => {
    expect(createInputFromForm('telegram', { name: 't', 'config.channel': 'somechannel', 'config.backfillPages': '5' }).config).toEqual({
      channel: 'somechannel',
      backfillPages: 5,
    });
    const bad = createSourceInput.safeParse(createInputFromForm('rss', { name: 'r', 'config.url': 'https://e.org/', intervalMinutes: 'often' }));
    expect(bad.success).toBe(false);
    expect(Object.keys(fieldErrors(bad.error!.issues))).toEqual(['intervalMinutes']);
  });

  it('names the field of each validation issue', () => {
    const result = createSourceInput.safeParse(createInputFromForm('rss', { name: '', 'config.url': 'not a url', 'keywords.include': 'ok' }));
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!.issues);
    expect(errors['config.url']).toBe('must be an absolute http:// or https:// URL');
    expect(errors.name).toBeDefined();
  });

  it('places list items and service-side config issues under their form field', () => {
    expect(fieldErrors([{ path: ['keywords', 'include', 2], message: 'too long' }])).toEqual({ 'keywords.include': 'too long' });
    expect(
      fieldErrors(
        [
          { path: 'url', message: 'bad' },
          { path: '(body)', message: 'whole' },
        ],
        'config',
      ),
    ).toEqual({ 'config.url': 'bad', config: 'whole' });
    expect(fieldErrors([{ path: [], message: 'give exactly one' }])).toEqual({ _form: 'give exactly one' });
  });

  it('requires a Bluesky app password on create, and leaves an empty one out of an update', () => {
    const values = { name: 'b', 'config.query': 'صيدنايا', 'config.identifier': 'athar.bsky.social', 'config.appPassword': '' };
    const created = createSourceInput.safeParse(createInputFromForm('bluesky', values));
    expect(created.success).toBe(false);
    expect(fieldErrors(created.error!.issues)['config.appPassword']).toBeDefined();
    const patch = updateSourceInput.parse(patchFromForm('bluesky', { ...values, intervalMinutes: '15' }));
    expect(patch.config).toEqual({ query: 'صيدنايا', identifier: 'athar.bsky.social' });
    expect(patch).toMatchObject({ intervalMinutes: 15, cron: null, enabled: false });
  });

  it('uses cron instead of the interval when one is given', () => {
    const patch = updateSourceInput.parse(patchFromForm('rss', { name: 'r', 'config.url': 'https://e.org/', cron: '*/30 * * * *' }));
    expect(patch.cron).toBe('*/30 * * * *');
    expect(patch.intervalMinutes).toBeUndefined();
    expect(
      updateSourceInput.safeParse(patchFromForm('rss', { name: 'r', 'config.url': 'https://e.org/', cron: '*/30 * * * *', intervalMinutes: '5' })).success,
    ).toBe(false);
    expect(patchFromForm('manual', { name: 'm' }).config).toBeUndefined();
  });

  it('carries stored config fields the form does not offer into an update', () => {
    const patch = patchFromForm(
      'mastodon',
      { name: 'm', 'config.instance': 'https://mastodon.social', 'config.hashtag': 'Saydnaya' },
      { instance: 'https://old.example', hashtag: 'old', maxPages: 7 },
    );
    expect(patch.config).toEqual({ maxPages: 7, instance: 'https://mastodon.social', hashtag: 'Saydnaya' });
    expect(updateSourceInput.safeParse(patch).success).toBe(true);
  });

  it('fills the edit form from a stored source, never with a secret', () => {
    const input = createSourceInput.parse({
      type: 'bluesky',
      name: 'b',
      config: { query: 'q', identifier: 'athar.bsky.social', appPassword: 'secret-pass' },
      intervalMinutes: 20,
      keywords: { include: ['a', 'b'], exclude: [] },
    });
    const view = toSourceView(unsavedSource(input));
    expect(view.secretsSet).toEqual(['appPassword']);
    const values = formFromSource(view);
    expect(values).toMatchObject({
      name: 'b',
      'config.query': 'q',
      'config.identifier': 'athar.bsky.social',
      'config.service': 'https://bsky.social',
      intervalMinutes: '20',
      'keywords.include': 'a\nb',
      enabled: 'on',
    });
    expect(Object.values(values)).not.toContain('secret-pass');
    expect(values['config.appPassword']).toBeUndefined();
  });
});
