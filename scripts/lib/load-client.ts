/**
 * The HTTP side of `npm run load`: a virtual visitor with its own cookie jar and client address, that
 * reads pages and posts their forms the way a browser without JavaScript does (every field the form
 * renders, hidden ones included, to the page's own URL): so the load exercises the same server actions,
 * validation and redirects a shopper's browser does, without knowing any action's internal id.
 */

export type Sample = { kind: string; status: number; ms: number; error?: string };

/** Every request's outcome, for the report: kind (e.g. "buy"), HTTP status (0 = no answer), time. */
export class Recorder {
  readonly samples: Sample[] = [];
  /** Requests whose failure is expected (the server was killed on purpose): reported apart. */
  outage = false;
  readonly outageSamples: Sample[] = [];
  /** Requests sent and not answered yet: kind and start time, by a running number. */
  readonly inFlight = new Map<number, { kind: string; started: number }>();
  private next = 0;

  start(kind: string): number {
    const id = this.next++;
    this.inFlight.set(id, { kind, started: performance.now() });
    return id;
  }

  add(sample: Sample) {
    (this.outage && sample.status === 0 ? this.outageSamples : this.samples).push(sample);
  }
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', '#x27': "'", '#39': "'" };
export const unescapeHtml = (text: string) =>
  text.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, entity: string) => ENTITIES[entity]!);

/** A form of a page: where it posts and the fields it would send as it stands. */
export type PageForm = { action: string; fields: [string, string][]; html: string };

/** The forms in `html` (server-rendered pages have no nested forms). */
export function formsOf(html: string, pageUrl: string): PageForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, attrs = '', body = '']) => {
    const action = /\baction="([^"]*)"/.exec(attrs)?.[1];
    const fields: [string, string][] = [];
    for (const [input] of body.matchAll(/<input\b[^>]*>/g)) {
      const name = /\bname="([^"]*)"/.exec(input)?.[1];
      if (!name) continue;
      const type = /\btype="([^"]*)"/.exec(input)?.[1] ?? 'text';
      if ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/.test(input)) continue;
      if (type === 'submit' || type === 'file') continue;
      fields.push([unescapeHtml(name), unescapeHtml(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? '')]);
    }
    return {
      // React's server-action forms have no action attribute (or a javascript: one): they post to the page.
      action: action && !action.startsWith('javascript:') ? new URL(unescapeHtml(action), pageUrl).href : pageUrl,
      fields,
      html: body,
    };
  });
}

/** The form whose submit button reads `label` (its text or aria-label). */
export function formWithButton(html: string, pageUrl: string, label: string | RegExp): PageForm | undefined {
  const matches = (text: string) => (typeof label === 'string' ? text.trim() === label : label.test(text.trim()));
  return formsOf(html, pageUrl).find((form) =>
    [...form.html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].some(([, attrs = '', inner = '']) => {
      const aria = /\baria-label="([^"]*)"/.exec(attrs)?.[1];
      return matches(unescapeHtml(aria ?? inner.replace(/<[^>]+>/g, '')));
    }),
  );
}

export class Visitor {
  private readonly jar = new Map<string, string>();

  constructor(
    readonly base: string,
    /** The client address the load balancer in front of the app would forward (X-Forwarded-For). */
    readonly address: string,
    private readonly recorder: Recorder,
  ) {}

  /** The Cookie header this visitor sends (its session). */
  cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      const value = pair.slice(eq + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c) || value === '') this.jar.delete(pair.slice(0, eq));
      else this.jar.set(pair.slice(0, eq), value);
    }
  }

  /** One request, timed and recorded; never throws (a refused connection is status 0). */
  async request(
    kind: string,
    path: string,
    init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; url: string; location: string | null; text: string }> {
    const url = new URL(path, this.base).href;
    const started = performance.now();
    const id = this.recorder.start(kind);
    try {
      const res = await fetch(url, {
        method: init.method ?? 'GET',
        body: init.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(30_000),
        headers: { cookie: this.cookieHeader(), 'x-forwarded-for': this.address, ...init.headers },
      });
      this.keep(res);
      const text = await res.text();
      this.recorder.add({ kind, status: res.status, ms: performance.now() - started });
      return { status: res.status, url, location: res.headers.get('location'), text };
    } catch (error) {
      this.recorder.add({ kind, status: 0, ms: performance.now() - started, error: (error as Error).message });
      return { status: 0, url, location: null, text: '' };
    } finally {
      this.recorder.inFlight.delete(id);
    }
  }

  /** Posts `form` as a browser without JavaScript does, with `extra` fields set or replaced. */
  submit(kind: string, form: PageForm, extra: Record<string, string> = {}) {
    const body = new FormData();
    const names = new Set(Object.keys(extra));
    for (const [name, value] of form.fields) if (!names.has(name)) body.append(name, value);
    for (const [name, value] of Object.entries(extra)) body.append(name, value);
    return this.request(kind, form.action, { method: 'POST', body, headers: { origin: this.base } });
  }

  /** Signs in through Auth.js's credentials endpoint, as the login form does. */
  async signIn(email: string, password: string): Promise<boolean> {
    const csrf = await this.request('sign in', '/api/auth/csrf');
    if (csrf.status !== 200) return false;
    const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
    const res = await this.request('sign in', '/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.base },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/' }).toString(),
    });
    return res.status === 302 && !/[?&]error=/.test(res.location ?? '');
  }
}
