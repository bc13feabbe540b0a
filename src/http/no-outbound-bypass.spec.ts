import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Every outbound request must go through SafeHttpClient (address checks, size and time caps).
// This guard fails the build when any other source file reaches for an HTTP client of its own.
const SRC = join(__dirname, '..');
const ALLOWED = new Set(['http/safe-http.client.ts']);

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"](axios|undici|node-fetch|got|superagent|ws|needle|request|follow-redirects)['"]/, 'imports an HTTP client library'],
  [/require\(\s*['"](axios|undici|node-fetch|got|superagent|ws|needle|request|follow-redirects)['"]\s*\)/, 'requires an HTTP client library'],
  [/from\s+['"](node:)?(http|https|http2|tls)['"]/, 'imports a Node network module'],
  [/require\(\s*['"](node:)?(http|https|http2|tls)['"]\s*\)/, 'requires a Node network module'],
  [/(?<![.\w])fetch\s*\(/, 'calls the global fetch'],
  [/\bXMLHttpRequest\b|\bnew\s+WebSocket\b/, 'opens a browser-style connection'],
  [/\b(net|tls)\.(connect|createConnection)\s*\(|\bcreateConnection\s*\(/, 'opens a raw socket'],
];

export function findBypasses(code: string): string[] {
  const code_ = code.replace(/\/\/.*$/gm, '');
  return FORBIDDEN.filter(([pattern]) => pattern.test(code_)).map(([, why]) => why);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('outbound requests', () => {
  it('the check recognises each way of bypassing the safe client', () => {
    expect(findBypasses(`import axios from 'axios';`)).toEqual(['imports an HTTP client library']);
    expect(findBypasses(`import { request } from 'node:https';`)).toEqual(['imports a Node network module']);
    expect(findBypasses(`const r = await fetch(url);`)).toEqual(['calls the global fetch']);
    expect(findBypasses(`net.connect(443, host)`)).toEqual(['opens a raw socket']);
    expect(findBypasses(`await this.http.request(url, { robots: true })`)).toEqual([]);
    expect(findBypasses(`import { isIP } from 'node:net';`)).toEqual([]);
  });

  it('go through SafeHttpClient: no other file in src/ opens a connection of its own', () => {
    const offenders = sourceFiles(SRC)
      .map((path) => ({ file: relative(SRC, path), problems: findBypasses(readFileSync(path, 'utf8')) }))
      .filter((f) => !ALLOWED.has(f.file) && f.problems.length > 0);
    expect(offenders).toEqual([]);
    expect(findBypasses(readFileSync(join(SRC, 'http/safe-http.client.ts'), 'utf8'))).toContain('imports an HTTP client library');
  });
});
