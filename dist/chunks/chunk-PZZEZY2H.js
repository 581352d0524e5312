import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  ocsfFindingEvent
} from "./chunk-V6QRIEBS.js";

// src/report/formatters/ocsf.ts
import { hostname } from "node:os";
function findingEvents(findings, ctx) {
  let meta = { toolVersion: ctx.toolVersion, host: hostname(), now: Date.now() };
  return findings.filter((f) => f.severity === "error").map((f) => ocsfFindingEvent(f, meta, ctx.policyVersion));
}
function formatOcsf(findings, _summary, ctx) {
  return findingEvents(findings, ctx).map((e) => JSON.stringify(e) + `
`).join("");
}

export {
  findingEvents,
  formatOcsf
};
