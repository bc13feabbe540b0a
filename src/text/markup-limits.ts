/**
 * Bounds on the structure of outside markup (HTML pages, feeds, post bodies) before a real parser
 * sees it. Size is capped by the HTTP client; structure is not, and it costs more than size:
 * parse5 takes time quadratic in nesting depth (80,000 nested elements: 45 s), and cheerio's
 * recursive text() overflows the stack past a few thousand levels. This scan is linear and
 * approximate in the safe direction: it may count a page deeper than a browser would, never less.
 */
export interface MarkupLimits {
  maxDepth: number;
  maxElements: number;
}

/** Real pages nest a few dozen levels and hold a few thousand elements; these leave wide room. */
export const MARKUP_LIMITS: MarkupLimits = { maxDepth: 256, maxElements: 200_000 };

// Elements that never hold children, or whose end tag a browser implies: they add no depth.
const NO_DEPTH = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'rtc',
]);
// Their content is text up to their own end tag: tags inside are not elements.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95 || c === 46;

/** Why the markup is refused (too deep, too many elements), or null when it is within the limits. */
export function markupProblem(source: string, limits: MarkupLimits = MARKUP_LIMITS): string | null {
  let depth = 0;
  let elements = 0;
  let i = 0;
  const n = source.length;
  const find = finder(source);
  while ((i = source.indexOf('<', i)) !== -1) {
    // An unterminated comment, CDATA section or raw-text element is scanned on as markup: a
    // parser might not read it as text, so it must not hide what follows.
    if (source.startsWith('<!--', i)) {
      const end = find('-->', i + 4);
      i = end === -1 ? i + 4 : end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', i)) {
      const end = find(']]>', i + 9);
      i = end === -1 ? i + 9 : end + 3;
      continue;
    }
    const closing = source.charCodeAt(i + 1) === 47; // '/'
    let j = i + (closing ? 2 : 1);
    if (j >= n || !isNameStart(source.charCodeAt(j))) {
      i += 1;
      continue;
    }
    const nameStart = j;
    while (j < n && isNameChar(source.charCodeAt(j))) j++;
    const name = source.slice(nameStart, j).toLowerCase();
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    const end = source.indexOf('>', j);
    if (end === -1) return null;
    i = end + 1;
    if (closing) {
      if (!NO_DEPTH.has(local) && depth > 0) depth--;
      continue;
    }
    if (++elements > limits.maxElements) return `it has more than ${limits.maxElements} elements`;
    if (source.charCodeAt(end - 1) === 47 || NO_DEPTH.has(local)) continue; // '/>' or no children
    if (RAW_TEXT.has(local) && !name.includes(':')) {
      const close = find(`</${local}`, i, true);
      if (close !== -1) {
        i = close;
        continue;
      }
    }
    if (++depth > limits.maxDepth) return `its elements nest more than ${limits.maxDepth} deep`;
  }
  return null;
}

/**
 * indexOf that remembers misses: once a needle is known absent after some position, later
 * searches from further on answer at once, so many unterminated openers stay linear.
 */
function finder(source: string): (needle: string, from: number, ignoreCase?: boolean) => number {
  const missedFrom = new Map<string, number>();
  const patterns = new Map<string, RegExp>();
  return (needle, from, ignoreCase = false) => {
    const missed = missedFrom.get(needle);
    if (missed !== undefined && from >= missed) return -1;
    let at: number;
    if (ignoreCase) {
      // Needles are tag names (letters only), so they need no escaping.
      const pattern = patterns.get(needle) ?? new RegExp(needle, 'gi');
      patterns.set(needle, pattern);
      pattern.lastIndex = from;
      at = pattern.exec(source)?.index ?? -1;
    } else {
      at = source.indexOf(needle, from);
    }
    if (at === -1) missedFrom.set(needle, Math.min(from, missed ?? from));
    return at;
  };
}
