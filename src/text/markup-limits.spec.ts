import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MARKUP_LIMITS, markupProblem } from './markup-limits';

const nested = (tag: string, n: number) => `<${tag}>`.repeat(n) + 'x' + `</${tag}>`.repeat(n);

describe('markupProblem', () => {
  it('refuses elements nested past the depth limit, in HTML and in XML', () => {
    expect(markupProblem(nested('div', MARKUP_LIMITS.maxDepth + 1))).toMatch(/nest more than 256 deep/);
    expect(markupProblem(`<rss><channel>${nested('pfif:x', 300)}</channel></rss>`)).toMatch(/nest more than/);
    expect(markupProblem(nested('div', MARKUP_LIMITS.maxDepth))).toBeNull();
  });

  it('refuses unclosed formatting elements, which browsers keep open', () => {
    expect(markupProblem('<b>'.repeat(1000) + 'text')).toMatch(/nest more than/);
  });

  it('does not count elements whose end tag browsers imply, nor void elements', () => {
    expect(markupProblem('<ul>' + '<li>item'.repeat(5000) + '</ul>')).toBeNull();
    expect(markupProblem('<p>para'.repeat(5000))).toBeNull();
    expect(markupProblem('<div>' + '<br><img src=x>'.repeat(5000) + '</div>')).toBeNull();
  });

  it('refuses too many elements', () => {
    expect(markupProblem('<span></span>'.repeat(100), { maxDepth: 10, maxElements: 99 })).toMatch(/more than 99 elements/);
  });

  it('ignores tags inside comments, CDATA and scripts', () => {
    const inside = nested('div', 1000);
    expect(markupProblem(`<p><!-- ${inside} --></p>`)).toBeNull();
    expect(markupProblem(`<item><![CDATA[${inside}]]></item>`)).toBeNull();
    expect(markupProblem(`<script>var s = "${inside}";</SCRIPT><p>ok</p>`)).toBeNull();
  });

  it('does not let an unterminated comment, CDATA or script hide what follows', () => {
    for (const opener of ['<!--', '<![CDATA[', '<script>', '<title>']) {
      expect(markupProblem(opener + nested('div', 300))).toMatch(/nest more than/);
    }
  });

  it('reads a hostile 1.4 MB document, deep or full of unterminated openers, in linear time', () => {
    // Work, not time, is what is bounded: a quadratic scan of these would not finish within the test timeout.
    expect(markupProblem(nested('div', 200_000))).toMatch(/nest more than/);
    expect(markupProblem('<!--<![CDATA[<textarea>'.repeat(60_000))).toMatch(/nest more than/);
    expect(markupProblem('<!--<![CDATA[</textarea'.repeat(60_000))).toBeNull();
  });

  it('passes every real page and feed in the fixtures', () => {
    const root = join(__dirname, '..', '..', 'test', 'fixtures');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(html?|xml|rss|atom)$/.test(name)) files.push(path);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect([file, markupProblem(readFileSync(file, 'utf8'))]).toEqual([file, null]);
  });
});
