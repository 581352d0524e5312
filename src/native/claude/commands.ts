// Claude Code Bash rules against the policy's command patterns. A policy pattern without `*`
// matches its words and then nothing or a space and anything, which is exactly Claude's
// `cmd:*` / `cmd *`; a policy pattern ending in `*` is exactly Claude's trailing `*`. Claude's
// exact rules and inner wildcards (`git * main`) have no exact policy form.
import { commandPatternProblem, normaliseCommandPattern } from '../../match/command.js';
import { starMatch } from '../wildcard.js';
import { claudeCommandSpec, type ClaudeCommandSpec } from './rules.js';

/** Claude's documented matching of one simple command (wrappers already stripped). */
export function claudeCommandMatches(spec: ClaudeCommandSpec, command: string): boolean {
  switch (spec.kind) {
    case 'exact':
      return command === spec.text;
    case 'prefix':
      return starMatch(spec.text, command) || starMatch(`${spec.text} *`, command);
    case 'wildcard':
      return starMatch(spec.text, command);
  }
}

/** Characters whose meaning differs between Claude's raw string match and the policy's parsed one. */
const SHELL_SYNTAX = /["'`\\$;&|<>(){}\n]/;

/** `pattern`, and `shrunk` when it admits less than the Claude rule (never more). */
export type Translation = { pattern: string; shrunk?: string } | { why: string };

/** The policy allow pattern that admits at most what the Claude allow admits. */
export function allowPattern(specifier: string): Translation {
  const spec = claudeCommandSpec(specifier);
  if (spec.kind === 'exact') return { why: 'an exact command has no policy form (policy patterns also admit further arguments)' };
  if (SHELL_SYNTAX.test(spec.text)) return { why: 'quotes, expansions or shell operators are matched as raw text by Claude Code and as parsed words by the policy' };
  const first = spec.text.split(' ')[0] ?? '';
  if (first.includes('/')) return { why: `the policy matches a path-qualified program by its base name, which would admit any "${first.split('/').pop()}"` };
  if (first.includes('*')) return { why: 'a wildcard in the program name would admit other programs' };
  if (spec.kind === 'wildcard' && !spec.text.endsWith('*')) return { why: 'a `*` inside the rule is anchored at the end by Claude Code; the policy would admit further arguments' };
  // `xcodebuild*` also admits `xcodebuildx`; the word prefix `xcodebuild` admits less, never more.
  const shrunk = spec.kind === 'wildcard' && !spec.text.endsWith(' *');
  const pattern = (shrunk ? spec.text.slice(0, -1) : spec.text).replace(/\s+/g, ' ').trim();
  if (pattern === '' || pattern.includes('*') && pattern.endsWith('*')) return { why: 'the rule admits any command' };
  const problem = commandPatternProblem(pattern);
  if (problem) return { why: problem };
  if (normaliseCommandPattern(pattern) !== pattern) return { why: 'the policy would read the rule differently once normalised' };
  return shrunk ? { pattern, shrunk: `"${pattern}" (whole words: "${pattern}x…" is left out)` } : { pattern };
}

/** The policy deny (or approval) pattern that covers at least what the Claude rule covers. */
export function denyPattern(specifier: string): { pattern: string; widened?: string } {
  const spec = claudeCommandSpec(specifier);
  const text = spec.text.replace(/\s+/g, ' ').trim();
  const problem = commandPatternProblem(text);
  if (!problem && !SHELL_SYNTAX.test(text)) return { pattern: text };
  // Deny the program: wider, never narrower.
  const first = text.split(' ')[0] ?? '';
  if (first !== '' && !SHELL_SYNTAX.test(first) && !commandPatternProblem(first)) {
    return { pattern: first, widened: `the whole program "${first}" (the rule's text ${problem ? `cannot be a policy pattern: ${problem}` : 'has shell syntax the policy reads as words'})` };
  }
  return { pattern: '*', widened: 'every command (the rule names no program the policy can read)' };
}
