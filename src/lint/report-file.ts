// --output: the report goes to a file, its directories created as needed (as ESLint does). A
// target that cannot be written is the user's to fix: a one-line message and exit 2, no stack.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';

const REASONS: Record<string, string> = {
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'a part of the path is a file, not a directory',
  ENAMETOOLONG: 'the name is too long',
};

/** Writes the report's pieces one after another (html writes a large report in pieces). */
export function writeReportFile(path: string, shownAs: string, chunks: Iterable<string>): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    try {
      for (const text of chunks) writeAll(fd, Buffer.from(text, 'utf8'));
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code];
    if (reason === undefined) throw e;
    throw new UsageError(`cannot write the report to "${shownAs}": ${reason}`, 'Choose another --output path.');
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}
