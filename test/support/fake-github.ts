/**
 * A loopback HTTP server that behaves like the parts of the GitHub REST API retrain-trigger uses, with
 * scriptable faults. @actions/github 9 sends through its own undici fetch, so request-interception mocks
 * never see its calls; a real server on 127.0.0.1 does.
 *
 *   const gh = await startFakeGitHub();
 *   gh.faults.add({ method: 'POST', path: /\/issues$/, action: { type: 'reset', after: true } });
 *   ... point RepoContext.apiUrl (or GITHUB_API_URL) at gh.url ...
 *   gh.requests  // every request seen, in order
 *   await gh.close();
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createState, type FakeRepoOptions, type FakeState } from './fake-github-state.js';
import { route, type FakeResponse } from './fake-github-routes.js';

export * from './fake-github-state.js';

export type FaultAction =
  /** Answer with this status; `perform: true` does the work first (a lost answer via 5xx). */
  | { type: 'status'; status: number; message?: string; headers?: Record<string, string>; perform?: boolean }
  /** Destroy the connection; `after: true` does the work first (the classic lost answer). */
  | { type: 'reset'; after?: boolean }
  | { type: 'secondary-limit'; retryAfter?: number }
  | { type: 'primary-limit'; resetInSeconds: number }
  /** 403 Resource not accessible by integration (missing `permissions:`). */
  | { type: 'forbidden' }
  /** Hold matching requests until `count` of them are waiting, then let all through (forces races). */
  | { type: 'barrier'; count: number }
  /** The real answer's headers (content-length of the whole body), then only `bytes` of it, then a reset. */
  | { type: 'truncate'; bytes?: number; perform?: boolean }
  /** This exact body (e.g. malformed JSON, a wrong shape), after doing the work when `perform`. */
  | { type: 'body'; status?: number; body: string; headers?: Record<string, string>; perform?: boolean }
  /** An empty page (`[]`) whose link header still announces a next page. */
  | { type: 'empty-page' }
  /** A redirect (301 by default) to `location`; `perform` is never done (the resource is elsewhere). */
  | { type: 'redirect'; status?: number; location: string }
  /** The real answer's headers at once, then its body one byte every `intervalMs`. */
  | { type: 'slow-body'; intervalMs: number; perform?: boolean };

export interface Fault {
  method?: string;
  /** Exact path (without query) or a pattern tested against it. */
  path: string | RegExp;
  /** How many matching requests it affects (default 1; barrier: its count). */
  times?: number;
  action: FaultAction;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization?: string;
  /** The fault applied to it, if any. */
  fault?: FaultAction['type'];
}

export interface FakeGitHubOptions {
  token?: string;
  repos?: FakeRepoOptions[];
}

