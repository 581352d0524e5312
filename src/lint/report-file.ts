// --output: the report goes to a file, its directories created as needed (as ESLint does). A
// target that cannot be written is the user's to fix: a one-line message and exit 2, no stack.
import { mkdirSync, writeFileSync } from 'node:fs';
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

export function writeReportFile(path: string, shownAs: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code];
    if (reason === undefined) throw e;
    throw new UsageError(`cannot write the report to "${shownAs}": ${reason}`, 'Choose another --output path.');
  }
}
