// The Action's inputs (action.yml), read through a getter so tests need no runner.

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  config?: string;
  agentLogs: string[];
  checkConflicts: boolean;
  labelAgentPrs: boolean;
  agentLabel: string;
  failOn: FailOn;
  sarifFile?: string;
  /** html-report: where to write the HTML report (relative to the workspace). */
  htmlReport?: string;
  token: string;
}

/** A wrong input value: the run fails with this message (no stack trace). */
export class InputError extends Error {
  override name = 'InputError';
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function bool(get: (n: string) => string, name: string, dflt: boolean): boolean {
  const v = get(name).trim();
  if (v === '') return dflt;
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new InputError(`Input ${name}: "${v}" is not a boolean (use true or false)`);
}

/** Splits on newlines and on commas outside `{…}` (a glob's alternatives keep theirs). */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === '\n' || ch === '\r' || (ch === ',' && depth === 0)) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return [...new Set(out.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#')))];
}

export function readInputs(get: (name: string) => string): ActionInputs {
  const failOn = get('fail-on').trim() || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new InputError(`Input fail-on: "${failOn}" is not one of error, warning, never`);
  }
  const agentLabel = get('agent-label').trim() || 'agent-authored';
  if (agentLabel.length > 50 || /[,\n]/.test(agentLabel)) {
    throw new InputError(`Input agent-label: "${agentLabel}" is not a label name (at most 50 characters, no commas)`);
  }
  const config = get('config').trim();
  const sarif = get('sarif-file').trim();
  const html = get('html-report').trim();
  return {
    ...(config ? { config } : {}),
    agentLogs: splitList(get('agent-log')),
    checkConflicts: bool(get, 'check-conflicts', false),
    labelAgentPrs: bool(get, 'label-agent-prs', true),
    agentLabel,
    failOn,
    ...(sarif ? { sarifFile: sarif } : {}),
    ...(html ? { htmlReport: html } : {}),
    token: get('github-token').trim(),
  };
}
