import type { Formatter } from '../format.js';

// Placeholder until the formatters land.
export const formatGithub: Formatter = (findings, summary) => JSON.stringify({ findings, summary }, null, 2) + '\n';
