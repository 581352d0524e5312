import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  oneLine
} from "./chunk-YBGZSBVW.js";
import {
  LATEST_VERSION
} from "./chunk-E4YIPD2I.js";

// src/native/policy-yaml.ts
var APPROVAL_KEY = {
  file: "file_pattern",
  command: "command_pattern",
  host: "host_pattern",
  tool: "tool_pattern"
};
function comments(indent, sources) {
  return sources.map((s) => `${indent}# ${oneLine(s, 160)}`);
}
function list(out, indent, key, rules) {
  if (rules.length !== 0) {
    out.push(`${indent}${key}:`);
    for (let r of rules)
      out.push(...comments(`${indent}  `, r.sources)), out.push(`${indent}  - ${JSON.stringify(r.pattern)}`);
  }
}
function draftToYaml(draft) {
  let out = [...draft.header.map((h) => `# ${oneLine(h, 200)}`)];
  out.push(`version: "${LATEST_VERSION}"`);
  let perms = [], section = (name, body) => {
    body.length > 0 && perms.push(`  ${name}:`, ...body);
  }, fs = [];
  list(fs, "    ", "allow", draft.filesystem.allow), list(fs, "    ", "deny", draft.filesystem.deny), section("filesystem", fs);
  let cmd = [];
  list(cmd, "    ", "allow", draft.commands.allow), list(cmd, "    ", "deny", draft.commands.deny), section("commands", cmd);
  let net = [];
  draft.network.allowOutbound !== void 0 && net.push(`    allow_outbound: ${draft.network.allowOutbound}`), draft.network.allowOutbound === !1 && list(net, "    ", "exceptions", draft.network.exceptions), list(net, "    ", "deny", draft.network.deny), section("network", net);
  let tools = [];
  if (list(tools, "    ", "allow", draft.tools.allow), list(tools, "    ", "deny", draft.tools.deny), section("tools", tools), perms.length > 0 && out.push("default_permissions:", ...perms), draft.approvals.length > 0) {
    out.push("constraints:", "  require_human_approval:");
    for (let a of draft.approvals)
      out.push(...comments("    ", a.sources)), out.push(`    - ${APPROVAL_KEY[a.kind]}: ${JSON.stringify(a.pattern)}`);
  }
  return out.join(`
`) + `
`;
}

export {
  draftToYaml
};
