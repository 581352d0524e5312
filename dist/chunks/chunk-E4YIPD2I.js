import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-L2XDMHMZ.js";
import {
  findOverridesAsync,
  findRootPolicy,
  overrideDir
} from "./chunk-PCFHNYAU.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import {
  globSyntaxError
} from "./chunk-DUFMWMGU.js";
import {
  __export,
  __toESM
} from "./chunk-F2VQ6EFB.js";

// src/policy/index.ts
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";

// src/policy/check.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/policy/semantic.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { isAbsolute, relative } from "node:path";

// src/policy/yaml.ts
var import_yaml = __toESM(require_dist(), 1), MAX_ALIAS_NODES = 1e4, PositionMap = class {
  constructor(lineCounter, textLength) {
    this.lineCounter = lineCounter;
    this.textLength = textLength;
  }
  lineCounter;
  textLength;
  byPointer = /* @__PURE__ */ new Map();
  span(start, end) {
    let a = this.lineCounter.linePos(start), b = this.lineCounter.linePos(Math.max(start, end));
    return { start, end, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }
  get(pointer) {
    return this.byPointer.get(pointer);
  }
  /**
   * The span of the node at `pointer` (its key when `which` is 'key' and it has one). A pointer
   * that does not exist resolves to its nearest existing ancestor.
   */
  at(pointer, which = "value") {
    let p = pointer;
    for (; ; ) {
      let info = this.byPointer.get(p);
      if (info) return which === "key" && info.key || info.value;
      if (p === "") return this.span(0, 0);
      p = p.slice(0, p.lastIndexOf("/"));
    }
  }
  /** Where to point at a mapping as a whole: its key if it has one, else its first line. */
  head(pointer) {
    let p = pointer, info = this.byPointer.get(p);
    for (; !info && p !== ""; )
      p = p.slice(0, p.lastIndexOf("/")), info = this.byPointer.get(p);
    if (!info) return this.span(0, 0);
    if (info.key) return info.key;
    let v = info.value;
    if (v.endLine === v.line) return v;
    let lineEnd = this.lineCounter.lineStarts[v.line] ?? v.end;
    return this.span(v.start, Math.max(v.start, lineEnd - 1));
  }
};
function escapePointer(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePointer(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function pointerSegments(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointer);
}
function displayPath(pointer) {
  let out = "";
  for (let seg of pointerSegments(pointer))
    /^\d+$/.test(seg) ? out += `[${seg}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg) ? out += out ? `.${seg}` : seg : out += `[${JSON.stringify(seg)}]`;
  return out || "(root)";
}
var YAML_RULES = {
  DUPLICATE_KEY: "yaml-duplicate-key",
  MULTIPLE_DOCS: "yaml-multiple-documents"
};
function cleanMessage(message) {
  return /call stack/i.test(message) ? "the file nests too deeply to be read" : (message.split(`
`)[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
}
var MAX_DEPTH = 100;
function parseYaml(text, file) {
  let lineCounter = new import_yaml.LineCounter(), positions = new PositionMap(lineCounter, text.length), findings = [], tokens, docs;
  try {
    tokens = [...new import_yaml.Parser(lineCounter.addNewLine).parse(text)], docs = [...new import_yaml.Composer({ keepSourceTokens: !0, uniqueKeys: !0 }).compose(tokens, !0, text.length)];
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    let s = positions.span(0, 0);
    return findings.push({
      ruleId: "yaml-syntax",
      severity: "error",
      message: "the file nests too deeply to be read",
      hint: `A policy needs a handful of levels; keep nesting under ${MAX_DEPTH}.`,
      file,
      line: s.line,
      column: s.column
    }), { text, tokens: [], positions, findings };
  }
  let doc = docs[0], at = (start, end) => {
    let s = positions.span(start, end);
    return { file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
  };
  if (!doc) return { text, tokens, positions, findings };
  let firstOther = doc.errors.find((e) => e.code !== "DUPLICATE_KEY"), unclosed = firstOther ? firstUnclosed(tokens) : void 0;
  for (let e of doc.errors)
    if (!(e.code !== "DUPLICATE_KEY" && e !== firstOther)) {
      if (e === firstOther && unclosed && unclosed.offset <= e.pos[0]) {
        findings.push({
          ruleId: "yaml-syntax",
          severity: "error",
          message: unclosed.message,
          hint: unclosed.hint,
          ...at(unclosed.offset, unclosed.offset + 1),
          data: { yamlCode: e.code }
        });
        continue;
      }
      findings.push({
        ruleId: YAML_RULES[e.code] ?? "yaml-syntax",
        severity: "error",
        message: e.code === "DUPLICATE_KEY" ? "duplicate key: a key may appear only once in a mapping" : cleanMessage(e.message),
        hint: e.code === "DUPLICATE_KEY" ? "Merge the two entries into one (YAML keeps only the last)." : "Fix the YAML syntax at this position.",
        ...at(skipIndent(text, e.pos[0], e.code), e.pos[1]),
        data: { yamlCode: e.code }
      });
    }
  let second = docs[1];
  second && findings.push({
    ruleId: "yaml-multiple-documents",
    severity: "error",
    message: "the file holds several YAML documents; a policy file must hold exactly one",
    hint: "Remove the `---` separator and everything after it, or merge the documents.",
    ...at(second.range[0], second.range[1])
  });
  for (let w of doc.warnings)
    findings.push({
      ruleId: "yaml-warning",
      severity: "warning",
      message: cleanMessage(w.message),
      hint: "Policy files need only plain YAML: strings, numbers, booleans, lists and mappings.",
      ...at(w.pos[0], w.pos[1]),
      data: { yamlCode: w.code }
    });
  if (findings.some((f) => f.severity === "error")) return { text, doc, tokens, positions, findings };
  let conv = new Converter(doc, positions, file), data = conv.convert(doc.contents, "", void 0);
  return findings.push(...conv.findings), conv.findings.some((f) => f.severity === "error") ? { text, doc, tokens, positions, findings } : { text, doc, tokens, positions, findings, data };
}
function skipIndent(text, offset, code) {
  if (code === "TAB_AS_INDENT") return offset;
  let i = offset;
  for (; text[i] === " "; ) i++;
  return text[i] === `
` || text[i] === "\r" || i >= text.length ? offset : i;
}
var CLOSERS = { "[": "]", "{": "}" };
function firstUnclosed(tokens) {
  let quote, coll, consider = (t) => {
    if (t) {
      if (t.type === "flow-collection") {
        let open = t.start.source, close = CLOSERS[open] ?? "]";
        !t.end.some((e) => e.source === close) && (!coll || t.offset < coll.offset) && (coll = { offset: t.offset, message: `this ${open} is never closed`, hint: `Add the closing ${close}.` });
      } else if (t.type === "double-quoted-scalar" || t.type === "single-quoted-scalar") {
        let q = t.type === "double-quoted-scalar" ? '"' : "'", src = t.source.replace(/\s+$/, ""), closed = src.length >= 2 && src.endsWith(q);
        closed && q === '"' && (closed = (/\\*"$/.exec(src.slice(1))[0].length - 1) % 2 === 0), closed && q === "'" && src !== "''" && (closed = /'+$/.exec(src.slice(1))[0].length % 2 === 1), !closed && (!quote || t.offset < quote.offset) && (quote = { offset: t.offset, message: "this quoted string is never closed", hint: `Add the closing ${q}.` });
      }
    }
  };
  try {
    for (let doc of tokens)
      doc.type === "document" && (consider(doc.value), import_yaml.CST.visit(doc, (item) => {
        consider(item.key ?? void 0), consider(item.value ?? void 0);
      }));
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return;
  }
  return quote ?? coll;
}
var Converter = class {
  constructor(doc, positions, file) {
    this.doc = doc;
    this.positions = positions;
    this.file = file;
  }
  doc;
  positions;
  file;
  findings = [];
  aliasNodes = 0;
  bombed = !1;
  stack = /* @__PURE__ */ new Set();
  report(ruleId, message, hint, node) {
    let r = node.range ?? [0, 0, 0], s = this.positions.span(r[0], r[1]);
    this.findings.push({
      ruleId,
      severity: "error",
      message,
      hint,
      file: this.file,
      line: s.line,
      column: s.column,
      endLine: s.endLine,
      endColumn: s.endColumn
    });
  }
  record(pointer, node, key) {
    if (this.positions.byPointer.has(pointer)) return;
    let r = node.range ?? [0, 0, 0], info = { value: this.positions.span(r[0], r[1]), node };
    key?.range && (info.key = this.positions.span(key.range[0], key.range[1])), info.key && r[0] === r[1] && (info.value = info.key), this.positions.byPointer.set(pointer, info);
  }
  convert(node, pointer, key, viaAlias = !1) {
    if (this.bombed || node === null) return null;
    if (this.stack.size >= MAX_DEPTH)
      return this.findings.some((f) => f.ruleId === "yaml-syntax") || this.report("yaml-syntax", `the file nests deeper than ${MAX_DEPTH} levels`, "A policy needs a handful of levels; flatten the structure.", node), null;
    if (viaAlias && ++this.aliasNodes > MAX_ALIAS_NODES)
      return this.bombed = !0, null;
    if (this.record(pointer, node, key), (0, import_yaml.isAlias)(node)) {
      let target = node.resolve(this.doc);
      if (!target)
        return this.report("yaml-syntax", `unknown alias *${node.source}: its anchor must be defined before it`, "Define the anchor (&name) before using the alias, or write the value out.", node), null;
      if (this.stack.has(target))
        return this.report("yaml-alias-limit", `alias *${node.source} refers to a node that contains it`, "Remove the self-referencing alias.", node), null;
      let value = this.convert(target, pointer, key, !0);
      return this.bombed && !this.findings.some((f) => f.ruleId === "yaml-alias-limit") && this.report(
        "yaml-alias-limit",
        `aliases expand to more than ${MAX_ALIAS_NODES} nodes (an alias bomb); the file is not read further`,
        "Write the lists out instead of nesting aliases.",
        node
      ), value;
    }
    if ((0, import_yaml.isScalar)(node)) return node.value ?? null;
    this.stack.add(node);
    try {
      if ((0, import_yaml.isMap)(node)) {
        let out = {};
        for (let pair of node.items) {
          if (!(0, import_yaml.isPair)(pair)) continue;
          let k = pair.key;
          if (k !== null && !(0, import_yaml.isScalar)(k)) {
            this.report("yaml-syntax", "mapping keys must be plain strings", "Write the key as a plain string.", k);
            continue;
          }
          let name = k === null ? "" : String(k.value ?? ""), child = `${pointer}/${escapePointer(name)}`, value = this.convert(pair.value, child, k ?? void 0, viaAlias);
          pair.value === null && this.record(child, k ?? node, k ?? void 0), Object.defineProperty(out, name, { value, enumerable: !0, writable: !0, configurable: !0 });
        }
        return out;
      }
      return (0, import_yaml.isSeq)(node) ? node.items.map((item, i) => this.convert(item, `${pointer}/${i}`, void 0, viaAlias)) : null;
    } finally {
      this.stack.delete(node);
    }
  }
};

// src/policy/semantic.ts
var isObj = (v) => v !== null && typeof v == "object" && !Array.isArray(v), arr = (v) => Array.isArray(v) ? v : [], PERMISSION_LISTS = [
  ["filesystem", "allow", "path"],
  ["filesystem", "deny", "path"],
  ["commands", "allow", "command"],
  ["commands", "deny", "command"],
  ["network", "exceptions", "host"],
  ["network", "deny", "host"],
  ["tools", "allow", "tool"],
  ["tools", "deny", "tool"]
], APPROVAL_KEYS = [
  ["file_pattern", "path"],
  ["command_pattern", "command"],
  ["host_pattern", "host"],
  ["tool_pattern", "tool"]
], TIER_LISTS = [
  ["files", "path"],
  ["commands", "command"],
  ["hosts", "host"],
  ["tools", "tool"]
], TIERS = ["automatic", "logged", "approval", "blocked"];
function permissionLists(perms, base, out) {
  if (isObj(perms))
    for (let [group, list, kind] of PERMISSION_LISTS) {
      let g = perms[group];
      isObj(g) && Array.isArray(g[list]) && out.push({ pointer: `${base}/${group}/${list}`, kind, items: g[list] });
    }
}
function patternSites(data, kind) {
  let lists = [], singles = [];
  if (!isObj(data)) return { lists, singles };
  let permsKey = kind === "root" && data.version !== "1.0" ? "default_permissions" : "permissions";
  permissionLists(data[permsKey], `/${permsKey}`, lists);
  let constraints2 = data.constraints;
  if (isObj(constraints2) && arr(constraints2.require_human_approval).forEach((rule2, i) => {
    if (isObj(rule2))
      for (let [key, k] of APPROVAL_KEYS)
        key in rule2 && singles.push({ pointer: `/constraints/require_human_approval/${i}/${key}`, kind: k, value: rule2[key] });
  }), kind === "override") return { lists, singles };
  if (arr(data.exceptions).forEach((ex, i) => {
    isObj(ex) && "pattern" in ex && singles.push({ pointer: `/exceptions/${i}/pattern`, kind: "path", value: ex.pattern });
  }), arr(data.agents).forEach((agent, i) => {
    isObj(agent) && (permissionLists(agent.permissions, `/agents/${i}/permissions`, lists), isObj(agent.git) && Array.isArray(agent.git.protected_branches) && lists.push({ pointer: `/agents/${i}/git/protected_branches`, kind: "branch", items: agent.git.protected_branches }));
  }), isObj(data.git) && Array.isArray(data.git.protected_branches) && lists.push({ pointer: "/git/protected_branches", kind: "branch", items: data.git.protected_branches }), isObj(data.risk_tiers))
    for (let tier of TIERS) {
      let t = data.risk_tiers[tier];
      if (isObj(t))
        for (let [key, k] of TIER_LISTS)
          Array.isArray(t[key]) && lists.push({ pointer: `/risk_tiers/${tier}/${key}`, kind: k, items: t[key] });
    }
  return { lists, singles };
}
function semanticChecks(data, ctx) {
  let out = [], { lists, singles } = patternSites(data, ctx.kind);
  for (let list of lists)
    list.items.forEach((item, i) => checkPattern(item, `${list.pointer}/${i}`, list.kind, ctx, out)), duplicates(list, ctx, out);
  for (let s of singles) checkPattern(s.value, s.pointer, s.kind, ctx, out);
  if (!isObj(data)) return out;
  let permsKey = ctx.kind === "root" && data.version !== "1.0" ? "default_permissions" : "permissions";
  return outboundExceptions(data[permsKey], `/${permsKey}`, ctx, out), arr(data.agents).forEach((a, i) => isObj(a) && outboundExceptions(a.permissions, `/agents/${i}/permissions`, ctx, out)), ctx.kind === "override" || (retention(data.audit, ctx, out), duplicateAgents(data.agents, ctx, out), isObj(data.bypass) && data.bypass.require_approver === !1 && out.push(finding(
    ctx,
    "bypass-approver-required",
    "warning",
    "/bypass/require_approver",
    "value",
    "bypass.require_approver: false is ignored: every bypass must name its approver",
    "Remove require_approver or set it to true."
  )), tierOverlaps(data.risk_tiers, ctx, out)), out;
}
function finding(ctx, ruleId, severity, pointer, which, message, hint, extra = {}) {
  return { ruleId, severity, message, hint, ...spanFields(ctx, ctx.positions.at(pointer, which)), ...extra };
}
function spanFields(ctx, s) {
  return { file: ctx.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}
function charSpan(ctx, pointer, offset, length = 1) {
  let info = ctx.positions.get(pointer);
  if (!info) return ctx.positions.at(pointer);
  let node = info.node;
  if ((0, import_yaml2.isScalar)(node) && node.range && typeof node.value == "string") {
    let raw = ctx.text.slice(node.range[0], node.range[1]), type = node.type, base;
    if (type === "PLAIN" && raw === node.value ? base = node.range[0] : (type === "QUOTE_SINGLE" || type === "QUOTE_DOUBLE") && raw.slice(1, -1) === node.value && (base = node.range[0] + 1), base !== void 0 && offset >= 0 && offset <= node.value.length)
      return ctx.positions.span(base + offset, base + Math.min(node.value.length, offset + length));
  }
  return info.value;
}
var KIND_WORD = {
  path: "path pattern",
  command: "command pattern",
  host: "host pattern",
  tool: "tool pattern",
  branch: "branch pattern"
};
function checkPattern(value, pointer, kind, ctx, out) {
  if (typeof value != "string") return;
  let where = displayPath(pointer);
  if (value.trim() === "") {
    out.push(finding(
      ctx,
      "empty-pattern",
      "error",
      pointer,
      "value",
      `${where} is an empty ${KIND_WORD[kind]}`,
      "Remove the entry or write the pattern it should be."
    ));
    return;
  }
  if (value !== value.trim()) {
    whitespace(value, pointer, kind, ctx, out);
    return;
  }
  if (kind === "command" || kind === "tool") return;
  if (kind === "host") {
    checkHost(value, pointer, ctx, out);
    return;
  }
  let glob = globSyntaxError(value);
  if (glob && value[glob.offset] === "\\" ? out.push({
    ruleId: "backslash-in-pattern",
    severity: "error",
    message: `${where}: ${glob.message} in ${JSON.stringify(value)}`,
    hint: `Write ${JSON.stringify(value.replace(/\\(?=[A-Za-z0-9\\])/g, "/").replace(/\/\/+/g, "/"))}: patterns use / on every platform.`,
    ...spanFields(ctx, charSpan(ctx, pointer, glob.offset)),
    data: { pattern: value, offset: glob.offset }
  }) : glob && out.push({
    ruleId: "invalid-glob",
    severity: "error",
    message: `${where}: ${glob.message} in ${JSON.stringify(value)}`,
    hint: "Fix the pattern at the marked character (docs/policy-format.md lists the glob syntax).",
    ...spanFields(ctx, charSpan(ctx, pointer, glob.offset)),
    data: { pattern: value, offset: glob.offset }
  }), kind === "branch") return;
  if (value.startsWith("./")) {
    let fixed = value.replace(/^(?:\.\/)+/, "");
    fixed.includes("/") && out.push({
      ruleId: "dot-slash-pattern",
      severity: "warning",
      message: `${where} starts with a redundant "./": ${JSON.stringify(value)} is ${JSON.stringify(fixed)} (a pattern with a / is anchored at the repository root)`,
      hint: `Write ${JSON.stringify(fixed)} (agent-policy-lint --fix does it).`,
      ...spanFields(ctx, charSpan(ctx, pointer, 0, value.length - fixed.length)),
      fix: { op: "set", pointer, value: fixed }
    });
  } else (value.startsWith("/") || /^[A-Za-z]:[\\/]/.test(value)) && absolutePattern(value, pointer, ctx, out);
  let dd = value.split("/").indexOf("..");
  if (dd >= 0) {
    let offset = value.split("/").slice(0, dd).join("/").length + (dd > 0 ? 1 : 0);
    out.push({
      ruleId: "parent-segment-pattern",
      severity: "error",
      message: `${where} contains a ".." segment (${JSON.stringify(value)}); paths are normalised before matching, so it never matches`,
      hint: 'Write the path the pattern should cover, repository-relative and without "..".',
      ...spanFields(ctx, charSpan(ctx, pointer, offset, 2))
    });
  }
}
function whitespace(value, pointer, kind, ctx, out) {
  let trimmed = value.trim(), lead = value.length - value.trimStart().length, offset = lead > 0 ? 0 : trimmed.length, length = lead > 0 ? lead : value.length - trimmed.length;
  out.push({
    ruleId: "pattern-whitespace",
    severity: "error",
    message: `${displayPath(pointer)} has ${lead > 0 ? "leading" : "trailing"} whitespace: ${JSON.stringify(value)}; a deny or approval reads it as ${JSON.stringify(trimmed)}, an allow as written`,
    hint: `Write ${JSON.stringify(trimmed)} (agent-policy-lint --fix does it).`,
    ...spanFields(ctx, charSpan(ctx, pointer, offset, length)),
    data: { pattern: value, kind },
    fix: { op: "set", pointer, value: trimmed }
  });
}
function isDenyLike(pointer) {
  return /\/filesystem\/deny\/\d+$/.test(pointer) || pointer.endsWith("/file_pattern");
}
function absolutePattern(value, pointer, ctx, out) {
  let where = displayPath(pointer);
  if (value.startsWith(ctx.rootDir + "/")) {
    let rel = relative(ctx.rootDir, value);
    if (rel && !rel.startsWith("..") && !isAbsolute(rel)) {
      let fixed = rel.includes("/") ? rel : `./${rel}`;
      out.push({
        ruleId: "absolute-pattern",
        severity: "warning",
        message: `${where} is an absolute path inside the repository; write it repository-relative: ${JSON.stringify(fixed)}`,
        hint: `Write ${JSON.stringify(fixed)} (agent-policy-lint --fix does it): the absolute path works on one machine only.`,
        ...spanFields(ctx, charSpan(ctx, pointer, 0, ctx.rootDir.length + 1)),
        fix: { op: "set", pointer, value: fixed }
      });
      return;
    }
  }
  if (value.startsWith("/") && !value.startsWith("//") && value.length > 1 && isDenyLike(pointer)) {
    let anchored = value.slice(1);
    out.push({
      ruleId: "leading-slash-deny",
      severity: "warning",
      message: `${where} ${JSON.stringify(value)} has two readings: the absolute path ${JSON.stringify(value)} outside the repository, and ${JSON.stringify(anchored)} at the policy root (as .gitignore reads it); both are denied`,
      hint: `Write ${JSON.stringify(anchored)} for the repository's files, or keep ${JSON.stringify(value)} only for the absolute path and add ${JSON.stringify(anchored)} if you mean both.`,
      ...spanFields(ctx, charSpan(ctx, pointer, 0)),
      data: { pattern: value, anchored }
    });
    return;
  }
  let first = value.split("/")[1];
  if (value.startsWith("/") && first && ctx.isRepoEntry?.(first) && !ctx.isAbsoluteEntry?.(first)) {
    let meant = value.slice(1);
    out.push({
      ruleId: "absolute-pattern",
      severity: "warning",
      message: `${where} is the absolute path ${JSON.stringify(value)}, outside the repository; the repository's ${JSON.stringify(first)} is written ${JSON.stringify(meant)}`,
      hint: `Write ${JSON.stringify(meant)}: a pattern with a / is already anchored at the repository root.`,
      ...spanFields(ctx, charSpan(ctx, pointer, 0))
    });
  }
}
function checkHost(value, pointer, ctx, out) {
  let where = displayPath(pointer), problem, offset = 0;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? problem = "has a URL scheme" : (offset = value.indexOf("/")) >= 0 ? problem = "has a path" : (offset = value.search(/:\d*$/)) >= 0 ? problem = "has a port" : value !== "*" && (offset = value.indexOf("*", value.startsWith("*.") ? 1 : 0)) >= 0 && (problem = "uses * other than as the first label (*.example.com)"), !problem) return;
  let host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(value)?.[1] ?? value.split(/[/:]/)[0] ?? value;
  out.push({
    ruleId: "invalid-host-pattern",
    severity: "warning",
    message: `${where} ${problem} (${JSON.stringify(value)}); host patterns are bare host names`,
    hint: host && host !== value && !host.includes("*") ? `Write ${JSON.stringify(host)}.` : "Write a host name such as registry.npmjs.org or *.example.com.",
    ...spanFields(ctx, charSpan(ctx, pointer, Math.max(0, offset)))
  });
}
function duplicates(list, ctx, out) {
  let first = /* @__PURE__ */ new Map();
  list.items.forEach((item, i) => {
    if (typeof item != "string" || item.trim() === "") return;
    let pointer = `${list.pointer}/${i}`, j = first.get(item);
    if (j === void 0) {
      first.set(item, i);
      return;
    }
    let firstAt = ctx.positions.at(`${list.pointer}/${j}`);
    out.push({
      ruleId: "repeated-pattern",
      severity: "warning",
      message: `${displayPath(pointer)} repeats ${JSON.stringify(item)} (already at line ${firstAt.line})`,
      hint: "Remove the repeated entry (agent-policy-lint --fix does it).",
      ...spanFields(ctx, ctx.positions.at(pointer)),
      related: [{ ...spanFields(ctx, firstAt), message: "first written here" }],
      fix: { op: "remove", pointer }
    });
  });
}
function outboundExceptions(perms, base, ctx, out) {
  if (!isObj(perms) || !isObj(perms.network)) return;
  let net = perms.network;
  net.allow_outbound === !0 && arr(net.exceptions).length > 0 && out.push(finding(
    ctx,
    "outbound-exceptions-ignored",
    "warning",
    `${base}/network/allow_outbound`,
    "value",
    `${displayPath(base + "/network/allow_outbound")} is true, so the ${arr(net.exceptions).length} network exception(s) change nothing`,
    "Set allow_outbound: false to restrict traffic to the exceptions, or remove the exceptions."
  ));
}
var MIN_RETENTION_DAYS = 30;
function retention(audit, ctx, out) {
  if (!isObj(audit)) return;
  let days = audit.retention_days;
  audit.log_all_actions === !0 && typeof days == "number" && days < MIN_RETENTION_DAYS && out.push(finding(
    ctx,
    "retention-too-short",
    "warning",
    "/audit/retention_days",
    "value",
    `audit.retention_days is ${days}, but log_all_actions promises an audit trail: keep logs at least ${MIN_RETENTION_DAYS} days`,
    "Raise retention_days to 30 or more (SOC 2 reviews usually need 90)."
  ));
}
function duplicateAgents(agents, ctx, out) {
  let seen = /* @__PURE__ */ new Map();
  arr(agents).forEach((a, i) => {
    if (!isObj(a) || typeof a.id != "string") return;
    let j = seen.get(a.id);
    if (j === void 0) {
      seen.set(a.id, i);
      return;
    }
    out.push(finding(
      ctx,
      "duplicate-agent-id",
      "error",
      `/agents/${i}/id`,
      "value",
      `agents[${i}].id repeats ${JSON.stringify(a.id)} (already agents[${j}])`,
      "Give each agent one entry; merge the two.",
      { related: [{ ...spanFields(ctx, ctx.positions.at(`/agents/${j}/id`)), message: "first defined here" }] }
    ));
  });
}
function tierOverlaps(tiers, ctx, out) {
  if (isObj(tiers))
    for (let [key] of TIER_LISTS) {
      let firstTier = /* @__PURE__ */ new Map();
      for (let tier of TIERS) {
        let t = tiers[tier];
        isObj(t) && arr(t[key]).forEach((p, i) => {
          if (typeof p != "string") return;
          let prev = firstTier.get(p);
          if (prev === void 0) {
            firstTier.set(p, tier);
            return;
          }
          if (prev === tier) return;
          let pointer = `/risk_tiers/${tier}/${key}/${i}`;
          out.push(finding(
            ctx,
            "conflicting-tiers",
            "warning",
            pointer,
            "value",
            `${JSON.stringify(p)} is in both the ${prev} and the ${tier} tier; the stricter (${tier}) applies`,
            "Keep it in one tier only.",
            { related: [{ ...spanFields(ctx, ctx.positions.at(`/risk_tiers/${prev}/${escapePointer(key)}`)), message: `${prev} tier` }] }
          ));
        });
      }
    }
}

