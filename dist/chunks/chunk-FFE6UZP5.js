import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  CommandPatternList,
  PROGRAM_SPECS,
  REGISTRY_DATA,
  SHELLS,
  TOUCH_MODELS,
  analyzeCommand,
  assignedName,
  commandPatternRegexSource,
  executableName,
  firstOfEachKey,
  hazardExamples,
  isWrapper,
  lexShell,
  normalise,
  normaliseCommandPattern,
  own,
  ownEntries,
  readShortCluster,
  scanHazards,
  shellScriptArguments,
  spellsOption,
  writtenName
} from "./chunk-ABQ5D6RS.js";
import {
  cite,
  cwdLevels,
  decideNetwork,
  decidePath,
  decideSubject,
  decidingRule,
  denyOverridesFor,
  derivedForLast,
  derivedOnce,
  levelName,
  namedAllowLists,
  overridesFor,
  refusedOutright,
  registerCommandSupport,
  sharesDecisions,
  where
} from "./chunk-RWEGZUW6.js";
import {
  normalizeHost
} from "./chunk-MEUNCPUN.js";
import {
  normalizePath,
  withoutTrailingSlashes
} from "./chunk-ESNHMRV6.js";
import {
  requireAutomata
} from "./chunk-VNHIW7E3.js";
import {
  asGuess,
  asGuessInPlace,
  deniedByARule
} from "./chunk-LQCPPXLP.js";
import {
  Automaton,
  GlobError,
  analyzePolicyPattern,
  compileGlob,
  escapeRegexLiteral,
  policySourceOf
} from "./chunk-DUFMWMGU.js";

// src/command/argv-model.ts
function programSpec(program) {
  return PROGRAM_SPECS.view().get(program);
}
var longSpellings = /* @__PURE__ */ new WeakMap();
function longOptionsOf(program, subcommand, option) {
  let ofProgram = programSpec(program), spec = subcommand === void 0 ? ofProgram : own(ofProgram?.subcommands, subcommand), itself = option.startsWith("--") ? [option] : [];
  if (!spec?.aliases) return itself;
  let byCanonical = longSpellings.get(spec);
  if (!byCanonical) {
    byCanonical = /* @__PURE__ */ new Map();
    for (let [spelling, canon] of Object.entries(spec.aliases)) {
      if (!spelling.startsWith("--")) continue;
      let list = byCanonical.get(canon);
      list ? list.push(spelling) : byCanonical.set(canon, [spelling]);
    }
    longSpellings.set(spec, byCanonical);
  }
  return [...byCanonical.get(option) ?? [], ...itself];
}
function impliedSubcommands(program, subcommand) {
  return own(programSpec(program)?.implies, subcommand) ?? [];
}
function commandAlias(program, operand2) {
  return own(programSpec(program)?.commandAliases, operand2) ?? operand2;
}
function sameCommandLine(program) {
  return programSpec(program)?.sameAs;
}
function canonical(spec, option) {
  return own(spec?.aliases, option) ?? option;
}
function add(model, option, value) {
  let set = model.options.get(option);
  set ? set.add(value) : model.options.set(option, /* @__PURE__ */ new Set([value]));
}
function addNextWord(model, option, value) {
  value?.dynamic && (model.unknown = !0), add(model, option, value?.value ?? "");
}
function argvModel(program, words) {
  let model = { program, options: /* @__PURE__ */ new Map(), operands: [], unknown: !1 }, spec = programSpec(program), k = 0;
  if (spec?.subcommands) {
    for (; k < words.length; k++) {
      let w = words[k];
      if (w.dynamic) {
        model.unknown = !0;
        continue;
      }
      let eq = w.value.indexOf("="), name = w.value.startsWith("--") && eq > 0 ? w.value.slice(0, eq) : w.value;
      if (spec.globalValued?.includes(name)) {
        add(model, name, eq > 0 && name !== w.value ? w.value.slice(eq + 1) : words[++k]?.value ?? "");
        continue;
      }
      let attached = spec.globalValued?.find((o) => o.length === 2 && w.value.startsWith(o) && w.value.length > 2 && !w.value.startsWith("--"));
      if (attached) {
        add(model, attached, w.value.slice(2));
        continue;
      }
      if (spec.globalFlags?.includes(w.value) || w.value.startsWith("-") && w.value !== "-") {
        add(model, w.value, "");
        continue;
      }
      break;
    }
    let sub = words[k];
    sub && !sub.dynamic ? (model.subcommand = own(spec.subcommandAliases, sub.value) ?? sub.value, spec = own(spec.subcommands, model.subcommand) ?? {}, k++) : sub && (model.unknown = !0, k++);
  }
  let optionsEnded = !1;
  for (; k < words.length; k++) {
    let w = words[k];
    if (w.dynamic) {
      model.unknown = !0;
      continue;
    }
    let v = w.value;
    if (optionsEnded || v === "-" || !v.startsWith("-")) {
      spec?.forcing && v.startsWith(spec.forcing) && v.length > 1 ? (add(model, "--force", ""), model.operands.push(v.slice(1))) : model.operands.push(v);
      continue;
    }
    if (v === "--") {
      optionsEnded = !0;
      continue;
    }
    if (v.startsWith("--")) {
      let eq = v.indexOf("="), name2 = canonical(spec, eq < 0 ? v : v.slice(0, eq));
      if (eq >= 0) add(model, name2, v.slice(eq + 1));
      else if (spec?.pairs?.includes(name2)) {
        let pair = words.slice(k + 1, k + 3);
        pair.some((w2) => w2.dynamic) && (model.unknown = !0), add(model, name2, pair.map((w2) => w2.value).join(" ")), k += 2;
      } else spec?.valued?.includes(v) || spec?.valued?.includes(name2) ? addNextWord(model, name2, words[++k]) : add(model, name2, "");
      continue;
    }
    let c = readShortCluster(v, (ch) => spec?.valued?.includes(`-${ch}`) ? "value" : "flag");
    for (let ch of c.flags) add(model, canonical(spec, `-${ch}`), "");
    if (c.valued === void 0) continue;
    let name = canonical(spec, `-${c.valued}`);
    c.attached !== void 0 ? add(model, name, c.attached) : addNextWord(model, name, words[++k]);
  }
  return model.subcommand === void 0 && twoWordAlias(model, words, programSpec(program)), program === "chmod" && model.operands.length > 0 && (model.operands[0] = chmodMode(model.operands[0])), (program === "make" || program === "gmake") && (model.operands = model.operands.filter((o) => !MAKE_VARIABLE.test(o))), model;
}
var MAKE_VARIABLE = /^[A-Za-z_.][A-Za-z0-9_.-]*[:+?!]?=/, ALL_PERMISSIONS = /* @__PURE__ */ new Set(["a=rwx", "ugo=rwx", "a+rwx", "ugo+rwx", "u=rwx,g=rwx,o=rwx", "u+rwx,g+rwx,o+rwx"]);
function chmodMode(mode) {
  if (ALL_PERMISSIONS.has(mode)) return "777";
  let k = 0;
  for (; k < mode.length - 1 && mode[k] === "0"; ) k++;
  for (let i = k; i < mode.length; i++) if (mode[i] < "0" || mode[i] > "7") return mode;
  return mode.length - k === 4 ? mode.slice(k + 1) : mode.slice(k);
}
function twoWordAlias(model, words, spec) {
  let first = model.operands[0];
  if (!spec?.commandAliases || first === void 0) return;
  let second = model.operands[1], byOperand = second !== void 0 ? own(spec.commandAliases, `${first} ${second}`) : void 0;
  if (byOperand) {
    model.operands.splice(0, 2, byOperand);
    return;
  }
  for (let w of words) {
    if (w.dynamic || !w.value.startsWith("-")) continue;
    let eq = w.value.indexOf("="), value = eq < 0 ? "" : w.value.slice(eq + 1).toLowerCase(), alias = own(spec.commandAliases, `${first} ${w.value}`) ?? (eq > 0 && value !== "false" && value !== "0" ? own(spec.commandAliases, `${first} ${w.value.slice(0, eq)}`) : void 0);
    if (alias) {
      model.operands[0] = alias;
      return;
    }
  }
}

// src/command/sound-match.ts
var UNKNOWN_OPERAND = "";
function unknownOperand(a) {
  return a.tilde ? !1 : /^[A-Za-z0-9_./]/.test(a.value) && (a.oneWord === !0 || !/[$`]/.test(a.value));
}
function abbreviates(c, option) {
  let longs = longOptionsOf(c.program, c.subcommand, option);
  if (longs.length === 0) return;
  let found;
  for (let [have, values] of c.options)
    if (!(have.length < 3 || !have.startsWith("--")) && longs.some((l) => l !== have && l.startsWith(have))) {
      found ??= /* @__PURE__ */ new Set();
      for (let v of values) found.add(v);
    }
  return found;
}
var patterns = /* @__PURE__ */ new Map();
function patternModel(pattern) {
  let m = patterns.get(pattern);
  if (m !== void 0) return m;
  m = null;
  let lex = lexShell(pattern);
  if (!lex.error && lex.words.length > 0 && lex.tokens.every((t) => t.kind === "word")) {
    let [first, ...rest] = lex.words;
    if (first && !first.glob && !first.dynamic) {
      let words = rest.map((w) => ({ value: w.glob ? `\0${w.value}` : w.value, dynamic: !1 })), model = argvModel(executableName(first.value), words), starAt = model.operands.findIndex((o) => o === "\0*");
      m = { model, anyOperands: starAt >= 0, starAt: starAt < 0 ? model.operands.length : starAt };
    }
  }
  return patterns.size > 4096 && patterns.clear(), patterns.set(pattern, m), m;
}
function wildcard(pattern, text, ignoreCase) {
  let p = ignoreCase ? pattern.toLowerCase() : pattern, t = ignoreCase ? text.toLowerCase() : text, pi = 0, ti = 0, star = -1, mark = 0;
  for (; ti < t.length; )
    if (pi < p.length && p[pi] === "*")
      star = pi++, mark = ti;
    else if (pi < p.length && p[pi] === t[ti])
      pi++, ti++;
    else if (star >= 0)
      pi = star + 1, ti = ++mark;
    else return !1;
  for (; pi < p.length && p[pi] === "*"; ) pi++;
  return pi === p.length;
}
function word(p) {
  return p.startsWith("\0") ? { text: p.slice(1), glob: !0 } : { text: p, glob: !1 };
}
function same(pattern, text, ignoreCase) {
  if (text === UNKNOWN_OPERAND) return !0;
  let w = word(pattern);
  return w.glob ? wildcard(w.text, text, ignoreCase) : ignoreCase ? w.text.toLowerCase() === text.toLowerCase() : w.text === text;
}
function implied(pattern, c, ignoreCase) {
  return c.subcommand !== void 0 && impliedSubcommands(c.program, c.subcommand).some((s) => same(pattern, s, ignoreCase));
}
function modelMatches(p, model, ignoreCase) {
  let pm = p.model, c = model.subcommand === UNKNOWN_OPERAND ? { ...model, unknown: !0 } : model;
  if (!same(pm.program, c.program, ignoreCase) || pm.subcommand !== void 0 && (c.subcommand === void 0 ? !c.unknown : !same(pm.subcommand, c.subcommand, ignoreCase) && !implied(pm.subcommand, c, ignoreCase)))
    return !1;
  for (let [option, values] of pm.options) {
    let has = c.options.get(option) ?? abbreviates(c, option);
    if (!has) {
      if (c.unknown) continue;
      return !1;
    }
    for (let v of values)
      if (v !== "" && ![...has].some((h) => same(v, h, ignoreCase) || h === "" && !c.options.has(option)) && !c.unknown)
        return !1;
  }
  if (c.unknown || operandsMatch(p, c, 0, ignoreCase)) return !0;
  if (p.starAt === 0) return !1;
  let bare = 0;
  for (let values of c.options.values()) values.has("") && bare++;
  for (let skip = 1; skip <= Math.min(bare, MAX_SKIPPED, c.operands.length); skip++) if (operandsMatch(p, c, skip, ignoreCase)) return !0;
  return !1;
}
var MAX_SKIPPED = 4;
function operandsMatch(p, c, skip, ignoreCase) {
  let pm = p.model;
  for (let i = 0; i < p.starAt; i++) {
    let want = pm.operands[i], written = c.operands[i + skip], got = i === 0 && written !== void 0 && c.subcommand === void 0 ? commandAlias(c.program, written) : written;
    if (got === UNKNOWN_OPERAND) return !0;
    if (got === void 0 || !same(want, got, ignoreCase)) return !1;
  }
  return !0;
}
var indexes = /* @__PURE__ */ new WeakMap();
function ruleIndex(rules) {
  let idx = indexes.get(rules);
  return idx || (idx = { byProgram: /* @__PURE__ */ new Map() }, rules.forEach((rule, index) => {
    let model = patternModel(rule.pattern);
    if (!model) return;
    let key = model.model.program.toLowerCase(), list = idx.byProgram.get(key);
    list ? list.push({ index, rule, model }) : idx.byProgram.set(key, [{ index, rule, model }]);
  }), indexes.set(rules, idx)), idx;
}
var layersOf = derivedForLast((c) => {
  let l = { programs: [], argvs: [], layers: [], models: [] };
  return c.argvs.forEach((argv, layer) => {
    let name = argv[0];
    if (!name || name.dynamic) return;
    let program = executableName(name.value), same2 = sameCommandLine(program);
    for (let p of same2 === void 0 ? [program] : [program, same2])
      l.programs.push(p), l.argvs.push(argv), l.layers.push(layer), l.models.push(void 0);
  }), l;
});
function modelAt(l, i) {
  let m = l.models[i];
  if (!m) {
    let rest = l.argvs[i].slice(1);
    m = argvModel(
      l.programs[i],
      rest.map((a) => a.dynamic && unknownOperand(a) ? { value: UNKNOWN_OPERAND, dynamic: !1 } : { value: a.value, dynamic: a.dynamic || a.tilde === !0 })
    ), l.models[i] = m;
  }
  return m;
}
function namesAny(idx, c) {
  for (let argv of c.argvs) {
    let name = argv[0];
    if (!name || name.dynamic) continue;
    let program = executableName(name.value);
    if (idx.byProgram.has(program.toLowerCase())) return !0;
    let same2 = sameCommandLine(program);
    if (same2 !== void 0 && idx.byProgram.has(same2.toLowerCase())) return !0;
  }
  return !1;
}
function soundMatch(rules, c, ignoreCase) {
  if (rules.length === 0) return;
  let idx = ruleIndex(rules);
  if (!namesAny(idx, c)) return;
  let layers = layersOf(c), best;
  for (let i = 0; i < layers.programs.length; i++) {
    let candidates2 = idx.byProgram.get(layers.programs[i].toLowerCase());
    if (!candidates2) continue;
    let m = modelAt(layers, i);
    for (let e of candidates2) {
      if (best && e.index >= best.index) break;
      if (modelMatches(e.model, m, ignoreCase)) {
        best = { index: e.index, rule: e.rule, at: i };
        break;
      }
    }
  }
  return best && { rule: best.rule, layer: c.layers[layers.layers[best.at]] ?? c.layers[0] ?? "" };
}

// src/engine/opaque-denies.ts
var MAX_TEXT = 4096, MAX_WORDS = 64, MAX_CODE_WORDS = 16;
function readings(text) {
  if (text.length > MAX_TEXT) return [];
  let lex = lexShell(text);
  if (lex.error) return [];
  let words = lex.words.slice(0, MAX_WORDS), out = [];
  for (let i = 1; i < words.length; i++) {
    let argv = words.slice(i).map((w) => ({ value: w.value, dynamic: w.dynamic || w.glob }));
    if (!argv[0].dynamic) {
      let v = argv[0].value, eq = v.indexOf("="), after = (eq > 0 ? v.slice(eq + 1) : v).replace(/^[:+]?!/, "");
      if (after && after !== v && !after.startsWith("-")) {
        let tail = [{ value: after, dynamic: !1 }, ...argv.slice(1)];
        out.push({ layers: [[executableName(after), ...tail.slice(1).map((a) => a.value)].join(" ")], argvs: [tail], delegates: !1 });
      }
    }
    let name = argv[0];
    if (name.dynamic || name.value.startsWith("-")) continue;
    let layer = [executableName(name.value), ...argv.slice(1).map((a) => a.value)].join(" ");
    out.push({ layers: [layer], argvs: [argv], delegates: !1 });
  }
  let code = 0;
  for (let w of words)
    for (let text2 of codeTexts(w.value)) {
      if (code >= MAX_CODE_WORDS) break;
      if (!/[\s$`;|&]/.test(text2)) continue;
      code++;
      let a = analyzeCommand(text2);
      out.push(...a.commands);
    }
  return out;
}
function codeTexts(word2) {
  let eq = word2.indexOf("=");
  if (eq < 0) return [word2];
  let value = word2.slice(eq + 1);
  return [word2, value.startsWith("!") ? value.slice(1) : value];
}
function opaqueDenied(context, problem, overrides) {
  let { policy, agent } = context, levels = [policy.rootLevel, ...overrides, ...agent?.level ? [agent.level] : []];
  if (levels.some((l) => l.commands.deny.rules.length > 0))
    for (let c of readings(problem.command))
      for (let l of levels) {
        let hit = l.commands.deny.first(c.layers) ?? soundMatch(l.commands.deny.rules, c, !0);
        if (!hit) continue;
        return {
          subject: problem.command,
          kind: "command",
          outcome: "deny",
          allowed: !1,
          requiresApproval: !1,
          reason: `${problem.reason}; it may run "${hit.layer}", denied by ${levelName(l)}: commands.deny ${cite(policy, hit.rule)}`,
          rules: [decidingRule("deny", hit.rule, hit.layer, !0)]
        };
      }
}

