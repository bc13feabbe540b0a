import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** host:port, for FETCH_ALLOW_PRIVATE_HOSTS */
  hostPort: string;
  /** Every request received, in order. */
  requests: { path: string; query: URLSearchParams; method: string; headers: IncomingMessage['headers']; at: number }[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

const LAST_MODIFIED = 'Tue, 10 Dec 2024 08:00:00 GMT';

/** Serves a saved file with a fixed content type (no conditional GET). */
export function serveFile(relativePath: string, contentType: string, headers: Record<string, string> = {}): Handler {
  const body = readFileSync(join(FIXTURES_DIR, relativePath));
  return (_req, res) => void res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': String(body.length), ...headers }).end(body);
}

export function readFixture(relativePath: string): string {
  return readFileSync(join(FIXTURES_DIR, relativePath), 'utf8');
}

/** Serves a saved feed the way a real server does: with ETag and Last-Modified, answering 304 when unchanged. */
export function serveFixture(relativePath: string, contentType: string, { conditional = true } = {}): Handler {
  const body = readFileSync(join(FIXTURES_DIR, relativePath));
  const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
  return (req, res) => {
    if (conditional && (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === LAST_MODIFIED)) {
      res.writeHead(304, { ETag: etag, 'Last-Modified': LAST_MODIFIED }).end();
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': contentType, 'Content-Length': String(body.length) };
    if (conditional) Object.assign(headers, { ETag: etag, 'Last-Modified': LAST_MODIFIED });
    res.writeHead(200, headers).end(body);
  };
}

/** A local stand-in for the outside world: tests never reach the internet. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Handler>();
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    requests.push({ path: url.pathname, query: url.searchParams, method: req.method ?? 'GET', headers: req.headers, at: Date.now() });
    const handler = routes.get(url.pathname);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
