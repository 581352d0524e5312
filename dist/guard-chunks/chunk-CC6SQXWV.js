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
  lineMayHoldSecret: () => lineMayHoldSecret,
  redactDeep: () => redactDeep,
  redactSecrets: () => redactSecrets,
  redactText: () => redactText,
  scanString: () => scanString,
  scanValue: () => scanValue,
  witnessOf: () => witnessOf
});
module.exports = __toCommonJS(stdin_exports);
var hasDigit = (s) => /[0-9]/.test(s);
function matchesOf(re) {
  return (text) => Array.from(text.matchAll(re), (m) => m[0]);
}
var DETECTORS = [
  { kind: "AWS access key ID", find: matchesOf(/\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g) },
  { kind: "GitHub token", find: matchesOf(/\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g) },
  { kind: "GitHub fine-grained token", find: matchesOf(/\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g) },
  { kind: "Slack token", find: matchesOf(/\bxox[abposr]-[A-Za-z0-9-]{10,250}/g) },
  { kind: "Anthropic API key", find: matchesOf(/\bsk-ant-[A-Za-z0-9_-]{20,250}/g) },
  { kind: "OpenAI API key", find: matchesOf(/\bsk-(?!ant-)[A-Za-z0-9_-]{20,250}/g), ok: (v) => hasDigit(v) && entropy(v) >= 3.5 },
  { kind: "private key", find: privateKeys },
  { kind: "JSON Web Token", find: jsonWebTokens },
  // The lookahead first: the lookbehind then runs at a token's first character only (run at every
  // position of a long run of spaces after `Bearer`, it was quadratic).
  { kind: "bearer token", find: matchesOf(/(?=[A-Za-z0-9._~+/-])(?<=\bBearer\s+)[A-Za-z0-9._~+/-]{20,}=*/g), ok: (v) => entropy(v) >= 3.5 }
], MAYBE = /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|xox[abposr]-|\bsk-|PRIVATE KEY|eyJ|Bearer|(?:[kK][eE][yY]|[tT][oO][kK][eE][nN]|[sS][eE][cC][rR][eE][tT]|[pP][aA][sS][sS](?:[wW](?:[oO][rR])?[dD])?|[pP][wW][dD])["']?\s*[=:]/;
function lineMayHoldSecret(line) {
  return escapedOrWide(line) || MAYBE.test(line);
}
function escapedOrWide(line) {
  return line.indexOf("\\") !== -1 || Buffer.byteLength(line, "utf8") !== line.length;
}
var ASSIGNMENT = /(?<![A-Za-z0-9_.-])[0-9_.-]*([A-Za-z][A-Za-z0-9_.-]*)(["']?)\s*[=:]\s*(["']?)([^\s"'`;&|<>(){}[\],]{8,})/g, SECRET_NAME = /(?:_KEY|APIKEY|ACCESSKEY|PRIVATEKEY|SECRETKEY|SIGNINGKEY|TOKEN|SECRET|PASSWORD|PASSWD|_PWD|^PWD|_PASS|^PASS)$/, nameCache = /* @__PURE__ */ new Map();
function isSecretName(name) {
  let v = nameCache.get(name);
  return v === void 0 && (v = SECRET_NAME.test(name.toUpperCase().replace(/[-.]/g, "_")), nameCache.size < 1e4 && nameCache.set(name, v)), v;
}
var PLACEHOLDER = /^[$%<{]|example|changeme|placeholder|redacted|your[_-]|xxxx|\*\*\*|^(.)\1+$/i;
function entropy(s) {
  let counts = /* @__PURE__ */ new Map();
  for (let ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0, n = s.length;
  for (let c of counts.values()) {
    let p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}
function isSecretValue(v) {
  return v.length >= 8 && !PLACEHOLDER.test(v) && entropy(v) >= 3;
}
function isTimestampLike(s) {
  return s.length <= 35 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && (s.charCodeAt(10) === 84 || s.charCodeAt(10) === 32) && /^[0-9:.+\-TZ ]+$/.test(s);
}
var KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g, KEY_END = /-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/y;
function privateKeys(text) {
  let keys = [], noEndFrom = 1 / 0;
  KEY_BEGIN.lastIndex = 0;
  for (let m = KEY_BEGIN.exec(text); m; m = KEY_BEGIN.exec(text)) {
    let headerEnd = m.index + m[0].length, end = headerEnd;
    if (headerEnd < noEndFrom) {
      let found = endOfKey(text, headerEnd);
      found === void 0 ? noEndFrom = headerEnd : end = found;
    }
    keys.push(text.slice(m.index, end)), KEY_BEGIN.lastIndex = end;
  }
  return keys;
}
function endOfKey(text, from) {
  for (let at = text.indexOf("-----END ", from); at >= 0; at = text.indexOf("-----END ", at + 1))
    if (KEY_END.lastIndex = at, KEY_END.test(text)) return KEY_END.lastIndex;
}
var JWT_AT = /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/y, isBase64Url = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 45 || c === 95;
function jsonWebTokens(text) {
  let tokens = [], from = 0;
  for (let at = text.indexOf("eyJ", from); at >= 0; at = text.indexOf("eyJ", from)) {
    JWT_AT.lastIndex = at;
    let m = JWT_AT.exec(text);
    if (m)
      tokens.push(m[0]), from = JWT_AT.lastIndex;
    else if (at > 0 && isBase64Url(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 45)
      from = at + 1;
    else {
      let end = at + 3;
      for (; end < text.length && isBase64Url(text.charCodeAt(end)); ) end++;
      from = end;
    }
  }
  return tokens;
}
function scanString(text, where, out) {
  if (!(text.length < 10 || isTimestampLike(text) || !MAYBE.test(text))) {
    for (let d of DETECTORS)
      for (let value of d.find(text))
        (!d.ok || d.ok(value)) && out.push({ kind: d.kind, value, where, text });
    for (let m of text.matchAll(ASSIGNMENT)) {
      let name = m[1], value = m[4];
      isSecretName(name) && isSecretValue(value) && !out.some((h) => h.value.includes(value)) && out.push({ kind: `value of ${name}`, value, where, text });
    }
  }
}
function scanValue(value, where, out) {
  walkPath.push(where);
  try {
    walk(value, walkPath, out, 0);
  } finally {
    walkPath.pop();
  }
}
var walkPath = [];
function pathText(path) {
  let s = "";
  for (let p of path)
    typeof p == "number" ? s += `[${p}]` : p !== "" && (s += s === "" ? p : `.${p}`);
  return s;
}
var lastClean = /* @__PURE__ */ new Map();
function walk(value, path, out, depth) {
  if (!(depth > 32)) {
    if (typeof value == "string")
      value.length >= 8 && scanAt(value, path, out);
    else if (Array.isArray(value))
      for (let i = 0; i < value.length; i++)
        path.push(i), walk(value[i], path, out, depth + 1), path.pop();
    else if (value !== null && typeof value == "object") {
      let o = value;
      for (let k in o) {
        let v = o[k];
        if (!(v === null || typeof v == "number" || typeof v == "boolean")) {
          if (typeof v == "string") {
            if (v.length < 8 || lastClean.get(k) === v) continue;
            path.push(k);
            let found = isSecretName(k) && isSecretValue(v) && !v.includes(" ") ? (out.push({ kind: `value of ${k}`, value: v, where: pathText(path), text: `${k}=${v}` }), true) : scanAt(v, path, out);
            path.pop(), found || (lastClean.size >= 1e3 && !lastClean.has(k) && lastClean.clear(), lastClean.set(k, v));
            continue;
          }
          path.push(k), walk(v, path, out, depth + 1), path.pop();
        }
      }
    }
  }
}
function scanAt(text, path, out) {
  let before = out.length;
  if (scanString(text, "", out), out.length === before) return false;
  let at = pathText(path);
  for (let i = before; i < out.length; i++) out[i].where = at;
  return true;
}
var MARK = (kind) => `[REDACTED ${kind}]`;
function redactSecrets(text) {
  let hits = [];
  return scanString(text, "", hits), hits.length === 0 ? text : redactText(text, hits);
}
function redactText(text, hits) {
  let out = text;
  if (hits.length > 0) {
    let sorted = [...hits].sort((a, b) => b.value.length - a.value.length);
    for (let h of sorted) out.includes(h.value) && (out = out.split(h.value).join(MARK(h.kind)));
  }
  if (!MAYBE.test(out)) return out;
  let more = [];
  scanString(out, "", more);
  for (let h of more.sort((a, b) => b.value.length - a.value.length))
    h.value.startsWith("[REDACTED") || (out = out.split(h.value).join(MARK(h.kind)));
  return out;
}
function redactDeep(value, hits) {
  return typeof value == "string" ? redactText(value, hits) : Array.isArray(value) ? value.map((v) => redactDeep(v, hits)) : value !== null && typeof value == "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, hits)])) : value;
}
function witnessOf(hits) {
  let h = hits[0];
  if (!h) return;
  let red = redactText(h.text, hits).replace(/\s+/g, " "), at = red.indexOf("[REDACTED");
  if (at < 0) return;
  let from = Math.max(0, at - 60), to = Math.min(red.length, red.indexOf("]", at) + 61);
  return ((from > 0 ? "\u2026" : "") + red.slice(from, to).trim() + (to < red.length ? "\u2026" : "")).trim();
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  lineMayHoldSecret,
  redactDeep,
  redactSecrets,
  redactText,
  scanString,
  scanValue,
  witnessOf
});
