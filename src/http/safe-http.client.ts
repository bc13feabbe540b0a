import { Inject, Injectable, Optional } from '@nestjs/common';
import axios, { AxiosError, AxiosResponse } from 'axios';
import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MetricsService } from '../metrics/metrics.service';
import { isNonPublicAddress } from './address-policy';

export type FetchErrorKind = 'permanent' | 'transient';

/** Why a fetch failed, worded for an operator, and whether trying again could help. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    message: string,
    readonly kind: FetchErrorKind,
    readonly httpStatus: number | null = null,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export class BlockedAddressError extends FetchError {
  override name = 'BlockedAddressError';
  constructor(host: string, address?: string) {
    super(`refused to fetch ${host}${address && address !== host ? ` (${address})` : ''}: not a public internet address`, 'permanent');
  }
}

export interface FetchRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A JSON body (POST only). */
  json?: unknown;
  maxBytes?: number;
  timeoutMs?: number;
  /** Content types the caller can use (e.g. ['application/json']); anything else is a permanent error. */
  accept?: { types: string[]; label: string };
}

export interface FetchResponse {
  status: number;
  /** Where the body finally came from, after redirects. */
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

const MAX_REDIRECTS = 5;
const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'EPIPE', 'ECONNABORTED', 'ERR_CANCELED']);

/**
 * The one way Athar reaches the outside world. Every address is checked after DNS resolution and
 * again on every redirect; response size and total time are capped.
 */
@Injectable()
export class SafeHttpClient {
  private readonly allowed: Set<string>;
  private readonly only: Set<string> | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    // Absent in the CLI, which serves no /metrics.
    @Optional() private readonly metrics?: MetricsService,
  ) {
    this.allowed = new Set(config.fetch.allowPrivateHosts.map((h) => h.toLowerCase()));
    this.only = config.fetch.onlyHosts.length ? new Set(config.fetch.onlyHosts.map((h) => h.toLowerCase())) : null;
  }

  async get(url: string, request: FetchRequest = {}): Promise<FetchResponse> {
    return this.request(url, { ...request, method: 'GET' });
  }

  async request(url: string, request: FetchRequest = {}): Promise<FetchResponse> {
    const host = URL.parse(url)?.host || 'invalid';
    try {
      const response = await this.send(url, request);
      this.metrics?.recordFetch(host, response.status);
      return response;
    } catch (err) {
      this.metrics?.recordFetch(host, fetchResultLabel(err));
      throw err;
    }
  }

  private async send(url: string, request: FetchRequest): Promise<FetchResponse> {
    const target = this.checkUrl(url);
    const timeoutMs = request.timeoutMs ?? this.config.fetch.timeoutMs;
    const maxBytes = request.maxBytes ?? this.config.fetch.maxBytes;
    // Redirects may move to another host, so the lookup consults the host currently being fetched.
    const current = { allowPrivate: this.isAllowedPrivate(target) };

    let response: AxiosResponse<ArrayBuffer>;
    try {
      response = await axios.request<ArrayBuffer>({
        url: target.href,
        method: request.method ?? 'GET',
        data: request.json === undefined ? undefined : JSON.stringify(request.json),
        responseType: 'arraybuffer',
        headers: {
          'User-Agent': this.config.fetch.userAgent,
          ...(request.json === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...request.headers,
        },
        timeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
        maxContentLength: maxBytes,
        maxBodyLength: 64 * 1024,
        maxRedirects: MAX_REDIRECTS,
        proxy: false,
        decompress: true,
        validateStatus: () => true,
        lookup: (hostname: string, options: object, callback: LookupCallback) => this.lookup(hostname, current.allowPrivate, callback),
        beforeRedirect: (options: { href?: string; protocol?: string; hostname?: string; host?: string; port?: string | number }) => {
          const next = this.checkUrl(options.href ?? `${options.protocol}//${options.hostname ?? options.host}${options.port ? `:${options.port}` : ''}/`);
          current.allowPrivate = this.isAllowedPrivate(next);
        },
      } as Parameters<typeof axios.request>[0]);
    } catch (err) {
      throw this.toFetchError(err, target.href, timeoutMs, maxBytes);
    }

    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const finalUrl = (response.request as { res?: { responseUrl?: string } } | undefined)?.res?.responseUrl ?? target.href;
    const status = response.status;
    if (status === 304) return { status, url: finalUrl, headers, body: Buffer.alloc(0) };
    if (status >= 200 && status < 300) {
      checkContentType(headers['content-type'], request.accept, status);
      return { status, url: finalUrl, headers, body: Buffer.from(response.data ?? new ArrayBuffer(0)) };
    }
    if (status >= 300 && status < 400) {
      throw new FetchError(`too many redirects or a redirect without a location (HTTP ${status})`, 'permanent', status);
    }
    const explained = errorBodyText(Buffer.from(response.data ?? new ArrayBuffer(0)));
    const detail = explained ? `: ${explained}` : status === 404 || status === 410 ? ' (not found)' : '';
    if (TRANSIENT_STATUS.has(status)) {
      throw new FetchError(`the server answered HTTP ${status}${detail}`, 'transient', status, parseRetryAfter(headers['retry-after']));
    }
    throw new FetchError(`the server answered HTTP ${status}${detail}`, 'permanent', status);
  }

  /** Throws the refusal a request to this URL would meet, before any waiting or DNS lookup. */
  assertAllowed(url: string): void {
    try {
      this.checkUrl(url);
    } catch (err) {
      this.metrics?.recordFetch(URL.parse(url)?.host || 'invalid', fetchResultLabel(err));
      throw err;
    }
  }

  /** Only http(s), and a literal IP address must be public unless it is explicitly allowed for tests. */
  private checkUrl(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new FetchError(`not a valid URL: ${raw}`, 'permanent');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FetchError(`only http and https URLs can be fetched, not ${url.protocol}`, 'permanent');
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && isNonPublicAddress(host) && !this.isAllowedPrivate(url)) {
      throw new BlockedAddressError(host);
    }
    if (this.only && !this.only.has(hostPort(url))) {
      throw new FetchError(`refused to fetch ${url.host}: not in FETCH_ONLY_HOSTS (a test setting)`, 'permanent');
    }
    return url;
  }

  private isAllowedPrivate(url: URL): boolean {
    return this.allowed.has(hostPort(url));
  }

  private lookup(hostname: string, allowPrivate: boolean, callback: LookupCallback): void {
    dnsLookup(hostname, { all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, []);
      const usable = allowPrivate ? addresses : addresses.filter((a) => !isNonPublicAddress(a.address));
      if (usable.length === 0) return callback(new BlockedAddressError(hostname, addresses[0]?.address), []);
      callback(null, usable);
    });
  }

  private toFetchError(err: unknown, url: string, timeoutMs: number, maxBytes: number): FetchError {
    // Our own refusals (e.g. of a redirect target) arrive wrapped by axios and follow-redirects.
    for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
      if (e instanceof FetchError) return e;
    }
    const ax = err as AxiosError;
    const message = ax.message ?? String(err);
    if (/maxContentLength/i.test(message)) {
      return new FetchError(`the response is larger than the ${formatBytes(maxBytes)} limit`, 'permanent');
    }
    if (/max.*redirects/i.test(message) || ax.code === 'ERR_FR_TOO_MANY_REDIRECTS') {
      return new FetchError(`more than ${MAX_REDIRECTS} redirects`, 'permanent');
    }
    if (ax.code === 'ERR_CANCELED' || ax.code === 'ECONNABORTED' || /timeout|aborted/i.test(message)) {
      return new FetchError(`no complete answer within ${timeoutMs / 1000} s`, 'transient');
    }
    if (ax.code && TRANSIENT_CODES.has(ax.code)) {
      return new FetchError(`could not reach ${new URL(url).host} (${ax.code})`, 'transient');
    }
    return new FetchError(`fetch failed: ${message}`, 'transient');
  }
}

