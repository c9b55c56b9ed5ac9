/**
 * A browser-like client for the staff pages: keeps cookies, does not follow
 * redirects (tests look at them), posts forms, and finds the CSRF token in a
 * page.
 */
export interface Page {
  status: number;
  headers: Headers;
  text: string;
  /** Every Set-Cookie header of the response. */
  setCookies: string[];
}

export class StaffClient {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async request(
    method: string,
    path: string,
    form?: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<Page> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(this.base + path, {
      method,
      redirect: 'manual',
      headers: {
        ...(cookie && { Cookie: cookie }),
        ...(form && { 'Content-Type': 'application/x-www-form-urlencoded' }),
        ...headers,
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair.split('=');
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value.join('=') === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    return {
      status: response.status,
      headers: response.headers,
      // Keep a byte order mark (CSV downloads start with one).
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()),
      setCookies,
    };
  }

  get(path: string, headers?: Record<string, string>): Promise<Page> {
    return this.request('GET', path, undefined, headers);
  }

  post(
    path: string,
    form: Record<string, string>,
    headers?: Record<string, string>,
  ): Promise<Page> {
    return this.request('POST', path, form, headers);
  }

  /** Signs in through the form; returns the final response of the POST. */
  async signIn(username: string, password: string): Promise<Page> {
    const form = await this.get('/staff/login');
    return this.post('/staff/login', { _csrf: csrfOf(form.text), username, password });
  }
}

/** The value of the first `_csrf` field of a page. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]*)"/.exec(html);
  if (!match) throw new Error('no CSRF field on the page');
  return match[1];
}
