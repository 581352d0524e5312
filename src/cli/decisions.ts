// Replayed decisions for the formats that show them: ocsf and splunk-hec stream each one to the
// report as it is decided; html keeps the first HTML_DECISION_CAP in memory (the report says so).
import { hostname } from 'node:os';
import type { Format } from '../report/format.js';
import type { DecisionChannel, ReplayedDecision } from '../report/decision.js';
import { VERSION } from '../version.js';
import type { ReportStream } from '../lint/report-stream.js';

/** Decisions an HTML report holds (and shows in its timelines); beyond it they are counted. */
export const HTML_DECISION_CAP = 50_000;

export interface DecisionCollection {
  channel: DecisionChannel;
  /** html: the decisions kept, and how many there were. */
  kept?: ReplayedDecision[];
  total?(): number;
}

export function decisionsFor(format: Format, stream: ReportStream | undefined): DecisionCollection | undefined {
  const meta = { toolVersion: VERSION, host: hostname(), now: Date.now() };
  if ((format === 'ocsf' || format === 'splunk-hec') && stream) {
    return { channel: { format, meta, write: (text) => stream.write(text), flush: () => stream.flush() } };
  }
  if (format === 'html') {
    const kept: ReplayedDecision[] = [];
    let total = 0;
    const dec = new TextDecoder();
    const take = (line: string): void => {
      total++;
      if (kept.length < HTML_DECISION_CAP) kept.push(JSON.parse(line) as ReplayedDecision);
    };
    return {
      kept,
      total: () => total,
      channel: {
        format: 'json',
        meta,
        write: (text) => {
          const s = typeof text === 'string' ? text : dec.decode(text);
          let start = 0;
          for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', start)) {
            take(s.slice(start, nl));
            start = nl + 1;
          }
        },
      },
    };
  }
  return undefined;
}
