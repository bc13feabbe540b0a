import { scalarText } from './scalar';

describe('scalarText', () => {
  it('uses the text form an object defines (an ObjectId gives its hex)', () => {
    expect(scalarText({ toString: () => '65a1b2c3d4e5f60718293a4b' })).toBe('65a1b2c3d4e5f60718293a4b');
  });

  it('gives each kind of value its usual text, and never [object Object]', () => {
    expect([null, undefined, 'Daraya', 2013, false, 12n, new Date('2025-01-01T00:00:00Z'), { a: 1 }, ['x']].map(scalarText)).toEqual([
      '',
      '',
      'Daraya',
      '2013',
      'false',
      '12',
      '2025-01-01T00:00:00.000Z',
      '{"a":1}',
      '["x"]',
    ]);
  });
});
