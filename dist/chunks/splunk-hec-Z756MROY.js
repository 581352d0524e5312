import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  hecEnvelope
} from "./chunk-OORO32T2.js";
import {
  findingEvents
} from "./chunk-PZZEZY2H.js";
import "./chunk-V6QRIEBS.js";
import "./chunk-F2VQ6EFB.js";

// src/report/formatters/splunk-hec.ts
import { hostname } from "node:os";
function formatSplunkHec(findings, _summary, ctx) {
  let meta = { toolVersion: ctx.toolVersion, host: hostname(), now: Date.now() };
  return findingEvents(findings, ctx).map((e) => JSON.stringify(hecEnvelope(e, meta, String(e.unmapped.file))) + `
`).join("");
}
export {
  formatSplunkHec
};
