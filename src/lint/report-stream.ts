// The report's destination, opened before a replay so that formats that stream (ocsf,
// splunk-hec) write each decision as it is made instead of holding them all.
import { closeSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeBytes, writeText } from '../fd-write.js';

const FLUSH_BYTES = 1 << 20;

export class ReportStream {
  private readonly fd: number;
  private readonly owned: boolean;
  private parts: Array<string | Uint8Array> = [];
  private pending = 0;

  /** output: a file (created or truncated now); undefined: standard output. */
  constructor(output: string | undefined, cwd: string) {
    this.owned = output !== undefined;
    this.fd = output !== undefined ? openSync(resolve(cwd, output), 'w') : 1;
  }

  write(text: string | Uint8Array): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= FLUSH_BYTES) this.flush();
  }

  flush(): void {
    for (const part of this.parts) {
      if (typeof part === 'string') writeText(this.fd, part);
      else writeBytes(this.fd, part);
    }
    this.parts = [];
    this.pending = 0;
  }

  close(): void {
    this.flush();
    if (this.owned) closeSync(this.fd);
  }
}