export interface FakeGitHub {
  url: string;
  state: FakeState;
  faults: Faults;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

export class Faults {
  private readonly active: Array<Fault & { left: number; waiting: Array<() => void> }> = [];
  add(...faults: Fault[]): void {
    for (const f of faults) {
      const left = f.times ?? (f.action.type === 'barrier' ? f.action.count : 1);
      this.active.push({ ...f, left, waiting: [] });
    }
  }
  clear(): void {
    this.active.length = 0;
  }
  /** Faults not yet used up. */
  get pending(): Fault[] {
    return this.active.filter((f) => f.left > 0);
  }
  /** Take the first matching fault for this request (and hold it at a barrier). */
  async take(method: string, path: string): Promise<FaultAction | undefined> {
    const fault = this.active.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method === method) &&
        (typeof f.path === 'string' ? f.path === path : f.path.test(path)),
    );
    if (!fault) return undefined;
    fault.left -= 1;
    if (fault.action.type === 'barrier') {
      const count = fault.action.count;
      await new Promise<void>((resolve) => {
        fault.waiting.push(resolve);
        if (fault.waiting.length >= count) for (const release of fault.waiting.splice(0)) release();
      });
    }
    return fault.action;
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = createState(options);
  const faults = new Faults();
  const requests: LoggedRequest[] = [];
  let base = '';

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void handle(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return send(res, { status: 400, body: { message: 'Problems parsing JSON' } });
    }
    const logged: LoggedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: raw ? body : undefined,
      authorization: req.headers.authorization,
    };
    requests.push(logged);
    const auth = req.headers.authorization ?? '';
    if (!auth) return send(res, { status: 401, body: { message: 'Requires authentication' } });
    if (state.token && auth.replace(/^(token|Bearer) /, '') !== state.token) {
      return send(res, { status: 401, body: { message: 'Bad credentials' } });
    }
    const fault = await faults.take(method, url.pathname);
    if (fault && fault.type !== 'barrier') logged.fault = fault.type;
    const perform = () => route(state, { method, path: url.pathname, query: url.searchParams, body });
    switch (fault?.type) {
      case 'reset':
        if (fault.after) perform();
        res.socket?.destroy();
        return;
      case 'status':
        if (fault.perform) perform();
        return send(res, {
          status: fault.status,
          headers: fault.headers,
          body: { message: fault.message ?? http.STATUS_CODES[fault.status] ?? 'Error' },
        });
      case 'secondary-limit':
        return send(res, {
          status: 403,
          headers: fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) },
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          },
        });
      case 'primary-limit':
        return send(res, {
          status: 403,
          headers: {
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': '5000',
            'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + fault.resetInSeconds),
          },
          body: { message: 'API rate limit exceeded for installation ID 1.' },
        });
      case 'forbidden':
        return send(res, { status: 403, body: { message: 'Resource not accessible by integration' } });
      case 'truncate': {
        const answer = fault.perform === false ? { status: 200, body: [] } : perform();
        const { headers, payload } = render(answer, url);
        const bytes = Buffer.from(payload ?? '');
        res.writeHead(answer.status, { ...headers, 'content-length': String(bytes.length) });
        res.write(bytes.subarray(0, fault.bytes ?? 22));
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      case 'body':
        if (fault.perform) perform();
        res
          .writeHead(fault.status ?? 200, {
            'content-type': 'application/json; charset=utf-8',
            ...fault.headers,
          })
          .end(fault.body);
        return;
      case 'empty-page': {
        const next = new URL(url);
        next.searchParams.set('page', String(Number(url.searchParams.get('page') ?? 1) + 1));
        res
          .writeHead(200, {
            'content-type': 'application/json; charset=utf-8',
            link: `<${next.toString()}>; rel="next", <${next.toString()}>; rel="last"`,
          })
          .end('[]');
        return;
      }
      case 'redirect':
        res.writeHead(fault.status ?? 301, { location: fault.location, 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Moved Permanently', url: fault.location }));
        return;
      case 'slow-body': {
        const { headers, payload } = render(perform(), url);
        const bytes = Buffer.from(payload ?? '');
        res.writeHead(200, { ...headers, 'content-length': String(bytes.length) });
        let at = 0;
        const timer = setInterval(() => {
          if (res.destroyed || at >= bytes.length) {
            clearInterval(timer);
            if (!res.destroyed) res.end();
            return;
          }
          res.write(bytes.subarray(at, at + 1));
          at += 1;
        }, fault.intervalMs);
        res.on('close', () => clearInterval(timer));
        return;
      }
      default:
        return send(res, perform(), url);
    }
  }

  /** Headers and serialized body of an answer (lists paginated with per_page/page and Link headers). */
  function render(answer: FakeResponse, url?: URL): { headers: Record<string, string>; payload?: string } {
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      ...answer.headers,
    };
    let payload = answer.body;
    if (answer.list && url) {
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const last = Math.max(1, Math.ceil(answer.list.length / perPage));
      const slice = answer.list.slice((page - 1) * perPage, page * perPage);
      payload = answer.wrap ? answer.wrap(slice, answer.list.length) : slice;
      const link = (p: number, rel: string) => {
        const next = new URL(url);
        next.searchParams.set('page', String(p));
        return `<${next.toString()}>; rel="${rel}"`;
      };
      const links = [];
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
      if (links.length > 0) headers['link'] = links.join(', ');
    }
    if (answer.status === 204 || payload === undefined) {
      delete headers['content-type'];
      return { headers };
    }
    return { headers, payload: JSON.stringify(payload) };
  }

  function send(res: http.ServerResponse, answer: FakeResponse, url?: URL): void {
    const { headers, payload } = render(answer, url);
    res.writeHead(answer.status, headers).end(payload);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    state,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
