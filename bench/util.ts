import { spawnSync } from 'node:child_process';

/** Median wall time in ms of running `node args` as a fresh process, over `runs` runs (after one warm-up). */
export function timeProcess(args: string[], opts: { cwd?: string; runs?: number; env?: NodeJS.ProcessEnv } = {}): number {
  const runs = opts.runs ?? 15;
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (i > 0) times.push(ms);
  }
  return median(times);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function row(label: string, value: string, note = ''): void {
  process.stdout.write(`${label.padEnd(44)} ${value.padStart(14)}  ${note}\n`);
}

export function goal(ok: boolean, text: string): void {
  process.stdout.write(`${ok ? 'GOAL MET ' : 'GOAL MISSED'}  ${text}\n`);
}
