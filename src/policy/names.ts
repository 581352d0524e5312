// The policy files' names. A module of its own (no imports) so that the pre-commit hook's entry
// can name them to git before it loads anything else (src/hooks/index-specs.ts).

export const ROOT_POLICY_NAMES = ['.agent-policy.yml', '.agent-policy.yaml'];
export const OVERRIDE_NAMES = ['.agent-policy.override.yml', '.agent-policy.override.yaml'];
