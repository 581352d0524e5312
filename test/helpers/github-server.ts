// A stand-in for the GitHub REST API on 127.0.0.1: serves recorded responses, paginates them
// with Link headers as GitHub does, records every request, and answers writes with 403 when the
// token is read-only (as GitHub does for a fork's GITHUB_TOKEN).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface RecordedRequest {
  method: string;
  /** Path and query as requested. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface PullFixture {
  commits: unknown[];
  files: unknown[];
}

export interface GitHubServerOptions {
  owner: string;
  repo: string;
  pulls?: Record<number, PullFixture>;
  /** File text by ref, then path: what GET /contents/{path}?ref= serves. */
  contents?: Record<string, Record<string, string>>;
  /** Labels that already exist in the repository. */
  labels?: string[];
  /** Every write answers 403 "Resource not accessible by integration". */
  readOnly?: boolean;
  /** Items per page, whatever per_page asks (to make the client follow Link headers). */
  pageSize?: number;
  /** The token the server accepts; other tokens get 401. */
  token?: string;
}

export interface GitHubServer {
  url: string;
  requests: RecordedRequest[];
  /** Labels the client asked to add to an issue, in order. */
  labelsAdded(issue: number): string[];
  /** Labels the client created in the repository. */
  labelsCreated(): string[];
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const DOCS = 'https://docs.github.com/rest';

export async function startGitHubServer(opts: GitHubServerOptions): Promise<GitHubServer> {
  const requests: RecordedRequest[] = [];
  const repoLabels = new Set(opts.labels ?? []);
  const created: string[] = [];
  const issueLabels = new Map<number, string[]>();
  const prefix = `/repos/${opts.owner}/${opts.repo}`;
  let base = '';

  const paginate = (res: ServerResponse, path: string, query: URLSearchParams, items: unknown[]): void => {
    const per = opts.pageSize ?? Math.min(Number(query.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const link = (p: number, rel: string): string => {
      const q = new URLSearchParams(query);
      q.set('page', String(p));
      return `<${base}${path}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    send(res, 200, items.slice((page - 1) * per, page * per), links.length ? { link: links.join(', ') } : {});
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // keep the raw text
      }
      const method = req.method ?? 'GET';
      requests.push({ method, url: req.url ?? '/', path: u.pathname, query: u.searchParams, headers: req.headers, body });

      if (opts.token && req.headers.authorization !== `token ${opts.token}`) {
        return send(res, 401, { message: 'Bad credentials', documentation_url: DOCS });
      }
      if (method !== 'GET' && opts.readOnly) {
        return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' });
      }
      const p = u.pathname;
      let m: RegExpExecArray | null;
      if (method === 'GET' && (m = new RegExp(`^${prefix}/pulls/(\\d+)/(commits|files)$`).exec(p))) {
        const pull = opts.pulls?.[Number(m[1])];
        if (!pull) return send(res, 404, { message: 'Not Found', documentation_url: DOCS });
        return paginate(res, p, u.searchParams, m[2] === 'commits' ? pull.commits : pull.files);
      }
      if (method === 'GET' && p.startsWith(`${prefix}/contents/`)) {
        const path = decodeURIComponent(p.slice(`${prefix}/contents/`.length));
        const ref = u.searchParams.get('ref') ?? '';
        const file = opts.contents?.[ref]?.[path];
        if (file === undefined) return send(res, 404, { message: 'Not Found', documentation_url: DOCS });
        return send(res, 200, {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(file),
          name: path.split('/').pop(),
          path,
          content: Buffer.from(file).toString('base64'),
        });
      }
      if (method === 'POST' && p === `${prefix}/labels`) {
        const name = String((body as { name?: unknown })?.name ?? '');
        if (!name) return send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'missing_field', field: 'name' }] });
        if (repoLabels.has(name)) {
          return send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] });
        }
        repoLabels.add(name);
        created.push(name);
        return send(res, 201, { name, color: (body as { color?: string }).color ?? 'ededed' });
      }
      if (method === 'POST' && (m = new RegExp(`^${prefix}/issues/(\\d+)/labels$`).exec(p))) {
        const issue = Number(m[1]);
        const names = ((body as { labels?: unknown[] })?.labels ?? []).map(String);
        const now = issueLabels.get(issue) ?? [];
        for (const n of names) {
          repoLabels.add(n);
          if (!now.includes(n)) now.push(n);
        }
        issueLabels.set(issue, now);
        return send(res, 200, now.map((name) => ({ name })));
      }
      send(res, 404, { message: 'Not Found', documentation_url: DOCS });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    labelsAdded: (issue) =>
      requests
        .filter((r) => r.method === 'POST' && r.path === `${prefix}/issues/${issue}/labels`)
        .flatMap((r) => ((r.body as { labels?: unknown[] })?.labels ?? []).map(String)),
    labelsCreated: () => [...created],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out[relative(dir, abs).split(sep).join('/')] = readFileSync(abs, 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

export interface Scenario {
  dir: string;
  /** The event payload (GITHUB_EVENT_PATH). */
  event: Record<string, any>;
  eventName: string;
  server: Omit<GitHubServerOptions, 'readOnly' | 'pageSize' | 'token'>;
  /** The checkout of the head commit: path -> text. */
  workspace: Record<string, string>;
}

/**
 * A recorded scenario in fixtures/github/<name>/: event.json (+ event-name.txt, default
 * pull_request), pulls/<n>/commits.json and files.json, labels.json, contents/<ref>/<path>,
 * workspace/ (the checkout).
 */
export function loadScenario(dir: string): Scenario {
  const event = JSON.parse(readFileSync(join(dir, 'event.json'), 'utf8'));
  const eventName = existsSync(join(dir, 'event-name.txt')) ? readFileSync(join(dir, 'event-name.txt'), 'utf8').trim() : 'pull_request';
  const [owner, repo] = String(event.repository.full_name).split('/') as [string, string];
  const pulls: Record<number, PullFixture> = {};
  const pullsDir = join(dir, 'pulls');
  if (existsSync(pullsDir)) {
    for (const n of readdirSync(pullsDir)) {
      const read = (f: string): unknown[] => (existsSync(join(pullsDir, n, f)) ? JSON.parse(readFileSync(join(pullsDir, n, f), 'utf8')) : []);
      pulls[Number(n)] = { commits: read('commits.json'), files: read('files.json') };
    }
  }
  const contents: Record<string, Record<string, string>> = {};
  const contentsDir = join(dir, 'contents');
  if (existsSync(contentsDir)) for (const ref of readdirSync(contentsDir)) contents[ref] = readTree(join(contentsDir, ref));
  const labels = existsSync(join(dir, 'labels.json')) ? (JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as string[]) : [];
  return { dir, event, eventName, server: { owner, repo, pulls, contents, labels }, workspace: readTree(join(dir, 'workspace')) };
}
