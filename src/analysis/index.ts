import type { Finding } from '../report/finding.js';
import type { PolicySet } from '../policy/types.js';

/** --check-conflicts. Placeholder until the conflict analysis lands. */
export async function checkConflicts(_set: PolicySet): Promise<Finding[]> {
  return [];
}
