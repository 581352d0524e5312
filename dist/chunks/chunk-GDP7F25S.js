import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  BYPASS_DIR
} from "./chunk-UKSESNFL.js";
import {
  commandPatternRegexSource
} from "./chunk-ABQ5D6RS.js";
import {
  StringPatternList
} from "./chunk-V5PX7ZKJ.js";
import {
  compilePolicyGlob
} from "./chunk-DUFMWMGU.js";

// src/records/bypasses.ts
import { randomBytes } from "node:crypto";
import { existsSync as existsSync2, mkdirSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/records/duration.ts
var UNIT_SECONDS = { s: 1, m: 60, min: 60, h: 3600, d: 86400 };
function parseDuration(text) {
  let t = text.trim().toLowerCase();
  if (/^\d{1,9}$/.test(t)) {
    let n = Number(t) * 60;
    return n > 0 ? n : void 0;
  }
  if (!/^(\d{1,9}(s|m|min|h|d))+$/.test(t)) return;
  let total = 0;
  for (let m of t.matchAll(/(\d+)(min|s|m|h|d)/g)) total += Number(m[1]) * UNIT_SECONDS[m[2]];
  return total > 0 && Number.isSafeInteger(total) ? total : void 0;
}
function formatSeconds(sec) {
  let d = Math.floor(sec / 86400), h = Math.floor(sec % 86400 / 3600), m = Math.floor(sec % 3600 / 60), s = Math.round(sec % 60);
  return [d ? `${d}d` : "", h ? `${h}h` : "", m ? `${m}m` : "", s ? `${s}s` : ""].join("") || "0s";
}
function isoSeconds(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
var ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
function parseTimestamp(text) {
  let fast = fastUtc(text);
  if (fast !== void 0) return Number.isNaN(fast) ? void 0 : fast;
  if (!ISO.test(text)) return;
  let ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : void 0;
}
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digits(s, from, n) {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    let c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
function d2(s, i) {
  let a = s.charCodeAt(i) - 48, b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
var lastMinute = "", lastMinuteMs = NaN;
function fastUtc(s) {
  let n = s.length;
  if (n < 20 || s.charCodeAt(n - 1) !== 90 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return;
  let se = d2(s, 17);
  if (se < 0 || se > 59) return;
  let ms = 0;
  if (n > 20) {
    if (s.charCodeAt(19) !== 46 || n === 21) return;
    let f = digits(s, 20, n - 21);
    if (f < 0) return;
    ms = Math.floor(f / 10 ** Math.max(0, n - 24)) * 10 ** Math.max(0, 24 - n);
  }
  if (s.startsWith(lastMinute) && lastMinute.length === 16) return lastMinuteMs + se * 1e3 + ms;
  let base = minuteUtc(s);
  return base === void 0 || Number.isNaN(base) ? base : (lastMinute = s.slice(0, 16), lastMinuteMs = base, base + se * 1e3 + ms);
}
function minuteUtc(s) {
  let y0 = d2(s, 0), y1 = d2(s, 2), y = y0 < 0 || y1 < 0 ? -1 : y0 * 100 + y1, mo = d2(s, 5), d = d2(s, 8), h = d2(s, 11), mi = d2(s, 14);
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return;
  let leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 1 : 0;
  return d > DAYS[mo - 1] + leap ? NaN : Date.UTC(y, mo - 1, d, h, mi, 0, 0);
}
var EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
function isEmail(text) {
  return text.length <= 254 && EMAIL.test(text);
}
function approverAllowed(email, approvers) {
  if (!approvers || approvers.length === 0) return !0;
  let e = email.toLowerCase();
  return approvers.some((a) => {
    let p = a.toLowerCase();
    return p.startsWith("*@") ? e.endsWith(p.slice(1)) : p === e;
  });
}

// src/records/match.ts
function pathMatcher(patterns) {
  let fns = patterns.map((p) => compilePolicyGlob(p));
  return (p) => fns.some((f) => f(p));
}
function commandMatcher(patterns) {
  let list = new StringPatternList(patterns.map(commandPatternRegexSource));
  return (c) => list.matches(c).length > 0;
}

// src/records/read.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/json-error.ts
var WS = /* @__PURE__ */ new Set([32, 9, 10, 13]);
function jsonError(text) {
  let i = 0, n = text.length, fail = (message, at = i) => {
    throw { offset: at, message: at >= n ? `unexpected end of input (${message})` : message };
  }, ws = () => {
    for (; i < n && WS.has(text.charCodeAt(i)); ) i++;
  }, literal = (word) => {
    for (let k = 0; k < word.length; k++, i++) text[i] !== word[k] && fail(`expected ${word}`);
  }, string = () => {
    for (i++; ; ) {
      i >= n && fail("unterminated string");
      let c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32 && fail("control character in a string (escape it)"), c === 92) {
        let e = text[i + 1];
        e === "u" ? (/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) || fail("invalid \\u escape"), i += 6) : e !== void 0 && '"\\/bfnrt'.includes(e) ? i += 2 : fail("invalid escape");
      } else i++;
    }
  }, number = () => {
    let m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    m || fail("expected a value"), i += m[0].length;
  }, value = (depth) => {
    depth > 512 && fail("nested too deeply"), ws();
    let c = text[i];
    if (c === "{") {
      if (i++, ws(), text[i] === "}") {
        i++;
        return;
      }
      for (; ; ) {
        if (ws(), text[i] !== '"' && fail("expected a property name in double quotes"), string(), ws(), text[i] !== ":" && fail("expected ':'"), i++, value(depth + 1), ws(), text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail("expected ',' or '}'");
      }
    } else if (c === "[") {
      if (i++, ws(), text[i] === "]") {
        i++;
        return;
      }
      for (; ; ) {
        if (value(depth + 1), ws(), text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail("expected ',' or ']'");
      }
    } else c === '"' ? string() : c === "t" ? literal("true") : c === "f" ? literal("false") : c === "n" ? literal("null") : c === "-" || c !== void 0 && c >= "0" && c <= "9" ? number() : fail("expected a value");
  };
  try {
    value(0), ws(), i < n && fail("unexpected text after the JSON value");
    return;
  } catch (e) {
    if (typeof e == "object" && e !== null && "offset" in e) return e;
    throw e;
  }
}

// src/records/read.ts
function recordFinding(ruleId, severity, file, message, line = 1, column = 1, hint) {
  return { ruleId, severity, file, line, column, message, hint };
}
function position(text, offset) {
  let line = 1, last = -1;
  for (let i = 0; i < offset && i < text.length; i++)
    text.charCodeAt(i) === 10 && (line++, last = i);
  return { line, column: offset - last };
}
function parseJson(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    let e = jsonError(text);
    return { error: e?.message ?? "invalid JSON", offset: e?.offset };
  }
}
function stringList(v) {
  if (v === void 0) return [];
  if (!(!Array.isArray(v) || !v.every((x) => typeof x == "string" && x.trim() !== "")))
    return v;
}
var fsRecords = {
  list(dir) {
    return existsSync(dir) ? readdirSync(dir, { withFileTypes: !0 }).filter((d) => d.isFile()).map((d) => join(dir, d.name)) : [];
  },
  read(file) {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return;
    }
  }
};
function jsonFiles(src, dir) {
  return src.list(dir).filter((f) => f.endsWith(".json")).sort();
}

// src/records/bypasses.ts
function loadBypasses(repoRoot, settings, now, src = fsRecords) {
  let bypasses = [], findings = [], cap = (settings.maxDurationMinutes ?? 1440) * 60;
  for (let file of jsonFiles(src, join2(repoRoot, BYPASS_DIR))) {
    let text = (src.read(file) ?? "").replace(/^\uFEFF/, ""), parsed = parseJson(text);
    if ("error" in parsed) {
      let at = position(text, parsed.offset ?? 0);
      findings.push(recordFinding("bypass-record-invalid", "error", file, `bypass record is not valid JSON (${parsed.error})`, at.line, at.column, "Recreate it with agent-policy-lint bypass."));
      continue;
    }
    let r = parsed.value, bad = (msg) => {
      findings.push(recordFinding("bypass-record-invalid", "error", file, `bypass record ${msg}; it is not honoured`, 1, 1, "Recreate it with agent-policy-lint bypass."));
    };
    if (typeof r != "object" || r === null || Array.isArray(r)) {
      bad("is not a JSON object");
      continue;
    }
    let id = typeof r.id == "string" && /^[A-Za-z0-9_-]+$/.test(r.id) ? r.id : void 0, patterns = stringList(r.patterns), commands = stringList(r.commands), start = typeof r.created_at == "string" ? parseTimestamp(r.created_at) : void 0, end = typeof r.expires_at == "string" ? parseTimestamp(r.expires_at) : void 0;
    if (!id) bad('has no valid "id"');
    else if (typeof r.reason != "string" || r.reason.trim() === "") bad(`${id} has no "reason"`);
    else if (!patterns || !commands) bad(`${id}: "patterns" and "commands" must be lists of non-empty strings`);
    else if (patterns.length + commands.length === 0) bad(`${id} allows nothing (no "patterns", no "commands")`);
    else if (r.agent !== void 0 && (typeof r.agent != "string" || r.agent === "")) bad(`${id}: "agent" must be a non-empty string`);
    else if (start === void 0 || end === void 0) bad(`${id}: "created_at" and "expires_at" must be ISO 8601 date-times with a zone`);
    else if (end <= start) bad(`${id} expires before it starts`);
    else if ((end - start) / 1e3 > cap)
      bad(`${id} lasts ${formatSeconds(Math.ceil((end - start) / 1e3))}, longer than the policy's maximum of ${formatSeconds(cap)} (bypass.max_duration)`);
    else if (typeof r.approver != "string" || !isEmail(r.approver))
      findings.push(recordFinding("bypass-record-unapproved", "error", file, `bypass record ${id} has no valid approver e-mail; it is not honoured`, 1, 1, "Recreate it with --approver NAME@DOMAIN."));
    else if (!approverAllowed(r.approver, settings.approvers))
      findings.push(recordFinding("bypass-record-unapproved", "error", file, `bypass record ${id} is approved by ${r.approver}, who is not in the policy's bypass.approvers; it is not honoured`, 1, 1));
    else {
      let paths, cmds;
      try {
        paths = pathMatcher(patterns), cmds = commandMatcher(commands);
      } catch (e) {
        bad(`${id} has a pattern that is not valid (${e.message})`);
        continue;
      }
      end < now && findings.push(recordFinding("bypass-record-expired", "info", file, `bypass record ${id} expired at ${r.expires_at}; it still covers actions logged inside its window`, 1, 1, "Delete it once no committed log needs it.")), bypasses.push({ id, file, reason: r.reason, agent: r.agent, start, end, expiresAt: r.expires_at, paths, commands: cmds });
    }
  }
  return { bypasses, findings };
}
var ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
function newBypassId(dir) {
  for (; ; ) {
    let id = "bypass_" + [...randomBytes(5)].map((b) => ID_ALPHABET[b % 36]).join("");
    if (!existsSync2(join2(dir, `${id}.json`))) return id;
  }
}
function writeBypassRecord(policyRoot, fields) {
  let dir = join2(policyRoot, BYPASS_DIR);
  mkdirSync(dir, { recursive: !0 });
  let record = { id: newBypassId(dir), ...fields }, file = join2(dir, `${record.id}.json`);
  return writeFileSync(file, JSON.stringify(record, null, 2) + `
`, { flag: "wx" }), { record, file };
}

export {
  parseDuration,
  formatSeconds,
  isoSeconds,
  parseTimestamp,
  isEmail,
  approverAllowed,
  pathMatcher,
  commandMatcher,
  jsonError,
  recordFinding,
  position,
  parseJson,
  stringList,
  fsRecords,
  jsonFiles,
  loadBypasses,
  writeBypassRecord
};
