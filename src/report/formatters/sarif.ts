import type { Formatter } from '../format.js';

// Placeholder until the formatters land.
export const formatSarif: Formatter = (findings, summary) => JSON.stringify({ findings, summary }, null, 2) + '\n';
