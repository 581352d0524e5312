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
  ALLOW_LIST: () => ALLOW_LIST,
  DENY_LIST: () => DENY_LIST,
  compileHostList: () => compileHostList,
  compilePathList: () => compilePathList,
  normalizeHost: () => normalizeHost,
  parseHostPattern: () => parseHostPattern,
  readings: () => readings,
  restorePathList: () => restorePathList
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_DDC3HKHF = require("./chunk-DDC3HKHF.js");
var import_chunk_ZA4BQCYO = require("./chunk-ZA4BQCYO.js");
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
var DENY_LIST = Object.freeze({ nocase: true, coverDescendants: true, scopeAbsolute: false, windowsAliases: true, rootAnchored: true, trim: true }), ALLOW_LIST = Object.freeze({ nocase: false, coverDescendants: false, scopeAbsolute: true, windowsAliases: false }), OUTSIDE = /^(\/|~|[A-Za-z]:\/)/, ANY_DEPTH = "(?:[^]*/)?";
function readings(written, options) {
  let pattern = options.trim ? written.trim() : written;
  return options.rootAnchored && pattern.length > 1 && pattern[0] === "/" && pattern[1] !== "/" ? [pattern, `./${pattern.slice(1)}`] : [pattern];
}
function compilePathList(rules, options) {
  let nocase = !!options.nocase, errors = [], newSide = () => ({ universal: [], automaton: new import_chunk_4Y4NHBEK.Automaton(nocase) }), rel = newSide(), abs = options.scopeAbsolute ? newSide() : rel;
  return rules.forEach((rule, index) => {
    try {
      for (let pattern of readings(rule.pattern, options)) {
        let info = (0, import_chunk_4Y4NHBEK.analyzePolicyPattern)(pattern), side = info.absolute ? abs : rel, source = (0, import_chunk_4Y4NHBEK.policySourceOf)(info, options);
        info.universal ? side.universal.includes(index) || side.universal.push(index) : source.startsWith(ANY_DEPTH) ? side.automaton.addShared(ANY_DEPTH, index, `(?:${source.slice(ANY_DEPTH.length)})`) : side.automaton.add(index, source);
      }
    } catch (e) {
      if (!(e instanceof import_chunk_4Y4NHBEK.GlobError)) throw e;
      errors.push({ rule, index, error: { message: e.message, offset: e.offset } });
    }
  }), pathList(rules, options, errors, rel, abs);
}
function restorePathList(rules, options, snapshot) {
  if (typeof snapshot != "object" || snapshot === null) return;
  let snap = snapshot, isIndex = (i) => Number.isInteger(i) && i >= 0 && i < rules.length, side = (s) => {
    if (typeof s != "object" || s === null || !Array.isArray(s.universal) || !s.universal.every(isIndex)) return;
    let automaton = import_chunk_4Y4NHBEK.Automaton.fromSnapshot(s.automaton, rules.length);
    if (!(!automaton || automaton.nocase !== !!options.nocase))
      return { universal: s.universal, automaton };
  }, rel = side(snap.rel), abs = options.scopeAbsolute ? side(snap.abs) : rel;
  if (!rel || !abs || !Array.isArray(snap.errors)) return;
  let errors = [];
  for (let e of snap.errors) {
    if (!isIndex(e?.index) || typeof e.error?.message != "string" || typeof e.error.offset != "number") return;
    errors.push({ rule: rules[e.index], index: e.index, error: { message: e.error.message, offset: e.error.offset } });
  }
  return pathList(rules, options, errors, rel, abs);
}
function pathList(rules, options, errors, rel, abs) {
  let matches = (path, any) => {
    let n = typeof path == "string" ? { path, outside: OUTSIDE.test(path) } : path;
    if ("invalid" in n && n.invalid !== void 0) return [];
    let side = options.scopeAbsolute && n.outside ? abs : rel;
    if (n.path === "." || any && side.universal.length > 0) return side.universal;
    let hits = side.automaton.run(n.path);
    if (any && hits.length > 0) return hits;
    let alias = options.windowsAliases ? (0, import_chunk_ZA4BQCYO.windowsAlias)(n.path) : void 0, more = alias === void 0 ? [] : side.automaton.run(alias);
    return side.universal.length === 0 && more.length === 0 ? hits : [.../* @__PURE__ */ new Set([...side.universal, ...hits, ...more])].sort((a, b) => a - b);
  }, sideSnapshot = (s) => ({ universal: s.universal.slice(), automaton: s.automaton.snapshot() });
  return {
    rules,
    options,
    errors,
    test: (path) => matches(path, true).length > 0,
    firstMatch(path) {
      let i = matches(path, false)[0];
      return i === void 0 ? void 0 : { rule: rules[i], index: i };
    },
    allMatches: (path) => matches(path, false).map((index) => ({ rule: rules[index], index })),
    snapshot: () => ({
      errors: errors.map((e) => ({ index: e.index, error: e.error })),
      rel: sideSnapshot(rel),
      ...options.scopeAbsolute ? { abs: sideSnapshot(abs) } : {}
    })
  };
}
var HostPatternError = class extends Error {
  name = "HostPatternError";
}, CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/, SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//, SCP = /^(?:[^@/:\s]+@)?([^@/:\s[\]]+):(?![^/]*@)(?!\d*(?:[/?#]|$))/;
function looksLikeBareIpv6(s) {
  let colons = 0, run = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 37) break;
    if (c === 58)
      colons++, run = 0;
    else if (c === 46) {
      if (colons < 2) return false;
      run = 0;
    } else if (c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70) {
      if (++run > 4) return false;
    } else return false;
  }
  return colons >= 2;
}
function normalizeHost(hostOrUrl) {
  if (typeof hostOrUrl != "string") return;
  let s = hostOrUrl.trim();
  if (s === "" || CONTROL_OR_SPACE.test(s)) return;
  let authority, scheme = SCHEME.exec(s);
  if (scheme) authority = s.slice(scheme[0].length);
  else if (s.startsWith("//")) authority = s.slice(2);
  else {
    if (looksLikeBareIpv6(s)) return hostName(`[${s}]`);
    {
      let scp = SCP.exec(s);
      if (scp) return hostName(scp[1]);
      authority = s;
    }
  }
  if (authority = authority.split(/[/?#]/, 1)[0], authority.includes("\\") || authority.split("@").length > 2) return;
  let host = authority.slice(authority.lastIndexOf("@") + 1);
  return !host.startsWith("[") && (host.match(/:/g)?.length ?? 0) >= 2 ? hostName(`[${host}]`) : hostName(authority);
}
function hostName(authority) {
  let url;
  try {
    url = new URL(`http://${authority}/`);
  } catch {
    return;
  }
  let h = url.hostname;
  if (h.startsWith("[") && h.endsWith("]")) return ipv4Mapped(h.slice(1, -1));
  if (h.endsWith(".") && (h = h.slice(0, -1)), !(h === "" || h.startsWith(".") || h.endsWith(".") || h.includes("..")))
    return h.toLowerCase();
}
var MAPPED = /^(?:::ffff:(?:0:)?|64:ff9b::|::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;
function ipv4Mapped(ipv6) {
  let m = MAPPED.exec(ipv6);
  if (!m) return ipv6;
  let hi = parseInt(m[1], 16), lo = parseInt(m[2], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}
function isIpLiteral(host) {
  return host.includes(":") || /^\d+\.\d+\.\d+\.\d+$/.test(host);
}
function parseHostPattern(pattern) {
  let fail = (m) => {
    throw new HostPatternError(m);
  };
  (typeof pattern != "string" || pattern.trim() === "") && fail("empty host pattern");
  let p = pattern.trim();
  (SCHEME.test(p) || p.startsWith("//")) && fail(`write the host only, without a scheme: ${normalizeHost(p) ?? p}`), /[/?#]/.test(p) && fail("a host pattern names a host, not a URL path"), p.includes("@") && fail("a host pattern cannot contain `@`"), p === "*" && fail("`*` would allow every host: use allow_outbound: true instead");
  let kind = "exact", rest = p;
  p.startsWith("*.") && (kind = "subdomains", rest = p.slice(2)), rest.includes("*") && fail("only a leading `*.` wildcard is supported (`*.example.com`)");
  let bare = rest.startsWith("[") ? rest : rest.replace(/\.$/, ""), ipv6 = bare.startsWith("[") || (bare.match(/:/g)?.length ?? 0) >= 2;
  !ipv6 && bare.includes(":") && fail(`ports are not compared: write ${bare.slice(0, bare.indexOf(":"))}`), ipv6 && /\]:/.test(bare) && fail("ports are not compared: write the address without a port");
  let host = normalizeHost(rest);
  return host === void 0 ? fail(`not a valid host name: ${JSON.stringify(rest)}`) : (kind === "subdomains" && isIpLiteral(host) && fail("`*.` cannot apply to an IP address"), { pattern, kind, host });
}
function compileHostList(rules) {
  let sources = [], ruleOf = [], subdomainRule = [], errors = [], tail = 0;
  rules.forEach((rule, index) => {
    let p;
    try {
      p = parseHostPattern(rule.pattern);
    } catch (e) {
      if (!(e instanceof HostPatternError)) throw e;
      errors.push({ rule, index, message: e.message });
      return;
    }
    let domain = (0, import_chunk_4Y4NHBEK.escapeRegexLiteral)(p.host);
    sources.push(p.kind === "exact" ? domain : `[^]+\\.${domain}`), ruleOf.push(index), subdomainRule.push(p.kind === "subdomains"), tail = Math.max(tail, p.host.length + 1);
  });
  let list = new import_chunk_DDC3HKHF.StringPatternList(sources), indicesOf = (host) => {
    let subject = host.length > tail ? `~${host.slice(host.length - tail)}` : host, found = list.matches(subject);
    if (found.length === 0) return [];
    let ip = isIpLiteral(host);
    return found.filter((k) => !(ip && subdomainRule[k])).map((k) => ruleOf[k]);
  }, indices = (hostOrUrl) => {
    let host = normalizeHost(hostOrUrl);
    return host === void 0 ? [] : indicesOf(host);
  }, first = (found) => {
    let i = found[0];
    return i === void 0 ? void 0 : { rule: rules[i], index: i };
  }, every = (found) => found.map((index) => ({ rule: rules[index], index }));
  return {
    rules,
    errors,
    test: (h) => indices(h).length > 0,
    firstMatch: (h) => first(indices(h)),
    allMatches: (h) => every(indices(h)),
    firstMatchOf: (h) => first(indicesOf(h)),
    allMatchesOf: (h) => every(indicesOf(h))
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ALLOW_LIST,
  DENY_LIST,
  compileHostList,
  compilePathList,
  normalizeHost,
  parseHostPattern,
  readings,
  restorePathList
});
