import type { Formatter } from '../format.js';

/** SPEC 5: one object, `findings` and `summary`. */
export const formatJson: Formatter = (findings, summary) => JSON.stringify({ findings, summary }, null, 2) + '\n';
