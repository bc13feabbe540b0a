import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('decodes named and numeric entities', () => {
    expect(htmlToText('Tom &amp; Jerry&nbsp;&mdash; &#1589;&#x64A;&quot;x&quot;')).toBe('Tom & Jerry — صي"x"');
  });

  it('turns <br> into a line break and paragraphs into one blank line', () => {
    expect(htmlToText('<p>first line<br>second   line</p>\n\n\n<p>  next\nparagraph </p><div>block</div><div>line</div>')).toBe(
      'first line\nsecond line\n\nnext paragraph\n\nblock\nline',
    );
  });

  it('drops scripts, styles and comments', () => {
    const html = '<style>p { color: red }</style><p>visible</p><script>alert("x")</script><!-- hidden --><noscript>no</noscript>';
    expect(htmlToText(html)).toBe('visible');
  });

  it('keeps Arabic text and inline markup intact', () => {
    expect(htmlToText('<p>أفرج عن <strong>أحمد</strong> <em>درويش</em></p>')).toBe('أفرج عن أحمد درويش');
  });

  it('returns an empty string for empty or whitespace-only input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText(' <p> </p> ')).toBe('');
  });
});

describe('htmlToText on hostile structure', () => {
  it('keeps the words of markup too deep to parse, without its structure', () => {
    const deep = `${'<b>'.repeat(50_000)}Released: Omar &amp; Ali${'</b>'.repeat(50_000)}`;
    expect(htmlToText(deep)).toBe('Released: Omar & Ali');
  });
});
