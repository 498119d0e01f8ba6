/**
 * Just enough of a browser for sign-in flows from Node: a cookie jar per host and manual redirects.
 * (Cookie attributes are recorded, not enforced: the tests assert them.)
 */
export class CookieBrowser {
  readonly jar = new Map<string, Map<string, string>>();
  /** Every Set-Cookie header seen, for attribute checks. */
  readonly setCookies: string[] = [];

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }
  setCookie(host: string, name: string, value: string): void {
    if (!this.jar.has(host)) this.jar.set(host, new Map());
    this.jar.get(host)!.set(name, value);
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const u = new URL(url);
    const headers = new Headers(init.headers);
    const cookies = this.jar.get(u.host);
    if (cookies?.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(u, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = /max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line);
      if (expired || value === '') this.jar.get(u.host)?.delete(name);
      else this.setCookie(u.host, name, value);
    }
    return res;
  }

  /** GET, following redirects; resolves to the last response and its URL. */
  async follow(url: string, init: RequestInit = {}): Promise<{ res: Response; url: string }> {
    let current = url;
    let res = await this.fetch(current, init);
    for (let i = 0; i < 20 && res.status >= 300 && res.status < 400; i++) {
      current = new URL(res.headers.get('location')!, current).href;
      res = await this.fetch(current);
    }
    return { res, url: current };
  }

  /** Signs in at the provider's development form as `login`, starting at the collector. */
  async oidcLogin(collector: string, login: string): Promise<Response> {
    let { res, url } = await this.follow(`${collector}/auth/login`);
    // Login prompt, then consent prompt: each a form posting back to its interaction URL.
    for (let step = 0; step < 4 && !url.startsWith(collector); step++) {
      const html = await res.text();
      const action = /action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`no form at ${url}:\n${html.slice(0, 500)}`);
      const body = new URLSearchParams({ prompt, login, password: 'any' });
      const posted = await this.fetch(new URL(action, url).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      ({ res, url } =
        posted.status >= 300 && posted.status < 400
          ? await this.follow(new URL(posted.headers.get('location')!, url).href)
          : { res: posted, url });
    }
    return res;
  }
}
