import { ATTR, JS_URL, mediaRecord, SCRIPT } from '../../test/helpers/hostile-records';
import { toMediaView } from './media-view';

describe('the API view of an image', () => {
  it('leaves out the storage internals and keeps collected values as they are (JSON, not markup)', () => {
    const view = toMediaView(mediaRecord({ urls: [JS_URL, ATTR], error: SCRIPT }));
    expect(view).not.toHaveProperty('hashBands');
    expect(view).not.toHaveProperty('originalFileId');
    expect(view).not.toHaveProperty('thumbnailFileId');
    expect(view.urls).toEqual([JS_URL, ATTR]);
    expect(view.error).toBe(SCRIPT);
    expect(view.id).toBe('md1');
  });
});
