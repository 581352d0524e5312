import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/report/ocsf/hec.ts
var HEC_SOURCETYPE = "ocsf:agent-policy-lint";
function hecEnvelope(event, meta, source) {
  return { time: event.time / 1e3, host: meta.host, source, sourcetype: HEC_SOURCETYPE, event };
}

export {
  HEC_SOURCETYPE,
  hecEnvelope
};