// src/policy/suggest.ts
function editDistance(a, b) {
  let m = a.length, n = b.length, prev2 = [], prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    let cur = [i];
    for (let j = 1; j <= n; j++) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1, d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (d = Math.min(d, prev2[j - 2] + 1)), cur.push(d);
    }
    prev2 = prev, prev = cur;
  }
  return prev[n];
}
var fold = (s) => s.toLowerCase().replace(/[-\s]/g, "_");
function suggest(word, candidates) {
  let w = fold(word), best, bestD = 1 / 0;
  for (let c of candidates) {
    let d = editDistance(w, fold(c));
    d < bestD && (bestD = d, best = c);
  }
  if (best === void 0 || best === word) return;
  let limit = Math.max(1, Math.floor(Math.max(word.length, best.length) / 4));
  return bestD <= limit ? best : void 0;
}

// src/policy/generated/validators.js
var validators_exports = {};
__export(validators_exports, {
  SCHEMA_BASE: () => SCHEMA_BASE,
  meta: () => meta,
  override_2: () => override_2,
  root_1_0: () => root_1_0,
  root_2_0: () => root_2_0,
  root_2_1: () => root_2_1
});
var root_1_0 = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-1.0.schema.json", type: "object", additionalProperties: !1, required: ["version", "permissions"], properties: { version: { type: "string", enum: ["1.0"] }, agent_id: { type: "string" }, permissions: { type: "object", additionalProperties: !1, properties: { filesystem: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, network: { type: "object", additionalProperties: !1, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } } } } } }, constraints: { type: "object", additionalProperties: !1, properties: { max_files_per_action: { type: "integer", minimum: 1 }, require_human_approval: { type: "array", items: { type: "object", additionalProperties: !1, properties: { file_pattern: { type: "string" }, command_pattern: { type: "string" } }, oneOf: [{ required: ["file_pattern"] }, { required: ["command_pattern"] }] } } } }, audit: { type: "object", additionalProperties: !1, properties: { log_all_actions: { type: "boolean" }, retention_days: { type: "integer", minimum: 0 }, alert_on_deny: { type: "boolean" } } } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.permissions === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permissions" }, message: "must have required property 'permissions'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "agent_id" || key0 === "permissions" || key0 === "constraints" || key0 === "audit")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 != "string") {
        let err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
      if (data0 !== "1.0") {
        let err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema11.properties.version.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.agent_id !== void 0 && typeof data.agent_id != "string") {
      let err5 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    if (data.permissions !== void 0) {
      let data2 = data.permissions;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (let key1 in data2)
          if (!(key1 === "filesystem" || key1 === "commands" || key1 === "network")) {
            let err6 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        if (data2.filesystem !== void 0) {
          let data3 = data2.filesystem;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (let key2 in data3)
              if (!(key2 === "allow" || key2 === "deny")) {
                let err7 = { instancePath: instancePath + "/permissions/filesystem", schemaPath: "#/properties/permissions/properties/filesystem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
              }
            if (data3.allow !== void 0) {
              let data4 = data3.allow;
              if (Array.isArray(data4)) {
                let len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++)
                  if (typeof data4[i0] != "string") {
                    let err8 = { instancePath: instancePath + "/permissions/filesystem/allow/" + i0, schemaPath: "#/properties/permissions/properties/filesystem/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                  }
              } else {
                let err9 = { instancePath: instancePath + "/permissions/filesystem/allow", schemaPath: "#/properties/permissions/properties/filesystem/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            }
            if (data3.deny !== void 0) {
              let data6 = data3.deny;
              if (Array.isArray(data6)) {
                let len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++)
                  if (typeof data6[i1] != "string") {
                    let err10 = { instancePath: instancePath + "/permissions/filesystem/deny/" + i1, schemaPath: "#/properties/permissions/properties/filesystem/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                  }
              } else {
                let err11 = { instancePath: instancePath + "/permissions/filesystem/deny", schemaPath: "#/properties/permissions/properties/filesystem/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            }
          } else {
            let err12 = { instancePath: instancePath + "/permissions/filesystem", schemaPath: "#/properties/permissions/properties/filesystem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.commands !== void 0) {
          let data8 = data2.commands;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (let key3 in data8)
              if (!(key3 === "allow" || key3 === "deny")) {
                let err13 = { instancePath: instancePath + "/permissions/commands", schemaPath: "#/properties/permissions/properties/commands/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            if (data8.allow !== void 0) {
              let data9 = data8.allow;
              if (Array.isArray(data9)) {
                let len2 = data9.length;
                for (let i2 = 0; i2 < len2; i2++)
                  if (typeof data9[i2] != "string") {
                    let err14 = { instancePath: instancePath + "/permissions/commands/allow/" + i2, schemaPath: "#/properties/permissions/properties/commands/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                  }
              } else {
                let err15 = { instancePath: instancePath + "/permissions/commands/allow", schemaPath: "#/properties/permissions/properties/commands/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            }
            if (data8.deny !== void 0) {
              let data11 = data8.deny;
              if (Array.isArray(data11)) {
                let len3 = data11.length;
                for (let i3 = 0; i3 < len3; i3++)
                  if (typeof data11[i3] != "string") {
                    let err16 = { instancePath: instancePath + "/permissions/commands/deny/" + i3, schemaPath: "#/properties/permissions/properties/commands/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                  }
              } else {
                let err17 = { instancePath: instancePath + "/permissions/commands/deny", schemaPath: "#/properties/permissions/properties/commands/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
          } else {
            let err18 = { instancePath: instancePath + "/permissions/commands", schemaPath: "#/properties/permissions/properties/commands/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        }
        if (data2.network !== void 0) {
          let data13 = data2.network;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (let key4 in data13)
              if (!(key4 === "allow_outbound" || key4 === "exceptions")) {
                let err19 = { instancePath: instancePath + "/permissions/network", schemaPath: "#/properties/permissions/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
            if (data13.allow_outbound !== void 0 && typeof data13.allow_outbound != "boolean") {
              let err20 = { instancePath: instancePath + "/permissions/network/allow_outbound", schemaPath: "#/properties/permissions/properties/network/properties/allow_outbound/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
            }
            if (data13.exceptions !== void 0) {
              let data15 = data13.exceptions;
              if (Array.isArray(data15)) {
                let len4 = data15.length;
                for (let i4 = 0; i4 < len4; i4++)
                  if (typeof data15[i4] != "string") {
                    let err21 = { instancePath: instancePath + "/permissions/network/exceptions/" + i4, schemaPath: "#/properties/permissions/properties/network/properties/exceptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
              } else {
                let err22 = { instancePath: instancePath + "/permissions/network/exceptions", schemaPath: "#/properties/permissions/properties/network/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
            }
          } else {
            let err23 = { instancePath: instancePath + "/permissions/network", schemaPath: "#/properties/permissions/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
      } else {
        let err24 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
    }
    if (data.constraints !== void 0) {
      let data17 = data.constraints;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (let key5 in data17)
          if (!(key5 === "max_files_per_action" || key5 === "require_human_approval")) {
            let err25 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        if (data17.max_files_per_action !== void 0) {
          let data18 = data17.max_files_per_action;
          if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
            let err26 = { instancePath: instancePath + "/constraints/max_files_per_action", schemaPath: "#/properties/constraints/properties/max_files_per_action/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
          if (typeof data18 == "number" && isFinite(data18) && (data18 < 1 || isNaN(data18))) {
            let err27 = { instancePath: instancePath + "/constraints/max_files_per_action", schemaPath: "#/properties/constraints/properties/max_files_per_action/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
        if (data17.require_human_approval !== void 0) {
          let data19 = data17.require_human_approval;
          if (Array.isArray(data19)) {
            let len5 = data19.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data20 = data19[i5], _errs49 = errors, valid18 = !1, passing0 = null, _errs50 = errors;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20) && data20.file_pattern === void 0) {
                let err28 = { instancePath: instancePath + "/constraints/require_human_approval/" + i5, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/0/required", keyword: "required", params: { missingProperty: "file_pattern" }, message: "must have required property 'file_pattern'" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
              var _valid0 = _errs50 === errors;
              _valid0 && (valid18 = !0, passing0 = 0);
              let _errs51 = errors;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20) && data20.command_pattern === void 0) {
                let err29 = { instancePath: instancePath + "/constraints/require_human_approval/" + i5, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "command_pattern" }, message: "must have required property 'command_pattern'" };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
              var _valid0 = _errs51 === errors;
              if (_valid0 && valid18 ? (valid18 = !1, passing0 = [passing0, 1]) : _valid0 && (valid18 = !0, passing0 = 1), valid18)
                errors = _errs49, vErrors !== null && (_errs49 ? vErrors.length = _errs49 : vErrors = null);
              else {
                let err30 = { instancePath: instancePath + "/constraints/require_human_approval/" + i5, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                for (let key6 in data20)
                  if (!(key6 === "file_pattern" || key6 === "command_pattern")) {
                    let err31 = { instancePath: instancePath + "/constraints/require_human_approval/" + i5, schemaPath: "#/properties/constraints/properties/require_human_approval/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                  }
                if (data20.file_pattern !== void 0 && typeof data20.file_pattern != "string") {
                  let err32 = { instancePath: instancePath + "/constraints/require_human_approval/" + i5 + "/file_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/file_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
                if (data20.command_pattern !== void 0 && typeof data20.command_pattern != "string") {
                  let err33 = { instancePath: instancePath + "/constraints/require_human_approval/" + i5 + "/command_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/command_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
              } else {
                let err34 = { instancePath: instancePath + "/constraints/require_human_approval/" + i5, schemaPath: "#/properties/constraints/properties/require_human_approval/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
          } else {
            let err35 = { instancePath: instancePath + "/constraints/require_human_approval", schemaPath: "#/properties/constraints/properties/require_human_approval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
      } else {
        let err36 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
    if (data.audit !== void 0) {
      let data23 = data.audit;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (let key7 in data23)
          if (!(key7 === "log_all_actions" || key7 === "retention_days" || key7 === "alert_on_deny")) {
            let err37 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        if (data23.log_all_actions !== void 0 && typeof data23.log_all_actions != "boolean") {
          let err38 = { instancePath: instancePath + "/audit/log_all_actions", schemaPath: "#/properties/audit/properties/log_all_actions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
        }
        if (data23.retention_days !== void 0) {
          let data25 = data23.retention_days;
          if (!(typeof data25 == "number" && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
            let err39 = { instancePath: instancePath + "/audit/retention_days", schemaPath: "#/properties/audit/properties/retention_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
          }
          if (typeof data25 == "number" && isFinite(data25) && (data25 < 0 || isNaN(data25))) {
            let err40 = { instancePath: instancePath + "/audit/retention_days", schemaPath: "#/properties/audit/properties/retention_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        }
        if (data23.alert_on_deny !== void 0 && typeof data23.alert_on_deny != "boolean") {
          let err41 = { instancePath: instancePath + "/audit/alert_on_deny", schemaPath: "#/properties/audit/properties/alert_on_deny/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
        }
      } else {
        let err42 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
      }
    }
  } else {
    let err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
var root_2_0 = validate11, schema12 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-2.0.schema.json", type: "object", additionalProperties: !1, required: ["version"], properties: { version: { type: "string", enum: ["2.0"] }, schema_url: { type: "string" }, agent_id: { type: "string" }, default_permissions: { type: "object", additionalProperties: !1, properties: { filesystem: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } }, opaque: { type: "string", enum: ["allow", "ask", "deny"] } } }, network: { type: "object", additionalProperties: !1, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, tools: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } } } }, constraints: { type: "object", additionalProperties: !1, properties: { max_files_per_action: { type: "integer", minimum: 1 }, require_human_approval: { type: "array", items: { type: "object", additionalProperties: !1, properties: { file_pattern: { type: "string" }, command_pattern: { type: "string" }, host_pattern: { type: "string" }, tool_pattern: { type: "string" }, reason: { type: "string" } }, oneOf: [{ required: ["file_pattern"] }, { required: ["command_pattern"] }, { required: ["host_pattern"] }, { required: ["tool_pattern"] }] } } } }, audit: { type: "object", additionalProperties: !1, properties: { log_all_actions: { type: "boolean" }, retention_days: { type: "integer", minimum: 0 }, alert_on_deny: { type: "boolean" }, log_dir: { type: "string" } } }, exceptions: { type: "array", items: { type: "object", additionalProperties: !1, properties: { pattern: { type: "string" }, reason: { type: "string", pattern: "\\S" }, overrides: { type: "array", items: { type: "string" } } }, required: ["pattern", "reason"] } }, agents: { type: "array", items: { type: "object", additionalProperties: !1, properties: { id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._@/-]*$" }, description: { type: "string" }, trust_level: { type: "string", enum: ["read_only", "write_local", "external"] }, permissions: { type: "object", additionalProperties: !1, properties: { filesystem: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } }, opaque: { type: "string", enum: ["allow", "ask", "deny"] } } }, network: { type: "object", additionalProperties: !1, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, tools: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } } } }, git: { type: "object", additionalProperties: !1, properties: { protected_branches: { type: "array", items: { type: "string" } }, allowed_branch_prefixes: { type: "array", items: { type: "string" } } } } }, required: ["id"] } }, git: { type: "object", additionalProperties: !1, properties: { protected_branches: { type: "array", items: { type: "string" } }, allowed_branch_prefixes: { type: "array", items: { type: "string" } } } }, bypass: { type: "object", additionalProperties: !1, properties: { max_duration: { type: "string", pattern: "^(?:[1-9][0-9]*[smhd])+$" }, require_approver: { type: "boolean" }, approvers: { type: "array", items: { type: "string" } } } } } }, func2 = Object.prototype.hasOwnProperty, pattern0 = new RegExp("\\S", "u"), pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._@/-]*$", "u"), pattern2 = new RegExp("^(?:[1-9][0-9]*[smhd])+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema12.properties, key0)) {
        let err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 != "string") {
        let err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      if (data0 !== "2.0") {
        let err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema12.properties.version.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.schema_url !== void 0 && typeof data.schema_url != "string") {
      let err4 = { instancePath: instancePath + "/schema_url", schemaPath: "#/properties/schema_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.agent_id !== void 0 && typeof data.agent_id != "string") {
      let err5 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    if (data.default_permissions !== void 0) {
      let data3 = data.default_permissions;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (let key1 in data3)
          if (!(key1 === "filesystem" || key1 === "commands" || key1 === "network" || key1 === "tools")) {
            let err6 = { instancePath: instancePath + "/default_permissions", schemaPath: "#/properties/default_permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        if (data3.filesystem !== void 0) {
          let data4 = data3.filesystem;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (!(key2 === "allow" || key2 === "deny")) {
                let err7 = { instancePath: instancePath + "/default_permissions/filesystem", schemaPath: "#/properties/default_permissions/properties/filesystem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
              }
            if (data4.allow !== void 0) {
              let data5 = data4.allow;
              if (Array.isArray(data5)) {
                let len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++)
                  if (typeof data5[i0] != "string") {
                    let err8 = { instancePath: instancePath + "/default_permissions/filesystem/allow/" + i0, schemaPath: "#/properties/default_permissions/properties/filesystem/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                  }
              } else {
                let err9 = { instancePath: instancePath + "/default_permissions/filesystem/allow", schemaPath: "#/properties/default_permissions/properties/filesystem/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            }
            if (data4.deny !== void 0) {
              let data7 = data4.deny;
              if (Array.isArray(data7)) {
                let len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++)
                  if (typeof data7[i1] != "string") {
                    let err10 = { instancePath: instancePath + "/default_permissions/filesystem/deny/" + i1, schemaPath: "#/properties/default_permissions/properties/filesystem/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                  }
              } else {
                let err11 = { instancePath: instancePath + "/default_permissions/filesystem/deny", schemaPath: "#/properties/default_permissions/properties/filesystem/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            }
          } else {
            let err12 = { instancePath: instancePath + "/default_permissions/filesystem", schemaPath: "#/properties/default_permissions/properties/filesystem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data3.commands !== void 0) {
          let data9 = data3.commands;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (let key3 in data9)
              if (!(key3 === "allow" || key3 === "deny" || key3 === "opaque")) {
                let err13 = { instancePath: instancePath + "/default_permissions/commands", schemaPath: "#/properties/default_permissions/properties/commands/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            if (data9.allow !== void 0) {
              let data10 = data9.allow;
              if (Array.isArray(data10)) {
                let len2 = data10.length;
                for (let i2 = 0; i2 < len2; i2++)
                  if (typeof data10[i2] != "string") {
                    let err14 = { instancePath: instancePath + "/default_permissions/commands/allow/" + i2, schemaPath: "#/properties/default_permissions/properties/commands/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                  }
              } else {
                let err15 = { instancePath: instancePath + "/default_permissions/commands/allow", schemaPath: "#/properties/default_permissions/properties/commands/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            }
            if (data9.deny !== void 0) {
              let data12 = data9.deny;
              if (Array.isArray(data12)) {
                let len3 = data12.length;
                for (let i3 = 0; i3 < len3; i3++)
                  if (typeof data12[i3] != "string") {
                    let err16 = { instancePath: instancePath + "/default_permissions/commands/deny/" + i3, schemaPath: "#/properties/default_permissions/properties/commands/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                  }
              } else {
                let err17 = { instancePath: instancePath + "/default_permissions/commands/deny", schemaPath: "#/properties/default_permissions/properties/commands/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
            if (data9.opaque !== void 0) {
              let data14 = data9.opaque;
              if (typeof data14 != "string") {
                let err18 = { instancePath: instancePath + "/default_permissions/commands/opaque", schemaPath: "#/properties/default_permissions/properties/commands/properties/opaque/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
              if (!(data14 === "allow" || data14 === "ask" || data14 === "deny")) {
                let err19 = { instancePath: instancePath + "/default_permissions/commands/opaque", schemaPath: "#/properties/default_permissions/properties/commands/properties/opaque/enum", keyword: "enum", params: { allowedValues: schema12.properties.default_permissions.properties.commands.properties.opaque.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
            }
          } else {
            let err20 = { instancePath: instancePath + "/default_permissions/commands", schemaPath: "#/properties/default_permissions/properties/commands/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
        if (data3.network !== void 0) {
          let data15 = data3.network;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (let key4 in data15)
              if (!(key4 === "allow_outbound" || key4 === "exceptions" || key4 === "deny")) {
                let err21 = { instancePath: instancePath + "/default_permissions/network", schemaPath: "#/properties/default_permissions/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            if (data15.allow_outbound !== void 0 && typeof data15.allow_outbound != "boolean") {
              let err22 = { instancePath: instancePath + "/default_permissions/network/allow_outbound", schemaPath: "#/properties/default_permissions/properties/network/properties/allow_outbound/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
            if (data15.exceptions !== void 0) {
              let data17 = data15.exceptions;
              if (Array.isArray(data17)) {
                let len4 = data17.length;
                for (let i4 = 0; i4 < len4; i4++)
                  if (typeof data17[i4] != "string") {
                    let err23 = { instancePath: instancePath + "/default_permissions/network/exceptions/" + i4, schemaPath: "#/properties/default_permissions/properties/network/properties/exceptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                  }
              } else {
                let err24 = { instancePath: instancePath + "/default_permissions/network/exceptions", schemaPath: "#/properties/default_permissions/properties/network/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
            if (data15.deny !== void 0) {
              let data19 = data15.deny;
              if (Array.isArray(data19)) {
                let len5 = data19.length;
                for (let i5 = 0; i5 < len5; i5++)
                  if (typeof data19[i5] != "string") {
                    let err25 = { instancePath: instancePath + "/default_permissions/network/deny/" + i5, schemaPath: "#/properties/default_permissions/properties/network/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
              } else {
                let err26 = { instancePath: instancePath + "/default_permissions/network/deny", schemaPath: "#/properties/default_permissions/properties/network/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
          } else {
            let err27 = { instancePath: instancePath + "/default_permissions/network", schemaPath: "#/properties/default_permissions/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
        if (data3.tools !== void 0) {
          let data21 = data3.tools;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (let key5 in data21)
              if (!(key5 === "allow" || key5 === "deny")) {
                let err28 = { instancePath: instancePath + "/default_permissions/tools", schemaPath: "#/properties/default_permissions/properties/tools/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            if (data21.allow !== void 0) {
              let data22 = data21.allow;
              if (Array.isArray(data22)) {
                let len6 = data22.length;
                for (let i6 = 0; i6 < len6; i6++)
                  if (typeof data22[i6] != "string") {
                    let err29 = { instancePath: instancePath + "/default_permissions/tools/allow/" + i6, schemaPath: "#/properties/default_permissions/properties/tools/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                  }
              } else {
                let err30 = { instancePath: instancePath + "/default_permissions/tools/allow", schemaPath: "#/properties/default_permissions/properties/tools/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            }
            if (data21.deny !== void 0) {
              let data24 = data21.deny;
              if (Array.isArray(data24)) {
                let len7 = data24.length;
                for (let i7 = 0; i7 < len7; i7++)
                  if (typeof data24[i7] != "string") {
                    let err31 = { instancePath: instancePath + "/default_permissions/tools/deny/" + i7, schemaPath: "#/properties/default_permissions/properties/tools/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                  }
              } else {
                let err32 = { instancePath: instancePath + "/default_permissions/tools/deny", schemaPath: "#/properties/default_permissions/properties/tools/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            }
          } else {
            let err33 = { instancePath: instancePath + "/default_permissions/tools", schemaPath: "#/properties/default_permissions/properties/tools/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
      } else {
        let err34 = { instancePath: instancePath + "/default_permissions", schemaPath: "#/properties/default_permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
    if (data.constraints !== void 0) {
      let data26 = data.constraints;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (let key6 in data26)
          if (!(key6 === "max_files_per_action" || key6 === "require_human_approval")) {
            let err35 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        if (data26.max_files_per_action !== void 0) {
          let data27 = data26.max_files_per_action;
          if (!(typeof data27 == "number" && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
            let err36 = { instancePath: instancePath + "/constraints/max_files_per_action", schemaPath: "#/properties/constraints/properties/max_files_per_action/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
          if (typeof data27 == "number" && isFinite(data27) && (data27 < 1 || isNaN(data27))) {
            let err37 = { instancePath: instancePath + "/constraints/max_files_per_action", schemaPath: "#/properties/constraints/properties/max_files_per_action/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
        if (data26.require_human_approval !== void 0) {
          let data28 = data26.require_human_approval;
          if (Array.isArray(data28)) {
            let len8 = data28.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data29 = data28[i8], _errs68 = errors, valid25 = !1, passing0 = null, _errs69 = errors;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.file_pattern === void 0) {
                let err38 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/0/required", keyword: "required", params: { missingProperty: "file_pattern" }, message: "must have required property 'file_pattern'" };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
              var _valid0 = _errs69 === errors;
              _valid0 && (valid25 = !0, passing0 = 0);
              let _errs70 = errors;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.command_pattern === void 0) {
                let err39 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "command_pattern" }, message: "must have required property 'command_pattern'" };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
              var _valid0 = _errs70 === errors;
              if (_valid0 && valid25)
                valid25 = !1, passing0 = [passing0, 1];
              else {
                _valid0 && (valid25 = !0, passing0 = 1);
                let _errs71 = errors;
                if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.host_pattern === void 0) {
                  let err40 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/2/required", keyword: "required", params: { missingProperty: "host_pattern" }, message: "must have required property 'host_pattern'" };
                  vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                }
                var _valid0 = _errs71 === errors;
                if (_valid0 && valid25)
                  valid25 = !1, passing0 = [passing0, 2];
                else {
                  _valid0 && (valid25 = !0, passing0 = 2);
                  let _errs72 = errors;
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.tool_pattern === void 0) {
                    let err41 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/3/required", keyword: "required", params: { missingProperty: "tool_pattern" }, message: "must have required property 'tool_pattern'" };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                  var _valid0 = _errs72 === errors;
                  _valid0 && valid25 ? (valid25 = !1, passing0 = [passing0, 3]) : _valid0 && (valid25 = !0, passing0 = 3);
                }
              }
              if (valid25)
                errors = _errs68, vErrors !== null && (_errs68 ? vErrors.length = _errs68 : vErrors = null);
              else {
                let err42 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (let key7 in data29)
                  if (!(key7 === "file_pattern" || key7 === "command_pattern" || key7 === "host_pattern" || key7 === "tool_pattern" || key7 === "reason")) {
                    let err43 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                  }
                if (data29.file_pattern !== void 0 && typeof data29.file_pattern != "string") {
                  let err44 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/file_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/file_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
                if (data29.command_pattern !== void 0 && typeof data29.command_pattern != "string") {
                  let err45 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/command_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/command_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                }
                if (data29.host_pattern !== void 0 && typeof data29.host_pattern != "string") {
                  let err46 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/host_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/host_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                }
                if (data29.tool_pattern !== void 0 && typeof data29.tool_pattern != "string") {
                  let err47 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/tool_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/tool_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
                if (data29.reason !== void 0 && typeof data29.reason != "string") {
                  let err48 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/reason", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                }
              } else {
                let err49 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
              }
            }
          } else {
            let err50 = { instancePath: instancePath + "/constraints/require_human_approval", schemaPath: "#/properties/constraints/properties/require_human_approval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        }
      } else {
        let err51 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
    if (data.audit !== void 0) {
      let data35 = data.audit;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        for (let key8 in data35)
          if (!(key8 === "log_all_actions" || key8 === "retention_days" || key8 === "alert_on_deny" || key8 === "log_dir")) {
            let err52 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        if (data35.log_all_actions !== void 0 && typeof data35.log_all_actions != "boolean") {
          let err53 = { instancePath: instancePath + "/audit/log_all_actions", schemaPath: "#/properties/audit/properties/log_all_actions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
        }
        if (data35.retention_days !== void 0) {
          let data37 = data35.retention_days;
          if (!(typeof data37 == "number" && !(data37 % 1) && !isNaN(data37) && isFinite(data37))) {
            let err54 = { instancePath: instancePath + "/audit/retention_days", schemaPath: "#/properties/audit/properties/retention_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
          }
          if (typeof data37 == "number" && isFinite(data37) && (data37 < 0 || isNaN(data37))) {
            let err55 = { instancePath: instancePath + "/audit/retention_days", schemaPath: "#/properties/audit/properties/retention_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
          }
        }
        if (data35.alert_on_deny !== void 0 && typeof data35.alert_on_deny != "boolean") {
          let err56 = { instancePath: instancePath + "/audit/alert_on_deny", schemaPath: "#/properties/audit/properties/alert_on_deny/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
        }
        if (data35.log_dir !== void 0 && typeof data35.log_dir != "string") {
          let err57 = { instancePath: instancePath + "/audit/log_dir", schemaPath: "#/properties/audit/properties/log_dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
        }
      } else {
        let err58 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data40 = data.exceptions;
      if (Array.isArray(data40)) {
        let len9 = data40.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data41 = data40[i9];
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.pattern === void 0) {
              let err59 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'" };
              vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
            }
            if (data41.reason === void 0) {
              let err60 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
            }
            for (let key9 in data41)
              if (!(key9 === "pattern" || key9 === "reason" || key9 === "overrides")) {
                let err61 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
              }
            if (data41.pattern !== void 0 && typeof data41.pattern != "string") {
              let err62 = { instancePath: instancePath + "/exceptions/" + i9 + "/pattern", schemaPath: "#/properties/exceptions/items/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
            }
            if (data41.reason !== void 0) {
              let data43 = data41.reason;
              if (typeof data43 == "string") {
                if (!pattern0.test(data43)) {
                  let err63 = { instancePath: instancePath + "/exceptions/" + i9 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                }
              } else {
                let err64 = { instancePath: instancePath + "/exceptions/" + i9 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
              }
            }
            if (data41.overrides !== void 0) {
              let data44 = data41.overrides;
              if (Array.isArray(data44)) {
                let len10 = data44.length;
                for (let i10 = 0; i10 < len10; i10++)
                  if (typeof data44[i10] != "string") {
                    let err65 = { instancePath: instancePath + "/exceptions/" + i9 + "/overrides/" + i10, schemaPath: "#/properties/exceptions/items/properties/overrides/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                  }
              } else {
                let err66 = { instancePath: instancePath + "/exceptions/" + i9 + "/overrides", schemaPath: "#/properties/exceptions/items/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
              }
            }
          } else {
            let err67 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        }
      } else {
        let err68 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
      }
    }
    if (data.agents !== void 0) {
      let data46 = data.agents;
      if (Array.isArray(data46)) {
        let len11 = data46.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data47 = data46[i11];
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.id === void 0) {
              let err69 = { instancePath: instancePath + "/agents/" + i11, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
            }
            for (let key10 in data47)
              if (!(key10 === "id" || key10 === "description" || key10 === "trust_level" || key10 === "permissions" || key10 === "git")) {
                let err70 = { instancePath: instancePath + "/agents/" + i11, schemaPath: "#/properties/agents/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
              }
            if (data47.id !== void 0) {
              let data48 = data47.id;
              if (typeof data48 == "string") {
                if (!pattern1.test(data48)) {
                  let err71 = { instancePath: instancePath + "/agents/" + i11 + "/id", schemaPath: "#/properties/agents/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._@/-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._@/-]*$"' };
                  vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                }
              } else {
                let err72 = { instancePath: instancePath + "/agents/" + i11 + "/id", schemaPath: "#/properties/agents/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
              }
            }
            if (data47.description !== void 0 && typeof data47.description != "string") {
              let err73 = { instancePath: instancePath + "/agents/" + i11 + "/description", schemaPath: "#/properties/agents/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
            }
            if (data47.trust_level !== void 0) {
              let data50 = data47.trust_level;
              if (typeof data50 != "string") {
                let err74 = { instancePath: instancePath + "/agents/" + i11 + "/trust_level", schemaPath: "#/properties/agents/items/properties/trust_level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
              }
              if (!(data50 === "read_only" || data50 === "write_local" || data50 === "external")) {
                let err75 = { instancePath: instancePath + "/agents/" + i11 + "/trust_level", schemaPath: "#/properties/agents/items/properties/trust_level/enum", keyword: "enum", params: { allowedValues: schema12.properties.agents.items.properties.trust_level.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
              }
            }
            if (data47.permissions !== void 0) {
              let data51 = data47.permissions;
              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                for (let key11 in data51)
                  if (!(key11 === "filesystem" || key11 === "commands" || key11 === "network" || key11 === "tools")) {
                    let err76 = { instancePath: instancePath + "/agents/" + i11 + "/permissions", schemaPath: "#/properties/agents/items/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                  }
                if (data51.filesystem !== void 0) {
                  let data52 = data51.filesystem;
                  if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                    for (let key12 in data52)
                      if (!(key12 === "allow" || key12 === "deny")) {
                        let err77 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem", schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                      }
                    if (data52.allow !== void 0) {
                      let data53 = data52.allow;
                      if (Array.isArray(data53)) {
                        let len12 = data53.length;
                        for (let i12 = 0; i12 < len12; i12++)
                          if (typeof data53[i12] != "string") {
                            let err78 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem/allow/" + i12, schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                          }
                      } else {
                        let err79 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem/allow", schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                      }
                    }
                    if (data52.deny !== void 0) {
                      let data55 = data52.deny;
                      if (Array.isArray(data55)) {
                        let len13 = data55.length;
                        for (let i13 = 0; i13 < len13; i13++)
                          if (typeof data55[i13] != "string") {
                            let err80 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem/deny/" + i13, schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                          }
                      } else {
                        let err81 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem/deny", schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                      }
                    }
                  } else {
                    let err82 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem", schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                  }
                }
                if (data51.commands !== void 0) {
                  let data57 = data51.commands;
                  if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                    for (let key13 in data57)
                      if (!(key13 === "allow" || key13 === "deny" || key13 === "opaque")) {
                        let err83 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                      }
                    if (data57.allow !== void 0) {
                      let data58 = data57.allow;
                      if (Array.isArray(data58)) {
                        let len14 = data58.length;
                        for (let i14 = 0; i14 < len14; i14++)
                          if (typeof data58[i14] != "string") {
                            let err84 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/allow/" + i14, schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                          }
                      } else {
                        let err85 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/allow", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                      }
                    }
                    if (data57.deny !== void 0) {
                      let data60 = data57.deny;
                      if (Array.isArray(data60)) {
                        let len15 = data60.length;
                        for (let i15 = 0; i15 < len15; i15++)
                          if (typeof data60[i15] != "string") {
                            let err86 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/deny/" + i15, schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                          }
                      } else {
                        let err87 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/deny", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                      }
                    }
                    if (data57.opaque !== void 0) {
                      let data62 = data57.opaque;
                      if (typeof data62 != "string") {
                        let err88 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/opaque", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/opaque/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                      }
                      if (!(data62 === "allow" || data62 === "ask" || data62 === "deny")) {
                        let err89 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/opaque", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/opaque/enum", keyword: "enum", params: { allowedValues: schema12.properties.agents.items.properties.permissions.properties.commands.properties.opaque.enum }, message: "must be equal to one of the allowed values" };
                        vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                      }
                    }
                  } else {
                    let err90 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                  }
                }
                if (data51.network !== void 0) {
                  let data63 = data51.network;
                  if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                    for (let key14 in data63)
                      if (!(key14 === "allow_outbound" || key14 === "exceptions" || key14 === "deny")) {
                        let err91 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network", schemaPath: "#/properties/agents/items/properties/permissions/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                      }
                    if (data63.allow_outbound !== void 0 && typeof data63.allow_outbound != "boolean") {
                      let err92 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network/allow_outbound", schemaPath: "#/properties/agents/items/properties/permissions/properties/network/properties/allow_outbound/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                    }
                    if (data63.exceptions !== void 0) {
                      let data65 = data63.exceptions;
                      if (Array.isArray(data65)) {
                        let len16 = data65.length;
                        for (let i16 = 0; i16 < len16; i16++)
                          if (typeof data65[i16] != "string") {
                            let err93 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network/exceptions/" + i16, schemaPath: "#/properties/agents/items/properties/permissions/properties/network/properties/exceptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                          }
                      } else {
                        let err94 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network/exceptions", schemaPath: "#/properties/agents/items/properties/permissions/properties/network/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                      }
                    }
                    if (data63.deny !== void 0) {
                      let data67 = data63.deny;
                      if (Array.isArray(data67)) {
                        let len17 = data67.length;
                        for (let i17 = 0; i17 < len17; i17++)
                          if (typeof data67[i17] != "string") {
                            let err95 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network/deny/" + i17, schemaPath: "#/properties/agents/items/properties/permissions/properties/network/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                          }
                      } else {
                        let err96 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network/deny", schemaPath: "#/properties/agents/items/properties/permissions/properties/network/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
                      }
                    }
                  } else {
                    let err97 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network", schemaPath: "#/properties/agents/items/properties/permissions/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                  }
                }
                if (data51.tools !== void 0) {
                  let data69 = data51.tools;
                  if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                    for (let key15 in data69)
                      if (!(key15 === "allow" || key15 === "deny")) {
                        let err98 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools", schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                      }
                    if (data69.allow !== void 0) {
                      let data70 = data69.allow;
                      if (Array.isArray(data70)) {
                        let len18 = data70.length;
                        for (let i18 = 0; i18 < len18; i18++)
                          if (typeof data70[i18] != "string") {
                            let err99 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools/allow/" + i18, schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                          }
                      } else {
                        let err100 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools/allow", schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                      }
                    }
                    if (data69.deny !== void 0) {
                      let data72 = data69.deny;
                      if (Array.isArray(data72)) {
                        let len19 = data72.length;
                        for (let i19 = 0; i19 < len19; i19++)
                          if (typeof data72[i19] != "string") {
                            let err101 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools/deny/" + i19, schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
                          }
                      } else {
                        let err102 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools/deny", schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                      }
                    }
                  } else {
                    let err103 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools", schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                  }
                }
              } else {
                let err104 = { instancePath: instancePath + "/agents/" + i11 + "/permissions", schemaPath: "#/properties/agents/items/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
              }
            }
            if (data47.git !== void 0) {
              let data74 = data47.git;
              if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                for (let key16 in data74)
                  if (!(key16 === "protected_branches" || key16 === "allowed_branch_prefixes")) {
                    let err105 = { instancePath: instancePath + "/agents/" + i11 + "/git", schemaPath: "#/properties/agents/items/properties/git/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                  }
                if (data74.protected_branches !== void 0) {
                  let data75 = data74.protected_branches;
                  if (Array.isArray(data75)) {
                    let len20 = data75.length;
                    for (let i20 = 0; i20 < len20; i20++)
                      if (typeof data75[i20] != "string") {
                        let err106 = { instancePath: instancePath + "/agents/" + i11 + "/git/protected_branches/" + i20, schemaPath: "#/properties/agents/items/properties/git/properties/protected_branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                      }
                  } else {
                    let err107 = { instancePath: instancePath + "/agents/" + i11 + "/git/protected_branches", schemaPath: "#/properties/agents/items/properties/git/properties/protected_branches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                  }
                }
                if (data74.allowed_branch_prefixes !== void 0) {
                  let data77 = data74.allowed_branch_prefixes;
                  if (Array.isArray(data77)) {
                    let len21 = data77.length;
                    for (let i21 = 0; i21 < len21; i21++)
                      if (typeof data77[i21] != "string") {
                        let err108 = { instancePath: instancePath + "/agents/" + i11 + "/git/allowed_branch_prefixes/" + i21, schemaPath: "#/properties/agents/items/properties/git/properties/allowed_branch_prefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
                      }
                  } else {
                    let err109 = { instancePath: instancePath + "/agents/" + i11 + "/git/allowed_branch_prefixes", schemaPath: "#/properties/agents/items/properties/git/properties/allowed_branch_prefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                  }
                }
              } else {
                let err110 = { instancePath: instancePath + "/agents/" + i11 + "/git", schemaPath: "#/properties/agents/items/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
              }
            }
          } else {
            let err111 = { instancePath: instancePath + "/agents/" + i11, schemaPath: "#/properties/agents/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
          }
        }
      } else {
        let err112 = { instancePath: instancePath + "/agents", schemaPath: "#/properties/agents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
      }
    }
    if (data.git !== void 0) {
      let data79 = data.git;
      if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
        for (let key17 in data79)
          if (!(key17 === "protected_branches" || key17 === "allowed_branch_prefixes")) {
            let err113 = { instancePath: instancePath + "/git", schemaPath: "#/properties/git/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
          }
        if (data79.protected_branches !== void 0) {
          let data80 = data79.protected_branches;
          if (Array.isArray(data80)) {
            let len22 = data80.length;
            for (let i22 = 0; i22 < len22; i22++)
              if (typeof data80[i22] != "string") {
                let err114 = { instancePath: instancePath + "/git/protected_branches/" + i22, schemaPath: "#/properties/git/properties/protected_branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
              }
          } else {
            let err115 = { instancePath: instancePath + "/git/protected_branches", schemaPath: "#/properties/git/properties/protected_branches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
          }
        }
        if (data79.allowed_branch_prefixes !== void 0) {
          let data82 = data79.allowed_branch_prefixes;
          if (Array.isArray(data82)) {
            let len23 = data82.length;
            for (let i23 = 0; i23 < len23; i23++)
              if (typeof data82[i23] != "string") {
                let err116 = { instancePath: instancePath + "/git/allowed_branch_prefixes/" + i23, schemaPath: "#/properties/git/properties/allowed_branch_prefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
              }
          } else {
            let err117 = { instancePath: instancePath + "/git/allowed_branch_prefixes", schemaPath: "#/properties/git/properties/allowed_branch_prefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
          }
        }
      } else {
        let err118 = { instancePath: instancePath + "/git", schemaPath: "#/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
      }
    }
    if (data.bypass !== void 0) {
      let data84 = data.bypass;
      if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
        for (let key18 in data84)
          if (!(key18 === "max_duration" || key18 === "require_approver" || key18 === "approvers")) {
            let err119 = { instancePath: instancePath + "/bypass", schemaPath: "#/properties/bypass/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
          }
        if (data84.max_duration !== void 0) {
          let data85 = data84.max_duration;
          if (typeof data85 == "string") {
            if (!pattern2.test(data85)) {
              let err120 = { instancePath: instancePath + "/bypass/max_duration", schemaPath: "#/properties/bypass/properties/max_duration/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9][0-9]*[smhd])+$" }, message: 'must match pattern "^(?:[1-9][0-9]*[smhd])+$"' };
              vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
            }
          } else {
            let err121 = { instancePath: instancePath + "/bypass/max_duration", schemaPath: "#/properties/bypass/properties/max_duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
          }
        }
        if (data84.require_approver !== void 0 && typeof data84.require_approver != "boolean") {
          let err122 = { instancePath: instancePath + "/bypass/require_approver", schemaPath: "#/properties/bypass/properties/require_approver/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
        }
        if (data84.approvers !== void 0) {
          let data87 = data84.approvers;
          if (Array.isArray(data87)) {
            let len24 = data87.length;
            for (let i24 = 0; i24 < len24; i24++)
              if (typeof data87[i24] != "string") {
                let err123 = { instancePath: instancePath + "/bypass/approvers/" + i24, schemaPath: "#/properties/bypass/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
              }
          } else {
            let err124 = { instancePath: instancePath + "/bypass/approvers", schemaPath: "#/properties/bypass/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
          }
        }
      } else {
        let err125 = { instancePath: instancePath + "/bypass", schemaPath: "#/properties/bypass/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
      }
    }
  } else {
    let err126 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}
var root_2_1 = validate12, schema13 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-2.1.schema.json", type: "object", additionalProperties: !1, required: ["version"], properties: { version: { type: "string", enum: ["2.1"] }, schema_url: { type: "string" }, agent_id: { type: "string" }, default_permissions: { type: "object", additionalProperties: !1, properties: { filesystem: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } }, opaque: { type: "string", enum: ["allow", "ask", "deny"] } } }, network: { type: "object", additionalProperties: !1, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, tools: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } } } }, constraints: { type: "object", additionalProperties: !1, properties: { max_files_per_action: { type: "integer", minimum: 1 }, require_human_approval: { type: "array", items: { type: "object", additionalProperties: !1, properties: { file_pattern: { type: "string" }, command_pattern: { type: "string" }, host_pattern: { type: "string" }, tool_pattern: { type: "string" }, reason: { type: "string" } }, oneOf: [{ required: ["file_pattern"] }, { required: ["command_pattern"] }, { required: ["host_pattern"] }, { required: ["tool_pattern"] }] } } } }, audit: { type: "object", additionalProperties: !1, properties: { log_all_actions: { type: "boolean" }, retention_days: { type: "integer", minimum: 0 }, alert_on_deny: { type: "boolean" }, log_dir: { type: "string" } } }, exceptions: { type: "array", items: { type: "object", additionalProperties: !1, properties: { pattern: { type: "string" }, reason: { type: "string", pattern: "\\S" }, overrides: { type: "array", items: { type: "string" } } }, required: ["pattern", "reason"] } }, agents: { type: "array", items: { type: "object", additionalProperties: !1, properties: { id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._@/-]*$" }, description: { type: "string" }, trust_level: { type: "string", enum: ["read_only", "write_local", "external"] }, permissions: { type: "object", additionalProperties: !1, properties: { filesystem: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } }, opaque: { type: "string", enum: ["allow", "ask", "deny"] } } }, network: { type: "object", additionalProperties: !1, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, tools: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } } } }, git: { type: "object", additionalProperties: !1, properties: { protected_branches: { type: "array", items: { type: "string" } }, allowed_branch_prefixes: { type: "array", items: { type: "string" } } } }, budgets: { type: "object", additionalProperties: !1, properties: { max_files_per_pr: { type: "integer", minimum: 1 }, max_files_per_session: { type: "integer", minimum: 1 }, max_commands_per_session: { type: "integer", minimum: 1 }, max_tokens_per_session: { type: "integer", minimum: 1 }, max_tokens_per_day: { type: "integer", minimum: 1 }, max_cost_usd_per_session: { type: "number", exclusiveMinimum: 0 }, alert_threshold: { type: "number", exclusiveMinimum: 0, maximum: 1 } } } }, required: ["id"] } }, git: { type: "object", additionalProperties: !1, properties: { protected_branches: { type: "array", items: { type: "string" } }, allowed_branch_prefixes: { type: "array", items: { type: "string" } } } }, bypass: { type: "object", additionalProperties: !1, properties: { max_duration: { type: "string", pattern: "^(?:[1-9][0-9]*[smhd])+$" }, require_approver: { type: "boolean" }, approvers: { type: "array", items: { type: "string" } } } }, risk_tiers: { type: "object", additionalProperties: !1, properties: { automatic: { type: "object", additionalProperties: !1, properties: { files: { type: "array", items: { type: "string" } }, commands: { type: "array", items: { type: "string" } }, hosts: { type: "array", items: { type: "string" } }, tools: { type: "array", items: { type: "string" } } } }, logged: { type: "object", additionalProperties: !1, properties: { files: { type: "array", items: { type: "string" } }, commands: { type: "array", items: { type: "string" } }, hosts: { type: "array", items: { type: "string" } }, tools: { type: "array", items: { type: "string" } } } }, approval: { type: "object", additionalProperties: !1, properties: { files: { type: "array", items: { type: "string" } }, commands: { type: "array", items: { type: "string" } }, hosts: { type: "array", items: { type: "string" } }, tools: { type: "array", items: { type: "string" } } } }, blocked: { type: "object", additionalProperties: !1, properties: { files: { type: "array", items: { type: "string" } }, commands: { type: "array", items: { type: "string" } }, hosts: { type: "array", items: { type: "string" } }, tools: { type: "array", items: { type: "string" } } } } } }, budgets: { type: "object", additionalProperties: !1, properties: { max_files_per_pr: { type: "integer", minimum: 1 }, max_files_per_session: { type: "integer", minimum: 1 }, max_commands_per_session: { type: "integer", minimum: 1 }, max_tokens_per_session: { type: "integer", minimum: 1 }, max_tokens_per_day: { type: "integer", minimum: 1 }, max_cost_usd_per_session: { type: "number", exclusiveMinimum: 0 }, alert_threshold: { type: "number", exclusiveMinimum: 0, maximum: 1 } } }, agent_detection: { type: "object", additionalProperties: !1, properties: { logins: { type: "array", items: { type: ["string", "object"], additionalProperties: !1, required: ["login"], properties: { login: { type: "string" }, agent: { type: "string" } } } }, emails: { type: "array", items: { type: ["string", "object"], additionalProperties: !1, required: ["email"], properties: { email: { type: "string" }, agent: { type: "string" } } } }, branch_prefixes: { type: "array", items: { type: ["string", "object"], additionalProperties: !1, required: ["prefix"], properties: { prefix: { type: "string" }, agent: { type: "string" } } } }, threshold: { type: "string", enum: ["strong", "medium", "weak"] }, env: { type: "array", items: { type: ["string", "object"], additionalProperties: !1, required: ["name"], properties: { name: { type: "string" }, value: { type: "string" }, agent: { type: "string" } } } }, builtin_env: { type: "boolean" } } } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema13.properties, key0)) {
        let err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 != "string") {
        let err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      if (data0 !== "2.1") {
        let err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema13.properties.version.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.schema_url !== void 0 && typeof data.schema_url != "string") {
      let err4 = { instancePath: instancePath + "/schema_url", schemaPath: "#/properties/schema_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.agent_id !== void 0 && typeof data.agent_id != "string") {
      let err5 = { instancePath: instancePath + "/agent_id", schemaPath: "#/properties/agent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    if (data.default_permissions !== void 0) {
      let data3 = data.default_permissions;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (let key1 in data3)
          if (!(key1 === "filesystem" || key1 === "commands" || key1 === "network" || key1 === "tools")) {
            let err6 = { instancePath: instancePath + "/default_permissions", schemaPath: "#/properties/default_permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        if (data3.filesystem !== void 0) {
          let data4 = data3.filesystem;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (!(key2 === "allow" || key2 === "deny")) {
                let err7 = { instancePath: instancePath + "/default_permissions/filesystem", schemaPath: "#/properties/default_permissions/properties/filesystem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
              }
            if (data4.allow !== void 0) {
              let data5 = data4.allow;
              if (Array.isArray(data5)) {
                let len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++)
                  if (typeof data5[i0] != "string") {
                    let err8 = { instancePath: instancePath + "/default_permissions/filesystem/allow/" + i0, schemaPath: "#/properties/default_permissions/properties/filesystem/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                  }
              } else {
                let err9 = { instancePath: instancePath + "/default_permissions/filesystem/allow", schemaPath: "#/properties/default_permissions/properties/filesystem/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            }
            if (data4.deny !== void 0) {
              let data7 = data4.deny;
              if (Array.isArray(data7)) {
                let len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++)
                  if (typeof data7[i1] != "string") {
                    let err10 = { instancePath: instancePath + "/default_permissions/filesystem/deny/" + i1, schemaPath: "#/properties/default_permissions/properties/filesystem/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                  }
              } else {
                let err11 = { instancePath: instancePath + "/default_permissions/filesystem/deny", schemaPath: "#/properties/default_permissions/properties/filesystem/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            }
          } else {
            let err12 = { instancePath: instancePath + "/default_permissions/filesystem", schemaPath: "#/properties/default_permissions/properties/filesystem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data3.commands !== void 0) {
          let data9 = data3.commands;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (let key3 in data9)
              if (!(key3 === "allow" || key3 === "deny" || key3 === "opaque")) {
                let err13 = { instancePath: instancePath + "/default_permissions/commands", schemaPath: "#/properties/default_permissions/properties/commands/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            if (data9.allow !== void 0) {
              let data10 = data9.allow;
              if (Array.isArray(data10)) {
                let len2 = data10.length;
                for (let i2 = 0; i2 < len2; i2++)
                  if (typeof data10[i2] != "string") {
                    let err14 = { instancePath: instancePath + "/default_permissions/commands/allow/" + i2, schemaPath: "#/properties/default_permissions/properties/commands/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                  }
              } else {
                let err15 = { instancePath: instancePath + "/default_permissions/commands/allow", schemaPath: "#/properties/default_permissions/properties/commands/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            }
            if (data9.deny !== void 0) {
              let data12 = data9.deny;
              if (Array.isArray(data12)) {
                let len3 = data12.length;
                for (let i3 = 0; i3 < len3; i3++)
                  if (typeof data12[i3] != "string") {
                    let err16 = { instancePath: instancePath + "/default_permissions/commands/deny/" + i3, schemaPath: "#/properties/default_permissions/properties/commands/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                  }
              } else {
                let err17 = { instancePath: instancePath + "/default_permissions/commands/deny", schemaPath: "#/properties/default_permissions/properties/commands/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
            if (data9.opaque !== void 0) {
              let data14 = data9.opaque;
              if (typeof data14 != "string") {
                let err18 = { instancePath: instancePath + "/default_permissions/commands/opaque", schemaPath: "#/properties/default_permissions/properties/commands/properties/opaque/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
              if (!(data14 === "allow" || data14 === "ask" || data14 === "deny")) {
                let err19 = { instancePath: instancePath + "/default_permissions/commands/opaque", schemaPath: "#/properties/default_permissions/properties/commands/properties/opaque/enum", keyword: "enum", params: { allowedValues: schema13.properties.default_permissions.properties.commands.properties.opaque.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
            }
          } else {
            let err20 = { instancePath: instancePath + "/default_permissions/commands", schemaPath: "#/properties/default_permissions/properties/commands/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
        if (data3.network !== void 0) {
          let data15 = data3.network;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (let key4 in data15)
              if (!(key4 === "allow_outbound" || key4 === "exceptions" || key4 === "deny")) {
                let err21 = { instancePath: instancePath + "/default_permissions/network", schemaPath: "#/properties/default_permissions/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            if (data15.allow_outbound !== void 0 && typeof data15.allow_outbound != "boolean") {
              let err22 = { instancePath: instancePath + "/default_permissions/network/allow_outbound", schemaPath: "#/properties/default_permissions/properties/network/properties/allow_outbound/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
            if (data15.exceptions !== void 0) {
              let data17 = data15.exceptions;
              if (Array.isArray(data17)) {
                let len4 = data17.length;
                for (let i4 = 0; i4 < len4; i4++)
                  if (typeof data17[i4] != "string") {
                    let err23 = { instancePath: instancePath + "/default_permissions/network/exceptions/" + i4, schemaPath: "#/properties/default_permissions/properties/network/properties/exceptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                  }
              } else {
                let err24 = { instancePath: instancePath + "/default_permissions/network/exceptions", schemaPath: "#/properties/default_permissions/properties/network/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
            if (data15.deny !== void 0) {
              let data19 = data15.deny;
              if (Array.isArray(data19)) {
                let len5 = data19.length;
                for (let i5 = 0; i5 < len5; i5++)
                  if (typeof data19[i5] != "string") {
                    let err25 = { instancePath: instancePath + "/default_permissions/network/deny/" + i5, schemaPath: "#/properties/default_permissions/properties/network/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
              } else {
                let err26 = { instancePath: instancePath + "/default_permissions/network/deny", schemaPath: "#/properties/default_permissions/properties/network/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
          } else {
            let err27 = { instancePath: instancePath + "/default_permissions/network", schemaPath: "#/properties/default_permissions/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
        if (data3.tools !== void 0) {
          let data21 = data3.tools;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (let key5 in data21)
              if (!(key5 === "allow" || key5 === "deny")) {
                let err28 = { instancePath: instancePath + "/default_permissions/tools", schemaPath: "#/properties/default_permissions/properties/tools/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            if (data21.allow !== void 0) {
              let data22 = data21.allow;
              if (Array.isArray(data22)) {
                let len6 = data22.length;
                for (let i6 = 0; i6 < len6; i6++)
                  if (typeof data22[i6] != "string") {
                    let err29 = { instancePath: instancePath + "/default_permissions/tools/allow/" + i6, schemaPath: "#/properties/default_permissions/properties/tools/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                  }
              } else {
                let err30 = { instancePath: instancePath + "/default_permissions/tools/allow", schemaPath: "#/properties/default_permissions/properties/tools/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            }
            if (data21.deny !== void 0) {
              let data24 = data21.deny;
              if (Array.isArray(data24)) {
                let len7 = data24.length;
                for (let i7 = 0; i7 < len7; i7++)
                  if (typeof data24[i7] != "string") {
                    let err31 = { instancePath: instancePath + "/default_permissions/tools/deny/" + i7, schemaPath: "#/properties/default_permissions/properties/tools/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                  }
              } else {
                let err32 = { instancePath: instancePath + "/default_permissions/tools/deny", schemaPath: "#/properties/default_permissions/properties/tools/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            }
          } else {
            let err33 = { instancePath: instancePath + "/default_permissions/tools", schemaPath: "#/properties/default_permissions/properties/tools/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
      } else {
        let err34 = { instancePath: instancePath + "/default_permissions", schemaPath: "#/properties/default_permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
    if (data.constraints !== void 0) {
      let data26 = data.constraints;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (let key6 in data26)
          if (!(key6 === "max_files_per_action" || key6 === "require_human_approval")) {
            let err35 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        if (data26.max_files_per_action !== void 0) {
          let data27 = data26.max_files_per_action;
          if (!(typeof data27 == "number" && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
            let err36 = { instancePath: instancePath + "/constraints/max_files_per_action", schemaPath: "#/properties/constraints/properties/max_files_per_action/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
          if (typeof data27 == "number" && isFinite(data27) && (data27 < 1 || isNaN(data27))) {
            let err37 = { instancePath: instancePath + "/constraints/max_files_per_action", schemaPath: "#/properties/constraints/properties/max_files_per_action/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
        if (data26.require_human_approval !== void 0) {
          let data28 = data26.require_human_approval;
          if (Array.isArray(data28)) {
            let len8 = data28.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data29 = data28[i8], _errs68 = errors, valid25 = !1, passing0 = null, _errs69 = errors;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.file_pattern === void 0) {
                let err38 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/0/required", keyword: "required", params: { missingProperty: "file_pattern" }, message: "must have required property 'file_pattern'" };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
              var _valid0 = _errs69 === errors;
              _valid0 && (valid25 = !0, passing0 = 0);
              let _errs70 = errors;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.command_pattern === void 0) {
                let err39 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "command_pattern" }, message: "must have required property 'command_pattern'" };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
              var _valid0 = _errs70 === errors;
              if (_valid0 && valid25)
                valid25 = !1, passing0 = [passing0, 1];
              else {
                _valid0 && (valid25 = !0, passing0 = 1);
                let _errs71 = errors;
                if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.host_pattern === void 0) {
                  let err40 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/2/required", keyword: "required", params: { missingProperty: "host_pattern" }, message: "must have required property 'host_pattern'" };
                  vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                }
                var _valid0 = _errs71 === errors;
                if (_valid0 && valid25)
                  valid25 = !1, passing0 = [passing0, 2];
                else {
                  _valid0 && (valid25 = !0, passing0 = 2);
                  let _errs72 = errors;
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.tool_pattern === void 0) {
                    let err41 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/3/required", keyword: "required", params: { missingProperty: "tool_pattern" }, message: "must have required property 'tool_pattern'" };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                  var _valid0 = _errs72 === errors;
                  _valid0 && valid25 ? (valid25 = !1, passing0 = [passing0, 3]) : _valid0 && (valid25 = !0, passing0 = 3);
                }
              }
              if (valid25)
                errors = _errs68, vErrors !== null && (_errs68 ? vErrors.length = _errs68 : vErrors = null);
              else {
                let err42 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (let key7 in data29)
                  if (!(key7 === "file_pattern" || key7 === "command_pattern" || key7 === "host_pattern" || key7 === "tool_pattern" || key7 === "reason")) {
                    let err43 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                  }
                if (data29.file_pattern !== void 0 && typeof data29.file_pattern != "string") {
                  let err44 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/file_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/file_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
                if (data29.command_pattern !== void 0 && typeof data29.command_pattern != "string") {
                  let err45 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/command_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/command_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                }
                if (data29.host_pattern !== void 0 && typeof data29.host_pattern != "string") {
                  let err46 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/host_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/host_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                }
                if (data29.tool_pattern !== void 0 && typeof data29.tool_pattern != "string") {
                  let err47 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/tool_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/tool_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
                if (data29.reason !== void 0 && typeof data29.reason != "string") {
                  let err48 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/reason", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                }
              } else {
                let err49 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
              }
            }
          } else {
            let err50 = { instancePath: instancePath + "/constraints/require_human_approval", schemaPath: "#/properties/constraints/properties/require_human_approval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        }
      } else {
        let err51 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
    if (data.audit !== void 0) {
      let data35 = data.audit;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        for (let key8 in data35)
          if (!(key8 === "log_all_actions" || key8 === "retention_days" || key8 === "alert_on_deny" || key8 === "log_dir")) {
            let err52 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        if (data35.log_all_actions !== void 0 && typeof data35.log_all_actions != "boolean") {
          let err53 = { instancePath: instancePath + "/audit/log_all_actions", schemaPath: "#/properties/audit/properties/log_all_actions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
        }
        if (data35.retention_days !== void 0) {
          let data37 = data35.retention_days;
          if (!(typeof data37 == "number" && !(data37 % 1) && !isNaN(data37) && isFinite(data37))) {
            let err54 = { instancePath: instancePath + "/audit/retention_days", schemaPath: "#/properties/audit/properties/retention_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
          }
          if (typeof data37 == "number" && isFinite(data37) && (data37 < 0 || isNaN(data37))) {
            let err55 = { instancePath: instancePath + "/audit/retention_days", schemaPath: "#/properties/audit/properties/retention_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
          }
        }
        if (data35.alert_on_deny !== void 0 && typeof data35.alert_on_deny != "boolean") {
          let err56 = { instancePath: instancePath + "/audit/alert_on_deny", schemaPath: "#/properties/audit/properties/alert_on_deny/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
        }
        if (data35.log_dir !== void 0 && typeof data35.log_dir != "string") {
          let err57 = { instancePath: instancePath + "/audit/log_dir", schemaPath: "#/properties/audit/properties/log_dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
        }
      } else {
        let err58 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data40 = data.exceptions;
      if (Array.isArray(data40)) {
        let len9 = data40.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data41 = data40[i9];
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.pattern === void 0) {
              let err59 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'" };
              vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
            }
            if (data41.reason === void 0) {
              let err60 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
            }
            for (let key9 in data41)
              if (!(key9 === "pattern" || key9 === "reason" || key9 === "overrides")) {
                let err61 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
              }
            if (data41.pattern !== void 0 && typeof data41.pattern != "string") {
              let err62 = { instancePath: instancePath + "/exceptions/" + i9 + "/pattern", schemaPath: "#/properties/exceptions/items/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
            }
            if (data41.reason !== void 0) {
              let data43 = data41.reason;
              if (typeof data43 == "string") {
                if (!pattern0.test(data43)) {
                  let err63 = { instancePath: instancePath + "/exceptions/" + i9 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                }
              } else {
                let err64 = { instancePath: instancePath + "/exceptions/" + i9 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
              }
            }
            if (data41.overrides !== void 0) {
              let data44 = data41.overrides;
              if (Array.isArray(data44)) {
                let len10 = data44.length;
                for (let i10 = 0; i10 < len10; i10++)
                  if (typeof data44[i10] != "string") {
                    let err65 = { instancePath: instancePath + "/exceptions/" + i9 + "/overrides/" + i10, schemaPath: "#/properties/exceptions/items/properties/overrides/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                  }
              } else {
                let err66 = { instancePath: instancePath + "/exceptions/" + i9 + "/overrides", schemaPath: "#/properties/exceptions/items/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
              }
            }
          } else {
            let err67 = { instancePath: instancePath + "/exceptions/" + i9, schemaPath: "#/properties/exceptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        }
      } else {
        let err68 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
      }
    }
    if (data.agents !== void 0) {
      let data46 = data.agents;
      if (Array.isArray(data46)) {
        let len11 = data46.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data47 = data46[i11];
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.id === void 0) {
              let err69 = { instancePath: instancePath + "/agents/" + i11, schemaPath: "#/properties/agents/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
            }
            for (let key10 in data47)
              if (!(key10 === "id" || key10 === "description" || key10 === "trust_level" || key10 === "permissions" || key10 === "git" || key10 === "budgets")) {
                let err70 = { instancePath: instancePath + "/agents/" + i11, schemaPath: "#/properties/agents/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
              }
            if (data47.id !== void 0) {
              let data48 = data47.id;
              if (typeof data48 == "string") {
                if (!pattern1.test(data48)) {
                  let err71 = { instancePath: instancePath + "/agents/" + i11 + "/id", schemaPath: "#/properties/agents/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._@/-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._@/-]*$"' };
                  vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                }
              } else {
                let err72 = { instancePath: instancePath + "/agents/" + i11 + "/id", schemaPath: "#/properties/agents/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
              }
            }
            if (data47.description !== void 0 && typeof data47.description != "string") {
              let err73 = { instancePath: instancePath + "/agents/" + i11 + "/description", schemaPath: "#/properties/agents/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
            }
            if (data47.trust_level !== void 0) {
              let data50 = data47.trust_level;
              if (typeof data50 != "string") {
                let err74 = { instancePath: instancePath + "/agents/" + i11 + "/trust_level", schemaPath: "#/properties/agents/items/properties/trust_level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
              }
              if (!(data50 === "read_only" || data50 === "write_local" || data50 === "external")) {
                let err75 = { instancePath: instancePath + "/agents/" + i11 + "/trust_level", schemaPath: "#/properties/agents/items/properties/trust_level/enum", keyword: "enum", params: { allowedValues: schema13.properties.agents.items.properties.trust_level.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
              }
            }
            if (data47.permissions !== void 0) {
              let data51 = data47.permissions;
              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                for (let key11 in data51)
                  if (!(key11 === "filesystem" || key11 === "commands" || key11 === "network" || key11 === "tools")) {
                    let err76 = { instancePath: instancePath + "/agents/" + i11 + "/permissions", schemaPath: "#/properties/agents/items/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                  }
                if (data51.filesystem !== void 0) {
                  let data52 = data51.filesystem;
                  if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                    for (let key12 in data52)
                      if (!(key12 === "allow" || key12 === "deny")) {
                        let err77 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem", schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                      }
                    if (data52.allow !== void 0) {
                      let data53 = data52.allow;
                      if (Array.isArray(data53)) {
                        let len12 = data53.length;
                        for (let i12 = 0; i12 < len12; i12++)
                          if (typeof data53[i12] != "string") {
                            let err78 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem/allow/" + i12, schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                          }
                      } else {
                        let err79 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem/allow", schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                      }
                    }
                    if (data52.deny !== void 0) {
                      let data55 = data52.deny;
                      if (Array.isArray(data55)) {
                        let len13 = data55.length;
                        for (let i13 = 0; i13 < len13; i13++)
                          if (typeof data55[i13] != "string") {
                            let err80 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem/deny/" + i13, schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                          }
                      } else {
                        let err81 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem/deny", schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                      }
                    }
                  } else {
                    let err82 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/filesystem", schemaPath: "#/properties/agents/items/properties/permissions/properties/filesystem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                  }
                }
                if (data51.commands !== void 0) {
                  let data57 = data51.commands;
                  if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                    for (let key13 in data57)
                      if (!(key13 === "allow" || key13 === "deny" || key13 === "opaque")) {
                        let err83 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                      }
                    if (data57.allow !== void 0) {
                      let data58 = data57.allow;
                      if (Array.isArray(data58)) {
                        let len14 = data58.length;
                        for (let i14 = 0; i14 < len14; i14++)
                          if (typeof data58[i14] != "string") {
                            let err84 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/allow/" + i14, schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                          }
                      } else {
                        let err85 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/allow", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                      }
                    }
                    if (data57.deny !== void 0) {
                      let data60 = data57.deny;
                      if (Array.isArray(data60)) {
                        let len15 = data60.length;
                        for (let i15 = 0; i15 < len15; i15++)
                          if (typeof data60[i15] != "string") {
                            let err86 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/deny/" + i15, schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                          }
                      } else {
                        let err87 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/deny", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                      }
                    }
                    if (data57.opaque !== void 0) {
                      let data62 = data57.opaque;
                      if (typeof data62 != "string") {
                        let err88 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/opaque", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/opaque/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                      }
                      if (!(data62 === "allow" || data62 === "ask" || data62 === "deny")) {
                        let err89 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands/opaque", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/properties/opaque/enum", keyword: "enum", params: { allowedValues: schema13.properties.agents.items.properties.permissions.properties.commands.properties.opaque.enum }, message: "must be equal to one of the allowed values" };
                        vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                      }
                    }
                  } else {
                    let err90 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/commands", schemaPath: "#/properties/agents/items/properties/permissions/properties/commands/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                  }
                }
                if (data51.network !== void 0) {
                  let data63 = data51.network;
                  if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                    for (let key14 in data63)
                      if (!(key14 === "allow_outbound" || key14 === "exceptions" || key14 === "deny")) {
                        let err91 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network", schemaPath: "#/properties/agents/items/properties/permissions/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                      }
                    if (data63.allow_outbound !== void 0 && typeof data63.allow_outbound != "boolean") {
                      let err92 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network/allow_outbound", schemaPath: "#/properties/agents/items/properties/permissions/properties/network/properties/allow_outbound/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                    }
                    if (data63.exceptions !== void 0) {
                      let data65 = data63.exceptions;
                      if (Array.isArray(data65)) {
                        let len16 = data65.length;
                        for (let i16 = 0; i16 < len16; i16++)
                          if (typeof data65[i16] != "string") {
                            let err93 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network/exceptions/" + i16, schemaPath: "#/properties/agents/items/properties/permissions/properties/network/properties/exceptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                          }
                      } else {
                        let err94 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network/exceptions", schemaPath: "#/properties/agents/items/properties/permissions/properties/network/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                      }
                    }
                    if (data63.deny !== void 0) {
                      let data67 = data63.deny;
                      if (Array.isArray(data67)) {
                        let len17 = data67.length;
                        for (let i17 = 0; i17 < len17; i17++)
                          if (typeof data67[i17] != "string") {
                            let err95 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network/deny/" + i17, schemaPath: "#/properties/agents/items/properties/permissions/properties/network/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                          }
                      } else {
                        let err96 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network/deny", schemaPath: "#/properties/agents/items/properties/permissions/properties/network/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
                      }
                    }
                  } else {
                    let err97 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/network", schemaPath: "#/properties/agents/items/properties/permissions/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                  }
                }
                if (data51.tools !== void 0) {
                  let data69 = data51.tools;
                  if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                    for (let key15 in data69)
                      if (!(key15 === "allow" || key15 === "deny")) {
                        let err98 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools", schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                      }
                    if (data69.allow !== void 0) {
                      let data70 = data69.allow;
                      if (Array.isArray(data70)) {
                        let len18 = data70.length;
                        for (let i18 = 0; i18 < len18; i18++)
                          if (typeof data70[i18] != "string") {
                            let err99 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools/allow/" + i18, schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                          }
                      } else {
                        let err100 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools/allow", schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                      }
                    }
                    if (data69.deny !== void 0) {
                      let data72 = data69.deny;
                      if (Array.isArray(data72)) {
                        let len19 = data72.length;
                        for (let i19 = 0; i19 < len19; i19++)
                          if (typeof data72[i19] != "string") {
                            let err101 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools/deny/" + i19, schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
                          }
                      } else {
                        let err102 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools/deny", schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                      }
                    }
                  } else {
                    let err103 = { instancePath: instancePath + "/agents/" + i11 + "/permissions/tools", schemaPath: "#/properties/agents/items/properties/permissions/properties/tools/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                  }
                }
              } else {
                let err104 = { instancePath: instancePath + "/agents/" + i11 + "/permissions", schemaPath: "#/properties/agents/items/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
              }
            }
            if (data47.git !== void 0) {
              let data74 = data47.git;
              if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                for (let key16 in data74)
                  if (!(key16 === "protected_branches" || key16 === "allowed_branch_prefixes")) {
                    let err105 = { instancePath: instancePath + "/agents/" + i11 + "/git", schemaPath: "#/properties/agents/items/properties/git/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                  }
                if (data74.protected_branches !== void 0) {
                  let data75 = data74.protected_branches;
                  if (Array.isArray(data75)) {
                    let len20 = data75.length;
                    for (let i20 = 0; i20 < len20; i20++)
                      if (typeof data75[i20] != "string") {
                        let err106 = { instancePath: instancePath + "/agents/" + i11 + "/git/protected_branches/" + i20, schemaPath: "#/properties/agents/items/properties/git/properties/protected_branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                      }
                  } else {
                    let err107 = { instancePath: instancePath + "/agents/" + i11 + "/git/protected_branches", schemaPath: "#/properties/agents/items/properties/git/properties/protected_branches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                  }
                }
                if (data74.allowed_branch_prefixes !== void 0) {
                  let data77 = data74.allowed_branch_prefixes;
                  if (Array.isArray(data77)) {
                    let len21 = data77.length;
                    for (let i21 = 0; i21 < len21; i21++)
                      if (typeof data77[i21] != "string") {
                        let err108 = { instancePath: instancePath + "/agents/" + i11 + "/git/allowed_branch_prefixes/" + i21, schemaPath: "#/properties/agents/items/properties/git/properties/allowed_branch_prefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
                      }
                  } else {
                    let err109 = { instancePath: instancePath + "/agents/" + i11 + "/git/allowed_branch_prefixes", schemaPath: "#/properties/agents/items/properties/git/properties/allowed_branch_prefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                  }
                }
              } else {
                let err110 = { instancePath: instancePath + "/agents/" + i11 + "/git", schemaPath: "#/properties/agents/items/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
              }
            }
            if (data47.budgets !== void 0) {
              let data79 = data47.budgets;
              if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                for (let key17 in data79)
                  if (!(key17 === "max_files_per_pr" || key17 === "max_files_per_session" || key17 === "max_commands_per_session" || key17 === "max_tokens_per_session" || key17 === "max_tokens_per_day" || key17 === "max_cost_usd_per_session" || key17 === "alert_threshold")) {
                    let err111 = { instancePath: instancePath + "/agents/" + i11 + "/budgets", schemaPath: "#/properties/agents/items/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                  }
                if (data79.max_files_per_pr !== void 0) {
                  let data80 = data79.max_files_per_pr;
                  if (!(typeof data80 == "number" && !(data80 % 1) && !isNaN(data80) && isFinite(data80))) {
                    let err112 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_files_per_pr", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_files_per_pr/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                  }
                  if (typeof data80 == "number" && isFinite(data80) && (data80 < 1 || isNaN(data80))) {
                    let err113 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_files_per_pr", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_files_per_pr/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                  }
                }
                if (data79.max_files_per_session !== void 0) {
                  let data81 = data79.max_files_per_session;
                  if (!(typeof data81 == "number" && !(data81 % 1) && !isNaN(data81) && isFinite(data81))) {
                    let err114 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_files_per_session", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_files_per_session/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                  }
                  if (typeof data81 == "number" && isFinite(data81) && (data81 < 1 || isNaN(data81))) {
                    let err115 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_files_per_session", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_files_per_session/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                  }
                }
                if (data79.max_commands_per_session !== void 0) {
                  let data82 = data79.max_commands_per_session;
                  if (!(typeof data82 == "number" && !(data82 % 1) && !isNaN(data82) && isFinite(data82))) {
                    let err116 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_commands_per_session", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_commands_per_session/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                  }
                  if (typeof data82 == "number" && isFinite(data82) && (data82 < 1 || isNaN(data82))) {
                    let err117 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_commands_per_session", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_commands_per_session/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                  }
                }
                if (data79.max_tokens_per_session !== void 0) {
                  let data83 = data79.max_tokens_per_session;
                  if (!(typeof data83 == "number" && !(data83 % 1) && !isNaN(data83) && isFinite(data83))) {
                    let err118 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_tokens_per_session", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_tokens_per_session/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                  }
                  if (typeof data83 == "number" && isFinite(data83) && (data83 < 1 || isNaN(data83))) {
                    let err119 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_tokens_per_session", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_tokens_per_session/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                  }
                }
                if (data79.max_tokens_per_day !== void 0) {
                  let data84 = data79.max_tokens_per_day;
                  if (!(typeof data84 == "number" && !(data84 % 1) && !isNaN(data84) && isFinite(data84))) {
                    let err120 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_tokens_per_day", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_tokens_per_day/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                  }
                  if (typeof data84 == "number" && isFinite(data84) && (data84 < 1 || isNaN(data84))) {
                    let err121 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_tokens_per_day", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_tokens_per_day/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                  }
                }
                if (data79.max_cost_usd_per_session !== void 0) {
                  let data85 = data79.max_cost_usd_per_session;
                  if (typeof data85 == "number" && isFinite(data85)) {
                    if (data85 <= 0 || isNaN(data85)) {
                      let err122 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_cost_usd_per_session", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_cost_usd_per_session/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                      vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                    }
                  } else {
                    let err123 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/max_cost_usd_per_session", schemaPath: "#/properties/agents/items/properties/budgets/properties/max_cost_usd_per_session/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                  }
                }
                if (data79.alert_threshold !== void 0) {
                  let data86 = data79.alert_threshold;
                  if (typeof data86 == "number" && isFinite(data86)) {
                    if (data86 > 1 || isNaN(data86)) {
                      let err124 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/alert_threshold", schemaPath: "#/properties/agents/items/properties/budgets/properties/alert_threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                    }
                    if (data86 <= 0 || isNaN(data86)) {
                      let err125 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/alert_threshold", schemaPath: "#/properties/agents/items/properties/budgets/properties/alert_threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                      vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                    }
                  } else {
                    let err126 = { instancePath: instancePath + "/agents/" + i11 + "/budgets/alert_threshold", schemaPath: "#/properties/agents/items/properties/budgets/properties/alert_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                  }
                }
              } else {
                let err127 = { instancePath: instancePath + "/agents/" + i11 + "/budgets", schemaPath: "#/properties/agents/items/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
              }
            }
          } else {
            let err128 = { instancePath: instancePath + "/agents/" + i11, schemaPath: "#/properties/agents/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
          }
        }
      } else {
        let err129 = { instancePath: instancePath + "/agents", schemaPath: "#/properties/agents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
      }
    }
    if (data.git !== void 0) {
      let data87 = data.git;
      if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
        for (let key18 in data87)
          if (!(key18 === "protected_branches" || key18 === "allowed_branch_prefixes")) {
            let err130 = { instancePath: instancePath + "/git", schemaPath: "#/properties/git/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
          }
        if (data87.protected_branches !== void 0) {
          let data88 = data87.protected_branches;
          if (Array.isArray(data88)) {
            let len22 = data88.length;
            for (let i22 = 0; i22 < len22; i22++)
              if (typeof data88[i22] != "string") {
                let err131 = { instancePath: instancePath + "/git/protected_branches/" + i22, schemaPath: "#/properties/git/properties/protected_branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
              }
          } else {
            let err132 = { instancePath: instancePath + "/git/protected_branches", schemaPath: "#/properties/git/properties/protected_branches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
          }
        }
        if (data87.allowed_branch_prefixes !== void 0) {
          let data90 = data87.allowed_branch_prefixes;
          if (Array.isArray(data90)) {
            let len23 = data90.length;
            for (let i23 = 0; i23 < len23; i23++)
              if (typeof data90[i23] != "string") {
                let err133 = { instancePath: instancePath + "/git/allowed_branch_prefixes/" + i23, schemaPath: "#/properties/git/properties/allowed_branch_prefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
              }
          } else {
            let err134 = { instancePath: instancePath + "/git/allowed_branch_prefixes", schemaPath: "#/properties/git/properties/allowed_branch_prefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
          }
        }
      } else {
        let err135 = { instancePath: instancePath + "/git", schemaPath: "#/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
      }
    }
    if (data.bypass !== void 0) {
      let data92 = data.bypass;
      if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
        for (let key19 in data92)
          if (!(key19 === "max_duration" || key19 === "require_approver" || key19 === "approvers")) {
            let err136 = { instancePath: instancePath + "/bypass", schemaPath: "#/properties/bypass/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
          }
        if (data92.max_duration !== void 0) {
          let data93 = data92.max_duration;
          if (typeof data93 == "string") {
            if (!pattern2.test(data93)) {
              let err137 = { instancePath: instancePath + "/bypass/max_duration", schemaPath: "#/properties/bypass/properties/max_duration/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9][0-9]*[smhd])+$" }, message: 'must match pattern "^(?:[1-9][0-9]*[smhd])+$"' };
              vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
            }
          } else {
            let err138 = { instancePath: instancePath + "/bypass/max_duration", schemaPath: "#/properties/bypass/properties/max_duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
          }
        }
        if (data92.require_approver !== void 0 && typeof data92.require_approver != "boolean") {
          let err139 = { instancePath: instancePath + "/bypass/require_approver", schemaPath: "#/properties/bypass/properties/require_approver/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
        }
        if (data92.approvers !== void 0) {
          let data95 = data92.approvers;
          if (Array.isArray(data95)) {
            let len24 = data95.length;
            for (let i24 = 0; i24 < len24; i24++)
              if (typeof data95[i24] != "string") {
                let err140 = { instancePath: instancePath + "/bypass/approvers/" + i24, schemaPath: "#/properties/bypass/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
              }
          } else {
            let err141 = { instancePath: instancePath + "/bypass/approvers", schemaPath: "#/properties/bypass/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
          }
        }
      } else {
        let err142 = { instancePath: instancePath + "/bypass", schemaPath: "#/properties/bypass/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
      }
    }
    if (data.risk_tiers !== void 0) {
      let data97 = data.risk_tiers;
      if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
        for (let key20 in data97)
          if (!(key20 === "automatic" || key20 === "logged" || key20 === "approval" || key20 === "blocked")) {
            let err143 = { instancePath: instancePath + "/risk_tiers", schemaPath: "#/properties/risk_tiers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
          }
        if (data97.automatic !== void 0) {
          let data98 = data97.automatic;
          if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
            for (let key21 in data98)
              if (!(key21 === "files" || key21 === "commands" || key21 === "hosts" || key21 === "tools")) {
                let err144 = { instancePath: instancePath + "/risk_tiers/automatic", schemaPath: "#/properties/risk_tiers/properties/automatic/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
              }
            if (data98.files !== void 0) {
              let data99 = data98.files;
              if (Array.isArray(data99)) {
                let len25 = data99.length;
                for (let i25 = 0; i25 < len25; i25++)
                  if (typeof data99[i25] != "string") {
                    let err145 = { instancePath: instancePath + "/risk_tiers/automatic/files/" + i25, schemaPath: "#/properties/risk_tiers/properties/automatic/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
                  }
              } else {
                let err146 = { instancePath: instancePath + "/risk_tiers/automatic/files", schemaPath: "#/properties/risk_tiers/properties/automatic/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
              }
            }
            if (data98.commands !== void 0) {
              let data101 = data98.commands;
              if (Array.isArray(data101)) {
                let len26 = data101.length;
                for (let i26 = 0; i26 < len26; i26++)
                  if (typeof data101[i26] != "string") {
                    let err147 = { instancePath: instancePath + "/risk_tiers/automatic/commands/" + i26, schemaPath: "#/properties/risk_tiers/properties/automatic/properties/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
                  }
              } else {
                let err148 = { instancePath: instancePath + "/risk_tiers/automatic/commands", schemaPath: "#/properties/risk_tiers/properties/automatic/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
              }
            }
            if (data98.hosts !== void 0) {
              let data103 = data98.hosts;
              if (Array.isArray(data103)) {
                let len27 = data103.length;
                for (let i27 = 0; i27 < len27; i27++)
                  if (typeof data103[i27] != "string") {
                    let err149 = { instancePath: instancePath + "/risk_tiers/automatic/hosts/" + i27, schemaPath: "#/properties/risk_tiers/properties/automatic/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
                  }
              } else {
                let err150 = { instancePath: instancePath + "/risk_tiers/automatic/hosts", schemaPath: "#/properties/risk_tiers/properties/automatic/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
              }
            }
            if (data98.tools !== void 0) {
              let data105 = data98.tools;
              if (Array.isArray(data105)) {
                let len28 = data105.length;
                for (let i28 = 0; i28 < len28; i28++)
                  if (typeof data105[i28] != "string") {
                    let err151 = { instancePath: instancePath + "/risk_tiers/automatic/tools/" + i28, schemaPath: "#/properties/risk_tiers/properties/automatic/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
                  }
              } else {
                let err152 = { instancePath: instancePath + "/risk_tiers/automatic/tools", schemaPath: "#/properties/risk_tiers/properties/automatic/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
              }
            }
          } else {
            let err153 = { instancePath: instancePath + "/risk_tiers/automatic", schemaPath: "#/properties/risk_tiers/properties/automatic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
          }
        }
        if (data97.logged !== void 0) {
          let data107 = data97.logged;
          if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
            for (let key22 in data107)
              if (!(key22 === "files" || key22 === "commands" || key22 === "hosts" || key22 === "tools")) {
                let err154 = { instancePath: instancePath + "/risk_tiers/logged", schemaPath: "#/properties/risk_tiers/properties/logged/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
              }
            if (data107.files !== void 0) {
              let data108 = data107.files;
              if (Array.isArray(data108)) {
                let len29 = data108.length;
                for (let i29 = 0; i29 < len29; i29++)
                  if (typeof data108[i29] != "string") {
                    let err155 = { instancePath: instancePath + "/risk_tiers/logged/files/" + i29, schemaPath: "#/properties/risk_tiers/properties/logged/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
                  }
              } else {
                let err156 = { instancePath: instancePath + "/risk_tiers/logged/files", schemaPath: "#/properties/risk_tiers/properties/logged/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
              }
            }
            if (data107.commands !== void 0) {
              let data110 = data107.commands;
              if (Array.isArray(data110)) {
                let len30 = data110.length;
                for (let i30 = 0; i30 < len30; i30++)
                  if (typeof data110[i30] != "string") {
                    let err157 = { instancePath: instancePath + "/risk_tiers/logged/commands/" + i30, schemaPath: "#/properties/risk_tiers/properties/logged/properties/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
                  }
              } else {
                let err158 = { instancePath: instancePath + "/risk_tiers/logged/commands", schemaPath: "#/properties/risk_tiers/properties/logged/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
              }
            }
            if (data107.hosts !== void 0) {
              let data112 = data107.hosts;
              if (Array.isArray(data112)) {
                let len31 = data112.length;
                for (let i31 = 0; i31 < len31; i31++)
                  if (typeof data112[i31] != "string") {
                    let err159 = { instancePath: instancePath + "/risk_tiers/logged/hosts/" + i31, schemaPath: "#/properties/risk_tiers/properties/logged/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
                  }
              } else {
                let err160 = { instancePath: instancePath + "/risk_tiers/logged/hosts", schemaPath: "#/properties/risk_tiers/properties/logged/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
              }
            }
            if (data107.tools !== void 0) {
              let data114 = data107.tools;
              if (Array.isArray(data114)) {
                let len32 = data114.length;
                for (let i32 = 0; i32 < len32; i32++)
                  if (typeof data114[i32] != "string") {
                    let err161 = { instancePath: instancePath + "/risk_tiers/logged/tools/" + i32, schemaPath: "#/properties/risk_tiers/properties/logged/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
                  }
              } else {
                let err162 = { instancePath: instancePath + "/risk_tiers/logged/tools", schemaPath: "#/properties/risk_tiers/properties/logged/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
              }
            }
          } else {
            let err163 = { instancePath: instancePath + "/risk_tiers/logged", schemaPath: "#/properties/risk_tiers/properties/logged/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
          }
        }
        if (data97.approval !== void 0) {
          let data116 = data97.approval;
          if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
            for (let key23 in data116)
              if (!(key23 === "files" || key23 === "commands" || key23 === "hosts" || key23 === "tools")) {
                let err164 = { instancePath: instancePath + "/risk_tiers/approval", schemaPath: "#/properties/risk_tiers/properties/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
              }
            if (data116.files !== void 0) {
              let data117 = data116.files;
              if (Array.isArray(data117)) {
                let len33 = data117.length;
                for (let i33 = 0; i33 < len33; i33++)
                  if (typeof data117[i33] != "string") {
                    let err165 = { instancePath: instancePath + "/risk_tiers/approval/files/" + i33, schemaPath: "#/properties/risk_tiers/properties/approval/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
                  }
              } else {
                let err166 = { instancePath: instancePath + "/risk_tiers/approval/files", schemaPath: "#/properties/risk_tiers/properties/approval/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
              }
            }
            if (data116.commands !== void 0) {
              let data119 = data116.commands;
              if (Array.isArray(data119)) {
                let len34 = data119.length;
                for (let i34 = 0; i34 < len34; i34++)
                  if (typeof data119[i34] != "string") {
                    let err167 = { instancePath: instancePath + "/risk_tiers/approval/commands/" + i34, schemaPath: "#/properties/risk_tiers/properties/approval/properties/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
                  }
              } else {
                let err168 = { instancePath: instancePath + "/risk_tiers/approval/commands", schemaPath: "#/properties/risk_tiers/properties/approval/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
              }
            }
            if (data116.hosts !== void 0) {
              let data121 = data116.hosts;
              if (Array.isArray(data121)) {
                let len35 = data121.length;
                for (let i35 = 0; i35 < len35; i35++)
                  if (typeof data121[i35] != "string") {
                    let err169 = { instancePath: instancePath + "/risk_tiers/approval/hosts/" + i35, schemaPath: "#/properties/risk_tiers/properties/approval/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
                  }
              } else {
                let err170 = { instancePath: instancePath + "/risk_tiers/approval/hosts", schemaPath: "#/properties/risk_tiers/properties/approval/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
              }
            }
            if (data116.tools !== void 0) {
              let data123 = data116.tools;
              if (Array.isArray(data123)) {
                let len36 = data123.length;
                for (let i36 = 0; i36 < len36; i36++)
                  if (typeof data123[i36] != "string") {
                    let err171 = { instancePath: instancePath + "/risk_tiers/approval/tools/" + i36, schemaPath: "#/properties/risk_tiers/properties/approval/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
                  }
              } else {
                let err172 = { instancePath: instancePath + "/risk_tiers/approval/tools", schemaPath: "#/properties/risk_tiers/properties/approval/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
              }
            }
          } else {
            let err173 = { instancePath: instancePath + "/risk_tiers/approval", schemaPath: "#/properties/risk_tiers/properties/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
          }
        }
        if (data97.blocked !== void 0) {
          let data125 = data97.blocked;
          if (data125 && typeof data125 == "object" && !Array.isArray(data125)) {
            for (let key24 in data125)
              if (!(key24 === "files" || key24 === "commands" || key24 === "hosts" || key24 === "tools")) {
                let err174 = { instancePath: instancePath + "/risk_tiers/blocked", schemaPath: "#/properties/risk_tiers/properties/blocked/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
              }
            if (data125.files !== void 0) {
              let data126 = data125.files;
              if (Array.isArray(data126)) {
                let len37 = data126.length;
                for (let i37 = 0; i37 < len37; i37++)
                  if (typeof data126[i37] != "string") {
                    let err175 = { instancePath: instancePath + "/risk_tiers/blocked/files/" + i37, schemaPath: "#/properties/risk_tiers/properties/blocked/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
                  }
              } else {
                let err176 = { instancePath: instancePath + "/risk_tiers/blocked/files", schemaPath: "#/properties/risk_tiers/properties/blocked/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
              }
            }
            if (data125.commands !== void 0) {
              let data128 = data125.commands;
              if (Array.isArray(data128)) {
                let len38 = data128.length;
                for (let i38 = 0; i38 < len38; i38++)
                  if (typeof data128[i38] != "string") {
                    let err177 = { instancePath: instancePath + "/risk_tiers/blocked/commands/" + i38, schemaPath: "#/properties/risk_tiers/properties/blocked/properties/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
                  }
              } else {
                let err178 = { instancePath: instancePath + "/risk_tiers/blocked/commands", schemaPath: "#/properties/risk_tiers/properties/blocked/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
              }
            }
            if (data125.hosts !== void 0) {
              let data130 = data125.hosts;
              if (Array.isArray(data130)) {
                let len39 = data130.length;
                for (let i39 = 0; i39 < len39; i39++)
                  if (typeof data130[i39] != "string") {
                    let err179 = { instancePath: instancePath + "/risk_tiers/blocked/hosts/" + i39, schemaPath: "#/properties/risk_tiers/properties/blocked/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
                  }
              } else {
                let err180 = { instancePath: instancePath + "/risk_tiers/blocked/hosts", schemaPath: "#/properties/risk_tiers/properties/blocked/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
              }
            }
            if (data125.tools !== void 0) {
              let data132 = data125.tools;
              if (Array.isArray(data132)) {
                let len40 = data132.length;
                for (let i40 = 0; i40 < len40; i40++)
                  if (typeof data132[i40] != "string") {
                    let err181 = { instancePath: instancePath + "/risk_tiers/blocked/tools/" + i40, schemaPath: "#/properties/risk_tiers/properties/blocked/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
                  }
              } else {
                let err182 = { instancePath: instancePath + "/risk_tiers/blocked/tools", schemaPath: "#/properties/risk_tiers/properties/blocked/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
              }
            }
          } else {
            let err183 = { instancePath: instancePath + "/risk_tiers/blocked", schemaPath: "#/properties/risk_tiers/properties/blocked/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
          }
        }
      } else {
        let err184 = { instancePath: instancePath + "/risk_tiers", schemaPath: "#/properties/risk_tiers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
      }
    }
    if (data.budgets !== void 0) {
      let data134 = data.budgets;
      if (data134 && typeof data134 == "object" && !Array.isArray(data134)) {
        for (let key25 in data134)
          if (!(key25 === "max_files_per_pr" || key25 === "max_files_per_session" || key25 === "max_commands_per_session" || key25 === "max_tokens_per_session" || key25 === "max_tokens_per_day" || key25 === "max_cost_usd_per_session" || key25 === "alert_threshold")) {
            let err185 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
          }
        if (data134.max_files_per_pr !== void 0) {
          let data135 = data134.max_files_per_pr;
          if (!(typeof data135 == "number" && !(data135 % 1) && !isNaN(data135) && isFinite(data135))) {
            let err186 = { instancePath: instancePath + "/budgets/max_files_per_pr", schemaPath: "#/properties/budgets/properties/max_files_per_pr/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
          }
          if (typeof data135 == "number" && isFinite(data135) && (data135 < 1 || isNaN(data135))) {
            let err187 = { instancePath: instancePath + "/budgets/max_files_per_pr", schemaPath: "#/properties/budgets/properties/max_files_per_pr/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
          }
        }
        if (data134.max_files_per_session !== void 0) {
          let data136 = data134.max_files_per_session;
          if (!(typeof data136 == "number" && !(data136 % 1) && !isNaN(data136) && isFinite(data136))) {
            let err188 = { instancePath: instancePath + "/budgets/max_files_per_session", schemaPath: "#/properties/budgets/properties/max_files_per_session/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
          }
          if (typeof data136 == "number" && isFinite(data136) && (data136 < 1 || isNaN(data136))) {
            let err189 = { instancePath: instancePath + "/budgets/max_files_per_session", schemaPath: "#/properties/budgets/properties/max_files_per_session/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
          }
        }
        if (data134.max_commands_per_session !== void 0) {
          let data137 = data134.max_commands_per_session;
          if (!(typeof data137 == "number" && !(data137 % 1) && !isNaN(data137) && isFinite(data137))) {
            let err190 = { instancePath: instancePath + "/budgets/max_commands_per_session", schemaPath: "#/properties/budgets/properties/max_commands_per_session/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
          }
          if (typeof data137 == "number" && isFinite(data137) && (data137 < 1 || isNaN(data137))) {
            let err191 = { instancePath: instancePath + "/budgets/max_commands_per_session", schemaPath: "#/properties/budgets/properties/max_commands_per_session/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
          }
        }
        if (data134.max_tokens_per_session !== void 0) {
          let data138 = data134.max_tokens_per_session;
          if (!(typeof data138 == "number" && !(data138 % 1) && !isNaN(data138) && isFinite(data138))) {
            let err192 = { instancePath: instancePath + "/budgets/max_tokens_per_session", schemaPath: "#/properties/budgets/properties/max_tokens_per_session/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
          }
          if (typeof data138 == "number" && isFinite(data138) && (data138 < 1 || isNaN(data138))) {
            let err193 = { instancePath: instancePath + "/budgets/max_tokens_per_session", schemaPath: "#/properties/budgets/properties/max_tokens_per_session/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
          }
        }
        if (data134.max_tokens_per_day !== void 0) {
          let data139 = data134.max_tokens_per_day;
          if (!(typeof data139 == "number" && !(data139 % 1) && !isNaN(data139) && isFinite(data139))) {
            let err194 = { instancePath: instancePath + "/budgets/max_tokens_per_day", schemaPath: "#/properties/budgets/properties/max_tokens_per_day/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
          }
          if (typeof data139 == "number" && isFinite(data139) && (data139 < 1 || isNaN(data139))) {
            let err195 = { instancePath: instancePath + "/budgets/max_tokens_per_day", schemaPath: "#/properties/budgets/properties/max_tokens_per_day/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
          }
        }
        if (data134.max_cost_usd_per_session !== void 0) {
          let data140 = data134.max_cost_usd_per_session;
          if (typeof data140 == "number" && isFinite(data140)) {
            if (data140 <= 0 || isNaN(data140)) {
              let err196 = { instancePath: instancePath + "/budgets/max_cost_usd_per_session", schemaPath: "#/properties/budgets/properties/max_cost_usd_per_session/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
            }
          } else {
            let err197 = { instancePath: instancePath + "/budgets/max_cost_usd_per_session", schemaPath: "#/properties/budgets/properties/max_cost_usd_per_session/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
          }
        }
        if (data134.alert_threshold !== void 0) {
          let data141 = data134.alert_threshold;
          if (typeof data141 == "number" && isFinite(data141)) {
            if (data141 > 1 || isNaN(data141)) {
              let err198 = { instancePath: instancePath + "/budgets/alert_threshold", schemaPath: "#/properties/budgets/properties/alert_threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
            }
            if (data141 <= 0 || isNaN(data141)) {
              let err199 = { instancePath: instancePath + "/budgets/alert_threshold", schemaPath: "#/properties/budgets/properties/alert_threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
            }
          } else {
            let err200 = { instancePath: instancePath + "/budgets/alert_threshold", schemaPath: "#/properties/budgets/properties/alert_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
          }
        }
      } else {
        let err201 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
      }
    }
    if (data.agent_detection !== void 0) {
      let data142 = data.agent_detection;
      if (data142 && typeof data142 == "object" && !Array.isArray(data142)) {
        for (let key26 in data142)
          if (!(key26 === "logins" || key26 === "emails" || key26 === "branch_prefixes" || key26 === "threshold" || key26 === "env" || key26 === "builtin_env")) {
            let err202 = { instancePath: instancePath + "/agent_detection", schemaPath: "#/properties/agent_detection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
          }
        if (data142.logins !== void 0) {
          let data143 = data142.logins;
          if (Array.isArray(data143)) {
            let len41 = data143.length;
            for (let i41 = 0; i41 < len41; i41++) {
              let data144 = data143[i41];
              if (typeof data144 != "string" && !(data144 && typeof data144 == "object" && !Array.isArray(data144))) {
                let err203 = { instancePath: instancePath + "/agent_detection/logins/" + i41, schemaPath: "#/properties/agent_detection/properties/logins/items/type", keyword: "type", params: { type: schema13.properties.agent_detection.properties.logins.items.type }, message: "must be string,object" };
                vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
              }
              if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                if (data144.login === void 0) {
                  let err204 = { instancePath: instancePath + "/agent_detection/logins/" + i41, schemaPath: "#/properties/agent_detection/properties/logins/items/required", keyword: "required", params: { missingProperty: "login" }, message: "must have required property 'login'" };
                  vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
                }
                for (let key27 in data144)
                  if (!(key27 === "login" || key27 === "agent")) {
                    let err205 = { instancePath: instancePath + "/agent_detection/logins/" + i41, schemaPath: "#/properties/agent_detection/properties/logins/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
                  }
                if (data144.login !== void 0 && typeof data144.login != "string") {
                  let err206 = { instancePath: instancePath + "/agent_detection/logins/" + i41 + "/login", schemaPath: "#/properties/agent_detection/properties/logins/items/properties/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
                }
                if (data144.agent !== void 0 && typeof data144.agent != "string") {
                  let err207 = { instancePath: instancePath + "/agent_detection/logins/" + i41 + "/agent", schemaPath: "#/properties/agent_detection/properties/logins/items/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
                }
              }
            }
          } else {
            let err208 = { instancePath: instancePath + "/agent_detection/logins", schemaPath: "#/properties/agent_detection/properties/logins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
          }
        }
        if (data142.emails !== void 0) {
          let data147 = data142.emails;
          if (Array.isArray(data147)) {
            let len42 = data147.length;
            for (let i42 = 0; i42 < len42; i42++) {
              let data148 = data147[i42];
              if (typeof data148 != "string" && !(data148 && typeof data148 == "object" && !Array.isArray(data148))) {
                let err209 = { instancePath: instancePath + "/agent_detection/emails/" + i42, schemaPath: "#/properties/agent_detection/properties/emails/items/type", keyword: "type", params: { type: schema13.properties.agent_detection.properties.emails.items.type }, message: "must be string,object" };
                vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++;
              }
              if (data148 && typeof data148 == "object" && !Array.isArray(data148)) {
                if (data148.email === void 0) {
                  let err210 = { instancePath: instancePath + "/agent_detection/emails/" + i42, schemaPath: "#/properties/agent_detection/properties/emails/items/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property 'email'" };
                  vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
                }
                for (let key28 in data148)
                  if (!(key28 === "email" || key28 === "agent")) {
                    let err211 = { instancePath: instancePath + "/agent_detection/emails/" + i42, schemaPath: "#/properties/agent_detection/properties/emails/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
                  }
                if (data148.email !== void 0 && typeof data148.email != "string") {
                  let err212 = { instancePath: instancePath + "/agent_detection/emails/" + i42 + "/email", schemaPath: "#/properties/agent_detection/properties/emails/items/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
                }
                if (data148.agent !== void 0 && typeof data148.agent != "string") {
                  let err213 = { instancePath: instancePath + "/agent_detection/emails/" + i42 + "/agent", schemaPath: "#/properties/agent_detection/properties/emails/items/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
                }
              }
            }
          } else {
            let err214 = { instancePath: instancePath + "/agent_detection/emails", schemaPath: "#/properties/agent_detection/properties/emails/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
          }
        }
        if (data142.branch_prefixes !== void 0) {
          let data151 = data142.branch_prefixes;
          if (Array.isArray(data151)) {
            let len43 = data151.length;
            for (let i43 = 0; i43 < len43; i43++) {
              let data152 = data151[i43];
              if (typeof data152 != "string" && !(data152 && typeof data152 == "object" && !Array.isArray(data152))) {
                let err215 = { instancePath: instancePath + "/agent_detection/branch_prefixes/" + i43, schemaPath: "#/properties/agent_detection/properties/branch_prefixes/items/type", keyword: "type", params: { type: schema13.properties.agent_detection.properties.branch_prefixes.items.type }, message: "must be string,object" };
                vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
              }
              if (data152 && typeof data152 == "object" && !Array.isArray(data152)) {
                if (data152.prefix === void 0) {
                  let err216 = { instancePath: instancePath + "/agent_detection/branch_prefixes/" + i43, schemaPath: "#/properties/agent_detection/properties/branch_prefixes/items/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property 'prefix'" };
                  vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
                }
                for (let key29 in data152)
                  if (!(key29 === "prefix" || key29 === "agent")) {
                    let err217 = { instancePath: instancePath + "/agent_detection/branch_prefixes/" + i43, schemaPath: "#/properties/agent_detection/properties/branch_prefixes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
                  }
                if (data152.prefix !== void 0 && typeof data152.prefix != "string") {
                  let err218 = { instancePath: instancePath + "/agent_detection/branch_prefixes/" + i43 + "/prefix", schemaPath: "#/properties/agent_detection/properties/branch_prefixes/items/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err218] : vErrors.push(err218), errors++;
                }
                if (data152.agent !== void 0 && typeof data152.agent != "string") {
                  let err219 = { instancePath: instancePath + "/agent_detection/branch_prefixes/" + i43 + "/agent", schemaPath: "#/properties/agent_detection/properties/branch_prefixes/items/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err219] : vErrors.push(err219), errors++;
                }
              }
            }
          } else {
            let err220 = { instancePath: instancePath + "/agent_detection/branch_prefixes", schemaPath: "#/properties/agent_detection/properties/branch_prefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err220] : vErrors.push(err220), errors++;
          }
        }
        if (data142.threshold !== void 0) {
          let data155 = data142.threshold;
          if (typeof data155 != "string") {
            let err221 = { instancePath: instancePath + "/agent_detection/threshold", schemaPath: "#/properties/agent_detection/properties/threshold/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err221] : vErrors.push(err221), errors++;
          }
          if (!(data155 === "strong" || data155 === "medium" || data155 === "weak")) {
            let err222 = { instancePath: instancePath + "/agent_detection/threshold", schemaPath: "#/properties/agent_detection/properties/threshold/enum", keyword: "enum", params: { allowedValues: schema13.properties.agent_detection.properties.threshold.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err222] : vErrors.push(err222), errors++;
          }
        }
        if (data142.env !== void 0) {
          let data156 = data142.env;
          if (Array.isArray(data156)) {
            let len44 = data156.length;
            for (let i44 = 0; i44 < len44; i44++) {
              let data157 = data156[i44];
              if (typeof data157 != "string" && !(data157 && typeof data157 == "object" && !Array.isArray(data157))) {
                let err223 = { instancePath: instancePath + "/agent_detection/env/" + i44, schemaPath: "#/properties/agent_detection/properties/env/items/type", keyword: "type", params: { type: schema13.properties.agent_detection.properties.env.items.type }, message: "must be string,object" };
                vErrors === null ? vErrors = [err223] : vErrors.push(err223), errors++;
              }
              if (data157 && typeof data157 == "object" && !Array.isArray(data157)) {
                if (data157.name === void 0) {
                  let err224 = { instancePath: instancePath + "/agent_detection/env/" + i44, schemaPath: "#/properties/agent_detection/properties/env/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  vErrors === null ? vErrors = [err224] : vErrors.push(err224), errors++;
                }
                for (let key30 in data157)
                  if (!(key30 === "name" || key30 === "value" || key30 === "agent")) {
                    let err225 = { instancePath: instancePath + "/agent_detection/env/" + i44, schemaPath: "#/properties/agent_detection/properties/env/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err225] : vErrors.push(err225), errors++;
                  }
                if (data157.name !== void 0 && typeof data157.name != "string") {
                  let err226 = { instancePath: instancePath + "/agent_detection/env/" + i44 + "/name", schemaPath: "#/properties/agent_detection/properties/env/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err226] : vErrors.push(err226), errors++;
                }
                if (data157.value !== void 0 && typeof data157.value != "string") {
                  let err227 = { instancePath: instancePath + "/agent_detection/env/" + i44 + "/value", schemaPath: "#/properties/agent_detection/properties/env/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err227] : vErrors.push(err227), errors++;
                }
                if (data157.agent !== void 0 && typeof data157.agent != "string") {
                  let err228 = { instancePath: instancePath + "/agent_detection/env/" + i44 + "/agent", schemaPath: "#/properties/agent_detection/properties/env/items/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err228] : vErrors.push(err228), errors++;
                }
              }
            }
          } else {
            let err229 = { instancePath: instancePath + "/agent_detection/env", schemaPath: "#/properties/agent_detection/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err229] : vErrors.push(err229), errors++;
          }
        }
        if (data142.builtin_env !== void 0 && typeof data142.builtin_env != "boolean") {
          let err230 = { instancePath: instancePath + "/agent_detection/builtin_env", schemaPath: "#/properties/agent_detection/properties/builtin_env/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err230] : vErrors.push(err230), errors++;
        }
      } else {
        let err231 = { instancePath: instancePath + "/agent_detection", schemaPath: "#/properties/agent_detection/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err231] : vErrors.push(err231), errors++;
      }
    }
  } else {
    let err232 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err232] : vErrors.push(err232), errors++;
  }
  return validate12.errors = vErrors, errors === 0;
}
var override_2 = validate13, schema14 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-override-2.schema.json", type: "object", additionalProperties: !1, properties: { version: { type: "string" }, permissions: { type: "object", additionalProperties: !1, properties: { filesystem: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } }, opaque: { type: "string", enum: ["allow", "ask", "deny"] } } }, network: { type: "object", additionalProperties: !1, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, tools: { type: "object", additionalProperties: !1, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } } } }, constraints: { type: "object", additionalProperties: !1, properties: { max_files_per_action: { type: "integer", minimum: 1 }, require_human_approval: { type: "array", items: { type: "object", additionalProperties: !1, properties: { file_pattern: { type: "string" }, command_pattern: { type: "string" }, host_pattern: { type: "string" }, tool_pattern: { type: "string" }, reason: { type: "string" } }, oneOf: [{ required: ["file_pattern"] }, { required: ["command_pattern"] }, { required: ["host_pattern"] }, { required: ["tool_pattern"] }] } } } } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "permissions" || key0 === "constraints")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.version !== void 0 && typeof data.version != "string") {
      let err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.permissions !== void 0) {
      let data1 = data.permissions;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (let key1 in data1)
          if (!(key1 === "filesystem" || key1 === "commands" || key1 === "network" || key1 === "tools")) {
            let err2 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
          }
        if (data1.filesystem !== void 0) {
          let data2 = data1.filesystem;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (let key2 in data2)
              if (!(key2 === "allow" || key2 === "deny")) {
                let err3 = { instancePath: instancePath + "/permissions/filesystem", schemaPath: "#/properties/permissions/properties/filesystem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
              }
            if (data2.allow !== void 0) {
              let data3 = data2.allow;
              if (Array.isArray(data3)) {
                let len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++)
                  if (typeof data3[i0] != "string") {
                    let err4 = { instancePath: instancePath + "/permissions/filesystem/allow/" + i0, schemaPath: "#/properties/permissions/properties/filesystem/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                  }
              } else {
                let err5 = { instancePath: instancePath + "/permissions/filesystem/allow", schemaPath: "#/properties/permissions/properties/filesystem/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
              }
            }
            if (data2.deny !== void 0) {
              let data5 = data2.deny;
              if (Array.isArray(data5)) {
                let len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++)
                  if (typeof data5[i1] != "string") {
                    let err6 = { instancePath: instancePath + "/permissions/filesystem/deny/" + i1, schemaPath: "#/properties/permissions/properties/filesystem/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                  }
              } else {
                let err7 = { instancePath: instancePath + "/permissions/filesystem/deny", schemaPath: "#/properties/permissions/properties/filesystem/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
              }
            }
          } else {
            let err8 = { instancePath: instancePath + "/permissions/filesystem", schemaPath: "#/properties/permissions/properties/filesystem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
        if (data1.commands !== void 0) {
          let data7 = data1.commands;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (let key3 in data7)
              if (!(key3 === "allow" || key3 === "deny" || key3 === "opaque")) {
                let err9 = { instancePath: instancePath + "/permissions/commands", schemaPath: "#/properties/permissions/properties/commands/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            if (data7.allow !== void 0) {
              let data8 = data7.allow;
              if (Array.isArray(data8)) {
                let len2 = data8.length;
                for (let i2 = 0; i2 < len2; i2++)
                  if (typeof data8[i2] != "string") {
                    let err10 = { instancePath: instancePath + "/permissions/commands/allow/" + i2, schemaPath: "#/properties/permissions/properties/commands/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                  }
              } else {
                let err11 = { instancePath: instancePath + "/permissions/commands/allow", schemaPath: "#/properties/permissions/properties/commands/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            }
            if (data7.deny !== void 0) {
              let data10 = data7.deny;
              if (Array.isArray(data10)) {
                let len3 = data10.length;
                for (let i3 = 0; i3 < len3; i3++)
                  if (typeof data10[i3] != "string") {
                    let err12 = { instancePath: instancePath + "/permissions/commands/deny/" + i3, schemaPath: "#/properties/permissions/properties/commands/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                  }
              } else {
                let err13 = { instancePath: instancePath + "/permissions/commands/deny", schemaPath: "#/properties/permissions/properties/commands/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            }
            if (data7.opaque !== void 0) {
              let data12 = data7.opaque;
              if (typeof data12 != "string") {
                let err14 = { instancePath: instancePath + "/permissions/commands/opaque", schemaPath: "#/properties/permissions/properties/commands/properties/opaque/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
              }
              if (!(data12 === "allow" || data12 === "ask" || data12 === "deny")) {
                let err15 = { instancePath: instancePath + "/permissions/commands/opaque", schemaPath: "#/properties/permissions/properties/commands/properties/opaque/enum", keyword: "enum", params: { allowedValues: schema14.properties.permissions.properties.commands.properties.opaque.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            }
          } else {
            let err16 = { instancePath: instancePath + "/permissions/commands", schemaPath: "#/properties/permissions/properties/commands/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
        if (data1.network !== void 0) {
          let data13 = data1.network;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (let key4 in data13)
              if (!(key4 === "allow_outbound" || key4 === "exceptions" || key4 === "deny")) {
                let err17 = { instancePath: instancePath + "/permissions/network", schemaPath: "#/properties/permissions/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            if (data13.allow_outbound !== void 0 && typeof data13.allow_outbound != "boolean") {
              let err18 = { instancePath: instancePath + "/permissions/network/allow_outbound", schemaPath: "#/properties/permissions/properties/network/properties/allow_outbound/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
            if (data13.exceptions !== void 0) {
              let data15 = data13.exceptions;
              if (Array.isArray(data15)) {
                let len4 = data15.length;
                for (let i4 = 0; i4 < len4; i4++)
                  if (typeof data15[i4] != "string") {
                    let err19 = { instancePath: instancePath + "/permissions/network/exceptions/" + i4, schemaPath: "#/properties/permissions/properties/network/properties/exceptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
              } else {
                let err20 = { instancePath: instancePath + "/permissions/network/exceptions", schemaPath: "#/properties/permissions/properties/network/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data13.deny !== void 0) {
              let data17 = data13.deny;
              if (Array.isArray(data17)) {
                let len5 = data17.length;
                for (let i5 = 0; i5 < len5; i5++)
                  if (typeof data17[i5] != "string") {
                    let err21 = { instancePath: instancePath + "/permissions/network/deny/" + i5, schemaPath: "#/properties/permissions/properties/network/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
              } else {
                let err22 = { instancePath: instancePath + "/permissions/network/deny", schemaPath: "#/properties/permissions/properties/network/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
            }
          } else {
            let err23 = { instancePath: instancePath + "/permissions/network", schemaPath: "#/properties/permissions/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
        if (data1.tools !== void 0) {
          let data19 = data1.tools;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            for (let key5 in data19)
              if (!(key5 === "allow" || key5 === "deny")) {
                let err24 = { instancePath: instancePath + "/permissions/tools", schemaPath: "#/properties/permissions/properties/tools/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            if (data19.allow !== void 0) {
              let data20 = data19.allow;
              if (Array.isArray(data20)) {
                let len6 = data20.length;
                for (let i6 = 0; i6 < len6; i6++)
                  if (typeof data20[i6] != "string") {
                    let err25 = { instancePath: instancePath + "/permissions/tools/allow/" + i6, schemaPath: "#/properties/permissions/properties/tools/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
              } else {
                let err26 = { instancePath: instancePath + "/permissions/tools/allow", schemaPath: "#/properties/permissions/properties/tools/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data19.deny !== void 0) {
              let data22 = data19.deny;
              if (Array.isArray(data22)) {
                let len7 = data22.length;
                for (let i7 = 0; i7 < len7; i7++)
                  if (typeof data22[i7] != "string") {
                    let err27 = { instancePath: instancePath + "/permissions/tools/deny/" + i7, schemaPath: "#/properties/permissions/properties/tools/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                  }
              } else {
                let err28 = { instancePath: instancePath + "/permissions/tools/deny", schemaPath: "#/properties/permissions/properties/tools/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            }
          } else {
            let err29 = { instancePath: instancePath + "/permissions/tools", schemaPath: "#/properties/permissions/properties/tools/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
      } else {
        let err30 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
      }
    }
    if (data.constraints !== void 0) {
      let data24 = data.constraints;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (let key6 in data24)
          if (!(key6 === "max_files_per_action" || key6 === "require_human_approval")) {
            let err31 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        if (data24.max_files_per_action !== void 0) {
          let data25 = data24.max_files_per_action;
          if (!(typeof data25 == "number" && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
            let err32 = { instancePath: instancePath + "/constraints/max_files_per_action", schemaPath: "#/properties/constraints/properties/max_files_per_action/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
          if (typeof data25 == "number" && isFinite(data25) && (data25 < 1 || isNaN(data25))) {
            let err33 = { instancePath: instancePath + "/constraints/max_files_per_action", schemaPath: "#/properties/constraints/properties/max_files_per_action/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
        if (data24.require_human_approval !== void 0) {
          let data26 = data24.require_human_approval;
          if (Array.isArray(data26)) {
            let len8 = data26.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data27 = data26[i8], _errs64 = errors, valid25 = !1, passing0 = null, _errs65 = errors;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27) && data27.file_pattern === void 0) {
                let err34 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/0/required", keyword: "required", params: { missingProperty: "file_pattern" }, message: "must have required property 'file_pattern'" };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
              var _valid0 = _errs65 === errors;
              _valid0 && (valid25 = !0, passing0 = 0);
              let _errs66 = errors;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27) && data27.command_pattern === void 0) {
                let err35 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "command_pattern" }, message: "must have required property 'command_pattern'" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
              var _valid0 = _errs66 === errors;
              if (_valid0 && valid25)
                valid25 = !1, passing0 = [passing0, 1];
              else {
                _valid0 && (valid25 = !0, passing0 = 1);
                let _errs67 = errors;
                if (data27 && typeof data27 == "object" && !Array.isArray(data27) && data27.host_pattern === void 0) {
                  let err36 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/2/required", keyword: "required", params: { missingProperty: "host_pattern" }, message: "must have required property 'host_pattern'" };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
                var _valid0 = _errs67 === errors;
                if (_valid0 && valid25)
                  valid25 = !1, passing0 = [passing0, 2];
                else {
                  _valid0 && (valid25 = !0, passing0 = 2);
                  let _errs68 = errors;
                  if (data27 && typeof data27 == "object" && !Array.isArray(data27) && data27.tool_pattern === void 0) {
                    let err37 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/3/required", keyword: "required", params: { missingProperty: "tool_pattern" }, message: "must have required property 'tool_pattern'" };
                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                  }
                  var _valid0 = _errs68 === errors;
                  _valid0 && valid25 ? (valid25 = !1, passing0 = [passing0, 3]) : _valid0 && (valid25 = !0, passing0 = 3);
                }
              }
              if (valid25)
                errors = _errs64, vErrors !== null && (_errs64 ? vErrors.length = _errs64 : vErrors = null);
              else {
                let err38 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                for (let key7 in data27)
                  if (!(key7 === "file_pattern" || key7 === "command_pattern" || key7 === "host_pattern" || key7 === "tool_pattern" || key7 === "reason")) {
                    let err39 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                  }
                if (data27.file_pattern !== void 0 && typeof data27.file_pattern != "string") {
                  let err40 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/file_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/file_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                }
                if (data27.command_pattern !== void 0 && typeof data27.command_pattern != "string") {
                  let err41 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/command_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/command_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                }
                if (data27.host_pattern !== void 0 && typeof data27.host_pattern != "string") {
                  let err42 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/host_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/host_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                }
                if (data27.tool_pattern !== void 0 && typeof data27.tool_pattern != "string") {
                  let err43 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/tool_pattern", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/tool_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                }
                if (data27.reason !== void 0 && typeof data27.reason != "string") {
                  let err44 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8 + "/reason", schemaPath: "#/properties/constraints/properties/require_human_approval/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
              } else {
                let err45 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            }
          } else {
            let err46 = { instancePath: instancePath + "/constraints/require_human_approval", schemaPath: "#/properties/constraints/properties/require_human_approval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
      } else {
        let err47 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
      }
    }
  } else {
    let err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
  }
  return validate13.errors = vErrors, errors === 0;
}
var meta = { root_1_0: { keys: { "#": ["version", "agent_id", "permissions", "constraints", "audit"], "#/properties/permissions": ["filesystem", "commands", "network"], "#/properties/permissions/properties/filesystem": ["allow", "deny"], "#/properties/permissions/properties/commands": ["allow", "deny"], "#/properties/permissions/properties/network": ["allow_outbound", "exceptions"], "#/properties/constraints": ["max_files_per_action", "require_human_approval"], "#/properties/constraints/properties/require_human_approval/items": ["file_pattern", "command_pattern"], "#/properties/audit": ["log_all_actions", "retention_days", "alert_on_deny"] }, messages: { "#/properties/constraints/properties/require_human_approval/items": "must name exactly one of file_pattern, command_pattern" } }, root_2_0: { keys: { "#": ["version", "schema_url", "agent_id", "default_permissions", "constraints", "audit", "exceptions", "agents", "git", "bypass"], "#/properties/default_permissions": ["filesystem", "commands", "network", "tools"], "#/properties/default_permissions/properties/filesystem": ["allow", "deny"], "#/properties/default_permissions/properties/commands": ["allow", "deny", "opaque"], "#/properties/default_permissions/properties/network": ["allow_outbound", "exceptions", "deny"], "#/properties/default_permissions/properties/tools": ["allow", "deny"], "#/properties/constraints": ["max_files_per_action", "require_human_approval"], "#/properties/constraints/properties/require_human_approval/items": ["file_pattern", "command_pattern", "host_pattern", "tool_pattern", "reason"], "#/properties/audit": ["log_all_actions", "retention_days", "alert_on_deny", "log_dir"], "#/properties/exceptions/items": ["pattern", "reason", "overrides"], "#/properties/agents/items": ["id", "description", "trust_level", "permissions", "git"], "#/properties/agents/items/properties/permissions": ["filesystem", "commands", "network", "tools"], "#/properties/agents/items/properties/permissions/properties/filesystem": ["allow", "deny"], "#/properties/agents/items/properties/permissions/properties/commands": ["allow", "deny", "opaque"], "#/properties/agents/items/properties/permissions/properties/network": ["allow_outbound", "exceptions", "deny"], "#/properties/agents/items/properties/permissions/properties/tools": ["allow", "deny"], "#/properties/agents/items/properties/git": ["protected_branches", "allowed_branch_prefixes"], "#/properties/git": ["protected_branches", "allowed_branch_prefixes"], "#/properties/bypass": ["max_duration", "require_approver", "approvers"] }, messages: { "#/properties/constraints/properties/require_human_approval/items": "must name exactly one of file_pattern, command_pattern, host_pattern, tool_pattern", "#/properties/exceptions/items/properties/reason": "must not be empty", "#/properties/agents/items/properties/id": "must be an id of letters, digits and . _ @ / - (starting with a letter or digit)", "#/properties/bypass/properties/max_duration": 'must be a duration such as "30m", "2h", "1d" or "1h30m"' } }, root_2_1: { keys: { "#": ["version", "schema_url", "agent_id", "default_permissions", "constraints", "audit", "exceptions", "agents", "git", "bypass", "risk_tiers", "budgets", "agent_detection"], "#/properties/default_permissions": ["filesystem", "commands", "network", "tools"], "#/properties/default_permissions/properties/filesystem": ["allow", "deny"], "#/properties/default_permissions/properties/commands": ["allow", "deny", "opaque"], "#/properties/default_permissions/properties/network": ["allow_outbound", "exceptions", "deny"], "#/properties/default_permissions/properties/tools": ["allow", "deny"], "#/properties/constraints": ["max_files_per_action", "require_human_approval"], "#/properties/constraints/properties/require_human_approval/items": ["file_pattern", "command_pattern", "host_pattern", "tool_pattern", "reason"], "#/properties/audit": ["log_all_actions", "retention_days", "alert_on_deny", "log_dir"], "#/properties/exceptions/items": ["pattern", "reason", "overrides"], "#/properties/agents/items": ["id", "description", "trust_level", "permissions", "git", "budgets"], "#/properties/agents/items/properties/permissions": ["filesystem", "commands", "network", "tools"], "#/properties/agents/items/properties/permissions/properties/filesystem": ["allow", "deny"], "#/properties/agents/items/properties/permissions/properties/commands": ["allow", "deny", "opaque"], "#/properties/agents/items/properties/permissions/properties/network": ["allow_outbound", "exceptions", "deny"], "#/properties/agents/items/properties/permissions/properties/tools": ["allow", "deny"], "#/properties/agents/items/properties/git": ["protected_branches", "allowed_branch_prefixes"], "#/properties/agents/items/properties/budgets": ["max_files_per_pr", "max_files_per_session", "max_commands_per_session", "max_tokens_per_session", "max_tokens_per_day", "max_cost_usd_per_session", "alert_threshold"], "#/properties/git": ["protected_branches", "allowed_branch_prefixes"], "#/properties/bypass": ["max_duration", "require_approver", "approvers"], "#/properties/risk_tiers": ["automatic", "logged", "approval", "blocked"], "#/properties/risk_tiers/properties/automatic": ["files", "commands", "hosts", "tools"], "#/properties/risk_tiers/properties/logged": ["files", "commands", "hosts", "tools"], "#/properties/risk_tiers/properties/approval": ["files", "commands", "hosts", "tools"], "#/properties/risk_tiers/properties/blocked": ["files", "commands", "hosts", "tools"], "#/properties/budgets": ["max_files_per_pr", "max_files_per_session", "max_commands_per_session", "max_tokens_per_session", "max_tokens_per_day", "max_cost_usd_per_session", "alert_threshold"], "#/properties/agent_detection": ["logins", "emails", "branch_prefixes", "threshold", "env", "builtin_env"], "#/properties/agent_detection/properties/logins/items": ["login", "agent"], "#/properties/agent_detection/properties/emails/items": ["email", "agent"], "#/properties/agent_detection/properties/branch_prefixes/items": ["prefix", "agent"], "#/properties/agent_detection/properties/env/items": ["name", "value", "agent"] }, messages: { "#/properties/constraints/properties/require_human_approval/items": "must name exactly one of file_pattern, command_pattern, host_pattern, tool_pattern", "#/properties/exceptions/items/properties/reason": "must not be empty", "#/properties/agents/items/properties/id": "must be an id of letters, digits and . _ @ / - (starting with a letter or digit)", "#/properties/bypass/properties/max_duration": 'must be a duration such as "30m", "2h", "1d" or "1h30m"' } }, override_2: { keys: { "#": ["version", "permissions", "constraints"], "#/properties/permissions": ["filesystem", "commands", "network", "tools"], "#/properties/permissions/properties/filesystem": ["allow", "deny"], "#/properties/permissions/properties/commands": ["allow", "deny", "opaque"], "#/properties/permissions/properties/network": ["allow_outbound", "exceptions", "deny"], "#/properties/permissions/properties/tools": ["allow", "deny"], "#/properties/constraints": ["max_files_per_action", "require_human_approval"], "#/properties/constraints/properties/require_human_approval/items": ["file_pattern", "command_pattern", "host_pattern", "tool_pattern", "reason"] }, messages: { "#/properties/constraints/properties/require_human_approval/items": "must name exactly one of file_pattern, command_pattern, host_pattern, tool_pattern" } } }, SCHEMA_BASE = "https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/";

// src/policy/validate.ts
var TYPE_WORDS = {
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "empty"
};
function gotText(value) {
  if (value == null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value == "object") return "mapping";
  if (typeof value == "string") {
    let v = value.length > 40 ? value.slice(0, 37) + "..." : value;
    return `string ${JSON.stringify(v)}`;
  }
  return typeof value;
}
function valueAt(data, pointer) {
  let cur = data;
  for (let seg of pointerSegments(pointer)) {
    if (cur === null || typeof cur != "object") return;
    cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : void 0;
  }
  return cur;
}
var parentSchemaPath = (schemaPath) => schemaPath.slice(0, schemaPath.lastIndexOf("/")), ROOT_KEYS_BY_VERSION = [
  ["1.0", meta.root_1_0.keys["#"] ?? []],
  ["2.0", meta.root_2_0.keys["#"] ?? []],
  ["2.1", meta.root_2_1.keys["#"] ?? []]
], RENAMED = { default_permissions: "permissions", permissions: "default_permissions" };
function versionHint(key, version) {
  if (version?.startsWith("2.") && key === "permissions")
    return "In version 2.x the root policy calls it default_permissions.";
  if (version === "1.0" && key === "default_permissions")
    return 'Version 1.0 calls it permissions; default_permissions needs version "2.0" or later.';
  let other = ROOT_KEYS_BY_VERSION.find(([v, keys]) => v !== version && keys.includes(key));
  return other ? `${key} needs version "${other[0]}" or later (this file says "${version}").` : void 0;
}
function validateWithSchema(data, schema, ctx) {
  if (schema.validate(data)) return [];
  let errors = [...schema.validate.errors ?? []], branchPrefixes = errors.filter((e) => e.keyword === "oneOf").map((e) => e.schemaPath + "/"), typeWrong = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath)), meant = /* @__PURE__ */ new Set();
  for (let e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    let key = String(e.params.additionalProperty), target = suggest(key, schema.meta.keys[parentSchemaPath(e.schemaPath)] ?? []) ?? (Object.hasOwn(RENAMED, key) ? RENAMED[key] : void 0);
    target && meant.add(`${e.instancePath}|${target}`);
  }
  let unknownAt = new Set(errors.filter((e) => e.keyword === "additionalProperties").map((e) => e.instancePath)), seen = /* @__PURE__ */ new Set(), findings = [];
  for (let e of errors) {
    if (branchPrefixes.some((p) => e.schemaPath.startsWith(p)) || e.keyword !== "type" && typeWrong.has(e.instancePath) || e.keyword === "required" && meant.has(`${e.instancePath}|${String(e.params.missingProperty)}`) || e.keyword === "oneOf" && unknownAt.has(e.instancePath)) continue;
    let id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    seen.has(id) || (seen.add(id), findings.push(translate(e, data, schema, ctx)));
  }
  return findings;
}
function translate(e, data, schema, ctx) {
  let path = e.instancePath, where = displayPath(path), value = valueAt(data, path), place = (pointer, which) => {
    let s = ctx.positions.at(pointer, which);
    return { file: ctx.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
  }, head = (pointer) => {
    let s = ctx.positions.head(pointer);
    return { file: ctx.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
  }, msgAt = (suffix) => schema.meta.messages[parentSchemaPath(e.schemaPath) + suffix];
  switch (e.keyword) {
    case "additionalProperties": {
      let key = String(e.params.additionalProperty), pointer = `${path}/${escapePointer(key)}`, allowed = schema.meta.keys[parentSchemaPath(e.schemaPath)] ?? [], near = suggest(key, allowed), vHint = path !== "" ? void 0 : ctx.root ? versionHint(key, ctx.version) : key === "default_permissions" ? "Overrides call it permissions (they apply to their directory only)." : void 0;
      return {
        ruleId: "unknown-key",
        severity: "error",
        message: `unknown key "${key}"${path ? ` in ${where}` : ""}${near ? `; did you mean "${near}"?` : ""}`,
        hint: vHint ?? (near ? `Rename it to ${near}.` : `Allowed here: ${allowed.join(", ")}.`),
        ...place(pointer, "key"),
        data: { key, suggestion: near, allowed }
      };
    }
    case "required": {
      let key = String(e.params.missingProperty);
      return {
        ruleId: "missing-key",
        severity: "error",
        message: `${path ? where : "the policy"} is missing the required key "${key}"`,
        hint: `Add ${key}: \u2026 ${path ? `to ${where}` : "at the top level"}.`,
        ...head(path),
        data: { key }
      };
    }
    case "type": {
      let expected = String(e.params.type).split(",").map((t) => TYPE_WORDS[t] ?? t).join(" or "), hint = `Write ${expected} here.`;
      return typeof value == "string" && (e.params.type === "boolean" || e.params.type === "integer" || e.params.type === "number") ? hint = scalarHint(value, e.params.type) : e.params.type === "array" && typeof value == "string" && (hint = `Write a list: ${pointerSegments(path).pop() ?? "key"}: [${JSON.stringify(value)}]`), {
        ruleId: "invalid-type",
        severity: "error",
        message: `${where} must be ${expected} (got ${gotText(value)})`,
        hint,
        ...place(path, "value"),
        data: { expected: e.params.type }
      };
    }
    case "enum": {
      let allowed = e.params.allowedValues.map(String), near = typeof value == "string" ? suggest(value, allowed) : void 0;
      return {
        ruleId: "invalid-value",
        severity: "error",
        message: `${where} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")} (got ${gotText(value)})${near ? `; did you mean "${near}"?` : ""}`,
        hint: near ? `Write ${JSON.stringify(near)}.` : `Use one of: ${allowed.join(", ")}.`,
        ...place(path, "value"),
        data: { allowed }
      };
    }
    case "pattern": {
      let text = msgAt("") ?? `must match ${String(e.params.pattern)}`;
      return {
        ruleId: "invalid-value",
        severity: "error",
        message: `${where} ${text} (got ${gotText(value)})`,
        hint: text === "must not be empty" ? "Write a reason people can read in review." : `Change the value: it ${text}.`,
        ...place(path, "value")
      };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      let words = { minimum: "at least", maximum: "at most", exclusiveMinimum: "greater than", exclusiveMaximum: "less than" }[e.keyword];
      return {
        ruleId: "invalid-value",
        severity: "error",
        message: `${where} must be ${words} ${String(e.params.limit)} (got ${typeof value == "number" ? value : gotText(value)})`,
        hint: `Use a value ${words} ${String(e.params.limit)}.`,
        ...place(path, "value")
      };
    }
    case "oneOf": {
      let text = msgAt("") ?? "must match exactly one alternative", present = value && typeof value == "object" ? Object.keys(value).filter((k) => /_pattern$/.test(k)) : [], detail = present.length > 1 ? ` (it names ${present.join(" and ")})` : present.length === 0 ? " (it names none)" : "";
      return {
        ruleId: "invalid-value",
        severity: "error",
        message: `${where} ${text}${detail}`,
        hint: present.length > 1 ? "Split it into one rule per pattern." : "Add the pattern this rule is about.",
        ...place(path, "value")
      };
    }
    default:
      return {
        ruleId: "invalid-value",
        severity: "error",
        message: `${where} ${e.message ?? "is not valid"}`,
        ...place(path, "value")
      };
  }
}
function scalarHint(value, type) {
  return (type === "boolean" ? /^(true|false)$/i.test(value.trim()) : /^-?\d+(\.\d+)?$/.test(value.trim())) ? "Remove the quotes: YAML reads a quoted value as a string." : type === "boolean" ? /^(yes|no|on|off|y|n)$/i.test(value.trim()) ? `Write true or false: YAML 1.2 reads ${value} as a string.` : "Write true or false." : type === "integer" ? "Write a whole number." : "Write a number.";
}

// src/policy/versions.ts
var SCHEMA_BASE2 = SCHEMA_BASE, SUPPORTED_VERSIONS = ["1.0", "2.0", "2.1"], LATEST_VERSION = "2.1";
function isSupportedVersion(v) {
  return typeof v == "string" && SUPPORTED_VERSIONS.includes(v);
}
function majorOf(v) {
  return v.split(".")[0] ?? v;
}
var schemaFileName = (v) => `agent-policy-${v}.schema.json`, OVERRIDE_SCHEMA_FILE = "agent-policy-override-2.schema.json", schemaId = (v) => SCHEMA_BASE2 + schemaFileName(v);
function rootSchema(v) {
  let name = `root_${v.replace(".", "_")}`;
  return { name, validate: validators_exports[name], meta: meta[name] };
}
function overrideSchema() {
  return { name: "override_2", validate: override_2, meta: meta.override_2 };
}
function versionInSchemaUrl(url) {
  let path = url.split(/[?#]/)[0] ?? url;
  return (/agent-policy-(\d+\.\d+)\.schema\.json$/.exec(path) ?? /(?:^|\/)v(\d+\.\d+)\.json$/.exec(path) ?? /agent-policy-override-(\d+)\.schema\.json$/.exec(path))?.[1];
}
function versionList() {
  return SUPPORTED_VERSIONS.map((v) => `"${v}"`).join(", ");
}

// src/policy/check.ts
var isObj2 = (v) => v !== null && typeof v == "object" && !Array.isArray(v);
function checkPolicyText(text, opts) {
  let parsed = parseYaml(text, opts.file), findings = [...parsed.findings], result = { file: opts.file, kind: opts.kind, parsed, findings };
  if (parsed.data === void 0 && findings.some((f) => f.severity === "error")) return result;
  let place = (s) => ({ file: opts.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn }), contents = parsed.doc?.contents;
  if (contents == null || (0, import_yaml5.isScalar)(contents) && contents.value === null && (contents.source ?? "") === "")
    return findings.push({
      ruleId: "empty-policy",
      severity: "error",
      message: opts.kind === "root" ? "the policy file is empty" : "the override file is empty",
      hint: opts.kind === "root" ? `Start with version: "${LATEST_VERSION}" and default_permissions (agent-policy-lint init writes one).` : "Add permissions: for this directory, or delete the file.",
      file: opts.file,
      line: 1,
      column: 1
    }), result;
  if (!isObj2(parsed.data)) {
    let got = Array.isArray(parsed.data) ? "a list" : `a single value (${JSON.stringify(parsed.data)})`;
    return findings.push({
      ruleId: "non-mapping-root",
      severity: "error",
      message: `the ${opts.kind === "root" ? "policy" : "override"} must be a mapping of keys (version: \u2026, ${opts.kind === "root" ? "default_permissions" : "permissions"}: \u2026), not ${got}`,
      hint: "Write the settings as key: value lines at the top level.",
      ...place(parsed.positions.head(""))
    }), result;
  }
  let data = { ...parsed.data };
  result.data = data;
  let version = readVersion(data, parsed, opts, findings);
  if (opts.kind === "root" && version === void 0) return result;
  version !== void 0 && (data.version = version), result.version = version, opts.kind === "root" ? checkSchemaUrl(data, version, parsed, opts, findings) : version !== void 0 && opts.rootVersion !== void 0 && majorOf(version) !== majorOf(opts.rootVersion) && findings.push({
    ruleId: "version-mismatch",
    severity: "error",
    message: `override version "${version}" does not have the root policy's major version (root: "${opts.rootVersion}")`,
    hint: `Write version: "${opts.rootVersion}" or remove version from the override.`,
    ...place(parsed.positions.at("/version"))
  }), checkSchemaComment(parsed, opts, version, findings);
  let schema = opts.kind === "root" ? rootSchema(version) : overrideSchema();
  return findings.push(
    ...validateWithSchema(data, schema, { file: opts.file, positions: parsed.positions, version, root: opts.kind === "root" })
  ), findings.push(
    ...semanticChecks(data, {
      file: opts.file,
      text,
      positions: parsed.positions,
      rootDir: opts.rootDir,
      kind: opts.kind,
      version,
      isRepoEntry: opts.isRepoEntry,
      isAbsoluteEntry: opts.isAbsoluteEntry
    })
  ), result;
}
function readVersion(data, parsed, opts, findings) {
  let place = (s) => ({ file: opts.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn });
  if (!("version" in data)) {
    if (opts.kind === "override") return;
    findings.push({
      ruleId: "missing-version",
      severity: "error",
      message: `the policy does not say its version; supported versions: ${versionList()}`,
      hint: `Add version: "${LATEST_VERSION}" as the first line.`,
      ...place(parsed.positions.head(""))
    });
    return;
  }
  let v = data.version, span = parsed.positions.at("/version");
  if (typeof v == "number") {
    let node = parsed.positions.get("/version")?.node, raw = node?.range ? parsed.text.slice(node.range[0], node.range[1]) : String(v);
    if (isSupportedVersion(raw)) {
      let fix = { op: "set", pointer: "/version", value: raw, quote: !0 };
      return findings.push({
        ruleId: "unquoted-version",
        severity: "warning",
        message: `version ${raw} is written as a number; quote it: "${raw}"`,
        hint: `Write version: "${raw}" (agent-policy-lint --fix does it): YAML reads 2.10 as 2.1.`,
        ...place(span),
        fix
      }), raw;
    }
    v = raw;
  }
  if (isSupportedVersion(v)) return v;
  let got = typeof v == "string" ? JSON.stringify(v) : Array.isArray(v) ? "a list" : v === null ? "nothing" : typeof v, near = typeof v == "string" ? SUPPORTED_VERSIONS.find((s) => s === v.replace(/^v/i, "") || s === v.replace(/\.0$/, "") || s === `${v}.0`) : void 0;
  findings.push({
    ruleId: "unsupported-version",
    severity: "error",
    message: `unsupported policy version ${got}; supported versions: ${versionList()}${near ? `; did you mean "${near}"?` : ""}`,
    hint: `Write one of the supported versions, e.g. version: "${near ?? LATEST_VERSION}".`,
    ...place(span),
    data: { supported: [...SUPPORTED_VERSIONS] }
  });
}
function checkSchemaUrl(data, version, parsed, opts, findings) {
  if (typeof data.schema_url != "string") return;
  let named = versionInSchemaUrl(data.schema_url);
  if (named === version) return;
  let s = parsed.positions.at("/schema_url");
  findings.push({
    ruleId: "schema-url-mismatch",
    severity: "error",
    message: named ? `schema_url names version ${named}, but the policy says version "${version}"` : `schema_url does not name a policy schema version (expected one ending in agent-policy-${version}.schema.json or v${version}.json)`,
    hint: `Point schema_url at ${schemaId(version)}.`,
    file: opts.file,
    line: s.line,
    column: s.column,
    endLine: s.endLine,
    endColumn: s.endColumn
  });
}
var SCHEMA_COMMENT = /^[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=(\S+)/m;
function checkSchemaComment(parsed, opts, version, findings) {
  let m = SCHEMA_COMMENT.exec(parsed.text);
  if (!m) return;
  let url = m[1], named = versionInSchemaUrl(url);
  if (named === void 0) return;
  let isOverrideSchema = /agent-policy-override-/.test(url), problem;
  if (opts.kind === "override" && !isOverrideSchema ? problem = "names a root policy schema; overrides use agent-policy-override-2.schema.json" : opts.kind === "root" && isOverrideSchema ? problem = `names the override schema; the root policy uses agent-policy-${version}.schema.json` : opts.kind === "root" && version && named !== version && (problem = `names version ${named}, but the policy says version "${version}"`), !problem) return;
  let start = m.index + m[0].length - url.length, s = parsed.positions.span(start, start + url.length);
  findings.push({
    ruleId: "schema-comment-mismatch",
    severity: "warning",
    message: `the yaml-language-server $schema comment ${problem}`,
    hint: "Point the comment at the schema for this file, or editors will validate it against the wrong one.",
    file: opts.file,
    line: s.line,
    column: s.column,
    endLine: s.endLine,
    endColumn: s.endColumn
  });
}

// src/policy/fix.ts
var import_yaml7 = __toESM(require_dist(), 1);
import { isDeepStrictEqual } from "node:util";
function applyToData(data, ops) {
  let copy = structuredClone(data), removals = [];
  for (let op of ops) {
    let segs = pointerSegments(op.pointer), last = segs.pop(), parent = copy;
    for (let s of segs) parent = parent[s];
    op.op === "set" ? parent[last] = op.value : removals.push({ list: parent, index: Number(last) });
  }
  return removals.sort((a, b) => b.index - a.index).forEach((r) => r.list.splice(r.index, 1)), copy;
}
function setScalar(parsed, op) {
  let node = parsed.positions.get(op.pointer)?.node;
  if (!node || !(0, import_yaml7.isScalar)(node) || !node.srcToken) return !1;
  let tok = node.srcToken;
  return tok.type !== "scalar" && tok.type !== "single-quoted-scalar" && tok.type !== "double-quoted-scalar" ? !1 : (import_yaml7.CST.setScalarValue(tok, op.value, op.quote ? { type: "QUOTE_DOUBLE" } : {}), !0);
}
function removeItem(parsed, pointer) {
  let parentPointer = pointer.slice(0, pointer.lastIndexOf("/")), seq = parsed.positions.get(parentPointer)?.node, item = parsed.positions.get(pointer)?.node;
  if (!seq || !(0, import_yaml7.isSeq)(seq) || !item || !(0, import_yaml7.isScalar)(item) || !seq.srcToken || !item.srcToken) return !1;
  let coll = seq.srcToken;
  if (coll.type !== "block-seq" && coll.type !== "flow-collection") return !1;
  let index = coll.items.findIndex((it2) => it2.value === item.srcToken);
  if (index <= 0) return !1;
  let it = coll.items[index];
  if (coll.type === "flow-collection")
    return it.start.some((t) => t.type === "comment") ? !1 : (coll.items.splice(index, 1), !0);
  let ind = it.start.findIndex((t) => t.type === "seq-item-ind"), keep = 0;
  for (let i = 0; i < ind; i++) it.start[i].type === "newline" && (keep = i + 1);
  let kept = it.start.slice(0, keep), tail = item.srcToken.end ?? [], nl = tail.findIndex((t) => t.type === "newline"), after = nl >= 0 ? tail.slice(nl + 1) : [];
  coll.items.splice(index, 1);
  let extra = [...kept, ...after];
  if (extra.length) {
    let prevEnd = coll.items[index - 1].value?.end;
    if (!prevEnd) return !1;
    prevEnd.push(...extra);
  }
  return !0;
}
function applyFixes(parsed, ops) {
  if (ops.length === 0 || parsed.data === void 0) return;
  let work = parseYaml(parsed.text, "");
  if (work.data === void 0) return;
  for (let op of ops)
    if (!(op.op === "set" ? setScalar(work, op) : removeItem(work, op.pointer))) return;
  let text = work.tokens.map((t) => import_yaml7.CST.stringify(t)).join(""), check = parseYaml(text, "");
  if (!check.findings.some((f) => f.severity === "error") && isDeepStrictEqual(check.data, applyToData(parsed.data, ops)))
    return text;
}

// src/policy/normalize.ts
import { isAbsolute as isAbsolute2, relative as relative2 } from "node:path";

// src/policy/types.ts
function emptyPermissions() {
  return {
    filesystem: { allow: [], deny: [] },
    commands: { allow: [], deny: [] },
    network: { exceptions: [], deny: [] },
    tools: { allow: [], deny: [] }
  };
}

// src/policy/normalize.ts
var isObj3 = (v) => v !== null && typeof v == "object" && !Array.isArray(v), strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x == "string") : [], num = (v) => typeof v == "number" ? v : void 0, bool = (v) => typeof v == "boolean" ? v : void 0, DEFAULT_BYPASS_MAX_MINUTES = 1440;
function origin(ctx, pointer) {
  let s = ctx.positions.at(pointer);
  return { file: ctx.file, pointer, line: s.line, column: s.column };
}
function normalizePathPattern(pattern, rootDir) {
  if (pattern.startsWith("./")) {
    let rest = pattern.replace(/^(?:\.\/)+/, "");
    return rest.includes("/") ? rest : pattern;
  }
  if (pattern.startsWith(rootDir + "/")) {
    let rel = relative2(rootDir, pattern);
    if (rel && !rel.startsWith("..") && !isAbsolute2(rel)) return rel.includes("/") ? rel : `./${rel}`;
  }
  return pattern;
}
function rule(ctx, value, pointer, path, tier) {
  let pattern = path ? normalizePathPattern(value, ctx.rootDir) : value, r = { pattern, origin: origin(ctx, pointer) };
  return tier && (r.tier = tier), pattern !== value && (r.written = value), r;
}
function rules(ctx, list, pointer, path, tier) {
  if (!Array.isArray(list)) return [];
  let out = [];
  return list.forEach((v, i) => {
    typeof v == "string" && out.push(rule(ctx, v, `${pointer}/${i}`, path, tier));
  }), out;
}
function permissions(ctx, data, pointer) {
  let p = emptyPermissions();
  if (!isObj3(data)) return p;
  let fs = isObj3(data.filesystem) ? data.filesystem : {};
  p.filesystem.allow = rules(ctx, fs.allow, `${pointer}/filesystem/allow`, !0), p.filesystem.deny = rules(ctx, fs.deny, `${pointer}/filesystem/deny`, !0);
  let cmd = isObj3(data.commands) ? data.commands : {};
  p.commands.allow = rules(ctx, cmd.allow, `${pointer}/commands/allow`, !1), p.commands.deny = rules(ctx, cmd.deny, `${pointer}/commands/deny`, !1), (cmd.opaque === "allow" || cmd.opaque === "ask" || cmd.opaque === "deny") && (p.commands.opaque = cmd.opaque, p.commands.opaqueOrigin = origin(ctx, `${pointer}/commands/opaque`));
  let net = isObj3(data.network) ? data.network : {};
  typeof net.allow_outbound == "boolean" && (p.network.allowOutbound = net.allow_outbound, p.network.allowOutboundOrigin = origin(ctx, `${pointer}/network/allow_outbound`)), p.network.exceptions = rules(ctx, net.exceptions, `${pointer}/network/exceptions`, !1), p.network.deny = rules(ctx, net.deny, `${pointer}/network/deny`, !1);
  let tools = isObj3(data.tools) ? data.tools : {};
  return p.tools.allow = rules(ctx, tools.allow, `${pointer}/tools/allow`, !1), p.tools.deny = rules(ctx, tools.deny, `${pointer}/tools/deny`, !1), p;
}
var APPROVAL_KINDS = [
  ["file_pattern", "file"],
  ["command_pattern", "command"],
  ["host_pattern", "host"],
  ["tool_pattern", "tool"]
];
function constraints(ctx, data) {
  let c = { requireHumanApproval: [] };
  return isObj3(data) && (typeof data.max_files_per_action == "number" && (c.maxFilesPerAction = data.max_files_per_action, c.maxFilesPerActionOrigin = origin(ctx, "/constraints/max_files_per_action")), Array.isArray(data.require_human_approval) && data.require_human_approval.forEach((r, i) => {
    if (isObj3(r))
      for (let [key, kind] of APPROVAL_KINDS) {
        let v = r[key];
        if (typeof v != "string") continue;
        let base = rule(ctx, v, `/constraints/require_human_approval/${i}/${key}`, kind === "file"), a = { kind, pattern: base.pattern, origin: base.origin };
        base.written && (a.written = base.written), typeof r.reason == "string" && (a.reason = r.reason), c.requireHumanApproval.push(a);
      }
  })), c;
}
function foldTiers(ctx, tiers, perms, cons) {
  if (isObj3(tiers))
    for (let tier of TIERS) {
      let t = tiers[tier];
      if (!isObj3(t)) continue;
      let base = `/risk_tiers/${tier}`, files = rules(ctx, t.files, `${base}/files`, !0, tier), commands = rules(ctx, t.commands, `${base}/commands`, !1, tier), hosts = rules(ctx, t.hosts, `${base}/hosts`, !1, tier), tools = rules(ctx, t.tools, `${base}/tools`, !1, tier);
      if (tier === "blocked")
        perms.filesystem.deny.push(...files), perms.commands.deny.push(...commands), perms.network.deny.push(...hosts), perms.tools.deny.push(...tools);
      else if (tier === "approval") {
        let add = (kind, list) => list.forEach((r) => cons.requireHumanApproval.push({ kind, pattern: r.pattern, origin: r.origin, tier, ...r.written ? { written: r.written } : {} }));
        add("file", files), add("command", commands), add("host", hosts), add("tool", tools);
      } else
        perms.filesystem.allow.push(...files), perms.commands.allow.push(...commands), perms.network.exceptions.push(...hosts), perms.tools.allow.push(...tools);
    }
}
function gitRules(ctx, data, pointer) {
  if (isObj3(data))
    return {
      protectedBranches: rules(ctx, data.protected_branches, `${pointer}/protected_branches`, !1),
      allowedBranchPrefixes: strings(data.allowed_branch_prefixes)
    };
}
function budgets(ctx, data, pointer) {
  if (!isObj3(data)) return;
  let b = { origin: origin(ctx, pointer) }, set = (k, v) => {
    v !== void 0 && (b[k] = v);
  };
  return set("maxFilesPerPr", num(data.max_files_per_pr)), set("maxFilesPerSession", num(data.max_files_per_session)), set("maxCommandsPerSession", num(data.max_commands_per_session)), set("maxTokensPerSession", num(data.max_tokens_per_session)), set("maxTokensPerDay", num(data.max_tokens_per_day)), set("maxCostUsdPerSession", num(data.max_cost_usd_per_session)), set("alertThreshold", num(data.alert_threshold)), b;
}
function signals(list, key) {
  let out = [];
  for (let item of Array.isArray(list) ? list : [])
    typeof item == "string" ? out.push({ value: item }) : isObj3(item) && typeof item[key] == "string" && out.push(typeof item.agent == "string" ? { value: item[key], agent: item.agent } : { value: item[key] });
  return out;
}
function detection(d) {
  let det = {
    logins: signals(d.logins, "login"),
    emails: signals(d.emails, "email"),
    branchPrefixes: signals(d.branch_prefixes, "prefix"),
    env: (Array.isArray(d.env) ? d.env : []).flatMap((e) => typeof e == "string" ? [{ name: e }] : !isObj3(e) || typeof e.name != "string" ? [] : [{ name: e.name, ...typeof e.value == "string" ? { value: e.value } : {}, ...typeof e.agent == "string" ? { agent: e.agent } : {} }]),
    builtinEnv: d.builtin_env !== !1
  };
  return (d.threshold === "strong" || d.threshold === "medium" || d.threshold === "weak") && (det.threshold = d.threshold), det;
}
function parseDurationMinutes(text) {
  if (!/^(?:[1-9][0-9]*[smhd])+$/.test(text)) return;
  let unit = { s: 1 / 60, m: 1, h: 60, d: 1440 }, total = 0;
  for (let m of text.matchAll(/(\d+)([smhd])/g)) total += Number(m[1]) * unit[m[2]];
  return total;
}
function buildRoot(data, file, rootDir, positions) {
  let ctx = { file, rootDir, positions }, permsKey = data.version === "1.0" ? "permissions" : "default_permissions", perms = permissions(ctx, data[permsKey], `/${permsKey}`), cons = constraints(ctx, data.constraints);
  foldTiers(ctx, data.risk_tiers, perms, cons);
  let exceptions = [];
  Array.isArray(data.exceptions) && data.exceptions.forEach((e, i) => {
    !isObj3(e) || typeof e.pattern != "string" || exceptions.push({
      pattern: normalizePathPattern(e.pattern, rootDir),
      reason: typeof e.reason == "string" ? e.reason : "",
      overrides: strings(e.overrides).map((d) => d.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "")),
      origin: origin(ctx, `/exceptions/${i}/pattern`)
    });
  });
  let agents = [];
  Array.isArray(data.agents) && data.agents.forEach((a, i) => {
    if (!isObj3(a) || typeof a.id != "string") return;
    let base = `/agents/${i}`, agent = { id: a.id, origin: origin(ctx, `${base}/id`) };
    typeof a.trust_level == "string" && (agent.trustLevel = a.trust_level), typeof a.description == "string" && (agent.description = a.description), isObj3(a.permissions) && (agent.permissions = permissions(ctx, a.permissions, `${base}/permissions`));
    let g2 = gitRules(ctx, a.git, `${base}/git`);
    g2 && (agent.git = g2);
    let b2 = budgets(ctx, a.budgets, `${base}/budgets`);
    b2 && (agent.budgets = b2), agents.push(agent);
  });
  let root = {
    file,
    root: rootDir,
    version: String(data.version),
    versionOrigin: origin(ctx, "/version"),
    agents,
    permissions: perms,
    constraints: cons,
    exceptions,
    bypass: {},
    raw: data
  };
  if (typeof data.agent_id == "string" && (root.agentId = data.agent_id), typeof data.schema_url == "string" && (root.schemaUrl = data.schema_url), isObj3(data.bypass)) {
    let b2 = data.bypass;
    if (root.bypass.origin = origin(ctx, "/bypass"), root.bypass.requireApprover = !0, typeof b2.max_duration == "string") {
      let m = parseDurationMinutes(b2.max_duration);
      m !== void 0 && (root.bypass.maxDurationMinutes = m, root.bypass.origin = origin(ctx, "/bypass/max_duration"));
    }
    let approvers = strings(b2.approvers);
    approvers.length && (root.bypass.approvers = approvers);
  }
  if (isObj3(data.audit)) {
    let a = {}, l = bool(data.audit.log_all_actions);
    l !== void 0 && (a.logAllActions = l);
    let r = num(data.audit.retention_days);
    r !== void 0 && (a.retentionDays = r);
    let d = bool(data.audit.alert_on_deny);
    d !== void 0 && (a.alertOnDeny = d), typeof data.audit.log_dir == "string" && data.audit.log_dir !== "" && (a.logDir = data.audit.log_dir), root.audit = a;
  }
  let g = gitRules(ctx, data.git, "/git");
  g && (root.git = g);
  let b = budgets(ctx, data.budgets, "/budgets");
  return b && (root.budgets = b), isObj3(data.agent_detection) && (root.agentDetection = detection(data.agent_detection)), root;
}
function buildOverride(data, file, dir, rootDir, positions) {
  let ctx = { file, rootDir, positions }, o = {
    file,
    dir,
    permissions: permissions(ctx, data.permissions, "/permissions"),
    constraints: constraints(ctx, data.constraints),
    raw: data
  };
  return typeof data.version == "string" && (o.version = data.version, o.versionOrigin = origin(ctx, "/version")), o;
}

// src/policy/index.ts
function fsRead(abs) {
  try {
    return readFileSync(abs, "utf8");
  } catch {
    return;
  }
}
function fsIsFile(abs) {
  try {
    return statSync(abs).isFile();
  } catch {
    return !1;
  }
}
var MAX_FIX_PASSES = 3, READ_DESPITE = /* @__PURE__ */ new Set(["pattern-whitespace"]);
async function loadPolicySet(opts) {
  let read = opts.readFile ?? fsRead, rootFile;
  if (opts.config !== void 0) {
    if (rootFile = resolve(opts.cwd, opts.config), !opts.readFile && existsSync(rootFile) && !fsIsFile(rootFile))
      throw new UsageError(`cannot read policy file ${opts.config}: it is a directory`);
  } else
    rootFile = findRootPolicy(opts.cwd, opts.readFile ? (p) => opts.readFile(p) !== void 0 : fsIsFile);
  if (rootFile === void 0)
    return {
      files: [],
      findings: [
        {
          ruleId: "no-policy",
          severity: "error",
          message: "no .agent-policy.yml found in this directory or above it (up to the repository root)",
          hint: "Run agent-policy-lint init to write one, or name it with --config FILE.",
          file: opts.cwd,
          line: 0,
          column: 0
        }
      ]
    };
  let rootText = read(rootFile);
  if (rootText === void 0) {
    if (opts.config !== void 0) throw new UsageError(`cannot read policy file ${opts.config}`);
    return { files: [rootFile], findings: [unreadable(rootFile)] };
  }
  let rootDir = dirname(rootFile), allowWrite = !!opts.fix && !opts.readFile, findings = [], files = [rootFile], overridesPending = opts.overrideFiles ? Promise.resolve([...opts.overrideFiles(rootDir)].sort()) : findOverridesAsync(rootDir), probes = {
    isRepoEntry: (name) => existsSync(join(rootDir, name)),
    isAbsoluteEntry: (name) => existsSync(join(sep, name))
  }, root = checkWithFixes(rootText, (text) => checkPolicyText(text, { file: rootFile, kind: "root", rootDir, ...probes }), allowWrite, findings), overrides = [];
  for (let file of await overridesPending) {
    let text = read(file);
    if (text === void 0) {
      !opts.readFile && existsSync(file) && findings.push(unreadable(file));
      continue;
    }
    files.push(file);
    let dir = overrideDir(rootDir, file);
    if (dir === "") {
      findings.push({
        ruleId: "override-in-root-dir",
        severity: "error",
        message: "an override beside the root policy governs the whole repository; it is not applied",
        hint: "Move its settings into the root policy and delete the override file.",
        file,
        line: 0,
        column: 0
      });
      continue;
    }
    let checked = checkWithFixes(
      text,
      (t) => checkPolicyText(t, { file, kind: "override", rootDir, rootVersion: root.version, ...probes }),
      allowWrite,
      findings
    );
    overrides.push({ checked, dir });
  }
  findings.push(...crossChecks(root, overrides.map((o) => o.checked)));
  let clean = findings.map(({ fix: _fix, ...f }) => f);
  return !clean.some((f) => f.severity === "error" && !READ_DESPITE.has(f.ruleId)) && root.data !== void 0 && overrides.every((o) => o.checked.data !== void 0) ? { set: {
    root: buildRoot(root.data, rootFile, rootDir, root.parsed.positions),
    overrides: overrides.map((o) => buildOverride(o.checked.data, o.checked.file, o.dir, rootDir, o.checked.parsed.positions))
  }, findings: clean, files } : { findings: clean, files };
}
function unreadable(file) {
  return {
    ruleId: "file-unreadable",
    severity: "error",
    message: "the policy file cannot be read",
    hint: "Check that the file exists and is readable.",
    file,
    line: 0,
    column: 0
  };
}
function checkWithFixes(text, check, allowWrite, out) {
  let checked = check(text);
  if (!allowWrite)
    return out.push(...checked.findings), checked;
  let notes = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let fixable = checked.findings.filter((f) => f.fix);
    if (fixable.length === 0) break;
    let next = applyFixes(checked.parsed, fixable.map((f) => f.fix));
    if (next === void 0) break;
    try {
      writeFileSync(checked.file, next);
    } catch (e) {
      throw new UsageError(`--fix cannot write ${checked.file}: ${e.message}`);
    }
    for (let f of fixable) notes.push(fixedNote(f, checked));
    checked = check(next);
  }
  return out.push(...notes, ...checked.findings), checked;
}
function fixedNote(f, checked) {
  let op = f.fix, before = valueAt(checked.parsed.data, op.pointer), what = op.op === "set" ? `${displayPath(op.pointer)}: ${JSON.stringify(before)} -> ${JSON.stringify(op.value)}${op.quote ? " (quoted)" : ""}` : `removed the repeated ${JSON.stringify(before)} at ${displayPath(op.pointer)}`;
  return {
    ruleId: "fixed",
    severity: "info",
    message: `fixed ${f.ruleId}: ${what}`,
    file: f.file,
    line: f.line,
    column: f.column,
    data: { fixedRule: f.ruleId }
  };
}
function crossChecks(root, overrides) {
  let out = [];
  if (root.version === "1.0" && overrides.length > 0) {
    let s = root.parsed.positions.at("/version");
    out.push({
      ruleId: "overrides-need-v2",
      severity: "error",
      message: `${overrides.length} override file(s) found, but the root policy is version 1.0, which has no overrides; they are not applied`,
      hint: 'Move the root policy to version "2.1" (permissions becomes default_permissions), or delete the override files.',
      file: root.file,
      line: s.line,
      column: s.column,
      endLine: s.endLine,
      endColumn: s.endColumn,
      related: overrides.map((o) => ({ file: o.file, line: 0, column: 0, message: "override file" }))
    });
  }
  let rootMax = valueAt(root.data, "/constraints/max_files_per_action");
  if (typeof rootMax == "number")
    for (let o of overrides) {
      let max = valueAt(o.data, "/constraints/max_files_per_action");
      if (typeof max != "number" || max <= rootMax) continue;
      let s = o.parsed.positions.at("/constraints/max_files_per_action"), r = root.parsed.positions.at("/constraints/max_files_per_action");
      out.push({
        ruleId: "override-loosens-constraint",
        severity: "error",
        message: `constraints.max_files_per_action is ${max}, looser than the root policy's ${rootMax}; overrides may only tighten constraints`,
        hint: `Use a value of at most ${rootMax}, or remove it (the root's limit applies).`,
        file: o.file,
        line: s.line,
        column: s.column,
        endLine: s.endLine,
        endColumn: s.endColumn,
        related: [{ file: root.file, line: r.line, column: r.column, message: "root limit" }]
      });
    }
  return out;
}

export {
  SCHEMA_BASE2 as SCHEMA_BASE,
  SUPPORTED_VERSIONS,
  LATEST_VERSION,
  schemaFileName,
  OVERRIDE_SCHEMA_FILE,
  schemaId,
  versionInSchemaUrl,
  checkPolicyText,
  emptyPermissions,
  DEFAULT_BYPASS_MAX_MINUTES,
  normalizePathPattern,
  parseDurationMinutes,
  loadPolicySet
};
