import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/audit/chain.ts
import { createHash, createHmac } from "node:crypto";

// node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate(value) {
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i);
    if (code >= 55296 && code <= 56319) {
      if (i === value.length - 1)
        return !0;
      let next = value.charCodeAt(i + 1);
      if (!(next >= 56320 && next <= 57343))
        return !0;
      i++;
    } else if (code >= 56320 && code <= 57343)
      return !0;
  }
  return !1;
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

// src/audit/chain.ts
var GENESIS = "0".repeat(64), AUDIT_KEY_ENV = "AGENT_POLICY_LINT_AUDIT_KEY";
function lineHash(line, key) {
  let { hash: _own, ...rest } = line, text = canonicalize(rest);
  if (text === void 0) throw new Error("an audit line that has no JSON form");
  return key ? createHmac("sha256", key).update(text).digest("hex") : createHash("sha256").update(text).digest("hex");
}
function rawLineHash(text, key) {
  return key ? createHmac("sha256", key).update(text).digest("hex") : createHash("sha256").update(text).digest("hex");
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

export {
  GENESIS,
  lineHash,
  rawLineHash,
  auditKey,
  sealLine,
  HEX64
};