// src/engine/decide-opaque.ts
function decideOpaque(context, problem, overrides) {
  let { policy } = context, shown = problem.command, verdict = (outcome, reason, rule2, requiresApproval = !1) => ({
    subject: shown,
    kind: "command",
    outcome,
    allowed: outcome === "allow",
    requiresApproval,
    reason,
    rules: [rule2]
  }), denied = opaqueDenied(context, problem, overrides);
  if (denied) return denied;
  if (problem.construct) {
    let construct = problem.construct;
    for (let l of [policy.rootLevel, ...overrides]) {
      let named = l.commands.allow.all([shown]).find((m) => m.matched && normaliseCommandPattern(m.rule.pattern).includes(construct));
      if (named) {
        let reason = `${problem.reason}; admitted by commands.allow ${cite(policy, named.rule)}, which names "${construct}"`;
        return verdict("allow", reason, decidingRule("allow", named.rule, shown, !0));
      }
    }
  }
  let setting = strictest([policy.rootLevel, ...overrides]), how = setting ? `commands.opaque: ${setting.setting} (${where(policy, setting.origin)})` : "commands.opaque: ask (the default)", rule = { pattern: `commands.opaque: ${setting?.setting ?? "ask"}`, ...setting?.origin ? { origin: setting.origin } : {} };
  switch (setting?.setting ?? "ask") {
    case "allow":
      return verdict("allow", `${problem.reason}; allowed by ${how}`, decidingRule("default", rule, shown, !0));
    case "deny":
      return verdict("deny", `${problem.reason}; denied by ${how}`, decidingRule("deny", rule, shown, !0));
    default:
      return context.approved ? verdict("allow", `${problem.reason}; approved (${how})`, decidingRule("approval", rule, shown, !0), !0) : verdict("needs-approval", `${problem.reason}; it needs a human approval (${how}); none given`, decidingRule("approval", rule, shown, !0), !0);
  }
}
var STRICTNESS = { allow: 0, ask: 1, deny: 2 };
function strictest(levels) {
  let best = levels[0]?.commands.opaque, rank = STRICTNESS[best?.setting ?? "ask"];
  for (let l of levels.slice(1)) {
    let o = l.commands.opaque;
    o && STRICTNESS[o.setting] > rank && (best = o, rank = STRICTNESS[o.setting]);
  }
  return best;
}

