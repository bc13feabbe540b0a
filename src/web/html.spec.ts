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
