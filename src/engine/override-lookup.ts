// Which overrides govern a path for DENIES (SPEC 3): override directories compare
// case-insensitively, so that `cd SRC/Generated` (or a path spelled so) on a case-insensitive file
// system still gets the denies of `src/generated/.agent-policy.yml`. Allows and approvals' grants
// keep the exact-case lookup (compile.ts overridesFor): an allow is never widened by case.
import { overridesFor, type CompiledPolicy, type Level } from './compile.js';

export function denyOverridesFor(cp: CompiledPolicy, path: string): Level[] {
  if (cp.overrides.size === 0 || path === '.') return [];
  const exact = overridesFor(cp, path);
  const folded = path.toLowerCase();
  const out = [...exact];
  for (const [dir, level] of cp.overrides) {
    if (out.includes(level)) continue;
    const d = dir.toLowerCase();
    if (folded === d || folded.startsWith(`${d}/`)) out.push(level);
  }
  return out;
}