// src/command/registry-refs.ts
var IMAGE_FIRST = /* @__PURE__ */ new Set(["pull", "push", "run", "create"]), LOGIN = /* @__PURE__ */ new Set(["login", "logout"]), MANAGEMENT = /* @__PURE__ */ new Set(["image", "container"]);
function registryOf(ref) {
  let slash = ref.indexOf("/");
  if (slash <= 0) return;
  let first = ref.slice(0, slash);
  return first.includes(".") || first.includes(":") || first === "localhost" ? first : void 0;
}
function imageRefTouches(name, words, spec, env = []) {
  let out = [], k = 0;
  for (let a of env) {
    let eq = a.value.indexOf("="), variable = a.value.slice(0, eq);
    variable === "DOCKER_HOST" || variable === "CONTAINER_HOST" ? daemonHost(out, name, { ...a, value: a.value.slice(eq + 1) }) : (variable === "DOCKER_CONTEXT" || variable === "CONTAINER_CONNECTION") && configuredDaemon(out, name, { ...a, value: a.value.slice(eq + 1) }, variable);
  }
  for (; k < words.length; k++) {
    let w = words[k];
    if (w.dynamic || !w.value.startsWith("-")) break;
    let [opt, attached] = splitOption(w.value), value = attached !== void 0 ? { ...w, value: attached } : spec.globalValued.includes(opt) ? words[++k] : void 0;
    (opt === "-H" || opt === "--host" || opt === "--url") && value && daemonHost(out, name, value), (opt === "--context" || opt === "-c" || opt === "--connection") && value && configuredDaemon(out, name, value, opt);
  }
  let sub = words[k];
  if (sub && !sub.dynamic && MANAGEMENT.has(sub.value) && words[k + 1] && (sub = words[++k]), !sub || sub.dynamic) return out;
  let rest = words.slice(k + 1), via = `${name} ${sub.value}`;
  if (sub.value === "context")
    return contextTouches(out, name, rest), out;
  if (sub.value === "machine" && rest[0] && !rest[0].dynamic && rest[0].value === "init" && mounts(out, `${via} init`, rest.slice(1)), sub.value === "buildx" && rest[0] && !rest[0].dynamic && rest[0].value === "create" && buildxCreate(out, name, rest.slice(1)), LOGIN.has(sub.value)) {
    let server = imageCandidates(rest, ["-u", "--username", "-p", "--password", "--authfile", "--cert-dir"], ["--password-stdin", "-a", "--all", "--get-login", "--tls-verify"])[0];
    return server ? host(out, server, `${via} ${server.value}`, !1) : sub.value === "login" && spec.defaultRegistry && out.push({ kind: "host", target: spec.defaultRegistry, via: `${via} (the default registry)` }), out;
  }
  let built = sub.value === "build" ? rest : (sub.value === "buildx" || sub.value === "builder") && rest[0] && !rest[0].dynamic && rest[0].value === "build" ? rest.slice(1) : void 0;
  if (built)
    return pushedTags(out, `${via} build`, built, spec), out;
  if (!IMAGE_FIRST.has(sub.value)) return out;
  let runs = sub.value === "run" || sub.value === "create";
  runs && mounts(out, via, rest);
  let candidates2 = imageCandidates(rest, runs ? spec.runValued : ["--platform"], spec.flags), image = candidates2[0];
  if (!image) return out;
  if (image.dynamic)
    return out.push({ kind: "dynamic", what: "host", word: image.value, via: `${via} ${image.value}` }), out;
  for (let c of candidates2.slice(1)) {
    let other = c.dynamic ? void 0 : registryOf(c.value);
    other && host(out, { ...c, value: other }, `${via} ${c.value}`, !1);
  }
  let registry = registryOf(image.value);
  return registry ? host(out, { ...image, value: registry }, `${via} ${image.value}`, !1) : spec.defaultRegistry ? out.push({ kind: "host", target: spec.defaultRegistry, via: `${via} ${image.value} (the default registry)`, ...runs ? { guess: !0 } : {} }) : runs || out.push({ kind: "dynamic", what: "host", word: image.value, via: `${via} ${image.value} (the registries configured on the machine)` }), out;
}
function pushedTags(out, via, words, spec) {
  let push = !1, refs = [];
  for (let k = 0; k < words.length; k++) {
    let w = words[k];
    if (w.dynamic) continue;
    if (w.value === "--") break;
    let [opt, attached] = splitOption(w.value);
    opt === "--push" && (push = !0);
    let short = /^-t./.test(w.value) ? w.value.slice(2) : void 0, value = attached ?? short ?? (opt === "-t" || opt === "--tag" || opt === "-o" || opt === "--output" ? words[++k] && { ...words[k] } : void 0);
    if (value === void 0) continue;
    let arg = typeof value == "string" ? { ...w, value } : value;
    if (opt === "-t" || opt === "--tag" || short !== void 0) refs.push(arg);
    else if ((opt === "-o" || opt === "--output") && !arg.dynamic) {
      let fields = arg.value.split(",");
      (fields.includes("type=registry") || fields.includes("push=true")) && (push = !0);
      for (let f of fields) f.startsWith("name=") && refs.push({ ...arg, value: f.slice(5) });
    }
  }
  if (push) {
    refs.length === 0 && spec.defaultRegistry && out.push({ kind: "host", target: spec.defaultRegistry, via: `${via} --push (the default registry)` });
    for (let ref of refs) {
      if (ref.dynamic) {
        out.push({ kind: "dynamic", what: "host", word: ref.value, via: `${via} ${ref.value}` });
        continue;
      }
      let registry = registryOf(ref.value);
      registry ? host(out, { ...ref, value: registry }, `${via} ${ref.value}`, !1) : spec.defaultRegistry ? out.push({ kind: "host", target: spec.defaultRegistry, via: `${via} ${ref.value} (the default registry)` }) : out.push({ kind: "dynamic", what: "host", word: ref.value, via: `${via} ${ref.value} (the registries configured on the machine)` });
    }
  }
}
function splitOption(v) {
  let eq = v.indexOf("=");
  return v.startsWith("--") && eq > 0 ? [v.slice(0, eq), v.slice(eq + 1)] : [v, void 0];
}
function imageCandidates(words, valued, flags) {
  let unknownBefore = !1;
  for (let k = 0; k < words.length; k++) {
    let w = words[k];
    if (w.value === "--" && !w.dynamic) return words.slice(k + 1, k + 2);
    if (!w.dynamic && w.value.startsWith("-") && w.value !== "-") {
      let [opt, attached] = splitOption(w.value);
      attached === void 0 && valued.includes(opt) && k++, unknownBefore = attached === void 0 && !valued.includes(opt) && !knownFlag(w.value, flags);
      continue;
    }
    if (!unknownBefore) return [w];
    let next = words.slice(k + 1).find((x) => x.dynamic || !x.value.startsWith("-"));
    return next ? [w, next] : [w];
  }
  return [];
}
function knownFlag(v, flags) {
  return flags.includes(v) ? !0 : /^-[A-Za-z]{2,}$/.test(v) && readShortCluster(v, (ch) => flags.includes(`-${ch}`) ? "flag" : "unknown").unknown === void 0;
}
function daemonHost(out, name, value, via = `${name} -H ${value.value}`) {
  if (value.dynamic) {
    out.push({ kind: "dynamic", what: "host", word: value.value, via });
    return;
  }
  let m = /^(?:tcp|ssh|http|https):\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/]+)/.exec(value.value);
  m && out.push({ kind: "host", target: m[1].replace(/^\[|\]$/g, ""), via });
}
var BUILDX_CREATE_VALUED = /* @__PURE__ */ new Set(["--name", "--driver", "--driver-opt", "--platform", "--buildkitd-flags", "--buildkitd-config", "--config", "--node", "--builder", "--timeout"]);
function buildxCreate(out, name, words) {
  let via = `${name} buildx create`;
  for (let k = 0; k < words.length; k++) {
    let w = words[k], [opt, attached] = splitOption(w.value);
    if (!w.dynamic && BUILDX_CREATE_VALUED.has(opt)) {
      let value = attached !== void 0 ? { ...w, value: attached } : words[++k];
      value && (opt === "--config" || opt === "--buildkitd-config") && out.push(value.dynamic ? { kind: "dynamic", what: "file", op: "read", word: value.value, via: `${via} ${opt}` } : { kind: "file", op: "read", path: value.value, via: `${via} ${opt} ${value.value}` });
      continue;
    }
    !w.dynamic && w.value.startsWith("-") || (!w.dynamic && /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(w.value) ? daemonHost(out, name, w, `${via} ${w.value}`) : w.dynamic ? daemonHost(out, name, w, `${via} ${w.value}`) : configuredDaemon(out, name, w, "buildx create"));
  }
}
function configuredDaemon(out, name, value, how) {
  !value.dynamic && (value.value === "default" || value.value === "") || out.push({ kind: "remote", name: `(the daemon of ${name} context "${value.value}", from its configuration)`, via: `${name} ${how} ${value.value}` });
}
function contextTouches(out, name, rest) {
  let action = rest[0];
  if (!action || action.dynamic) return;
  let via = `${name} context ${action.value}`;
  if (action.value === "create" || action.value === "update")
    for (let k = 1; k < rest.length; k++) {
      let w = rest[k], [opt, attached] = splitOption(w.value);
      if (opt !== "--docker" || w.dynamic) continue;
      let value = attached !== void 0 ? { ...w, value: attached } : rest[++k];
      if (value) {
        if (value.dynamic) {
          out.push({ kind: "dynamic", what: "host", word: value.value, via: `${via} --docker ${value.value}` });
          continue;
        }
        for (let field of value.value.split(",")) field.startsWith("host=") && daemonHost(out, name, { ...value, value: field.slice(5) }, `${via} --docker ${value.value}`);
      }
    }
  else if (action.value === "use" || action.value === "import") {
    let ctx = rest.slice(1).find((w) => !w.value.startsWith("-"));
    ctx && configuredDaemon(out, name, ctx, `context ${action.value}`);
    let file2 = action.value === "import" ? rest.slice(1).filter((w) => !w.value.startsWith("-"))[1] : void 0;
    file2 && file2.value !== "-" && out.push(file2.dynamic ? { kind: "dynamic", what: "file", op: "read", word: file2.value, via: `${via} ${file2.value}` } : { kind: "file", op: "read", path: file2.value, via: `${via} ${file2.value}` });
  } else if (action.value === "export") {
    let [ctx, file2] = rest.slice(1).filter((w) => !w.value.startsWith("-") || w.value === "-");
    out.push({ kind: "file", op: "read", path: "~/.docker/contexts", via: `${via} (the context store)` });
    let target = file2 ?? (ctx && !ctx.dynamic ? { ...ctx, value: `${ctx.value}.${rest.some((w) => w.value === "--kubeconfig") ? "kubeconfig" : "dockercontext"}` } : ctx);
    target && target.value !== "-" && out.push(target.dynamic ? { kind: "dynamic", what: "file", op: "write", word: target.value, via: `${via} ${target.value}` } : { kind: "file", op: "write", path: target.value, via: `${via} ${target.value}` });
  }
}
function host(out, arg, via, guess) {
  arg.dynamic ? out.push({ kind: "dynamic", what: "host", word: arg.value, via }) : out.push({ kind: "host", target: arg.value, via, ...guess ? { guess: !0 } : {} });
}
function mounts(out, via, words) {
  for (let k = 0; k < words.length; k++) {
    let w = words[k];
    if (!w.value.startsWith("-")) continue;
    let [opt, attached] = splitOption(w.value), kind, value;
    if (opt === "-v" || opt === "--volume" ? kind = "volume" : opt === "--mount" ? kind = "mount" : /^-v./.test(w.value) && (kind = "volume", value = { ...w, value: w.value.slice(2) }), !kind) continue;
    if (value ??= attached !== void 0 ? { ...w, value: attached } : words[++k], !value) return;
    let bind = kind === "volume" ? volumeSource(value.value) : mountSource(value.value);
    if (!bind) continue;
    let source = { ...value, value: bind.source, dynamic: value.dynamic && /[$`*?[]/.test(bind.source) }, shown = `${via} ${opt} ${value.value}`;
    source.dynamic ? out.push({ kind: "dynamic", what: "file", op: bind.readOnly ? "read" : "write", word: source.value, via: shown }) : out.push({ kind: "file", op: bind.readOnly ? "read" : "write", path: source.value, tree: "all", via: shown });
  }
}
function isHostPath(s) {
  return s.startsWith("/") || s.startsWith(".") || s.startsWith("~") || s.startsWith("$");
}
function volumeSource(v) {
  let parts = v.split(":");
  if (parts.length < 2 || !isHostPath(parts[0])) return;
  let opts = parts.length > 2 ? parts[parts.length - 1].split(",") : [];
  return { source: parts[0], readOnly: opts.includes("ro") || opts.includes("readonly") };
}
function mountSource(v) {
  let fields = /* @__PURE__ */ new Map();
  for (let f of v.split(",")) {
    let eq = f.indexOf("=");
    fields.set(eq < 0 ? f : f.slice(0, eq), eq < 0 ? "true" : f.slice(eq + 1));
  }
  let source = fields.get("source") ?? fields.get("src");
  if (!(source === void 0 || fields.get("type") !== "bind" && !isHostPath(source)))
    return { source, readOnly: ro(fields) };
}
function ro(fields) {
  let v = fields.get("readonly") ?? fields.get("ro");
  return v !== void 0 && v !== "false" && v !== "0";
}

// src/command/git-pathspec.ts
var WILDCARDS = /[*?[]/, GLOB_SYNTAX = /* @__PURE__ */ new Set(["\\", "{", "}", "(", ")", "!", "+", "@", ","]);
function literal(text) {
  let out = "";
  for (let c of text) out += GLOB_SYNTAX.has(c) ? `\\${c}` : c;
  return out;
}
function crossingGlob(pattern) {
  let first = pattern.search(WILDCARDS), prefix = pattern.slice(0, first), rest = pattern.slice(first);
  return rest.startsWith("*") && !WILDCARDS.test(rest.slice(1)) && !rest.includes("/") && !rest.includes("\\") && (prefix === "" || prefix.endsWith("/")) ? `${literal(prefix)}**/*${literal(rest.slice(1))}` : `${literal(prefix)}*/**`;
}
function pathspecOperand(arg) {
  if (arg.dynamic) return arg;
  let v = arg.value, magic = /* @__PURE__ */ new Set();
  if (v.startsWith(":(")) {
    let close = v.indexOf(")");
    if (close < 0) return { ...arg, dynamic: !0 };
    for (let word2 of v.slice(2, close).split(",")) magic.add(word2.trim().split(":")[0].toLowerCase());
    v = v.slice(close + 1);
  } else if (v.startsWith(":")) {
    let k = 1;
    for (; k < v.length && "!^/".includes(v[k]); k++) magic.add(v[k] === "/" ? "top" : "exclude");
    v[k] === ":" && k++, v = v.slice(k);
  }
  if (!magic.has("exclude"))
    return magic.has("attr") ? { value: "$(git ls-files --attr)", dynamic: !0 } : magic.has("top") ? { value: `$(git rev-parse --show-toplevel)/${v}`, dynamic: !0 } : magic.has("literal") || !WILDCARDS.test(v) ? { ...arg, value: v } : { value: magic.has("glob") ? v : crossingGlob(v), dynamic: !0 };
}

// src/command/package-spec.ts
var SHORTHANDS = {
  "github:": "github.com",
  "gist:": "gist.github.com",
  "gitlab:": "gitlab.com",
  "bitbucket:": "bitbucket.org",
  // Registry protocols (deno add, pnpm, yarn, bun): JSR's and npm's own registries.
  "jsr:": "jsr.io",
  "npm:": "registry.npmjs.org"
};
function isSchemeChar(c) {
  return c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c === "+" || c === "." || c === "-";
}
function urlIn(spec) {
  let at = spec.indexOf("://");
  if (at < 0) return;
  let start = at;
  for (; start > 0 && isSchemeChar(spec[start - 1]); ) start--;
  let end = spec.indexOf(" ", at);
  end < 0 && (end = spec.length);
  let url2 = spec.slice(start, end), plus = url2.indexOf("+");
  return plus >= 0 && plus < url2.indexOf("://") ? url2.slice(plus + 1) : url2;
}
function packageHost(spec) {
  let url2 = urlIn(spec);
  if (url2) return url2;
  let lower = spec.toLowerCase();
  for (let [prefix, host2] of Object.entries(SHORTHANDS)) if (lower.startsWith(prefix)) return host2;
  let scp = /^git@([^:/\s]+):/.exec(spec);
  if (scp) return scp[1];
  if (/^[A-Za-z0-9][\w.-]*\/[\w.-]+(?:#\S*)?$/.test(spec) && !spec.startsWith(".")) return "github.com";
}

// src/command/package-registry.ts
function registryTouches(spec, use, operands, has, valueOf, env, via) {
  if (use.registryWithOperands && operands.length === 0) return [];
  let given = /* @__PURE__ */ new Map();
  for (let a of env) {
    let n = assignedName(a.value);
    n !== void 0 && a.value[n.length] === "=" && given.set(n, a);
  }
  let out = [];
  for (let o of spec.offline ?? [])
    if (o.startsWith("-") ? has(o) : given.get(o.slice(0, o.indexOf("=")))?.value === o) return [];
  let replaced = !1;
  for (let o of spec.replacedBy ?? []) {
    if (!has(o)) continue;
    replaced = !0;
    let v = valueOf(o);
    v && !v.dynamic && !v.value.includes("://") && out.push({ kind: "remote", name: `(the registry "${v.value}" of the tool's configuration)`, via: `${via} ${o} ${v.value}` });
  }
  for (let [name, how] of Object.entries(spec.env ?? {})) {
    let a = given.get(name);
    if (!a) continue;
    how === "replace" && (replaced = !0);
    let value = a.value.slice(name.length + 1);
    if (a.dynamic) {
      out.push({ kind: "dynamic", what: "host", word: a.value, via: `${via} (${a.value})` });
      continue;
    }
    for (let v of value.split(/[\s,|]+/))
      v === "" || v === "off" || /^(?:[./~]|file:)/.test(v) || (v === "direct" ? out.push({ kind: "remote", name: "(each module's own host)", via: `${via} (${name}=${value})` }) : out.push({ kind: "host", target: v, via: `${via} (${name}=${value})` }));
  }
  if (replaced) return out;
  let may = use.registryMay || use.registryVersioned && !operands.some((o) => o.dynamic || o.value.includes("@"));
  for (let h of spec.hosts) out.push({ kind: "host", target: h, via: `${via} (the default registry ${h})`, ...may ? { guess: !0 } : {} });
  return out;
}

// src/command/socat-address.ts
var CONNECTS = /^(?:tcp[46]?(?:-connect)?|udp[46]?(?:-connect|-sendto|-datagram)?|sctp[46]?(?:-connect)?|udplite[46]?(?:-connect|-sendto|-datagram)?|dccp[46]?(?:-connect)?|(?:openssl|ssl)(?:-connect|-dtls-client)?|dtls|ip[46]?-(?:sendto|datagram))$/, PROXIES = /^(?:proxy(?:-connect)?|socks4a?|socks5(?:-connect)?)$/, LISTENS = /-(?:listen|recv|recvfrom|server)$|^(?:tun|vsock-listen)$/, FILES = /^(?:open|create|creat|gopen|pipe|unix(?:-connect|-sendto|-client|-listen|-recv|-recvfrom)?|local)$/, NOTHING = /^(?:-|stdio|stdin|stdout|stderr|fd|pty|readline|socketpair|interface|abstract(?:-[a-z]+)?|vsock(?:-connect)?|shell)$/, CODE = /^(?:exec|system)$/, READS_OPTION = /^(?:cert|key|cafile|capath|dhparam|dhparams|certificate|openssl-certificate|openssl-key|openssl-cafile)$/, VALUED = /* @__PURE__ */ new Set(["-lf", "-lp", "-L", "-W", "-r", "-R", "-b", "-t", "-T"]), WRITES = /* @__PURE__ */ new Set(["-lf", "-L", "-W", "-r", "-R"]);
function parse(word2) {
  return word2.split("!!").map((part) => {
    let [head = "", ...options] = part.split(","), colon = head.indexOf(":");
    return colon < 0 ? head.includes("/") ? { keyword: "gopen", params: [head], options } : /^\d+$/.test(head) ? { keyword: "fd", params: [head], options } : { keyword: head.toLowerCase(), params: [], options } : { keyword: head.slice(0, colon).toLowerCase(), params: splitParams(head.slice(colon + 1)), options };
  });
}
function splitParams(s) {
  let out = [];
  for (let rest = s; rest !== ""; ) {
    if (rest.startsWith("[")) {
      let end = rest.indexOf("]");
      if (end > 0) {
        out.push(rest.slice(1, end)), rest = rest.slice(end + 1).replace(/^:/, "");
        continue;
      }
    }
    let colon = rest.indexOf(":");
    out.push(colon < 0 ? rest : rest.slice(0, colon)), rest = colon < 0 ? "" : rest.slice(colon + 1);
  }
  return out;
}
function addresses(words) {
  let out = [], k = 0;
  for (; k < words.length; k++) {
    let v = words[k].value;
    if (words[k].dynamic || !v.startsWith("-") || v === "-") break;
    VALUED.has(v) && k++;
  }
  for (; k < words.length; k++) out.push({ arg: words[k], index: k });
  return out;
}
function socatTouches(name, words) {
  let out = [];
  for (let k = 0; k < words.length; k++) {
    let v = words[k].value;
    if (words[k].dynamic || !v.startsWith("-") || v === "-") break;
    let file2 = WRITES.has(v) && words[k + 1] ? words[k + 1] : void 0;
    file2 && out.push(file2.dynamic ? { kind: "dynamic", what: "file", op: "write", word: file2.value, via: `${name} ${v} ${file2.value}` } : { kind: "file", op: "write", path: file2.value, via: `${name} ${v} ${file2.value}` }), VALUED.has(v) && k++;
  }
  for (let { arg } of addresses(words)) {
    let via = `${name} ${arg.value}`;
    if (arg.dynamic) {
      out.push({ kind: "dynamic", what: "host", word: arg.value, via });
      continue;
    }
    for (let a of parse(arg.value)) {
      for (let o of a.options) {
        let eq = o.indexOf("=");
        eq > 0 && READS_OPTION.test(o.slice(0, eq).toLowerCase()) && out.push({ kind: "file", op: "read", path: o.slice(eq + 1), via });
      }
      if (CONNECTS.test(a.keyword))
        a.params[0] && out.push({ kind: "host", target: a.params[0], via });
      else if (PROXIES.test(a.keyword))
        for (let h of a.params.filter((p) => !/^\d*$/.test(p))) out.push({ kind: "host", target: h, via });
      else FILES.test(a.keyword) ? a.params[0] && !(a.keyword === "pipe" && a.params.length === 0) && out.push({ kind: "file", op: "write", path: a.params[0], via }) : !LISTENS.test(a.keyword) && !NOTHING.test(a.keyword) && !CODE.test(a.keyword) && out.push({ kind: "dynamic", what: "host", word: arg.value, via: `${via} (an address this reading does not know)` });
    }
  }
  return out;
}
function socatRunsCode(args) {
  for (let { arg } of addresses(args))
    if (!arg.dynamic)
      for (let part of arg.value.split("!!")) {
        let colon = part.indexOf(":");
        if (colon > 0 && CODE.test(part.slice(0, colon).toLowerCase())) return { address: arg.value, code: part.slice(colon + 1) };
      }
}

// src/command/request-items.ts
var METHODS = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT", "QUERY"]);
function requestItemTouches(name, operands) {
  let out = [];
  if (operands.length === 0) return out;
  let at = 0, first = operands[0];
  !first.dynamic && operands.length > 1 && /^[A-Za-z]+$/.test(first.value) && (METHODS.has(first.value.toUpperCase()) || url(out, name, first), at = 1), url(out, name, operands[at]);
  for (let item of operands.slice(at + 1)) {
    if (item.dynamic) {
      out.push({ kind: "dynamic", what: "file", op: "read", word: item.value, via: `${name} ${item.value}` });
      continue;
    }
    let path = itemFile(item.value);
    path ? out.push({ kind: "file", op: "read", path, via: `${name} ${item.value}` }) : (!/[:=@]/.test(item.value) || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(item.value)) && url(out, name, item);
  }
  return out;
}
function url(out, name, arg) {
  let via = `${name} ${arg.value}`;
  if (arg.dynamic) {
    out.push({ kind: "dynamic", what: "host", word: arg.value, via });
    return;
  }
  let v = arg.value, target = v.startsWith(":") ? `http://localhost${v.slice(1).startsWith("/") ? "" : ":"}${v.slice(1)}` : v.includes("://") ? v : `http://${v}`;
  out.push({ kind: "host", target, via });
}
function itemFile(word2) {
  if (word2.startsWith("@")) return fileOf(word2.slice(1));
  for (let i = 0; i < word2.length; i++) {
    let c = word2[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "@") return fileOf(word2.slice(i + 1));
    if (c === ":" || c === "=") {
      let j = i + 1;
      return word2[j] === "=" && j++, word2[j] === "@" ? fileOf(word2.slice(j + 1)) : void 0;
    }
  }
}
function fileOf(v) {
  let semi = v.indexOf(";"), path = semi < 0 ? v : v.slice(0, semi);
  return path === "" ? void 0 : path;
}

// src/command/program-path.ts
import { posix } from "node:path";
var SYSTEM_BIN_DIRS = /* @__PURE__ */ new Set(["/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin", "/opt/homebrew/bin"]), patternPrograms = /* @__PURE__ */ new Map();
function patternProgram(pattern) {
  let known = patternPrograms.get(pattern);
  if (known) return known;
  let first = lexShell(pattern).words[0], value = first?.value ?? "";
  return known = { slash: value.includes("/") }, known.slash && (known.path = posix.normalize(value), first?.glob && (known.glob = compileGlob(known.path))), patternPrograms.size > 4096 && patternPrograms.clear(), patternPrograms.set(pattern, known), known;
}
function samePath(pattern, path) {
  return pattern.glob ? pattern.glob(path) : pattern.path === path;
}
function programRefusal(pattern, word2, dirs, anyDir = !1) {
  if (!word2.includes("/"))
    return patternProgram(pattern).slash ? `"${word2}" is found on PATH, not the file the pattern names` : void 0;
  let wanted = patternProgram(pattern);
  if (!wanted.slash) {
    let dir = word2.startsWith("/") ? posix.dirname(posix.normalize(word2)) : void 0;
    return dir !== void 0 && SYSTEM_BIN_DIRS.has(dir) ? void 0 : `"${word2}" is a file of that name outside the system's program directories, which may be any program`;
  }
  if (word2.startsWith("/")) return samePath(wanted, posix.normalize(word2)) ? void 0 : `"${word2}" is not the file the pattern names`;
  if (anyDir) return `"${word2}" runs in a directory the line does not show (after a "cd" to a run-time value)`;
  for (let dir of dirs ?? ["."])
    if (!samePath(wanted, posix.normalize(`${dir}/${word2}`))) return `"${word2}"${dir === "." ? "" : ` (run in ${dir})`} is not the file the pattern names`;
}
var namesProgramPaths = derivedOnce(
  (list) => list.rules.some((rule) => patternProgram(rule.pattern).slash)
);

// src/command/touch-model.ts
import { posix as posix2 } from "node:path";
var REGISTRIES = ownEntries(REGISTRY_DATA), PROGRAMS_BY_NAME = PROGRAM_SPECS.view(), TOUCH_BY_NAME = TOUCH_MODELS.view(), shaped = derivedOnce(
  (m) => ({
    operands: m.operands,
    tree: m.tree,
    skipsHidden: m.skipsHidden,
    skip: m.skip,
    skipUnless: m.skipUnless,
    first: m.first,
    last: m.last,
    lastDir: m.lastDir,
    dashdash: m.dashdash,
    options: m.options,
    assign: m.assign,
    when: m.when,
    posix: m.posix,
    remote: m.remote,
    startPoints: m.startPoints,
    bundled: m.bundled,
    shortFlags: m.shortFlags,
    extract: m.extract,
    prefix: m.prefix,
    pathspecs: m.pathspecs,
    operandsAfter: m.operandsAfter,
    defaultSub: m.defaultSub,
    noOperands: m.noOperands,
    noOperandsWhen: m.noOperandsWhen,
    guess: m.guess,
    listsOutside: m.listsOutside,
    imageRefs: m.imageRefs,
    addresses: m.addresses,
    contacts: m.contacts,
    contactsUnless: m.contactsUnless,
    requestItems: m.requestItems,
    paramFiles: m.paramFiles,
    reads: m.reads,
    readsCode: m.readsCode,
    writes: m.writes,
    serves: m.serves,
    uploads: m.uploads,
    fileExts: m.fileExts,
    globs: m.globs,
    outputName: m.outputName,
    switches: m.switches,
    pieces: m.pieces,
    registry: m.registry,
    registryMay: m.registryMay,
    registryWithOperands: m.registryWithOperands,
    registryVersioned: m.registryVersioned
  })
);
function touchModel(name) {
  let m = TOUCH_BY_NAME.get(name);
  return m && shaped(m);
}
var SUBCOMMAND_MODELS = new Set([...TOUCH_BY_NAME.names()].filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" "))));
var DEVICES = /* @__PURE__ */ new Set(["-", "/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/tty", "/dev/zero", "/dev/random", "/dev/urandom", "/dev/full"]);
function canonical2(spec, option) {
  return (spec.aliases && own(spec.aliases, option)) ?? option;
}
var valuedByTouch = derivedOnce(
  (spec) => derivedOnce((touch) => {
    let valued = new Set(spec.valued ?? []);
    for (let o of Object.keys(touch.options ?? {})) valued.add(o);
    return valued;
  })
);
function valuedOptions(spec, touch) {
  return valuedByTouch(spec)(touch);
}
var longsByTouch = derivedOnce(
  (spec) => derivedOnce((touch) => {
    let all = /* @__PURE__ */ new Set(), add2 = (o) => {
      o.startsWith("--") && o.length > 3 && all.add(o);
    };
    for (let [k, v] of Object.entries(spec.aliases ?? {})) add2(k), add2(v);
    for (let o of spec.valued ?? []) add2(o);
    for (let o of Object.keys(touch.options ?? {})) add2(o);
    for (let [o, change] of Object.entries(touch.when ?? {})) {
      add2(o);
      for (let c of Object.keys(change.options ?? {})) add2(c);
    }
    for (let after of Object.values(touch.operandsAfter ?? {})) for (let o of Object.keys(after.when ?? {})) add2(o);
    return [...all];
  })
);
function unabbreviated(spec, touch, option) {
  if (!option.startsWith("--") || option.length < 4) return option;
  let longs = longsByTouch(spec)(touch);
  if (longs.includes(option)) return option;
  let found;
  for (let l of longs) {
    if (!l.startsWith(option)) continue;
    let c = canonical2(spec, l);
    if (found !== void 0 && found !== c) return option;
    found = c;
  }
  return found ?? option;
}
var NO_SPEC = {}, asWrapper = derivedOnce((model) => ({ ...model, posix: !0, operands: "none" })), whenEntries = derivedOnce((touch) => Object.entries(touch.when ?? {})), singleDashFlags = derivedOnce((touch) => {
  let all = [...Object.keys(touch.when ?? {}), ...Array.isArray(touch.tree) ? touch.tree : [], ...Object.keys(touch.noOperandsWhen ?? {})];
  return new Set(all.filter((o) => o.length > 2 && o.startsWith("-") && !o.startsWith("--")));
});
function parse2(words, spec, touch) {
  let out = { options: [], operands: [] }, valued = valuedOptions(spec, touch), takesValue = (name, written) => valued.has(name) || valued.has(written), ended = !1;
  for (let k = 0; k < words.length; k++) {
    let w = words[k], v = w.value;
    if (touch.switches && !ended && v.startsWith("-") && v !== "-" && v !== "--" && !w.procsub) {
      out.options.push(switchOption(w, valued));
      continue;
    }
    if (!(!ended && v.startsWith("-") && v !== "-" && !w.procsub && (!w.dynamic || isStaticGlob(w)))) {
      if (k === 0 && touch.bundled && !w.dynamic && /^[A-Za-z]+$/.test(v)) {
        k = cluster(`-${v}`, words, k, spec, takesValue, out);
        continue;
      }
      if (out.operands.push({ arg: w, afterDashDash: ended }), touch.posix) return out;
      continue;
    }
    if (v === "--") {
      ended = !0;
      continue;
    }
    let eq = v.indexOf("="), head = eq > 0 ? v.slice(0, eq) : v;
    if (touch.shortFlags !== void 0 && !v.startsWith("--") && [...v.slice(1)].some((c) => !touch.shortFlags.includes(c))) {
      out.operands.push({ arg: w, afterDashDash: !1 });
      continue;
    }
    if (v.startsWith("--") || head.length > 2 && (takesValue(canonical2(spec, head), head) || singleDashFlags(touch).has(head))) {
      let name = canonical2(spec, unabbreviated(spec, touch, head));
      if (spec.triples?.includes(name)) {
        let joined = eq > 0 ? { ...w, value: v.slice(eq + 1) } : words[k + 1];
        if (joined && (eq > 0 || joined.dynamic || /^[0-7]+,/.test(joined.value))) {
          let m = joined.dynamic ? null : /^[^,]*,[^,]*,/.exec(joined.value);
          out.options.push({ name, value: m ? { ...joined, value: joined.value.slice(m[0].length) } : joined, word: eq > 0 ? v : `${v} ${joined.value}` }), eq < 0 && k++;
        } else {
          let value = words[k + 3];
          out.options.push({ name, ...value ? { value } : {}, word: [v, ...words.slice(k + 1, k + 4).map((x) => x.value)].join(" ") }), k += 3;
        }
        continue;
      }
      if (eq < 0 && spec.pairs?.includes(name)) {
        let value = words[k + 2] ?? words[k + 1];
        out.options.push({ name, ...value ? { value } : {}, word: [v, words[k + 1]?.value, words[k + 2]?.value].filter((x) => x !== void 0).join(" ") }), k += 2;
      } else eq > 0 ? out.options.push({ name, value: { ...w, value: v.slice(eq + 1) }, word: v }) : takesValue(name, head) && k + 1 < words.length ? (out.options.push({ name, value: words[k + 1], word: `${v} ${words[k + 1].value}` }), k++) : out.options.push({ name, word: v });
      continue;
    }
    k = cluster(v, words, k, spec, takesValue, out);
  }
  return out;
}
function switchOption(w, valued) {
  let name;
  for (let o of valued) w.value.startsWith(o) && (name === void 0 || o.length > name.length) && (name = o);
  return name === void 0 || name === w.value ? { name: name ?? w.value, word: w.value } : { name, value: { ...w, value: w.value.slice(name.length) }, word: w.value };
}
function cluster(v, words, k, spec, takesValue, out) {
  let c = readShortCluster(v, (ch) => takesValue(canonical2(spec, `-${ch}`), `-${ch}`) ? "value" : "flag");
  for (let ch of c.flags) {
    let word2 = `-${ch}`, flag = { name: canonical2(spec, word2), word: word2 };
    v.length > 2 && (flag.cluster = v), out.options.push(flag);
  }
  if (c.valued === void 0) return k;
  let name = canonical2(spec, `-${c.valued}`);
  if (c.attached !== void 0) out.options.push({ name, value: { ...words[k], value: c.attached }, word: v });
  else {
    if (k + 1 < words.length)
      return out.options.push({ name, value: words[k + 1], word: `${v} ${words[k + 1].value}` }), k + 1;
    out.options.push({ name, word: v });
  }
  return k;
}
function afterWith(after, has) {
  let a = after;
  for (let [option, change] of Object.entries(after.when ?? {})) has(option) && (a = { ...a, ...change });
  return a;
}
function effective(touch, has) {
  if (touch.when === void 0) return touch;
  let t = touch;
  for (let [option, change] of whenEntries(touch))
    has(option) && (t = { ...t, ...change, options: { ...t.options, ...change.options } });
  return t;
}
function touchesOf(argv, wrapper, env = []) {
  let first = argv[0];
  if (!first || first.dynamic) return [];
  let ran = programFile(first.value);
  if (ran) {
    let out = touchesOfProgram(argv, wrapper, env);
    return out.push(ran), out;
  }
  return touchesOfProgram(argv, wrapper, env);
}
function programFile(word2) {
  if (word2.includes("/") && !(word2.startsWith("/") && SYSTEM_BIN_DIRS.has(posix2.dirname(posix2.normalize(word2)))))
    return { kind: "file", op: "read", path: word2, via: `${word2} (the program run)`, guess: !0, runs: !0 };
}
function touchesOfProgram(argv, wrapper, env = []) {
  let first = argv[0];
  if (!first) return [];
  let name = executableName(first.value), spec = PROGRAMS_BY_NAME.get(name) ?? NO_SPEC, words = argv.slice(1);
  if (!wrapper && (name === "yarn" || name === "pnpm" || name === "bun" || name === "pdm" || name === "hatch" || name === "rye")) {
    let bin = runnerBin(name, words, spec);
    if (bin) {
      let own2 = words.slice(0, words.indexOf(bin[0]));
      return name === "yarn" && own2.at(-1)?.value !== "run" && own2.push({ value: "run", dynamic: !1 }), [...touchesOfProgram(bin, !1), ...touchesOfProgram([first, ...own2], !1)];
    }
  }
  if (spec.subcommands) {
    let k = subcommandAt(words, spec), sub = words[k];
    if (!sub) return [];
    if (words = words.slice(k + 1), sub.dynamic) return generic(name, words);
    spec = own(spec.subcommands, sub.value) ?? NO_SPEC, name = `${name} ${sub.value}`;
  } else {
    let base = wrapper || name.startsWith("$") ? void 0 : touchModel(name), viaSub = base ? subModelTouches(name, words, spec, base, env) : void 0;
    if (viaSub) return viaSub;
    if (SUBCOMMAND_MODELS.has(name)) {
      let k = modelledSubcommandAt(words, spec), sub = words[k];
      if (sub?.dynamic) return wrapper ? [] : generic(name, words.slice(k + 1));
      sub && TOUCH_BY_NAME.has(`${name} ${sub.value}`) ? (words = [...words.slice(0, k).filter((w) => w.dynamic || !w.value.startsWith("+")), ...words.slice(k + 1)], name = `${name} ${sub.value}`) : k > 0 && (words = words.filter((w, i) => i >= k || w.dynamic || !w.value.startsWith("+")));
    }
  }
  if (!wrapper && /^python[0-9.]*$/.test(name)) {
    let m = pythonModule(words, env);
    if (m) return m;
  }
  let model = name.startsWith("$") ? void 0 : touchModel(name);
  return model ? touchesOfModel(name, model, words, spec, wrapper, env) : wrapper ? [] : generic(name, words);
}
function subModelTouches(name, words, spec, model, env) {
  let sub = subModel(name, words, spec, model);
  if (!sub) return;
  let out = touchesOfModel(sub.name, sub.model, sub.words, spec, !1, env);
  return model.contacts && sub.model.contacts === void 0 && !model.contactsUnless?.includes(sub.name.slice(name.length + 1).split(" ")[0]) && out.push({ kind: "remote", name: model.contacts, via: sub.name }), model.imageRefs && out.push(...imageRefTouches(name, words, model.imageRefs, env)), out;
}
var SUB_DEPTH = (() => {
  let m = /* @__PURE__ */ new Map();
  for (let key of TOUCH_BY_NAME.names()) {
    let parts = key.split(" ");
    parts.length < 2 || !TOUCH_BY_NAME.has(parts[0]) || m.set(parts[0], Math.max(m.get(parts[0]) ?? 0, parts.length - 1));
  }
  return m;
})(), withProgramOptions = derivedOnce(
  (sub) => derivedOnce((program) => ({ ...sub, options: { ...program.options, ...sub.options }, ...sub.paramFiles ?? program.paramFiles ? { paramFiles: sub.paramFiles ?? program.paramFiles } : {} }))
);
function subModel(name, words, spec, model) {
  let depth = SUB_DEPTH.get(name);
  if (!depth) return;
  let valued = valuedOptions(spec, model), global = model.imageRefs?.globalValued ?? [], picked = [];
  for (let k = 0; k < words.length && picked.length < depth + 1; k++) {
    let w = words[k];
    if (w.dynamic || w.value === "--") break;
    if (w.value.startsWith("-") && w.value !== "-") {
      (valued.has(w.value) || global.includes(w.value)) && k++;
      continue;
    }
    picked.push(k);
  }
  let second = picked.length > 1 && picked[0] > 0 && words[picked[0] - 1].value.startsWith("-");
  for (let from = 0; from <= (second ? 1 : 0); from++)
    for (let n = Math.min(depth, picked.length - from); n >= 1; n--) {
      let at = picked.slice(from, from + n), key = `${name} ${at.map((k) => words[k].value).join(" ")}`, sub = touchModel(key);
      if (!sub) continue;
      let taken = new Set(at);
      return { name: key, model: withProgramOptions(sub)(model), words: words.filter((_, i) => !taken.has(i)) };
    }
}
function touchesOfModel(name, model, words, spec, wrapper, env = []) {
  let base = wrapper ? asWrapper(model) : model;
  if (base.startPoints) return findTouches(name, words, base.listsOutside);
  let parsed = parse2(words, spec, base), has = (o) => {
    let c = canonical2(spec, o);
    for (let p of parsed.options) if (p.name === c || p.name === o) return !0;
    return !1;
  }, t = effective(base, has), out = modelled(name, t, parsed, has, wrapper ? [] : env);
  return !wrapper && model.imageRefs && out.push(...imageRefTouches(name, words, model.imageRefs, env)), !wrapper && model.addresses && out.push(...socatTouches(name, words)), out;
}
function subcommandAt(words, spec) {
  let k = 0;
  for (; k < words.length; k++) {
    let v = words[k].value;
    if (words[k].dynamic || !v.startsWith("-")) break;
    spec.globalValued?.includes(v) && k++;
  }
  return k;
}
var RUNNER_BINS = /* @__PURE__ */ new Set(["prettier", "eslint", "stylelint", "markdownlint", "markdownlint-cli2", "biome", "dprint", "standard", "xo", "oxlint", "black", "isort", "ruff", "autopep8", "yapf"]);
function runnerBin(name, words, spec) {
  let k = 0;
  for (; k < words.length && !words[k].dynamic && words[k].value.startsWith("-") && words[k].value !== "--"; ) k += spec.valued?.includes(words[k].value) ? 2 : 1;
  if (words[k]?.value === "run" && !words[k].dynamic && name !== "pnpm") k++;
  else if (name === "pdm" || name === "hatch" || name === "rye") return;
  let w = words[k];
  return w && !w.dynamic && RUNNER_BINS.has(w.value) ? words.slice(k) : void 0;
}
function modelledSubcommandAt(words, spec) {
  let k = 0;
  for (; k < words.length; k++) {
    let w = words[k];
    if (w.dynamic) break;
    if (!(w.value.startsWith("+") && w.value.length > 1)) {
      if (!w.value.startsWith("-") || w.value === "-" || w.value === "--") break;
      !w.value.includes("=") && (spec.valued?.includes(w.value) || spec.globalValued?.includes(w.value)) && k++;
    }
  }
  return k;
}
function generic(name, words) {
  let out = [], ended = !1;
  for (let w of words) {
    if (!ended && w.value === "--" && !w.dynamic) {
      ended = !0;
      continue;
    }
    if (!ended && (!w.dynamic || isStaticGlob(w)) && w.value.startsWith("-")) {
      let eq = w.value.indexOf("=");
      w.value.startsWith("--") && eq > 0 && eq < w.value.length - 1 && operand(out, name, "read", { ...w, value: w.value.slice(eq + 1) }, { guess: !0, via: `${name} ${w.value}` });
      continue;
    }
    operand(out, name, "read", w, { guess: !0 });
  }
  return out;
}
function addRegistry(out, use, operands, from, has, valueOf, env, via) {
  let spec = use.registry ? REGISTRIES.get(use.registry) : void 0;
  return spec ? (out.push(...registryTouches(spec, use, operands.slice(from).map((o) => o.arg), has, valueOf, env, via)), !0) : !1;
}
function modelled(name, t, parsed, has, env = []) {
  let out = [], valueOf = (o) => parsed.options.find((p) => p.name === o)?.value, tree = t.tree === !0 ? "all" : t.tree === "named" ? "named" : Array.isArray(t.tree) && t.tree.some(has) ? "all" : void 0, fileOpts = { tree, skipsHidden: t.skipsHidden, guess: t.guess, listsOutside: t.listsOutside, pathspec: t.pathspecs };
  for (let o of parsed.options) {
    let op = t.options && (own(t.options, o.name) ?? own(t.options, firstPart(o.word))) || void 0;
    op && o.value && operand(out, name, op, o.value, { via: `${name} ${o.word}` });
  }
  let operands = parsed.operands;
  if (t.dashdash === "none" && (operands = operands.filter((o) => !o.afterDashDash)), t.globs && (operands = operands.map((o) => o.arg.dynamic || !/[*?[{]|(?:^|\/)\.\.\.(?:$|\/)/.test(o.arg.value) ? o : { ...o, arg: { ...o.arg, value: globDir(o.arg.value) }, toolGlob: !0 })), t.skip && !(t.skipUnless ?? []).some(has) && (operands = operands.slice(t.skip)), t.pathspecs) {
    let given = operands.length;
    operands = gitPathspecs(operands), operands.length === 0 && t.noOperandsWhen && (given > 0 || Object.keys(t.noOperandsWhen).some(has)) && (operands = [{ arg: { value: ".", dynamic: !1 }, afterDashDash: !1 }]);
  }
  if (t.assign) {
    for (let { arg } of operands) {
      let eq = arg.value.indexOf("="), op = eq > 0 ? own(t.assign, arg.value.slice(0, eq)) : void 0;
      op && operand(out, name, op, { ...arg, value: arg.value.slice(eq + 1) }, { via: `${name} ${arg.value}` });
    }
    return out;
  }
  if (t.extract) {
    let dir = parsed.options.find((o) => o.name === t.extract)?.value ?? { value: ".", dynamic: !1 }, what = t.extract === "." ? "(writes paths the line does not name: the working directory)" : dir.value === "." ? "(extracts into the working directory)" : `${t.extract} ${dir.value}`;
    operand(out, name, "write", dir, { tree: "all", via: `${name} ${what}` });
  }
  let prefix = t.prefix ? parsed.options.find((o) => o.name === t.prefix)?.value : void 0;
  if (prefix) {
    let via = `${name} ${t.prefix}=${prefix.value}`;
    if (prefix.dynamic)
      return out.push({ kind: "dynamic", what: "file", op: "write", word: prefix.value, via }), out;
    if (operands.length === 0) {
      let slash = prefix.value.lastIndexOf("/"), dir = slash < 0 ? "." : slash === 0 ? "/" : prefix.value.slice(0, slash);
      return Object.keys(t.noOperandsWhen ?? {}).some(has) && operand(out, name, "write", { ...prefix, value: dir }, { tree: "all", via }), out;
    }
    operands = operands.map((o) => ({ ...o, arg: { ...o.arg, value: `${prefix.value}${o.arg.value}` } }));
  }
  if (t.uploads && operand(out, name, "read", { value: ".", dynamic: !1 }, { tree: "all", via: `${name} (uploads the working directory)` }), t.serves) {
    let dir = parsed.options.find((o) => o.name === t.serves)?.value ?? { value: ".", dynamic: !1 };
    operand(out, name, "read", dir, { tree: "all", via: `${name} (serves ${dir.value === "." ? "the working directory" : dir.value})` });
  }
  let implied2 = t.defaultSub !== void 0 && (operands.length === 0 || operands[0].afterDashDash) ? { value: t.defaultSub, dynamic: !1 } : void 0, sub = implied2 ?? operands[0]?.arg, sub2 = implied2 ? void 0 : operands[1]?.arg, after2 = t.operandsAfter && sub && !sub.dynamic && sub2 && !sub2.dynamic ? own(t.operandsAfter, `${sub.value} ${sub2.value}`) : void 0;
  after2?.ops && (operandsByPosition(out, name, after2.ops, operands.slice(2), `${sub.value} ${sub2.value}`), addRegistry(out, after2, operands, 2, has, valueOf, env, `${name} ${sub.value} ${sub2.value}`));
  let found = after2 && !after2.ops ? after2 : t.operandsAfter && sub && !sub.dynamic && !after2 ? own(t.operandsAfter, sub.value) : void 0, skip = implied2 ? 0 : found && found === after2 ? 2 : 1, after = found?.when ? afterWith(found, has) : found;
  if (after && sub) {
    let end = after.first ? Math.min(skip + 1, operands.length) : operands.length, reach = after.tree ? "all" : tree, subName = skip === 2 ? `${sub.value} ${sub2.value}` : sub.value;
    if (after.whole && (!after.whole.unlessOperands || operands.length <= skip)) {
      let w = after.whole;
      out.push({ ...fileTouch(w.op, w.path, !1, { tree: "all", ...t.pathspecs ? { pathspec: !0 } : {} }, `${name} ${subName} (${w.top ? "the work tree" : "the working directory"})`), ...w.top ? { top: !0 } : {} });
    }
    addRegistry(out, after, operands, skip, has, valueOf, env, `${name} ${subName}`);
    for (let i = implied2 && after === found ? end : skip; i < end; i++) {
      let o = operands[i];
      operand(out, name, after.op, o.arg, { guess: after.op === "read", ...reach ? { tree: reach } : {}, ...t.pathspecs ? { pathspec: !0 } : {}, ...o.gitWildcard ? { gitWildcard: !0 } : {} });
    }
    found !== after2 && after.ops && operandsByPosition(out, name, after.ops, operands.slice(skip), sub.value), after.contacts && out.push({ kind: "remote", name: after.contacts, via: `${name} ${subName}` });
    for (let f of after.reads ?? []) file(out, "read", { value: f, dynamic: !1 }, { guess: !0, runs: after.readsCode }, `${name} ${subName} (reads ${f})`);
    if (after.writes && (!after.writesWithOperands || operands.length > skip))
      for (let f of after.writes) file(out, "write", { value: f, dynamic: !1 }, {}, `${name} ${subName} (writes ${f})`);
  }
  if (t.paramFiles)
    for (let a of [...parsed.options.map((o) => o.value), ...parsed.operands.map((o) => o.arg)]) {
      if (!a || a.dynamic) continue;
      let prefix2 = t.paramFiles.find((p) => a.value.startsWith(p) && a.value.length > p.length);
      prefix2 && file(out, "read", { ...a, value: a.value.slice(prefix2.length) }, {}, `${name} ${a.value}`);
    }
  t.contacts && contactsApply(t, parsed, has) && out.push({ kind: "remote", name: t.contacts, via: name }), addRegistry(out, t, operands, 0, has, valueOf, env, name);
  let alone = operands.length === 0 && t.operandsAfter ? own(t.operandsAfter, "(no operand)") : void 0;
  if (alone && addRegistry(out, alone, [], 0, has, valueOf, env, name))
    for (let f of alone.reads ?? []) file(out, "read", { value: f, dynamic: !1 }, { guess: !0, runs: alone.readsCode }, `${name} (reads ${f})`);
  if (t.requestItems)
    return out.push(...requestItemTouches(name, operands.map((o) => o.arg))), out;
  for (let f of t.reads ?? []) file(out, "read", { value: f, dynamic: !1 }, { guess: !0, runs: t.readsCode }, `${name} (reads ${f})`);
  for (let f of t.writes ?? []) file(out, "write", { value: f, dynamic: /[*?[]/.test(f) }, {}, `${name} (writes ${f})`);
  if (operands.length === 0) {
    let none = Object.entries(t.noOperandsWhen ?? {}).find(([o]) => has(o))?.[1] ?? t.noOperands;
    return none === "<remote>" ? out.push({ kind: "remote", name: "(the default remote)", via: name }) : none !== void 0 && t.operands && t.operands !== "none" && operand(out, name, t.operands, { value: none, dynamic: !1 }, t.guess ? { ...fileOpts, via: `${name} (${none === "." ? "the working directory" : none})` } : { ...fileOpts, tree: "all", guess: !1, via: `${name} (${none === "." ? "the working directory" : none})` }), out;
  }
  t.outputName && outputNames(out, name, t.outputName, parsed, operands, has), t.pieces && pieces(out, name, t.pieces, parsed, operands);
  let targetGiven = parsed.options.some((o) => t.options !== void 0 && own(t.options, o.name) === "write-dir"), lastAt = t.last && !targetGiven && operands.length >= 2 ? operands.length - 1 : -1;
  return operands.forEach(({ arg, afterDashDash, gitWildcard }, i) => {
    if (t.remote === "place" && !arg.dynamic) {
      let local = placeLocal(arg.value);
      if (local === void 0) return;
      local !== arg.value && (arg = { ...arg, value: local });
    } else if (t.remote && !arg.dynamic && remoteHost(arg.value) !== void 0) {
      out.push({ kind: "host", target: remoteHost(arg.value), via: `${name} ${arg.value}` });
      return;
    }
    if (i === lastAt) {
      if (operand(out, name, t.last, arg, { ...fileOpts, tree: tree ? "named" : void 0, guess: !1 }), t.lastDir && !arg.dynamic)
        for (let src of operands.slice(0, lastAt)) {
          if (src.arg.dynamic) continue;
          let local = remoteHost(src.arg.value) === void 0 ? src.arg.value : src.arg.value.slice(src.arg.value.indexOf(":") + 1), base = withoutTrailingSlashes(local).split("/").pop();
          base && base !== "." && base !== ".." && operand(out, name, t.last, { ...arg, value: `${withoutTrailingSlashes(arg.value)}/${base}` }, { ...fileOpts, tree: tree ? "named" : void 0, guess: !1, via: `${name} ${src.arg.value} ${arg.value}` });
        }
      return;
    }
    let op = i === 0 && t.first !== void 0 && t.first !== null ? t.first : afterDashDash && t.dashdash ? t.dashdash : t.operands;
    if (!op) return;
    let guess = afterDashDash && t.dashdash || i === 0 && t.first ? !1 : t.guess, opts = { tree: fileOpts.tree === "all" && t.fileExts && !arg.dynamic && !operands[i].toolGlob && isNamedFile(arg.value, t.fileExts) ? void 0 : fileOpts.tree, skipsHidden: fileOpts.skipsHidden, guess, listsOutside: fileOpts.listsOutside, pathspec: fileOpts.pathspec };
    gitWildcard && (opts.gitWildcard = gitWildcard), operand(out, name, op, arg, opts);
  }), out;
}
function outputNames(out, name, spec, parsed, operands, has) {
  let value = (option) => lastValue(parsed, option), suffix = value(spec.suffix), dir = value(spec.dir), stored = spec.storedName !== void 0 && (spec.storedName === "" || has(spec.storedName));
  for (let { arg } of operands) {
    let v = arg.value;
    if (!arg.dynamic && DEVICES.has(v)) continue;
    let via = `${name} ${v} (writes ${stored ? "the name stored in the file" : "a file named after it"})`;
    if (stored) {
      let where2 = dir ?? (arg.dynamic ? arg : { ...arg, value: posix2.dirname(withoutTrailingSlashes(v) || ".") });
      file(out, "write", where2, { tree: "all" }, via);
      continue;
    }
    if (suffix?.dynamic) {
      out.push({ kind: "dynamic", what: "file", op: "write", word: `${v}${suffix.value}`, via });
      continue;
    }
    let written;
    if (spec.add !== void 0) written = `${v}${suffix?.value ?? spec.add}`;
    else {
      let lower = v.toLowerCase();
      for (let s of [...suffix ? [suffix.value] : [], ...spec.strip ?? []]) {
        let eq = s.indexOf("=", 1), from = eq < 0 ? s : s.slice(0, eq);
        if (!(from === "" || lower.length <= from.length || !lower.endsWith(from.toLowerCase()))) {
          written = v.slice(0, v.length - from.length) + (eq < 0 ? "" : s.slice(eq + 1));
          break;
        }
      }
      if (written === void 0 && spec.unknown !== void 0 && (written = `${v}${spec.unknown}`), written === void 0 && arg.dynamic) {
        out.push({ kind: "dynamic", what: "file", op: "write", word: v, via });
        continue;
      }
    }
    written !== void 0 && (dir ? dir.dynamic ? out.push({ kind: "dynamic", what: "file", op: "write", word: `${dir.value}/${written}`, via }) : file(out, "write", { ...arg, value: `${withoutTrailingSlashes(dir.value)}/${posix2.basename(written)}` }, {}, via) : file(out, "write", { ...arg, value: written }, {}, via));
  }
}
function lastValue(parsed, option) {
  return option === void 0 ? void 0 : parsed.options.findLast((o) => o.name === option)?.value;
}
function pieces(out, name, spec, parsed, operands) {
  let value = (option) => lastValue(parsed, option), prefix = value(spec.option) ?? (spec.operand !== void 0 ? operands[spec.operand]?.arg : void 0) ?? { value: spec.default, dynamic: !1 }, format = value(spec.format), suffix = value(spec.suffix), length = value(spec.lengthOption), parts = [prefix, format, suffix, length].filter((a) => a !== void 0), n = length === void 0 ? spec.length : /^[1-9][0-9]?$/.test(length.value) ? Number(length.value) : void 0, middle = format ? format.value.replace(/%%|%[^a-zA-Z%]*[a-zA-Z]/g, (m) => m === "%%" ? "%" : "*") : spec.chars.repeat(n ?? 1);
  n === void 0 && !format && parts.push({ value: length.value, dynamic: !0 });
  let written = `${prefix.value}${middle}${suffix?.value ?? ""}`, via = `${name} (writes ${written})`;
  if (parts.some((a) => a.dynamic && !isStaticGlob(a))) {
    out.push({ kind: "dynamic", what: "file", op: "write", word: written, via });
    return;
  }
  file(out, "write", { value: written, dynamic: /[*?[]/.test(written) }, {}, via);
}
function globDir(glob) {
  let segs = glob.split("/"), k = segs.findIndex((seg) => /[*?[{]/.test(seg) || seg === "..."), dir = segs.slice(0, k).join("/");
  return dir === "" ? glob.startsWith("/") ? "/" : "." : dir;
}
function isNamedFile(word2, exts) {
  if (word2.endsWith("/")) return !1;
  let base = word2.slice(word2.lastIndexOf("/") + 1), dot = base.lastIndexOf(".");
  return dot > 0 && exts.includes(base.slice(dot + 1));
}
function gitPathspecs(operands) {
  let out = [];
  for (let o of operands) {
    let arg = pathspecOperand(o.arg);
    arg && out.push(arg === o.arg ? o : { ...o, arg, ...arg.dynamic && !o.arg.dynamic ? { gitWildcard: !0 } : {} });
  }
  return out;
}
function localPackagePath(spec) {
  let m = /^(?:file|link|portal):(.*)$/.exec(spec), path = m ? m[1].replace(/^\/\/(?=\/)/, "") : spec;
  return path === "." || path === ".." || path.startsWith("./") || path.startsWith("../") || path.startsWith("/") || path.startsWith("~/") || m && path !== "" ? path : void 0;
}
function firstPart(word2) {
  for (let i = 0; i < word2.length; i++) {
    let c = word2.charCodeAt(i);
    if (c === 32 || c === 61) return word2.slice(0, i);
  }
  return word2;
}
function contactsApply(t, parsed, has) {
  let unless = t.contactsUnless;
  if (!unless) return !0;
  let written = (u) => parsed.options.some((p) => (p.name === u || p.word === u) && p.cluster === void 0);
  if (unless.some((u) => u.startsWith("-") && has(u) && written(u)) || unless.includes("(URL operand)") && parsed.operands.some((o) => !o.arg.dynamic && o.arg.value.includes("://"))) return !1;
  let first = parsed.operands[0]?.arg;
  return first ? first.dynamic || !unless.includes(first.value) : !unless.includes("(no operand)");
}
function placeLocal(word2) {
  let local = /^:local(?:,[^:]*)?:(.*)$/.exec(word2) ?? /^file:\/\/(.*)$/.exec(word2);
  if (local) return local[1] === "" ? "." : local[1];
  if (!(word2.includes("://") || word2.indexOf(":") >= 0 && !word2.startsWith("/") && !word2.startsWith(".")))
    return word2;
}
function remoteHost(word2) {
  if (word2.includes("://")) return word2;
  let v6 = /^(?:[^@/[]*@)?\[([^\]/]*)\]:/.exec(word2);
  if (v6) return v6[1];
  let colon = word2.indexOf(":"), slash = word2.indexOf("/");
  if (colon <= 0 || slash >= 0 && slash < colon) return;
  let host2 = word2.slice(0, colon), at = host2.lastIndexOf("@");
  return at >= 0 && (host2 = host2.slice(at + 1)), host2.startsWith("[") && host2.endsWith("]") && (host2 = host2.slice(1, -1)), host2 === "" ? void 0 : host2;
}
function savedName(url2) {
  try {
    let last = new URL(url2.includes("://") ? url2 : `http://${url2}`).pathname.split("/").pop() ?? "";
    return last === "" ? "index.html" : last === "." || last === ".." ? void 0 : last;
  } catch {
    return;
  }
}
function mayNameHost(word2) {
  if (word2 === "" || word2.startsWith(".") || word2.startsWith("/") || word2.startsWith("~")) return !1;
  let slash = word2.indexOf("/"), segment = slash < 0 ? word2 : word2.slice(0, slash);
  return segment.includes(".") || segment.includes(":") || segment.toLowerCase() === "localhost";
}
function hostName(word2) {
  let h = word2, at = h.lastIndexOf("@");
  return at >= 0 && (h = h.slice(at + 1)), h;
}
function connection(out, arg, via) {
  let v = arg.value;
  if (arg.dynamic) {
    out.push({ kind: "dynamic", what: "host", word: v, via });
    return;
  }
  let scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(v);
  if (scheme) {
    let rest = v.slice(scheme[0].length), authority = rest.split(/[/?#]/, 1)[0];
    hostList(out, decodeURIComponentSafe(authority.slice(authority.lastIndexOf("@") + 1)), via);
    let q = rest.indexOf("?");
    for (let p of q < 0 ? [] : rest.slice(q + 1).split("#")[0].split("&")) {
      let eq = p.indexOf("=");
      eq > 0 && connectionKey(out, p.slice(0, eq), decodeURIComponentSafe(p.slice(eq + 1)), via);
    }
    return;
  }
  for (let m of v.matchAll(/(?:^|\s)(\w+)\s*=\s*('(?:[^'\\]|\\.)*'?|\S*)/g)) {
    let value = m[2].startsWith("'") ? m[2].slice(1).replace(/'$/, "").replace(/\\(.)/g, "$1") : m[2];
    connectionKey(out, m[1], value, via);
  }
}
function connectionKey(out, key, value, via) {
  key === "host" || key === "hostaddr" ? hostList(out, value, via) : key === "service" ? out.push({ kind: "remote", name: `(the host of service ${value} in pg_service.conf)`, via }) : CONNECTION_FILES.has(key) && value !== "" && file(out, "read", { value, dynamic: !1 }, {}, via);
}
var CONNECTION_FILES = /* @__PURE__ */ new Set(["sslkey", "sslcert", "sslrootcert", "sslcrl", "sslcrldir", "passfile"]);
function hostList(out, list, via) {
  for (let h of list.split(",")) {
    let slash = h.includes("://") ? -1 : h.indexOf("/"), t = (slash > 0 ? h.slice(slash + 1) : h).trim();
    t !== "" && !t.startsWith("/") && !t.startsWith("@") && out.push({ kind: "host", target: t, via });
  }
}
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function isStaticGlob(a) {
  return a.dynamic && !a.tilde && /[*?[]/.test(a.value) && !/[$`<>]/.test(a.value);
}
function operand(out, name, op, arg, o) {
  let via = o.via ?? `${name} ${arg.value}`, guess = o.guess ? { guess: !0 } : {}, v = arg.value;
  switch (op) {
    case "none":
      return;
    case "url-file": {
      operand(out, name, "url", arg, o);
      let saved = arg.dynamic ? void 0 : savedName(v);
      saved && file(out, "write", { ...arg, value: saved }, {}, `${via} (saves ${saved})`);
      return;
    }
    case "url":
    case "host":
    case "remote-name": {
      if (arg.dynamic) {
        out.push({ kind: "dynamic", what: "host", word: v, via, ...guess });
        return;
      }
      if (op === "url") for (let u of name === "curl" ? curlGlob(v) : [v]) out.push({ kind: "host", target: u, via, ...guess });
      else op === "host" ? out.push({ kind: "host", target: hostName(v), via, ...guess }) : v.includes("://") || remoteHost(v) !== void 0 ? out.push({ kind: "host", target: remoteHost(v), via, ...guess }) : !v.startsWith("/") && !v.startsWith(".") && !v.startsWith("~") ? out.push({ kind: "remote", name: v, via }) : v !== "." && v !== "./" && file(out, "read", arg, { tree: "all" }, via);
      return;
    }
    case "fleet-hosts":
    case "inventory": {
      if (arg.dynamic) {
        out.push({ kind: "dynamic", what: "host", word: v, via });
        return;
      }
      if (op === "fleet-hosts" ? !v.startsWith("^") : v.includes(",")) {
        for (let h of v.split(",")) h !== "" && out.push({ kind: "host", target: hostName(h), via });
        return;
      }
      let path = v.replace(/^\^/, "");
      file(out, "read", { ...arg, value: path }, {}, via), out.push({ kind: "remote", name: `(the hosts ${path} lists)`, via });
      return;
    }
    case "build-output": {
      if (arg.dynamic || !v.includes("=")) return v === "-" ? void 0 : operand(out, name, "write-dir", arg, o);
      let fields = v.split(","), dest = fields.find((f) => f.startsWith("dest="));
      if (dest === void 0 || dest === "dest=-") return;
      let type = fields.find((f) => f.startsWith("type="))?.slice(5) ?? "local";
      return operand(out, name, type === "local" ? "write-dir" : "write", { ...arg, value: dest.slice(5) }, o);
    }
    case "build-secret": {
      if (arg.dynamic) return file(out, "read", arg, {}, via);
      for (let f of v.split(",")) /^(?:src|source)=./.test(f) && file(out, "read", { ...arg, value: f.slice(f.indexOf("=") + 1) }, {}, via);
      return;
    }
    case "cvsroot": {
      if (arg.dynamic) {
        out.push({ kind: "dynamic", what: "host", word: v, via });
        return;
      }
      let root = v.replace(/^:[^:]*:/, "");
      if (root.startsWith("/")) return file(out, "read", { ...arg, value: root }, { tree: "all" }, via);
      let at = root.lastIndexOf("@", root.indexOf("/") < 0 ? root.length : root.indexOf("/"));
      out.push({ kind: "host", target: root.slice(at + 1).split(/[:/]/)[0], via });
      return;
    }
    case "package": {
      if (arg.dynamic) out.push({ kind: "dynamic", what: "host", word: v, via, ...guess });
      else {
        let local = localPackagePath(v);
        if (local !== void 0) return file(out, "read", { ...arg, value: local }, { guess: !0 }, via);
        let host2 = packageHost(v);
        host2 && out.push({ kind: "host", target: host2, via, ...guess });
      }
      return;
    }
    case "editable":
      return !arg.dynamic && packageHost(v) === void 0 ? file(out, "read", { ...arg, value: localPackagePath(v) ?? v }, { guess: !0 }, via) : operand(out, name, "package", arg, o);
    case "module": {
      if (arg.dynamic) {
        out.push({ kind: "dynamic", what: "host", word: v, via, ...guess });
        return;
      }
      let path = v.split("@")[0], first = path.split("/")[0];
      if (path.endsWith(".go")) return file(out, "read", arg, {}, via);
      let local = localPackagePath(path);
      if (local !== void 0) return file(out, "read", { ...arg, value: local.replace(/\/\.\.\.$/, "") || "." }, { guess: !0 }, via);
      if (path.startsWith(".") || !first.includes(".")) return;
      out.push({ kind: "host", target: first, via, ...guess });
      return;
    }
    case "revpath": {
      let colon = v.indexOf(":");
      if (colon < 0 && !arg.dynamic) return file(out, "read", arg, { guess: o.guess !== !1 }, via);
      if (arg.dynamic) {
        let last = v.lastIndexOf(":"), tail = last < 0 ? void 0 : v.slice(last + 1);
        if (tail !== void 0 && !/[$`]/.test(tail) && last > Math.max(v.lastIndexOf(")"), v.lastIndexOf("}"), v.lastIndexOf("`"))) {
          let path2 = tail.replace(/^\.\//, "");
          path2 && file(out, "read", { value: path2, dynamic: !1 }, {}, via);
          return;
        }
        return file(out, "read", arg, { guess: o.guess !== !1 }, via);
      }
      let path = v.slice(colon + 1).replace(/^\.\//, "");
      path && file(out, "read", { ...arg, value: path }, {}, via);
      return;
    }
    case "data":
      v.startsWith("@") && v.length > 1 && file(out, "read", { ...arg, value: v.slice(1) }, {}, via);
      return;
    case "form": {
      if (arg.dynamic) return file(out, "read", arg, {}, via);
      let eq = v.indexOf("="), value = v.slice(eq + 1);
      if (eq < 0 || !(value.startsWith("@") || value.startsWith("<"))) return;
      let semi = value.indexOf(";"), path = value.slice(1, semi < 0 ? void 0 : semi);
      path && file(out, "read", { ...arg, value: path }, {}, via);
      return;
    }
    case "field-or-file": {
      if (arg.dynamic) return file(out, "read", arg, {}, via);
      let eq = v.indexOf("=");
      if (eq < 0) return file(out, "read", arg, {}, via);
      v.charCodeAt(eq + 1) === 64 && v.length > eq + 2 && file(out, "read", { ...arg, value: v.slice(eq + 2) }, {}, via);
      return;
    }
    case "endpoint":
      arg.dynamic ? out.push({ kind: "dynamic", what: "host", word: v, via }) : v.includes("://") && out.push({ kind: "host", target: v, via });
      return;
    case "go-replace": {
      if (arg.dynamic) return file(out, "read", arg, o, via);
      let target = v.slice(v.indexOf("=") + 1);
      /^(?:\.{1,2}(?:\/|$)|\/|~)/.test(target) && file(out, "read", { value: target, dynamic: !1, ...target.startsWith("~") ? { tilde: !0 } : {} }, o, via);
      return;
    }
    case "mount-source": {
      if (arg.dynamic) return file(out, "write", arg, { ...o, tree: "all" }, via);
      let colon = v.lastIndexOf(":");
      file(out, "write", { ...arg, value: colon > 0 ? v.slice(0, colon) : v }, { ...o, tree: "all" }, via);
      return;
    }
    case "path-list": {
      if (arg.dynamic && !arg.tilde && !isStaticGlob(arg)) return file(out, "read", arg, o, via);
      for (let part of v.split(":")) {
        if (part === "") continue;
        let entry = part === "*" ? "." : part.endsWith("/*") ? part.slice(0, -2) || "/" : part;
        file(out, "read", { value: entry, dynamic: /[*?[]/.test(entry), ...entry.startsWith("~") ? { tilde: !0 } : {} }, o, via);
      }
      return;
    }
    case "keyed-file": {
      let eq = arg.dynamic ? -1 : v.indexOf("=");
      file(out, "read", eq < 0 ? arg : { ...arg, value: v.slice(eq + 1) }, {}, via);
      return;
    }
    case "write-dir":
      file(out, "write", arg, { ...o, tree: "named" }, via);
      return;
    case "rmt-read":
    case "rmt-write":
      if (!arg.dynamic && !v.includes("://") && remoteHost(v) !== void 0) {
        out.push({ kind: "host", target: remoteHost(v), via });
        return;
      }
      return operand(out, name, op === "rmt-read" ? "read" : "write", arg, o);
    case "write-prefix": {
      if (arg.dynamic) return file(out, "write", arg, o, via);
      let slash = v.lastIndexOf("/");
      file(out, "write", { ...arg, value: slash < 0 ? "." : slash === 0 ? "/" : v.slice(0, slash) }, { tree: "all" }, via);
      return;
    }
    case "code-or-read":
      if (!arg.dynamic && !v.startsWith(".") && !v.startsWith("/") && !v.startsWith("~") && (!v.includes("/") || v.startsWith("@"))) return;
      file(out, "read", arg, {}, via);
      return;
    case "read-tree":
    case "write-tree":
      if (!arg.dynamic && v.includes("://")) return;
      file(out, op === "read-tree" ? "read" : "write", arg, { ...o, tree: "all" }, via);
      return;
    case "connection":
      connection(out, arg, via);
      return;
    case "connection-or-read":
      !arg.dynamic && /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(v) ? connection(out, arg, via) : file(out, "read", arg, o, via);
      return;
    case "host-list":
      arg.dynamic ? out.push({ kind: "dynamic", what: "host", word: v, via }) : hostList(out, v, via);
      return;
    case "sql-server":
      arg.dynamic ? out.push({ kind: "dynamic", what: "host", word: v, via }) : out.push({ kind: "host", target: v.replace(/^(?:tcp|np|lpc|admin):/i, "").split(/[\\,]/)[0], via });
      return;
    case "url-or-read":
      !arg.dynamic && v.includes("://") ? out.push({ kind: "host", target: v, via }) : file(out, "read", arg, o, via);
      return;
    case "page":
      if (!arg.dynamic && v.includes("://")) {
        out.push({ kind: "host", target: v, via });
        return;
      }
      file(out, "read", arg, o, via), arg.dynamic ? out.push({ kind: "dynamic", what: "host", word: v, via }) : mayNameHost(v) && out.push({ kind: "host", target: `http://${v}`, via });
      return;
    case "ssh-option":
      sshOption(out, arg, via);
      return;
    case "resolve-to": {
      if (arg.dynamic) {
        out.push({ kind: "dynamic", what: "host", word: v, via });
        return;
      }
      let to = splitHostFields(v).slice(1).join(":");
      to && out.push({ kind: "host", target: to.startsWith("[") && to.endsWith("]") ? to.slice(1, -1) : to, via });
      return;
    }
    case "connect-to":
    case "resolve": {
      if (arg.dynamic) {
        out.push({ kind: "dynamic", what: "host", word: v, via });
        return;
      }
      let fields = splitHostFields(v.replace(/^\+/, "")), targets = op === "connect-to" ? fields[2] ? [fields[2]] : [] : (fields[2] ?? "").split(",").filter((x) => x !== "");
      for (let h of targets) out.push({ kind: "host", target: h.startsWith("[") && h.endsWith("]") ? h.slice(1, -1) : h, via });
      return;
    }
    case "gh-repo": {
      if (arg.dynamic) {
        out.push({ kind: "dynamic", what: "host", word: v, via });
        return;
      }
      v.includes("://") || remoteHost(v) !== void 0 ? out.push({ kind: "host", target: remoteHost(v), via }) : v.split("/").length >= 3 && out.push({ kind: "host", target: v.split("/")[0], via });
      return;
    }
    case "gl-repo": {
      if (arg.dynamic) {
        out.push({ kind: "dynamic", what: "host", word: v, via });
        return;
      }
      let parts = v.split("/");
      v.includes("://") || remoteHost(v) !== void 0 ? out.push({ kind: "host", target: remoteHost(v), via }) : parts.length >= 3 && parts[0].includes(".") && out.push({ kind: "host", target: parts[0], via });
      return;
    }
    case "line-range": {
      let colon = v.lastIndexOf(":");
      colon >= 0 && colon < v.length - 1 ? file(out, "read", { ...arg, value: v.slice(colon + 1) }, {}, via) : arg.dynamic && file(out, "read", arg, {}, via);
      return;
    }
    default:
      if (!arg.dynamic && o.guess && v.includes("://")) {
        out.push({ kind: "host", target: v, via, guess: !0 });
        return;
      }
      file(out, op, arg, o, via);
  }
}
function file(out, op, arg, o, via) {
  if (arg.procsub) return;
  let v = arg.value;
  if (!arg.dynamic || arg.tilde) {
    if (v === "" || DEVICES.has(v) || /^\/dev\/fd\/\d+$/.test(v)) return;
    out.push(fileTouch(op, v, !1, o, via));
    return;
  }
  isStaticGlob(arg) ? out.push(fileTouch(op, v, !0, o, via)) : out.push(o.guess ? { kind: "dynamic", what: "file", op, word: v, via, guess: !0 } : { kind: "dynamic", what: "file", op, word: v, via });
}
function fileTouch(op, path, glob, o, via) {
  let t = { kind: "file", op, path, via };
  return glob && (t.glob = !0), o.tree && (t.tree = o.tree), o.skipsHidden && (t.skipsHidden = !0), o.pathspec && (t.pathspec = !0), glob && o.gitWildcard && (t.gitWildcard = !0), o.guess && (t.guess = !0, o.listsOutside && (t.listsOutside = !0), o.runs && (t.runs = !0)), t;
}
function findTouches(name, words, listsOutside) {
  let out = [], k = 0;
  for (; k < words.length && /^-(?:[HLP]|O\d*)$/.test(words[k].value); ) k++;
  words[k]?.value === "-D" && (k += 2);
  let starts = [];
  for (; k < words.length; k++) {
    let v = words[k].value;
    if (!words[k].dynamic && (v.startsWith("-") || v === "(" || v === "!" || v === ",")) break;
    starts.push(words[k]);
  }
  let expr = words.slice(k), deletes = expr.some((w) => w.value === "-delete"), points = starts.length ? starts : [{ value: ".", dynamic: !1 }];
  for (let s of points) operand(out, name, deletes ? "delete" : "read", s, { tree: deletes ? "all" : void 0, guess: !deletes, listsOutside, via: deletes ? `${name} ${s.value} \u2026 -delete` : void 0 });
  for (let i = 0; i < expr.length; i++) {
    let v = expr[i].value;
    /^-(?:fprint|fprint0|fls|fprintf)$/.test(v) && expr[i + 1] && operand(out, name, "write", expr[i + 1], { via: `${name} ${v} ${expr[i + 1].value}` }), /^-(?:newer|anewer|cnewer|samefile|newer[aBcm][aBcm])$/.test(v) && expr[i + 1] && operand(out, name, "read", expr[i + 1], { guess: !0, listsOutside, via: `${name} ${v} ${expr[i + 1].value}` });
  }
  return out;
}
function sshOption(out, arg, via) {
  if (arg.dynamic) return;
  let text = arg.value.trim(), k = 0;
  for (; k < text.length && /[A-Za-z]/.test(text[k]); ) k++;
  let key = text.slice(0, k).toLowerCase(), rest = text.slice(k).trimStart();
  if (rest.startsWith("=")) rest = rest.slice(1);
  else if (rest === text.slice(k)) return;
  let value = rest.trim();
  !key || !value || (key === "hostname" ? out.push({ kind: "host", target: value, via }) : key === "identityfile" || key === "certificatefile" || key === "globalknownhostsfile" ? file(out, "read", { value, dynamic: !1, tilde: value.startsWith("~") }, {}, via) : key === "userknownhostsfile" && file(out, "write", { value, dynamic: !1, tilde: value.startsWith("~") }, {}, via));
}
var PYTHON_MODULE_PROGRAMS = /* @__PURE__ */ new Set(["black", "isort", "autopep8", "yapf", "ruff", "webbrowser", "tarfile", "zipfile", "ftplib", "telnetlib", "venv", "dotenv"]);
function pythonModule(words, env) {
  for (let k = 0; k < words.length; k++) {
    let w = words[k];
    if (w.dynamic || !w.value.startsWith("-") || w.value === "-" || w.value === "--") return;
    if (!w.value.startsWith("-m")) {
      /^-[WX]$/.test(w.value) && k++;
      continue;
    }
    let mod = w.value.length > 2 ? w : words[k + 1], modName = mod === w ? w.value.slice(2) : mod?.value;
    if (!mod || mod.dynamic || !modName) return;
    let rest = words.slice(mod === w ? k + 1 : k + 2);
    if (modName === "pip" || modName === "pip3") return touchesOf([{ value: "pip", dynamic: !1 }, ...rest], !1, env);
    if (PYTHON_MODULE_PROGRAMS.has(modName)) return touchesOf([{ value: modName, dynamic: !1 }, ...rest], !1);
    if (modName === "http.server" || modName === "SimpleHTTPServer") {
      let dir = { value: ".", dynamic: !1 };
      for (let i = 0; i < rest.length; i++) {
        let v = rest[i].value;
        (v === "-d" || v === "--directory") && rest[i + 1] ? dir = rest[i + 1] : v.startsWith("--directory=") ? dir = { ...rest[i], value: v.slice(12) } : v.startsWith("-d") && v.length > 2 && (dir = { ...rest[i], value: v.slice(2) });
      }
      let out = [];
      return operand(out, `python -m ${modName}`, "read", dir, { tree: "all", via: `python -m ${modName} (serves ${dir.value === "." ? "the working directory" : dir.value})` }), out;
    }
    return;
  }
}
function operandsByPosition(out, name, ops, after, subName) {
  let given = after.filter((o) => !o.afterDashDash);
  ops.forEach((op, i) => {
    given[i] && operand(out, name, op, given[i].arg, { via: `${name} ${subName} ${given[i].arg.value}` });
  });
}
function splitHostFields(v) {
  let out = [], cur = "", bracket = !1;
  for (let c of v)
    c === "[" && (bracket = !0), c === "]" && (bracket = !1), c === ":" && !bracket ? (out.push(cur), cur = "") : cur += c;
  return out.push(cur), out;
}
function curlGlob(url2) {
  let list = [url2];
  for (let round = 0; round < 8; round++) {
    let next = [], changed = !1;
    for (let u of list) {
      let open = u.indexOf("{"), close = open < 0 ? -1 : u.indexOf("}", open);
      if (close < 0) {
        next.push(u);
        continue;
      }
      changed = !0;
      for (let alt of u.slice(open + 1, close).split(",")) next.push(u.slice(0, open) + alt + u.slice(close + 1));
    }
    if (list = next.slice(0, 64), !changed) break;
  }
  return list;
}

// src/engine/logged-root.ts
import { posix as posix3 } from "node:path";
function onThisMachine(context, path) {
  let logged = context.action.loggedRoot;
  if (logged === void 0 || !path.startsWith("/") || !logged.startsWith("/")) return path;
  let p = posix3.normalize(path), r = posix3.normalize(logged).replace(/\/+$/, "");
  if (r === "" || p !== r && !p.startsWith(`${r}/`)) return path;
  let rest = p.slice(r.length).replace(/^\/+/, ""), root = context.policy.root.replace(/\\/g, "/").replace(/\/+$/, "");
  return rest === "" ? root : `${root}/${rest}`;
}

// src/engine/evaluated-words.ts
function runsSubstitution(v) {
  return v.includes("$(") || v.includes("`");
}
function subscriptCode(v) {
  let open = v.indexOf("[");
  return open >= 0 && runsSubstitution(v.slice(open));
}
function promptExpansion(v) {
  for (let at = v.indexOf("@P}"); at >= 0; at = v.indexOf("@P}", at + 1))
    if (v.lastIndexOf("${", at) >= 0) return !0;
  return !1;
}
function optionValues(args, option) {
  let out = [];
  for (let k = 0; k < args.length; k++) {
    let v = args[k].value;
    v === option && k + 1 < args.length ? out.push(args[k + 1].value) : v.startsWith(option) && v.length > option.length && option.length === 2 && out.push(v.slice(2));
  }
  return out;
}
var commandText = (argv) => argv.map((a) => a.value).join(" "), EVALUATING = /* @__PURE__ */ new Set(["let", "test", "[", "printf", "read", "unset", "getopts", "mapfile", "readarray", "wait", "sed", "gsed", "socat"]);
function evaluatedWords(name, argv) {
  if (argv.some((a) => a.dynamic && promptExpansion(a.value)))
    return { reason: "a ${NAME@P} expansion reads the variable as a prompt string, which runs the command substitutions it holds", command: commandText(argv) };
  if (!EVALUATING.has(name)) return;
  let args = argv.slice(1), names = [];
  switch (name) {
    case "let":
      return names = args.filter((a) => runsSubstitution(a.value)).map((a) => a.value), names.length ? { reason: '"let" evaluates its arguments as arithmetic, which runs the command substitutions in them', command: commandText(argv) } : void 0;
    case "test":
    case "[":
      names = [...optionValues(args, "-v"), ...optionValues(args, "-R")];
      break;
    case "printf":
      names = optionValues(args, "-v");
      break;
    case "read":
    case "unset":
    case "getopts":
    case "mapfile":
    case "readarray":
    case "wait":
      names = args.map((a) => a.value);
      break;
    case "sed":
    case "gsed":
      return sedProblem(name, args, commandText(argv));
    case "socat": {
      let runs = socatRunsCode(args), quoted = runs && `'${runs.code.replace(/'/g, "'\\''")}'`;
      return runs ? { reason: `socat's address "${runs.address}" runs a command the line does not show`, command: `socat ${quoted}` } : void 0;
    }
    default:
      return;
  }
  if (names.some(subscriptCode))
    return { reason: `"${name}" evaluates the array subscript of a variable name it is given, which runs the command substitution in it`, command: commandText(argv) };
}
function sedScripts(args) {
  let scripts = [], first, ended = !1;
  for (let k = 0; k < args.length; k++) {
    let a = args[k], v = a.value;
    if (!ended && v === "--") ended = !0;
    else if (!ended && (v === "-e" || v === "--expression")) {
      let next = args[++k];
      next && scripts.push(next);
    } else if (!ended && v.startsWith("--expression=")) scripts.push({ ...a, value: v.slice(13) });
    else if (!ended && /^-[a-zA-Z]*e/.test(v) && !v.startsWith("--")) {
      let at = v.indexOf("e");
      if (at + 1 < v.length) scripts.push({ ...a, value: v.slice(at + 1) });
      else {
        let next = args[++k];
        next && scripts.push(next);
      }
    } else !ended && (v === "-l" || v === "--line-length" || v === "-f" || v === "--file") ? k++ : (ended || !v.startsWith("-")) && first === void 0 && (first = a);
  }
  return scripts.length ? scripts : first ? [first] : [];
}
function sedProblem(name, args, shown) {
  let scripts = sedScripts(args) ?? [];
  for (let s of scripts) {
    if (s.dynamic) return { reason: `the ${name} script is known only at run time: it may run commands (e) or write files (w)`, command: shown };
    let what = sedScriptHazard(s.value);
    if (what) return { reason: `the ${name} script ${what}`, command: shown };
  }
}
function sedScriptHazard(script) {
  let n = script.length, i = 0, skipDelimited = (delim) => {
    for (; i < n && script[i] !== delim && script[i] !== `
`; ) i += script[i] === "\\" ? 2 : 1;
    return i >= n || script[i] !== delim ? !1 : (i++, !0);
  };
  for (; i < n; ) {
    let c = script[i];
    if (c === " " || c === "	" || c === `
` || c === ";" || c === "{" || c === "}" || c === "!") {
      i++;
      continue;
    }
    if (/[0-9$,~+]/.test(c)) {
      i++;
      continue;
    }
    if (c === "/" || c === "\\") {
      let delim = c === "/" ? "/" : script[i + 1] ?? "";
      if (i += c === "/" ? 1 : 2, !skipDelimited(delim)) return "cannot be read (an unterminated address)";
      for (; i < n && (script[i] === "I" || script[i] === "M"); ) i++;
      continue;
    }
    switch (i++, c) {
      case "e":
        return "runs a command (the e command)";
      case "r":
      case "R":
      case "w":
      case "W":
        return `reads or writes a file it names (the ${c} command)`;
      case "s":
      case "y": {
        let delim = script[i] ?? "";
        if (delim === "" || delim === `
` || delim === "\\") return "cannot be read";
        if (i++, !skipDelimited(delim) || !skipDelimited(delim)) return "cannot be read (an unterminated s or y command)";
        if (c === "s")
          for (; i < n && !/[;\n}]/.test(script[i]); ) {
            let f = script[i];
            if (f === "e") return "runs the pattern space as a command (the e flag of s)";
            if (f === "w" || f === "W") return "writes a file it names (the w flag of s)";
            i++;
          }
        break;
      }
      case "a":
      case "i":
      case "c":
      case "b":
      case "t":
      case "T":
      case ":":
      case "l":
      case "L":
      case "q":
      case "Q":
        for (; i < n && script[i] !== `
` && !(c !== "a" && c !== "i" && c !== "c" && script[i] === ";"); ) i++;
        break;
      case "p":
      case "P":
      case "d":
      case "D":
      case "n":
      case "N":
      case "g":
      case "G":
      case "h":
      case "H":
      case "x":
      case "=":
      case "z":
      case "F":
      case "#":
        if (c === "#") for (; i < n && script[i] !== `
`; ) i++;
        break;
      default:
        return `cannot be read (command "${c}")`;
    }
  }
}

// src/engine/tree-witness.ts
var GIT_DIR = { source: "\\.git(?:/[^]*)?", flags: "i" };
function asPathspec(tree, gitWildcard = !1) {
  if (!gitWildcard) return { ...tree, without: GIT_DIR, shown: `${tree.shown} (but .git)` };
  let { also: _shellDots, ...rest } = tree;
  return { ...rest, without: GIT_DIR, shown: `${tree.shown} (but .git)` };
}
var SEARCHES_PER_CACHE = 4096;
function segmentIndex(literals) {
  let index = { bySegment: /* @__PURE__ */ new Map(), rest: [] };
  return literals.forEach((literal2, i) => {
    let slash = literal2 === void 0 ? -1 : literal2.indexOf("/");
    if (slash < 0) index.rest.push(i);
    else {
      let seg = literal2.slice(0, slash), at = index.bySegment.get(seg);
      at ? at.push(i) : index.bySegment.set(seg, [i]);
    }
  }), index;
}
function candidates(index, seg) {
  let own2 = index.bySegment.get(seg);
  if (!own2) return index.rest;
  let rest = index.rest;
  if (rest.length === 0) return own2;
  let out = [], i = 0, j = 0;
  for (; i < rest.length || j < own2.length; ) out.push(j >= own2.length || i < rest.length && rest[i] < own2[j] ? rest[i++] : own2[j++]);
  return out;
}
function anchoredLiteral(r) {
  return r.p && !r.p.anyDepth ? r.folded : void 0;
}
var automata = /* @__PURE__ */ new WeakMap();
function searcherOf(policy) {
  let entry = automata.get(policy);
  if (!entry) automata.set(policy, entry = { a: new (requireAutomata()).Automata(), uses: 0, members: /* @__PURE__ */ new Map(), langs: /* @__PURE__ */ new Map(), levels: /* @__PURE__ */ new Map() });
  else if (entry.uses >= SEARCHES_PER_CACHE) {
    let keep = [requireAutomata().ALL_PATHS];
    for (let l of entry.langs.values()) l && keep.push(l.lang);
    entry.a = entry.a.carry(keep), entry.uses = 0;
  }
  return entry.uses++, entry;
}
function levelRules(searcher, l) {
  let r = searcher.levels.get(l);
  if (!r) {
    let entry = (pattern, flags, descendants) => ({
      pattern,
      p: cachedLang(searcher, pattern, flags, descendants),
      memberKey: `${descendants ? "d" : "g"}${pattern}`,
      folded: literalStart(pattern).toLowerCase()
    }), deny = l.fs.deny.rules.map((x) => entry(x.pattern, "i", !0)), gate = l.approvals.file.gate.rules.map((x) => entry(x.pattern, "i", !1)), allow = l.fs.allow.rules.map((x) => {
      let e = entry(x.pattern, "", !1);
      return e.p && !e.p.anyDepth && (e.literal = provenLiteralStart(searcher.a, e.p.lang, literalStart(x.pattern))), e;
    });
    r = {
      deny,
      gate,
      allow,
      denyIndex: segmentIndex(deny.map(anchoredLiteral)),
      gateIndex: segmentIndex(gate.map(anchoredLiteral)),
      allowIndex: segmentIndex(allow.map((e) => e.p ? e.literal : void 0))
    }, searcher.levels.set(l, r);
  }
  return r;
}
function provenLiteralStart(a, lang, prefix) {
  let c = a.compile(lang);
  if (!c.ok) return;
  let { initial, edges, final } = c.table, s = initial;
  for (let i = 0; i < prefix.length; i++) {
    if (s < 0 || final[s] === 1) return;
    let e = edges[s], ch = prefix.charCodeAt(i);
    if (e.length !== 3 || e[0] !== ch || e[1] !== ch) return;
    s = e[2];
  }
  return prefix;
}
function literalMisses(literal2, root, top = `${root}/`) {
  return root === "." ? !1 : !(literal2.startsWith(top) || top.startsWith(literal2));
}
function treeLanguage(path, skipsHidden = !1) {
  let below = skipsHidden ? "(?:/[^./][^/]*)*" : "(?:/[^]*)?";
  if (path === "/") return { lang: { source: "/[^]*", flags: "" }, shown: "everything on the machine" };
  let root = skipsHidden ? {} : { root: path };
  return path === "." ? { lang: { source: skipsHidden ? "[^./][^/]*(?:/[^./][^/]*)*" : "[^]+", flags: "" }, shown: "everything in the repository", ...root } : { lang: { source: `${escapeRegexLiteral(path)}${below}`, flags: "" }, shown: `everything under "${path}"`, ...root };
}
function globLanguage(dir, glob, tree) {
  let rel = glob.replace(/^(?:\.\/)+/, ""), pattern = glob.startsWith("/") ? glob : dir === "." ? `./${rel}` : `${dir}/${rel}`;
  try {
    let source = policySourceOf(analyzePolicyPattern(pattern), { coverDescendants: tree }), also = shellDotRule(pattern, tree);
    return { lang: { source, flags: "" }, ...also ? { also } : {}, shown: `every path "${glob}" may match${tree ? ", and everything under them" : ""}` };
  } catch (e) {
    if (e instanceof GlobError) return;
    throw e;
  }
}
function shellDotRule(pattern, tree) {
  let segs = (pattern.startsWith("./") ? pattern.slice(2) : pattern).split("/"), parts = [];
  for (let [i, seg] of segs.entries()) {
    if (seg === "" && i === 0) {
      parts.push("");
      continue;
    }
    if (seg === "" || seg === "." || seg === ".." || seg.includes("{")) return;
    let wild = seg.includes("*") || seg.includes("?") || seg.includes("[");
    parts.push(wild ? seg.startsWith(".") ? "[^/]*" : "[^./][^/]*" : escapeRegexLiteral(seg));
  }
  return { source: `${parts.join("/")}${tree ? "(?:/[^]*)?" : ""}`, flags: "" };
}
function cachedLang(searcher, pattern, flags, descendants) {
  let key = `${flags}${descendants ? "d" : "g"}${pattern}`;
  if (searcher.langs.has(key)) return searcher.langs.get(key);
  let l = patternLang(pattern, flags, descendants);
  return searcher.langs.set(key, l), l;
}
function patternLang(pattern, flags, descendants) {
  try {
    let info = analyzePolicyPattern(pattern), anyDepth = !info.anchored || /^(?:\.\/)*\*\*\//.test(pattern);
    return { lang: { source: policySourceOf(info, { coverDescendants: descendants }), flags }, anyDepth };
  } catch (e) {
    if (e instanceof GlobError) return;
    throw e;
  }
}
var GLOB_CHARS = /* @__PURE__ */ new Set(["*", "?", "[", "{", "(", "!", "+", "@", "\\"]);
function prefixMeets(prefix, root, top = `${root.toLowerCase()}/`) {
  return root === "." ? !0 : prefix.startsWith(top) || top.startsWith(prefix);
}
function literalStart(pattern) {
  let p = pattern;
  for (; p.startsWith("./"); ) p = p.slice(2);
  let end = 0;
  for (; end < p.length && !GLOB_CHARS.has(p[end]); ) end++;
  return p.slice(0, end);
}
var SHORTCUT_MAX = 1e3;
function shortestInWholeTree(a, tree, pos, neg) {
  let root = tree.root;
  if (root === void 0 || root === "." || tree.also !== void 0 || root.length > SHORTCUT_MAX) return;
  for (let i = 0; i < root.length; i++) {
    let c = root.charCodeAt(i);
    if (c < 32 || c > 126) return;
  }
  let inside = `${root}/a`, insideToo = !0;
  for (let l of [requireAutomata().ALL_PATHS, ...pos]) {
    if (a.accepts(l, root) !== !0) return;
    insideToo && a.accepts(l, inside) !== !0 && (insideToo = !1);
  }
  for (let l of neg) {
    if (a.accepts(l, root) !== !1) return;
    insideToo && a.accepts(l, inside) !== !1 && (insideToo = !1);
  }
  return insideToo ? inside : root;
}
function membersOf(searcher, entries) {
  let { ALL_PATHS } = requireAutomata(), out = [];
  for (let r of entries) {
    if (!r.p?.anyDepth) continue;
    let member = r.member ?? searcher.members.get(r.memberKey);
    if (member === void 0) {
      let m = searcher.a.find([r.p.lang, ALL_PATHS], [], { preferFileInside: !0 });
      if (m.status === "unknown") return;
      searcher.members.set(r.memberKey, member = m.status === "found" ? m.witness : "");
    }
    r.member = member, member !== "" && out.push(r);
  }
  return out;
}
function membersKnown(searcher, levels, gates) {
  for (let l of levels) {
    let rules = levelRules(searcher, l);
    if (!(rules.denyMembers ??= membersOf(searcher, rules.deny)) || gates && !(rules.gateMembers ??= membersOf(searcher, rules.gate))) return !1;
  }
  return !0;
}
function treeWitnesses(policy, tree, levels, gates, agentLevel, opts = {}) {
  let full = opts.fullSearch === !0;
  tree.without && (tree = { ...tree, root: void 0 });
  let without = tree.without ? [tree.without] : [], { ALL_PATHS } = requireAutomata(), searcher = searcherOf(policy), a = searcher.a, witnesses = [], all = agentLevel ? [...levels, agentLevel] : levels, root = tree.root, defer = opts.deferAnyDepth === !0 && root !== void 0 && membersKnown(searcher, all, gates), search = (pos, neg2) => {
    let v = a.find([tree.lang, ...tree.also ? [tree.also] : [], ALL_PATHS, ...pos], [...neg2, ...without], { preferFileInside: !0 });
    return v.status === "unknown" ? { unknown: v.reason } : v.status === "found" ? v.witness : void 0;
  }, foldedTop = `${(tree.root ?? "").toLowerCase()}/`, indexed = !full && tree.root !== void 0 && tree.root !== ".", foldedSeg = foldedTop.slice(0, foldedTop.indexOf("/"));
  for (let l of all) {
    let rules = levelRules(searcher, l);
    for (let [lists, index] of gates ? [[rules.deny, rules.denyIndex], [rules.gate, rules.gateIndex]] : [[rules.deny, rules.denyIndex]]) {
      let at = indexed ? candidates(index, foldedSeg) : void 0;
      for (let k = 0, n = at ? at.length : lists.length; k < n; k++) {
        let r = lists[at ? at[k] : k], { p } = r;
        if (!p) continue;
        if (tree.root !== void 0) {
          if (p.anyDepth) {
            if (defer) continue;
            let member = r.member ?? searcher.members.get(r.memberKey);
            if (member === void 0) {
              let m = a.find([p.lang, ALL_PATHS], [], { preferFileInside: !0 });
              if (m.status === "unknown") return { unknown: m.reason };
              searcher.members.set(r.memberKey, member = m.status === "found" ? m.witness : "");
            }
            r.member = member, member !== "" && witnesses.push({ path: tree.root === "." ? member : `${tree.root}/${member}`, pattern: r.pattern, anyDepth: !0 });
            continue;
          }
          if (!prefixMeets(r.folded, tree.root, foldedTop)) continue;
        }
        let w = (full ? void 0 : shortestInWholeTree(a, tree, [p.lang], [])) ?? search([p.lang], []);
        if (typeof w == "object") return w;
        w !== void 0 && witnesses.push({ path: w, pattern: r.pattern, anyDepth: p.anyDepth });
      }
    }
  }
  let anyAllow = !1, neg = [], top = `${tree.root ?? ""}/`, seg = top.slice(0, top.indexOf("/"));
  for (let l of levels) {
    let rules = levelRules(searcher, l);
    rules.allow.length > 0 && (anyAllow = !0);
    let at = indexed ? candidates(rules.allowIndex, seg) : void 0;
    for (let k = 0, n = at ? at.length : rules.allow.length; k < n; k++) {
      let r = rules.allow[at ? at[k] : k];
      r.p && (!full && tree.root !== void 0 && r.literal !== void 0 && literalMisses(r.literal, tree.root, top) || neg.push(r.p.lang));
    }
  }
  if (anyAllow)
    for (let l of levels) {
      if (l.fs.allow.size === 0) continue;
      let pos = l.kind === "override" ? [treeLanguage(l.name).lang] : [], w = (full ? void 0 : shortestInWholeTree(a, tree, pos, neg)) ?? search(pos, neg);
      if (typeof w == "object") return w;
      w !== void 0 && witnesses.push({ path: w, pattern: "", anyDepth: !1 });
    }
  return defer ? { witnesses, deferred: () => {
    let out = [];
    for (let l of all) {
      let rules = levelRules(searcher, l);
      for (let members of gates ? [rules.denyMembers, rules.gateMembers] : [rules.denyMembers])
        for (let r of members) out.push({ path: root === "." ? r.member : `${root}/${r.member}`, pattern: r.pattern, anyDepth: !0 });
    }
    return out;
  } } : { witnesses };
}

// src/engine/decide-touch.ts
var MAX_TREES_PER_LINE = 32, VERB = { read: "reads", write: "writes", delete: "deletes" };
function analysedElsewhere(name) {
  return SHELLS.has(name);
}
function decideTouches(context, command, where2, overrides, budget = { trees: 0 }) {
  let out = [], env = command.env ?? [];
  for (let i = 0; i < command.argvs.length; i++) {
    let argv = command.argvs[i], first = argv[0];
    if (!first || first.dynamic || argv === command.argvs[i - 1]) continue;
    let name = executableName(first.value);
    name === "env" && (env = [...env, ...argv.slice(1).filter((a) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(a.value))]);
    let code = evaluatedWords(name, argv);
    if (code && out.push(decideOpaque(context, code, overrides)), analysedElsewhere(name)) {
      let args = shellScriptArguments(name, argv.slice(1));
      if (args?.length) for (let t of touchesOf([first, ...args], !1)) out.push(...decideTouch(context, t, where2, overrides, budget));
      continue;
    }
    for (let t of touchesOf(argv, isWrapper(name), env)) out.push(...decideTouch(context, t, where2, overrides, budget, command.dirs));
  }
  return out;
}
function opaque(context, overrides, reason, via, fragment = via.slice(via.indexOf(": ") + 2)) {
  return { ...decideOpaque(context, { reason, command: fragment }, overrides), via };
}
function decideTouch(context, t, where2, overrides, budget, runsIn) {
  switch (t.kind) {
    case "host": {
      if (t.guess && normalizeHost(t.target) === void 0) return [];
      let s = decideNetwork(context, t.target.includes("://") ? void 0 : t.target, t.target.includes("://") ? t.target : void 0), d = t.guess ? asGuess(s, "the program may not contact it") : s;
      return d.via = `request: ${t.via}`, [d];
    }
    case "remote": {
      let via = `request: ${t.via}`, configured = t.name.startsWith("("), what = configured ? t.name : `the git remote ${t.name}`;
      if (!networkWatched(context))
        return [{ subject: t.via, kind: "command", outcome: "allow", allowed: !0, requiresApproval: !1, reason: `contacts ${what}; no network rule restricts hosts`, rules: [], via }];
      let where3 = configured ? "a host the line does not name" : "whose host is in the repository's git configuration";
      return [opaque(context, overrides, `"${t.via}" contacts ${what}, ${where3}: it cannot be checked against the network rules`, via)];
    }
    case "dynamic": {
      let what = t.what === "host" ? "host it contacts" : `file it ${VERB[t.op ?? "read"].replace(/s$/, "")}s`, may = t.guess ? ` ("${t.word}" may name a file)` : "";
      return [opaque(context, overrides, `cannot tell which ${what}: "${t.word}" is known only at run time${may}`, `${t.what === "host" ? "request" : t.op ?? "read"}: ${t.via}`)];
    }
    case "file":
      return decideFile(context, t, where2, overrides, budget, runsIn);
  }
}
function networkWatched(context) {
  let levels = cwdLevels(context), agent = context.agent;
  return agent?.trust === "write_local" || agent?.trust === "read_only" || [...levels, ...agent?.level ? [agent.level] : []].some((l) => l.network.allowOutbound === !1 || l.network.deny.size > 0 || l.approvals.host.size > 0);
}
function decideFile(context, t, where2, overrides, budget, runsIn) {
  let via = `${t.op}: ${t.via}`, absolute = t.top || t.path.startsWith("/") || t.path.startsWith("~");
  if (!absolute && where2.unknown)
    return t.guess ? [] : [{ ...refusedOutright("path", t.path, `cannot tell which directory "${t.via}" is in after "${where2.unknown}"`), via }];
  let out = [];
  for (let d of absolute ? ["."] : where2.dirs) {
    let full = onThisMachine(context, t.top ? `${context.policy.root}/${t.path}` : d === "." ? t.path : `${d}/${t.path}`), guess = t.guess && !(t.listsOutside && isOutside(context, t.glob ? literalDir(full) : full));
    if (t.glob) {
      let base = normalizePath(d, { root: context.policy.root, cwd: context.action.cwd }), glob = t.path.startsWith("~") || t.path.split("/").includes("..") || base.invalid ? void 0 : globLanguage(base.path, t.path, t.tree !== void 0), lang = glob && t.pathspec ? asPathspec(glob, t.gitWildcard) : glob, subject = d === "." ? t.path : full;
      if (!lang) {
        out.push(asTree(opaque(context, overrides, `cannot tell which files "${t.via}" ${VERB[t.op]}: the glob reaches outside what can be followed`, via), subject));
        continue;
      }
      let tree = decideTree(context, subject, lang, t.op, t.tree ?? "all", t.via, overrides, budget, guess, t.tree === void 0), outsider = tree.outcome === "allow" && !guess && isOutside(context, literalDir(full)) ? decidePath(context, full, t.op, via) : void 0;
      out.push(outsider && outsider.outcome !== "allow" ? asTree(outsider, subject) : tree);
      continue;
    }
    let s = decidePath(context, full, t.op, via);
    if (guess && t.runs && (absolute || !runsIn || runsIn.includes(d)) && s.outcome !== "allow" && !deniedByARule(s) && isOutside(context, full)) {
      out.push(asTree(opaque(context, overrides, `"${t.via}" runs code from "${s.subject}", outside the repository: what that file holds is not governed by the policy`, via), s.subject));
      continue;
    }
    if (out.push(guess ? asGuessInPlace(s, `"${t.via}" may not treat it as a file`) : s), t.tree) {
      let np = normalizePath(full, { root: context.policy.root, cwd: context.action.cwd });
      if (!np.invalid) {
        let lang = treeLanguage(np.path, t.skipsHidden);
        out.push(decideTree(context, `${np.path === "." ? "" : `${withoutTrailingSlashes(np.path)}/`}**`, t.pathspec && np.path === "." ? asPathspec(lang) : lang, t.op, t.tree, t.via, overrides, budget, t.guess));
      }
    }
  }
  return out;
}
function literalDir(glob) {
  let segs = glob.split("/"), k = segs.findIndex((seg) => /[*?[]/.test(seg)), dir = segs.slice(0, k < 0 ? segs.length : k).join("/");
  return dir === "" ? glob.startsWith("/") ? "/" : "." : dir;
}
function isOutside(context, path) {
  let np = normalizePath(path, { root: context.policy.root, cwd: context.action.cwd });
  return np.invalid !== void 0 || np.outside;
}
function asTreeWitness(context, s, reason, via, subject) {
  return sharesDecisions(context) ? { ...s, reason, via, kind: "path", subject } : (s.reason = reason, s.via = via, s.kind = "path", s.subject = subject, s);
}
function asTree(s, subject) {
  return { ...s, kind: "path", subject };
}
function decideTree(context, subject, tree, op, reach, via, overrides, budget, guess, named = !1) {
  let { policy } = context, shownVia = `${op}: ${via} (${tree.shown})`;
  if (++budget.trees > MAX_TREES_PER_LINE)
    return asTree(opaque(context, overrides, `the line touches more than ${MAX_TREES_PER_LINE} trees or globs: "${via}" is not decided path by path`, shownVia, via), subject);
  let levels = [policy.rootLevel, ...policy.overrides.values()], r = treeWitnesses(policy, tree, levels, op !== "read", context.agent?.level, { deferAnyDepth: !named });
  if ("unknown" in r) return asTree(opaque(context, overrides, `cannot tell whether "${via}" ${VERB[op]} paths the policy names (${r.unknown})`, shownVia, via), subject);
  let witnesses = named ? r.witnesses.map((found) => ({ ...found, anyDepth: !1 })) : r.witnesses, approval;
  for (let w of witnesses) {
    if (w.anyDepth) continue;
    let s = decidePath(context, w.path, op);
    if (s.outcome === "allow" || guess && !deniedByARule(s)) continue;
    let decided = asTreeWitness(context, s, `"${via}" ${VERB[op]} ${tree.shown}, such as "${w.path}": ${s.reason}`, shownVia, subject);
    if (s.outcome === "deny") return decided;
    approval ??= decided;
  }
  let maybe;
  if (reach !== "named" && !guess)
    for (let w of r.deferred ? r.deferred() : witnesses) {
      if (!w.anyDepth) continue;
      let s = decidePath(context, w.path, op);
      if (s.outcome !== "allow") {
        maybe = opaque(
          context,
          overrides,
          `"${via}" ${VERB[op]} ${tree.shown}, which may hold a path such as "${w.path}" that the policy names (${s.reason}); whether it does depends on what is on disk`,
          shownVia,
          via
        );
        break;
      }
    }
  return approval && maybe?.outcome !== "deny" ? approval : maybe ? asTree(maybe, subject) : { subject, kind: "path", outcome: "allow", allowed: !0, requiresApproval: !1, reason: `no path in ${tree.shown} is denied, gated or outside an allow list`, rules: [], via: shownVia };
}

// src/command/neutral-globals.ts
function neutralGlobals(program) {
  return PROGRAM_SPECS.view().get(program)?.neutralGlobals;
}
function insideDir(a) {
  if (!a || a.dynamic || a.tilde || a.value === "") return !1;
  let v = a.value;
  return !v.startsWith("/") && !v.startsWith("~") && !v.includes("\\") && !v.split("/").includes("..");
}
function withoutNeutralGlobals(argv) {
  let first = argv[0];
  if (!first || first.dynamic) return;
  let spec = neutralGlobals(executableName(first.value));
  if (!spec) return;
  let k = 1;
  for (; k < argv.length; k++) {
    let w = argv[k];
    if (w.dynamic) return;
    if (!w.value.startsWith("-")) break;
    if (spec.flags.includes(w.value)) continue;
    if (spec.dirs.includes(w.value) && insideDir(argv[k + 1])) {
      k++;
      continue;
    }
    let eq = w.value.indexOf("=");
    if (!(w.value.startsWith("--") && eq > 0 && spec.opaque.includes(w.value.slice(0, eq)))) {
      if (spec.opaque.includes(w.value) && argv[k + 1] && !argv[k + 1].dynamic) {
        k++;
        continue;
      }
      return;
    }
  }
  if (!(k === 1 || k >= argv.length))
    return [first, ...argv.slice(k)];
}

// src/command/sound-allow.ts
var SENTINEL = "", RUNTIME_START = /* @__PURE__ */ new Set(["$", "`", "*", "?", "[", "~"]), automata2 = /* @__PURE__ */ new Map();
function test(pattern, text) {
  let a = automata2.get(pattern);
  return a || (automata2.size > 4096 && automata2.clear(), a = new Automaton(!1).add(0, commandPatternRegexSource(pattern)), automata2.set(pattern, a)), a.run(text).length > 0;
}
function isRuntime(a) {
  return a.dynamic || a.tilde === !0;
}
function literalStart2(value) {
  let k = 0;
  for (; k < value.length && !RUNTIME_START.has(value[k]); ) k++;
  return value.slice(0, k);
}
var MAX_VANISHING = 6;
function sentinelForms(argv, program) {
  let parts = [];
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i], v = (isRuntime(a) ? literalStart2(a.value) : i === 0 ? program ?? executableName(a.value) : a.value).replace(/\s+/g, " ");
    if (isRuntime(a) && (v.startsWith(" ") || v.endsWith(" "))) return;
    parts.push(isRuntime(a) ? { text: v + SENTINEL, vanishes: v === "" } : { text: v, vanishes: !1 });
  }
  let vanishing = parts.filter((p) => p.vanishes).length;
  if (vanishing > MAX_VANISHING) return;
  let forms = [];
  for (let mask = 0; mask < 1 << vanishing; mask++) {
    let n = 0, joined = parts.filter((p) => !p.vanishes || (mask & 1 << n++) === 0).map((p) => p.text).join(" ");
    forms.push((joined.includes("  ") ? joined.replace(/ +/g, " ") : joined).trim());
  }
  return forms;
}
function literalWords(pattern) {
  let lex = lexShell(pattern);
  return lex.error ? [] : lex.words.filter((w) => !w.dynamic && !w.glob).flatMap((w) => w.fields ?? [w.value]);
}
function layerProgram(word2, layerText) {
  let written = writtenName(word2);
  return layerText === written || layerText.startsWith(`${written} `) ? written : executableName(word2);
}
function checkAllow(pattern, command, layer, asWritten) {
  let text = command.layers[layer], argv = command.argvs[layer];
  if (text === void 0 || !argv) return { matched: !1 };
  if (!(asWritten ?? test(pattern, text))) {
    let neutral = withoutNeutralGlobals(argv), neutralText = neutral && normalise(neutral.map((a, i) => i === 0 ? layerProgram(a.value, text) : a.value));
    if (!neutral || !neutralText || !test(pattern, neutralText)) return { matched: !1 };
    text = neutralText, argv = neutral;
  }
  let program = argv[0];
  if (program && !isRuntime(program)) {
    let why = programRefusal(pattern, program.value, command.dirs, command.anyDir);
    if (why) return { matched: !0, refusal: `commands.allow "${pattern}" matches "${text}" as written, but ${why}` };
  }
  let named;
  for (let j = layer; j < command.argvs.length; j++) {
    let words = command.argvs[j], name = words[0];
    if (!name || isRuntime(name)) continue;
    let exe = executableName(name.value);
    for (let hit of scanHazards(exe, words.slice(1)))
      if (!(hit.kind === "code" || hit.kind === "checked")) {
        if (hit.kind === void 0) {
          let examples = hazardExamples(exe).join(", ");
          return {
            matched: !0,
            refusal: `commands.allow "${pattern}" matches "${text}" as written, but "${hit.word}" is known only at run time where ${exe} reads options, and may be one that makes it run other code or act elsewhere (${examples}, \u2026); no allow pattern admits that (after "--" it would be an operand)`
          };
        }
        if (named ??= literalWords(pattern), !named.some((w) => spellsOption(w, hit.option)))
          return {
            matched: !0,
            refusal: `commands.allow "${pattern}" matches "${text}" as written, but "${hit.word}" makes ${exe} act on a place the line does not show (${hit.option}) and the pattern does not name it`
          };
      }
  }
  let runtime = argv.filter(isRuntime);
  if (runtime.length) {
    let forms = pattern.includes(SENTINEL) ? void 0 : sentinelForms(argv, argv[0] && !isRuntime(argv[0]) ? layerProgram(argv[0].value, command.layers[layer]) : void 0);
    if (forms === void 0 || !forms.every((f) => test(pattern, f))) {
      let words = runtime.map((a) => `"${a.value}"`).join(", ");
      return { matched: !0, refusal: `commands.allow "${pattern}" matches "${text}" as written, but ${words} ${runtime.length > 1 ? "are" : "is"} known only at run time and may expand to words the pattern does not cover` };
    }
  }
  return { matched: !0 };
}
var needsSoundAllow = derivedForLast(computeNeeds);
function computeNeeds(command) {
  for (let argv of command.argvs) {
    if (argv.some(isRuntime) || withoutNeutralGlobals(argv)) return !0;
    let name = argv[0];
    if (name?.value.includes("/") || name && scanHazards(executableName(name.value), argv.slice(1)).some((h) => h.kind === "elsewhere")) return !0;
  }
  return !1;
}

// src/engine/sound-allow-list.ts
var plain = derivedOnce(
  (list) => ({
    get size() {
      return list.size;
    },
    first: (s) => list.first(s),
    all: (s) => list.all(s),
    refusal: () => {
    }
  })
);
function readAsWritten(list) {
  return plain(list);
}
function soundAllowList(list, command) {
  if (list.size === 0 || !needsSoundAllow(command) && !namesProgramPaths(list)) return readAsWritten(list);
  let refusal, asWritten, matchesAsWritten = (i, j) => {
    if (list.indicesMatching)
      return asWritten ??= command.layers.map((layer) => new Set(list.indicesMatching(layer))), asWritten[j]?.has(i) ?? !1;
  }, admits = (rule, i) => {
    for (let j = 0; j < command.layers.length; j++) {
      let c = checkAllow(rule.pattern, command, j, matchesAsWritten(i, j));
      if (c.matched && !c.refusal) return { layer: command.layers[j] };
      c.refusal && (refusal ??= c.refusal);
    }
  }, candidates2 = () => {
    if (!list.indicesMatching || command.argvs.some((argv) => withoutNeutralGlobals(argv))) return list.rules.keys();
    asWritten ??= command.layers.map((layer) => new Set(list.indicesMatching(layer)));
    let at = /* @__PURE__ */ new Set();
    for (let set of asWritten) for (let i of set) at.add(i);
    return [...at].sort((x, y) => x - y);
  };
  return {
    get size() {
      return list.size;
    },
    first() {
      for (let i of candidates2()) {
        let rule = list.rules[i], hit = admits(rule, i);
        if (hit) return { rule, layer: hit.layer };
      }
    },
    all(layers) {
      return list.rules.map((rule, i) => {
        let hit = admits(rule, i);
        return { rule, matched: hit !== void 0, layer: hit?.layer ?? layers[layers.length - 1] ?? "" };
      });
    },
    refusal: () => refusal
  };
}

// src/engine/decide-command.ts
var MAX_DIRS = 32;
function decideCommand(context, line) {
  if (!sharesDecisions(context)) return decideCommandNow(context, line);
  let a = context.action, key = (a.cwd ?? "") === "" && (a.loggedRoot ?? "") === "" && (a.agentId ?? "") === "" && !context.approved && line.charCodeAt(1) !== 1 ? line : `c${a.cwd ?? ""}${a.loggedRoot ?? ""}${a.agentId ?? ""}${context.approved ? 1 : 0}${line}`, s = context.policy.memo.get(key);
  return s || context.policy.memo.set(key, s = decideCommandNow(context, line)), [...s];
}
function decideCommandNow(context, line) {
  let shown = () => line.replace(/\s+/g, " ").trim();
  if (context.agent?.trust === "read_only")
    return [refusedOutright("command", shown(), `agent "${context.agent.identity.id}" is read_only: it may not run commands`)];
  let a = analyzeCommand(line);
  if (!a.commands.length && !a.problems.length && !a.files.length)
    return [refusedOutright("command", shown(), "the command line is empty: there is nothing to check")];
  let out = [], dirs = directories(a), { overrides, everywhere } = governing(context, a, dirs);
  for (let p of a.problems) out.push(decideOpaque(context, p, overrides));
  for (let c of a.commands) {
    let own2 = c.dirs && governing(context, void 0, c.dirs);
    out.push(decideSimple(context, c, own2 ? own2.overrides : overrides, own2 ? own2.everywhere : everywhere));
  }
  let touches = [], budget = { trees: 0 }, where2 = { dirs, unknown: a.dirUnknown };
  for (let c of a.commands) for (let s of decideTouches(context, c, where2, overrides, budget)) touches.push(s);
  for (let s of firstOfEachKey(touches, touchKey, touchKeyLength)) out.push(s);
  let files = [];
  for (let f of a.files) {
    if (!f.path.startsWith("/") && a.dirUnknown) {
      files.push({ s: { ...refusedOutright("path", f.path, `cannot tell which directory "${f.via}" is in after "${a.dirUnknown}"`), via: f.via } });
      continue;
    }
    for (let d of f.path.startsWith("/") ? ["."] : dirs) {
      let s = decidePath(context, d === "." ? f.path : `${d}/${f.path}`, f.op, f.via);
      files.push(f.guess ? { op: `${f.op}?`, s: asGuessInPlace(s, `"${f.via}" may not name a file`) } : { op: f.op, s });
    }
  }
  for (let x of firstOfEachKey(files, fileKey, fileKeyLength)) out.push(x.s);
  return out;
}
var touchKey = (s) => `${s.kind}\0${s.subject}\0${s.via ?? ""}`, touchKeyLength = (s) => s.kind.length + s.subject.length + (s.via ?? "").length + 2, fileKey = (x) => `${x.op}\0${x.s.subject}`, fileKeyLength = (x) => x.op === void 0 ? -1 : x.op.length + 1 + x.s.subject.length;
function directories(a) {
  let dirs = ["."];
  for (let t of a.dirs) {
    let next = new Set(dirs);
    for (let d of dirs) next.add(t.startsWith("/") || d === "." ? t : `${d}/${t}`);
    dirs = [...next].slice(0, MAX_DIRS);
  }
  return dirs;
}
var NO_GOVERNING = Object.freeze({ overrides: Object.freeze([]), everywhere: Object.freeze([]) });
function governing(context, a, dirs) {
  let { policy } = context;
  if (policy.overrides.size === 0) return NO_GOVERNING;
  let found = /* @__PURE__ */ new Map(), folded = /* @__PURE__ */ new Map();
  for (let d of dirs) {
    let np = normalizePath(d, { root: policy.root, cwd: context.action.cwd });
    if (!np.outside) {
      for (let o of overridesFor(policy, np.path)) found.set(o.name, o);
      for (let o of denyOverridesFor(policy, np.path)) folded.set(o.name, o);
    }
  }
  let overrides = [...found.values()];
  if (a?.dirUnknown) return { overrides, everywhere: [...policy.overrides.values()] };
  for (let under of a?.anyOverride ?? []) {
    let np = normalizePath(under, { root: policy.root, cwd: context.action.cwd });
    if (np.outside || np.invalid) {
      for (let o of policy.overrides.values()) folded.set(o.name, o);
      continue;
    }
    for (let o of denyOverridesFor(policy, np.path)) folded.set(o.name, o);
    let below = np.path === "." ? "" : `${np.path.toLowerCase()}/`;
    for (let [dir, o] of policy.overrides) dir.toLowerCase().startsWith(below) && folded.set(o.name, o);
  }
  return { overrides, everywhere: [...folded.values()] };
}
var DENY_LIST = (l) => l.commands.deny, GATE_LIST = (l) => l.approvals.command.gate, GRANT_LIST = (l) => l.approvals.command.grant, DELEGATES = { open: "runs only the commands it is given, and each of them is checked" };
function anyGate(levels) {
  for (let l of levels) if (l.approvals.command.gate.size > 0) return !0;
  return !1;
}
function decideSimple(context, command, overrides, denyLevels) {
  let { policy, agent } = context, name = command.layers[0] ?? "", levels = overrides.length === 0 ? [policy.rootLevel] : [policy.rootLevel, ...overrides], agentLevel = agent?.level, approvalLevels = denyLevels.length === 0 ? [policy.rootLevel] : [policy.rootLevel, ...denyLevels];
  return decideSubject(context, {
    kind: "command",
    shown: name,
    // Every layer is matched (`sudo rm -rf x` is also `rm -rf x`).
    subject: command.layers,
    deny: {
      levels: agentLevel ? [...approvalLevels, agentLevel] : approvalLevels,
      list: DENY_LIST,
      listName: "commands.deny",
      // Options as sets and words known only at run time (src/command/sound-match.ts): more denies.
      further: (l) => {
        let hit = soundMatch(l.commands.deny.rules, command, !0);
        return hit && { rule: hit.rule, matched: hit.layer };
      },
      // Only a write_local agent has this deny (else it is undefined, as the call would return).
      builtIn: agent?.trust === "write_local" ? () => policy.noPush.first(command.layers) ? { rule: { pattern: "git push" }, reason: `agent "${agent.identity.id}" is write_local: it may not push` } : void 0 : void 0
    },
    // Gates, like denies, from every override the line may run under. Without any gate the step
    // can match nothing (empty lists, and soundMatch of no rules), so it is left out.
    approval: anyGate(approvalLevels) ? {
      levels: approvalLevels,
      gate: GATE_LIST,
      grant: GRANT_LIST,
      what: "running it",
      further: (l) => {
        let hit = soundMatch(l.approvals.command.gate.rules, command, !0);
        return hit && { rule: hit.rule, matched: hit.layer, grants: !command.argvs.some((argv) => argv.some((word2) => word2.dynamic || word2.tilde)) };
      }
    } : void 0,
    // A wrapper that only runs the commands it is given: each of those is a subject of its own.
    // (Read only when no deny decided: a denied command's allow lists are never looked at.)
    allow: command.delegates ? DELEGATES : () => soundAllowStep(context, levels, command),
    narrow: agentLevel && { list: soundAllowList(agentLevel.commands.allow, command), refused: `not in the commands.allow list of agent "${agentLevel.name}"` }
  });
}
var rootAllowStep = derivedOnce(
  (policy, context) => namedAllowLists(context, [policy.rootLevel], (l) => readAsWritten(l.commands.allow), ALLOW_NAMES)
), ALLOW_NAMES = { allowList: "commands.allow", whenNoList: "no commands.deny matches and no allow list applies" };
function soundAllowStep(context, levels, command) {
  if (levels.length === 1 && !needsSoundAllow(command) && !namesProgramPaths(levels[0].commands.allow)) return rootAllowStep(context.policy, context);
  let lists = levels.map((l) => soundAllowList(l.commands.allow, command)), step = namedAllowLists(context, levels, (l) => lists[levels.indexOf(l)], ALLOW_NAMES), unmatched = step.unmatched;
  return step.unmatched = (n) => {
    for (let l of lists) {
      let why = l.refusal();
      if (why !== void 0) return `${unmatched(n)}: ${why}`;
    }
    return unmatched(n);
  }, step;
}

// src/engine/command-half.ts
registerCommandSupport({ CommandPatternList, decideCommand });

export {
  argvModel
};
