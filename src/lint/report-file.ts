// --output: the report goes to a file, its directories created as needed (as ESLint does). A
// target that cannot be written is the user's to fix: a one-line message and exit 2, no stack.
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';
import { writeText } from '../fd-write.js';

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
      for (const text of chunks) writeText(fd, text);
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
