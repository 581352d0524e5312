var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  approvalProblem: () => approvalProblem,
  approvalScopeMiss: () => approvalScopeMiss,
  bypassCover: () => bypassCover
});
module.exports = __toCommonJS(stdin_exports);
function names(record, s) {
  return s.kind === "path" ? record.paths?.(s.subject) ?? false : s.kind === "command" ? record.commands?.(s.subject) ?? false : false;
}
function bypassCover(bypasses, agentId, at, denied) {
  if (bypasses.length === 0 || denied.length === 0) return {};
  let forAgent = bypasses.filter((b) => b.agent === void 0 || b.agent === agentId), live = at === void 0 ? [] : forAgent.filter((b) => b.start <= at && at <= b.end), used = /* @__PURE__ */ new Set();
  if (denied.every((s) => {
    let b = live.find((x) => names(x, s));
    return b && used.add(b), b !== void 0;
  })) return { covering: [...used] };
  let nearMiss = forAgent.find((b) => denied.every((s) => names(b, s)));
  return nearMiss ? { nearMiss } : {};
}
function approvalProblem(record, agentId, at) {
  if (record.agent !== void 0 && record.agent !== agentId) return `approval ${record.id} is for agent ${record.agent}`;
  if (!(record.start === void 0 && record.end === void 0)) {
    if (at === void 0) return `approval ${record.id} has a time window and the entry has no valid timestamp`;
    if (record.start !== void 0 && at < record.start) return `approval ${record.id} was given after the action`;
    if (record.end !== void 0 && at > record.end) return `approval ${record.id} had expired`;
  }
}
function approvalScopeMiss(record, subjects) {
  if (!(!record.paths && !record.commands))
    return subjects.find((s) => s.requiresApproval && !names(record, s));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  approvalProblem,
  approvalScopeMiss,
  bypassCover
});
