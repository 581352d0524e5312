// Progress of a long replay on stderr (only when it is a terminal): lines, rate, ETA.

const EVERY_MS = 250;
/** Replays shorter than this show nothing. */
const QUIET_MS = 1000;
/**
 * Rate and ETA go by the last few seconds, and from the first line shown on, not from the start:
 * a replay on worker threads reports nothing until its first slice is merged and then runs at
 * full speed, and a whole-run average kept its ETA several times too long.
 */
const WINDOW_MS = 5000;

interface Sample {
  at: number;
  bytes: number;
  lines: number;
}

export interface Progress {
  update(file: string, bytes: number, lines: number): void;
  done(): void;
}

export const noProgress: Progress = { update() {}, done() {} };

function fmtDuration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** Progress over a set of files whose total size is known. */
export function ttyProgress(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const start = Date.now();
  let last = 0;
  // The points shown, oldest first, back to the newest one at least WINDOW_MS old.
  const samples: Sample[] = [];
  let doneBytes = 0;
  let fileBytes = 0;
  let current = '';
  let shown = false;
  return {
    update(file, bytes, lines) {
      if (file !== current) {
        doneBytes += fileBytes;
        fileBytes = 0;
        current = file;
      }
      fileBytes = bytes;
      const now = Date.now();
      if (now - start < QUIET_MS || now - last < EVERY_MS) return;
      last = now;
      const read = doneBytes + fileBytes;
      while (samples.length > 1 && now - samples[1]!.at >= WINDOW_MS) samples.shift();
      // Until a first line is shown, from the start: start-up (worker threads, a first slice)
      // counts for that line only.
      const from = samples[0] ?? { at: start, bytes: 0, lines: 0 };
      const secs = (now - from.at) / 1000;
      const rate = (lines - from.lines) / secs;
      const byteRate = (read - from.bytes) / secs;
      const frac = totalBytes > 0 ? Math.min(1, read / totalBytes) : 0;
      const eta = byteRate > 0 ? Math.max(0, totalBytes - read) / byteRate : Infinity;
      samples.push({ at: now, bytes: read, lines });
      const text = `replaying ${file}: ${lines.toLocaleString('en-US')} lines, ${Math.round(rate).toLocaleString('en-US')} lines/s, ${(frac * 100).toFixed(0)}%, ETA ${fmtDuration(eta)}`;
      stream.write(`\r\x1b[K${text.slice(0, (stream.columns || 100) - 1)}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
