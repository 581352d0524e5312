import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  StringPatternList
} from "./chunk-V5PX7ZKJ.js";
import {
  escapeRegexLiteral
} from "./chunk-DUFMWMGU.js";

// src/match/host.ts
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
      if (colons < 2) return !1;
      run = 0;
    } else if (c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70) {
      if (++run > 4) return !1;
    } else return !1;
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
  let h = plainDnsName(authority);
  if (h === void 0) {
    let url;
    try {
      url = new URL(`http://${authority}/`);
    } catch {
      return;
    }
    h = url.hostname;
  }
  if (h.startsWith("[") && h.endsWith("]")) return ipv4Mapped(h.slice(1, -1));
  if (h.endsWith(".") && (h = h.slice(0, -1)), !(h === "" || h.startsWith(".") || h.endsWith(".") || h.includes("..")))
    return h.toLowerCase();
}
function plainDnsName(authority) {
  let n = authority.length, end = n > 0 && authority.charCodeAt(n - 1) === 46 ? n - 1 : n, lastStart = 0;
  for (let i = 0; i < n; i++) {
    let c = authority.charCodeAt(i);
    if (!(c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 45 || c === 46)) return;
    c === 46 && i < end && (lastStart = i + 1);
  }
  if (lastStart >= end) return;
  let h = authority.toLowerCase();
  if (h.includes("xn--")) return;
  let last = h.slice(lastStart, end);
  if (!(/^[0-9]+$/.test(last) || /^0x[0-9a-f]*$/.test(last)))
    return h;
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
function hostPatternError(pattern) {
  try {
    parseHostPattern(pattern);
    return;
  } catch (e) {
    if (e instanceof HostPatternError) return e.message;
    throw e;
  }
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
    let domain = escapeRegexLiteral(p.host);
    sources.push(p.kind === "exact" ? domain : `[^]+\\.${domain}`), ruleOf.push(index), subdomainRule.push(p.kind === "subdomains"), tail = Math.max(tail, p.host.length + 1);
  });
  let list = new StringPatternList(sources), indicesOf = (host) => {
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

export {
  normalizeHost,
  hostPatternError,
  parseHostPattern,
  compileHostList
};
