// The GitHub Action entry (bundled to dist/index.js): reads the runner's environment, runs, and
// writes outputs, the job summary and the SARIF file. The logic lives in ./run.ts and its modules.
// As an entry point it is a composition root too: it alone in src/action may import src/cli (the
// rule catalogue its SARIF file describes rules from).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { RULES_META } from '../cli/rules.js';
import { UsageError } from '../errors.js';
import { summarize } from '../report/finding.js';
import { formatSarif } from '../report/formatters/sarif.js';
import { formatHtmlChunks } from '../report/formatters/html.js';
import { writeReportFile } from '../lint/report-file.js';
import { VERSION } from '../version.js';
import { GitHubApiError, octokitClient, type GitHubClient } from './client.js';
import { InputError, readInputs } from './inputs.js';
import { runAction, type RunEnv } from './run.js';
import { groupSignals } from './summary.js';

function readEvent(path: string | undefined): Record<string, any> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  } catch (err) {
    core.warning(`Cannot read the event payload ${path}: ${(err as Error).message}`);
    return {};
  }
}

async function main(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const env: RunEnv = {
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    event: readEvent(process.env.GITHUB_EVENT_PATH),
    repository: process.env.GITHUB_REPOSITORY ?? '',
    workspace: resolve(process.env.GITHUB_WORKSPACE ?? process.cwd()),
    sha: process.env.GITHUB_SHA ?? '',
    serverUrl: (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
  };
  const [owner, repo] = env.repository.split('/');
  let client: GitHubClient | undefined;
  if (inputs.token && owner && repo) {
    // getOctokit reads GITHUB_API_URL (GitHub Enterprise Server, tests).
    client = octokitClient(getOctokit(inputs.token), owner, repo);
  } else if (env.event.pull_request) {
    core.warning('No github-token (or GITHUB_REPOSITORY): pull request checks, detection and labels are skipped.');
  }

  const result = await runAction(inputs, env, client, { line: (t) => process.stdout.write(t + '\n') });

  let sarifPath = '';
  if (inputs.sarifFile) {
    sarifPath = resolve(env.workspace, inputs.sarifFile);
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, formatSarif(result.findings, summarize(result.findings, 0), { color: false, toolVersion: VERSION, cwd: env.workspace, rulesMeta: RULES_META }));
  }
  let htmlPath = '';
  if (inputs.htmlReport) {
    htmlPath = resolve(env.workspace, inputs.htmlReport);
    const changes = result.changes.map((c) => ({ direction: c.direction, scope: c.scope, what: c.what, file: c.file, line: c.line }));
    const ctx = { color: false, toolVersion: VERSION, cwd: env.workspace, rulesMeta: RULES_META, ...(changes.length > 0 || result.diff ? { policyDiff: { changes, diff: result.diff } } : {}) };
    writeReportFile(htmlPath, inputs.htmlReport, formatHtmlChunks(result.findings, summarize(result.findings, 0), ctx));
  }
  const d = result.detection;
  core.setOutput('agent-authored', d?.agentAuthored ? 'true' : 'false');
  core.setOutput(
    'agent-signals',
    JSON.stringify(
      (d ? groupSignals(d.signals) : []).map((g) => ({ ...g.signal, count: g.count, where: g.wheres })),
    ),
  );
  core.setOutput('errors', String(result.errors));
  core.setOutput('warnings', String(result.warnings));
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('html-report', htmlPath);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.summary, true).write();
  if (result.failure) core.setFailed(result.failure);
}

main().catch((err: unknown) => {
  // Wrong inputs and unreadable named files are the user's to fix: the message, no stack trace.
  if (err instanceof InputError || err instanceof GitHubApiError) core.setFailed(`agent-policy-lint: ${err.message}`);
  else if (err instanceof UsageError) core.setFailed(err.hint ? `${err.message}\n${err.hint}` : err.message);
  else core.setFailed(`agent-policy-lint: internal error: ${err instanceof Error ? err.message : String(err)}`);
});
