// The few GitHub REST calls the Action makes, behind an interface the logic can be tested with.
import type { CommitInfo } from '../agents/signals.js';

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PrFile {
  filename: string;
  status: FileStatus;
  previousFilename?: string;
  /** Unified diff hunk text; GitHub leaves it out for binary and very large files. */
  patch?: string;
}

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

/** A failed REST call, with its HTTP status (0 when there was no response). */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

export interface GitHubClient {
  /** GET /repos/{o}/{r}/pulls/{n}/commits, every page (GitHub stops at 250 commits). */
  listPullCommits(pull: number): Promise<CommitInfo[]>;
  /** GET /repos/{o}/{r}/pulls/{n}/files, every page (GitHub stops at 3000 files). */
  listPullFiles(pull: number): Promise<PrFile[]>;
  /** GET /repos/{o}/{r}/contents/{path}?ref=…; undefined when the file does not exist there. */
  getFileAt(path: string, ref: string): Promise<string | undefined>;
  /** POST /repos/{o}/{r}/labels; 'exists' on 422 already_exists. */
  createLabel(label: LabelSpec): Promise<'created' | 'exists'>;
  /** POST /repos/{o}/{r}/issues/{n}/labels: adds, never replaces. */
  addLabels(issue: number, names: string[]): Promise<void>;
}

// Only what we read of Octokit, so a test double needs no Octokit.
interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ data: unknown }>;
  paginate(route: string, params?: Record<string, unknown>): Promise<unknown[]>;
}

function statusOf(err: unknown): number {
  const s = (err as { status?: unknown })?.status;
  return typeof s === 'number' ? s : 0;
}

function alreadyExists(err: unknown): boolean {
  const errors = (err as { response?: { data?: { errors?: { code?: string }[] } } })?.response?.data?.errors;
  return Array.isArray(errors) && errors.some((e) => e?.code === 'already_exists');
}

function wrap(what: string, err: unknown): GitHubApiError {
  const status = statusOf(err);
  const msg = err instanceof Error ? err.message : String(err);
  return new GitHubApiError(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${msg}`, status);
}

interface RestCommit {
  sha: string;
  commit: { message: string; author?: { name?: string; email?: string } | null; committer?: { name?: string; email?: string } | null };
  author?: { login?: string } | null;
  committer?: { login?: string } | null;
}

interface RestFile {
  filename: string;
  status: FileStatus;
  previous_filename?: string;
  patch?: string;
}

export function toCommitInfo(c: RestCommit): CommitInfo {
  return {
    sha: c.sha,
    message: c.commit?.message ?? '',
    authorLogin: c.author?.login ?? null,
    committerLogin: c.committer?.login ?? null,
    authorName: c.commit?.author?.name,
    authorEmail: c.commit?.author?.email,
    committerName: c.commit?.committer?.name,
    committerEmail: c.commit?.committer?.email,
  };
}

export function octokitClient(octokit: OctokitLike, owner: string, repo: string): GitHubClient {
  const base = { owner, repo };
  return {
    async listPullCommits(pull) {
      try {
        const rows = (await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
          ...base,
          pull_number: pull,
          per_page: 100,
        })) as RestCommit[];
        return rows.map(toCommitInfo);
      } catch (err) {
        throw wrap(`Listing the commits of pull request #${pull}`, err);
      }
    },
    async listPullFiles(pull) {
      try {
        const rows = (await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
          ...base,
          pull_number: pull,
          per_page: 100,
        })) as RestFile[];
        return rows.map((f) => ({
          filename: f.filename,
          status: f.status,
          ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
          ...(f.patch !== undefined ? { patch: f.patch } : {}),
        }));
      } catch (err) {
        throw wrap(`Listing the files of pull request #${pull}`, err);
      }
    },
    async getFileAt(path, ref) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path, ref });
        const d = data as { type?: string; encoding?: string; content?: string };
        if (Array.isArray(data) || d.type !== 'file') return undefined;
        if (d.encoding === 'base64' && typeof d.content === 'string') return Buffer.from(d.content, 'base64').toString('utf8');
        throw new Error(`unexpected encoding ${d.encoding ?? 'none'} (file too large?)`);
      } catch (err) {
        if (statusOf(err) === 404) return undefined;
        throw wrap(`Reading ${path} at ${ref.slice(0, 12)}`, err);
      }
    },
    async createLabel(label) {
      try {
        await octokit.request('POST /repos/{owner}/{repo}/labels', { ...base, ...label });
        return 'created';
      } catch (err) {
        if (statusOf(err) === 422 && alreadyExists(err)) return 'exists';
        throw wrap(`Creating the label ${label.name}`, err);
      }
    },
    async addLabels(issue, names) {
      try {
        await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...base, issue_number: issue, labels: names });
      } catch (err) {
        throw wrap(`Adding labels to #${issue}`, err);
      }
    },
  };
}
