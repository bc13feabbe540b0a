/**
 * The dashboard over plain HTTP, as a browser would use it: the sign-in form with its
 * double-submit cookie, then the session cookie and each page's CSRF token. For tests about what
 * a page answers (status, headers, what it shows); Chromium tests use helpers/browser.ts.
 */
export interface WebResponse {
  status: number;
  headers: Headers;
  body: string;
}

function cookiesOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

/** One sign-in attempt; `headers` lets a test add X-Forwarded-For. */
export async function attemptSignIn(
  baseUrl: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<WebResponse & { session: string | null }> {
  const form = await fetch(`${baseUrl}/login`, { headers });
  const csrf = cookiesOf(form.headers).athar_login_csrf;
  const res = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `athar_login_csrf=${csrf}` },
    body: new URLSearchParams({ email, password, _csrf: decodeURIComponent(csrf), next: '/' }).toString(),
  });
  return { status: res.status, headers: res.headers, body: await res.text(), session: cookiesOf(res.headers).athar_session ?? null };
}

export class WebSession {
  private constructor(
    readonly baseUrl: string,
    private readonly cookie: string,
  ) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<WebSession> {
    const res = await attemptSignIn(baseUrl, email, password);
    if (res.status !== 303 || !res.session) throw new Error(`sign-in as ${email} failed with ${res.status}`);
    return new WebSession(baseUrl, `athar_session=${res.session}`);
  }

  async get(path: string): Promise<WebResponse> {
    const res = await fetch(this.baseUrl + path, { headers: { Cookie: this.cookie }, redirect: 'manual' });
    return { status: res.status, headers: res.headers, body: await res.text() };
  }

  /** Posts a multipart form (a file upload) the way the page would: the CSRF field first, read from `fromPage`. */
  async postMultipart(path: string, fields: FormData, fromPage = '/account'): Promise<WebResponse> {
    const body = new FormData();
    body.set('_csrf', await this.csrfOf(fromPage));
    for (const [k, v] of fields) body.append(k, v);
    const res = await fetch(this.baseUrl + path, { method: 'POST', redirect: 'manual', headers: { Cookie: this.cookie }, body });
    return { status: res.status, headers: res.headers, body: await res.text() };
  }

  /** Posts a form the way the page would: with the session's CSRF token, read from `fromPage`. */
  async post(path: string, fields: Record<string, string>, fromPage = '/account'): Promise<WebResponse> {
    const csrf = await this.csrfOf(fromPage);
    const res = await fetch(this.baseUrl + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: this.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
    });
    return { status: res.status, headers: res.headers, body: await res.text() };
  }

  private async csrfOf(page: string): Promise<string> {
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await this.get(page)).body)?.[1];
    if (!csrf) throw new Error(`no CSRF token on ${page}`);
    return csrf;
  }
}