type LookupCallback = (err: Error | null, addresses: LookupAddress[]) => void;

/** The metrics label of a failed fetch: its HTTP status when there was one, else what stopped it (from toFetchError's wording). */
function fetchResultLabel(err: unknown): number | 'refused' | 'timeout' | 'too_large' | 'network' {
  if (!(err instanceof FetchError)) return 'network';
  if (err.httpStatus !== null) return err.httpStatus;
  if (err instanceof BlockedAddressError || /^(refused|only http|not a valid URL)/.test(err.message)) return 'refused';
  if (err.message.startsWith('no complete answer')) return 'timeout';
  if (err.message.startsWith('the response is larger')) return 'too_large';
  return 'network';
}

function hostPort(url: URL): string {
  return `${url.hostname.toLowerCase()}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

function checkContentType(header: string | undefined, accept: FetchRequest['accept'], status: number): void {
  if (!accept) return;
  const type = (header ?? '').split(';')[0].trim().toLowerCase();
  if (!accept.types.some((t) => type === t || (t.endsWith('/') && type.startsWith(t)))) {
    throw new FetchError(`unexpected content type "${type || 'none'}" (expected ${accept.label})`, 'permanent', status);
  }
}

/** The error a server explains in its body (JSON APIs), for messages; never more than 200 characters. */
export function errorBodyText(body: Buffer): string | null {
  const text = body.subarray(0, 4096).toString('utf8');
  try {
    const json = JSON.parse(text) as { error?: unknown; message?: unknown; error_description?: unknown };
    const msg = json.error_description ?? json.message ?? json.error;
    return typeof msg === 'string' ? msg.slice(0, 200) : null;
  } catch {
    return null;
  }
}

export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}
