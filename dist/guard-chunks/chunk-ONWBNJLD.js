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
  GENESIS: () => GENESIS,
  HEX64: () => HEX64,
  auditKey: () => auditKey,
  lineHash: () => lineHash,
  rawLineHash: () => rawLineHash,
  sealLine: () => sealLine
});
module.exports = __toCommonJS(stdin_exports);
var import_node_crypto = require("node:crypto");
function hasLoneSurrogate(value) {
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i);
    if (code >= 55296 && code <= 56319) {
      if (i === value.length - 1)
        return true;
      let next = value.charCodeAt(i + 1);
      if (!(next >= 56320 && next <= 57343))
        return true;
      i++;
    } else if (code >= 56320 && code <= 57343)
      return true;
  }
  return false;
}
function canonicalize(object, seen = /* @__PURE__ */ new Set()) {
  if (typeof object == "number" && isNaN(object))
    throw new Error("NaN is not allowed");
  if (typeof object == "number" && !isFinite(object))
    throw new Error("Infinity is not allowed");
  if (typeof object == "string" && hasLoneSurrogate(object))
    throw new Error("Lone surrogate is not allowed");
  if (object === null || typeof object != "object")
    return JSON.stringify(object);
  if (typeof object.toJSON == "function") {
    if (seen.has(object))
      throw new Error("Circular reference detected");
    seen.add(object);
    let result2 = canonicalize(object.toJSON(), seen);
    return seen.delete(object), result2;
  }
  if (seen.has(object))
    throw new Error("Circular reference detected");
  seen.add(object);
  let result;
  if (Array.isArray(object))
    result = `[${object.map((cv) => canonicalize(cv === void 0 || typeof cv == "symbol" ? null : cv, seen)).join(",")}]`;
  else {
    let parts = [];
    for (let key of Object.keys(object).sort())
      object[key] === void 0 || typeof object[key] == "symbol" || parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    result = `{${parts.join(",")}}`;
  }
  return seen.delete(object), result;
}
var GENESIS = "0".repeat(64), AUDIT_KEY_ENV = "AGENT_POLICY_LINT_AUDIT_KEY";
function lineHash(line, key) {
  let { hash: _own, ...rest } = line, text = canonicalize(rest);
  if (text === void 0) throw new Error("an audit line that has no JSON form");
  return key ? (0, import_node_crypto.createHmac)("sha256", key).update(text).digest("hex") : (0, import_node_crypto.createHash)("sha256").update(text).digest("hex");
}
function rawLineHash(text, key) {
  return key ? (0, import_node_crypto.createHmac)("sha256", key).update(text).digest("hex") : (0, import_node_crypto.createHash)("sha256").update(text).digest("hex");
}
function chainKind(key) {
  return key ? "hmac-sha256" : "sha256";
}
function auditKey(env) {
  let k = env[AUDIT_KEY_ENV];
  return k && k.length > 0 ? k : void 0;
}
function sealLine(record, seq, prev, key) {
  let { chain: _c, seq: _s, prev: _p, hash: _h, ...rest } = record, line = { ...rest, chain: chainKind(key), seq, prev };
  return line.hash = lineHash(line, key), line;
}
var HEX64 = /^[0-9a-f]{64}$/;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GENESIS,
  HEX64,
  auditKey,
  lineHash,
  rawLineHash,
  sealLine
});
