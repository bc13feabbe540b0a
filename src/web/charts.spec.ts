import { barChart, dataTable, horizontalBars, niceScale } from './charts';

const HOSTILE = `<img src=x onerror=alert(1)>"'&`;

describe('charts', () => {
  describe('barChart', () => {
    const chart = barChart({
      title: 'Posts per day',
      id: 'posts',
      categories: ['2026-11-01', '2026-11-02', '2026-11-03'],
      series: [
        { label: 'Feed A', values: [1, 0, 3] },
        { label: 'Feed B', values: [2, 2] },
      ],
      emptyLabel: 'No data',
    }).value;

    it('is one svg with a title, axes, a bar per non-zero value and a legend entry per series', () => {
      expect(chart.startsWith('<svg class="chart bar-chart" id="posts"')).toBe(true);
      expect(chart.match(/<svg/g)).toHaveLength(1);
      expect(chart).toContain('role="img"');
      expect(chart).toContain('<title id="posts-title">Posts per day</title>');
      expect(chart.match(/<rect class="bar /g)).toHaveLength(4);
      expect(chart.match(/class="legend-item"/g)).toHaveLength(2);
      expect(chart).toContain('>Feed A</text>');
      expect(chart).toContain('>Feed B</text>');
      expect(chart).toContain('class="axis-line"');
      expect(chart).not.toContain('No data');
      expect(chart).not.toMatch(/style=/);
    });

    it('colours series by class, the same class in bars and legend', () => {
      expect(chart).toMatch(/<rect class="bar series-0"[^>]*data-series="Feed A"/);
      expect(chart).toMatch(/<rect class="bar series-1"[^>]*data-series="Feed B"/);
      expect(chart).toMatch(/<rect class="series-1"[^>]*><\/rect><text[^>]*>Feed B<\/text>/);
    });

    it('stacks bars: the tallest stack reaches the top of the axis', () => {
      // totals 3, 2, 3 → axis 0..3 in steps of 1
      expect(chart).toContain('>3</text>');
      expect(niceScale(3)).toEqual({ top: 3, step: 1 });
      expect(niceScale(37)).toEqual({ top: 40, step: 10 });
      expect(niceScale(0)).toEqual({ top: 1, step: 1 });
    });

    it('escapes hostile labels everywhere: legend, titles and attributes', () => {
      const svg = barChart({ title: HOSTILE, categories: [HOSTILE], series: [{ label: HOSTILE, values: [1] }], emptyLabel: HOSTILE }).value;
      expect(svg).not.toContain('<img');
      expect(svg).not.toMatch(/"'&[^a#]/);
      expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
      expect(svg).toContain('data-series="&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"');
    });

    it('draws axes and the empty label when there is no data', () => {
      for (const svg of [
        barChart({ title: 'T', categories: [], series: [], emptyLabel: 'Nothing yet' }).value,
        barChart({ title: 'T', categories: ['a', 'b'], series: [{ label: 'S', values: [0, 0] }], emptyLabel: 'Nothing yet' }).value,
      ]) {
        expect(svg).toContain('<svg');
        expect(svg).toContain('class="chart-empty"');
        expect(svg).toContain('Nothing yet');
        expect(svg).not.toContain('<rect class="bar');
        expect(svg).not.toContain('NaN');
      }
    });

    it('draws grouped bars side by side and ignores negative or non-finite values', () => {
      const svg = barChart({
        title: 'T',
        mode: 'grouped',
        categories: ['a'],
        series: [
          { label: 'x', values: [2] },
          { label: 'y', values: [-1] },
          { label: 'z', values: [Number.NaN] },
        ],
        emptyLabel: '',
      }).value;
      expect(svg.match(/<rect class="bar /g)).toHaveLength(1);
      expect(svg).not.toContain('NaN');
    });
  });

  describe('horizontalBars', () => {
    it('draws one labelled bar per item with its value', () => {
      const svg = horizontalBars({
        title: 'Mentions by role',
        id: 'roles',
        items: [
          { label: 'detained', value: 5 },
          { label: 'missing', value: 2 },
        ],
        emptyLabel: 'None',
      }).value;
      expect(svg.match(/<svg/g)).toHaveLength(1);
      expect(svg.match(/<rect class="bar /g)).toHaveLength(2);
      expect(svg).toContain('>detained</text>');
      expect(svg).toMatch(/class="bar-value"[^>]*>5<\/text>/);
      expect(svg).not.toContain('None');
    });

    it('escapes hostile labels and handles no data', () => {
      const svg = horizontalBars({ title: 'x', items: [{ label: HOSTILE, value: 1 }], emptyLabel: '' }).value;
      expect(svg).not.toContain('<img');
      expect(svg).toContain('&lt;img src=x');
      const none = horizontalBars({ title: 'x', items: [], emptyLabel: 'Nothing' }).value;
      expect(none).toContain('Nothing');
      expect(none).not.toContain('<rect class="bar');
      expect(none).not.toContain('NaN');
    });
  });

  it('dataTable escapes cells', () => {
    const table = dataTable('Numbers', ['Source', 'Posts'], [[HOSTILE, 3]]).value;
    expect(table).not.toContain('<img');
    expect(table).toContain('<caption>Numbers</caption>');
    expect(table).toContain('<td>3</td>');
  });
});
