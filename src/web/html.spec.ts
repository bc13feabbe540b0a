import { html, safeUrl } from './html';

describe('html templates', () => {
  it('escape every interpolated value, so hostile text stays text', () => {
    const hostile = `<script>alert(1)</script><img src=x onerror="alert(2)">'\``;
    expect(String(html`<p title="${hostile}">${hostile}</p>`)).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&#39;&#96;">&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&#39;&#96;</p>',
    );
  });

  it('keep our own nested markup, and escape inside lists', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(String(html`<ul>${items}</ul>`)).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
    expect(String(html`${null}${undefined}${false}${0}`)).toBe('0');
  });

  it('let only http(s) links through', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('#');
    expect(safeUrl('data:text/html,<script>')).toBe('#');
    expect(safeUrl(' JAVASCRIPT:alert(1)')).toBe('#');
    expect(safeUrl('https://t.me/s/x?a=1&b=2')).toBe('https://t.me/s/x?a=1&b=2');
    expect(safeUrl(null)).toBe('#');
  });
});

describe('bidi controls in collected text', () => {
  it('shows every embedding, override and isolate control visibly instead of letting it reorder the page', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    const out = html`<p>${`Omar ${controls.join('')} Haddad`}</p>`.value;
    expect(out).toBe('<p>Omar ⟦U+202A⟧⟦U+202B⟧⟦U+202C⟧⟦U+202D⟧⟦U+202E⟧⟦U+2066⟧⟦U+2067⟧⟦U+2068⟧⟦U+2069⟧ Haddad</p>');
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('leaves Arabic text and the marks that do not reorder (LRM, RLM) as they are', () => {
    expect(html`${'محمد\u200F الخطيب\u200E'}`.value).toBe('محمد\u200F الخطيب\u200E');
  });
});
