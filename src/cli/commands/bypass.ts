import { UsageError } from '../../errors.js';

export async function run(_argv: string[], _cwd: string): Promise<number> {
  throw new UsageError('"bypass" is not available in this build yet');
}
