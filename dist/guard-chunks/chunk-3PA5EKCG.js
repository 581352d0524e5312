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
  CommandPatternList: () => CommandPatternList,
  PROGRAM_SPECS: () => PROGRAM_SPECS,
  REGISTRY_DATA: () => REGISTRY_DATA,
  SHELLS: () => SHELLS,
  TOUCH_MODELS: () => TOUCH_MODELS,
  analyzeCommand: () => analyzeCommand,
  assignedName: () => assignedName,
  commandPatternRegexSource: () => commandPatternRegexSource,
  executableName: () => executableName,
  firstOfEachKey: () => firstOfEachKey,
  hazardExamples: () => hazardExamples,
  isWrapper: () => isWrapper,
  lexShell: () => lexShell,
  normalise: () => normalise,
  normaliseCommandPattern: () => normaliseCommandPattern,
  own: () => own,
  ownEntries: () => ownEntries,
  readShortCluster: () => readShortCluster,
  scanHazards: () => scanHazards,
  shellScriptArguments: () => shellScriptArguments,
  spellsOption: () => spellsOption,
  writtenName: () => writtenName
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_TGX7ZEIM = require("./chunk-TGX7ZEIM.js");
var import_chunk_DDC3HKHF = require("./chunk-DDC3HKHF.js");
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
function firstOfEachKey(items, key, size) {
  let n = items.length;
  if (n < 2) return items;
  let sizes = items.map(size), shared = new Array(n).fill(false), any = false;
  if (n <= 16)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        sizes[i] === sizes[j] && sizes[i] >= 0 && (any = shared[i] = shared[j] = true);
  else {
    let count = /* @__PURE__ */ new Map();
    for (let s of sizes) s >= 0 && count.set(s, (count.get(s) ?? 0) + 1);
    for (let i = 0; i < n; i++) sizes[i] >= 0 && count.get(sizes[i]) > 1 && (any = shared[i] = true);
  }
  if (!any) return items;
  let seen = /* @__PURE__ */ new Set();
  return items.filter((x, i) => {
    if (!shared[i]) return true;
    let k = key(x);
    return !seen.has(k) && seen.add(k);
  });
}
function normalise(words) {
  let s = words.join(" ");
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 32 ? i === 0 || i === s.length - 1 || s.charCodeAt(i + 1) === 32 : c >= 9 && c <= 13 || c >= 128)
      return s.replace(/\s+/g, " ").trim();
  }
  return s;
}
function commandKey(c) {
  let words = c.argvs.map((argv) => argv.map((w) => (w.dynamic ? "" : w.tilde ? "" : "") + w.value).join("")).join("\0");
  return `${c.delegates}\0${c.layers.join("\0")}\0${words}\0${c.dirs ? c.dirs.join("\0") : "*"}${c.env ? `\0${c.env.map((w) => w.value).join("\0")}` : ""}`;
}
function commandKeyLength(c) {
  let words = c.argvs.length > 0 ? c.argvs.length - 1 : 0;
  for (let argv of c.argvs) {
    argv.length > 0 && (words += argv.length - 1);
    for (let w of argv) words += (w.dynamic || w.tilde ? 1 : 0) + w.value.length;
  }
  return String(c.delegates).length + 1 + joinedLength(c.layers) + 1 + words + 1 + (c.dirs ? joinedLength(c.dirs) : 1) + (c.env ? 1 + joinedLength(c.env.map((w) => w.value)) : 0);
}
function joinedLength(strings) {
  let n = strings.length > 0 ? strings.length - 1 : 0;
  for (let x of strings) n += x.length;
  return n;
}
var program_aliases_default = {
  $comment: 'Other names of the same program (src/match/program-aliases.ts). A command word is read as the program named here by every model: wrappers, touch models, hazards, opaque checks, denies. Each name is listed on its own, reviewed like code: never a rule such as "strip a leading g" (gcc, gdb, git, gpg, gzip, go, gem, gh are programs of their own). Only names that run the very program (a copy, another build, or a script that execs it with the same words) belong here; the table is flat (a target is never itself a key).',
  caseSensitive: {
    $comment: "macOS's default file system ignores case, so `ENV`, `Find` and `XARGS` run env, find and xargs there: a name with capitals is read as its lower case (and as written, a layer of its own), except the programs whose own name has capitals and differs from the lower case's (libwww-perl's GET, HEAD, POST, PUT request URLs; head reads files; R and Rscript run R). Every capitalised program name of data/programs.json, data/program-hazards.json and the interpreter tables must be listed here (test/command/program-aliases.test.ts).",
    names: ["GET", "HEAD", "POST", "PUT", "R", "Rscript"]
  },
  aliases: {
    "$comment-coreutils": "Homebrew coreutils (every program, prefixed g). Left out: gdu (also Go Disk Usage, another program) and god (also the god process monitor, which runs programs).",
    gb2sum: "b2sum",
    gbase32: "base32",
    gbase64: "base64",
    gbasename: "basename",
    gbasenc: "basenc",
    gcat: "cat",
    gchcon: "chcon",
    gchgrp: "chgrp",
    gchmod: "chmod",
    gchown: "chown",
    gchroot: "chroot",
    gcksum: "cksum",
    gcomm: "comm",
    gcp: "cp",
    gcsplit: "csplit",
    gcut: "cut",
    gdate: "date",
    gdd: "dd",
    gdf: "df",
    gdir: "dir",
    gdircolors: "dircolors",
    gdirname: "dirname",
    gecho: "echo",
    genv: "env",
    gexpand: "expand",
    gexpr: "expr",
    gfactor: "factor",
    gfalse: "false",
    gfmt: "fmt",
    gfold: "fold",
    ggroups: "groups",
    ghead: "head",
    ghostid: "hostid",
    gid: "id",
    ginstall: "install",
    gjoin: "join",
    gkill: "kill",
    glink: "link",
    gln: "ln",
    glogname: "logname",
    gls: "ls",
    gmd5sum: "md5sum",
    gmkdir: "mkdir",
    gmkfifo: "mkfifo",
    gmknod: "mknod",
    gmktemp: "mktemp",
    gmv: "mv",
    gnice: "nice",
    gnl: "nl",
    gnohup: "nohup",
    gnproc: "nproc",
    gnumfmt: "numfmt",
    gpaste: "paste",
    gpathchk: "pathchk",
    gpinky: "pinky",
    gpr: "pr",
    gprintenv: "printenv",
    gprintf: "printf",
    gptx: "ptx",
    gpwd: "pwd",
    greadlink: "readlink",
    grealpath: "realpath",
    grm: "rm",
    grmdir: "rmdir",
    gruncon: "runcon",
    gseq: "seq",
    gsha1sum: "sha1sum",
    gsha224sum: "sha224sum",
    gsha256sum: "sha256sum",
    gsha384sum: "sha384sum",
    gsha512sum: "sha512sum",
    gshred: "shred",
    gshuf: "shuf",
    gsleep: "sleep",
    gsort: "sort",
    gsplit: "split",
    gstat: "stat",
    gstdbuf: "stdbuf",
    gstty: "stty",
    gsum: "sum",
    gsync: "sync",
    gtac: "tac",
    gtail: "tail",
    gtee: "tee",
    gtest: "test",
    gtimeout: "timeout",
    gtouch: "touch",
    gtr: "tr",
    gtrue: "true",
    gtruncate: "truncate",
    gtsort: "tsort",
    gtty: "tty",
    guname: "uname",
    gunexpand: "unexpand",
    guniq: "uniq",
    gunlink: "unlink",
    guptime: "uptime",
    gusers: "users",
    gvdir: "vdir",
    gwc: "wc",
    gwho: "who",
    gwhoami: "whoami",
    gyes: "yes",
    "$comment-findutils": "Homebrew findutils.",
    gfind: "find",
    gxargs: "xargs",
    glocate: "locate",
    gupdatedb: "updatedb",
    "$comment-diffutils": "Homebrew diffutils.",
    gdiff: "diff",
    gcmp: "cmp",
    gdiff3: "diff3",
    gsdiff: "sdiff",
    "$comment-grep": "Homebrew grep; egrep and fgrep are grep -E and grep -F (scripts that run grep).",
    ggrep: "grep",
    gegrep: "grep",
    gfgrep: "grep",
    egrep: "grep",
    fgrep: "grep",
    "$comment-gnu": "gnu-sed, gnu-tar (and macOS's old gnutar), make (and gnumake), m4, gpatch; GNU awk and the other awks, which read the same command line.",
    gsed: "sed",
    gtar: "tar",
    gnutar: "tar",
    gmake: "make",
    gnumake: "make",
    gm4: "m4",
    gpatch: "patch",
    gawk: "awk",
    mawk: "awk",
    nawk: "awk",
    "$comment-hub": "hub (GitHub's git wrapper) runs git with the same words for every git command (`hub push -f` is `git push -f`); its own commands (api, pull-request, release, \u2026) are read as git's unknown subcommands.",
    hub: "git",
    "$comment-vscode": "Other builds of VS Code, with its command line (code --install-extension, code tunnel).",
    codium: "code",
    vscodium: "code",
    "code-insiders": "code",
    "code-oss": "code",
    "$comment-debian": "Debian's builds of vim (update-alternatives names).",
    "vim.basic": "vim",
    "vim.tiny": "vim",
    "vim.nox": "vim",
    "vim.gtk": "vim",
    "vim.gtk3": "vim",
    "vim.athena": "vim",
    "$comment-python": "Versioned names of python3 and pip (pip3 is pip).",
    "python3.8": "python3",
    "python3.9": "python3",
    "python3.10": "python3",
    "python3.11": "python3",
    "python3.12": "python3",
    "python3.13": "python3",
    "python3.14": "python3",
    pip3: "pip",
    "pip3.8": "pip",
    "pip3.9": "pip",
    "pip3.10": "pip",
    "pip3.11": "pip",
    "pip3.12": "pip",
    "pip3.13": "pip",
    "pip3.14": "pip",
    "$comment-build": "Build tools' wrappers: gradlew and mvnw are the project's scripts that run gradle and mvn (the version it pins) with the same words; bazelisk runs bazel.",
    gradlew: "gradle",
    mvnw: "mvn",
    bazelisk: "bazel",
    "$comment-terraform": "OpenTofu (tofu) is a build of Terraform's code with the same commands and options, and terragrunt runs terraform (or tofu) with the words it is given (its own commands, run-all, hclfmt, \u2026, are read as unknown terraform subcommands: contacts, so an approval): a deny of `terraform destroy` must meet `tofu destroy` and `terragrunt destroy`.",
    tofu: "terraform",
    terragrunt: "terraform"
  }
};
var ALIASES = new Map(
  Object.entries(program_aliases_default.aliases).filter(([name]) => !name.startsWith("$"))
), CASE_SENSITIVE = new Set(program_aliases_default.caseSensitive.names), CAPITAL = /[A-Z]/;
function sameProgram(name) {
  let alias = ALIASES.get(name);
  if (alias !== void 0) return alias;
  if (!CAPITAL.test(name) || CASE_SENSITIVE.has(name)) return name;
  let lower = name.toLowerCase();
  return ALIASES.get(lower) ?? lower;
}
function writtenName(v) {
  let slash = v.length - 1;
  for (; slash >= 0 && v.charCodeAt(slash) !== 47; ) slash--;
  return slash < 0 || slash === v.length - 1 ? v : v.slice(slash + 1);
}
function executableName(v) {
  return sameProgram(writtenName(v));
}
var SPECIAL = /* @__PURE__ */ new Set([
  "IFS",
  "PATH",
  "PWD",
  "OLDPWD",
  "RANDOM",
  "SRANDOM",
  "SECONDS",
  "LINENO",
  "HISTCMD",
  "EPOCHSECONDS",
  "EPOCHREALTIME",
  "FUNCNAME",
  "GROUPS",
  "DIRSTACK",
  "PPID",
  "UID",
  "EUID",
  "SHELLOPTS",
  "BASHOPTS",
  "PIPESTATUS",
  "OPTIND",
  "OPTARG",
  "OPTERR",
  "REPLY",
  "MAPFILE",
  "COPROC",
  "HOSTNAME",
  "HOSTTYPE",
  "MACHTYPE",
  "OSTYPE",
  "SHLVL",
  "HISTFILE",
  "HISTSIZE",
  "POSIXLY_CORRECT",
  "TMOUT",
  "CDPATH",
  "HOME",
  "ENV",
  "PS1",
  "PS2",
  "PS3",
  "PS4",
  "PROMPT_COMMAND",
  "GLOBIGNORE",
  "FIGNORE",
  "HISTIGNORE",
  "TIMEFORMAT",
  "LANG",
  "LC_ALL",
  "LC_COLLATE",
  "LC_CTYPE",
  "INPUTRC",
  "_"
]), NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function trackable(name) {
  return NAME.test(name) && !SPECIAL.has(name) && !name.startsWith("BASH") && !name.startsWith("COMP_") && !name.startsWith("LC_");
}
var UNFOLLOWED = /* @__PURE__ */ new Set([
  "alias",
  "unalias",
  "bind",
  "compgen",
  "complete",
  "compopt",
  "declare",
  "typeset",
  "local",
  "readonly",
  "enable",
  "fc",
  "let",
  "shopt",
  "source",
  ".",
  "trap",
  "coproc",
  "shift",
  "[[",
  "select",
  "caller",
  "history"
]), ASSIGNS_NAMES = /* @__PURE__ */ new Set(["read", "mapfile", "readarray", "getopts", "unset", "export", "printf", "wait"]);
function varsRisky(text) {
  if (text.includes("((") || text.includes("$[") || text.includes("IFS")) return true;
  for (let at = text.indexOf("${"); at >= 0; at = text.indexOf("${", at + 2)) {
    let k = at + 2;
    text[k] === "#" && k++;
    let from = k;
    for (; k < text.length && /[A-Za-z0-9_]/.test(text[k]); ) k++;
    if (k === from) return true;
    let c = text[k], d = text[k + 1];
    if (!(c === "}" || c === "@" || c === "-" || c === "+" || c === "#" || c === "%" || c === "/" || c === "^" || c === ",") && !(c === ":" && (d === "-" || d === "+")))
      return true;
  }
  return false;
}
function builtinEffects(vars, exe, rest) {
  if (!vars.off) {
    if (UNFOLLOWED.has(exe)) {
      vars.off = true;
      return;
    }
    if (exe === "eval" && rest.some((a) => a.dynamic)) vars.off = true;
    else if ((exe === "test" || exe === "[") && rest.some((a) => a.value === "-v" || a.value === "-R")) vars.off = true;
    else if ((exe === "mapfile" || exe === "readarray") && rest.some((a) => /^-[A-Za-z]*C/.test(a.value))) vars.off = true;
    else if (ASSIGNS_NAMES.has(exe)) {
      if (exe === "printf" && !rest.some((a) => a.dynamic || a.value.startsWith("-v")) || exe === "wait" && !rest.some((a) => a.dynamic || /^-[A-Za-z]*p/.test(a.value))) return;
      for (let a of rest) {
        if (a.dynamic || a.value.includes("[")) {
          vars.off = true;
          return;
        }
        if (a.value.startsWith("-")) {
          if (a.value.length > 2) {
            vars.off = true;
            return;
          }
          continue;
        }
        let eq = a.value.indexOf("="), name = eq < 0 ? a.value : a.value.slice(0, a.value[eq - 1] === "+" ? eq - 1 : eq);
        vars.env.delete(name);
      }
    }
  }
}
function literalAssignment(raw, value, dynamic) {
  if (dynamic || raw.includes("~")) return;
  let eq = value.indexOf("=");
  if (eq <= 0) return;
  let name = value.slice(0, eq);
  if (!(!NAME.test(name) || !raw.startsWith(`${name}=`)))
    return { name, value: value.slice(eq + 1) };
}
function wholeWordUse(raw) {
  let inner = raw, quoted = false;
  if (raw.length >= 3 && raw.startsWith('"') && raw.endsWith('"') && (inner = raw.slice(1, -1), quoted = true), !inner.startsWith("$") || inner.includes('"') || inner.includes("'")) return;
  let body = inner.slice(1);
  if (body.startsWith("{")) {
    if (!body.endsWith("}")) return;
    body = body.slice(1, -1);
  }
  if (body === "@" || body === "*") return { kind: "positional", which: body, quoted };
  if (/^[1-9]$/.test(body)) return { kind: "positional", which: Number(body), quoted };
  if (NAME.test(body)) return { kind: "name", name: body, quoted };
}
function usedName(raw) {
  let use = wholeWordUse(raw);
  return use?.kind === "name" ? use.name : void 0;
}
function splitFields(value) {
  let out = [];
  for (let f of value.split(/[ \t\n]+/)) {
    if (f === "") continue;
    let glob = f.includes("*") || f.includes("?") || f.includes("[") || f.includes("\\");
    out.push({ value: f, dynamic: glob });
  }
  return out;
}
function substitute(vars, raw) {
  if (vars.off) return;
  let use = wholeWordUse(raw);
  if (!use) return;
  if (use.kind === "name") {
    let v = vars.env.get(use.name);
    return v === void 0 ? void 0 : use.quoted ? [{ value: v, dynamic: false }] : splitFields(v);
  }
  let pos = vars.positional;
  if (pos) {
    if (typeof use.which == "number") {
      let v = pos[use.which - 1] ?? "";
      return use.quoted ? [{ value: v, dynamic: false }] : splitFields(v);
    }
    return use.quoted ? use.which === "@" ? pos.map((value) => ({ value, dynamic: false })) : [{ value: pos.join(" "), dynamic: false }] : pos.flatMap(splitFields);
  }
}
function hashBindings(rest) {
  let path, names = [];
  for (let k = 0; k < rest.length; k++) {
    let a = rest[k];
    if (a.dynamic) return;
    let v = a.value;
    if (path === void 0 && v === "-p") path = rest[++k]?.value;
    else if (path === void 0 && v.startsWith("-p")) path = v.slice(2);
    else {
      if (v.startsWith("-") && names.length === 0) continue;
      names.push(v);
    }
  }
  return path !== void 0 && names.length ? { path, names } : void 0;
}
var MAX_FLOW_DIRS = 32;
function unionDirs(a, b) {
  if (!a || !b) return;
  let out;
  if (a.length + b.length <= 16) {
    out = [];
    for (let x of a) out.includes(x) || out.push(x);
    for (let x of b) out.includes(x) || out.push(x);
  } else out = [.../* @__PURE__ */ new Set([...a, ...b])];
  return out.length > MAX_FLOW_DIRS ? void 0 : out;
}
function enterDir(d, t) {
  if (d)
    return unionDirs([], d.map((x) => t.startsWith("/") || x === "." ? t : `${x}/${t}`));
}
var program_hazards_default = { programs: { git: '{"code":["-c","--config-env","--exec-path","--git-dir","--work-tree"],"elsewhere":["--namespace","--super-prefix"],"subcommands":{"diff":{"code":["--ext-diff","--textconv"],"elsewhere":["--output"]},"log":{"code":["--ext-diff","--textconv"],"elsewhere":["--output"]},"show":{"code":["--ext-diff","--textconv"],"elsewhere":["--output"]},"whatchanged":{"code":["--ext-diff","--textconv"],"elsewhere":["--output"]},"range-diff":{"code":["--ext-diff","--textconv"],"elsewhere":["--output"]},"add":{"code":["--pathspec-from-file"],"elsewhere":[]},"checkout":{"code":["--pathspec-from-file"],"elsewhere":[]},"restore":{"code":["--pathspec-from-file"],"elsewhere":[]},"rm":{"code":["--pathspec-from-file"],"elsewhere":[]},"reset":{"code":["--pathspec-from-file"],"elsewhere":[]},"commit":{"code":["--pathspec-from-file"],"elsewhere":[]},"stash":{"code":["--pathspec-from-file","--ext-diff","--textconv"],"elsewhere":["--output"]},"format-patch":{"code":["--ext-diff","--textconv"],"elsewhere":["--output","-o","--output-directory"]},"blame":{"code":["--textconv"],"elsewhere":[]},"clone":{"code":["--upload-pack","-u","--template","-c","--config"],"elsewhere":["--separate-git-dir","--reference","--reference-if-able"]},"init":{"code":["--template"],"elsewhere":["--separate-git-dir"]},"fetch":{"code":["--upload-pack"],"elsewhere":[]},"pull":{"code":["--upload-pack"],"elsewhere":[]},"ls-remote":{"code":["--upload-pack"],"elsewhere":[]},"push":{"code":["--receive-pack","--exec"],"elsewhere":["--repo"]},"archive":{"code":["--exec"],"elsewhere":["--output","-o","--remote"]},"rebase":{"code":["--exec","-x"],"elsewhere":[]},"submodule":{"code":["foreach"],"elsewhere":[]},"bisect":{"code":["run"],"elsewhere":[]},"filter-branch":{"code":["--tree-filter","--index-filter","--msg-filter","--env-filter","--commit-filter","--parent-filter","--tag-name-filter","--setup"],"elsewhere":[]},"filter-repo":{"code":["--filename-callback","--message-callback","--name-callback","--email-callback","--refname-callback","--blob-callback","--commit-callback","--tag-callback","--reset-callback","--file-info-callback"],"elsewhere":[]},"grep":{"code":["-O","--open-files-in-pager","--textconv"],"elsewhere":[]},"difftool":{"code":["--extcmd","-x","--tool","-t"],"elsewhere":[]},"mergetool":{"code":["--tool","-t"],"elsewhere":[]},"config":{"code":[],"elsewhere":["--global","--system","--file","-f","--worktree"]},"send-email":{"code":["--sendmail-cmd","--smtp-server","--to-cmd","--cc-cmd","--header-cmd"],"elsewhere":[]},"credential":{"code":["fill","approve","reject","capability"],"elsewhere":[]},"credential-store":{"code":["get","store","erase"],"elsewhere":[]},"credential-cache":{"code":["get","store","erase","exit"],"elsewhere":[]}}}', npm: '{"code":["--script-shell","--node-options","--call","-c","--userconfig","--globalconfig","--onload-script","--git","--editor","--browser","--viewer","--init-module"],"elsewhere":["--prefix","-C","-g","--global","--location","--cache","--registry","--workspace","-w","--shell","--logs-dir","--tmp"]}', npx: '{"code":["--call","-c","--node-options","--script-shell","--userconfig"],"elsewhere":["--prefix","--registry","--cache"]}', pnpm: '{"code":["--script-shell","--node-options","-c"],"elsewhere":["--dir","-C","--prefix","-g","--global","--store-dir","--registry","--filter","-F","--shell-mode"]}', yarn: '{"code":["--script-shell"],"elsewhere":["--cwd","--modules-folder","--global-folder","--cache-folder","--registry","--use-yarnrc"],"shared":true,"subcommands":{"set":{"code":["version"],"elsewhere":[]},"plugin":{"code":["import"],"elsewhere":[]}}}', node: '{"code":["-e","--eval","-p","--print","--experimental-network-imports"],"elsewhere":["--inspect","--inspect-brk","--inspect-port","--cpu-prof-dir","--heap-prof-dir","--diagnostic-dir","--redirect-warnings","-r","--require","--import","--loader","--experimental-loader","--env-file","--env-file-if-exists"]}', bundle: '{"code":[],"elsewhere":[],"subcommands":{"config":{"code":["mirror.","build.","gemfile","local."],"elsewhere":[]}}}', bundler: '{"code":[],"elsewhere":[],"subcommands":{"config":{"code":["mirror.","build.","gemfile","local."],"elsewhere":[]}}}', composer: '{"code":[],"elsewhere":[],"subcommands":{"config":{"code":["repositories","repo","secure-http","disable-tls","cafile","capath","scripts"],"elsewhere":[]}}}', poetry: '{"code":[],"elsewhere":[],"subcommands":{"source":{"code":["add"],"elsewhere":[]},"config":{"code":["repositories.","certificates."],"elsewhere":[]}}}', pdm: '{"code":[],"elsewhere":[],"subcommands":{"config":{"code":["pypi.","repository."],"elsewhere":[]}}}', gem: '{"code":[],"elsewhere":[],"subcommands":{"sources":{"code":["--add","-a"],"elsewhere":[]}}}', conda: '{"code":[],"elsewhere":[],"subcommands":{"config":{"code":["channels","channel_alias","default_channels","custom_channels","custom_multichannels","proxy_servers","ssl_verify"],"elsewhere":[]}}}', mamba: '{"code":[],"elsewhere":[],"subcommands":{"config":{"code":["channels","channel_alias","default_channels","custom_channels","custom_multichannels","proxy_servers","ssl_verify"],"elsewhere":[]}}}', micromamba: '{"code":[],"elsewhere":[],"subcommands":{"config":{"code":["channels","channel_alias","default_channels","custom_channels","custom_multichannels","proxy_servers","ssl_verify"],"elsewhere":[]}}}', pip: '{"code":[],"elsewhere":["--target","-t","--prefix","--root","--user","--index-url","-i","--extra-index-url","--find-links","-f","--src","--log","--config-settings","-C"]}', pip3: '{"code":[],"elsewhere":["--target","-t","--prefix","--root","--user","--index-url","-i","--extra-index-url","--find-links","-f","--src","--log","--config-settings","-C"]}', uv: '{"code":[],"elsewhere":["--directory","--project","--index-url","--extra-index-url","--index","--default-index","--target","--prefix","--cache-dir","--config-file"]}', curl: '{"code":["-K","--config"],"elsewhere":["--output-dir","-D","--dump-header","-c","--cookie-jar","--trace","--trace-ascii","--libcurl","--stderr","--etag-save","--hsts","--alt-svc","-x","--proxy","--connect-to","--resolve"]}', wget: '{"code":["-e","--execute","--config"],"elsewhere":["-o","--output-file","-a","--append-output","-P","--directory-prefix","-i","--input-file","--post-file","--body-file","--save-cookies","--warc-file","--use-askpass"]}', ssh: '{"code":["-F"],"elsewhere":["-E","-L","-R","-D","-w","-S","-i","-J","-W"],"checked":["-o"]}', scp: '{"code":["-F","-S"],"elsewhere":["-i","-J"],"checked":["-o"]}', sftp: '{"code":["-F","-S"],"elsewhere":["-b","-i","-J","-D"],"checked":["-o"]}', "yt-dlp": '{"code":["--exec","--exec-before-download","--config-locations","--plugin-dirs","--netrc-cmd"]}', "youtube-dl": '{"code":["--exec","--config-location"]}', rsync: '{"code":["-e","--rsh","--rsync-path","--config"],"elsewhere":["--write-batch","--only-write-batch","--read-batch","--log-file","--backup-dir","--temp-dir","-T","--partial-dir","--compare-dest","--copy-dest","--link-dest","--files-from","--password-file"]}', tar: '{"code":["-T","--files-from","--to-command","--use-compress-program","-I","--checkpoint-action","--info-script","--new-volume-script","-F","--rsh-command","--rmt-command"],"elsewhere":["--index-file","-g","--listed-incremental","-P","--absolute-names"]}', bsdtar: '{"code":["-T","--files-from","--to-command","--use-compress-program","-I","--checkpoint-action","--info-script","--new-volume-script","-F","--rsh-command","--rmt-command"],"elsewhere":["--index-file","-g","--listed-incremental","-P","--absolute-names"]}', gtar: '{"code":["-T","--files-from","--to-command","--use-compress-program","-I","--checkpoint-action","--info-script","--new-volume-script","-F","--rsh-command","--rmt-command"],"elsewhere":["--index-file","-g","--listed-incremental","-P","--absolute-names"]}', xz: '{"code":["--files","--files0"],"elsewhere":[]}', unxz: '{"code":["--files","--files0"],"elsewhere":[]}', lzma: '{"code":["--files","--files0"],"elsewhere":[]}', unlzma: '{"code":["--files","--files0"],"elsewhere":[]}', zstd: '{"code":["--filelist"],"elsewhere":["--output-dir-flat","--output-dir-mirror"]}', unzstd: '{"code":["--filelist"],"elsewhere":["--output-dir-flat","--output-dir-mirror"]}', ar: '{"code":["--plugin"],"elsewhere":["--output"]}', "llvm-ar": '{"code":["--plugin"],"elsewhere":["--output"]}', find: '{"optionsAnywhere":true,"code":["-files0-from","-fprint","-fprintf","-fls","-fprint0"],"elsewhere":["-delete"],"checked":["-exec","-execdir","-ok","-okdir"]}', fd: '{"code":["-x","--exec","-X","--exec-batch"],"elsewhere":["--base-directory","--search-path"]}', fdfind: '{"code":["-x","--exec","-X","--exec-batch"],"elsewhere":["--base-directory","--search-path"]}', rg: '{"code":["--pre"],"elsewhere":["--ignore-file","-f","--file"]}', sed: '{"code":["-f","--file"],"elsewhere":[]}', split: '{"code":["--filter"],"elsewhere":[]}', awk: '{"code":["-f","--file","-E","--exec","-i","--include","-l","--load","-W","-D","--debug","-d","--dump-variables","-o","--pretty-print","-p","--profile"],"elsewhere":[]}', gawk: '{"code":["-f","--file","-E","--exec","-i","--include","-l","--load","-W","-D","--debug","-d","--dump-variables","-o","--pretty-print","-p","--profile"],"elsewhere":[]}', mawk: '{"code":["-f","--file","-E","--exec","-i","--include","-l","--load","-W","-D","--debug","-d","--dump-variables","-o","--pretty-print","-p","--profile"],"elsewhere":[]}', nawk: '{"code":["-f","--file","-E","--exec","-i","--include","-l","--load","-W","-D","--debug","-d","--dump-variables","-o","--pretty-print","-p","--profile"],"elsewhere":[]}', jq: '{"code":["-f","--from-file"],"elsewhere":["-L","--library-path"]}', gojq: '{"code":["-f","--from-file"],"elsewhere":["-L","--library-path"]}', wc: '{"code":["--files0-from"],"elsewhere":[]}', du: '{"code":["--files0-from"],"elsewhere":[]}', sort: '{"code":["--compress-program","--files0-from"],"elsewhere":["-o","--output","-T","--temporary-directory","--random-source"]}', cp: '{"code":[],"elsewhere":[]}', mv: '{"code":[],"elsewhere":[]}', ln: '{"code":[],"elsewhere":[]}', install: '{"code":["--strip-program"],"elsewhere":[]}', dd: '{"optionsAnywhere":true,"code":[],"elsewhere":["of=","if="]}', patch: '{"code":[],"elsewhere":["-d","--directory","-B","--prefix","-r","--reject-file"]}', make: '{"code":["--eval","-E","SHELL=",".SHELLFLAGS=","MAKESHELL=","MAKEFLAGS=","MAKEFILES=","MAKEOVERRIDES=","MAKE=","CC=","CXX=","CPP=","LD=","AR=","AS=","FC=","RM=","LEX=","YACC=","RANLIB=","STRIP=","INSTALL="],"elsewhere":["-o","-W","-f","--file","--makefile","-I","--include-dir"]}', go: '{"code":["-toolexec","-exec","-vettool","-overlay"],"elsewhere":["-o","-modfile","-C","-ldflags","-gcflags","-asmflags"],"shared":true,"subcommands":{"env":{"code":["-w"],"elsewhere":[]}}}', cargo: '{"code":["--config"],"elsewhere":["--target-dir","--manifest-path","--out-dir","--artifact-dir","-C","--config-path","--root","--index","--registry","-Z"]}', gradle: '{"code":["--init-script","-I","--include-build","--gradle-user-home","-g","-Dgradle.user.home","-Dorg.gradle.java.home","-Dorg.gradle.jvmargs","--gradle-distribution-url"],"elsewhere":["--build-file","-b","--settings-file","-c","--project-cache-dir"]}', mvn: '{"code":["-Dexec.executable","-Dmaven.ext.class.path","-DdistributionUrl"],"elsewhere":["--file","--settings","-gs","--global-settings","--toolchains","-Dmaven.repo.local"]}', cmake: '{"code":["-P","-C","--toolchain","-DCMAKE_TOOLCHAIN_FILE","-DCMAKE_PROJECT_INCLUDE","-DCMAKE_PROJECT_INCLUDE_BEFORE","-DCMAKE_PROJECT_TOP_LEVEL_INCLUDES","-DCMAKE_USER_MAKE_RULES_OVERRIDE","-DCMAKE_MAKE_PROGRAM","-DCMAKE_LINKER","-DCMAKE_CROSSCOMPILING_EMULATOR","-DCMAKE_C_COMPILER","-DCMAKE_CXX_COMPILER","-DCMAKE_CUDA_COMPILER","-DCMAKE_HIP_COMPILER","-DCMAKE_OBJC_COMPILER","-DCMAKE_OBJCXX_COMPILER","-DCMAKE_Fortran_COMPILER","-DCMAKE_C_COMPILER_LAUNCHER","-DCMAKE_CXX_COMPILER_LAUNCHER","-DCMAKE_CUDA_COMPILER_LAUNCHER","-DCMAKE_HIP_COMPILER_LAUNCHER","-DCMAKE_OBJC_COMPILER_LAUNCHER","-DCMAKE_OBJCXX_COMPILER_LAUNCHER","-DCMAKE_Fortran_COMPILER_LAUNCHER","-DCMAKE_C_LINKER_LAUNCHER","-DCMAKE_CXX_LINKER_LAUNCHER","-DCMAKE_CUDA_LINKER_LAUNCHER","-DCMAKE_HIP_LINKER_LAUNCHER","-DCMAKE_OBJC_LINKER_LAUNCHER","-DCMAKE_OBJCXX_LINKER_LAUNCHER","-DCMAKE_Fortran_LINKER_LAUNCHER","-DCMAKE_C_CLANG_TIDY","-DCMAKE_CXX_CLANG_TIDY","-DCMAKE_CUDA_CLANG_TIDY","-DCMAKE_HIP_CLANG_TIDY","-DCMAKE_OBJC_CLANG_TIDY","-DCMAKE_OBJCXX_CLANG_TIDY","-DCMAKE_Fortran_CLANG_TIDY"],"elsewhere":["--install-prefix"]}', ctest: '{"code":["-S","-SP","-SR","--test-command"],"elsewhere":[]}', cpack: '{"code":["--config"],"elsewhere":["-B"]}', bazel: '{"code":["--bazelrc","--run_under","--host_jvm_args","--server_javabase","--override_repository","--override_module","--registry","--workspace_status_command","--credential_helper"],"elsewhere":["--output_base","--output_user_root","--script_path"]}', "bazel run": `{"statements":"the program its target label builds (the workspace's or an external repository's binary, an alias, a wrapper script) with the words after --"}`, "buck run": `{"statements":"the program its target label builds (the workspace's or an external repository's binary, an alias, a wrapper script) with the words after --"}`, "buck2 run": `{"statements":"the program its target label builds (the workspace's or an external repository's binary, an alias, a wrapper script) with the words after --"}`, ant: '{"code":["-lib","-logger","-listener","-main","-inputhandler"],"elsewhere":["-file","-buildfile","-find","-logfile"]}', rake: '{"code":["-r","--require","-g","--system","-R","--rakelibdir","--rakelib"],"elsewhere":["-f","--rakefile","-I","--libdir"]}', just: '{"code":["--dotenv-path","-E","--dotenv-filename","--global-justfile","-g"],"elsewhere":["--justfile","-f"]}', task: '{"code":["--global","-g"],"elsewhere":["--taskfile","-t"]}', ninja: '{"code":[],"elsewhere":["-f"]}', meson: '{"code":["--native-file","--cross-file","--wrapper","--gdb-path"],"elsewhere":["--destdir"]}', scons: '{"code":["--site-dir"],"elsewhere":["-f","--file","--makefile","--sconstruct","-I","--include-dir"]}', "xmake lua": '{"statements":"Lua scripts and modules (os.exec runs commands, io writes files) named or given on the line"}', "xmake l": '{"statements":"Lua scripts and modules (os.exec runs commands, io writes files) named or given on the line"}', javac: '{"code":["-J","@","-Xplugin","--plugin"],"elsewhere":["-cp","-classpath","--class-path","-processorpath","--processor-path","--processor-module-path","-p","--module-path","-bootclasspath","--system","-extdirs","-d","-s","-h"]}', shortcuts: '{"code":["run"]}', java: '{"code":["-javaagent","-agentpath","-agentlib","-XX:OnOutOfMemoryError","-XX:OnError","@","-Xbootclasspath","-Xbootclasspath/a","-Xbootclasspath/p","-XX:VMOptionsFile","-XX:Flags","-Djava.ext.dirs","-Djava.endorsed.dirs"],"elsewhere":["-cp","-classpath","--class-path","--module-path","-p","--upgrade-module-path","--patch-module","-Djava.library.path"]}', sbt: '{"separator":";","code":["eval","set","console","-J-javaagent","-J-agentpath","-J-agentlib","-J-Xbootclasspath","-J-Xbootclasspath/a","-J-Xbootclasspath/p","-J-XX:OnError","-J-XX:OnOutOfMemoryError","-J-XX:VMOptionsFile","-J-XX:Flags","--jvm-opts","-jvm-opts","-javaagent","-Dsbt.global.base","--sbt-jar","-sbt-jar","--sbt-boot","-sbt-boot"],"elsewhere":["--sbt-dir","-sbt-dir","--ivy","-ivy"]}', dotnet: '{"code":["-p","-P","/p:","/P:","-property","/property:","--property","-logger","/logger:","-distributedlogger","/distributedlogger:","-dl","/dl:","@"],"elsewhere":[]}', docker: '{"code":["--entrypoint","--config"],"elsewhere":["-H","--host","--context","-c","-v","--volume","--mount","--pid","--network","--net","--ipc","--userns","--privileged","--cap-add","--security-opt","--device"],"shared":true,"subcommands":{"plugin":{"code":["install","upgrade","create","enable"],"elsewhere":[]}}}', podman: '{"code":["--entrypoint","--config","--hooks-dir","--conmon","--runtime","--network-cmd-path"],"elsewhere":["-H","--host","-c","--connection","--url","--identity","--root","--runroot","-v","--volume","--mount","--pid","--network","--net","--ipc","--userns","--privileged","--cap-add","--security-opt","--device"]}', kubectl: '{"code":["--exec-command"],"elsewhere":["--context","--cluster","--server","-s","--token","--as","--as-group","--user","--kubeconfig"],"shared":true,"subcommands":{"config":{"code":["users.","clusters.","--proxy-url","--auth-provider","--auth-provider-arg","--exec-arg","--exec-env"],"elsewhere":[]}}}', asdf: '{"code":[],"elsewhere":[],"subcommands":{"plugin":{"code":["add","update"],"elsewhere":[]}}}', "asdf plugin-add": `{"statements":"a plugin's scripts, cloned from the URL given (or asdf's plugin index), which every later asdf command runs","informational":["-h","--help"]}`, vagrant: '{"code":[],"elsewhere":[],"subcommands":{"plugin":{"code":["install","update"],"elsewhere":[]}}}', code: '{"code":["--install-extension","--extensions-dir","--add-mcp","serve-web"],"elsewhere":["--user-data-dir"]}', cursor: '{"code":["--install-extension","--extensions-dir","--add-mcp","serve-web"],"elsewhere":["--user-data-dir"]}', windsurf: '{"code":["--install-extension","--extensions-dir","--add-mcp","serve-web"],"elsewhere":["--user-data-dir"]}', subl: '{"code":["--command"],"elsewhere":["--project"]}', sublime_text: '{"code":["--command"],"elsewhere":["--project"]}', micro: '{"code":["-plugin","-config-dir"],"elsewhere":[]}', kak: '{"code":["-e","-E","-f","-p"],"elsewhere":[]}', helm: '{"code":["--post-renderer"],"elsewhere":["--kube-context","--kube-apiserver","--kube-token","--repo","--kubeconfig","--repository-config","--registry-config"],"shared":true,"subcommands":{"plugin":{"code":["install","update"],"elsewhere":[]}}}', terraform: '{"code":[],"elsewhere":["-chdir","-state","-state-out","-backup","-out","-plugin-dir"]}', gh: '{"code":[],"elsewhere":["-R","--repo","--hostname"],"shared":true,"subcommands":{"alias":{"code":["set","import"],"elsewhere":[]},"config":{"code":["editor","pager","browser","http_unix_socket"],"elsewhere":[]},"extension":{"code":["install","upgrade"],"elsewhere":[]},"ext":{"code":["install","upgrade"],"elsewhere":[]},"extensions":{"code":["install","upgrade"],"elsewhere":[]}}}', glab: '{"code":[],"elsewhere":["-R","--repo","--hostname"],"shared":true,"subcommands":{"alias":{"code":["set"],"elsewhere":[]},"config":{"code":["host","api_host","editor","visual","browser","glab_pager"],"elsewhere":[]}}}', aws: '{"code":[],"elsewhere":["--endpoint-url","--region","--output-file","--profile"],"shared":true,"subcommands":{"configure":{"code":["credential_process","endpoint_url","ca_bundle","cli_pager","plugins.","cli_legacy_plugin_path","services","sso_start_url","sso_session","sso-session.","s3.","profile.","default.","import"],"elsewhere":[]}}}', svn: '{"code":["--config-option","--config-dir","--editor-cmd","--diff-cmd","--diff3-cmd"],"elsewhere":[]}', hg: '{"code":["--config","-e","--ssh","--remotecmd"],"elsewhere":["--cwd"]}', sl: '{"code":["--config","-e","--ssh","--remotecmd","--configfile"],"elsewhere":["--cwd"]}', jj: '{"code":["--config","--config-toml","--config-file"],"elsewhere":["-R","--repository"]}', pandoc: '{"code":["--lua-filter","-L","--filter","-F","--defaults","-d"],"elsewhere":["--data-dir","--extract-media"]}', bat: '{"code":["--pager"],"elsewhere":[]}', batcat: '{"code":["--pager"],"elsewhere":[]}', delta: '{"code":["--pager"],"elsewhere":[]}', zellij: '{"code":["run","action","-l","--layout","--new-session-with-layout","-n","plugin","pipe","--config","-c","--config-dir"],"elsewhere":[]}', chg: '{"code":["--config","-e","--ssh","--remotecmd"],"elsewhere":["--cwd"]}', mosh: '{"code":["--ssh"],"elsewhere":[]}', autossh: '{"code":["-F"],"elsewhere":["-E","-L","-R","-D","-w","-S","-i","-J","-W"],"checked":["-o"]}', sshfs: '{"code":["-F"],"elsewhere":[],"checked":["-o"]}', ansible: '{"code":["-a","--args","-M","--module-path","--ssh-common-args","--ssh-extra-args","--scp-extra-args","--sftp-extra-args"],"elsewhere":[]}', "ansible-pull": '{"code":["-U","--url"],"elsewhere":[]}', lftp: '{"code":["-e","-c","-f"],"elsewhere":[]}', wget2: '{"code":["-e","--execute","--config"],"elsewhere":["-o","--output-file","-a","--append-output","-P","--directory-prefix","-i","--input-file","--post-file","--body-file","--save-cookies"]}', rclone: '{"code":["--password-command"],"elsewhere":["--config"]}', wrk: '{"code":["-s","--script"],"elsewhere":[]}', borg: '{"code":["--rsh","--remote-path"],"elsewhere":[]}', duplicity: '{"code":["--gpg-binary","--gpg-options","--ssh-options","--rsync-options","--par2-options"],"elsewhere":["--archive-dir","--tempdir","--log-file","--log-fd"]}', restic: '{"code":["--password-command","-o","--option"],"elsewhere":["-r","--repo","--repository-file"]}', gcloud: '{"code":[],"elsewhere":["--project","--account","--configuration","--impersonate-service-account","--flags-file"],"shared":true,"subcommands":{"config":{"code":["api_endpoint_overrides/","api_client_overrides/","proxy/","core/custom_ca_certs_file","custom_ca_certs_file","auth/disable_ssl_validation","disable_ssl_validation","core/universe_domain","universe_domain","auth/token_host","auth/authority_host","context_aware/"],"elsewhere":[]}}}', az: '{"code":[],"elsewhere":["--subscription"],"shared":true,"subcommands":{"config":{"code":["extension.","cloud."],"elsewhere":[]}}}', less: '{"code":["--lesskey-src","-k","--lesskey-file","+"],"elsewhere":["-o","--log-file","-O","--LOG-FILE"]}', man: '{"code":["-P","--pager","-H","--html"],"elsewhere":["-M","--manpath","-C","--config-file","-p","--preprocessor"]}', vim: '{"code":["-c","--cmd","-S","+","-u","-e","-E","-s","-y","--remote-send","--remote-expr"],"elsewhere":["-w","-W","--servername"]}', rvim: '{"code":["-c","--cmd","-S","+","-u","-e","-E","-s","-y","--remote-send","--remote-expr"],"elsewhere":["-w","-W","--servername"]}', rview: '{"code":["-c","--cmd","-S","+","-u","-e","-E","-s","-y","--remote-send","--remote-expr"],"elsewhere":["-w","-W","--servername"]}', nvim: '{"code":["-c","--cmd","-S","+","-u","-e","-E","-s","-l","--headless","--remote-send","--remote-expr"],"elsewhere":["-w","-W","--listen","--server"]}', vi: '{"code":["-c","--cmd","-S","+","-u","-e","-E","-s"],"elsewhere":["-w","-W"]}', view: '{"code":["-c","--cmd","-S","+"],"elsewhere":["-w","-W","-u"]}', ex: '{"code":["-c","--cmd","-S","+"],"elsewhere":["-w","-W","-u"]}', vimdiff: '{"code":["-c","--cmd","-S","+"],"elsewhere":["-w","-W","-u"]}', gvim: '{"code":["-c","--cmd","-S","+"],"elsewhere":["-w","-W","-u"]}', gview: '{"code":["-c","--cmd","-S","+"],"elsewhere":["-w","-W","-u"]}', vimx: '{"code":["-c","--cmd","-S","+"],"elsewhere":["-w","-W","-u"]}', nvi: '{"code":["-c","+"],"elsewhere":[]}', gcc: '{"code":["-wrapper","-fplugin","-B","-specs","--specs","@"],"elsewhere":[]}', "g++": '{"code":["-wrapper","-fplugin","-B","-specs","--specs","@"],"elsewhere":[]}', cc: '{"code":["-wrapper","-fplugin","-B","-specs","--specs","@"],"elsewhere":[]}', "c++": '{"code":["-wrapper","-fplugin","-B","-specs","--specs","@"],"elsewhere":[]}', tcc: '{"code":["-B","@"],"elsewhere":[]}', clang: '{"code":["-fplugin","-B","-Xclang","--config","-fpass-plugin","@"],"elsewhere":[]}', "clang++": '{"code":["-fplugin","-B","-Xclang","--config","-fpass-plugin","@"],"elsewhere":[]}', emacs: '{"code":["--eval","-eval","-l","--load","-load","-f","--funcall","-funcall","--script","-script","-x","--init-directory","-u","--user","/ssh:","/sshx:","/scp:","/scpx:","/rsync:","/sftp:","/ftp:","/sudo:","/su:","/doas:","/sg:","/ksu:","/run0:","/docker:","/podman:","/kubernetes:","/toolbox:","/flatpak:","/distrobox:","/apptainer:","/adb:","/rclone:","/smb:","/telnet:","/rsh:","/nc:","/krlogin:","/plink:","/plinkx:","/pscp:","/psftp:","/fcp:","/-:"],"elsewhere":["-L","--directory"]}', cpio: '{"code":["-o","--create","-p","--pass-through"],"elsewhere":["-D","--directory"]}', bsdcpio: '{"code":["-o","--create","-p","--pass-through"],"elsewhere":["-D","--directory"]}', atool: '{"code":["-o","--option","--config"],"elsewhere":[]}', aunpack: '{"code":["-o","--option","--config"],"elsewhere":[]}', apack: '{"code":["-o","--option","--config"],"elsewhere":[]}', als: '{"code":["-o","--option","--config"],"elsewhere":[]}', acat: '{"code":["-o","--option","--config"],"elsewhere":[]}', adiff: '{"code":["-o","--option","--config"],"elsewhere":[]}', arepack: '{"code":["-o","--option","--config"],"elsewhere":[]}', zip: '{"code":["-@","--names-stdin","-TT","--unzip-command"],"elsewhere":["-O","--output-file","-b","--temp-path"]}', unzip: '{"code":[],"elsewhere":["-d"]}', pytest: '{"code":[],"elsewhere":["--basetemp","--junitxml","--junit-xml","--resultlog","--cache-dir","-o","--override-ini","-p","-c","--config-file","--confcutdir","--rootdir"]}', tsc: '{"code":[],"elsewhere":["--outDir","--outFile","--declarationDir","--tsBuildInfoFile","-p","--project","--plugins"]}', eslint: '{"code":[],"elsewhere":["-o","--output-file","--cache-location","--rulesdir","--plugin","-c","--config","--resolve-plugins-relative-to","--format","-f"]}', prettier: '{"code":[],"elsewhere":["--plugin","--config"]}', stylelint: '{"code":[],"elsewhere":["-c","--config","--config-basedir","--custom-syntax","--custom-formatter","-o","--output-file","-i","--ignore-path","--cache-location"]}', markdownlint: '{"code":[],"elsewhere":["-c","--config","-r","--rules","-o","--output","-p","--ignore-path"]}', black: '{"code":[],"elsewhere":["--config"]}', isort: '{"code":[],"elsewhere":["--settings-path","--sp","--settings-file","--settings"]}', ruff: '{"code":[],"elsewhere":["--config","-o","--output-file","--cache-dir"]}', rustfmt: '{"code":[],"elsewhere":["--config-path"]}', biome: '{"code":[],"elsewhere":["--config-path"]}', dprint: '{"code":[],"elsewhere":["-c","--config","--plugins"]}', jest: '{"code":[],"elsewhere":["--outputFile","--coverageDirectory","--cacheDirectory","--rootDir","-c","--config","--setupFiles","--setupFilesAfterEnv","--testRunner","--reporters","--globalSetup","--globalTeardown","--transform"]}', vitest: '{"code":[],"elsewhere":["--outputFile","--root","-r","--dir","-c","--config","--setupFiles","--globalSetup","--reporter","--environment"]}', "npm explore": `{"statements":"a shell in the installed package's directory: the command after -- (joined into one line), or an interactive one reading standard input","informational":["-h","--help"]}`, sqlite3: '{"statements":"SQL and dot-commands that can run programs and write files (.shell, .system, .output, .once, .read, under any unique abbreviation; also from -init files)"}', duckdb: '{"statements":"SQL (COPY \u2026 TO writes files, read_csv and read_text read any file, INSTALL and LOAD load extensions) and dot-commands (.shell, .output)"}', pg_restore: '{"code":["-d","--dbname"]}', psql: '{"statements":"SQL and meta-commands (\\\\! runs a shell command, \\\\o, \\\\w and \\\\copy write files, \\\\i reads one)","informational":["-V","-?"]}', usql: '{"statements":"SQL and meta-commands (\\\\! runs a shell command, \\\\o, \\\\w and \\\\copy write files, \\\\i reads one)","informational":["-V","-?"]}', pgcli: '{"statements":"SQL and special commands (\\\\o and \\\\log-file write files, \\\\i reads one, \\\\e runs an editor)","informational":["-v"]}', mysql: '{"statements":"SQL and client commands (system and \\\\! run a shell command, tee writes a file, source reads one; also --init-command and --pager)","informational":["-V","-?","-I"]}', mariadb: '{"statements":"SQL and client commands (system and \\\\! run a shell command, tee writes a file, source reads one; also --init-command and --pager)","informational":["-V","-?","-I"]}', mycli: '{"statements":"SQL and special commands (system runs a shell command, tee and \\\\o write files, source reads one)","informational":["-v"]}', litecli: '{"statements":"SQL and special commands (system runs a shell command, .once and \\\\o write files, source reads one)","informational":["-v"]}', sqlcmd: '{"statements":"T-SQL and sqlcmd commands (!! runs a shell command, :out writes a file, :r reads one)","informational":["-?"]}', cqlsh: '{"statements":"CQL and cqlsh commands (COPY TO writes files, COPY FROM and SOURCE read them)","informational":["-h"]}', mongosh: `{"statements":"JavaScript (require('child_process') runs programs, fs reads and writes files; load() reads scripts)"}`, mongo: '{"statements":"JavaScript (run() and runProgram() run programs, cat() reads files, load() reads scripts)"}', "clickhouse-client": '{"statements":"SQL (INTO OUTFILE writes files, FROM INFILE reads them; --queries-file)","informational":["-V"]}', "clickhouse-local": '{"statements":"SQL (INTO OUTFILE writes files, the file() table function reads and writes any file)","informational":["-V"]}', "clickhouse client": '{"statements":"SQL (INTO OUTFILE writes files, FROM INFILE reads them; --queries-file)","informational":["-V"]}', "clickhouse local": '{"statements":"SQL (INTO OUTFILE writes files, the file() table function reads and writes any file)","informational":["-V"]}', "cockroach sql": '{"statements":"SQL and client commands (\\\\! runs a shell command, \\\\i reads a file)"}', "redis-cli": '{"statements":"Redis commands (CONFIG SET dir and dbfilename with SAVE write files where the server runs, MODULE LOAD loads code, EVAL runs Lua)","informational":["-v"]}', snowsql: '{"statements":"SQL and SnowSQL commands (!system runs a shell command, !spool writes a file, !source reads one, PUT uploads local files)","informational":["-v"]}', sqlplus: '{"statements":"SQL and SQL*Plus commands (HOST runs a shell command, SPOOL writes a file, @ reads a script)","informational":["-V"]}', beeline: '{"statements":"SQL and Beeline commands (!sh runs a shell command, !record writes a file, !run reads one)"}', hive: '{"statements":"HiveQL and CLI commands (! runs a shell command, source reads a file)"}', "spark-sql": '{"statements":"SQL and CLI commands (! runs a shell command, source reads a file)"}', "impala-shell": '{"statements":"SQL and shell commands (shell runs a shell command, source reads a file)","informational":["-v"]}', ipython: '{"statements":"Python code (a program, -c, -m, a script or standard input; ! runs a shell command)","informational":["-V"]}', ipython3: '{"statements":"Python code (a program, -c, -m, a script or standard input; ! runs a shell command)","informational":["-V"]}', pdb: '{"statements":"Python and debugger commands (! runs Python statements; .pdbrc files are read too)"}', ipdb: '{"statements":"Python and debugger commands (! runs Python statements; .pdbrc files are read too)"}', pudb: '{"statements":"Python and debugger commands (! runs Python statements)"}', "python -m pdb": '{"statements":"Python and debugger commands (! runs Python statements; .pdbrc files are read too)"}', "python -m ipdb": '{"statements":"Python and debugger commands (! runs Python statements; .pdbrc files are read too)"}', "python -m pudb": '{"statements":"Python and debugger commands (! runs Python statements)"}', "python -m IPython": '{"statements":"Python code (a program, -c, a script or standard input; ! runs a shell command)"}', "python -m papermill": '{"statements":"the code of a notebook in a kernel"}', "python -m jupyter": '{"statements":"notebook code in a kernel, depending on its subcommand"}', "node inspect": '{"statements":"JavaScript in the debugger (exec runs code) and the program it debugs"}', "node debug": '{"statements":"JavaScript in the debugger (exec runs code) and the program it debugs"}', cgdb: '{"statements":"gdb commands (shell runs a shell command, python runs Python; -x files, .gdbinit)"}', "gdb-multiarch": '{"statements":"gdb commands (shell runs a shell command, python runs Python; -x files, .gdbinit)"}', gdbserver: '{"statements":"a program under a debugger that any client of its port controls"}', pwndbg: '{"statements":"gdb commands (shell runs a shell command, python runs Python)"}', rr: '{"statements":"programs it records (rr record) and gdb commands on their replay (rr replay)"}', "jupyter execute": '{"statements":"the code of a notebook in a kernel"}', "jupyter run": '{"statements":"code in a kernel"}', "jupyter console": '{"statements":"code in a kernel"}', "jupyter qtconsole": '{"statements":"code in a kernel"}', "jupyter kernel": '{"statements":"code in a kernel"}', "jupyter notebook": '{"statements":"a server that runs any code its clients send to its kernels"}', "jupyter lab": '{"statements":"a server that runs any code its clients send to its kernels"}', "jupyter server": '{"statements":"a server that runs any code its clients send to its kernels"}', "jupyter nbclassic": '{"statements":"a server that runs any code its clients send to its kernels"}', "jupyter-execute": '{"statements":"the code of a notebook in a kernel"}', "jupyter-lab": '{"statements":"a server that runs any code its clients send to its kernels"}', "jupyter-notebook": '{"statements":"a server that runs any code its clients send to its kernels"}', papermill: '{"statements":"the code of a notebook in a kernel"}', bpftrace: '{"statements":"bpftrace programs (system() runs a command, cat() reads files) from -e, script files or standard input","informational":["-V"]}', dtrace: '{"statements":"D programs (system() runs a command, freopen() writes files) from -n, -s or script files","informational":["-V"]}', stap: '{"statements":"SystemTap scripts (system() runs a command; guru mode embeds C) from -e, script files or standard input","informational":["-V"]}', mysqlsh: '{"statements":"JavaScript, Python and SQL (\\\\system runs a shell command, util functions read and write files)","informational":["-V"]}', "sqlite-utils query": '{"statements":"SQLite SQL (ATTACH and VACUUM INTO write any file)"}', "sqlite-utils memory": '{"statements":"SQLite SQL (ATTACH and VACUUM INTO write any file)"}', osqueryi: `{"statements":"SQL over the machine's tables (file contents through the yara, augeas and plist tables, processes, users)"}`, bpython: '{"statements":"Python code typed or piped in"}', ptpython: '{"statements":"Python code typed or piped in"}', ptipython: '{"statements":"Python code typed or piped in (! runs a shell command)"}', pry: '{"statements":"Ruby code typed or piped in (. runs a shell command)"}', psysh: '{"statements":"PHP code typed or piped in"}', "rails console": '{"statements":"Ruby code in the application, typed or piped in"}', "rails c": '{"statements":"Ruby code in the application, typed or piped in"}', "rails runner": '{"statements":"Ruby code given on the line or in a file"}', "rails r": '{"statements":"Ruby code given on the line or in a file"}', "rails dbconsole": `{"statements":"the database's own client (psql, mysql, sqlite3) and its commands"}`, "rails db": `{"statements":"the database's own client (psql, mysql, sqlite3) and its commands"}`, "valkey-cli": '{"statements":"Redis commands (CONFIG SET dir and dbfilename with SAVE write files where the server runs, MODULE LOAD loads code, EVAL runs Lua)","informational":["-v"]}', "keydb-cli": '{"statements":"Redis commands (CONFIG SET dir and dbfilename with SAVE write files where the server runs, MODULE LOAD loads code, EVAL runs Lua)","informational":["-v"]}', "python -m code": '{"statements":"Python code typed or piped in"}', "python -m asyncio": '{"statements":"Python code typed or piped in"}', "python -m sqlite3": '{"statements":"SQLite SQL typed or piped in (ATTACH and VACUUM INTO write any file)"}', "perl -d": '{"statements":"Perl and debugger commands typed or piped in (! runs a shell command)"}', "php -a": '{"statements":"PHP code typed or piped in"}', rdbg: '{"statements":"Ruby and debugger commands (eval runs Ruby; .rdbgrc files are read too)"}', byebug: '{"statements":"Ruby and debugger commands (eval runs Ruby; .byebugrc files are read too)"}', pgbench: '{"code":["-f","--file"],"elsewhere":[]}', pg_ctl: '{"code":["-o","--options","-p"],"elsewhere":[]}', dlv: '{"statements":"Delve commands (call runs functions of the program; source reads scripts) on the program it builds and runs","informational":["version","help"]}', jdb: '{"statements":"debugger commands (eval and print run Java methods) on the program it runs"}', r2: '{"statements":"radare2 commands (! runs a shell command, wt writes files; -i scripts)"}', radare2: '{"statements":"radare2 commands (! runs a shell command, wt writes files; -i scripts)"}', rizin: '{"statements":"rizin commands (! runs a shell command, wt writes files; -i scripts)"}', bashdb: '{"statements":"debugger commands (shell and eval run commands) on the script it runs"}', frida: '{"statements":"JavaScript injected into the process it spawns or attaches to (-l, -e, typed or piped in)"}', "frida-trace": '{"statements":"JavaScript handlers (__handlers__/\u2026) run in the process it traces"}', smbclient: '{"statements":"smbclient commands (! runs a shell command, get and lcd write local files, put reads them; -c, standard input)"}', "cypher-shell": '{"statements":"Cypher and shell commands (:source reads a file; -f files, standard input)"}', arangosh: `{"statements":"JavaScript (require('internal').executeExternal runs programs; fs writes files)"}`, tarantool: '{"statements":"Lua code (os.execute runs commands, io.open writes files) typed, piped in or from a script"}', "spark-shell": '{"statements":"Scala code typed or piped in (sys.process runs commands)"}', pyspark: '{"statements":"Python code typed or piped in"}', sqlline: '{"statements":"SQL and sqlline commands (!run reads a file, !record and !script write files)"}', "django-admin shell": '{"statements":"Python code in the project, typed or piped in (-c)"}', "django-admin dbshell": `{"statements":"the database's own client (psql, mysql, sqlite3) and its commands"}`, "flask shell": '{"statements":"Python code in the application, typed or piped in"}', "heroku pg:psql": `{"statements":"psql statements and meta-commands (\\\\! runs a shell command) against the app's database"}`, claude: '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["-v","--version","-h","--help"]}', codex: '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["-V","--version","-h","--help"]}', gemini: '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["-v","--version","-h","--help"]}', qwen: '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["-v","--version","-h","--help"]}', aider: '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["--version","-h","--help"]}', "cursor-agent": '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["-v","--version","-h","--help"]}', opencode: '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["-v","--version","-h","--help"]}', goose: '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["-V","--version","-h","--help"]}', amp: '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["-V","--version","-h","--help"]}', crush: '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["-v","--version","-h","--help"]}', plandex: '{"statements":"a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)","informational":["version","-h","--help"]}', interpreter: '{"statements":"a prompt to a language model whose tools or generated commands it runs","informational":["--version","-h","--help"]}', sgpt: '{"statements":"a prompt to a language model whose tools or generated commands it runs","informational":["--version","--help"]}', jupyter: '{"subcommands":{"nbconvert":{"code":["--execute","--ExecutePreprocessor.enabled","--config"],"elsewhere":["--output-dir"]}}}', "jupyter-nbconvert": '{"code":["--execute","--ExecutePreprocessor.enabled","--config"],"elsewhere":["--output-dir"]}' } };
var programs_default = { programs: { rm: '{"aliases":{"-R":"-r","--recursive":"-r","--force":"-f","--dir":"-d","--verbose":"-v","--interactive":"-i"}}', cp: '{"aliases":{"-R":"-r","--recursive":"-r","--force":"-f","--archive":"-a","--verbose":"-v","--no-clobber":"-n","--target-directory":"-t"},"valued":["-t","-S"]}', mv: '{"aliases":{"--force":"-f","--verbose":"-v","--no-clobber":"-n","--target-directory":"-t"},"valued":["-t","-S"]}', chmod: '{"aliases":{"-R":"-R","--recursive":"-R","--verbose":"-v"}}', chown: '{"aliases":{"--recursive":"-R","--verbose":"-v"}}', ln: '{"aliases":{"--symbolic":"-s","--force":"-f"},"valued":["-t","-S"]}', tar: '{"aliases":{"--directory":"-C","--file":"-f","--extract":"-x","--get":"-x","--create":"-c","--append":"-r","--update":"-u","--to-stdout":"-O","--listed-incremental":"-g","--list":"-t","--concatenate":"-A","--catenate":"-A"},"valued":["-C","-f","-T","-X","-b","-H","-K","-N","-g","-V","-I","-F","--to-command","--use-compress-program","--info-script","--new-volume-script","--checkpoint-action","--rsh-command","--rmt-command","--index-file","--volno-file"]}', bsdtar: '{"aliases":{"--directory":"-C","--file":"-f","--extract":"-x","--get":"-x","--create":"-c","--append":"-r","--update":"-u","--to-stdout":"-O","--listed-incremental":"-g","--list":"-t","--concatenate":"-A","--catenate":"-A"},"valued":["-C","-f","-T","-X","-b","-H","-K","-N","-g","-V","-I","-F","--to-command","--use-compress-program","--info-script","--new-volume-script","--checkpoint-action","--rsh-command","--rmt-command","--index-file","--volno-file"]}', gtar: '{"aliases":{"--directory":"-C","--file":"-f","--extract":"-x","--get":"-x","--create":"-c","--append":"-r","--update":"-u","--to-stdout":"-O","--listed-incremental":"-g","--list":"-t","--concatenate":"-A","--catenate":"-A"},"valued":["-C","-f","-T","-X","-b","-H","-K","-N","-g","-V","-I","-F","--to-command","--use-compress-program","--info-script","--new-volume-script","--checkpoint-action","--rsh-command","--rmt-command","--index-file","--volno-file"]}', curl: '{"aliases":{"--output":"-o","--upload-file":"-T","--form":"-F","--config":"-K","--cookie-jar":"-c","--dump-header":"-D","--data":"-d","--request":"-X","--header":"-H","--insecure":"-k","--location":"-L"},"valued":["-o","-d","-X","-H","-u","-A","-e","-F","-T","-x","-b","-c","-m","-w","-K","-E","-r","-z","-Y","-y","-C","-Q","-t","-U"]}', wget: '{"aliases":{"--output-document":"-O","--quiet":"-q","--input-file":"-i","--output-file":"-o","--append-output":"-a","--directory-prefix":"-P","--execute":"-e"},"valued":["-O","-o","-P","-U","-e","-t","-T","-w","-a","-i","-B","-Q","-l","-A","-R","-D","-X","-I"]}', kubectl: '{"aliases":{"-n":"--namespace"},"valued":["--context","--namespace","-n","--kubeconfig","--cluster","--user","-o","--output","-f","--filename","-l","--selector","-c","--container","--server","-s","--token","--as","--client-key","--client-certificate","--certificate-authority"]}', helm: '{"valued":["--kube-context","--namespace","-n","--kubeconfig","-f","--values","--set","--version","-o"]}', docker: '{"commandAliases":{"container run":"run","container create":"create","container exec":"exec","container rm":"rm","container start":"start","container stop":"stop","container kill":"kill","container cp":"cp","container commit":"commit","container export":"export","container ls":"ps","container prune":"container-prune","image rm":"rmi","image pull":"pull","image push":"push","image build":"build","image ls":"images","image tag":"tag","image save":"save","image load":"load","image import":"import","image prune":"image-prune","builder build":"build","buildx build":"build","system prune":"system-prune"},"valued":["-H","--host","--context","-c","--config","--log-level","-l"]}', podman: '{"sameAs":"docker","valued":["-H","--host","-c","--connection","--url","--config","--log-level","--root","--runroot","--storage-driver","--identity"]}', nerdctl: '{"sameAs":"docker"}', finch: '{"sameAs":"docker"}', terraform: '{"commandAliases":{"apply -destroy":"destroy","plan -destroy":"plan-destroy"},"valued":["-chdir","-var","-var-file","-target","-backend-config"]}', npm: '{"aliases":{"--force":"-f"},"valued":["--prefix","-C","--registry","-w","--workspace","--tag"],"commandAliases":{"i":"install","in":"install","ins":"install","inst":"install","insta":"install","instal":"install","isnt":"install","isnta":"install","isntal":"install","isntall":"install","add":"install","run-script":"run","rum":"run","urn":"run","t":"test","tst":"test","x":"exec","pub":"publish","un":"uninstall","unlink":"uninstall","remove":"uninstall","rm":"uninstall","r":"uninstall","clean-install":"ci","ic":"ci","install-clean":"ci","isntall-clean":"ci","install-test":"install","it":"install"}}', make: '{"aliases":{"--directory":"-C","--file":"-f","--makefile":"-f","--jobs":"-j"},"valued":["-C","-f","-j","-o","-W","-I","-l"]}', gradle: '{"valued":["-D","-P","-x","--exclude-task","-b","--build-file","-c","--settings-file","-p","--project-dir","-I","--init-script","-g","--gradle-user-home","--include-build","--project-cache-dir","--console","--warning-mode","--max-workers","--priority"]}', mvn: '{"valued":["-D","-P","--activate-profiles","-pl","--projects","-rf","--resume-from","-T","--threads","-b","--builder","-l","--log-file","-f","--file","-s","--settings","-gs","--global-settings","-t","--toolchains","-gt","--global-toolchains"]}', cmake: '{"valued":["-D","-U","-C","-P","-G","-T","-A","-S","-B","--toolchain","--install-prefix","--preset","--build","--install","--target","-t","--config","--prefix","--component","-j","--parallel","--graphviz","--log-level"]}', ctest: '{"valued":["-R","--tests-regex","-E","--exclude-regex","-L","--label-regex","-LE","--label-exclude","-C","--build-config","-j","--parallel","-I","--tests-information","-T","--test-action","-M","--test-model","-D","--dashboard","-O","--output-log","-S","-SP","-SR","-A","--add-notes","--test-dir","--timeout","--repeat"]}', dotnet: '{"valued":["-c","--configuration","-f","--framework","-o","--output","-r","--runtime","-v","--verbosity","-s","--source","-a","--arch","--os","--project","-e","--environment"]}', javac: '{"valued":["-cp","-classpath","--class-path","-processorpath","--processor-path","-p","--module-path","--processor-module-path","--upgrade-module-path","-sourcepath","--source-path","-d","-s","-h","-processor","--release","--source","-source","--target","-target","-encoding","--system","--module","-m","--add-modules","--limit-modules","--patch-module","-bootclasspath","--boot-class-path","-extdirs","-endorseddirs"]}', kotlinc: '{"valued":["-cp","-classpath","-d","-jvm-target","-module-name","-language-version","-api-version","-jdk-home","-kotlin-home","-opt-in","-P","-script-templates"]}', kotlin: '{"valued":["-cp","-classpath","-howtorun"]}', scala: '{"valued":["-cp","-classpath","--classpath","--class-path","-d","-encoding","-release","--release","-M","--main-class"]}', groovy: '{"valued":["-cp","-classpath","--classpath","-D","--define","-c","--encoding","--configscript","-b","--basescript"]}', java: '{"valued":["-cp","-classpath","--class-path","-p","--module-path","-m","--module","--add-modules","--add-opens","--add-exports","--add-reads","--enable-native-access","-d","--describe-module","--limit-modules","--upgrade-module-path","--patch-module","--source"]}', cat: '{"aliases":{"--number":"-n"}}', head: '{"aliases":{"--lines":"-n","--bytes":"-c"},"valued":["-n","-c"]}', tail: '{"aliases":{"--lines":"-n","--bytes":"-c","--follow":"-f"},"valued":["-n","-c","-s","--pid","--sleep-interval"]}', less: '{"valued":["-b","-h","-j","-k","-o","-O","-p","-P","-t","-T","-x","-y","-z"]}', more: "{}", wc: "{}", sort: '{"aliases":{"--output":"-o","--key":"-k","--field-separator":"-t","--temporary-directory":"-T"},"valued":["-o","-k","-t","-S","-T","--files0-from"]}', uniq: '{"valued":["-f","-s","-w"]}', cut: '{"valued":["-b","-c","-d","-f"]}', diff: '{"valued":["-C","-U","-I","-x","-X","-F","-L","--label","--from-file","--to-file"]}', grep: '{"aliases":{"--regexp":"-e","--file":"-f","--recursive":"-r","-R":"-r","--dereference-recursive":"-r","--max-count":"-m","--directories":"-d"},"valued":["-e","-f","-m","-A","-B","-C","-d","-D","--include","--exclude","--exclude-dir","--exclude-from","--label","--color","--colour"]}', egrep: '{"aliases":{"--regexp":"-e","--file":"-f","--recursive":"-r","-R":"-r"},"valued":["-e","-f","-m","-A","-B","-C","-d","-D","--include","--exclude","--exclude-dir"]}', fgrep: '{"aliases":{"--regexp":"-e","--file":"-f","--recursive":"-r","-R":"-r"},"valued":["-e","-f","-m","-A","-B","-C","-d","-D","--include","--exclude","--exclude-dir"]}', rg: '{"aliases":{"--regexp":"-e","--file":"-f","--glob":"-g","--type":"-t","--max-count":"-m"},"valued":["-e","-f","-g","-t","-T","-m","-A","-B","-C","-j","-M","-r","-E","--type-add","--iglob","--ignore-file","--pre","--max-depth","--sort","--sortr"]}', sed: '{"aliases":{"--expression":"-e","--file":"-f","--in-place":"-i","--regexp-extended":"-E"},"valued":["-e","-f","-l"]}', awk: '{"aliases":{"--file":"-f","--assign":"-v","--field-separator":"-F","--source":"-e","--include":"-i","--load":"-l","--exec":"-E"},"valued":["-f","-v","-F","-e","-i","-l","-E","-W"]}', gawk: '{"aliases":{"--file":"-f","--assign":"-v","--field-separator":"-F","--source":"-e","--include":"-i","--load":"-l","--exec":"-E"},"valued":["-f","-v","-F","-e","-i","-l","-E","-W"]}', mawk: '{"aliases":{"--file":"-f","--assign":"-v","--field-separator":"-F","--source":"-e","--include":"-i","--load":"-l","--exec":"-E"},"valued":["-f","-v","-F","-e","-i","-l","-E","-W"]}', nawk: '{"aliases":{"--file":"-f","--assign":"-v","--field-separator":"-F","--source":"-e","--include":"-i","--load":"-l","--exec":"-E"},"valued":["-f","-v","-F","-e","-i","-l","-E","-W"]}', jq: '{"aliases":{"--from-file":"-f","--library-path":"-L"},"valued":["-f","--indent","-L"],"pairs":["--arg","--argjson","--slurpfile","--rawfile"]}', gojq: '{"aliases":{"--from-file":"-f","--library-path":"-L"},"valued":["-f","--indent","-L"],"pairs":["--arg","--argjson","--slurpfile","--rawfile"]}', xargs: '{"aliases":{"--arg-file":"-a","--max-args":"-n","--max-procs":"-P","--delimiter":"-d"},"valued":["-a","-E","-I","-L","-n","-P","-s","-d"]}', time: '{"aliases":{"--output":"-o","--format":"-f","--append":"-a"},"valued":["-o","-f"]}', tee: '{"aliases":{"--append":"-a"}}', touch: '{"valued":["-d","-r","-t","--date","--reference"]}', mkdir: '{"aliases":{"--parents":"-p","--mode":"-m"},"valued":["-m"]}', rmdir: '{"aliases":{"--parents":"-p"}}', truncate: '{"aliases":{"--size":"-s","--reference":"-r"},"valued":["-s","-r"]}', unlink: "{}", shred: '{"aliases":{"--remove":"-u","--iterations":"-n","--size":"-s"},"valued":["-n","-s","--random-source"]}', chgrp: '{"aliases":{"--recursive":"-R"}}', install: '{"aliases":{"--target-directory":"-t","--mode":"-m","--owner":"-o","--group":"-g"},"valued":["-t","-m","-o","-g","-S"]}', dd: "{}", zip: '{"aliases":{"--recurse-paths":"-r","--move":"-m","--output-file":"-O","--temp-path":"-b","--logfile-path":"-lf"},"valued":["-b","-n","-t","-tt","-x","-i","-P","-O","-lf","-ds"]}', unzip: '{"valued":["-d","-x","-P","-O","-I"]}', "7z": '{"subcommands":{"x":{"valued":["-o","-p","-t","-i","-x","-w","-ao","-m","-v"]},"e":{"valued":["-o","-p","-t","-i","-x","-w","-ao","-m","-v"]},"a":{"valued":["-o","-p","-t","-i","-x","-w","-m","-v"]},"u":{"valued":["-o","-p","-t","-i","-x","-w","-m","-v"]}}}', "7za": '{"subcommands":{"x":{"valued":["-o","-p","-t","-i","-x","-w","-ao","-m","-v"]},"e":{"valued":["-o","-p","-t","-i","-x","-w","-ao","-m","-v"]},"a":{"valued":["-o","-p","-t","-i","-x","-w","-m","-v"]},"u":{"valued":["-o","-p","-t","-i","-x","-w","-m","-v"]}}}', unrar: '{"valued":["-op","-ap","-p","-x","-n","-o","-w","-v","-m","-ag","-ilog","-z","-ts","-ta","-tb","-tn","-to","-sl","-sm"]}', rar: '{"valued":["-op","-ap","-p","-x","-n","-o","-w","-v","-m","-ag","-ilog","-z","-ts","-ta","-tb","-tn","-to","-sl","-sm"]}', "7zr": '{"subcommands":{"x":{"valued":["-o","-p","-t","-i","-x","-w","-ao","-m","-v"]},"e":{"valued":["-o","-p","-t","-i","-x","-w","-ao","-m","-v"]},"a":{"valued":["-o","-p","-t","-i","-x","-w","-m","-v"]},"u":{"valued":["-o","-p","-t","-i","-x","-w","-m","-v"]}}}', "7zz": '{"subcommands":{"x":{"valued":["-o","-p","-t","-i","-x","-w","-ao","-m","-v"]},"e":{"valued":["-o","-p","-t","-i","-x","-w","-ao","-m","-v"]},"a":{"valued":["-o","-p","-t","-i","-x","-w","-m","-v"]},"u":{"valued":["-o","-p","-t","-i","-x","-w","-m","-v"]}}}', split: '{"aliases":{"--suffix-length":"-a","--bytes":"-b","--line-bytes":"-C","--lines":"-l","--number":"-n","--separator":"-t"},"valued":["-a","-b","-C","-l","-n","-t","--additional-suffix","--filter"]}', csplit: '{"aliases":{"--prefix":"-f","--suffix-format":"-b","--digits":"-n"},"valued":["-f","-b","-n"]}', cpio: '{"aliases":{"--extract":"-i","--create":"-o","--pass-through":"-p","--directory":"-D","--file":"-F","--list":"-t"},"valued":["-D","-F","-E","-H","-I","-O","-M","-R"]}', bsdcpio: '{"aliases":{"--extract":"-i","--create":"-o","--pass-through":"-p","--directory":"-D","--file":"-F","--list":"-t"},"valued":["-D","-F","-E","-H","-I","-O","-M","-R"]}', atool: '{"aliases":{"--extract":"-x","--extract-to":"-X","--add":"-a","--list":"-l"},"valued":["-X","-F","--format","-O","-o","--option","--config","-V"]}', aunpack: '{"aliases":{"--extract-to":"-X"},"valued":["-X","-F","--format","-O","-o","--option","--config","-V"]}', pigz: '{"aliases":{"--stdout":"-c","--to-stdout":"-c","--decompress":"-d","--uncompress":"-d","--keep":"-k","--suffix":"-S","--name":"-N","--no-name":"-n","--recursive":"-r","--test":"-t","--list":"-l","--force":"-f","--zlib":"-z","--zip":"-K"},"valued":["-S","-b","-p","-I","-J","-O","-M"]}', unpigz: '{"aliases":{"--stdout":"-c","--to-stdout":"-c","--decompress":"-d","--uncompress":"-d","--keep":"-k","--suffix":"-S","--name":"-N","--no-name":"-n","--recursive":"-r","--test":"-t","--list":"-l","--force":"-f","--zlib":"-z","--zip":"-K"},"valued":["-S","-b","-p","-I","-J","-O","-M"]}', bzip2: '{"aliases":{"--decompress":"-d","--stdout":"-c","--keep":"-k","--test":"-t","--force":"-f"}}', bunzip2: '{"aliases":{"--decompress":"-d","--stdout":"-c","--keep":"-k","--test":"-t","--force":"-f"}}', lbzip2: '{"aliases":{"--decompress":"-d","--stdout":"-c","--keep":"-k","--test":"-t","--force":"-f"},"valued":["-n"]}', pbzip2: '{"aliases":{"--decompress":"-d","--stdout":"-c","--keep":"-k","--test":"-t","--force":"-f"},"valued":["-p","-b","-m"]}', xz: '{"aliases":{"--decompress":"-d","--uncompress":"-d","--stdout":"-c","--to-stdout":"-c","--keep":"-k","--test":"-t","--list":"-l","--suffix":"-S","--format":"-F","--check":"-C","--threads":"-T","--memlimit":"-M"},"valued":["-S","-F","-C","-T","-M","--files","--files0"]}', unxz: '{"aliases":{"--decompress":"-d","--uncompress":"-d","--stdout":"-c","--to-stdout":"-c","--keep":"-k","--test":"-t","--list":"-l","--suffix":"-S","--format":"-F","--check":"-C","--threads":"-T","--memlimit":"-M"},"valued":["-S","-F","-C","-T","-M","--files","--files0"]}', lzma: '{"aliases":{"--decompress":"-d","--uncompress":"-d","--stdout":"-c","--to-stdout":"-c","--keep":"-k","--test":"-t","--list":"-l","--suffix":"-S","--format":"-F","--check":"-C","--threads":"-T","--memlimit":"-M"},"valued":["-S","-F","-C","-T","-M","--files","--files0"]}', unlzma: '{"aliases":{"--decompress":"-d","--uncompress":"-d","--stdout":"-c","--to-stdout":"-c","--keep":"-k","--test":"-t","--list":"-l","--suffix":"-S","--format":"-F","--check":"-C","--threads":"-T","--memlimit":"-M"},"valued":["-S","-F","-C","-T","-M","--files","--files0"]}', zstd: '{"aliases":{"--decompress":"-d","--uncompress":"-d","--stdout":"-c","--test":"-t","--list":"-l","--threads":"-T"},"valued":["-o","-D","-T","-B","-M","--output-dir-flat","--output-dir-mirror","--filelist","--format","--patch-from","--trace","--memory"]}', unzstd: '{"aliases":{"--decompress":"-d","--uncompress":"-d","--stdout":"-c","--test":"-t","--list":"-l","--threads":"-T"},"valued":["-o","-D","-T","-B","-M","--output-dir-flat","--output-dir-mirror","--filelist","--format","--patch-from","--trace","--memory"]}', pzstd: '{"aliases":{"--decompress":"-d","--uncompress":"-d","--stdout":"-c","--test":"-t","--list":"-l","--threads":"-T"},"valued":["-o","-D","-T","-B","-M","--output-dir-flat","--output-dir-mirror","--filelist","--format","--patch-from","--trace","--memory"]}', lz4: '{"aliases":{"--decompress":"-d","--uncompress":"-d","--stdout":"-c","--to-stdout":"-c","--test":"-t","--multiple":"-m"}}', unlz4: '{"aliases":{"--decompress":"-d","--uncompress":"-d","--stdout":"-c","--to-stdout":"-c","--test":"-t","--multiple":"-m"}}', lzip: '{"aliases":{"--decompress":"-d","--stdout":"-c","--keep":"-k","--test":"-t","--list":"-l","--output":"-o"},"valued":["-o","-b","-m","-s","-n","-B"]}', plzip: '{"aliases":{"--decompress":"-d","--stdout":"-c","--keep":"-k","--test":"-t","--list":"-l","--output":"-o"},"valued":["-o","-b","-m","-s","-n","-B"]}', lunzip: '{"aliases":{"--decompress":"-d","--stdout":"-c","--keep":"-k","--test":"-t","--list":"-l","--output":"-o"},"valued":["-o","-b","-m","-s","-n","-B"]}', lzop: '{"aliases":{"--decompress":"-d","--uncompress":"-d","--extract":"-x","--stdout":"-c","--to-stdout":"-c","--test":"-t","--list":"-l","--output":"-o","--path":"-p","--suffix":"-S","--delete":"-U","--name":"-N"},"valued":["-o","-p","-S"]}', brotli: '{"aliases":{"--decompress":"-d","--stdout":"-c","--test":"-t","--output":"-o","--suffix":"-S","--rm":"-j","--quality":"-q","--lgwin":"-w"},"valued":["-o","-S","-q","-w","-D"]}', snzip: '{"valued":["-t","-b"]}', compress: '{"valued":["-b"]}', ar: '{"valued":["--output","--plugin","--target"]}', "llvm-ar": '{"valued":["--output","--plugin","--target"]}', jar: '{"aliases":{"--file":"-f","--create":"-c","--extract":"-x","--list":"-t","--update":"-u","--manifest":"-m","--dir":"-C"},"valued":["-f","-m","-C","-e","--main-class","--release","--module-version","-p","--module-path"]}', dpkg: '{"aliases":{"--extract":"-x","--vextract":"-X","--control":"-e","--build":"-b","--contents":"-c","--info":"-I","--field":"-f"}}', "dpkg-deb": '{"aliases":{"--extract":"-x","--vextract":"-X","--control":"-e","--build":"-b","--contents":"-c","--info":"-I","--field":"-f","--raw-extract":"-R"},"valued":["-Z","-z","-S","--compression-type","--compression-level","--compression-strategy","--path-include","--path-exclude"]}', unar: '{"aliases":{"-output-directory":"-o","-password":"-p","-encoding":"-e","-password-encoding":"-E","-indexes":"-i","-forks":"-k"},"valued":["-o","-output-directory","-p","-password","-e","-encoding","-E","-password-encoding","-i","-indexes","-k","-forks"]}', cabextract: '{"aliases":{"--directory":"-d","--list":"-l","--test":"-t","--pipe":"-p","--filter":"-F","--encoding":"-e"},"valued":["-d","-F","-e"]}', pax: '{"valued":["-f","-s","-b","-o","-p","-x","-T","-U","-G","-B","-E"]}', uudecode: '{"aliases":{"--output-file":"-o"},"valued":["-o"]}', zipnote: '{"valued":["-b"]}', zipsplit: '{"valued":["-n","-b"]}', gzip: '{"aliases":{"--stdout":"-c","--to-stdout":"-c","--decompress":"-d","--uncompress":"-d","--keep":"-k","--suffix":"-S","--name":"-N","--no-name":"-n","--recursive":"-r","--test":"-t","--list":"-l","--force":"-f"},"valued":["-S"]}', gunzip: '{"aliases":{"--stdout":"-c","--to-stdout":"-c","--decompress":"-d","--uncompress":"-d","--keep":"-k","--suffix":"-S","--name":"-N","--no-name":"-n","--recursive":"-r","--test":"-t","--list":"-l","--force":"-f"},"valued":["-S"]}', patch: '{"aliases":{"--input":"-i","--output":"-o","--directory":"-d","--strip":"-p","--reject-file":"-r","--prefix":"-B","--basename-prefix":"-Y","--suffix":"-z","--version-control":"-V","--backup":"-b"},"valued":["-i","-o","-d","-p","-r","-D","-B","-F","-V","-z","-Y"]}', ls: '{"valued":["-I","-w","-T","--hide","--ignore","--color","--format","--sort","--time-style"]}', stat: '{"valued":["-c","--format","--printf"]}', du: '{"valued":["-d","-B","-t","--max-depth","--exclude","-X"]}', find: "{}", echo: "{}", printf: "{}", node: '{"valued":["-r","--require","--import","--loader","--experimental-loader","--input-type","--conditions","-C","--env-file","--title"]}', osascript: '{"valued":["-e","-l","-s"]}', automator: '{"valued":["-i","-D"]}', python: '{"valued":["-m","-W","-X"]}', python3: '{"valued":["-m","-W","-X"]}', pip: '{"aliases":{"--requirement":"-r","--constraint":"-c","--index-url":"-i","--editable":"-e","--find-links":"-f","--target":"-t","--dest":"-d","--wheel-dir":"-w"},"valued":["-r","-c","-i","-e","-f","-t","--extra-index-url","--trusted-host","--prefix","--root","--src","--log","--cert","--proxy"]}', pip3: '{"aliases":{"--requirement":"-r","--constraint":"-c","--index-url":"-i","--editable":"-e","--find-links":"-f","--target":"-t","--dest":"-d","--wheel-dir":"-w"},"valued":["-r","-c","-i","-e","-f","-t","--extra-index-url","--trusted-host","--prefix","--root","--src","--log","--cert","--proxy"]}', uv: '{"valued":["-r","--requirement","-c","--constraint","--index-url","-i","--extra-index-url","--index","--default-index","--find-links","-f","-p","--python","--directory","--project"]}', pnpm: '{"valued":["--registry","-C","--dir","--filter","-F","--reporter"]}', yarn: '{"valued":["--registry","--cwd","--cache-folder","--modules-folder"]}', npx: '{"valued":["-p","--package","-c","--call","--registry"]}', multipass: '{"valued":["-g","--gid-map","-u","--uid-map","-t","--type","-d","--working-directory","-n","--name","-c","--cpus","-m","--memory","--disk","--cloud-init","--network","--timeout","--mount"]}', minikube: '{"aliases":{"--mount":"--mount"},"valued":["-p","--profile","-n","--node","--mount-string","--ip","--port","--uid","--gid","--type","--msize","--mode","--options","--9p-version","--bind-address","--driver","--cpus","--memory","--kubernetes-version","--container-runtime"]}', go: '{"valued":["-C","-o","-modfile","-tags","-ldflags","-gcflags","-p","-mod","-pkgdir","-asmflags","-gccgoflags","-replace"]}', cargo: '{"valued":["--manifest-path","--registry","--index","--target-dir","-p","--package","-j","--jobs","--features","-F","--bin","--example","--test","--target","-Z","--config","-C"]}', ssh: '{"valued":["-b","-c","-D","-E","-e","-F","-I","-i","-J","-L","-l","-m","-O","-o","-p","-Q","-R","-S","-W","-w","-B","-P"]}', scp: '{"aliases":{"-R":"-r"},"valued":["-c","-D","-F","-i","-J","-l","-o","-P","-S","-X"]}', sftp: '{"valued":["-B","-b","-c","-D","-F","-i","-J","-l","-o","-P","-R","-S","-s","-X"]}', rsync: '{"aliases":{"--recursive":"-r","--archive":"-a","--rsh":"-e","--exclude-from":"--exclude-from","--files-from":"--files-from"},"valued":["-e","-f","-B","-M","-T","--exclude","--include","--exclude-from","--include-from","--files-from","--filter","--backup-dir","--suffix","--partial-dir","--temp-dir","--log-file","--password-file","--chmod","--chown","--rsync-path","--port","--address","--compare-dest","--copy-dest","--link-dest"]}', nc: '{"valued":["-e","-c","-i","-I","-O","-p","-q","-s","-T","-V","-w","-X","-x","-M","-m"]}', ncat: '{"valued":["-e","-c","-i","-p","-s","-w","-x","--proxy","--proxy-type","-o","--output","--exec","--sh-exec","--lua-exec"]}', netcat: '{"valued":["-e","-c","-i","-p","-q","-s","-w","-x"]}', telnet: '{"valued":["-b","-e","-l","-n","-k","-X"]}', ping: '{"valued":["-c","-i","-I","-l","-m","-M","-p","-Q","-s","-S","-t","-T","-w","-W"]}', ping6: '{"valued":["-c","-i","-I","-l","-m","-M","-p","-Q","-s","-S","-t","-T","-w","-W"]}', traceroute: '{"valued":["-f","-g","-i","-m","-N","-p","-t","-w","-q","-s","-z"]}', dig: '{"valued":["-b","-c","-f","-k","-p","-q","-t","-x","-y"]}', host: '{"valued":["-c","-N","-R","-t","-W","-m"]}', openssl: '{"valued":["-connect","-proxy","-servername","-cert","-key","-CAfile","-in","-out","-port","-inkey","-signkey","-keyout","-passin","-passout","-pass"]}', ftp: "{}", prettier: '{"aliases":{"-w":"--write","-c":"--check","-l":"--list-different","--config-path":"--config"},"valued":["--config","--ignore-path","--plugin","--parser","--print-width","--tab-width","--trailing-comma","--end-of-line","--prose-wrap","--arrow-parens","--quote-props","--html-whitespace-sensitivity","--embedded-language-formatting","--object-wrap","--experimental-operator-position","--cursor-offset","--range-start","--range-end","--stdin-filepath","--log-level","--cache-location","--cache-strategy","--config-precedence"]}', eslint: '{"aliases":{"--config":"-c","--output-file":"-o","--format":"-f"},"valued":["-c","-f","-o","--ext","--env","--global","--parser","--parser-options","--resolve-plugins-relative-to","--rulesdir","--plugin","--rule","--fix-type","--ignore-path","--ignore-pattern","--stdin-filename","--max-warnings","--cache-location","--cache-strategy","--report-unused-disable-directives-severity","--concurrency","--flag"]}', stylelint: '{"aliases":{"--config":"-c","--ignore-path":"-i","--output-file":"-o","--formatter":"-f"},"valued":["-c","-i","-o","-f","--config-basedir","--ignore-pattern","--custom-syntax","--custom-formatter","--cache-location","--cache-strategy","--max-warnings","--stdin-filename","--report-descriptionless-disables","--ip"]}', markdownlint: '{"aliases":{"--config":"-c","--output":"-o","--ignore-path":"-p","--rules":"-r","--ignore":"-i"},"valued":["-c","-o","-p","-r","-i","--configPointer"]}', black: '{"aliases":{"--code":"-c"},"valued":["-c","--config","-l","--line-length","-t","--target-version","--include","--exclude","--extend-exclude","--force-exclude","--stdin-filename","-W","--workers","--python-cell-magics","--required-version","--enable-unstable-feature"]}', isort: '{"aliases":{"-c":"--check-only","--check":"--check-only","--sp":"--settings-path","--settings-file":"--settings-path","--settings":"--settings-path"},"valued":["--settings-path","-l","--line-length","-p","--project","--profile","-m","--multi-line","--skip","-s","--skip-glob","--sg","--filename","-j","--jobs","--py","--python-version","--src","--src-path","-a","--add-import","--rm","--remove-import"]}', autopep8: '{"aliases":{"--in-place":"-i","--recursive":"-r","--diff":"-d"},"valued":["--global-config","--max-line-length","--select","--ignore","--exclude","-j","--jobs","-p","--pep8-passes","--indent-size","--line-range","--range"]}', yapf: '{"aliases":{"--in-place":"-i","--recursive":"-r","--diff":"-d"},"valued":["--style","-e","--exclude","-l","--lines"]}', ruff: '{"aliases":{"--output-file":"-o"},"valued":["--config","-o","--select","--extend-select","--ignore","--extend-ignore","--fixable","--unfixable","--exclude","--extend-exclude","--per-file-ignores","--extend-per-file-ignores","--line-length","--target-version","--output-format","--stdin-filename","--cache-dir","--range","--dummy-variable-rgx"]}', gofmt: '{"aliases":{"--w":"-w","--l":"-l","--d":"-d","--r":"-r"},"valued":["-r"]}', gofumpt: '{"aliases":{"--w":"-w","--l":"-l","--d":"-d"},"valued":["-lang","-modpath"]}', goimports: '{"aliases":{"--w":"-w","--l":"-l","--d":"-d","--local":"-local","--srcdir":"-srcdir"},"valued":["-local","-srcdir"]}', rustfmt: '{"valued":["--config-path","--config","--edition","--emit","--color","--style-edition"]}', "clang-format": '{"valued":["--style","-style","--files","--assume-filename","--fallback-style","--lines","--offset","--length","--cursor","--qualifier-alignment"]}', shfmt: '{"aliases":{"--write":"-w","--list":"-l","--diff":"-d"},"valued":["-i","--indent","-ln","--language-dialect","--filename","--apply-ignore"]}', biome: '{"valued":["--config-path","--colors","--log-level","--log-kind","--max-diagnostics","--diagnostic-level","--reporter","--stdin-file-path","--since","--only","--skip","--vcs-root","--files-max-size","--indent-style","--indent-width","--line-width","--line-ending"]}', "markdownlint-cli2": '{"valued":["--config"]}', rubocop: '{"aliases":{"--autocorrect":"-a","--auto-correct":"-a","--autocorrect-all":"-A","--auto-correct-all":"-A","--fix-layout":"-x","--config":"-c","--out":"-o","--require":"-r","--stdin":"-s","--format":"-f"},"valued":["-c","-o","-r","-s","-f","--only","--except","--fail-level","--cache-root","--exclude-limit","--plugin"]}', oxlint: '{"aliases":{"--config":"-c"},"valued":["-c","-A","-W","-D","--allow","--warn","--deny","--ignore-path","--ignore-pattern","--format","-f","--max-warnings","--tsconfig","--threads"]}', "golangci-lint": '{"aliases":{"--config":"-c","--diff":"-d"},"valued":["-c","-E","-D","--enable","--disable","--timeout","--build-tags","--concurrency","-j","--out-format","--output.text.path","--max-issues-per-linter","--max-same-issues","--new-from-rev","--path-prefix"]}', "php-cs-fixer": '{"valued":["--config","--rules","--format","--path-mode","--cache-file","--allow-risky","--using-cache"]}', stylua: '{"aliases":{"--config":"--config-path","-f":"--config-path"},"valued":["--config-path","--indent-type","--indent-width","--column-width","--line-endings","--quote-style","--call-parentheses","--collapse-simple-statement","--search-parent-directories","--stdin-filepath","--sort-requires","-g","--glob","--num-threads"]}', ktlint: '{"aliases":{"--format":"-F"},"valued":["--reporter","--editorconfig","--ruleset","-R","--baseline","--log-level"]}', dart: '{"aliases":{"--output":"-o","--line-length":"-l"},"valued":["-o","-l","--language-version","--enable-experiment","--page-width","--indent","--code"]}', sqlfluff: '{"valued":["--dialect","--templater","--rules","--exclude-rules","--config","--ignore","--processes","-p","--format","-f","--write-output","--bench","--stdin-filename","--encoding","--warn-unused-ignores","-l","-v"]}', buf: '{"aliases":{"--write":"-w","--diff":"-d"},"valued":["--config","-o","--output","--path","--exclude-path","--error-format"]}', dprint: '{"aliases":{"--config":"-c"},"valued":["-c","--excludes","--plugins","--stdin","--log-level","--incremental"]}', php: '{"valued":["-S","-t","-d","-c","-r","-f","-B","-R","-F","-E","-z"]}', nmap: '{"valued":["-p","-e","-S","-D","-g","-iL","-iR","-oN","-oX","-oG","-oS","-oA","--script","--script-args","--exclude","--excludefile","--datadir","--resume","--proxies","--top-ports","--max-retries","--host-timeout","--scan-delay","--min-rate","--max-rate","--ttl","--source-port","--data-length","--mtu","-b"]}', drill: '{"valued":["-k","-r","-p","-b","-c","-q","-s","-y","-w","-x"]}', masscan: '{"valued":["-p","--ports","--rate","-iL","-c","--excludefile","--exclude","-oX","-oJ","-oG","-oL","-oB","--adapter","--router-mac","--source-ip","--source-port"]}', hping3: '{"valued":["-c","-i","-I","-a","-p","-s","-t","-d","-E","--file","-w","-o","-H","-M","-L","-K","-C"]}', arping: '{"valued":["-c","-w","-I","-s","-i","-W","-S","-T","-t"]}', fping: '{"valued":["-c","-C","-f","-i","-p","-t","-r","-b","-B","-g","-I","-O","-H","-S","-Q"]}', "ssh-keyscan": '{"valued":["-f","-p","-T","-t","-O"]}', "gnutls-cli": '{"valued":["-p","--port","--x509cafile","--x509certfile","--x509keyfile","--save-cert","--save-ocsp","--priority","-d","--debug"]}', "yt-dlp": '{"aliases":{"--output":"-o","--paths":"-P","--batch-file":"-a"},"valued":["-o","-P","-a","-f","--cookies","--download-archive","--proxy","-u","-p","-r","-R","-N","--exec","--exec-before-download","--config-locations","--plugin-dirs"]}', "youtube-dl": '{"aliases":{"--output":"-o","--batch-file":"-a"},"valued":["-o","-a","-f","--cookies","--download-archive","--proxy","-u","-p","-r","-R","--exec","--config-location"]}', aria2c: '{"aliases":{"--dir":"-d","--out":"-o","--input-file":"-i"},"valued":["-d","-o","-i","-x","-s","-j","-k","-t","-l","--log","--save-session","--all-proxy","--http-proxy","--https-proxy"]}', psql: '{"aliases":{"--host":"-h","--file":"-f","--output":"-o","--log-file":"-L","--username":"-U","--port":"-p","--dbname":"-d","--command":"-c"},"valued":["-h","-f","-o","-L","-U","-p","-d","-c","-v","-P","-T","-F","-R"]}', pg_dump: '{"aliases":{"--host":"-h","--file":"-f","--username":"-U","--port":"-p","--dbname":"-d"},"valued":["-h","-f","-U","-p","-d","-n","-N","-t","-T","-F","-j","-Z","-E","-S"]}', pg_dumpall: '{"aliases":{"--host":"-h","--file":"-f","--username":"-U","--port":"-p","--dbname":"-d"},"valued":["-h","-f","-U","-p","-d","-S","-l","-E"]}', pg_restore: '{"aliases":{"--host":"-h","--file":"-f","--username":"-U","--port":"-p","--dbname":"-d","--use-list":"-L"},"valued":["-h","-f","-U","-p","-d","-L","-n","-N","-t","-T","-F","-j","-I","-P","-S","-e"]}', pgcli: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p"},"valued":["-h","-d","-U","-u","-p","-D","--log-file"]}', mysql: '{"aliases":{"--host":"-h","--user":"-u","--port":"-P","--database":"-D","--execute":"-e"},"valued":["-h","--defaults-file","--defaults-extra-file","--ssl-key","--ssl-cert","--ssl-ca","-u","-P","-D","-e","-S","--tee"]}', mariadb: '{"aliases":{"--host":"-h","--user":"-u","--port":"-P","--database":"-D","--execute":"-e"},"valued":["-h","--defaults-file","--defaults-extra-file","--ssl-key","--ssl-cert","--ssl-ca","-u","-P","-D","-e","-S","--tee"]}', mycli: '{"aliases":{"--host":"-h","--user":"-u","--port":"-P","--database":"-D","--execute":"-e","--logfile":"-l"},"valued":["-h","-u","-P","-D","-e","-S","-l","-p"]}', mysqldump: '{"aliases":{"--host":"-h","--user":"-u","--port":"-P","--result-file":"-r","--tab":"-T"},"valued":["-h","--defaults-file","--defaults-extra-file","--ssl-key","--ssl-cert","--ssl-ca","-u","-P","-r","-S","-T"]}', "mariadb-dump": '{"aliases":{"--host":"-h","--user":"-u","--port":"-P","--result-file":"-r","--tab":"-T"},"valued":["-h","--defaults-file","--defaults-extra-file","--ssl-key","--ssl-cert","--ssl-ca","-u","-P","-r","-S","-T"]}', "redis-cli": '{"valued":["-h","-p","-a","-u","-n","-s","-r","-i","--user","--pass","--rdb","--functions-rdb"]}', "valkey-cli": '{"valued":["-h","-p","-a","-u","-n","-s","-r","-i","--user","--pass","--rdb","--functions-rdb"]}', "keydb-cli": '{"valued":["-h","-p","-a","-u","-n","-s","-r","-i","--user","--pass","--rdb","--functions-rdb"]}', "redis-benchmark": '{"valued":["-h","-p","-a","-u","-s","-c","-n","-d","-r","-P","-t","--user"]}', pgbench: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p","--file":"-f"},"valued":["-h","-d","-U","-p","-f","-b","-c","-j","-T","-t","-s","-D","-R","-L","-P","-M"]}', createdb: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p"},"valued":["-h","-U","-p","-O","-T","-E","-D","-l","--maintenance-db"]}', dropdb: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p"},"valued":["-h","-U","-p","--maintenance-db"]}', createuser: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p"},"valued":["-h","-U","-p","-c","-g"]}', dropuser: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p"},"valued":["-h","-U","-p"]}', vacuumdb: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p"},"valued":["-h","-d","-U","-p","-t","-n","-N","-j","-P","--maintenance-db"]}', reindexdb: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p"},"valued":["-h","-d","-U","-p","-t","-i","-S","-j","--maintenance-db"]}', clusterdb: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p"},"valued":["-h","-d","-U","-p","-t","--maintenance-db"]}', pg_isready: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p"},"valued":["-h","-d","-U","-p","-t"]}', pg_basebackup: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p","--pgdata":"-D"},"valued":["-h","-d","-U","-p","-D","-F","-X","-Z","-c","-l","-r","-S","-T","-t"]}', pg_receivewal: '{"aliases":{"--host":"-h","--dbname":"-d","--username":"-U","--port":"-p","--directory":"-D"},"valued":["-h","-d","-U","-p","-D","-E","-S","-Z","-s"]}', mysqladmin: '{"aliases":{"--host":"-h","--user":"-u","--port":"-P"},"valued":["-h","-u","-P","-S","--defaults-file","--defaults-extra-file","--ssl-key","--ssl-cert","--ssl-ca"]}', mysqlshow: '{"aliases":{"--host":"-h","--user":"-u","--port":"-P"},"valued":["-h","-u","-P","-S","--defaults-file","--defaults-extra-file","--ssl-key","--ssl-cert","--ssl-ca"]}', mysqlcheck: '{"aliases":{"--host":"-h","--user":"-u","--port":"-P"},"valued":["-h","-u","-P","-S","--defaults-file","--defaults-extra-file","--ssl-key","--ssl-cert","--ssl-ca"]}', mysqlimport: '{"aliases":{"--host":"-h","--user":"-u","--port":"-P"},"valued":["-h","-u","-P","-S","--fields-terminated-by","--columns","-c","--defaults-file","--defaults-extra-file","--ssl-key","--ssl-cert","--ssl-ca"]}', mysqlpump: '{"aliases":{"--host":"-h","--user":"-u","--port":"-P"},"valued":["-h","-u","-P","-S","--result-file","--defaults-file","--defaults-extra-file","--ssl-key","--ssl-cert","--ssl-ca"]}', mysqlbinlog: '{"aliases":{"--host":"-h","--user":"-u","--port":"-P","--result-file":"-r"},"valued":["-h","-u","-P","-S","-r","-d","--start-position","--stop-position","--start-datetime","--stop-datetime","--defaults-file","--defaults-extra-file","--ssl-key","--ssl-cert","--ssl-ca"]}', mongostat: '{"aliases":{"--host":"-h"},"valued":["-h","--uri","-u","-p","--port"]}', mongotop: '{"aliases":{"--host":"-h"},"valued":["-h","--uri","-u","-p","--port"]}', smbclient: '{"valued":["-L","-I","-A","--authentication-file","-U","-W","-c","-D","-p","-n","-s","-l","-m","-t","-T","-O","-R"]}', "cypher-shell": '{"valued":["-a","--address","-u","-p","-d","-f","--file","--format"]}', ldapsearch: '{"valued":["-H","-h","-p","-D","-w","-y","-b","-s","-f","-l","-z","-o","-e","-E"]}', ldapmodify: '{"valued":["-H","-h","-p","-D","-w","-y","-f","-o","-e","-E"]}', ldapadd: '{"valued":["-H","-h","-p","-D","-w","-y","-f","-o","-e","-E"]}', ldapdelete: '{"valued":["-H","-h","-p","-D","-w","-y","-f","-o","-e","-E"]}', ldapwhoami: '{"valued":["-H","-h","-p","-D","-w","-y","-o","-e","-E"]}', mosquitto_pub: '{"valued":["-h","-p","-L","-t","-m","-f","-u","-P","-i","-q","--cafile","--cert","--key"]}', mosquitto_sub: '{"valued":["-h","-p","-L","-t","-u","-P","-i","-q","-C","-W","--cafile","--cert","--key"]}', kcat: '{"valued":["-b","-t","-p","-o","-c","-F","-X","-G","-f","-K","-D","-k","-s"]}', kafkacat: '{"valued":["-b","-t","-p","-o","-c","-F","-X","-G","-f","-K","-D","-k","-s"]}', etcdctl: '{"valued":["--endpoints","--cacert","--cert","--key","--user","--password","-w"]}', nats: '{"valued":["-s","--server","--creds","--user","--password","--context"]}', vault: '{"valued":["-address","--address","-ca-cert","-client-key","-client-cert","-namespace","-format","-field","-mount"]}', consul: '{"valued":["-http-addr","--http-addr","-ca-file","-client-key","-client-cert","-token","-datacenter"]}', mongosh: '{"aliases":{"--file":"-f"},"valued":["--host","--port","-u","--username","-p","--password","--eval","--file","-f","--authenticationDatabase"]}', mongo: '{"valued":["--host","--port","-u","--username","-p","--password","--eval","--authenticationDatabase"]}', mongodump: '{"aliases":{"--host":"-h","--out":"-o","--db":"-d","--collection":"-c"},"valued":["-h","--uri","-o","-d","-c","-u","-p","-q","--port"]}', mongorestore: '{"aliases":{"--host":"-h","--db":"-d","--collection":"-c"},"valued":["-h","--uri","--dir","-d","-c","-u","-p","--port","--nsInclude","--nsExclude"]}', mongoexport: '{"aliases":{"--host":"-h","--out":"-o","--db":"-d","--collection":"-c"},"valued":["-h","--uri","-o","-d","-c","-u","-p","-q","-f","--port","--type"]}', mongoimport: '{"aliases":{"--host":"-h","--db":"-d","--collection":"-c"},"valued":["-h","--uri","--file","-d","-c","-u","-p","-f","--port","--type"]}', clickhouse: '{"aliases":{"--host":"-h","--query":"-q"},"valued":["-h","-q","--port","-u","--user","--password","-d","--database","--queries-file","-f","--format"]}', "clickhouse-client": '{"aliases":{"--host":"-h","--query":"-q"},"valued":["-h","-q","--port","-u","--user","--password","-d","--database","--queries-file","-f","--format"]}', cqlsh: '{"aliases":{"--file":"-f","--execute":"-e"},"valued":["-f","-e","-u","-p","-k","--cqlversion","--request-timeout","--connect-timeout","--cqlshrc"]}', sqlcmd: '{"valued":["-S","-U","-P","-d","-i","-o","-Q","-q","-v","-s","-w","-h","-t","-l","-H","-W"]}', influx: '{"aliases":{"--file":"-f"},"valued":["-host","--host","-port","-path","-f","--file","-database","-execute","-format","-username","-password","-t","--token","-o","--org"]}', mysqlsh: '{"aliases":{"--host":"-h"},"valued":["-h","--uri","-u","--user","-P","--port","-e","--execute","-f","--file","-D","--database"]}', trino: '{"valued":["--server","-f","--file","--execute","--catalog","--schema","--user","--output-format"]}', presto: '{"valued":["--server","-f","--file","--execute","--catalog","--schema","--user","--output-format"]}', snowsql: '{"aliases":{"--filename":"-f"},"valued":["-a","--accountname","-u","--username","-d","--dbname","-s","--schemaname","-r","--rolename","-w","--warehouse","-f","--filename","-q","--query","-o","--option","-c","--connection","--config"]}', gh: '{"valued":["-R","--repo","--hostname","-X","--method","-f","--field","-F","--raw-field","-H","--header","--input","--env-file","-q","--jq","-t","--template"]}', glab: '{"valued":["-R","--repo","--hostname","-X","--method","-f","--raw-field","-F","--field","-H","--header","--input","--notes-file","-t","--title","-d","--description","-N","--notes"]}', tea: '{"valued":["--url","-l","--login","-r","--repo","-o","--output"]}', aws: '{"valued":["--profile","--region","--endpoint-url","--output","--query","--ca-bundle","--cli-input-json","--cli-input-yaml"]}', gcloud: '{"valued":["--project","--account","--configuration","--format","--flags-file","--impersonate-service-account","--verbosity"]}', az: '{"valued":["--subscription","-o","--output","--query","-g","--resource-group"]}', git: '{"globalValued":["-C","-c","--git-dir","--work-tree","--namespace","--exec-path","--super-prefix","--config-env","--list-cmds","--attr-source"],"globalFlags":["-p","--paginate","-P","--no-pager","--bare","--no-replace-objects","--literal-pathspecs","--glob-pathspecs","--noglob-pathspecs","--icase-pathspecs","--no-optional-locks","--no-advice","--html-path","--man-path","--info-path","--version","--help"],"subcommandAliases":{"send-pack":"push"},"implies":{"filter-branch":["commit"],"filter-repo":["commit"],"cherry-pick":["commit"],"revert":["commit"],"merge":["commit"],"am":["commit"],"rebase":["commit"],"commit-tree":["commit"],"pull":["fetch","merge","commit"]},"neutralGlobals":{"flags":["-P","--no-pager","--no-replace-objects","--literal-pathspecs","--glob-pathspecs","--noglob-pathspecs","--icase-pathspecs","--no-optional-locks","--no-advice"],"dirs":["-C"],"opaque":["-c","--config-env"]},"subcommands":{"stash":{"valued":["-m","--message"]},"apply":{"valued":["--directory","--exclude","--include","--whitespace","-p","-C"]},"am":{"valued":["--directory","--exclude","--include","--whitespace","-p","-C"]},"push":{"aliases":{"-f":"--force","--force-with-lease":"--force","--force-if-includes":"--force","--mirror":"--force","-d":"--delete","-u":"--set-upstream"},"valued":["-o","--push-option","--repo","--receive-pack","--exec"],"forcing":"+"},"commit":{"aliases":{"-a":"--all","-m":"--message","-n":"--no-verify"},"valued":["-m","--message","-F","--file","-c","-C","--author","--date","-t","--template","--fixup","--squash","--cleanup"]},"reset":{"valued":[]},"clean":{"aliases":{"--force":"-f","--dry-run":"-n"},"valued":["-e","--exclude"]},"checkout":{"aliases":{"--force":"-f","--patch":"-p"},"valued":["-b","-B","--orphan"]},"restore":{"aliases":{"--source":"-s","--patch":"-p"},"valued":["-s"]},"merge-file":{"aliases":{"--stdout":"-p"},"valued":["-L"]},"update-index":{"triples":["--cacheinfo"],"valued":["--index-version"]},"checkout-index":{"aliases":{"--all":"-a"},"valued":["--prefix","--stage"]},"read-tree":{"valued":["--prefix","--index-output","--exclude-per-directory"]},"format-patch":{"aliases":{"--output-directory":"-o"},"valued":["-o","-v","--reroll-count","--start-number","--subject-prefix","--in-reply-to","--to","--cc","--signature-file","--suffix","--base","--interdiff","--range-diff","--creation-factor","--output"]},"replace":{"aliases":{"--delete":"-d","--list":"-l"},"valued":["--format"]},"branch":{"aliases":{"--delete":"-d","--force":"-f","-D":"-D"},"valued":[]},"rebase":{"valued":["--onto","-x","--exec","-s","--strategy","-X"]},"clone":{"valued":["-b","--branch","-o","--origin","--depth","-u","--upload-pack","--reference","-c","--config","--template","-j","--filter"]},"fetch":{"valued":["--depth","--upload-pack","-j","--refmap","-o"]},"pull":{"valued":["--depth","--upload-pack","-s","--strategy","-X","-j"]},"grep":{"valued":["-e","-f","-A","-B","-C","--after-context","--before-context","--context","--max-depth","-m","--max-count","--threads"]}}}' }, registries: { $comment: "The default registry hosts of package managers (src/command/package-registry.ts; docs/decisions.md, Package registries). A touch model's subcommand (operandsAfter) or the program itself names one with `registry` (registryMay: only perhaps, a guess decided by denies only; registryWithOperands: only with operands; registryVersioned: for sure when an operand has @VERSION, else perhaps). hosts: contacted by default. offline: options, or NAME=value assignments before the program, after which no registry is contacted. replacedBy: options whose value is the registry used instead (the value is decided by the model's options; a name that is no URL is a registry of the tool's configuration, a host the line does not name). env: variables whose value names the registry, replace (instead of the default) or add (as well); GOPROXY's list: off none, direct each module's own host. Sources: docs.npmjs.com/cli/v10/using-npm/config (registry, offline), yarnpkg.com/configuration/yarnrc (npmRegistryServer), pip.pypa.io/en/stable/cli/pip_install (--index-url, --no-index, PIP_*), docs.astral.sh/uv/reference/environment, doc.rust-lang.org/cargo/reference/config.html (net.offline, registries), go.dev/ref/mod (GOPROXY, GOSUMDB), guides.rubygems.org/command-reference (--source, --clear-sources, --local), getcomposer.org/doc/03-cli.md, learn.microsoft.com/nuget/reference/cli-reference, docs.conda.io/projects/conda/en/latest/commands (--channel, --override-channels, --offline), docs.brew.sh/Manpage.", npm: { hosts: ["registry.npmjs.org"], offline: ["--offline", "npm_config_offline=true", "NPM_CONFIG_OFFLINE=true"], replacedBy: ["--registry"], env: { npm_config_registry: "replace", NPM_CONFIG_REGISTRY: "replace" } }, pnpm: { hosts: ["registry.npmjs.org"], offline: ["--offline", "npm_config_offline=true", "NPM_CONFIG_OFFLINE=true"], replacedBy: ["--registry"], env: { npm_config_registry: "replace", NPM_CONFIG_REGISTRY: "replace" } }, yarn: { hosts: ["registry.yarnpkg.com"], offline: ["--offline", "--help", "-h", "--version", "-v"], replacedBy: ["--registry"], env: { YARN_REGISTRY: "replace", YARN_NPM_REGISTRY_SERVER: "replace", npm_config_registry: "replace", NPM_CONFIG_REGISTRY: "replace" } }, bun: { hosts: ["registry.npmjs.org"], replacedBy: ["--registry"], env: { BUN_CONFIG_REGISTRY: "replace", NPM_CONFIG_REGISTRY: "replace", npm_config_registry: "replace" } }, pip: { hosts: ["pypi.org", "files.pythonhosted.org"], offline: ["--no-index", "PIP_NO_INDEX=1", "PIP_NO_INDEX=true", "PIP_NO_INDEX=yes", "PIP_NO_INDEX=on"], replacedBy: ["-i"], env: { PIP_INDEX_URL: "replace", PIP_EXTRA_INDEX_URL: "add", PIP_FIND_LINKS: "add" } }, uv: { hosts: ["pypi.org", "files.pythonhosted.org"], offline: ["--offline", "--no-index", "UV_OFFLINE=1", "UV_OFFLINE=true", "UV_NO_INDEX=1", "UV_NO_INDEX=true"], replacedBy: ["--index-url", "-i", "--default-index"], env: { UV_INDEX_URL: "replace", UV_DEFAULT_INDEX: "replace", UV_EXTRA_INDEX_URL: "add", UV_INDEX: "add", UV_FIND_LINKS: "add" } }, pipx: { hosts: ["pypi.org", "files.pythonhosted.org"], replacedBy: ["--index-url", "-i"], env: { PIP_INDEX_URL: "replace", PIP_EXTRA_INDEX_URL: "add" } }, poetry: { hosts: ["pypi.org", "files.pythonhosted.org"] }, pdm: { hosts: ["pypi.org", "files.pythonhosted.org"], env: { PDM_PYPI_URL: "replace" } }, pipenv: { hosts: ["pypi.org", "files.pythonhosted.org"], env: { PIPENV_PYPI_MIRROR: "replace", PIP_INDEX_URL: "replace" } }, conda: { hosts: ["conda.anaconda.org", "repo.anaconda.com"], offline: ["--offline", "CONDA_OFFLINE=true", "CONDA_OFFLINE=1"], replacedBy: ["--override-channels"] }, cargo: { hosts: ["index.crates.io", "static.crates.io"], offline: ["--offline", "--frozen", "CARGO_NET_OFFLINE=true"], replacedBy: ["--registry", "--index"] }, go: { hosts: ["proxy.golang.org", "sum.golang.org"], offline: ["GOPROXY=off", "GOFLAGS=-mod=vendor"], env: { GOPROXY: "replace" } }, gem: { hosts: ["rubygems.org"], offline: ["--local", "-l"], replacedBy: ["--clear-sources"] }, bundler: { hosts: ["rubygems.org", "index.rubygems.org"], offline: ["--local", "--help", "-h", "--version", "-v"] }, composer: { hosts: ["repo.packagist.org"], offline: ["COMPOSER_DISABLE_NETWORK=1"] }, nuget: { hosts: ["api.nuget.org"], replacedBy: ["--source", "-s", "-Source", "-source"] }, brew: { hosts: ["formulae.brew.sh", "ghcr.io"] }, "brew-tap": { hosts: ["github.com"] }, hex: { hosts: ["repo.hex.pm", "hex.pm", "builds.hex.pm"], offline: ["HEX_OFFLINE=1", "HEX_OFFLINE=true"], env: { HEX_MIRROR: "replace", HEX_CDN: "replace" } }, pub: { hosts: ["pub.dev"], offline: ["--offline"], env: { PUB_HOSTED_URL: "replace" } }, hackage: { hosts: ["hackage.haskell.org"] }, luarocks: { hosts: ["luarocks.org"], replacedBy: ["--server", "--only-server"] }, cpan: { hosts: ["cpanmetadb.plackperl.org", "www.cpan.org", "fastapi.metacpan.org"], offline: ["--version", "-V", "--help", "-h"], replacedBy: ["--mirror", "--from", "-M"] }, conan: { hosts: ["center2.conan.io"], replacedBy: ["-r", "--remote"] }, racket: { hosts: ["pkgs.racket-lang.org", "download.racket-lang.org"] }, sdkman: { hosts: ["api.sdkman.io"] }, rustup: { hosts: ["static.rust-lang.org"], env: { RUSTUP_DIST_SERVER: "replace" } }, nix: { hosts: ["cache.nixos.org"], offline: ["--offline", "-q", "--query", "--list-generations", "--delete-generations", "-e", "--uninstall", "--rollback", "--switch-generation", "-G", "--version", "--help"] } }, touch: { cat: '{"operands":"read"}', head: '{"operands":"read"}', tail: '{"operands":"read"}', less: '{"operands":"read"}', more: '{"operands":"read"}', wc: '{"operands":"read","options":{"--files0-from":"read"}}', nl: '{"operands":"read"}', od: '{"operands":"read"}', xxd: '{"operands":"read","last":"write"}', hexdump: '{"operands":"read"}', strings: '{"operands":"read"}', file: '{"operands":"read","guess":true,"listsOutside":true}', base64: '{"operands":"read","options":{"-o":"write","--output":"write","-i":"read","--input":"read"}}', md5sum: '{"operands":"read"}', sha256sum: '{"operands":"read"}', sha1sum: '{"operands":"read"}', sort: '{"operands":"read","options":{"-o":"write","-T":"write-dir","--files0-from":"read","--random-source":"read"}}', shuf: '{"operands":"read","options":{"-o":"write","--output":"write","--random-source":"read"}}', uniq: '{"operands":"read","last":"write"}', cut: '{"operands":"read"}', paste: '{"operands":"read"}', tr: '{"operands":"none"}', diff: '{"operands":"read","tree":["-r","--recursive"],"options":{"--from-file":"read","--to-file":"read","-X":"read","--exclude-from":"read"}}', cmp: '{"operands":"read"}', comm: '{"operands":"read"}', grep: '{"operands":"read","skip":1,"skipUnless":["-e","-f"],"tree":["-r","-d"],"noOperandsWhen":{"-r":".","-d":"."},"options":{"-f":"read","--exclude-from":"read"}}', egrep: '{"operands":"read","skip":1,"skipUnless":["-e","-f"],"tree":["-r"],"noOperandsWhen":{"-r":"."},"options":{"-f":"read"}}', fgrep: '{"operands":"read","skip":1,"skipUnless":["-e","-f"],"tree":["-r"],"noOperandsWhen":{"-r":"."},"options":{"-f":"read"}}', rgrep: '{"operands":"read","skip":1,"skipUnless":["-e","-f"],"tree":true,"noOperands":".","options":{"-f":"read","--exclude-from":"read"}}', rg: '{"operands":"read","skip":1,"skipUnless":["-e","-f","--files"],"tree":true,"noOperands":".","skipsHidden":true,"when":{"--hidden":{"skipsHidden":false},"-u":{"skipsHidden":false},"--no-ignore":{"skipsHidden":false}},"options":{"-f":"read","--ignore-file":"read"}}', ag: '{"operands":"read","skip":1,"tree":true,"noOperands":".","skipsHidden":true}', sed: '{"operands":"read","skip":1,"skipUnless":["-e","-f"],"options":{"-f":"read"},"when":{"-i":{"operands":"write"}}}', awk: '{"operands":"read","skip":1,"skipUnless":["-f","-e","-E"],"options":{"-f":"read","-E":"read","-i":"read"}}', gawk: '{"operands":"read","skip":1,"skipUnless":["-f","-e","-E"],"options":{"-f":"read","-E":"read","-i":"read"}}', mawk: '{"operands":"read","skip":1,"skipUnless":["-f","-e","-E"],"options":{"-f":"read","-E":"read","-i":"read"}}', nawk: '{"operands":"read","skip":1,"skipUnless":["-f","-e","-E"],"options":{"-f":"read","-E":"read","-i":"read"}}', jq: '{"operands":"read","skip":1,"skipUnless":["-f"],"options":{"-f":"read","--slurpfile":"read","--rawfile":"read"}}', gojq: '{"operands":"read","skip":1,"skipUnless":["-f"],"options":{"-f":"read","--slurpfile":"read","--rawfile":"read"}}', yq: '{"operands":"read","skip":1,"when":{"-i":{"operands":"write"}}}', tee: '{"operands":"none"}', ls: '{"operands":"read","guess":true,"listsOutside":true,"tree":["-R","--recursive"],"noOperands":"."}', stat: '{"operands":"read","guess":true,"listsOutside":true}', du: '{"operands":"read","guess":true,"listsOutside":true,"noOperands":"."}', tree: '{"operands":"read","guess":true,"listsOutside":true,"noOperands":".","options":{"-o":"write"}}', realpath: '{"operands":"none"}', readlink: '{"operands":"none"}', basename: '{"operands":"none"}', dirname: '{"operands":"none"}', find: '{"startPoints":true,"noOperands":".","listsOutside":true}', touch: '{"operands":"write","options":{"-r":"read","--reference":"read"}}', mkdir: '{"operands":"write"}', rmdir: '{"operands":"delete"}', rm: '{"operands":"delete","tree":["-r"]}', unlink: '{"operands":"delete"}', shred: '{"operands":"write"}', truncate: '{"operands":"write","options":{"-r":"read"}}', cp: '{"operands":"read","tree":["-r","-a"],"last":"write","lastDir":true,"options":{"-t":"write-dir"}}', mv: '{"operands":"delete","tree":"named","last":"write","lastDir":true,"options":{"-t":"write-dir"}}', install: '{"operands":"read","last":"write","lastDir":true,"options":{"-t":"write-dir"},"when":{"-d":{"operands":"write","last":null}}}', ln: '{"operands":"read","last":"write","lastDir":true,"options":{"-t":"write-dir"}}', chmod: '{"operands":"write","skip":1,"skipUnless":["--reference"],"shortFlags":"cfvR","tree":["-R"],"options":{"--reference":"read"}}', chown: '{"operands":"write","skip":1,"skipUnless":["--reference"],"tree":["-R"],"options":{"--reference":"read"}}', chgrp: '{"operands":"write","skip":1,"skipUnless":["--reference"],"tree":["-R"],"options":{"--reference":"read"}}', dd: '{"operands":"none","assign":{"if":"read","of":"write"}}', tar: '{"operands":"read","tree":true,"bundled":true,"options":{"-f":"rmt-read","-T":"read","-X":"read","-g":"write","--index-file":"write","--volno-file":"write"},"when":{"-c":{"options":{"-f":"rmt-write","-T":"read","-X":"read"}},"-r":{"options":{"-f":"rmt-write","-T":"read"}},"-u":{"options":{"-f":"rmt-write","-T":"read"}},"-x":{"operands":"none","extract":"-C"},"-O":{"extract":""},"--to-command":{"extract":""},"--remove-files":{"operands":"delete"},"-P":{"writes":["/"]},"--absolute-names":{"writes":["/"]},"-t":{"writes":[]},"--delete":{"options":{"-f":"rmt-write"}},"-A":{"options":{"-f":"rmt-write"}}}}', bsdtar: '{"operands":"read","tree":true,"bundled":true,"options":{"-f":"read","-T":"read","-X":"read","-g":"write","--index-file":"write","--volno-file":"write"},"when":{"-c":{"options":{"-f":"write","-T":"read","-X":"read"}},"-r":{"options":{"-f":"write","-T":"read"}},"-u":{"options":{"-f":"write","-T":"read"}},"-x":{"operands":"none","extract":"-C"},"-O":{"extract":""},"--to-command":{"extract":""},"--remove-files":{"operands":"delete"},"-P":{"writes":["/"]},"--absolute-names":{"writes":["/"]},"-t":{"writes":[]},"--delete":{"options":{"-f":"write"}},"-A":{"options":{"-f":"write"}}}}', gtar: '{"operands":"read","tree":true,"bundled":true,"options":{"-f":"rmt-read","-T":"read","-X":"read","-g":"write","--index-file":"write","--volno-file":"write"},"when":{"-c":{"options":{"-f":"rmt-write","-T":"read","-X":"read"}},"-r":{"options":{"-f":"rmt-write","-T":"read"}},"-u":{"options":{"-f":"rmt-write","-T":"read"}},"-x":{"operands":"none","extract":"-C"},"-O":{"extract":""},"--to-command":{"extract":""},"--remove-files":{"operands":"delete"},"-P":{"writes":["/"]},"--absolute-names":{"writes":["/"]},"-t":{"writes":[]},"--delete":{"options":{"-f":"rmt-write"}},"-A":{"options":{"-f":"rmt-write"}}}}', zip: '{"operands":"read","first":"write","tree":["-r"],"options":{"-O":"write","-lf":"write","-b":"write-dir"},"when":{"-m":{"operands":"delete"}}}', unzip: '{"operands":"none","first":"read","extract":"-d","when":{"-l":{"extract":""},"-t":{"extract":""},"-v":{"extract":""},"-Z":{"extract":""},"-p":{"extract":""},"-c":{"extract":""},"-z":{"extract":""},"-:":{"writes":["/"]}}}', "7z x": '{"operands":"none","first":"read","extract":"-o","when":{"-so":{"extract":""},"-spf":{"writes":["/"]},"-spf2":{"writes":["/"]}},"switches":true}', "7z e": '{"operands":"none","first":"read","extract":"-o","when":{"-so":{"extract":""},"-spf":{"writes":["/"]},"-spf2":{"writes":["/"]}},"switches":true}', "7z a": '{"operands":"read","first":"write","tree":true,"when":{"-sdel":{"operands":"delete"}},"switches":true}', "7z u": '{"operands":"read","first":"write","tree":true,"when":{"-sdel":{"operands":"delete"}},"switches":true}', "7za x": '{"operands":"none","first":"read","extract":"-o","when":{"-so":{"extract":""},"-spf":{"writes":["/"]},"-spf2":{"writes":["/"]}},"switches":true}', "7za e": '{"operands":"none","first":"read","extract":"-o","when":{"-so":{"extract":""},"-spf":{"writes":["/"]},"-spf2":{"writes":["/"]}},"switches":true}', "7za a": '{"operands":"read","first":"write","tree":true,"when":{"-sdel":{"operands":"delete"}},"switches":true}', "7zz x": '{"operands":"none","first":"read","extract":"-o","when":{"-so":{"extract":""},"-spf":{"writes":["/"]},"-spf2":{"writes":["/"]}},"switches":true}', "7zz e": '{"operands":"none","first":"read","extract":"-o","when":{"-so":{"extract":""},"-spf":{"writes":["/"]},"-spf2":{"writes":["/"]}},"switches":true}', "7zr x": '{"operands":"none","first":"read","extract":"-o","when":{"-so":{"extract":""},"-spf":{"writes":["/"]},"-spf2":{"writes":["/"]}},"switches":true}', "7zr e": '{"operands":"none","first":"read","extract":"-o","when":{"-so":{"extract":""},"-spf":{"writes":["/"]},"-spf2":{"writes":["/"]}},"switches":true}', "7zr a": '{"operands":"read","first":"write","tree":true,"when":{"-sdel":{"operands":"delete"}},"switches":true}', "7zz a": '{"operands":"read","first":"write","tree":true,"when":{"-sdel":{"operands":"delete"}},"switches":true}', gzip: '{"operands":"write","tree":["-r"],"outputName":{"add":".gz","suffix":"-S"},"when":{"-d":{"outputName":{"strip":[".gz","-gz",".z","-z","_z",".tgz=.tar",".taz=.tar"],"suffix":"-S","storedName":"-N"}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', gunzip: '{"operands":"write","tree":["-r"],"outputName":{"strip":[".gz","-gz",".z","-z","_z",".tgz=.tar",".taz=.tar"],"suffix":"-S","storedName":"-N"},"when":{"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', xz: '{"operands":"write","outputName":{"add":".xz","suffix":"-S"},"when":{"-d":{"outputName":{"strip":[".xz",".txz=.tar",".lzma",".tlz=.tar",".lz"],"suffix":"-S"}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', bzip2: '{"operands":"write","outputName":{"add":".bz2"},"when":{"-d":{"outputName":{"strip":[".bz2",".bz",".tbz2=.tar",".tbz=.tar"],"unknown":".out"}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', zstd: '{"operands":"read","tree":["-r"],"options":{"-o":"write","--output-dir-mirror":"write-dir","-D":"read","--patch-from":"read","--trace":"write"},"outputName":{"add":".zst","dir":"--output-dir-flat"},"when":{"--rm":{"operands":"write"},"-d":{"outputName":{"strip":[".zst",".tzst=.tar",".gz",".tgz=.tar",".xz",".txz=.tar",".lzma",".tlz=.tar",".lz4",".tlz4=.tar"],"dir":"--output-dir-flat"}},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', patch: '{"operands":"write","noOperands":".","options":{"-i":"read","-o":"write","-r":"write","-B":"write-prefix","-Y":"write-prefix"},"outputName":{"add":".orig","suffix":"-z"}}', cpio: '{"operands":"none","options":{"-F":"rmt-read","-I":"rmt-read","-E":"read","-O":"rmt-write"},"when":{"-i":{"extract":"-D"},"-t":{"extract":""},"--to-stdout":{"extract":""},"-o":{"options":{"-F":"rmt-write","-O":"rmt-write"}},"-p":{"operands":"write-tree"}}}', bsdcpio: '{"operands":"none","options":{"-F":"read","-I":"read","-E":"read","-O":"write"},"when":{"-i":{"extract":"-D"},"-t":{"extract":""},"--to-stdout":{"extract":""},"-o":{"options":{"-F":"write","-O":"write"}},"-p":{"operands":"write-tree"}}}', gzexe: '{"operands":"write","outputName":{"add":"~"}}', atool: '{"operands":"read","when":{"-x":{"extract":"-X"},"-X":{"extract":"-X"},"-a":{"first":"write","tree":true}}}', aunpack: '{"operands":"read","extract":"-X"}', apack: '{"operands":"read","first":"write","tree":true}', dtrx: '{"operands":"read","extract":"."}', unp: '{"operands":"read","extract":"."}', "arj x": '{"operands":"none","first":"read","extract":"."}', "arj e": '{"operands":"none","first":"read","extract":"."}', "unarj x": '{"operands":"none","first":"read","extract":"."}', "unarj e": '{"operands":"none","first":"read","extract":"."}', split: '{"operands":"none","first":"read","pieces":{"operand":1,"default":"x","chars":"[a-z0-9]","length":2,"lengthOption":"-a","suffix":"--additional-suffix"}}', csplit: '{"operands":"none","first":"read","pieces":{"option":"-f","default":"xx","chars":"[0-9]","length":2,"lengthOption":"-n","format":"-b"}}', pigz: '{"operands":"write","tree":["-r"],"outputName":{"add":".gz","suffix":"-S"},"when":{"-z":{"outputName":{"add":".zz","suffix":"-S"}},"-K":{"outputName":{"add":".zip","suffix":"-S"}},"-d":{"outputName":{"strip":[".gz","-gz",".z","-z","_z",".tgz=.tar",".taz=.tar",".zz","-zz",".zip"],"suffix":"-S","storedName":""}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', unpigz: '{"operands":"write","tree":["-r"],"outputName":{"strip":[".gz","-gz",".z","-z","_z",".tgz=.tar",".taz=.tar",".zz","-zz",".zip"],"suffix":"-S","storedName":""},"when":{"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', zcat: '{"operands":"read"}', gzcat: '{"operands":"read"}', lbzip2: '{"operands":"write","outputName":{"add":".bz2"},"when":{"-d":{"outputName":{"strip":[".bz2",".bz",".tbz2=.tar",".tbz=.tar"],"unknown":".out"}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', pbzip2: '{"operands":"write","outputName":{"add":".bz2"},"when":{"-d":{"outputName":{"strip":[".bz2",".bz",".tbz2=.tar",".tbz=.tar"],"unknown":".out"}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', bunzip2: '{"operands":"write","outputName":{"strip":[".bz2",".bz",".tbz2=.tar",".tbz=.tar"],"unknown":".out"},"when":{"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', bzcat: '{"operands":"read"}', lzma: '{"operands":"write","outputName":{"add":".lzma","suffix":"-S"},"when":{"-d":{"outputName":{"strip":[".xz",".txz=.tar",".lzma",".tlz=.tar",".lz"],"suffix":"-S"}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', unxz: '{"operands":"write","outputName":{"strip":[".xz",".txz=.tar",".lzma",".tlz=.tar",".lz"],"suffix":"-S"},"when":{"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', unlzma: '{"operands":"write","outputName":{"strip":[".xz",".txz=.tar",".lzma",".tlz=.tar",".lz"],"suffix":"-S"},"when":{"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', xzcat: '{"operands":"read"}', lzcat: '{"operands":"read"}', pzstd: '{"operands":"read","tree":["-r"],"options":{"-o":"write","--output-dir-mirror":"write-dir","-D":"read","--patch-from":"read","--trace":"write"},"outputName":{"add":".zst","dir":"--output-dir-flat"},"when":{"--rm":{"operands":"write"},"-d":{"outputName":{"strip":[".zst",".tzst=.tar",".gz",".tgz=.tar",".xz",".txz=.tar",".lzma",".tlz=.tar",".lz4",".tlz4=.tar"],"dir":"--output-dir-flat"}},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', unzstd: '{"operands":"read","tree":["-r"],"options":{"-o":"write","--output-dir-mirror":"write-dir","-D":"read","--patch-from":"read","--trace":"write"},"outputName":{"strip":[".zst",".tzst=.tar",".gz",".tgz=.tar",".xz",".txz=.tar",".lzma",".tlz=.tar",".lz4",".tlz4=.tar"],"dir":"--output-dir-flat"},"when":{"--rm":{"operands":"write"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', zstdcat: '{"operands":"read"}', lz4: '{"operands":"read","outputName":{"add":".lz4"},"when":{"--rm":{"operands":"write"},"-d":{"outputName":{"strip":[".lz4",".tlz4=.tar"]}},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null}},"last":"write"}', unlz4: '{"operands":"read","outputName":{"strip":[".lz4",".tlz4=.tar"]},"when":{"--rm":{"operands":"write"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null}},"last":"write"}', lz4cat: '{"operands":"read"}', lzip: '{"operands":"write","options":{"-o":"write"},"outputName":{"add":".lz"},"when":{"-d":{"outputName":{"strip":[".lz",".tlz=.tar"]}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', plzip: '{"operands":"write","options":{"-o":"write"},"outputName":{"add":".lz"},"when":{"-d":{"outputName":{"strip":[".lz",".tlz=.tar"]}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', lunzip: '{"operands":"write","options":{"-o":"write"},"outputName":{"strip":[".lz",".tlz=.tar"]},"when":{"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null}}}', lzop: '{"operands":"read","options":{"-o":"write"},"outputName":{"add":".lzo","suffix":"-S","dir":"-p"},"when":{"-x":{"outputName":{"strip":[".lzo",".tzo=.tar"],"suffix":"-S","storedName":"-x","dir":"-p"}},"-U":{"operands":"write"},"-d":{"outputName":{"strip":[".lzo",".tzo=.tar"],"suffix":"-S","dir":"-p","storedName":"-N"}},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null},"-l":{"operands":"read","outputName":null},"--info":{"operands":"read","outputName":null}}}', brotli: '{"operands":"read","options":{"-o":"write","-D":"read"},"outputName":{"add":".br","suffix":"-S"},"when":{"-j":{"operands":"write"},"-d":{"outputName":{"strip":[".br"],"suffix":"-S"}},"-c":{"operands":"read","outputName":null},"-t":{"operands":"read","outputName":null}}}', snzip: '{"operands":"write","outputName":{"add":".sz"},"when":{"-d":{"outputName":{"strip":[".sz",".snappy"]}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null}}}', compress: '{"operands":"write","tree":["-r"],"outputName":{"add":".Z"},"when":{"-d":{"outputName":{"strip":[".Z"]}},"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null}}}', uncompress: '{"operands":"write","outputName":{"strip":[".Z"]},"when":{"-k":{"operands":"read"},"-c":{"operands":"read","outputName":null}}}', rpm2archive: '{"operands":"read","outputName":{"add":".tgz"}}', ar: '{"operands":"read","first":"write","bundled":true,"when":{"-x":{"first":"read","operands":"none","extract":"--output"},"-p":{"first":"read","operands":"none"},"-t":{"first":"read","operands":"none"},"-d":{"operands":"none"},"-m":{"operands":"none"}}}', "llvm-ar": '{"operands":"read","first":"write","bundled":true,"when":{"-x":{"first":"read","operands":"none","extract":"--output"},"-p":{"first":"read","operands":"none"},"-t":{"first":"read","operands":"none"},"-d":{"operands":"none"},"-m":{"operands":"none"}}}', jar: '{"operands":"read","tree":true,"bundled":true,"options":{"-f":"read","-m":"read","-C":"read-tree"},"when":{"-c":{"options":{"-f":"write"}},"-u":{"options":{"-f":"write"}},"-x":{"operands":"none","extract":"-C"},"-t":{"operands":"none"}}}', dpkg: '{"operands":"read","guess":true,"when":{"-x":{"guess":false,"last":"write-tree"},"-X":{"guess":false,"last":"write-tree"},"-e":{"guess":false,"last":"write-tree","writes":["DEBIAN"]},"-b":{"guess":false,"first":"read-tree","last":"write","outputName":{"add":".deb"}}}}', "dpkg-deb": '{"operands":"read","guess":true,"when":{"-x":{"guess":false,"last":"write-tree"},"-X":{"guess":false,"last":"write-tree"},"-e":{"guess":false,"last":"write-tree","writes":["DEBIAN"]},"-b":{"guess":false,"first":"read-tree","last":"write","outputName":{"add":".deb"}},"-R":{"guess":false,"last":"write-tree"}}}', "unrar x": '{"operands":"none","first":"read","extract":"-op","switches":true}', "unrar e": '{"operands":"none","first":"read","extract":"-op","switches":true}', "rar x": '{"operands":"none","first":"read","extract":"-op","switches":true}', "rar e": '{"operands":"none","first":"read","extract":"-op","switches":true}', "rar a": '{"operands":"read","first":"write","tree":true,"switches":true,"when":{"-df":{"operands":"delete"}}}', "rar u": '{"operands":"read","first":"write","tree":true,"switches":true,"when":{"-df":{"operands":"delete"}}}', "rar f": '{"operands":"read","first":"write","tree":true,"switches":true,"when":{"-df":{"operands":"delete"}}}', "rar m": '{"operands":"delete","first":"write","tree":true,"switches":true}', unar: '{"operands":"read","extract":"-o","when":{"-force-overwrite":{},"-force-rename":{},"-force-skip":{},"-force-directory":{},"-no-directory":{},"-no-recursion":{},"-copy-time":{},"-quiet":{},"-version":{},"-help":{},"-no-quarantine":{}}}', cabextract: '{"operands":"read","extract":"-d","when":{"-l":{"extract":""},"-t":{"extract":""},"-p":{"extract":""}}}', pax: '{"operands":"none","options":{"-f":"read"},"when":{"-r":{"extract":".","last":"write-tree"},"-w":{"operands":"read","tree":true,"options":{"-f":"write"}}}}', uudecode: '{"operands":"read","extract":"-o"}', zipnote: '{"operands":"read","options":{"-b":"write-dir"},"when":{"-w":{"operands":"write"}}}', zipsplit: '{"operands":"read","options":{"-b":"write-dir"}}', xargs: '{"posix":true,"options":{"-a":"read"}}', time: '{"posix":true,"options":{"-o":"write"}}', echo: '{"operands":"none"}', printf: '{"operands":"none"}', true: '{"operands":"none"}', false: '{"operands":"none"}', test: '{"operands":"none"}', "[": '{"operands":"none"}', export: '{"operands":"none"}', set: '{"operands":"none"}', unset: '{"operands":"none"}', local: '{"operands":"none"}', declare: '{"operands":"none"}', read: '{"operands":"none"}', shift: '{"operands":"none"}', exit: '{"operands":"none"}', return: '{"operands":"none"}', sleep: '{"operands":"none"}', date: '{"operands":"none"}', pwd: '{"operands":"none"}', whoami: '{"operands":"none"}', id: '{"operands":"none"}', uname: '{"operands":"none"}', which: '{"operands":"none"}', type: '{"operands":"none"}', seq: '{"operands":"none"}', kill: '{"operands":"none"}', ps: '{"operands":"none"}', wait: '{"operands":"none"}', printenv: '{"operands":"none"}', cd: '{"operands":"none"}', pushd: '{"operands":"none"}', popd: '{"operands":"none"}', source: '{"operands":"none"}', ".": '{"operands":"none"}', eval: '{"operands":"none"}', node: '{"operands":"read","guess":true,"first":"read","options":{"-r":"read","--require":"read","--import":"read","--env-file":"read","--env-file-if-exists":"read","--loader":"read","--experimental-loader":"read","--redirect-warnings":"write","--test-reporter-destination":"write","--diagnostic-dir":"write-dir","--cpu-prof-dir":"write-dir","--heap-prof-dir":"write-dir","--report-directory":"write-dir","--snapshot-blob":"write"},"when":{"-e":{"first":"none"},"-p":{"first":"none"},"--eval":{"first":"none"},"--print":{"first":"none"}}}', osascript: '{"operands":"read","guess":true,"first":"read","when":{"-e":{"first":null}}}', automator: '{"operands":"read","guess":true,"first":"read"}', python: '{"operands":"read","guess":true,"first":"read","when":{"-c":{"first":"none"},"-m":{"first":null}}}', python3: '{"operands":"read","guess":true,"first":"read","when":{"-c":{"first":"none"},"-m":{"first":null}}}', ruby: '{"operands":"read","guess":true,"first":"read","when":{"-e":{"first":"none"}}}', perl: '{"operands":"read","guess":true,"first":"read","when":{"-e":{"first":"none"},"-E":{"first":"none"}}}', php: '{"operands":"read","guess":true,"first":"read","options":{"-c":"read","-f":"read"},"when":{"-S":{"first":null,"serves":"-t"},"-r":{"first":"none"}}}', deno: '{"operands":"read","guess":true,"operandsAfter":{"run":{"op":"url-or-read","first":true},"install":{"op":"url-or-read","first":true},"cache":{"op":"url-or-read"},"compile":{"op":"url-or-read","first":true},"test":{"op":"url-or-read"},"bundle":{"op":"url-or-read","first":true},"add":{"op":"package","writes":["deno.json"]}}}', bun: '{"operands":"read","guess":true,"operandsAfter":{"add":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"bun","reads":["bunfig.toml",".npmrc"]},"install":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"bun","reads":["bunfig.toml",".npmrc"]},"i":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"bun","reads":["bunfig.toml",".npmrc"]},"update":{"op":"package","registry":"bun","reads":["bunfig.toml",".npmrc"]},"x":{"op":"package","first":true,"registry":"bun","registryMay":true,"reads":["bunfig.toml",".npmrc"]},"create":{"op":"package","first":true,"registry":"bun","reads":["bunfig.toml",".npmrc"]}},"options":{"--registry":"url","--package":"package"}}', tsx: '{"operands":"read","guess":true,"first":"read"}', bunx: '{"operands":"none","first":"package","options":{"--registry":"url","-p":"package","--package":"package"},"registry":"bun","registryMay":true,"reads":["bunfig.toml",".npmrc"]}', pnpx: '{"operands":"none","first":"package","options":{"--registry":"url"},"registry":"pnpm","reads":[".npmrc"]}', uvx: '{"operands":"read","guess":true,"options":{"--index-url":"url","-i":"url","--extra-index-url":"url","--index":"url","--default-index":"url","--from":"package","--with":"package"},"registry":"uv","reads":["uv.toml"]}', pipx: '{"operands":"read","guess":true,"options":{"--index-url":"url","-i":"url"},"operandsAfter":{"install":{"op":"none","registry":"pipx"},"run":{"op":"none","registry":"pipx"},"inject":{"op":"none","registry":"pipx"},"upgrade":{"op":"none","registry":"pipx"},"reinstall":{"op":"none","registry":"pipx"},"upgrade-all":{"op":"none","registry":"pipx"},"reinstall-all":{"op":"none","registry":"pipx"}}}', poetry: '{"operands":"read","guess":true,"operandsAfter":{"add":{"op":"none","registry":"poetry","reads":["poetry.toml","pyproject.toml"]},"install":{"op":"none","registry":"poetry","reads":["poetry.toml","pyproject.toml"]},"lock":{"op":"none","registry":"poetry","reads":["poetry.toml","pyproject.toml"]},"update":{"op":"none","registry":"poetry","reads":["poetry.toml","pyproject.toml"]},"sync":{"op":"none","registry":"poetry","reads":["poetry.toml","pyproject.toml"]}}}', pdm: '{"operands":"read","guess":true,"operandsAfter":{"add":{"op":"none","registry":"pdm","reads":["pdm.toml","pyproject.toml"]},"install":{"op":"none","registry":"pdm","reads":["pdm.toml","pyproject.toml"]},"lock":{"op":"none","registry":"pdm","reads":["pdm.toml","pyproject.toml"]},"update":{"op":"none","registry":"pdm","reads":["pdm.toml","pyproject.toml"]},"sync":{"op":"none","registry":"pdm","reads":["pdm.toml","pyproject.toml"]}}}', pipenv: '{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","registry":"pipenv","reads":["Pipfile"]},"lock":{"op":"none","registry":"pipenv","reads":["Pipfile"]},"sync":{"op":"none","registry":"pipenv","reads":["Pipfile"]},"update":{"op":"none","registry":"pipenv","reads":["Pipfile"]},"upgrade":{"op":"none","registry":"pipenv","reads":["Pipfile"]}}}', conda: '{"operands":"read","guess":true,"options":{"-c":"package","--channel":"package"},"operandsAfter":{"install":{"op":"none","registry":"conda"},"create":{"op":"none","registry":"conda"},"update":{"op":"none","registry":"conda"},"upgrade":{"op":"none","registry":"conda"},"search":{"op":"none","registry":"conda"},"env create":{"op":"none","registry":"conda"},"env update":{"op":"none","registry":"conda"}}}', mamba: '{"operands":"read","guess":true,"options":{"-c":"package","--channel":"package"},"operandsAfter":{"install":{"op":"none","registry":"conda"},"create":{"op":"none","registry":"conda"},"update":{"op":"none","registry":"conda"},"upgrade":{"op":"none","registry":"conda"},"search":{"op":"none","registry":"conda"},"env create":{"op":"none","registry":"conda"},"env update":{"op":"none","registry":"conda"}}}', micromamba: '{"operands":"read","guess":true,"options":{"-c":"package","--channel":"package"},"operandsAfter":{"install":{"op":"none","registry":"conda"},"create":{"op":"none","registry":"conda"},"update":{"op":"none","registry":"conda"},"upgrade":{"op":"none","registry":"conda"},"search":{"op":"none","registry":"conda"},"env create":{"op":"none","registry":"conda"},"env update":{"op":"none","registry":"conda"}}}', bundle: '{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]},"update":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]},"add":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]},"lock":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]},"outdated":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]},"(no operand)":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]}}}', bundler: '{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]},"update":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]},"add":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]},"lock":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]},"outdated":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]},"(no operand)":{"op":"none","registry":"bundler","reads":["Gemfile",".bundle/config"]}}}', composer: '{"operands":"read","guess":true,"operandsAfter":{"require":{"op":"none","registry":"composer","reads":["composer.json","auth.json"]},"install":{"op":"none","registry":"composer","reads":["composer.json","auth.json"]},"update":{"op":"none","registry":"composer","reads":["composer.json","auth.json"]},"create-project":{"op":"none","registry":"composer","reads":["composer.json","auth.json"]},"upgrade":{"op":"none","registry":"composer","reads":["composer.json","auth.json"]},"u":{"op":"none","registry":"composer","reads":["composer.json","auth.json"]},"i":{"op":"none","registry":"composer","reads":["composer.json","auth.json"]},"req":{"op":"none","registry":"composer","reads":["composer.json","auth.json"]}}}', dotnet: '{"operands":"read","guess":true,"operandsAfter":{"add package":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]},"restore":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]},"tool install":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]},"tool update":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]},"tool restore":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]},"new install":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]},"workload install":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]},"workload update":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]},"workload restore":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]},"build":{"op":"code-or-read","first":true},"run":{"op":"code-or-read","first":true},"test":{"op":"code-or-read","first":true},"publish":{"op":"code-or-read","first":true},"pack":{"op":"code-or-read","first":true}},"options":{"--project":"read"}}', nuget: '{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]},"restore":{"op":"none","registry":"nuget","reads":["nuget.config","NuGet.Config"]}}}', mix: '{"operands":"read","guess":true,"operandsAfter":{"deps.get":{"op":"none","registry":"hex"},"deps.update":{"op":"none","registry":"hex"},"local.hex":{"op":"none","registry":"hex"},"local.rebar":{"op":"none","registry":"hex"},"hex.info":{"op":"none","registry":"hex"},"hex.outdated":{"op":"none","registry":"hex"},"hex.search":{"op":"none","registry":"hex"},"archive.install":{"op":"url-or-read","registry":"hex"},"escript.install":{"op":"url-or-read","registry":"hex"}}}', dart: '{"operands":"read","guess":true,"operandsAfter":{"pub get":{"op":"none","registry":"pub"},"pub upgrade":{"op":"none","registry":"pub"},"pub add":{"op":"none","registry":"pub"},"pub downgrade":{"op":"none","registry":"pub"},"pub outdated":{"op":"none","registry":"pub"},"pub global activate":{"op":"none","registry":"pub"},"pub cache add":{"op":"none","registry":"pub"}}}', flutter: `{"operands":"read","guess":true,"operandsAfter":{"pub get":{"op":"none","registry":"pub"},"pub upgrade":{"op":"none","registry":"pub"},"pub add":{"op":"none","registry":"pub"},"pub downgrade":{"op":"none","registry":"pub"},"pub outdated":{"op":"none","registry":"pub"},"upgrade":{"op":"none","contacts":"(github.com and storage.googleapis.com: the Flutter SDK and its artifacts)"},"precache":{"op":"none","contacts":"(storage.googleapis.com: the Flutter SDK's artifacts)"},"create":{"op":"none","contacts":"(pub.dev: the new project's packages)"}}}`, swift: '{"operands":"read","guess":true,"operandsAfter":{"package resolve":{"op":"none","contacts":"(the hosts of the dependencies Package.swift names)"},"package update":{"op":"none","contacts":"(the hosts of the dependencies Package.swift names)"}},"options":{"--package-path":"read","--scratch-path":"write-dir"}}', pod: `{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","contacts":"(cdn.cocoapods.org and the hosts of the pods' sources)"},"update":{"op":"none","contacts":"(cdn.cocoapods.org and the hosts of the pods' sources)"},"outdated":{"op":"none","contacts":"(cdn.cocoapods.org)"},"repo":{"op":"none","contacts":"(the spec repositories' hosts)"},"search":{"op":"none","contacts":"(cdn.cocoapods.org)"}}}`, carthage: `{"operands":"read","guess":true,"operandsAfter":{"update":{"op":"none","contacts":"(the hosts of the repositories the Cartfile names)"},"bootstrap":{"op":"none","contacts":"(the hosts of the repositories the Cartfile names)"},"checkout":{"op":"none","contacts":"(the hosts of the repositories the Cartfile names)"},"fetch":{"op":"none","contacts":"(the repository's host)"}}}`, cabal: '{"operands":"read","guess":true,"operandsAfter":{"update":{"op":"none","registry":"hackage"},"v2-update":{"op":"none","registry":"hackage"},"install":{"op":"none","registry":"hackage"},"v2-install":{"op":"none","registry":"hackage"},"get":{"op":"none","registry":"hackage"},"fetch":{"op":"none","registry":"hackage"},"list":{"op":"none","registry":"hackage"}}}', stack: `{"operands":"read","guess":true,"operandsAfter":{"setup":{"op":"none","contacts":"(downloads.haskell.org and www.stackage.org: the compiler and snapshots)"},"update":{"op":"none","registry":"hackage"},"install":{"op":"none","registry":"hackage"},"upgrade":{"op":"none","contacts":"(github.com: stack's releases)"},"new":{"op":"none","contacts":"(the template's host: github.com by default)"}}}`, opam: `{"operands":"read","guess":true,"operandsAfter":{"init":{"op":"none","contacts":"(opam.ocaml.org, or the repository given)"},"update":{"op":"none","contacts":"(the configured repositories' hosts)"},"install":{"op":"none","contacts":"(opam.ocaml.org and the packages' source hosts)"},"upgrade":{"op":"none","contacts":"(opam.ocaml.org and the packages' source hosts)"},"reinstall":{"op":"none","contacts":"(the packages' source hosts)"},"pin":{"op":"none","contacts":"(the pinned package's source host)"},"source":{"op":"none","contacts":"(the package's source host)"}}}`, nimble: `{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","contacts":"(github.com: the package list, and the packages' source hosts)"},"refresh":{"op":"none","contacts":"(github.com and nim-lang.org: the package list)"},"develop":{"op":"none","contacts":"(the package's source host)"},"search":{"op":"none","contacts":"(the package list's host)"}}}`, luarocks: '{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","registry":"luarocks"},"download":{"op":"none","registry":"luarocks"},"search":{"op":"none","registry":"luarocks"},"build":{"op":"none","contacts":"(the source URL the rockspec names)"},"make":{"op":"none","contacts":"(the source URL the rockspec names)"}}}', cpanm: '{"operands":"url-or-read","guess":true,"registry":"cpan","options":{"--mirror":"url","--from":"url","-M":"url","-L":"write-dir","-l":"write-dir","--local-lib":"write-dir","--local-lib-contained":"write-dir"}}', cpan: '{"operands":"read","guess":true,"registry":"cpan"}', vcpkg: `{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","contacts":"(github.com and the ports' source hosts)"},"update":{"op":"none","contacts":"(github.com)"},"upgrade":{"op":"none","contacts":"(the ports' source hosts)"},"x-update-baseline":{"op":"none","contacts":"(github.com)"}}}`, conan: '{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","registry":"conan"},"create":{"op":"none","registry":"conan"},"download":{"op":"none","registry":"conan"},"search":{"op":"none","registry":"conan"},"upload":{"op":"none","contacts":"(the Conan remote given or configured)"}}}', zig: '{"operands":"read","guess":true,"operandsAfter":{"fetch":{"op":"url-or-read"}}}', gcc: '{"operands":"read","guess":true,"options":{"-o":"write","-include":"read","-imacros":"read","-MF":"write","-T":"read"}}', "g++": '{"operands":"read","guess":true,"options":{"-o":"write","-include":"read","-imacros":"read","-MF":"write","-T":"read"}}', cc: '{"operands":"read","guess":true,"options":{"-o":"write","-include":"read","-imacros":"read","-MF":"write","-T":"read"}}', "c++": '{"operands":"read","guess":true,"options":{"-o":"write","-include":"read","-imacros":"read","-MF":"write","-T":"read"}}', clang: '{"operands":"read","guess":true,"options":{"-o":"write","-include":"read","-imacros":"read","-MF":"write","-T":"read"}}', "clang++": '{"operands":"read","guess":true,"options":{"-o":"write","-include":"read","-imacros":"read","-MF":"write","-T":"read"}}', tcc: '{"operands":"read","guess":true,"options":{"-o":"write"},"when":{"-run":{"first":"read"}}}', raco: '{"operands":"read","guess":true,"operandsAfter":{"pkg install":{"op":"none","registry":"racket"},"pkg update":{"op":"none","registry":"racket"},"pkg migrate":{"op":"none","registry":"racket"}}}', sdk: '{"operands":"none","operandsAfter":{"install":{"op":"none","registry":"sdkman"},"i":{"op":"none","registry":"sdkman"},"upgrade":{"op":"none","registry":"sdkman"},"ug":{"op":"none","registry":"sdkman"},"selfupdate":{"op":"none","registry":"sdkman"},"update":{"op":"none","registry":"sdkman"},"list":{"op":"none","registry":"sdkman"},"ls":{"op":"none","registry":"sdkman"}}}', rustup: '{"operands":"none","operandsAfter":{"update":{"op":"none","registry":"rustup"},"install":{"op":"none","registry":"rustup"},"toolchain install":{"op":"none","registry":"rustup"},"component add":{"op":"none","registry":"rustup"},"target add":{"op":"none","registry":"rustup"},"self update":{"op":"none","registry":"rustup"}}}', elan: `{"operands":"none","operandsAfter":{"update":{"op":"none","contacts":"(github.com and release.lean-lang.org: Lean's releases)"},"toolchain install":{"op":"none","contacts":"(github.com and release.lean-lang.org: Lean's releases)"},"self update":{"op":"none","contacts":"(github.com: elan's releases)"}}}`, ghcup: `{"operands":"none","operandsAfter":{"install":{"op":"none","contacts":"(downloads.haskell.org and the hosts of ghcup's metadata)"},"upgrade":{"op":"none","contacts":"(downloads.haskell.org and github.com)"},"compile":{"op":"none","contacts":"(downloads.haskell.org: the sources)"}}}`, nix: '{"operands":"read","guess":true,"operandsAfter":{"build":{"op":"none","registry":"nix","registryMay":true},"develop":{"op":"none","registry":"nix","registryMay":true},"shell":{"op":"none","registry":"nix","registryMay":true},"run":{"op":"none","registry":"nix","registryMay":true},"copy":{"op":"none","contacts":"(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)"},"profile install":{"op":"none","registry":"nix","registryMay":true},"profile upgrade":{"op":"none","contacts":"(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)"},"flake update":{"op":"none","contacts":"(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)"},"flake lock":{"op":"none","contacts":"(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)"},"flake init":{"op":"none","contacts":"(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)"},"flake new":{"op":"none","contacts":"(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)"},"flake prefetch":{"op":"none","contacts":"(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)"},"store prefetch-file":{"op":"none","contacts":"(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)"},"upgrade-nix":{"op":"none","contacts":"(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)"}}}', "nix-env": '{"operands":"none","registry":"nix","registryMay":true}', "nix-build": '{"operands":"read","guess":true,"registry":"nix","registryMay":true}', "nix-shell": '{"operands":"read","guess":true,"registry":"nix","registryMay":true}', "nix-channel": '{"operands":"none","contacts":"(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)","contactsUnless":["--list","--remove","--version","--help"]}', guix: `{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","contacts":"(ci.guix.gnu.org and bordeaux.guix.gnu.org: substitutes, and the sources' hosts)"},"pull":{"op":"none","contacts":"(git.savannah.gnu.org and the channels' hosts)"},"package":{"op":"none","contacts":"(ci.guix.gnu.org and the sources' hosts)"},"shell":{"op":"none","contacts":"(ci.guix.gnu.org and the sources' hosts)"},"build":{"op":"none","contacts":"(ci.guix.gnu.org and the sources' hosts)"},"upgrade":{"op":"none","contacts":"(ci.guix.gnu.org and the sources' hosts)"},"time-machine":{"op":"none","contacts":"(the channels' hosts)"}}}`, spack: `{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","contacts":"(the packages' source hosts and the build caches)"},"fetch":{"op":"none","contacts":"(the packages' source hosts)"},"mirror":{"op":"none","contacts":"(the packages' source hosts)"},"buildcache":{"op":"none","contacts":"(the build caches' hosts)"}}}`, jest: '{"operands":"read","guess":true,"options":{"-c":"read","--config":"read","--rootDir":"read","--roots":"read","--setupFiles":"code-or-read","--setupFilesAfterEnv":"code-or-read","--globalSetup":"code-or-read","--globalTeardown":"code-or-read","--testEnvironment":"code-or-read","--reporters":"code-or-read","--transform":"code-or-read","--outputFile":"write","--coverageDirectory":"write-dir"}}', vitest: '{"operands":"read","guess":true,"options":{"-c":"read","--config":"read","-r":"read","--root":"read","--dir":"read","--workspace":"read","--project":"none","--globalSetup":"code-or-read","--setupFiles":"code-or-read","--environment":"code-or-read","--reporter":"code-or-read","--outputFile":"write"}}', webpack: '{"operands":"read","guess":true,"options":{"-c":"read","--config":"read","-o":"write-dir","--output-path":"write-dir","--entry":"read"}}', vite: '{"operands":"read","guess":true,"options":{"-c":"read","--config":"read","--outDir":"write-dir"}}', babel: '{"operands":"read","guess":true,"options":{"--config-file":"read","-o":"write","--out-file":"write","-d":"write-dir","--out-dir":"write-dir","--plugins":"code-or-read","--presets":"code-or-read"}}', "playwright test": '{"operands":"read","guess":true,"options":{"-c":"read","--config":"read","--output":"write-dir"}}', mocha: '{"operands":"read","guess":true,"options":{"--config":"read","-r":"code-or-read","--require":"code-or-read","--file":"read","--reporter":"code-or-read","-R":"code-or-read","--ui":"code-or-read","-u":"code-or-read"}}', tsc: '{"operands":"read","guess":true,"options":{"-p":"read","--project":"read","--outDir":"write-dir","--outFile":"write","--declarationDir":"write-dir","--tsBuildInfoFile":"write"}}', tox: '{"operands":"none","options":{"-c":"read","--conf":"read","--workdir":"write-dir","--root":"read"}}', nox: '{"operands":"none","options":{"-f":"read","--noxfile":"read","--envdir":"write-dir"}}', "pre-commit": '{"operands":"read","guess":true,"options":{"-c":"read","--config":"read"}}', mypy: '{"operands":"read","guess":true,"options":{"--config-file":"read","--cache-dir":"write-dir","--junit-xml":"write"}}', pytest: '{"operands":"read","guess":true,"options":{"-c":"read","--config-file":"read","--rootdir":"read","--confcutdir":"read","--basetemp":"write-dir","--junitxml":"write","--junit-xml":"write","--resultlog":"write"}}', invoke: '{"operands":"none","options":{"-c":"code-or-read","--collection":"code-or-read","-r":"read","--search-root":"read","-f":"read","--config":"read"}}', brew: '{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","registry":"brew"},"upgrade":{"op":"none","registry":"brew"},"reinstall":{"op":"none","registry":"brew"},"fetch":{"op":"none","registry":"brew"},"tap":{"op":"none","ops":["none","url-or-read"],"registry":"brew-tap","registryWithOperands":true}}}', apt: `{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"update":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"upgrade":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"dist-upgrade":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"full-upgrade":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"download":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"source":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"build-dep":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"}}}`, "apt-get": `{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"update":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"upgrade":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"dist-upgrade":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"full-upgrade":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"download":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"source":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"},"build-dep":{"op":"none","contacts":"(the package mirrors of the machine's APT sources)"}}}`, dnf: `{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"update":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"upgrade":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"download":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"makecache":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"reinstall":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"distro-sync":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"}}}`, yum: `{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"update":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"upgrade":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"download":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"makecache":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"reinstall":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"distro-sync":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"}}}`, microdnf: `{"operands":"read","guess":true,"operandsAfter":{"install":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"update":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"upgrade":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"download":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"makecache":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"reinstall":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"},"distro-sync":{"op":"none","contacts":"(the repositories of the machine's dnf or yum configuration)"}}}`, apk: '{"operands":"read","guess":true,"options":{"-X":"url","--repository":"url"},"operandsAfter":{"add":{"op":"none","contacts":"(the repositories of /etc/apk/repositories)"},"update":{"op":"none","contacts":"(the repositories of /etc/apk/repositories)"},"upgrade":{"op":"none","contacts":"(the repositories of /etc/apk/repositories)"},"fetch":{"op":"none","contacts":"(the repositories of /etc/apk/repositories)"}}}', npm: '{"operands":"none","operandsAfter":{"install":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"i":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"in":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"ins":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"inst":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"insta":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"instal":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"isnt":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"isnta":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"isntal":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"isntall":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"add":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"update":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"up":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"upgrade":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"ci":{"op":"package","registry":"npm","reads":[".npmrc"]},"exec":{"op":"package","first":true,"registry":"npm","registryMay":true,"reads":[".npmrc"]},"x":{"op":"package","first":true,"registry":"npm","registryMay":true,"reads":[".npmrc"]},"create":{"op":"package","first":true,"registry":"npm","reads":[".npmrc"]},"init":{"op":"package","first":true,"writes":["package.json"],"registry":"npm","registryWithOperands":true,"reads":[".npmrc"]},"run":{"op":"none","reads":["package.json"]},"run-script":{"op":"none","reads":["package.json"]},"rum":{"op":"none","reads":["package.json"]},"urn":{"op":"none","reads":["package.json"]},"test":{"op":"none","reads":["package.json"]},"t":{"op":"none","reads":["package.json"]},"tst":{"op":"none","reads":["package.json"]},"start":{"op":"none","reads":["package.json"]},"stop":{"op":"none","reads":["package.json"]},"restart":{"op":"none","reads":["package.json"]},"pkg":{"op":"none","writes":["package.json"]},"audit":{"op":"none","writes":["package.json"],"writesWithOperands":true,"registry":"npm","reads":[".npmrc"]},"set-script":{"op":"none","writes":["package.json"]},"version":{"op":"none","writes":["package.json"]},"uninstall":{"op":"none","writes":["package.json"]},"remove":{"op":"none","writes":["package.json"]},"rm":{"op":"none","writes":["package.json"]},"r":{"op":"none","writes":["package.json"]},"un":{"op":"none","writes":["package.json"]},"unlink":{"op":"none","writes":["package.json"]},"view":{"op":"none","registry":"npm","reads":[".npmrc"]},"info":{"op":"none","registry":"npm","reads":[".npmrc"]},"show":{"op":"none","registry":"npm","reads":[".npmrc"]},"v":{"op":"none","registry":"npm","reads":[".npmrc"]},"outdated":{"op":"none","registry":"npm","reads":[".npmrc"]},"install-test":{"op":"none","registry":"npm","reads":[".npmrc"]},"it":{"op":"none","registry":"npm","reads":[".npmrc"]},"install-ci-test":{"op":"none","registry":"npm","reads":[".npmrc"]},"cit":{"op":"none","registry":"npm","reads":[".npmrc"]},"clean-install":{"op":"package","registry":"npm","reads":[".npmrc"]},"ic":{"op":"package","registry":"npm","reads":[".npmrc"]},"install-clean":{"op":"package","registry":"npm","reads":[".npmrc"]},"isntall-clean":{"op":"package","registry":"npm","reads":[".npmrc"]}},"options":{"--registry":"url","--package":"package","--logs-dir":"write-dir","--cache":"write-dir","--pack-destination":"write-dir"}}', pnpm: '{"operands":"none","operandsAfter":{"run":{"op":"none","reads":["package.json"]},"test":{"op":"none","reads":["package.json"]},"start":{"op":"none","reads":["package.json"]},"add":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"pnpm","reads":[".npmrc"]},"install":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"pnpm","reads":[".npmrc"]},"i":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"pnpm","reads":[".npmrc"]},"update":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"pnpm","reads":[".npmrc"]},"up":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"pnpm","reads":[".npmrc"]},"remove":{"op":"none","writes":["package.json"]},"rm":{"op":"none","writes":["package.json"]},"uninstall":{"op":"none","writes":["package.json"]},"un":{"op":"none","writes":["package.json"]},"pkg":{"op":"none","writes":["package.json"]},"init":{"op":"none","writes":["package.json"]},"dlx":{"op":"package","first":true,"registry":"pnpm","reads":[".npmrc"]},"create":{"op":"package","first":true,"registry":"pnpm","reads":[".npmrc"]},"fetch":{"op":"none","registry":"pnpm","reads":[".npmrc"]},"outdated":{"op":"none","registry":"pnpm","reads":[".npmrc"]}},"options":{"--registry":"url","--package":"package"}}', yarn: '{"operands":"none","operandsAfter":{"run":{"op":"none","reads":["package.json"]},"test":{"op":"none","reads":["package.json"]},"start":{"op":"none","reads":["package.json"]},"add":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"yarn","reads":[".yarnrc.yml",".yarnrc",".npmrc"]},"install":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"yarn","reads":[".yarnrc.yml",".yarnrc",".npmrc"]},"upgrade":{"op":"package","writes":["package.json"],"writesWithOperands":true,"registry":"yarn","reads":[".yarnrc.yml",".yarnrc",".npmrc"]},"remove":{"op":"none","writes":["package.json"]},"init":{"op":"none","writes":["package.json"]},"version":{"op":"none","writes":["package.json"]},"dlx":{"op":"package","first":true,"registry":"yarn","reads":[".yarnrc.yml",".yarnrc",".npmrc"]},"create":{"op":"package","first":true,"registry":"yarn","reads":[".yarnrc.yml",".yarnrc",".npmrc"]},"up":{"op":"none","registry":"yarn","reads":[".yarnrc.yml",".yarnrc",".npmrc"]},"outdated":{"op":"none","registry":"yarn","reads":[".yarnrc.yml",".yarnrc",".npmrc"]},"(no operand)":{"op":"none","registry":"yarn","reads":[".yarnrc.yml",".yarnrc",".npmrc"]}},"options":{"--modules-folder":"write-dir","--cache-folder":"write-dir","--registry":"url","--package":"package"}}', npx: '{"operands":"none","first":"package","options":{"--registry":"url","-p":"package","--package":"package"},"registry":"npm","registryMay":true,"reads":[".npmrc"]}', pip: '{"operands":"none","operandsAfter":{"install":{"op":"package","registry":"pip"},"download":{"op":"package","registry":"pip"},"wheel":{"op":"package","registry":"pip"},"index":{"op":"none","registry":"pip"}},"options":{"-e":"editable","--editable":"editable","-r":"read","-c":"read","-i":"url","--extra-index-url":"url","-f":"url-or-read","-t":"write-dir","--prefix":"write-dir","--root":"write-dir","-d":"write-dir","-w":"write-dir","--src":"write-dir","--cache-dir":"write-dir","--log":"write","--log-file":"write","--report":"write","--cert":"read","--client-cert":"read","--proxy":"url"}}', pip3: '{"operands":"none","operandsAfter":{"install":{"op":"package","registry":"pip"},"download":{"op":"package","registry":"pip"},"wheel":{"op":"package","registry":"pip"},"index":{"op":"none","registry":"pip"}},"options":{"-e":"editable","--editable":"editable","-r":"read","-c":"read","-i":"url","--extra-index-url":"url","-f":"url-or-read","-t":"write-dir","--prefix":"write-dir","--root":"write-dir","-d":"write-dir","-w":"write-dir","--src":"write-dir","--cache-dir":"write-dir","--log":"write","--log-file":"write","--report":"write","--cert":"read","--client-cert":"read","--proxy":"url"}}', uv: '{"operands":"none","operandsAfter":{"pip":{"op":"package"},"add":{"op":"package","registry":"uv","reads":["uv.toml","pyproject.toml"]},"pip install":{"op":"package","registry":"uv","reads":["uv.toml","pyproject.toml"]},"pip sync":{"op":"package","registry":"uv","reads":["uv.toml","pyproject.toml"]},"pip compile":{"op":"package","registry":"uv","reads":["uv.toml","pyproject.toml"]},"pip download":{"op":"package","registry":"uv","reads":["uv.toml","pyproject.toml"]},"sync":{"op":"none","registry":"uv","reads":["uv.toml","pyproject.toml"]},"lock":{"op":"none","registry":"uv","reads":["uv.toml","pyproject.toml"]},"tool install":{"op":"none","registry":"uv","reads":["uv.toml","pyproject.toml"]},"tool upgrade":{"op":"none","registry":"uv","reads":["uv.toml","pyproject.toml"]},"tool run":{"op":"none","registry":"uv","reads":["uv.toml","pyproject.toml"]},"run":{"op":"none","registry":"uv","registryMay":true,"reads":["uv.toml","pyproject.toml"]}},"options":{"-e":"editable","--editable":"editable","-r":"read","--requirement":"read","-c":"read","--constraint":"read","--index-url":"url","-i":"url","--extra-index-url":"url","--index":"url","--default-index":"url","--find-links":"url-or-read","-f":"url-or-read"}}', go: '{"operands":"read","guess":true,"options":{"-o":"write","-modfile":"read","-overlay":"read","-pkgdir":"write-dir","-replace":"go-replace"},"operandsAfter":{"get":{"op":"module","registry":"go"},"install":{"op":"module","registry":"go","registryVersioned":true},"run":{"op":"module","first":true,"registry":"go","registryVersioned":true},"mod":{"op":"none"},"mod download":{"op":"none","registry":"go"},"mod tidy":{"op":"none","registry":"go","registryMay":true},"work use":{"op":"path-list"},"work init":{"op":"path-list"}}}', cargo: '{"operands":"read","guess":true,"options":{"--manifest-path":"read","--path":"read","--index":"url","--git":"url","--root":"write-dir","--target-dir":"write-dir","--artifact-dir":"write-dir","--out-dir":"write-dir"},"operandsAfter":{"add":{"op":"none","registry":"cargo","reads":[".cargo/config.toml",".cargo/config"]},"install":{"op":"none","registry":"cargo","reads":[".cargo/config.toml",".cargo/config"]},"fetch":{"op":"none","registry":"cargo","reads":[".cargo/config.toml",".cargo/config"]},"update":{"op":"none","registry":"cargo","reads":[".cargo/config.toml",".cargo/config"]},"generate-lockfile":{"op":"none","registry":"cargo","reads":[".cargo/config.toml",".cargo/config"]},"vendor":{"op":"none","registry":"cargo","reads":[".cargo/config.toml",".cargo/config"]}}}', make: '{"operands":"none","reads":["Makefile"],"options":{"-f":"read","-C":"read","-I":"read"},"when":{"-f":{"reads":[]}}}', gradle: '{"operands":"read","guess":true,"options":{"--project-cache-dir":"write-dir","-I":"read","--init-script":"read","-b":"read","--build-file":"read","-c":"read","--settings-file":"read","-p":"read","--project-dir":"read","--include-build":"read","-g":"read","--gradle-user-home":"read"},"reads":["build.gradle","build.gradle.kts","settings.gradle","settings.gradle.kts"],"when":{"-p":{"reads":[]},"--project-dir":{"reads":[]}}}', mvn: '{"operands":"read","guess":true,"options":{"-f":"read","--file":"read","-s":"read","--settings":"read","-gs":"read","--global-settings":"read","-t":"read","--toolchains":"read","-gt":"read","--global-toolchains":"read"},"reads":["pom.xml"],"when":{"-f":{"reads":[]},"--file":{"reads":[]}}}', cmake: '{"operands":"read","guess":true,"options":{"-P":"read","-C":"read","--toolchain":"read","-S":"read"},"reads":["CMakeLists.txt"],"when":{"-S":{"reads":[]},"-P":{"reads":[]},"-E":{"reads":[]},"--build":{"reads":[]},"--install":{"reads":[]}}}', ant: '{"operands":"read","guess":true,"options":{"-f":"read","-file":"read","-buildfile":"read","-lib":"read","-propertyfile":"read"},"reads":["build.xml"],"when":{"-f":{"reads":[]},"-file":{"reads":[]},"-buildfile":{"reads":[]}}}', rake: '{"operands":"read","guess":true,"options":{"-f":"read","--rakefile":"read","-r":"code-or-read","--require":"code-or-read","-R":"read","--rakelibdir":"read","--rakelib":"read","-C":"read","--directory":"read","-I":"read","--libdir":"read"},"reads":["Rakefile"],"when":{"-f":{"reads":[]},"--rakefile":{"reads":[]}}}', just: '{"operands":"read","guess":true,"options":{"-f":"read","--justfile":"read","-d":"read","--working-directory":"read","-E":"read","--dotenv-path":"read"},"reads":["justfile"],"when":{"-f":{"reads":[]},"--justfile":{"reads":[]}}}', task: '{"operands":"read","guess":true,"options":{"-t":"read","--taskfile":"read","-d":"read","--dir":"read"},"reads":["Taskfile.yml"],"when":{"-t":{"reads":[]},"--taskfile":{"reads":[]},"-d":{"reads":[]},"--dir":{"reads":[]}}}', ninja: '{"operands":"read","guess":true,"options":{"-f":"read","-C":"read"},"reads":["build.ninja"],"when":{"-f":{"reads":[]}}}', scons: '{"operands":"read","guess":true,"options":{"-f":"read","--file":"read","--makefile":"read","--sconstruct":"read","--site-dir":"read"},"reads":["SConstruct"],"when":{"-f":{"reads":[]},"--file":{"reads":[]},"--makefile":{"reads":[]},"--sconstruct":{"reads":[]}}}', sbt: '{"operands":"read","guess":true,"reads":["build.sbt"]}', multipass: '{"operands":"read","guess":true,"options":{"--mount":"mount-source"},"operandsAfter":{"mount":{"op":"write-tree","first":true}}}', minikube: '{"operands":"read","guess":true,"options":{"--mount-string":"mount-source"},"operandsAfter":{"mount":{"op":"mount-source","first":true}}}', javac: '{"operands":"read","options":{"-cp":"path-list","-classpath":"path-list","--class-path":"path-list","-processorpath":"path-list","--processor-path":"path-list","-p":"path-list","--module-path":"path-list","--processor-module-path":"path-list","--upgrade-module-path":"path-list","-sourcepath":"path-list","--source-path":"path-list","-d":"write-dir","-s":"write-dir","-h":"write-dir"}}', kotlinc: '{"operands":"read","guess":true,"options":{"-cp":"path-list","-classpath":"path-list","-d":"write-dir"}}', kotlin: '{"operands":"read","guess":true,"options":{"-cp":"path-list","-classpath":"path-list"}}', scala: '{"operands":"read","guess":true,"options":{"-cp":"path-list","-classpath":"path-list","--classpath":"path-list","--class-path":"path-list"}}', groovy: '{"operands":"read","guess":true,"first":"read","options":{"-cp":"path-list","-classpath":"path-list","--classpath":"path-list"}}', java: '{"operands":"read","guess":true,"first":"read","options":{"-jar":"read","-cp":"path-list","-classpath":"path-list","--class-path":"path-list","-p":"path-list","--module-path":"path-list","--upgrade-module-path":"path-list"},"when":{"-jar":{"first":null}}}', meson: '{"operands":"read","guess":true,"options":{"--native-file":"read","--cross-file":"read","-C":"read"}}', docker: '{"operands":"none","operandsAfter":{"import":{"op":"read"},"load":{"op":"read"}},"options":{"-f":"read","--file":"read","--env-file":"read","--cidfile":"write","--label-file":"read","-o":"build-output","--output":"build-output","--secret":"build-secret"},"imageRefs":{"globalValued":["-H","--host","--context","-c","--config","--log-level","-l","--tlscacert","--tlscert","--tlskey","--url","--connection","--root","--runroot","--storage-driver","--cgroup-manager","--network-cmd-path","--conmon","--runtime","--tmpdir","--identity","--module","--events-backend","--hooks-dir"],"runValued":["-a","--attach","--add-host","--annotation","--blkio-weight","--cap-add","--cap-drop","--cgroup-parent","--cgroupns","--cidfile","--cpu-period","--cpu-quota","--cpu-shares","-c","--cpus","--cpuset-cpus","--cpuset-mems","--device","--device-cgroup-rule","--dns","--dns-option","--dns-search","--domainname","--entrypoint","-e","--env","--env-file","--expose","--gpus","--group-add","--health-cmd","--health-interval","--health-retries","--health-start-period","--health-timeout","-h","--hostname","--ip","--ip6","--ipc","--isolation","--kernel-memory","-l","--label","--label-file","--link","--log-driver","--log-opt","--mac-address","-m","--memory","--memory-reservation","--memory-swap","--memory-swappiness","--mount","--name","--network","--net","--network-alias","--pid","--pids-limit","--platform","-p","--publish","--pull","--restart","--runtime","--security-opt","--shm-size","--stop-signal","--stop-timeout","--storage-opt","--sysctl","--tmpfs","--ulimit","-u","--user","--userns","--uts","-v","--volume","--volume-driver","--volumes-from","-w","--workdir","--authfile","--arch","--os","--variant","--pod","--secret"],"defaultRegistry":"docker.io","flags":["-d","--detach","-i","--interactive","-t","--tty","--rm","--privileged","--init","-P","--publish-all","--read-only","--sig-proxy","--no-healthcheck","--oom-kill-disable","-q","--quiet","--help","--disable-content-trust","-a","--all-tags","--replace","--rmi","--read-only-tmpfs","--no-hosts"]}}', socat: '{"operands":"none","addresses":true}', podman: '{"operands":"none","operandsAfter":{"import":{"op":"read"},"load":{"op":"read"}},"options":{"-f":"read","--file":"read","--env-file":"read","--cidfile":"write","--label-file":"read","-o":"build-output","--output":"build-output","--secret":"build-secret"},"imageRefs":{"globalValued":["-H","--host","--context","-c","--config","--log-level","-l","--tlscacert","--tlscert","--tlskey","--url","--connection","--root","--runroot","--storage-driver","--cgroup-manager","--network-cmd-path","--conmon","--runtime","--tmpdir","--identity","--module","--events-backend","--hooks-dir"],"runValued":["-a","--attach","--add-host","--annotation","--blkio-weight","--cap-add","--cap-drop","--cgroup-parent","--cgroupns","--cidfile","--cpu-period","--cpu-quota","--cpu-shares","-c","--cpus","--cpuset-cpus","--cpuset-mems","--device","--device-cgroup-rule","--dns","--dns-option","--dns-search","--domainname","--entrypoint","-e","--env","--env-file","--expose","--gpus","--group-add","--health-cmd","--health-interval","--health-retries","--health-start-period","--health-timeout","-h","--hostname","--ip","--ip6","--ipc","--isolation","--kernel-memory","-l","--label","--label-file","--link","--log-driver","--log-opt","--mac-address","-m","--memory","--memory-reservation","--memory-swap","--memory-swappiness","--mount","--name","--network","--net","--network-alias","--pid","--pids-limit","--platform","-p","--publish","--pull","--restart","--runtime","--security-opt","--shm-size","--stop-signal","--stop-timeout","--storage-opt","--sysctl","--tmpfs","--ulimit","-u","--user","--userns","--uts","-v","--volume","--volume-driver","--volumes-from","-w","--workdir","--authfile","--arch","--os","--variant","--pod","--secret"],"flags":["-d","--detach","-i","--interactive","-t","--tty","--rm","--privileged","--init","-P","--publish-all","--read-only","--sig-proxy","--no-healthcheck","--oom-kill-disable","-q","--quiet","--help","--disable-content-trust","-a","--all-tags","--replace","--rmi","--read-only-tmpfs","--no-hosts"]}}', kubectl: `{"operands":"none","contacts":"(the cluster's API server: the kubeconfig's, or --server)","contactsUnless":["(no operand)","config","completion","kustomize","plugin","help","--help","-h","--client"],"options":{"--from-file":"keyed-file","--from-env-file":"keyed-file","-f":"read","--kubeconfig":"read","--server":"url","-s":"url","--client-key":"read","--client-certificate":"read","--certificate-authority":"read"}}`, helm: `{"operands":"none","contacts":"(the cluster's API server, from the kubeconfig)","contactsUnless":["(no operand)","template","lint","package","create","version","completion","env","help","--help","-h","show","inspect","search","plugin","verify","dependency","dep","repo","pull","fetch","push","registry"],"options":{"-f":"read","--values":"read","--kubeconfig":"read","--repo":"url","--output-dir":"write-dir","--set-file":"keyed-file"}}`, gem: '{"operands":"read","guess":true,"options":{"--source":"url","-s":"url","--install-dir":"write-dir","--bindir":"write-dir"},"operandsAfter":{"install":{"op":"none","registry":"gem"},"update":{"op":"none","registry":"gem"},"fetch":{"op":"none","registry":"gem"},"i":{"op":"none","registry":"gem"}}}', terraform: '{"operands":"none","contacts":"(registry.terraform.io and the hosts of the providers, modules and backend its configuration names)","contactsUnless":["(no operand)","fmt","validate","version","-version","--version","-help","--help","-h","graph","providers"],"options":{"-var-file":"read","-backend-config":"field-or-file"}}', llm: `{"operands":"none","contacts":"(the model provider's API: api.openai.com, or the provider of the model or plugin named)","contactsUnless":["(no operand)","--version","--help","models","keys","logs","templates","plugins","aliases","install","uninstall","embed-models","collections"],"options":{"-f":"url-or-read","--fragment":"url-or-read","-a":"url-or-read","--attachment":"url-or-read","-s":"none","--system":"none","-m":"none","--model":"none"}}`, mods: `{"operands":"none","contacts":"(the model provider's API its configuration names: api.openai.com by default)","contactsUnless":["(no operand)","--version","-v","--help","-h","--list","-l","--settings","--dirs"]}`, aichat: `{"operands":"none","contacts":"(the model provider's API its configuration names)","contactsUnless":["(no operand)","--version","-V","--help","-h","--list-models","--list-roles","--list-sessions","--info"],"options":{"-f":"url-or-read","--file":"url-or-read"}}`, tgpt: `{"operands":"none","contacts":"(the model provider's API: a free provider by default)","contactsUnless":["(no operand)","--version","-v","--help","-h"]}`, ollama: '{"operands":"none","contacts":"(the Ollama server of OLLAMA_HOST, and registry.ollama.ai for a model it does not have)","contactsUnless":["(no operand)","--version","-v","--help","-h","list","ls","ps","help"]}', tofu: '{"operands":"none","contacts":"(registry.opentofu.org and the hosts of the providers, modules and backend its configuration names)","contactsUnless":["(no operand)","fmt","validate","version","-version","--version","-help","--help","-h","graph","providers"],"options":{"-var-file":"read","-backend-config":"field-or-file"}}', gh: '{"operands":"read","guess":true,"options":{"--body-file":"read","--notes-file":"read","-F":"field-or-file","--field":"field-or-file","-f":"field-or-file","--env-file":"read","--input":"read","--hostname":"host","-R":"gh-repo","--repo":"gh-repo"},"operandsAfter":{"api":{"op":"none","ops":["endpoint"]},"repo clone":{"op":"none","ops":["gh-repo","write-dir"]},"repo view":{"op":"none","ops":["gh-repo"]},"repo fork":{"op":"none","ops":["gh-repo"]},"repo sync":{"op":"none","ops":["gh-repo"]},"repo edit":{"op":"none","ops":["gh-repo"]},"repo archive":{"op":"none","ops":["gh-repo"]},"repo unarchive":{"op":"none","ops":["gh-repo"]},"repo delete":{"op":"none","ops":["gh-repo"]},"repo set-default":{"op":"none","ops":["gh-repo"]}}}', vim: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', vi: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', nvim: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', view: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', ex: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', vimdiff: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', gvim: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', gview: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', vimx: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', rvim: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', rview: '{"operands":"url-or-read","guess":true,"options":{"-w":"write","-W":"write"}}', pandoc: '{"operands":"url-or-read","guess":true,"options":{"-o":"write","--output":"write","--extract-media":"write-dir","-H":"read","--include-in-header":"read","-B":"read","--include-before-body":"read","-A":"read","--include-after-body":"read","--reference-doc":"read","--metadata-file":"read"}}', glow: '{"operands":"url-or-read","guess":true}', mdcat: '{"operands":"url-or-read","guess":true}', glab: '{"operands":"read","guess":true,"options":{"--notes-file":"read","-F":"field-or-file","--field":"field-or-file","-f":"field-or-file","--input":"read","--hostname":"host","-R":"gl-repo","--repo":"gl-repo"},"operandsAfter":{"api":{"op":"none","ops":["endpoint"]},"repo clone":{"op":"none","ops":["gl-repo","write-dir"]},"repo view":{"op":"none","ops":["gl-repo"]},"repo fork":{"op":"none","ops":["gl-repo"]},"repo archive":{"op":"none","ops":["gl-repo"]},"repo delete":{"op":"none","ops":["gl-repo"]}}}', tea: '{"operands":"read","guess":true,"options":{"--url":"url"},"operandsAfter":{"clone":{"op":"none","ops":["gh-repo","write-dir"]}}}', prettier: '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","json5","jsonc","css","scss","less","html","htm","vue","md","markdown","mdx","yaml","yml","graphql","gql","hbs","handlebars"],"globs":true,"options":{"--config":"read","--ignore-path":"read","--cache-location":"write","--plugin":"code-or-read"},"when":{"--check":{"guess":true},"--list-different":{"guess":true},"--write":{"operands":"write","guess":false}}}', eslint: '{"operands":"read","guess":true,"tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","vue"],"globs":true,"noOperands":".","options":{"-c":"read","--ignore-path":"read","--rulesdir":"read","-o":"write","--cache-location":"write","--resolve-plugins-relative-to":"read","-f":"code-or-read","--plugin":"code-or-read"},"when":{"-f":{"guess":false},"--fix-dry-run":{"guess":false},"--fix":{"operands":"write","guess":false},"--stdin":{"operands":"none"}}}', stylelint: '{"operands":"read","guess":true,"tree":true,"fileExts":["css","scss","sass","less","sss","pcss"],"globs":true,"options":{"-c":"read","--config-basedir":"read","-i":"read","-o":"write","--cache-location":"write","--custom-syntax":"code-or-read","--custom-formatter":"code-or-read"},"when":{"--fix":{"operands":"write","guess":false}}}', markdownlint: '{"operands":"read","guess":true,"tree":true,"fileExts":["md","markdown"],"globs":true,"options":{"-c":"read","-o":"write","-p":"read","-r":"code-or-read"},"when":{"--fix":{"operands":"write","guess":false}}}', black: '{"operands":"write","tree":true,"fileExts":["py","pyi","ipynb"],"options":{"--config":"read"},"when":{"--check":{"operands":"read","guess":true},"--diff":{"operands":"read","guess":false}}}', isort: '{"operands":"write","tree":true,"fileExts":["py","pyi","ipynb"],"options":{"--settings-path":"read"},"when":{"--check-only":{"operands":"read","guess":true},"--diff":{"operands":"read","guess":false},"--stdout":{"operands":"read","guess":false}}}', autopep8: '{"operands":"read","tree":["-r"],"fileExts":["py","pyi","ipynb"],"options":{"--global-config":"read"},"when":{"-i":{"operands":"write"},"-d":{"operands":"read"}}}', yapf: '{"operands":"read","tree":["-r"],"fileExts":["py","pyi","ipynb"],"options":{"--style":"read"},"when":{"-i":{"operands":"write"},"-d":{"operands":"read"}}}', ruff: '{"operands":"read","guess":true,"tree":true,"fileExts":["py","pyi","ipynb"],"options":{"--config":"read"},"when":{"--fix":{"operands":"write","guess":false}}}', "ruff check": '{"operands":"write","tree":true,"fileExts":["py","pyi","ipynb"],"noOperands":".","options":{"--config":"read","-o":"write"},"when":{"--fix":{"operands":"write"},"--fix-only":{"operands":"write"},"--no-fix":{"operands":"read"},"--diff":{"operands":"read"},"--stdin-filename":{"operands":"none"}}}', "ruff format": '{"operands":"write","tree":true,"fileExts":["py","pyi","ipynb"],"noOperands":".","options":{"--config":"read"},"when":{"--check":{"operands":"read","guess":true},"--diff":{"operands":"read","guess":false},"--stdin-filename":{"operands":"none"}}}', gofmt: '{"operands":"read","tree":true,"fileExts":["go"],"when":{"-l":{"guess":true},"-d":{"guess":false},"-w":{"operands":"write","guess":false}}}', goimports: '{"operands":"read","tree":true,"fileExts":["go"],"when":{"-l":{"guess":true},"-d":{"guess":false},"-w":{"operands":"write","guess":false}}}', gofumpt: '{"operands":"read","tree":true,"fileExts":["go"],"when":{"-l":{"guess":true},"-d":{"guess":false},"-w":{"operands":"write","guess":false}}}', "markdownlint-cli2": '{"operands":"read","guess":true,"tree":true,"fileExts":["md","markdown"],"globs":true,"options":{"--config":"read"},"when":{"--fix":{"operands":"write","guess":false}}}', rustfmt: '{"operands":"write","options":{"--config-path":"read"},"when":{"--check":{"operands":"read"}}}', "cargo fmt": '{"operands":"write","tree":true,"noOperands":".","dashdash":"none","options":{"--manifest-path":"read"},"when":{"--check":{"operands":"read"}}}', "clang-format": '{"operands":"read","options":{"--files":"read"},"when":{"-i":{"operands":"write"}}}', shfmt: '{"operands":"read","tree":true,"fileExts":["sh","bash","mksh","bats","zsh"],"when":{"-l":{"guess":true},"-d":{"guess":false},"-w":{"operands":"write","guess":false}}}', biome: '{"operands":"read","guess":true,"tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","css","graphql","gql","html","vue"],"when":{"--write":{"operands":"write","guess":false},"--fix":{"operands":"write","guess":false},"--apply":{"operands":"write","guess":false},"--apply-unsafe":{"operands":"write","guess":false}}}', "biome format": '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","css","graphql","gql","html","vue"],"noOperands":".","options":{"--config-path":"read"},"when":{"--write":{"operands":"write"},"--fix":{"operands":"write"},"--stdin-file-path":{"operands":"none"}}}', "biome check": '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","css","graphql","gql","html","vue"],"noOperands":".","options":{"--config-path":"read"},"when":{"--write":{"operands":"write"},"--fix":{"operands":"write"},"--apply":{"operands":"write"},"--apply-unsafe":{"operands":"write"},"--stdin-file-path":{"operands":"none"}}}', "biome lint": '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","css","graphql","gql","html","vue"],"noOperands":".","options":{"--config-path":"read"},"when":{"--write":{"operands":"write"},"--fix":{"operands":"write"},"--apply":{"operands":"write"},"--apply-unsafe":{"operands":"write"},"--stdin-file-path":{"operands":"none"}}}', "biome ci": '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","css","graphql","gql","html","vue"],"noOperands":".","options":{"--config-path":"read"},"when":{"--stdin-file-path":{"operands":"none"}}}', dprint: '{"operands":"read","guess":true}', "dprint fmt": '{"operands":"write","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","json5","jsonc","css","scss","less","html","htm","vue","md","markdown","mdx","yaml","yml","graphql","gql","hbs","handlebars"],"globs":true,"noOperands":".","options":{"-c":"read"},"when":{"--stdin":{"operands":"none"}}}', "dprint check": '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","json5","jsonc","css","scss","less","html","htm","vue","md","markdown","mdx","yaml","yml","graphql","gql","hbs","handlebars"],"globs":true,"noOperands":".","options":{"-c":"read"}}', "go fmt": '{"operands":"write","tree":true,"fileExts":["go"],"globs":true,"noOperands":"."}', "deno fmt": '{"operands":"write","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","md","markdown","css","scss","less","html","yaml","yml","ipynb","svelte","vue","astro","sql"],"noOperands":".","options":{"--config":"read"},"when":{"--check":{"operands":"read","guess":true}}}', "deno lint": '{"operands":"read","guess":true,"tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts"],"noOperands":".","options":{"--config":"read"},"when":{"--fix":{"operands":"write","guess":false}}}', rubocop: '{"operands":"read","tree":true,"fileExts":["rb","rake","gemspec","ru","ruby"],"noOperands":".","options":{"-c":"read","-o":"write","-r":"code-or-read","--plugin":"code-or-read"},"when":{"-a":{"operands":"write"},"-A":{"operands":"write"},"-x":{"operands":"write"},"-s":{"operands":"none"}}}', standard: '{"operands":"read","guess":true,"tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx"],"globs":true,"noOperands":".","when":{"--fix":{"operands":"write","guess":false},"--stdin":{"operands":"none"}}}', xo: '{"operands":"read","guess":true,"tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","vue","svelte"],"globs":true,"noOperands":".","when":{"--fix":{"operands":"write","guess":false},"--stdin":{"operands":"none"}}}', oxlint: '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","vue","svelte","astro"],"noOperands":".","options":{"-c":"read","--tsconfig":"read","--ignore-path":"read"},"when":{"--fix":{"operands":"write"},"--fix-suggestions":{"operands":"write"},"--fix-dangerously":{"operands":"write"}}}', "cargo clippy": '{"operands":"none","dashdash":"none","options":{"--manifest-path":"read","--target-dir":"write-dir"},"when":{"--fix":{"operands":"write","tree":true,"noOperands":"."}}}', "cargo fix": '{"operands":"write","tree":true,"noOperands":".","dashdash":"none","options":{"--manifest-path":"read","--target-dir":"write-dir"}}', "dart format": '{"operands":"write","tree":true,"fileExts":["dart"]}', "dart fix": '{"operands":"read","guess":true,"tree":true,"noOperands":".","when":{"--apply":{"operands":"write","guess":false}}}', "golangci-lint run": '{"operands":"write","tree":true,"fileExts":["go"],"globs":true,"noOperands":".","options":{"-c":"read"}}', "golangci-lint fmt": '{"operands":"write","tree":true,"fileExts":["go"],"globs":true,"noOperands":".","options":{"-c":"read"},"when":{"-d":{"operands":"read"}}}', "php-cs-fixer fix": '{"operands":"write","tree":true,"fileExts":["php"],"noOperands":".","options":{"--config":"read"},"when":{"--dry-run":{"operands":"read"}}}', "php-cs-fixer check": '{"operands":"read","tree":true,"fileExts":["php"],"noOperands":".","options":{"--config":"read"}}', "zig fmt": '{"operands":"write","tree":true,"fileExts":["zig","zon"],"when":{"--check":{"operands":"read","guess":true},"--stdin":{"operands":"none"}}}', "mix format": '{"operands":"write","tree":true,"fileExts":["ex","exs","eex","heex","leex"],"globs":true,"noOperands":".","options":{"--dot-formatter":"read"},"when":{"--check-formatted":{"operands":"read","guess":true},"--dry-run":{"operands":"read","guess":true}}}', stylua: '{"operands":"write","tree":true,"fileExts":["lua","luau"],"globs":true,"options":{"--config-path":"read"},"when":{"--check":{"operands":"read"}}}', "taplo fmt": '{"operands":"write","tree":true,"fileExts":["toml"],"globs":true,"noOperands":".","options":{"--config":"read"},"when":{"--check":{"operands":"read","guess":true}}}', "taplo format": '{"operands":"write","tree":true,"fileExts":["toml"],"globs":true,"noOperands":".","options":{"--config":"read"},"when":{"--check":{"operands":"read","guess":true}}}', ktlint: '{"operands":"read","guess":true,"tree":true,"fileExts":["kt","kts"],"globs":true,"noOperands":".","when":{"-F":{"operands":"write","guess":false},"--stdin":{"operands":"none"}}}', "sqlfluff fix": '{"operands":"write","tree":true,"fileExts":["sql"],"options":{"--config":"read"}}', "sqlfluff format": '{"operands":"write","tree":true,"fileExts":["sql"],"options":{"--config":"read"}}', "buf format": '{"operands":"read","tree":true,"fileExts":["proto"],"noOperands":".","options":{"-o":"write-dir"},"when":{"-w":{"operands":"write"}}}', treefmt: '{"operands":"write","tree":true,"noOperands":".","options":{"--config-file":"read","--tree-root":"write-dir"},"when":{"--stdin":{"operands":"none"}}}', "hatch fmt": '{"operands":"write","tree":true,"fileExts":["py","pyi"],"noOperands":".","dashdash":"none","when":{"--check":{"operands":"read"}}}', "terraform fmt": '{"operands":"write","tree":true,"fileExts":["tf","tfvars","hcl"],"noOperands":".","when":{"-check":{"operands":"read","guess":true},"-diff":{"operands":"read","guess":false}}}', aws: `{"operands":"read","guess":true,"paramFiles":["file://","fileb://"],"contacts":"(AWS's service endpoints: the configured region's, or --endpoint-url)","contactsUnless":["(no operand)","help","--version"],"options":{"--endpoint-url":"url","--ca-bundle":"read","--color":"none","--cli-read-timeout":"none","--cli-connect-timeout":"none","--cli-binary-format":"none"}}`, "aws s3 cp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["--recursive"],"paramFiles":["file://","fileb://"],"contacts":"(AWS's service endpoints: the configured region's, or --endpoint-url)","options":{"--include":"none","--exclude":"none","--acl":"none","--sse":"none","--sse-c":"none","--sse-kms-key-id":"none","--sse-c-copy-source":"none","--storage-class":"none","--grants":"none","--website-redirect":"none","--content-type":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--expires":"none","--source-region":"none","--page-size":"none","--request-payer":"none","--checksum-mode":"none","--checksum-algorithm":"none","--metadata":"none","--copy-props":"none","--metadata-directive":"none","--expected-size":"none","--case-conflict":"none","--progress-frequency":"none","--sse-c-key":"none","--sse-c-copy-source-key":"none"}}`, "aws s3 mv": `{"operands":"delete","remote":"place","last":"write","lastDir":true,"tree":["--recursive"],"paramFiles":["file://","fileb://"],"contacts":"(AWS's service endpoints: the configured region's, or --endpoint-url)","options":{"--include":"none","--exclude":"none","--acl":"none","--sse":"none","--sse-c":"none","--sse-kms-key-id":"none","--sse-c-copy-source":"none","--storage-class":"none","--grants":"none","--website-redirect":"none","--content-type":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--expires":"none","--source-region":"none","--page-size":"none","--request-payer":"none","--checksum-mode":"none","--checksum-algorithm":"none","--metadata":"none","--copy-props":"none","--metadata-directive":"none","--expected-size":"none","--case-conflict":"none","--progress-frequency":"none","--sse-c-key":"none","--sse-c-copy-source-key":"none"}}`, "aws s3 sync": `{"operands":"read","remote":"place","last":"write","tree":true,"paramFiles":["file://","fileb://"],"contacts":"(AWS's service endpoints: the configured region's, or --endpoint-url)","options":{"--include":"none","--exclude":"none","--acl":"none","--sse":"none","--sse-c":"none","--sse-kms-key-id":"none","--sse-c-copy-source":"none","--storage-class":"none","--grants":"none","--website-redirect":"none","--content-type":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--expires":"none","--source-region":"none","--page-size":"none","--request-payer":"none","--checksum-mode":"none","--checksum-algorithm":"none","--metadata":"none","--copy-props":"none","--metadata-directive":"none","--expected-size":"none","--case-conflict":"none","--progress-frequency":"none","--sse-c-key":"none","--sse-c-copy-source-key":"none","--delete":"none"}}`, gsutil: `{"operands":"read","guess":true,"contacts":"(Google Cloud's service endpoints)","contactsUnless":["(no operand)","help","version","-v","--version"],"options":{"-h":"none","-o":"none","-u":"none","-i":"none"}}`, "gsutil cp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["-r","-R"],"contacts":"(Google Cloud's service endpoints)","options":{"-h":"none","-o":"none","-u":"none","-i":"none","-a":"none","-j":"none","-z":"none","-s":"none","-x":"none","-L":"write"}}`, "gsutil mv": `{"operands":"delete","remote":"place","last":"write","lastDir":true,"tree":["-r","-R"],"contacts":"(Google Cloud's service endpoints)","options":{"-h":"none","-o":"none","-u":"none","-i":"none","-a":"none","-j":"none","-z":"none","-s":"none"}}`, "gsutil rsync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(Google Cloud's service endpoints)","options":{"-h":"none","-o":"none","-u":"none","-i":"none","-a":"none","-j":"none","-z":"none","-x":"none","-y":"none"}}`, gcloud: `{"operands":"read","guess":true,"contacts":"(Google Cloud's service endpoints)","contactsUnless":["(no operand)","help","version","info","config","topic","--version","--help","-h"],"options":{"--flags-file":"read","--key-file":"read","--cred-file":"read","--access-token-file":"read"}}`, "gcloud storage cp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud storage mv": `{"operands":"delete","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud storage rsync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write","-x":"none","--exclude":"none"}}`, "gcloud compute scp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["--recurse"],"contacts":"(Google Cloud's service endpoints)","options":{"--zone":"none","--project":"none","--scp-flag":"none","--strict-host-key-checking":"none","--ssh-key-file":"read"}}`, "gcloud builds submit": `{"operands":"read","remote":"place","tree":true,"noOperands":".","contacts":"(Google Cloud's service endpoints)","options":{"--tag":"none","-t":"none","--substitutions":"none","--region":"none","--gcs-source-staging-dir":"none","--gcs-log-dir":"none","--machine-type":"none","--timeout":"none","--project":"none","--pack":"none","--config":"read","--ignore-file":"read"}}`, "gcloud run deploy": `{"operands":"none","contacts":"(Google Cloud's service endpoints)","options":{"--source":"read-tree","--env-vars-file":"read"}}`, "gcloud functions deploy": `{"operands":"none","serves":"--source","contacts":"(Google Cloud's service endpoints)","options":{"--source":"none","--env-vars-file":"read"}}`, az: `{"operands":"read","guess":true,"paramFiles":["@"],"contacts":"(Azure's service endpoints)","contactsUnless":["(no operand)","help","version","config","configure","--version","--help","-h"]}`, "az storage blob upload-batch": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-s":"read-tree","--source":"read-tree","-d":"none","--destination":"none"}}`, "az storage blob download-batch": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-d":"write-tree","--destination":"write-tree","-s":"none","--source":"none"}}`, "az storage blob sync": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-s":"read-tree","--source":"read-tree","-d":"none","--destination":"none"}}`, "az storage blob upload": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-f":"read","--file":"read","--data":"none"}}`, "az storage blob download": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-f":"write","--file":"write"}}`, "az storage file upload-batch": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-s":"read-tree","--source":"read-tree","-d":"none","--destination":"none"}}`, "az storage file download-batch": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-d":"write-tree","--destination":"write-tree","-s":"none","--source":"none"}}`, "az storage copy": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-s":"read-tree","--source":"read-tree","-d":"write-tree","--destination":"write-tree"}}`, azcopy: `{"operands":"read","guess":true,"contacts":"(Azure's service endpoints)","contactsUnless":["(no operand)","help","--version","-v","--help","-h","env","jobs"]}`, "azcopy copy": `{"operands":"read","remote":true,"last":"write","lastDir":true,"tree":["--recursive","-r"],"contacts":"(Azure's service endpoints)","options":{"--include-pattern":"none","--exclude-pattern":"none","--include-path":"none","--exclude-path":"none","--from-to":"none","--block-size-mb":"none","--cap-mbps":"none","--log-level":"none","--overwrite":"none","--list-of-files":"none"}}`, "azcopy sync": `{"operands":"read","remote":true,"last":"write","tree":true,"contacts":"(Azure's service endpoints)","options":{"--include-pattern":"none","--exclude-pattern":"none","--exclude-path":"none","--from-to":"none","--cap-mbps":"none","--log-level":"none","--delete-destination":"none"}}`, rclone: `{"operands":"read","guess":true,"contacts":"(the hosts of rclone's configured remotes)","contactsUnless":["(no operand)","version","help","listremotes","obscure","genautocomplete","completion","gendocs","--version","-V","--help","-h"],"options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone copy": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone sync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone move": `{"operands":"delete","remote":"place","last":"write","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone copyto": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone moveto": `{"operands":"delete","remote":"place","last":"write","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone bisync": `{"operands":"write","remote":"place","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone copyurl": `{"operands":"write","first":"url","remote":"place","contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone serve": `{"operands":"read","skip":1,"remote":"place","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir","--addr":"none","--user":"none","--pass":"none","--baseurl":"none","--realm":"none","--htpasswd":"read","--cert":"read","--key":"read","--client-ca":"read"}}`, "kubectl cp": '{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":true,"options":{"-c":"none","--container":"none","--retries":"none"}}', "docker cp": '{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":true}', "docker container cp": '{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":true}', "podman cp": '{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":true}', "podman container cp": '{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":true}', croc: `{"operands":"none","contacts":"(croc's relay: croc.schollz.com unless --relay names another)","contactsUnless":["--version","-v","--help","-h"],"options":{"--out":"none","--pass":"none","--curve":"none","--ip":"none","--throttleUpload":"none","--multicast":"none","--relay":"host","--relay6":"host","--socks5":"url","--connect":"url"}}`, "croc send": `{"operands":"read","tree":true,"contacts":"(croc's relay: croc.schollz.com unless --relay names another)","options":{"--code":"none","-c":"none","--text":"none","-t":"none","--exclude":"none","--hash":"none","--port":"none","--transfers":"none","--relay":"host","--relay6":"host","--socks5":"url","--connect":"url"}}`, lftp: '{"operands":"none","first":"url","options":{"-u":"none","-p":"none","-e":"none","-c":"none","--user":"none","--password":"none","--env-password":"none","-f":"read"}}', ngrok: `{"operands":"none","contacts":"(ngrok's tunnel servers, which publishes a local port on the internet)","contactsUnless":["(no operand)","version","help","completion","config","--version","-v","--help","-h"],"options":{"--authtoken":"none","--domain":"none","--url":"none","--region":"none","--basic-auth":"none","--oauth":"none","--host-header":"none","--traffic-policy-file":"none","--log-level":"none","--log-format":"none","--config":"read","--log":"write"}}`, cloudflared: `{"operands":"none","contacts":"(Cloudflare's edge, which publishes a local port on the internet)","contactsUnless":["(no operand)","version","help","--version","-v","-V","--help","-h"],"options":{"--url":"none","--hostname":"none","--loglevel":"none","--metrics":"none","--protocol":"none","--name":"none","--token":"none","--edge-ip-version":"none","--config":"read","--credentials-file":"read","--cred-file":"read","--origincert":"read","--logfile":"write","--token-file":"read"}}`, lt: `{"operands":"none","contacts":"(localtunnel's server, localtunnel.me unless --host names another, which publishes a local port on the internet)","contactsUnless":["--version","--help"],"options":{"--port":"none","-p":"none","--subdomain":"none","-s":"none","--local-host":"none","-l":"none","--host":"url","-h":"url","--local-cert":"read","--local-key":"read","--local-ca":"read"}}`, localtunnel: `{"operands":"none","contacts":"(localtunnel's server, localtunnel.me unless --host names another, which publishes a local port on the internet)","contactsUnless":["--version","--help"],"options":{"--port":"none","-p":"none","--subdomain":"none","-s":"none","--local-host":"none","-l":"none","--host":"url","-h":"url","--local-cert":"read","--local-key":"read","--local-ca":"read"}}`, bore: '{"operands":"none","options":{"--secret":"none","-s":"none","--local-host":"none","-l":"none","--port":"none","-p":"none","--to":"host","-t":"host"}}', serve: '{"operands":"read","tree":true,"noOperands":".","options":{"-l":"none","--listen":"none","-p":"none","--port":"none","-c":"read","--config":"read","--ssl-cert":"read","--ssl-key":"read","--ssl-pass":"read"}}', "http-server": '{"operands":"read","tree":true,"noOperands":".","options":{"-p":"none","--port":"none","-a":"none","-c":"none","-e":"none","--ext":"none","-t":"none","--timeout":"none","--username":"none","--password":"none","--proxy-options":"none","-C":"read","--cert":"read","-K":"read","--key":"read","-P":"url","--proxy":"url"}}', "live-server": '{"operands":"read","tree":true,"noOperands":".","options":{"--port":"none","--host":"none","--open":"none","--watch":"none","--ignore":"none","--entry-file":"none","--wait":"none","--proxy":"none","--middleware":"none","--mount":"none","--htpasswd":"read"}}', miniserve: '{"operands":"read","tree":true,"noOperands":".","options":{"-p":"none","--port":"none","-i":"none","--interfaces":"none","-a":"none","--auth":"none","-c":"none","--color-scheme":"none","-t":"none","--title":"none","--header":"none","--index":"none","--route-prefix":"none","--auth-file":"read","--tls-cert":"read","--tls-key":"read"}}', caddy: '{"operands":"read","guess":true}', darkhttpd: '{"operands":"read","tree":true,"noOperands":".","options":{"--port":"none","--addr":"none","--log":"write","--maxconn":"none","--pidfile":"write","--index":"none","--mimetypes":"read","--default-mimetype":"none","--uid":"none","--gid":"none","--chroot":"none","--auth":"none","--header":"none"}}', updog: '{"operands":"none","serves":"-d","options":{"-d":"none","--directory":"none","-p":"none","--port":"none","--password":"none"}}', webfsd: '{"operands":"none","serves":"-r","options":{"-r":"none","-p":"none","-i":"none","-l":"write","-L":"write","-u":"none","-g":"none","-t":"none","-c":"none","-a":"none","-n":"none","-N":"none","-f":"none","-b":"none","-e":"none","-x":"none","-~":"none"}}', httpd: '{"operands":"none","serves":"-h","options":{"-h":"none","-p":"none","-c":"read","-r":"none","-u":"none","-e":"none","-d":"none"}}', "static-web-server": '{"operands":"none","serves":"--root","options":{"--root":"none","-d":"none","--port":"none","-p":"none","--host":"none","-a":"none"}}', "simple-http-server": '{"operands":"read","tree":true,"noOperands":".","options":{"-p":"none","--port":"none","-i":"none","--ip":"none","-a":"none","--auth":"none"}}', goshs: '{"operands":"none","serves":"-d","options":{"-d":"none","--dir":"none","-p":"none","--port":"none","-i":"none","--ip":"none","-b":"none","--basic-auth":"none"}}', "caddy file-server": '{"operands":"none","serves":"--root","options":{"--root":"none","-r":"none","--listen":"none","-l":"none","--domain":"none","-d":"none","--access-log":"none"}}', http: '{"operands":"none","requestItems":true,"options":{"-a":"none","--auth":"none","-A":"none","--auth-type":"none","--cert-key-pass":"none","--default-scheme":"none","--pretty":"none","-s":"none","--style":"none","-p":"none","--print":"none","-P":"none","--history-print":"none","--timeout":"none","--max-redirects":"none","--boundary":"none","--format-options":"none","--response-charset":"none","--response-mime":"none","--ssl":"none","--ciphers":"none","--raw":"none","--unix-socket":"none","--max-headers":"none","-o":"write","--output":"write","--session":"write","--session-read-only":"read","--cert":"read","--cert-key":"read","--verify":"read","--proxy":"url"}}', https: '{"operands":"none","requestItems":true,"options":{"-a":"none","--auth":"none","-A":"none","--auth-type":"none","--cert-key-pass":"none","--default-scheme":"none","--pretty":"none","-s":"none","--style":"none","-p":"none","--print":"none","-P":"none","--history-print":"none","--timeout":"none","--max-redirects":"none","--boundary":"none","--format-options":"none","--response-charset":"none","--response-mime":"none","--ssl":"none","--ciphers":"none","--raw":"none","--unix-socket":"none","--max-headers":"none","-o":"write","--output":"write","--session":"write","--session-read-only":"read","--cert":"read","--cert-key":"read","--verify":"read","--proxy":"url"}}', xh: '{"operands":"none","requestItems":true,"options":{"-a":"none","--auth":"none","-A":"none","--auth-type":"none","--cert-key-pass":"none","--default-scheme":"none","--pretty":"none","-s":"none","--style":"none","-p":"none","--print":"none","-P":"none","--history-print":"none","--timeout":"none","--max-redirects":"none","--boundary":"none","--format-options":"none","--response-charset":"none","--response-mime":"none","--ssl":"none","--ciphers":"none","--raw":"none","--unix-socket":"none","--max-headers":"none","-o":"write","--output":"write","--session":"write","--session-read-only":"read","--cert":"read","--cert-key":"read","--verify":"read","--proxy":"url","--bearer":"none","--interface":"none","--generate":"none","--http-version":"none","--resolve":"resolve-to"}}', xhs: '{"operands":"none","requestItems":true,"options":{"-a":"none","--auth":"none","-A":"none","--auth-type":"none","--cert-key-pass":"none","--default-scheme":"none","--pretty":"none","-s":"none","--style":"none","-p":"none","--print":"none","-P":"none","--history-print":"none","--timeout":"none","--max-redirects":"none","--boundary":"none","--format-options":"none","--response-charset":"none","--response-mime":"none","--ssl":"none","--ciphers":"none","--raw":"none","--unix-socket":"none","--max-headers":"none","-o":"write","--output":"write","--session":"write","--session-read-only":"read","--cert":"read","--cert-key":"read","--verify":"read","--proxy":"url","--bearer":"none","--interface":"none","--generate":"none","--http-version":"none","--resolve":"resolve-to"}}', curlie: '{"operands":"none","requestItems":true,"options":{"-o":"write","-T":"read","-K":"read","-c":"write","-d":"data","-F":"form","--data-binary":"data","--data-raw":"none","--data-urlencode":"data","--url":"url","-x":"url","--proxy":"url","--connect-to":"connect-to","--resolve":"resolve","--preproxy":"url","--socks4":"url","--socks4a":"url","--socks5":"url","--socks5-hostname":"url","--proxy1.0":"url","--doh-url":"url","-D":"write","--dump-header":"write","--trace":"write","--trace-ascii":"write","--stderr":"write","-E":"read","--cert":"read","--key":"read","--cacert":"read","--output-dir":"write-dir","-X":"none","-H":"none","-u":"none","-A":"none","-e":"none","-b":"none","-m":"none","-w":"none","-r":"none","-z":"none","-Y":"none","-y":"none","-C":"none","-Q":"none","-t":"none","-U":"none","--request":"none","--header":"none","--user":"none","--user-agent":"none","--referer":"none","--cookie":"none","--max-time":"none","--write-out":"none","--connect-timeout":"none","--retry":"none"}}', wget2: '{"operands":"url-file","when":{"-O":{"operands":"url"},"--output-document":{"operands":"url"},"-i":{"contacts":"(the URLs the -i file lists)"},"--input-file":{"contacts":"(the URLs the -i file lists)"}},"options":{"-O":"write","-o":"write","-a":"write","-i":"read","-P":"write-dir","-e":"none","--post-file":"read","--body-file":"read","--load-cookies":"read","--save-cookies":"write","--output-document":"write","--output-file":"write","--append-output":"write","--input-file":"read","--directory-prefix":"write-dir","--execute":"none","-U":"none","-t":"none","-T":"none","-w":"none","-B":"none","-Q":"none","-l":"none","-A":"none","-R":"none","-D":"none","-X":"none","-I":"none","--user-agent":"none","--tries":"none","--timeout":"none","--wait":"none","--base":"none","--quota":"none","--level":"none","--accept":"none","--reject":"none","--domains":"none","--exclude-directories":"none","--include-directories":"none","--header":"none","--user":"none","--password":"none","--method":"none","--body-data":"none","--post-data":"none"}}', axel: '{"operands":"url-file","options":{"-n":"none","--num-connections":"none","-s":"none","--max-speed":"none","-H":"none","--header":"none","-U":"none","--user-agent":"none","-o":"write","--output":"write"}}', websocat: '{"operands":"url","options":{"-H":"none","--header":"none","--protocol":"none","--origin":"none","--ping-interval":"none","--ping-timeout":"none","-B":"none","--buffer-size":"none","--max-messages":"none","--pkcs12-der":"read","--client-pkcs12-der":"read"}}', "lwp-request": '{"operands":"url","options":{"-m":"none","-b":"none","-t":"none","-i":"none","-c":"none","-C":"none","-H":"none","-P":"none","-o":"none","-p":"none"}}', GET: '{"operands":"url","options":{"-m":"none","-b":"none","-t":"none","-i":"none","-c":"none","-C":"none","-H":"none","-P":"none","-o":"none","-p":"none"}}', POST: '{"operands":"url","options":{"-m":"none","-b":"none","-t":"none","-i":"none","-c":"none","-C":"none","-H":"none","-P":"none","-o":"none","-p":"none"}}', HEAD: '{"operands":"url","options":{"-m":"none","-b":"none","-t":"none","-i":"none","-c":"none","-C":"none","-H":"none","-P":"none","-o":"none","-p":"none"}}', "http-prompt": '{"operands":"url","options":{"--env":"read"}}', hurl: '{"operands":"read","contacts":"(the hosts the Hurl files request)","contactsUnless":["--version","-V","--help","-h"],"options":{"--variable":"none","--connect-timeout":"none","-m":"none","--max-time":"none","--retry":"none","--retry-interval":"none","--user-agent":"none","-u":"none","--user":"none","-H":"none","--header":"none","--glob":"none","--test-timeout":"none","--jobs":"none","--variables-file":"read","--file-root":"read-tree","-o":"write","--output":"write","--cookie":"read","-b":"read","--cookie-jar":"write","-c":"write","--cacert":"read","--cert":"read","-E":"read","--key":"read","--report-html":"write-dir","--report-junit":"write","--report-json":"write-dir","--report-tap":"write","--json":"none","-x":"url","--proxy":"url","--connect-to":"connect-to","--resolve":"resolve"}}', ab: '{"operands":"url","options":{"-n":"none","-c":"none","-t":"none","-s":"none","-T":"none","-H":"none","-C":"none","-A":"none","-P":"none","-B":"none","-m":"none","-b":"none","-f":"none","-E":"none","-Z":"none","-p":"read","-u":"read","-X":"host","-g":"write","-e":"write"}}', hey: '{"operands":"url","options":{"-n":"none","-c":"none","-q":"none","-z":"none","-o":"none","-m":"none","-H":"none","-t":"none","-A":"none","-T":"none","-a":"none","-d":"none","-h2":"none","-D":"read","-x":"url"}}', wrk: '{"operands":"url","options":{"-c":"none","-d":"none","-t":"none","-H":"none","--header":"none","--timeout":"none","--latency":"none","-s":"read","--script":"read"}}', mosh: '{"operands":"none","first":"host","options":{"-p":"none","--port":"none","--ssh":"none","--server":"none","--family":"none","--predict":"none","--bind-server":"none","--experimental-remote-ip":"none"}}', et: '{"operands":"none","first":"host","options":{"-p":"none","--port":"none","-c":"none","--command":"none","-t":"none","--tunnel":"none","-r":"none","--reversetunnel":"none","-x":"none","--jumphost":"host","--jport":"none","--serverfifo":"none","--terminal-path":"none","-l":"write","--logdir":"write-dir"}}', autossh: '{"operands":"none","first":"host","options":{"-i":"read","-F":"read","-J":"host","-E":"write","-o":"ssh-option","-b":"none","-c":"none","-D":"none","-e":"none","-I":"none","-L":"none","-l":"none","-m":"none","-O":"none","-p":"none","-Q":"none","-R":"none","-S":"none","-W":"none","-w":"none","-B":"none","-P":"none","-M":"none"}}', sshfs: '{"operands":"none","remote":true,"last":"write-tree","options":{"-p":"none","-o":"none","-F":"read"}}', svn: '{"operands":"url-or-read","guess":true,"contacts":"(the repository the working copy was checked out from)","contactsUnless":["(no operand)","(URL operand)","help","h","?","--version","--help","-h","status","st","stat","diff","di","add","revert","resolve","resolved","cleanup","info","delete","del","remove","rm","move","mv","rename","ren","copy","cp","mkdir","propget","pget","pg","proplist","plist","pl","propset","pset","ps","propdel","pdel","pd","propedit","pedit","pe","patch","changelist","cl","upgrade"],"options":{"-m":"none","--message":"none","-r":"none","--revision":"none","--username":"none","--password":"none","--depth":"none","--set-depth":"none","-c":"none","--change":"none","-l":"none","--limit":"none","--cl":"none","--changelist":"none","--encoding":"none","--accept":"none","--search":"none","--config-option":"none","--native-eol":"none","--editor-cmd":"none","--diff-cmd":"none","--diff3-cmd":"none","-x":"none","--extensions":"none","--with-revprop":"none","--show-item":"none","-F":"read","--file":"read","--targets":"read","--config-dir":"read"}}', "svn checkout": '{"operands":"write-tree","first":"url-or-read","contacts":"(the repository the working copy was checked out from)","contactsUnless":["(URL operand)"]}', "svn co": '{"operands":"write-tree","first":"url-or-read","contacts":"(the repository the working copy was checked out from)","contactsUnless":["(URL operand)"]}', "svn export": '{"operands":"write-tree","first":"url-or-read","contacts":"(the repository the working copy was checked out from)","contactsUnless":["(URL operand)"]}', "svn import": '{"operands":"url-or-read","first":"read-tree","contacts":"(the repository the working copy was checked out from)","contactsUnless":["(URL operand)"]}', "git svn": `{"operands":"url-or-read","guess":true,"contacts":"(the Subversion repository of git-svn's configuration)","contactsUnless":["(no operand)","(URL operand)","help","log","blame","find-rev","info","show-ignore","create-ignore","show-externals","mkdirs","gc","reset"]}`, "tofu fmt": '{"operands":"write","tree":true,"fileExts":["tf","tfvars","hcl"],"noOperands":".","when":{"-check":{"operands":"read","guess":true},"-diff":{"operands":"read","guess":false}}}', "svn status": '{"operands":"url-or-read","guess":true,"when":{"-u":{"contacts":"(the repository the working copy was checked out from)"},"--show-updates":{"contacts":"(the repository the working copy was checked out from)"}}}', "svn st": '{"operands":"url-or-read","guess":true,"when":{"-u":{"contacts":"(the repository the working copy was checked out from)"},"--show-updates":{"contacts":"(the repository the working copy was checked out from)"}}}', "svn stat": '{"operands":"url-or-read","guess":true,"when":{"-u":{"contacts":"(the repository the working copy was checked out from)"},"--show-updates":{"contacts":"(the repository the working copy was checked out from)"}}}', hg: '{"operands":"read","guess":true,"options":{"--cwd":"none","--config":"none","-r":"none","--rev":"none","-m":"none","--message":"none","-b":"none","--branch":"none","-e":"none","--ssh":"none","--remotecmd":"none","-l":"none","--limit":"none","-I":"none","--include":"none","-X":"none","--exclude":"none","-u":"none","--user":"none","-d":"none","--date":"none","-U":"none","--updaterev":"none","-B":"none","--bookmark":"none","--encoding":"none","-T":"none","--template":"none","-R":"read","--repository":"read","--logfile":"read"}}', "hg clone": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "hg pull": '{"operands":"remote-name","noOperands":"<remote>"}', "hg push": '{"operands":"remote-name","noOperands":"<remote>"}', "hg incoming": '{"operands":"remote-name","noOperands":"<remote>"}', "hg in": '{"operands":"remote-name","noOperands":"<remote>"}', "hg outgoing": '{"operands":"remote-name","noOperands":"<remote>"}', "hg out": '{"operands":"remote-name","noOperands":"<remote>"}', "hg fetch": '{"operands":"remote-name","noOperands":"<remote>"}', chg: '{"operands":"read","guess":true,"options":{"--cwd":"none","--config":"none","-r":"none","--rev":"none","-m":"none","--message":"none","-b":"none","--branch":"none","-e":"none","--ssh":"none","--remotecmd":"none","-l":"none","--limit":"none","-I":"none","--include":"none","-X":"none","--exclude":"none","-u":"none","--user":"none","-d":"none","--date":"none","-U":"none","--updaterev":"none","-B":"none","--bookmark":"none","--encoding":"none","-T":"none","--template":"none","-R":"read","--repository":"read","--logfile":"read"}}', "chg clone": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "chg pull": '{"operands":"remote-name","noOperands":"<remote>"}', "chg push": '{"operands":"remote-name","noOperands":"<remote>"}', "chg incoming": '{"operands":"remote-name","noOperands":"<remote>"}', "chg in": '{"operands":"remote-name","noOperands":"<remote>"}', "chg outgoing": '{"operands":"remote-name","noOperands":"<remote>"}', "chg out": '{"operands":"remote-name","noOperands":"<remote>"}', "chg fetch": '{"operands":"remote-name","noOperands":"<remote>"}', bzr: '{"operands":"read","guess":true,"options":{"-r":"none","--revision":"none","-m":"none","--message":"none","-F":"read","--file":"read","-d":"read","--directory":"read"}}', "bzr branch": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "bzr checkout": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "bzr co": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "bzr get": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "bzr clone": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "bzr pull": '{"operands":"remote-name","noOperands":"<remote>"}', "bzr push": '{"operands":"remote-name","noOperands":"<remote>"}', "bzr merge": '{"operands":"remote-name","noOperands":"<remote>"}', "bzr missing": '{"operands":"remote-name","noOperands":"<remote>"}', "bzr send": '{"operands":"remote-name","noOperands":"<remote>"}', brz: '{"operands":"read","guess":true,"options":{"-r":"none","--revision":"none","-m":"none","--message":"none","-F":"read","--file":"read","-d":"read","--directory":"read"}}', "brz branch": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "brz checkout": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "brz co": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "brz get": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "brz clone": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "brz pull": '{"operands":"remote-name","noOperands":"<remote>"}', "brz push": '{"operands":"remote-name","noOperands":"<remote>"}', "brz merge": '{"operands":"remote-name","noOperands":"<remote>"}', "brz missing": '{"operands":"remote-name","noOperands":"<remote>"}', "brz send": '{"operands":"remote-name","noOperands":"<remote>"}', fossil: `{"operands":"read","guess":true,"contacts":"(the remote of the repository's configuration)","contactsUnless":["(no operand)","(URL operand)","help","version","status","changes","diff","add","rm","mv","timeline","info","ls","extras","open","close","init","new","ui","server","clone","sync","pull","push","--version","--help"]}`, "fossil clone": '{"operands":"read","last":"write","remote":true}', "fossil sync": '{"operands":"remote-name","noOperands":"<remote>"}', "fossil pull": '{"operands":"remote-name","noOperands":"<remote>"}', "fossil push": '{"operands":"remote-name","noOperands":"<remote>"}', darcs: '{"operands":"read","guess":true}', "darcs clone": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "darcs get": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "darcs pull": '{"operands":"remote-name","noOperands":"<remote>"}', "darcs push": '{"operands":"remote-name","noOperands":"<remote>"}', "darcs send": '{"operands":"remote-name","noOperands":"<remote>"}', "darcs fetch": '{"operands":"remote-name","noOperands":"<remote>"}', cvs: '{"operands":"read","guess":true,"contacts":"(the server of the repository CVSROOT, CVS/Root or -d names)","contactsUnless":["(no operand)","--version","-v","--help","-H","init"],"options":{"-d":"cvsroot","-e":"none","-s":"none","-T":"none","-z":"none","-m":"none","-r":"none","-D":"none","-j":"none","-k":"none"}}', whois: '{"operands":"host","options":{"-h":"host","--host":"host","-p":"none","--port":"none","-i":"none","-T":"none","-s":"none","-q":"none","-t":"none","-v":"none","-g":"none"}}', tailscale: `{"operands":"none","contacts":"(the tailnet's coordination server, --login-server or controlplane.tailscale.com, and its peers)","contactsUnless":["(no operand)","version","help","status","ip","completion","--version","--help","-h"],"options":{"--login-server":"url","--authkey":"none","--auth-key":"none","--hostname":"none","--advertise-routes":"none","--advertise-tags":"none","--exit-node":"none","--operator":"none","--timeout":"none","--socket":"none"}}`, "tailscale ssh": '{"operands":"none","first":"host"}', "tailscale nc": '{"operands":"none","first":"host"}', "tailscale ping": '{"operands":"none","first":"host"}', "tailscale file": '{"operands":"none","operandsAfter":{"cp":{"op":"read"},"get":{"op":"write"}}}', "zerotier-cli": `{"operands":"none","contacts":"(the network's controller and ZeroTier's root servers)","contactsUnless":["(no operand)","info","listnetworks","listpeers","peers","listmoons","dump","get","status","help","-h","-v","leave"]}`, "wg-quick": `{"operands":"none","operandsAfter":{"up":{"op":"read"},"strip":{"op":"read"},"save":{"op":"write"}},"contacts":"(the peers' endpoints its configuration names)","contactsUnless":["(no operand)","down","strip","save","-h","--help"]}`, ansible: '{"operands":"none","contacts":"(the hosts of the configured inventory)","contactsUnless":["(no operand)","-i","--inventory","--inventory-file","--version","-h","--help","--list-hosts","--syntax-check","--list-tasks","--list-tags"],"options":{"-m":"none","--module-name":"none","-a":"none","--args":"none","-u":"none","--user":"none","-f":"none","--forks":"none","-l":"none","--limit":"none","-c":"none","--connection":"none","-T":"none","--timeout":"none","-B":"none","--background":"none","-P":"none","--poll":"none","--become-user":"none","--become-method":"none","-t":"none","--tags":"none","--skip-tags":"none","--ssh-common-args":"none","--ssh-extra-args":"none","--scp-extra-args":"none","--sftp-extra-args":"none","--vault-id":"none","-M":"none","--module-path":"none","--start-at-task":"none","-i":"inventory","--inventory":"inventory","--inventory-file":"inventory","-e":"data","--extra-vars":"data","--private-key":"read","--key-file":"read","--vault-password-file":"read","--vault-pass-file":"read","--connection-password-file":"read","--become-password-file":"read","--tree":"write-dir"}}', "ansible-playbook": '{"operands":"read","contacts":"(the hosts of the configured inventory)","contactsUnless":["(no operand)","-i","--inventory","--inventory-file","--version","-h","--help","--list-hosts","--syntax-check","--list-tasks","--list-tags"],"options":{"-m":"none","--module-name":"none","-a":"none","--args":"none","-u":"none","--user":"none","-f":"none","--forks":"none","-l":"none","--limit":"none","-c":"none","--connection":"none","-T":"none","--timeout":"none","-B":"none","--background":"none","-P":"none","--poll":"none","--become-user":"none","--become-method":"none","-t":"none","--tags":"none","--skip-tags":"none","--ssh-common-args":"none","--ssh-extra-args":"none","--scp-extra-args":"none","--sftp-extra-args":"none","--vault-id":"none","-M":"none","--module-path":"none","--start-at-task":"none","-i":"inventory","--inventory":"inventory","--inventory-file":"inventory","-e":"data","--extra-vars":"data","--private-key":"read","--key-file":"read","--vault-password-file":"read","--vault-pass-file":"read","--connection-password-file":"read","--become-password-file":"read","--tree":"write-dir"}}', "ansible-pull": '{"operands":"read","guess":true,"options":{"-m":"none","--module-name":"none","-a":"none","--args":"none","-u":"none","--user":"none","-f":"none","--forks":"none","-l":"none","--limit":"none","-c":"none","--connection":"none","-T":"none","--timeout":"none","-B":"none","--background":"none","-P":"none","--poll":"none","--become-user":"none","--become-method":"none","-t":"none","--tags":"none","--skip-tags":"none","--ssh-common-args":"none","--ssh-extra-args":"none","--scp-extra-args":"none","--sftp-extra-args":"none","--vault-id":"none","-M":"none","--module-path":"none","--start-at-task":"none","-i":"inventory","--inventory":"inventory","--inventory-file":"inventory","-e":"data","--extra-vars":"data","--private-key":"read","--key-file":"read","--vault-password-file":"read","--vault-pass-file":"read","--connection-password-file":"read","--become-password-file":"read","--tree":"write-dir","-U":"url","--url":"url","-d":"write-dir","--directory":"write-dir","-C":"none","--checkout":"none"}}', salt: '{"operands":"none","contacts":"(the salt master and its minions)","contactsUnless":["(no operand)","--version","-V","--help","-h","--versions-report"],"options":{"-c":"read","--config-dir":"read","-t":"none","--timeout":"none","-L":"none","-G":"none","-N":"none","-C":"none","-E":"none","--out":"none","--out-file":"write"}}', "salt-ssh": '{"operands":"none","contacts":"(the hosts of the salt roster)","contactsUnless":["(no operand)","--version","-V","--help","-h"],"options":{"--roster-file":"read","-c":"read","--config-dir":"read","--priv":"read","-i":"none"}}', pssh: '{"operands":"none","options":{"-h":"inventory","--hosts":"inventory","-H":"fleet-hosts","--host":"fleet-hosts","-l":"none","--user":"none","-p":"none","--par":"none","-o":"write-dir","--outdir":"write-dir","-e":"write-dir","--errdir":"write-dir","-t":"none","--timeout":"none","-O":"ssh-option","-x":"none","-X":"none","-I":"none"}}', "parallel-ssh": '{"operands":"none","options":{"-h":"inventory","--hosts":"inventory","-H":"fleet-hosts","--host":"fleet-hosts","-l":"none","--user":"none","-p":"none","--par":"none","-o":"write-dir","--outdir":"write-dir","-e":"write-dir","--errdir":"write-dir","-t":"none","--timeout":"none","-O":"ssh-option","-x":"none","-X":"none","-I":"none"}}', prsync: '{"operands":"none","options":{"-h":"inventory","--hosts":"inventory","-H":"fleet-hosts","--host":"fleet-hosts","-l":"none","--user":"none","-p":"none","--par":"none","-o":"write-dir","--outdir":"write-dir","-e":"write-dir","--errdir":"write-dir","-t":"none","--timeout":"none","-O":"ssh-option","-x":"none","-X":"none","-I":"none"}}', "parallel-rsync": '{"operands":"none","options":{"-h":"inventory","--hosts":"inventory","-H":"fleet-hosts","--host":"fleet-hosts","-l":"none","--user":"none","-p":"none","--par":"none","-o":"write-dir","--outdir":"write-dir","-e":"write-dir","--errdir":"write-dir","-t":"none","--timeout":"none","-O":"ssh-option","-x":"none","-X":"none","-I":"none"}}', pscp: '{"operands":"none","options":{"-h":"inventory","--hosts":"inventory","-H":"fleet-hosts","--host":"fleet-hosts","-l":"none","--user":"none","-p":"none","--par":"none","-o":"write-dir","--outdir":"write-dir","-e":"write-dir","--errdir":"write-dir","-t":"none","--timeout":"none","-O":"ssh-option","-x":"none","-X":"none","-I":"none"}}', "parallel-scp": '{"operands":"none","options":{"-h":"inventory","--hosts":"inventory","-H":"fleet-hosts","--host":"fleet-hosts","-l":"none","--user":"none","-p":"none","--par":"none","-o":"write-dir","--outdir":"write-dir","-e":"write-dir","--errdir":"write-dir","-t":"none","--timeout":"none","-O":"ssh-option","-x":"none","-X":"none","-I":"none"}}', pslurp: '{"operands":"none","options":{"-h":"inventory","--hosts":"inventory","-H":"fleet-hosts","--host":"fleet-hosts","-l":"none","--user":"none","-p":"none","--par":"none","-o":"write-dir","--outdir":"write-dir","-e":"write-dir","--errdir":"write-dir","-t":"none","--timeout":"none","-O":"ssh-option","-x":"none","-X":"none","-I":"none"}}', pnuke: '{"operands":"none","options":{"-h":"inventory","--hosts":"inventory","-H":"fleet-hosts","--host":"fleet-hosts","-l":"none","--user":"none","-p":"none","--par":"none","-o":"write-dir","--outdir":"write-dir","-e":"write-dir","--errdir":"write-dir","-t":"none","--timeout":"none","-O":"ssh-option","-x":"none","-X":"none","-I":"none"}}', pdsh: '{"operands":"none","contacts":"(the hosts of WCOLL or its genders file)","contactsUnless":["-w","-V","-h","-L"],"options":{"-w":"fleet-hosts","-x":"none","-R":"none","-l":"none","-t":"none","-u":"none","-f":"none","-g":"none","-X":"none"}}', clush: `{"operands":"none","contacts":"(the nodes of clush's groups configuration)","contactsUnless":["-w","--version","-h","--help"],"options":{"-w":"fleet-hosts","--nodes":"fleet-hosts","-x":"none","-g":"none","--group":"none","-X":"none","-l":"none","-f":"none","-t":"none","-u":"none","-R":"none","-O":"none","-c":"read","--copy":"read","--rcopy":"none","--dest":"none"}}`, fab: '{"operands":"none","reads":["fabfile.py"],"contacts":"(the hosts its fabfile and configuration name)","contactsUnless":["-H","--hosts","(no operand)","-l","--list","-V","--version","-h","--help"],"options":{"-H":"fleet-hosts","--hosts":"fleet-hosts","-f":"read","--fabfile":"read","-i":"read","--identity":"read","-S":"read","--ssh-config":"read","-R":"none","--roles":"none","-c":"none","--collection":"none"}}', "helm repo add": '{"operands":"none","last":"url"}', "helm registry login": '{"operands":"host","options":{"-u":"none","--username":"none","-p":"none","--password":"none","--cert-file":"read","--key-file":"read","--ca-file":"read"}}', "helm registry logout": '{"operands":"host"}', "helm install": '{"operands":"read","guess":true,"remote":true}', "helm upgrade": '{"operands":"read","guess":true,"remote":true}', "helm template": '{"operands":"read","guess":true,"remote":true}', "helm pull": '{"operands":"read","guess":true,"remote":true}', "helm fetch": '{"operands":"read","guess":true,"remote":true}', "helm show": '{"operands":"read","guess":true,"remote":true}', "helm inspect": '{"operands":"read","guess":true,"remote":true}', "helm push": '{"operands":"read","guess":true,"remote":true}', "helm repo update": `{"operands":"none","contacts":"(the chart repositories of helm's configuration)"}`, "helm dependency update": '{"operands":"none","contacts":"(the chart repositories Chart.yaml names)"}', "helm dependency build": '{"operands":"none","contacts":"(the chart repositories Chart.yaml names)"}', "helm dep update": '{"operands":"none","contacts":"(the chart repositories Chart.yaml names)"}', "helm dep build": '{"operands":"none","contacts":"(the chart repositories Chart.yaml names)"}', pulumi: `{"operands":"read","guess":true,"contacts":"(the Pulumi backend and the clouds its program's providers call)","contactsUnless":["(no operand)","version","help","about","gen-completion","completion","--version","--help","-h"]}`, packer: '{"operands":"read","guess":true}', "packer build": '{"operands":"read","tree":true,"noOperands":".","contacts":"(the cloud or hypervisor APIs its builders use, and the hosts its provisioners reach)"}', "packer init": '{"operands":"read","contacts":"(the plugin sources its template requires)"}', vagrant: '{"operands":"none"}', "vagrant up": `{"operands":"none","uploads":true,"contacts":"(Vagrant's box catalog and the provider's API)"}`, "vagrant box add": `{"operands":"none","remote":true,"contacts":"(Vagrant's box catalog, or the URL)","contactsUnless":["(URL operand)"]}`, "cargo publish": `{"operands":"none","uploads":true,"contacts":"(crates.io, or the registry --registry or cargo's configuration names)","options":{"--manifest-path":"read","--index":"url","--registry":"none","--token":"none","--target-dir":"write-dir","-p":"none","--package":"none"}}`, "cargo yank": `{"operands":"none","contacts":"(crates.io, or the registry --registry or cargo's configuration names)","options":{"--index":"url","--registry":"none","--token":"none"}}`, "cargo owner": `{"operands":"none","contacts":"(crates.io, or the registry --registry or cargo's configuration names)","options":{"--index":"url","--registry":"none","--token":"none"}}`, "cargo login": `{"operands":"none","contacts":"(crates.io, or the registry --registry or cargo's configuration names)","options":{"--index":"url","--registry":"none","--token":"none"}}`, "gem push": `{"operands":"read","contacts":"(rubygems.org, or the host --host or gem's configuration names)","options":{"--host":"url","-k":"none","--key":"none","--otp":"none"}}`, "gem yank": `{"operands":"none","contacts":"(rubygems.org, or the host --host or gem's configuration names)","options":{"--host":"url","-k":"none","--key":"none","--otp":"none","-v":"none","--version":"none","-a":"none","--add":"none","-r":"none","--remove":"none"}}`, "gem owner": `{"operands":"none","contacts":"(rubygems.org, or the host --host or gem's configuration names)","options":{"--host":"url","-k":"none","--key":"none","--otp":"none","-v":"none","--version":"none","-a":"none","--add":"none","-r":"none","--remove":"none"}}`, twine: '{"operands":"read","guess":true}', "twine upload": '{"operands":"read","contacts":"(PyPI, or the repository -r, --repository-url or .pypirc names)","options":{"--repository-url":"url","-r":"none","--repository":"none","--config-file":"read","-u":"none","--username":"none","-p":"none","--password":"none","--sign-with":"none","-i":"none","--identity":"none","--cert":"read","--client-cert":"read","-c":"none","--comment":"none","--attestations":"none"}}', vercel: `{"operands":"read","guess":true,"contacts":"(Vercel's API)","contactsUnless":["help","--version","-v","--help","-h"],"tree":true,"noOperands":".","when":{"--version":{"operands":"none"},"-v":{"operands":"none"},"--help":{"operands":"none"},"-h":{"operands":"none"}}}`, "vercel deploy": `{"operands":"none","uploads":true,"contacts":"(Vercel's API)"}`, netlify: `{"operands":"read","guess":true,"contacts":"(Netlify's API)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "netlify deploy": `{"operands":"none","uploads":true,"contacts":"(Netlify's API)"}`, firebase: `{"operands":"read","guess":true,"contacts":"(Firebase's and Google Cloud's APIs)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "firebase deploy": `{"operands":"none","uploads":true,"contacts":"(Firebase's and Google Cloud's APIs)"}`, fly: `{"operands":"read","guess":true,"contacts":"(Fly.io's API and machines)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "fly deploy": `{"operands":"read","uploads":true,"contacts":"(Fly.io's API and machines)","tree":true}`, "fly launch": `{"operands":"read","uploads":true,"contacts":"(Fly.io's API and machines)","tree":true}`, flyctl: `{"operands":"read","guess":true,"contacts":"(Fly.io's API and machines)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "flyctl deploy": `{"operands":"read","uploads":true,"contacts":"(Fly.io's API and machines)","tree":true}`, "flyctl launch": `{"operands":"read","uploads":true,"contacts":"(Fly.io's API and machines)","tree":true}`, wrangler: `{"operands":"read","guess":true,"contacts":"(Cloudflare's API)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "wrangler deploy": `{"operands":"read","uploads":true,"contacts":"(Cloudflare's API)","tree":true}`, "wrangler publish": `{"operands":"read","uploads":true,"contacts":"(Cloudflare's API)","tree":true}`, "wrangler pages deploy": `{"operands":"read","uploads":true,"contacts":"(Cloudflare's API)","tree":true}`, "wrangler pages publish": `{"operands":"read","uploads":true,"contacts":"(Cloudflare's API)","tree":true}`, railway: `{"operands":"read","guess":true,"contacts":"(Railway's API)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "railway up": `{"operands":"read","uploads":true,"contacts":"(Railway's API)","tree":true}`, amplify: `{"operands":"read","guess":true,"contacts":"(AWS Amplify's and AWS's APIs)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "amplify publish": `{"operands":"none","uploads":true,"contacts":"(AWS Amplify's and AWS's APIs)"}`, "amplify push": `{"operands":"none","uploads":true,"contacts":"(AWS Amplify's and AWS's APIs)"}`, serverless: `{"operands":"read","guess":true,"contacts":"(the provider's APIs the service's configuration names)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "serverless deploy": `{"operands":"none","uploads":true,"contacts":"(the provider's APIs the service's configuration names)"}`, sls: `{"operands":"read","guess":true,"contacts":"(the provider's APIs the service's configuration names)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "sls deploy": `{"operands":"none","uploads":true,"contacts":"(the provider's APIs the service's configuration names)"}`, sam: `{"operands":"read","guess":true,"contacts":"(AWS's APIs)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "sam deploy": `{"operands":"none","uploads":true,"contacts":"(AWS's APIs)"}`, "sam sync": `{"operands":"none","uploads":true,"contacts":"(AWS's APIs)"}`, cdk: `{"operands":"read","guess":true,"contacts":"(AWS's APIs)","contactsUnless":["(no operand)","help","version","--version","-v","-V","--help","-h"]}`, "cdk deploy": `{"operands":"none","uploads":true,"contacts":"(AWS's APIs)"}`, heroku: `{"operands":"read","guess":true,"contacts":"(Heroku's API and dynos)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","local","autocomplete"]}`, "gcloud app deploy": `{"operands":"read","uploads":true,"contacts":"(Google Cloud's service endpoints)","tree":true}`, "az webapp up": `{"operands":"none","uploads":true,"contacts":"(Azure's service endpoints)"}`, "az webapp deploy": `{"operands":"none","contacts":"(Azure's service endpoints)","options":{"--src-path":"read-tree","--src-url":"url"}}`, "npm publish": `{"operands":"read","tree":true,"noOperands":".","contacts":"(the registry of the package manager's configuration: registry.npmjs.org by default)"}`, "pnpm publish": `{"operands":"read","tree":true,"noOperands":".","contacts":"(the registry of the package manager's configuration: registry.npmjs.org by default)"}`, "yarn publish": `{"operands":"read","tree":true,"noOperands":".","contacts":"(the registry of the package manager's configuration: registry.npmjs.org by default)"}`, "yarn npm publish": `{"operands":"read","tree":true,"noOperands":".","contacts":"(the registry of the package manager's configuration: registry.npmjs.org by default)"}`, "bun publish": `{"operands":"read","tree":true,"noOperands":".","contacts":"(the registry of the package manager's configuration: registry.npmjs.org by default)"}`, "deno publish": '{"operands":"none","uploads":true,"contacts":"(jsr.io)"}', "jsr publish": '{"operands":"none","uploads":true,"contacts":"(jsr.io)"}', "poetry publish": `{"operands":"read","tree":true,"noOperands":"dist","contacts":"(PyPI, or the repository the project's or tool's configuration names)","when":{"--build":{"uploads":true}},"options":{"-r":"none","--repository":"none","-u":"none","--username":"none","-p":"none","--password":"none","--cert":"read","--client-cert":"read","--dist-dir":"read-tree"}}`, "flit publish": `{"operands":"none","uploads":true,"contacts":"(PyPI, or the repository the project's or tool's configuration names)","options":{"--repository":"none","--pypirc":"read"}}`, "pdm publish": `{"operands":"none","uploads":true,"contacts":"(PyPI, or the repository the project's or tool's configuration names)","options":{"-r":"url-or-read","--repository":"url-or-read","-u":"none","--username":"none","-P":"none","--password":"none","--ca-certs":"read","-i":"none","--identity":"none","-c":"none","--comment":"none"}}`, "hatch publish": `{"operands":"read","tree":true,"noOperands":"dist","contacts":"(PyPI, or the repository the project's or tool's configuration names)","options":{"-r":"none","--repo":"none","-u":"none","--user":"none","--username":"none","-a":"none","--auth":"none","-p":"none","--password":"none","--token":"none","-t":"none","--publish-url":"url","--ca-cert":"read","--client-cert":"read","--index":"none"}}`, "uv publish": `{"operands":"read","tree":true,"noOperands":"dist","contacts":"(PyPI, or the repository the project's or tool's configuration names)","options":{"-r":"none","--repo":"none","-u":"none","--user":"none","--username":"none","-a":"none","--auth":"none","-p":"none","--password":"none","--token":"none","-t":"none","--publish-url":"url","--ca-cert":"read","--client-cert":"read","--index":"none"}}`, "mix hex.publish": `{"operands":"none","uploads":true,"contacts":"(hex.pm, or the repository of mix's configuration)"}`, "pod trunk": '{"operands":"none","operandsAfter":{"push":{"op":"read","contacts":"(CocoaPods trunk, and the source the podspec names)"}}}', "dotnet nuget": `{"operands":"none","operandsAfter":{"push":{"op":"read","contacts":"(nuget.org, or the source -s or NuGet's configuration names)"}},"options":{"-s":"none","--source":"none","-k":"none","--api-key":"none","--symbol-source":"none","-ss":"none","--symbol-api-key":"none","-sk":"none","-t":"none","--timeout":"none"}}`, "nuget push": `{"operands":"read","contacts":"(nuget.org, or the source -Source or NuGet's configuration names)","options":{"-Source":"none","-ApiKey":"none","-SymbolSource":"none","-ConfigFile":"read"}}`, "conan upload": `{"operands":"none","contacts":"(the remote -r or conan's configuration names)","options":{"-r":"none","--remote":"none"}}`, "goreleaser release": '{"operands":"none","uploads":true,"contacts":"(the release hosts of .goreleaser.yaml: GitHub by default, registries, blob stores)","options":{"-f":"read","--config":"read","--release-notes":"read","--release-header":"read","--release-footer":"read","-p":"none","--parallelism":"none","--timeout":"none","--id":"none"}}', oras: '{"operands":"module"}', "oras push": '{"operands":"read","first":"module","options":{"--config":"read","-a":"none","--annotation":"none","--annotation-file":"read","--artifact-type":"none","--export-manifest":"write"}}', "oras pull": '{"operands":"module","options":{"-o":"write-dir","--output":"write-dir"}}', crane: '{"operands":"module"}', "crane push": '{"operands":"read","last":"module"}', "crane pull": '{"operands":"module","last":"write"}', skopeo: '{"operands":"url-or-read","guess":true,"options":{"--authfile":"read","--src-authfile":"read","--dest-authfile":"read","--src-creds":"none","--dest-creds":"none","--creds":"none","--override-os":"none","--override-arch":"none"}}', eb: `{"operands":"read","guess":true,"contacts":"(AWS Elastic Beanstalk's API)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion","init","local"]}`, "eb deploy": `{"operands":"none","uploads":true,"contacts":"(AWS Elastic Beanstalk's API)"}`, "eb create": `{"operands":"none","uploads":true,"contacts":"(AWS Elastic Beanstalk's API)"}`, cf: `{"operands":"read","guess":true,"contacts":"(the Cloud Foundry API cf's configuration targets)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, "cf push": `{"operands":"none","uploads":true,"contacts":"(the Cloud Foundry API cf's configuration targets)","when":{"-p":{"uploads":false},"--path":{"uploads":false}},"options":{"-p":"read-tree","--path":"read-tree","-f":"read","--manifest":"read","--vars-file":"read"}}`, eas: `{"operands":"read","guess":true,"contacts":"(Expo's build and update services)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, "eas build": `{"operands":"none","uploads":true,"contacts":"(Expo's build and update services)"}`, "eas update": `{"operands":"none","uploads":true,"contacts":"(Expo's build and update services)"}`, "eas submit": `{"operands":"none","uploads":true,"contacts":"(Expo's build and update services)"}`, kamal: '{"operands":"read","guess":true,"contacts":"(the servers of config/deploy.yml and the image registry)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}', "kamal deploy": '{"operands":"none","uploads":true,"contacts":"(the servers of config/deploy.yml and the image registry)"}', "kamal setup": '{"operands":"none","uploads":true,"contacts":"(the servers of config/deploy.yml and the image registry)"}', "kamal redeploy": '{"operands":"none","uploads":true,"contacts":"(the servers of config/deploy.yml and the image registry)"}', copilot: `{"operands":"read","guess":true,"contacts":"(AWS's APIs)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, "copilot deploy": `{"operands":"none","uploads":true,"contacts":"(AWS's APIs)"}`, sst: `{"operands":"read","guess":true,"contacts":"(the cloud provider's APIs)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, "sst deploy": `{"operands":"none","uploads":true,"contacts":"(the cloud provider's APIs)"}`, "sst dev": `{"operands":"none","uploads":true,"contacts":"(the cloud provider's APIs)"}`, zappa: `{"operands":"read","guess":true,"contacts":"(AWS's APIs)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, "zappa deploy": `{"operands":"none","uploads":true,"contacts":"(AWS's APIs)"}`, "zappa update": `{"operands":"none","uploads":true,"contacts":"(AWS's APIs)"}`, chalice: `{"operands":"read","guess":true,"contacts":"(AWS's APIs)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, "chalice deploy": `{"operands":"none","uploads":true,"contacts":"(AWS's APIs)"}`, supabase: `{"operands":"read","guess":true,"contacts":"(the Supabase project's API)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion","init","start","stop","status"]}`, convex: '{"operands":"read","guess":true,"contacts":"(the Convex deployment)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}', "convex deploy": '{"operands":"none","uploads":true,"contacts":"(the Convex deployment)"}', "convex dev": '{"operands":"none","uploads":true,"contacts":"(the Convex deployment)"}', doctl: `{"operands":"read","guess":true,"contacts":"(DigitalOcean's API and droplets)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, hcloud: `{"operands":"read","guess":true,"contacts":"(Hetzner Cloud's API and servers)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, "linode-cli": `{"operands":"read","guess":true,"contacts":"(Linode's API)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, scw: `{"operands":"read","guess":true,"contacts":"(Scaleway's API)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, ibmcloud: `{"operands":"read","guess":true,"contacts":"(IBM Cloud's API)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, oci: `{"operands":"read","guess":true,"contacts":"(Oracle Cloud's API)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, "vultr-cli": `{"operands":"read","guess":true,"contacts":"(Vultr's API)","contactsUnless":["(no operand)","help","version","--version","-v","--help","-h","completion"]}`, cap: `{"operands":"read","guess":true,"contacts":"(the servers of the stage's deploy configuration)","contactsUnless":["(no operand)","-T","--tasks","-V","--version","-h","--help","install"]}`, "supabase functions deploy": `{"operands":"none","uploads":true,"contacts":"(the Supabase project's API)"}`, surge: '{"operands":"read-tree","last":"none","noOperands":".","contacts":"(surge.sh)","contactsUnless":["--version","-V","--help","-h","whoami","logout"],"options":{"-p":"read-tree","--project":"read-tree","-d":"none","--domain":"none"}}', "deployctl deploy": '{"operands":"read","uploads":true,"contacts":"(Deno Deploy)"}', "expo publish": `{"operands":"none","uploads":true,"contacts":"(Expo's update service)"}`, "gh-pages": '{"operands":"none","contacts":"(the git remote it pushes to: origin by default, or --repo)","options":{"-d":"read-tree","--dist":"read-tree","-r":"url","--repo":"url","-s":"none","--src":"none","-b":"none","--branch":"none","-e":"none","--dest":"none","-m":"none","--message":"none","-u":"none","--user":"none","-o":"none","--remote":"none","-v":"none","--remove":"none"}}', "az acr build": '{"operands":"read-tree","noOperands":".","options":{"-r":"none","--registry":"none","-t":"none","--image":"none","-f":"read","--file":"read","--build-arg":"none","--secret-build-arg":"none","--platform":"none","--target":"none","--timeout":"none","--agent-pool":"none","--log-template":"none"}}', rsh: '{"operands":"none","first":"host","options":{"-l":"none"}}', rlogin: '{"operands":"none","first":"host","options":{"-l":"none"}}', rexec: '{"operands":"none","first":"host","options":{"-l":"none"}}', rcp: '{"operands":"read","remote":true,"last":"write","lastDir":true,"tree":["-r"]}', "ssh-copy-id": '{"operands":"none","first":"host","options":{"-i":"read","-p":"none","-F":"read","-o":"ssh-option","-t":"none"}}', unison: '{"operands":"write-tree","remote":true,"options":{"-root":"none","-path":"none","-ignore":"none","-logfile":"write","-batch":"none"}}', tsh: `{"operands":"read","guess":true,"contacts":"(the Teleport proxy of tsh's profile and the nodes behind it)","contactsUnless":["(no operand)","version","help","status","env","--version","-h","--help","logout"],"options":{"--proxy":"host"}}`, dvc: '{"operands":"url-or-read","guess":true,"contacts":"(the DVC remote of .dvc/config)","contactsUnless":["(no operand)","(URL operand)","add","init","commit","checkout","dag","diff","params","metrics","plots","config","remote","destroy","move","mv","remove","rm","root","version","doctor","freeze","unfreeze","install","status","gc","repro","exp","stage","cache","check-ignore","completion","--version","-h","--help"]}', "jj git": `{"operands":"none","operandsAfter":{"clone":{"op":"url-or-read","first":true},"push":{"op":"none","contacts":"(the git remote of the repository's configuration)"},"fetch":{"op":"none","contacts":"(the git remote of the repository's configuration)"}}}`, sl: '{"operands":"read","guess":true,"options":{"--cwd":"none","--config":"none","-r":"none","--rev":"none","-m":"none","--message":"none","-b":"none","--branch":"none","-e":"none","--ssh":"none","--remotecmd":"none","-l":"none","--limit":"none","-I":"none","--include":"none","-X":"none","--exclude":"none","-u":"none","--user":"none","-d":"none","--date":"none","-U":"none","--updaterev":"none","-B":"none","--bookmark":"none","--encoding":"none","-T":"none","--template":"none","-R":"read","--repository":"read","--logfile":"read"}}', "sl clone": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "sl pull": '{"operands":"remote-name","noOperands":"<remote>"}', "sl push": '{"operands":"remote-name","noOperands":"<remote>"}', "sl incoming": '{"operands":"remote-name","noOperands":"<remote>"}', "sl in": '{"operands":"remote-name","noOperands":"<remote>"}', "sl outgoing": '{"operands":"remote-name","noOperands":"<remote>"}', "sl out": '{"operands":"remote-name","noOperands":"<remote>"}', "pijul clone": '{"operands":"read","tree":true,"last":"write-tree","remote":true}', "pijul pull": '{"operands":"remote-name","noOperands":"<remote>"}', "pijul push": '{"operands":"remote-name","noOperands":"<remote>"}', "repo init": '{"operands":"none","options":{"-u":"url","--manifest-url":"url","-b":"none","--manifest-branch":"none","-m":"none","--manifest-name":"none","--reference":"read","--repo-url":"url","-g":"none","--groups":"none","-p":"none","--platform":"none","--depth":"none","--mirror":"none"}}', "repo sync": '{"operands":"none","contacts":"(the remotes of the repo manifest)"}', "repo upload": '{"operands":"none","contacts":"(the remotes of the repo manifest)"}', "git annex": `{"operands":"read","guess":true,"contacts":"(the remotes and special remotes of git-annex's configuration)","contactsUnless":["(no operand)","add","status","info","whereis","find","list","init","unlock","lock","version","help","fsck","log","unused","describe","config","--version","--help"]}`, "git ftp": `{"operands":"url-or-read","guess":true,"contacts":"(the FTP server of git-ftp's configuration)","contactsUnless":["(no operand)","(URL operand)","help","--version","--help","-h"],"options":{"-u":"none","--user":"none","-p":"none","--passwd":"none","-k":"none","--keychain":"none","-s":"none","--scope":"none","-b":"none","--branch":"none","--syncroot":"read-tree","--remote-root":"none","--key":"read","--pubkey":"read","--cacert":"read"}}`, "ansible-galaxy collection": '{"operands":"none","operandsAfter":{"publish":{"op":"read","contacts":"(Ansible Galaxy, or the server --server or ansible.cfg names)"}},"options":{"-s":"url","--server":"url","--api-key":"none","--token":"none"}}', "vagrant push": `{"operands":"none","uploads":true,"contacts":"(the push strategy's host of the Vagrantfile: HCP, FTP, \u2026)"}`, "vagrant cloud": `{"operands":"none","operandsAfter":{"publish":{"op":"read","contacts":"(Vagrant's box catalog)"}}}`, tmate: `{"operands":"none","contacts":"(tmate.io's servers, which publish this terminal to whoever holds the link)","contactsUnless":["-V","-h"],"options":{"-f":"read","-S":"none","-k":"none","-r":"none","-n":"none"}}`, upterm: `{"operands":"read","guess":true,"contacts":"(upterm's relay servers, which publish this terminal to whoever holds the link)","contactsUnless":["(no operand)","version","help","--version","-h","--help"],"options":{"--server":"url"}}`, sshx: `{"operands":"none","contacts":"(sshx.io's servers, which publish this terminal to whoever holds the link)","contactsUnless":["--version","-V","--help","-h"],"options":{"--server":"url","--shell":"none","--name":"none"}}`, "code tunnel": `{"operands":"none","contacts":"(Microsoft's dev tunnel service, which publishes this machine to the signed-in account)","options":{"--name":"none","--accept-server-license-terms":"none","--cli-data-dir":"none"}}`, devtunnel: `{"operands":"none","contacts":"(Microsoft's dev tunnel service, which publishes local ports)","contactsUnless":["(no operand)","--version","-h","--help","-?"]}`, "gcloud alpha storage cp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud alpha storage mv": `{"operands":"delete","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud alpha storage rsync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write","-x":"none","--exclude":"none"}}`, "gcloud beta storage cp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud beta storage mv": `{"operands":"delete","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud beta storage rsync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write","-x":"none","--exclude":"none"}}`, s3cmd: `{"operands":"read","guess":true,"contacts":"(the S3 endpoint of s3cmd's configuration, or --host)","contactsUnless":["(no operand)","--version","--help","-h","--configure","--dump-config"],"options":{"--acl-grant":"none","--acl-revoke":"none","--exclude":"none","--include":"none","--rexclude":"none","--rinclude":"none","--storage-class":"none","--mime-type":"none","--encoding":"none","--add-header":"none","--remove-header":"none","--server-side-encryption-kms-id":"none","--region":"none","--host":"none","--host-bucket":"none","--access_key":"none","--secret_key":"none","--access_token":"none","--limit-rate":"none","--multipart-chunk-size-mb":"none","--cache-file":"none","-c":"read","--config":"read","--exclude-from":"read","--include-from":"read","--rexclude-from":"read","--rinclude-from":"read"}}`, "s3cmd put": `{"operands":"read","remote":"place","tree":["-r","--recursive"],"contacts":"(the S3 endpoint of s3cmd's configuration, or --host)","options":{"--acl-grant":"none","--acl-revoke":"none","--exclude":"none","--include":"none","--rexclude":"none","--rinclude":"none","--storage-class":"none","--mime-type":"none","--encoding":"none","--add-header":"none","--remove-header":"none","--server-side-encryption-kms-id":"none","--region":"none","--host":"none","--host-bucket":"none","--access_key":"none","--secret_key":"none","--access_token":"none","--limit-rate":"none","--multipart-chunk-size-mb":"none","--cache-file":"none","-c":"read","--config":"read","--exclude-from":"read","--include-from":"read","--rexclude-from":"read","--rinclude-from":"read"}}`, "s3cmd sync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(the S3 endpoint of s3cmd's configuration, or --host)","options":{"--acl-grant":"none","--acl-revoke":"none","--exclude":"none","--include":"none","--rexclude":"none","--rinclude":"none","--storage-class":"none","--mime-type":"none","--encoding":"none","--add-header":"none","--remove-header":"none","--server-side-encryption-kms-id":"none","--region":"none","--host":"none","--host-bucket":"none","--access_key":"none","--secret_key":"none","--access_token":"none","--limit-rate":"none","--multipart-chunk-size-mb":"none","--cache-file":"none","-c":"read","--config":"read","--exclude-from":"read","--include-from":"read","--rexclude-from":"read","--rinclude-from":"read"}}`, "s3cmd get": `{"operands":"none","remote":"place","last":"write","lastDir":true,"tree":["-r","--recursive"],"contacts":"(the S3 endpoint of s3cmd's configuration, or --host)","options":{"--acl-grant":"none","--acl-revoke":"none","--exclude":"none","--include":"none","--rexclude":"none","--rinclude":"none","--storage-class":"none","--mime-type":"none","--encoding":"none","--add-header":"none","--remove-header":"none","--server-side-encryption-kms-id":"none","--region":"none","--host":"none","--host-bucket":"none","--access_key":"none","--secret_key":"none","--access_token":"none","--limit-rate":"none","--multipart-chunk-size-mb":"none","--cache-file":"none","-c":"read","--config":"read","--exclude-from":"read","--include-from":"read","--rexclude-from":"read","--rinclude-from":"read"}}`, wormhole: '{"operands":"none","contacts":"(the magic-wormhole relay and transit servers, unless --relay-url and --transit-helper name others)","contactsUnless":["--version","--help"],"options":{"--appid":"none","--relay-url":"none","--transit-helper":"none","--code-length":"none","-c":"none"}}', "wormhole send": '{"operands":"read","tree":true,"contacts":"(the magic-wormhole relay and transit servers, unless --relay-url and --transit-helper name others)","options":{"--text":"none","--code":"none","--code-length":"none","-c":"none","--appid":"none","--relay-url":"none","--transit-helper":"none"}}', restic: '{"operands":"read","guess":true,"contacts":"(the repository -r or RESTIC_REPOSITORY names: a directory, or a host or service)","contactsUnless":["(no operand)","version","help","--version","--help","-h","generate","cache"],"options":{"-r":"none","--repo":"none","--host":"none","--tag":"none","--cache-dir":"none","--limit-upload":"none","--limit-download":"none","-o":"none","--option":"none","--password-file":"read","-p":"read","--repository-file":"read","--files-from":"read","--exclude-file":"read","--iexclude-file":"read","--cacert":"read","--tls-client-cert":"read"}}', "restic backup": '{"operands":"read","tree":true,"contacts":"(the repository -r or RESTIC_REPOSITORY names: a directory, or a host or service)","options":{"-r":"none","--repo":"none","--host":"none","--tag":"none","--exclude":"none","-e":"none","--iexclude":"none","--cache-dir":"none","--limit-upload":"none","-o":"none","--option":"none","--parent":"none","--time":"none","--password-file":"read","-p":"read","--repository-file":"read","--files-from":"read","--files-from-raw":"read","--files-from-verbatim":"read","--exclude-file":"read","--iexclude-file":"read","--stdin-filename":"none"}}', "restic restore": '{"operands":"none","contacts":"(the repository -r or RESTIC_REPOSITORY names: a directory, or a host or service)","options":{"-r":"none","--repo":"none","--host":"none","--tag":"none","--include":"none","-i":"none","--exclude":"none","-e":"none","--path":"none","--target":"write-tree","-t":"write-tree","--password-file":"read","-p":"read"}}', kopia: '{"operands":"read","guess":true,"contacts":"(the repository kopia is connected to: a directory, or a host or service)","contactsUnless":["(no operand)","--version","--help","-h","--help-full"]}', "kopia snapshot": '{"operands":"read","first":"none","tree":true,"contacts":"(the repository kopia is connected to: a directory, or a host or service)"}', tarsnap: '{"operands":"read","tree":true,"contacts":"(the Tarsnap service)","contactsUnless":["--version","-h","--help"],"options":{"-f":"none","-C":"read","--keyfile":"read","--cachedir":"write-dir","-T":"read","-X":"read"}}', duplicacy: `{"operands":"none","contacts":"(the storage of duplicacy's preferences: a directory, or a host or service)","contactsUnless":["(no operand)","-version","-help","-h"]}`, "duplicacy backup": `{"operands":"none","uploads":true,"contacts":"(the storage of duplicacy's preferences: a directory, or a host or service)"}`, "bup save": '{"operands":"read","tree":true,"options":{"-n":"none","--name":"none","-r":"remote-name","--remote":"remote-name","-d":"none","--date":"none"}}', "bup index": '{"operands":"read","tree":true}', "rdiff-backup": '{"operands":"read","tree":true,"last":"write"}', rsnapshot: '{"operands":"none","contacts":"(the backup points rsnapshot.conf names: directories, or hosts over ssh or rsync)","contactsUnless":["(no operand)","configtest","-V","--version","-h","--help"]}', syncthing: `{"operands":"none","contacts":"(the devices of syncthing's configuration, and its discovery and relay servers)","contactsUnless":["--version","--help","-h","generate","--generate"]}`, borg: '{"operands":"read","guess":true}', "borg create": '{"operands":"read","first":"none","tree":true,"options":{"--exclude":"none","-e":"none","--comment":"none","--compression":"none","-C":"none","--checkpoint-interval":"none","--chunker-params":"none","--timestamp":"none","--remote-path":"none","--rsh":"none","--exclude-from":"read","--patterns-from":"read"}}', duplicity: '{"operands":"read","tree":true,"remote":"place","last":"write","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","contactsUnless":["(no operand)","--version","--help","-h"],"options":{"--exclude":"none","--include":"none","--exclude-regexp":"none","--include-regexp":"none","--exclude-if-present":"none","--exclude-older-than":"none","--name":"none","--time":"none","-t":"none","--restore-time":"none","--file-to-restore":"none","-r":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--volsize":"none","--full-if-older-than":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--max-blocksize":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write","--exclude-filelist":"read","--include-filelist":"read","--exclude-fileslist":"read","--files-from":"read"}}', "duplicity backup": '{"operands":"read","tree":true,"remote":"place","last":"write","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--exclude":"none","--include":"none","--exclude-regexp":"none","--include-regexp":"none","--exclude-if-present":"none","--exclude-older-than":"none","--name":"none","--time":"none","-t":"none","--restore-time":"none","--file-to-restore":"none","-r":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--volsize":"none","--full-if-older-than":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--max-blocksize":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write","--exclude-filelist":"read","--include-filelist":"read","--exclude-fileslist":"read","--files-from":"read"}}', "duplicity full": '{"operands":"read","tree":true,"remote":"place","last":"write","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--exclude":"none","--include":"none","--exclude-regexp":"none","--include-regexp":"none","--exclude-if-present":"none","--exclude-older-than":"none","--name":"none","--time":"none","-t":"none","--restore-time":"none","--file-to-restore":"none","-r":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--volsize":"none","--full-if-older-than":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--max-blocksize":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write","--exclude-filelist":"read","--include-filelist":"read","--exclude-fileslist":"read","--files-from":"read"}}', "duplicity incremental": '{"operands":"read","tree":true,"remote":"place","last":"write","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--exclude":"none","--include":"none","--exclude-regexp":"none","--include-regexp":"none","--exclude-if-present":"none","--exclude-older-than":"none","--name":"none","--time":"none","-t":"none","--restore-time":"none","--file-to-restore":"none","-r":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--volsize":"none","--full-if-older-than":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--max-blocksize":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write","--exclude-filelist":"read","--include-filelist":"read","--exclude-fileslist":"read","--files-from":"read"}}', "duplicity incr": '{"operands":"read","tree":true,"remote":"place","last":"write","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--exclude":"none","--include":"none","--exclude-regexp":"none","--include-regexp":"none","--exclude-if-present":"none","--exclude-older-than":"none","--name":"none","--time":"none","-t":"none","--restore-time":"none","--file-to-restore":"none","-r":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--volsize":"none","--full-if-older-than":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--max-blocksize":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write","--exclude-filelist":"read","--include-filelist":"read","--exclude-fileslist":"read","--files-from":"read"}}', "duplicity restore": '{"operands":"read","tree":true,"remote":"place","last":"write","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--exclude":"none","--include":"none","--exclude-regexp":"none","--include-regexp":"none","--exclude-if-present":"none","--exclude-older-than":"none","--name":"none","--time":"none","-t":"none","--restore-time":"none","--file-to-restore":"none","-r":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--volsize":"none","--full-if-older-than":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--max-blocksize":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write","--exclude-filelist":"read","--include-filelist":"read","--exclude-fileslist":"read","--files-from":"read"}}', "duplicity verify": '{"operands":"read","tree":true,"remote":"place","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--exclude":"none","--include":"none","--exclude-regexp":"none","--include-regexp":"none","--exclude-if-present":"none","--exclude-older-than":"none","--name":"none","--time":"none","-t":"none","--restore-time":"none","--file-to-restore":"none","-r":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--volsize":"none","--full-if-older-than":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--max-blocksize":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write","--exclude-filelist":"read","--include-filelist":"read","--exclude-fileslist":"read","--files-from":"read"}}', "duplicity collection-status": '{"operands":"read","tree":true,"remote":"place","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--name":"none","--time":"none","-t":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write"}}', "duplicity list-current-files": '{"operands":"read","tree":true,"remote":"place","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--name":"none","--time":"none","-t":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write"}}', "duplicity cleanup": '{"operands":"write","tree":true,"remote":"place","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--name":"none","--time":"none","-t":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write"}}', "duplicity remove-older-than": '{"operands":"write","skip":1,"tree":true,"remote":"place","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--name":"none","--time":"none","-t":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write"}}', "duplicity remove-all-but-n-full": '{"operands":"write","skip":1,"tree":true,"remote":"place","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--name":"none","--time":"none","-t":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write"}}', "duplicity remove-all-inc-of-but-n-full": '{"operands":"write","skip":1,"tree":true,"remote":"place","contacts":"(the backend a URL operand names: a host or a service; file:// is a directory)","options":{"--name":"none","--time":"none","-t":"none","--encrypt-key":"none","--sign-key":"none","--hidden-encrypt-key":"none","--encrypt-secret-keyring":"read","--gpg-binary":"none","--gpg-options":"none","--ssh-options":"none","--rsync-options":"none","--par2-options":"none","--verbosity":"none","-v":"none","--num-retries":"none","--backend-retry-delay":"none","--archive-dir":"write-dir","--tempdir":"write-dir","--log-file":"write"}}', curl: '{"operands":"url","options":{"-o":"write","-T":"read","-K":"read","-c":"write","-d":"data","-F":"form","--data-binary":"data","--data-raw":"none","--data-urlencode":"data","--url":"url","-x":"url","--proxy":"url","--connect-to":"connect-to","--resolve":"resolve","--preproxy":"url","--socks4":"url","--socks4a":"url","--socks5":"url","--socks5-hostname":"url","--proxy1.0":"url","--doh-url":"url","-D":"write","--dump-header":"write","--trace":"write","--trace-ascii":"write","--stderr":"write","-E":"read","--cert":"read","--key":"read","--cacert":"read","--output-dir":"write-dir"},"when":{"-O":{"operands":"url-file"},"--remote-name":{"operands":"url-file"},"--remote-name-all":{"operands":"url-file"}}}', wget: '{"operands":"url-file","when":{"-O":{"operands":"url"},"-i":{"contacts":"(the URLs the -i file lists)"}},"options":{"-O":"write","-o":"write","-a":"write","-i":"read","-P":"write-dir","-e":"none","--post-file":"read","--body-file":"read","--load-cookies":"read","--save-cookies":"write"}}', ssh: '{"operands":"none","first":"host","options":{"-i":"read","-F":"read","-J":"host","-E":"write","-o":"ssh-option"}}', scp: '{"operands":"read","remote":true,"last":"write","lastDir":true,"tree":["-r"],"options":{"-i":"read","-F":"read","-J":"host","-o":"ssh-option"}}', sftp: '{"operands":"none","first":"host","options":{"-i":"read","-F":"read","-J":"host","-b":"read","-o":"ssh-option"}}', rsync: '{"operands":"read","remote":true,"last":"write","lastDir":true,"tree":["-r","-a"],"options":{"--exclude-from":"read","--include-from":"read","--files-from":"read","--password-file":"read","--log-file":"write"}}', nc: '{"operands":"none","first":"host","options":{"-x":"host"}}', ncat: '{"operands":"none","first":"host","options":{"-o":"write","--output":"write","--proxy":"host"}}', netcat: '{"operands":"none","first":"host"}', telnet: '{"operands":"none","first":"host"}', ping: '{"operands":"host"}', ping6: '{"operands":"host"}', traceroute: '{"operands":"none","first":"host"}', tracepath: '{"operands":"none","first":"host"}', mtr: '{"operands":"host","options":{"-F":"read","--filename":"read"}}', dig: '{"operands":"host","options":{"-f":"read","-k":"read"}}', host: '{"operands":"host"}', nslookup: '{"operands":"host"}', openssl: '{"operands":"read","guess":true,"options":{"-connect":"host","-proxy":"host","-in":"read","-out":"write","-key":"read","-cert":"read","-CAfile":"read","-inkey":"read","-signkey":"read","-keyout":"write"}}', ftp: '{"operands":"none","first":"host"}', tftp: '{"operands":"none","first":"host"}', nmap: '{"operands":"host","options":{"-iL":"read","-oN":"write","-oX":"write","-oG":"write","-oS":"write","-oA":"write","--excludefile":"read","--datadir":"read","--script":"read","--resume":"read","--proxies":"url"}}', aria2c: '{"operands":"url-or-read","when":{"-i":{"contacts":"(the URLs the -i file lists)"}},"options":{"-d":"write-dir","-o":"write","-i":"read","--log":"write","--save-session":"write","--all-proxy":"url","--http-proxy":"url","--https-proxy":"url"}}', lynx: '{"operands":"url-or-read"}', chromium: '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', "chromium-browser": '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', "google-chrome": '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', "google-chrome-stable": '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', chrome: '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', firefox: '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', "brave-browser": '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', "microsoft-edge": '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', epiphany: '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', qutebrowser: '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', "sensible-browser": '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', "x-www-browser": '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', "www-browser": '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', webbrowser: '{"operands":"url-or-read","options":{"--screenshot":"write","--print-to-pdf":"write","--user-data-dir":"write-dir","--profile":"write-dir","--load-extension":"read"}}', tarfile: '{"operands":"read","tree":true,"options":{"-c":"write","--create":"write","-e":"read","--extract":"read","-l":"read","--list":"read","-t":"read","--test":"read"},"when":{"-e":{"operands":"write","tree":true},"--extract":{"operands":"write","tree":true}},"noOperandsWhen":{"-e":".","--extract":"."}}', zipfile: '{"operands":"read","tree":true,"options":{"-c":"write","--create":"write","-e":"read","--extract":"read","-l":"read","--list":"read","-t":"read","--test":"read"},"when":{"-e":{"operands":"write","tree":true},"--extract":{"operands":"write","tree":true}},"noOperandsWhen":{"-e":".","--extract":"."}}', ftplib: '{"operands":"none","first":"host"}', telnetlib: '{"operands":"none","first":"host"}', venv: '{"operands":"write-dir"}', drill: '{"operands":"host","options":{"-k":"read","-r":"read"}}', masscan: '{"operands":"host","options":{"-iL":"read","-c":"read","--excludefile":"read","-oX":"write","-oJ":"write","-oG":"write","-oL":"write","-oB":"write"}}', hping3: '{"operands":"host","options":{"-E":"read","--file":"read"}}', arping: '{"operands":"host"}', fping: '{"operands":"host","options":{"-f":"read"}}', nping: '{"operands":"host"}', tcptraceroute: '{"operands":"none","first":"host"}', "ssh-keyscan": '{"operands":"host","options":{"-f":"read"}}', "gnutls-cli": '{"operands":"none","first":"host","options":{"--x509cafile":"read","--x509certfile":"read","--x509keyfile":"read","--save-cert":"write","--save-ocsp":"write"}}', "openssl s_client": '{"operands":"host"}', "yt-dlp": '{"operands":"url-or-read","when":{"-a":{"contacts":"(the URLs the -a file lists)"}},"options":{"-o":"write","-P":"write-dir","-a":"read","--cookies":"read","--download-archive":"write","--proxy":"url"}}', "youtube-dl": '{"operands":"url-or-read","when":{"-a":{"contacts":"(the URLs the -a file lists)"}},"options":{"-o":"write","-a":"read","--cookies":"read","--download-archive":"write","--proxy":"url"}}', w3m: '{"operands":"url-or-read"}', links: '{"operands":"url-or-read"}', elinks: '{"operands":"url-or-read"}', psql: '{"operands":"connection","options":{"-h":"host-list","-f":"read","-o":"write","-L":"write","-d":"connection"}}', pg_dump: '{"operands":"connection","options":{"-h":"host-list","-f":"write","-d":"connection"}}', pg_dumpall: '{"operands":"none","options":{"-h":"host-list","-f":"write","-d":"connection","-l":"connection"}}', pg_restore: '{"operands":"read","options":{"-h":"host-list","-f":"write","-d":"connection","-L":"read"}}', pgcli: '{"operands":"connection","options":{"-h":"host-list","-d":"connection","--log-file":"write"}}', usql: '{"operands":"connection"}', mysql: '{"operands":"none","options":{"-h":"host","--defaults-file":"read","--defaults-extra-file":"read","--ssl-key":"read","--ssl-cert":"read","--ssl-ca":"read","--tee":"write"}}', mariadb: '{"operands":"none","options":{"-h":"host","--defaults-file":"read","--defaults-extra-file":"read","--ssl-key":"read","--ssl-cert":"read","--ssl-ca":"read","--tee":"write"}}', mycli: '{"operands":"connection","options":{"-h":"host","--logfile":"write","-l":"write"}}', mysqldump: '{"operands":"none","options":{"-h":"host","--defaults-file":"read","--defaults-extra-file":"read","--ssl-key":"read","--ssl-cert":"read","--ssl-ca":"read","-r":"write","-T":"write-dir"}}', "mariadb-dump": '{"operands":"none","options":{"-h":"host","--defaults-file":"read","--defaults-extra-file":"read","--ssl-key":"read","--ssl-cert":"read","--ssl-ca":"read","-r":"write","-T":"write-dir"}}', "redis-cli": '{"operands":"none","options":{"-h":"host","-u":"url","--rdb":"write","--functions-rdb":"write"}}', "valkey-cli": '{"operands":"none","options":{"-h":"host","-u":"url","--rdb":"write","--functions-rdb":"write"}}', "keydb-cli": '{"operands":"none","options":{"-h":"host","-u":"url","--rdb":"write","--functions-rdb":"write"}}', "redis-benchmark": '{"operands":"none","options":{"-h":"host","-u":"url"}}', pgbench: '{"operands":"connection","options":{"-h":"host-list","-f":"read","-d":"connection"}}', createdb: '{"operands":"none","options":{"-h":"host-list","--maintenance-db":"connection"}}', dropdb: '{"operands":"none","options":{"-h":"host-list","--maintenance-db":"connection"}}', createuser: '{"operands":"none","options":{"-h":"host-list"}}', dropuser: '{"operands":"none","options":{"-h":"host-list"}}', vacuumdb: '{"operands":"connection","options":{"-h":"host-list","-d":"connection","--maintenance-db":"connection"}}', reindexdb: '{"operands":"connection","options":{"-h":"host-list","-d":"connection","--maintenance-db":"connection"}}', clusterdb: '{"operands":"connection","options":{"-h":"host-list","-d":"connection","--maintenance-db":"connection"}}', pg_isready: '{"operands":"none","options":{"-h":"host-list","-d":"connection"}}', pg_basebackup: '{"operands":"none","options":{"-h":"host-list","-d":"connection","-D":"write-dir"}}', pg_receivewal: '{"operands":"none","options":{"-h":"host-list","-d":"connection","-D":"write-dir"}}', mysqladmin: '{"operands":"none","options":{"-h":"host","--defaults-file":"read","--defaults-extra-file":"read","--ssl-key":"read","--ssl-cert":"read","--ssl-ca":"read"}}', mysqlshow: '{"operands":"none","options":{"-h":"host","--defaults-file":"read","--defaults-extra-file":"read","--ssl-key":"read","--ssl-cert":"read","--ssl-ca":"read"}}', mysqlcheck: '{"operands":"none","options":{"-h":"host","--defaults-file":"read","--defaults-extra-file":"read","--ssl-key":"read","--ssl-cert":"read","--ssl-ca":"read"}}', mysqlimport: '{"operands":"read","first":"none","options":{"-h":"host","--defaults-file":"read","--defaults-extra-file":"read","--ssl-key":"read","--ssl-cert":"read","--ssl-ca":"read"}}', mysqlpump: '{"operands":"none","options":{"-h":"host","--result-file":"write","--defaults-file":"read","--defaults-extra-file":"read","--ssl-key":"read","--ssl-cert":"read","--ssl-ca":"read"}}', mysqlbinlog: '{"operands":"read","options":{"-h":"host","-r":"write","--defaults-file":"read","--defaults-extra-file":"read","--ssl-key":"read","--ssl-cert":"read","--ssl-ca":"read"}}', mongostat: '{"operands":"none","options":{"-h":"host-list","--uri":"connection"}}', mongotop: '{"operands":"none","options":{"-h":"host-list","--uri":"connection"}}', smbclient: '{"operands":"none","first":"url","options":{"-L":"host","-I":"host","-A":"read","--authentication-file":"read"}}', "cypher-shell": '{"operands":"none","options":{"-a":"url","--address":"url","-f":"read","--file":"read"}}', ldapsearch: '{"operands":"none","options":{"-H":"url","-h":"host","-y":"read","-f":"read"}}', ldapmodify: '{"operands":"none","options":{"-H":"url","-h":"host","-y":"read","-f":"read"}}', ldapadd: '{"operands":"none","options":{"-H":"url","-h":"host","-y":"read","-f":"read"}}', ldapdelete: '{"operands":"none","options":{"-H":"url","-h":"host","-y":"read","-f":"read"}}', ldapwhoami: '{"operands":"none","options":{"-H":"url","-h":"host","-y":"read"}}', mosquitto_pub: '{"operands":"none","options":{"-h":"host","-L":"url","-f":"read","--cafile":"read","--cert":"read","--key":"read"}}', mosquitto_sub: '{"operands":"none","options":{"-h":"host","-L":"url","--cafile":"read","--cert":"read","--key":"read"}}', kcat: '{"operands":"read","guess":true,"options":{"-b":"host-list","-F":"read"}}', kafkacat: '{"operands":"read","guess":true,"options":{"-b":"host-list","-F":"read"}}', etcdctl: '{"operands":"none","options":{"--endpoints":"host-list","--cacert":"read","--cert":"read","--key":"read"}}', nats: '{"operands":"none","options":{"-s":"host-list","--server":"host-list","--creds":"read"}}', vault: '{"operands":"form","paramFiles":["@"],"contacts":"(the Vault server of VAULT_ADDR, or -address)","contactsUnless":["(no operand)","version","-version","--version","-h","-help","--help","server","path-help"],"options":{"-address":"url","--address":"url","-ca-cert":"read","-client-key":"read","-client-cert":"read"}}', consul: '{"operands":"none","options":{"-http-addr":"url","--http-addr":"url","-ca-file":"read","-client-key":"read","-client-cert":"read"}}', mongosh: '{"operands":"connection-or-read","guess":true,"options":{"--host":"host-list","-f":"read"}}', mongo: '{"operands":"connection-or-read","guess":true,"options":{"--host":"host-list"}}', mongodump: '{"operands":"none","writes":["dump"],"when":{"-o":{"writes":[]},"--archive":{"writes":[]}},"options":{"-h":"host-list","--uri":"connection","-o":"write-dir","--archive":"write"}}', mongorestore: '{"operands":"read-tree","options":{"-h":"host-list","--uri":"connection","--dir":"read-tree","--archive":"read"}}', mongoexport: '{"operands":"none","options":{"-h":"host-list","--uri":"connection","-o":"write"}}', mongoimport: '{"operands":"read","options":{"-h":"host-list","--uri":"connection","--file":"read"}}', "clickhouse-client": '{"operands":"none","options":{"-h":"host","--queries-file":"read"}}', "clickhouse client": '{"operands":"none","options":{"-h":"host","--queries-file":"read"}}', "clickhouse local": '{"operands":"none","options":{"--queries-file":"read"}}', cqlsh: '{"operands":"none","first":"host","options":{"-f":"read","--cqlshrc":"read"}}', sqlcmd: '{"operands":"none","options":{"-S":"sql-server","-i":"read","-o":"write"}}', influx: '{"operands":"none","options":{"-host":"url","--host":"url","-path":"read","-f":"read"}}', mysqlsh: '{"operands":"none","options":{"-h":"host","--uri":"url"}}', trino: '{"operands":"none","options":{"--server":"url","-f":"read","--file":"read"}}', presto: '{"operands":"none","options":{"--server":"url","-f":"read","--file":"read"}}', bq: `{"operands":"read","guess":true,"contacts":"(Google BigQuery's service endpoints)","contactsUnless":["(no operand)","help","version","--help","-h"]}`, snowsql: `{"operands":"none","contacts":"(the Snowflake account's endpoint)","contactsUnless":["-v","--version","--help","-?"],"options":{"-f":"read"}}`, "git clone": `{"operands":"write","tree":"named","first":"remote-name","options":{"--reference":"read","--template":"read"},"when":{"--recurse-submodules":{"contacts":"(the submodules' remotes)"},"--recursive":{"contacts":"(the submodules' remotes)"}}}`, "git fetch": '{"operands":"none","first":"remote-name","noOperands":"<remote>"}', "git pull": '{"operands":"none","first":"remote-name","noOperands":"<remote>"}', "git push": '{"operands":"none","first":"remote-name","noOperands":"<remote>","options":{"--repo":"remote-name"}}', "git send-pack": '{"operands":"none","first":"remote-name","noOperands":"<remote>"}', "git ls-remote": '{"operands":"none","first":"remote-name","noOperands":"<remote>"}', "git request-pull": '{"operands":"none","skip":1,"first":"remote-name"}', "git submodule": `{"operands":"none","operandsAfter":{"add":{"op":"package","first":true},"update":{"op":"none","contacts":"(the submodules' remotes)"}}}`, "git lfs": '{"operands":"none","operandsAfter":{"pull":{"op":"none","contacts":"(the LFS server)"},"push":{"op":"none","contacts":"(the LFS server)"},"fetch":{"op":"none","contacts":"(the LFS server)"},"clone":{"op":"none","contacts":"(the LFS server)"}}}', "git send-email": '{"operands":"read","contacts":"(the configured SMTP server)"}', "git daemon": '{"operands":"read","tree":true,"serves":"--base-path"}', "git instaweb": '{"operands":"none","serves":"--base-path"}', "git p4": `{"operands":"none","contacts":"(the Perforce server of P4PORT or git-p4's configuration)","contactsUnless":["(no operand)","--help","-h"]}`, "git imap-send": '{"operands":"none","contacts":"(the IMAP server of imap.host)"}', "git cvsexportcommit": '{"operands":"none","contacts":"(the CVS repository of the working copy)"}', "git cvsimport": '{"operands":"none","contacts":"(the CVS repository of -d or CVSROOT)"}', "git diff": '{"pathspecs":true,"operands":"revpath","guess":true,"dashdash":"read","options":{"--output":"write","-O":"read"},"when":{"--no-index":{"guess":false}}}', "git log": '{"pathspecs":true,"operands":"read","guess":true,"dashdash":"read","options":{"--output":"write","-O":"read","-L":"line-range"}}', "git show": '{"operands":"revpath","pathspecs":true,"dashdash":"read","options":{"--output":"write","-O":"read"}}', "git cat-file": '{"operands":"revpath"}', "git blame": '{"pathspecs":true,"operands":"read","guess":true,"dashdash":"read"}', "git grep": '{"pathspecs":true,"operands":"read","skip":1,"skipUnless":["-e","-f"],"tree":true,"noOperands":".","options":{"-f":"read"}}', "git checkout": '{"pathspecs":true,"operands":"write","guess":true,"dashdash":"write","tree":"named","noOperandsWhen":{"-p":"."},"options":{"--pathspec-from-file":"read"},"when":{"-p":{"guess":false}}}', "git restore": '{"pathspecs":true,"operands":"write","tree":"named","noOperandsWhen":{"-p":"."},"options":{"--pathspec-from-file":"read"}}', "git merge-file": '{"operands":"read","first":"write","when":{"-p":{"first":"read"}}}', "git rm": '{"pathspecs":true,"operands":"delete","tree":["-r"],"options":{"--pathspec-from-file":"read"}}', "git mv": '{"operands":"delete","tree":"named","last":"write","lastDir":true}', "git add": '{"pathspecs":true,"operands":"read","noOperandsWhen":{"-A":".","--all":".","-u":".","--update":"."},"options":{"--pathspec-from-file":"read"}}', "git clean": '{"pathspecs":true,"operands":"delete","tree":true,"noOperands":".","when":{"-n":{"operands":"none"}}}', "git commit": '{"operands":"none","options":{"-F":"read","--file":"read","-t":"read","--template":"read"}}', "git apply": '{"operands":"read","extract":"--directory","when":{"--check":{"extract":""}}}', "git update-index": '{"operands":"read","options":{"--cacheinfo":"write"},"when":{"--force-remove":{"operands":"delete"},"--index-info":{"extract":"."},"--stdin":{"extract":"."}}}', "git checkout-index": '{"operands":"write","prefix":"--prefix","noOperandsWhen":{"-a":".","--stdin":"."}}', "git read-tree": '{"operands":"none","extract":"--prefix","options":{"--index-output":"write"}}', "git mktree": '{"operands":"none","extract":"."}', "git fast-import": '{"operands":"none","extract":".","options":{"--export-marks":"write","--import-marks":"read","--import-marks-if-exists":"read"}}', "git bundle": '{"operands":"none","operandsAfter":{"create":{"op":"write","first":true},"verify":{"op":"read","first":true},"list-heads":{"op":"read","first":true},"unbundle":{"op":"read","first":true}}}', "git format-patch": '{"operands":"none","writes":["[0-9]*.patch"],"options":{"-o":"write-dir","--output":"write","--signature-file":"read"},"when":{"--suffix":{"writes":["[0-9]*"]},"--numbered-files":{"writes":["[0-9]*"]},"-o":{"writes":[]},"--stdout":{"writes":[]},"--output":{"writes":[]}}}', "git replace": '{"operands":"none","extract":".","when":{"-d":{"extract":""},"-l":{"extract":""}}}', "git am": '{"operands":"read","extract":"--directory"}', "git archive": '{"operands":"read","guess":true,"tree":true,"skip":1,"pathspecs":true,"options":{"--remote":"url","-o":"write","--output":"write"}}', "git config": '{"operands":"none","options":{"-f":"read","--file":"read"}}', "git status": '{"operands":"none"}', "git branch": '{"operands":"none"}', "git switch": '{"operands":"none"}', "git merge": '{"operands":"none","options":{"-F":"read","--file":"read"}}', "git rebase": '{"operands":"none"}', "git reset": '{"operands":"none"}', "git stash": '{"operands":"none","pathspecs":true,"tree":"named","dashdash":"write","operandsAfter":{"push":{"op":"write"}}}', "git tag": '{"operands":"none","options":{"-F":"read","--file":"read"}}', "git init": '{"operands":"write"}', "git remote": '{"operands":"none","operandsAfter":{"update":{"op":"none","contacts":"(every remote)"}}}', "git rev-parse": '{"operands":"none"}', "git worktree": '{"operands":"none","operandsAfter":{"add":{"op":"write","first":true,"tree":true}}}' } };
var LazyTable = class {
  constructor(raw) {
    this.raw = raw;
    this.known = new Set(Object.keys(raw).filter((k) => !k.startsWith("$")));
  }
  raw;
  /** The names of the entries (keys starting with `$` are comments): a Set, as names come from the command line (see ownEntries). */
  known;
  parsed = /* @__PURE__ */ new Map();
  /**
   * The same table, its entries read as V: each reader declares the part of an entry it reads
   * (data/programs.json is shared by the argv, touch and hazard models; their types are their own).
   */
  view() {
    return this;
  }
  names() {
    return this.known.values();
  }
  has(name) {
    return this.known.has(name);
  }
  get(name) {
    let entry = this.parsed.get(name);
    if (entry !== void 0 || !this.known.has(name)) return entry;
    let raw = this.raw[name];
    return entry = typeof raw == "string" ? JSON.parse(raw) : raw, this.parsed.set(name, entry), entry;
  }
};
var PROGRAM_DATA = programs_default, PROGRAM_SPECS = new LazyTable(PROGRAM_DATA.programs), TOUCH_MODELS = new LazyTable(PROGRAM_DATA.touch), REGISTRY_DATA = PROGRAM_DATA.registries, PROGRAM_HAZARDS = new LazyTable(program_hazards_default.programs);
var PLAIN_KEYS = /* @__PURE__ */ new Set([
  "user.name",
  "user.email",
  "init.defaultbranch",
  "pull.rebase",
  "pull.ff",
  "push.default",
  "push.autosetupremote",
  "push.followtags",
  "fetch.prune",
  "fetch.prunetags",
  "rebase.autosquash",
  "rebase.autostash",
  "rebase.updaterefs",
  "merge.ff",
  "merge.conflictstyle",
  "commit.verbose",
  "commit.gpgsign",
  "tag.gpgsign",
  "log.date",
  "log.decorate",
  "log.follow",
  "color.ui",
  "color.diff",
  "color.status",
  "color.branch",
  "status.showuntrackedfiles",
  "status.short",
  "status.branch",
  "diff.algorithm",
  "diff.renames",
  "diff.colormoved",
  "diff.mnemonicprefix",
  "core.autocrlf",
  "core.filemode",
  "core.ignorecase",
  "core.eol",
  "core.safecrlf",
  "core.quotepath",
  "core.longpaths",
  "branch.autosetuprebase",
  "branch.autosetupmerge",
  "branch.sort",
  "column.ui",
  "rerere.enabled",
  "gc.auto"
]), READING_VERBS = /* @__PURE__ */ new Set(["get", "list"]), VALUED = /* @__PURE__ */ new Set(["-f", "--file", "--blob", "--type", "--default", "--comment", "--value", "--url"]), GLOBAL_VALUED = new Set(PROGRAM_SPECS.view().get("git").globalValued), reads = (option) => option === "-l" || option.startsWith("--get") || option.startsWith("--list"), BRANCH_KEYS = /* @__PURE__ */ new Set(["remote", "merge", "rebase", "pushremote"]);
function plainKey(key) {
  let k = key.toLowerCase();
  if (PLAIN_KEYS.has(k) || k.startsWith("advice.") && !k.includes(".", 7)) return true;
  let parts = k.split(".");
  return parts.length >= 3 && parts[0] === "branch" && BRANCH_KEYS.has(parts[parts.length - 1]);
}
function configAt(args) {
  let k = 0;
  for (; k < args.length; k++) {
    let a = args[k];
    if (a.dynamic || !a.value.startsWith("-")) break;
    GLOBAL_VALUED.has(a.value) && k++;
  }
  let sub = args[k];
  return sub && !sub.dynamic && sub.value === "config" ? k : -1;
}
function isGitConfig(args) {
  return configAt(args) >= 0;
}
function gitConfigOpaque(args) {
  let at = configAt(args);
  if (at < 0) return;
  let words = args.slice(at + 1), opaque = (why, word) => word === void 0 ? { reason: `"git config" ${why}` } : { reason: `"git config ${word}" ${why}`, construct: `git config ${word}` }, operands = [], reading = false, unsetting = false;
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    if (w.dynamic) return opaque("is given a word known only at run time: it may set any key");
    if (operands.length === 0 && !w.value.startsWith("-")) {
      if (READING_VERBS.has(w.value)) reading = true;
      else {
        if (w.value === "edit") return opaque("opens the configuration in an editor: any key may be set", w.value);
        if (w.value === "set") continue;
        if (w.value === "unset") unsetting = true;
        else {
          if (w.value === "rename-section" || w.value === "remove-section") return opaque("can move keys into sections that run programs", w.value);
          operands.push(w);
        }
      }
      continue;
    }
    if (w.value === "-e" || w.value === "--edit") return opaque("opens the configuration in an editor: any key may be set", w.value);
    if (w.value === "--rename-section" || w.value === "--remove-section") return opaque("can move keys into sections that run programs", w.value);
    reads(w.value) ? reading = true : w.value.startsWith("--unset") ? unsetting = true : VALUED.has(w.value) ? i++ : w.value.startsWith("-") || operands.push(w);
  }
  if (reading) return;
  let key = operands[0];
  if (key && !(operands.length === 1 && !unsetting) && !plainKey(key.value))
    return opaque("sets configuration that can make git run a program, read another file or contact another host", key.value);
}
function readShortCluster(word, letter) {
  let flags = [];
  for (let j = 1; j < word.length; j++) {
    let ch = word[j], kind = letter(ch);
    if (kind === "flag") {
      flags.push(ch);
      continue;
    }
    if (kind === "unknown") return { flags, unknown: ch, nextWord: false };
    let rest = j + 1 < word.length ? word.slice(j + 1) : void 0;
    return { flags, valued: ch, attached: rest, nextWord: rest === void 0 && kind === "value" };
  }
  return { flags, nextWord: false };
}
var AWK = {
  // system(), pipes, getline, output redirections; gawk's @include, @load and indirect calls
  // (`@f()` reaches system under another spelling); ARGV/ARGC assignments make awk read files the
  // line does not name; extension() loads code (gawk 4.0).
  hazards: ["system", "getline", "|", ">", "@", "ARGV", "ARGC", "extension"],
  valuedShort: /* @__PURE__ */ new Set(["F", "v", "f", "e", "i", "l", "E", "W"]),
  valuedLong: /* @__PURE__ */ new Set(["--field-separator", "--assign", "--file", "--source", "--include", "--load", "--exec"]),
  sources: /* @__PURE__ */ new Set(["-e", "--source"])
}, JQ = {
  // Modules: `import "x" as $d` reads x.json, `import`/`include` read .jq files, from the library
  // path or relative to the program.
  hazards: ["import", "include"],
  valuedShort: /* @__PURE__ */ new Set(["f", "L"]),
  valuedLong: /* @__PURE__ */ new Set(["--from-file", "--library-path", "--indent"]),
  pairs: /* @__PURE__ */ new Set(["--arg", "--argjson", "--slurpfile", "--rawfile"])
}, LANGUAGES = /* @__PURE__ */ new Map([
  ["awk", AWK],
  ["gawk", AWK],
  ["mawk", AWK],
  ["nawk", AWK],
  ["jq", JQ],
  ["gojq", JQ]
]);
function hasInlineProgram(exe) {
  return LANGUAGES.has(exe);
}
function inlinePrograms(language, args) {
  let sources = [], found = (operand) => sources.length || !operand ? sources : [operand];
  for (let k = 0; k < args.length; k++) {
    let a = args[k], v = a.value;
    if (v === "--") return found(args[k + 1]);
    if (v.startsWith("--")) {
      let eq = v.indexOf("="), name = eq < 0 ? v : v.slice(0, eq);
      if (language.pairs?.has(name)) k += 2;
      else if (language.valuedLong.has(name)) {
        let value = eq < 0 ? args[++k] : { ...a, value: v.slice(eq + 1) };
        value && language.sources?.has(name) && sources.push(value);
      }
      continue;
    }
    if (v.startsWith("-") && v.length > 1) {
      let c = readShortCluster(v, (ch) => language.valuedShort.has(ch) ? "value" : "flag");
      if (c.valued === void 0) continue;
      let value = c.attached !== void 0 ? { ...a, value: c.attached } : args[++k];
      value && language.sources?.has(`-${c.valued}`) && sources.push(value);
      continue;
    }
    return found(a);
  }
  return sources;
}
function inlineProgramOpaque(exe, args) {
  let language = LANGUAGES.get(exe);
  if (language)
    for (let program of inlinePrograms(language, args)) {
      if (program.dynamic) return { reason: `the ${exe} program is known only at run time` };
      let hazard = language.hazards.find((h) => program.value.includes(h));
      if (hazard)
        return { reason: `the ${exe} program can run commands or touch files the line does not name ("${hazard}")`, construct: `${exe} ${program.value}` };
    }
}
function own(table, key) {
  return table !== void 0 && Object.hasOwn(table, key) ? table[key] : void 0;
}
function ownEntries(table) {
  return new Map(Object.entries(table));
}
var KINDS = ["code", "elsewhere", "checked"], HAZARDS_BY_NAME = PROGRAM_HAZARDS.view(), OPTIONS_BY_NAME = PROGRAM_SPECS.view();
var INFORMATIONAL = /^-(?:-?version|-?help)$/;
function statementLanguage(program, args) {
  let runs = (name, h, rest) => h?.statements !== void 0 && !(rest.length > 0 && rest.every((a) => !a.dynamic && (INFORMATIONAL.test(a.value) || (h.informational ?? []).includes(a.value)))) ? { name, language: h.statements } : void 0, whole = runs(program, HAZARDS_BY_NAME.get(program), args);
  if (whole) return whole;
  let spec = OPTIONS_BY_NAME.get(program), valued = [...spec?.valued ?? [], ...spec?.globalValued ?? []];
  for (let k = 0; k < args.length; k++) {
    let v = args[k].value;
    if (args[k].dynamic || v === "--") return;
    if (!v.startsWith("-")) {
      let name2 = `${program} ${v}`;
      return runs(name2, HAZARDS_BY_NAME.get(name2), args.slice(k + 1));
    }
    let flag = runs(`${program} ${v}`, HAZARDS_BY_NAME.get(`${program} ${v}`), args.slice(k + 1));
    if (flag) return flag;
    let option = valued.find((o) => v === o || o.length === 2 && !o.startsWith("--") && v.startsWith(o));
    if (option === void 0) continue;
    let value = v === option ? args[++k]?.value : v.slice(option.length), name = `${program} ${option} ${value ?? ""}`, found = runs(name, HAZARDS_BY_NAME.get(name), args.slice(k + 1));
    if (found) return found;
  }
}
function hazardExamples(program, max = 4) {
  let h = HAZARDS_BY_NAME.get(program);
  return h ? [...h.code ?? [], ...h.elsewhere ?? [], ...h.checked ?? []].slice(0, max) : [];
}
function spellsOption(word, option, valuedShort = []) {
  if (option === "+") return word.startsWith("+") && word.length > 1;
  if (!option.startsWith("-")) return word.startsWith(option);
  if (option.startsWith("--") || option.length > 2) {
    if (word.length === option.length) return word === option;
    let after = word.charCodeAt(option.length);
    return word.length > option.length && (after === 61 || after === 58) && word.startsWith(option);
  }
  if (!word.startsWith("-") || word.startsWith("--") || word.length < 2 || option.length !== 2) return false;
  let letter = option[1], c = readShortCluster(word, (ch) => valuedShort.includes(`-${ch}`) ? "value" : "flag");
  return c.valued === letter || c.flags.includes(letter);
}
function listsFor(h, sub) {
  if (!h.subcommands) return [h];
  if (sub === null) return [h, ...Object.values(h.subcommands)];
  let lists = sub !== void 0 ? own(h.subcommands, sub) : void 0, shared = h.shared ? [h] : [];
  return lists ? [lists, ...shared] : shared;
}
function find(lists, word, valuedShort) {
  for (let l of lists)
    for (let kind of KINDS) {
      let option = l[kind]?.find((o) => spellsOption(word, o, valuedShort));
      if (option) return { kind, option };
    }
  let head = abbreviationHead(word);
  if (head !== void 0)
    for (let l of lists)
      for (let kind of KINDS) {
        let option = l[kind]?.find((o) => o.startsWith("--") && o.length > head.length && o.startsWith(head));
        if (option) return { kind, option };
      }
}
var FULL_OPTIONS = /* @__PURE__ */ new Set(["--text", "--checkpoint", "--pre", "--partial", "--backup", "--output", "--cookie", "--cpu-prof", "--heap-prof", "--declaration", "--cache", "--coverage", "--strip", "--link", "--copy", "--net", "--device", "--plugin", "--config", "--file", "--log", "--user", "--index", "--reference", "--exec", "--trace", "--setupFiles", "--inspect", "--tool", "--repo", "--as", "--global"]);
function abbreviationHead(word) {
  if (!word.startsWith("--")) return;
  let eq = word.indexOf("="), head = eq < 0 ? word : word.slice(0, eq);
  return head.length >= 5 && !FULL_OPTIONS.has(head) ? head : void 0;
}
function mayBeOption(w, lists) {
  if (!w.dynamic || w.procsub) return false;
  let v = w.value;
  if (!w.oneWord && (v.includes("$") || v.includes("`"))) return true;
  if (w.tilde) return false;
  let k = 0;
  for (; k < v.length && !"*?[$`".includes(v[k]); ) k++;
  let literal = v.slice(0, k);
  return literal === "" || literal.startsWith("-") || literal.startsWith("+") ? true : lists.some((l) => KINDS.some((kind) => (l[kind] ?? []).some((o) => !o.startsWith("-") && o !== "+" && (o.startsWith(literal) || literal.startsWith(o)))));
}
function isOneWord(a) {
  return a !== void 0 && (!a.dynamic || a.oneWord === true || a.procsub === true);
}
function scanHazards(program, args) {
  let h = HAZARDS_BY_NAME.get(program);
  if (!h || h.code === void 0 && h.elsewhere === void 0 && h.checked === void 0 && h.subcommands === void 0) return [];
  let spec = OPTIONS_BY_NAME.get(program), hits = [], k = 0, sub, valued = spec?.valued ?? [];
  if (h.subcommands) {
    let globalValued = spec?.globalValued ?? [];
    for (; k < args.length; k++) {
      let a = args[k];
      if (a.dynamic) {
        mayBeOption(a, [h]) && hits.push({ index: k, word: a.value });
        continue;
      }
      if (!a.value.startsWith("-") || a.value === "-") break;
      let found = find([h], a.value, globalValued);
      found && hits.push({ index: k, word: a.value, ...found }), globalValued.includes(a.value) && isOneWord(args[k + 1]) && k++;
    }
    let s = args[k];
    s?.dynamic ? (hits.push({ index: k, word: s.value }), sub = null) : sub = s?.value, s && k++, valued = (sub ? own(spec?.subcommands, sub)?.valued : void 0) ?? [];
  }
  let lists = listsFor(h, sub), ended = false;
  for (; k < args.length; k++) {
    let a = args[k];
    if (!a.dynamic && a.value === "--" && !h.optionsAnywhere) {
      ended = true;
      continue;
    }
    let readsOptions = !ended || h.optionsAnywhere === true;
    if (a.dynamic) {
      readsOptions && mayBeOption(a, lists.length ? lists : [h]) && hits.push({ index: k, word: a.value });
      continue;
    }
    let v = a.value;
    if (!readsOptions && v.startsWith("-")) continue;
    let found = find(lists, v, valued);
    if (!found && h.separator && v.includes(h.separator))
      for (let part of v.split(h.separator)) found ??= find(lists, part.trim(), valued);
    if (found && hits.push({ index: k, word: v, ...found, ...typeof sub == "string" ? { scope: sub } : {} }), readsOptions && valued.includes(v) && isOneWord(args[k + 1])) {
      k++;
      let value = args[k], attached = !found && /^-[^-]$/.test(v) && !value.dynamic ? find(lists, v + value.value, valued) : void 0;
      attached && hits.push({ index: k - 1, word: `${v} ${value.value}`, ...attached, ...typeof sub == "string" ? { scope: sub } : {} });
    }
  }
  return hits;
}
var CODE_VARIABLES = /* @__PURE__ */ new Set([
  "GIT_EXTERNAL_DIFF",
  "GIT_PAGER",
  "PAGER",
  "GIT_EDITOR",
  "EDITOR",
  "VISUAL",
  "GIT_SEQUENCE_EDITOR",
  "GIT_SSH",
  "GIT_SSH_COMMAND",
  "GIT_ASKPASS",
  "SSH_ASKPASS",
  "GIT_PROXY_COMMAND",
  "GIT_EXEC_PATH",
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_TEMPLATE_DIR",
  "GIT_CONFIG",
  "GIT_CONFIG_GLOBAL",
  "GIT_CONFIG_SYSTEM",
  "GIT_CONFIG_COUNT",
  "NODE_OPTIONS",
  "NODE_PATH",
  "LD_PRELOAD",
  "LD_LIBRARY_PATH",
  "LD_AUDIT",
  "DYLD_INSERT_LIBRARIES",
  "DYLD_LIBRARY_PATH",
  "BASH_ENV",
  "ENV",
  "ZDOTDIR",
  "PS4",
  "PS1",
  "PS2",
  "PROMPT_COMMAND",
  "PYTHONSTARTUP",
  "PYTHONPATH",
  "PYTHONHOME",
  "PYTHONINSPECT",
  "PERL5OPT",
  "PERL5LIB",
  "PERLLIB",
  "PERL5DB",
  "RUBYOPT",
  "RUBYLIB",
  "PATH",
  "IFS",
  "SHELLOPTS",
  "BASHOPTS",
  "CDPATH",
  "CLASSPATH",
  "JAVA_TOOL_OPTIONS",
  "_JAVA_OPTIONS",
  "JDK_JAVA_OPTIONS",
  "RUSTC_WRAPPER",
  "RUSTC",
  "CARGO_BUILD_RUSTC_WRAPPER",
  "CC",
  "CXX",
  "MAKEFLAGS",
  "MAKEFILES",
  "SHELL",
  "LESSOPEN",
  "LESSCLOSE",
  "MANPAGER",
  "BROWSER",
  "TERMINAL",
  "EXINIT",
  "VIMINIT",
  "HOME",
  "XDG_CONFIG_HOME",
  "DOCKER_HOST",
  "KUBECONFIG",
  // Configuration, pagers and helpers chosen by the environment: code, or a place the line does not show.
  "GIT_CONFIG_PARAMETERS",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_COMMON_DIR",
  "GIT_ALLOW_PROTOCOL",
  "GH_HOST",
  "GH_REPO",
  "GITLAB_HOST",
  "GITLAB_URI",
  "GL_HOST",
  "GITLAB_API_HOST",
  "GLAB_CONFIG_DIR",
  "LESS",
  "LESSKEY",
  "LESSKEYIN",
  "LESSKEY_CONTENT",
  "LESSEDIT",
  "SYSTEMD_PAGER",
  "SYSTEMD_PAGERSECURE",
  "MANOPT",
  "MANROFFOPT",
  "TAR_OPTIONS",
  "RSYNC_RSH",
  "RSYNC_CONNECT_PROG",
  "CVS_RSH",
  "CURL_HOME",
  "WGETRC",
  "RIPGREP_CONFIG_PATH",
  "RUSTFLAGS",
  "RUSTDOCFLAGS",
  "GOFLAGS",
  "AWS_CONFIG_FILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "DOCKER_CONFIG",
  "PYTHONUSERBASE",
  "PYTHONEXECUTABLE",
  "PYTHONBREAKPOINT",
  "NODE_REPL_EXTERNAL_MODULE",
  "SUDO_ASKPASS",
  "FCEDIT",
  "HISTFILE",
  "XDG_CONFIG_DIRS",
  "XDG_DATA_HOME",
  "GCONV_PATH",
  "BUNDLE_GEMFILE",
  "GEM_HOME",
  "GEMRC",
  // Editors, pagers, browsers and diff programs other tools run (gh, kubectl, hg, svn).
  "GH_EDITOR",
  "GH_PAGER",
  "GH_BROWSER",
  "GH_CONFIG_DIR",
  "KUBE_EDITOR",
  "KUBECTL_EXTERNAL_DIFF",
  "HGEDITOR",
  "HGRCPATH",
  "SVN_EDITOR",
  "SVN_SSH",
  "SUDO_EDITOR",
  "CCACHE_PREFIX",
  "HELM_PLUGINS",
  "DOCKER_CONTEXT",
  "SYSTEM_WGETRC",
  // Interpreters' start-up code, libraries and options read from the environment.
  "LUA_INIT",
  "LUA_PATH",
  "LUA_CPATH",
  "PHPRC",
  "PHP_INI_SCAN_DIR",
  "R_PROFILE",
  "R_PROFILE_USER",
  "R_ENVIRON",
  "R_ENVIRON_USER",
  "R_LIBS",
  "R_LIBS_USER",
  "ERL_AFLAGS",
  "ERL_FLAGS",
  "ERL_ZFLAGS",
  "ELIXIR_ERL_OPTIONS",
  "PYTHONWARNINGS",
  "PYTHONPYCACHEPREFIX",
  "PYTHONPLATLIBDIR",
  "JAVA_OPTS",
  "MAVEN_OPTS",
  "MAVEN_ARGS",
  "GRADLE_OPTS",
  "SBT_OPTS",
  "ANT_OPTS",
  "OPENSSL_CONF",
  "OPENSSL_ENGINES",
  "OPENSSL_MODULES",
  "NODE_REPL_HISTORY",
  "NODE_V8_COVERAGE",
  "SSLKEYLOGFILE",
  // Build tools' JVM, user home (gradle's init.d scripts), extra arguments, toolchain files, compiler
  // launchers and package search paths (CMake reads its config files from CMAKE_PREFIX_PATH), and
  // MSBuild's imports (every environment variable is an MSBuild property), bazelisk's download.
  "JAVA_HOME",
  "GRADLE_USER_HOME",
  "ANT_HOME",
  "ANT_ARGS",
  "CMAKE_TOOLCHAIN_FILE",
  "CMAKE_PREFIX_PATH",
  "CMAKE_C_COMPILER_LAUNCHER",
  "CMAKE_CXX_COMPILER_LAUNCHER",
  "CMAKE_CUDA_COMPILER_LAUNCHER",
  "CMAKE_C_LINKER_LAUNCHER",
  "CMAKE_CXX_LINKER_LAUNCHER",
  "FC",
  "CUDACXX",
  "HIPCXX",
  "OBJC",
  "OBJCXX",
  "ASM",
  "DOTNET_ROOT",
  "MSBUILD_EXE_PATH",
  "CustomBeforeMicrosoftCommonTargets",
  "CustomAfterMicrosoftCommonTargets",
  "DirectoryBuildPropsPath",
  "DirectoryBuildTargetsPath",
  "MSBuildExtensionsPath",
  "BAZELISK_BASE_URL",
  "USE_BAZEL_VERSION",
  // Go's own environment file, toolchain downloads, module proxies and install directory.
  "GOENV",
  "GOTOOLCHAIN",
  "GOPROXY",
  "GOSUMDB",
  "GONOSUMDB",
  "GONOSUMCHECK",
  "GOPRIVATE",
  "GONOPROXY",
  "GOINSECURE",
  "GOBIN",
  "GOPATH",
  "GOEXPERIMENT",
  "TF_CLI_CONFIG_FILE",
  // Options archivers and compressors read from the environment: code (ZIPOPT=-TT cmd) or names
  // the line does not show (GZIP=-N, XZ_OPT=--suffix=.json, UNZIPOPT=-d/tmp).
  "ZIPOPT",
  "UNZIPOPT",
  "ZIPINFOOPT",
  "GZIP",
  "PIGZ",
  "XZ_OPT",
  "XZ_DEFAULTS",
  "BZIP",
  "BZIP2",
  "LZOP",
  // Proxies: every request goes to a host the line does not show as one.
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "ALL_PROXY",
  "FTP_PROXY",
  "RSYNC_PROXY",
  // Database clients' server, service files and start-up scripts (libpq, mysql, sqlcmd): a host or code the line does not show.
  "PGHOST",
  "PGHOSTADDR",
  "PGSERVICE",
  "PGSERVICEFILE",
  "PGSYSCONFDIR",
  "PSQLRC",
  "MYSQL_HOST",
  "SQLCMDSERVER",
  "SQLCMDINI",
  // Cloud CLIs' endpoints, proxies, certificate bundles, pagers and configuration directories: a host or code the line does not show.
  "AWS_ENDPOINT_URL",
  "AWS_CA_BUNDLE",
  "AWS_PAGER",
  "CLOUDSDK_CONFIG",
  "CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE",
  "CLOUDSDK_AUTH_DISABLE_SSL_VALIDATION",
  "CLOUDSDK_CORE_UNIVERSE_DOMAIN",
  "AZURE_CONFIG_DIR",
  "AZURE_EXTENSION_DIR",
  // Pagers of bat and delta (git runs delta as its pager).
  "BAT_PAGER",
  "DELTA_PAGER"
]), CODE_VARIABLE_PREFIXES = ["GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_", "NPM_CONFIG_", "YARN_", "PNPM_", "LD_", "DYLD_", "BASH_FUNC_", "GIT_TRACE", "PIP_", "CARGO_", "CGO_", "UV_", "TF_CLI_ARGS", "LUA_INIT_", "COREPACK_", "BUN_CONFIG_", "AWS_ENDPOINT_URL_", "CLOUDSDK_API_ENDPOINT_OVERRIDES_", "CLOUDSDK_PROXY_"];
function isCodeVariable(name) {
  if (CODE_VARIABLES.has(name)) return true;
  let upper = name.toUpperCase();
  return upper.endsWith("_PROXY") && CODE_VARIABLES.has(upper) ? true : CODE_VARIABLE_PREFIXES.some((p) => upper.startsWith(p));
}
function assignedName(word) {
  let k = 0;
  for (; k < word.length && /[A-Za-z0-9_]/.test(word[k]); ) k++;
  if (k === 0 || /[0-9]/.test(word[0])) return;
  let rest = word.slice(k);
  return rest.startsWith("=") || rest.startsWith("+=") || rest.startsWith("[") ? word.slice(0, k) : void 0;
}
function assignmentOpaque(word) {
  let name = assignedName(word);
  if (!name) return;
  if (isCodeVariable(name))
    return { reason: `setting ${name} can make a program run code the line does not show`, construct: `${name}=` };
  let value = word.slice(word.indexOf("=") + 1);
  if ((value.includes("$(") || value.includes("`")) && word.includes("["))
    return { reason: `${name} holds text that arithmetic or an array subscript would run as code` };
}
function interpreterReadsStdin(base, spec, args) {
  let runsNone = spec.stdin;
  if (runsNone) {
    for (let k = 0; k < args.length; k++) {
      let a = args[k];
      if (a.dynamic) return;
      let v = a.value;
      if (v === "-" || v === "--") {
        let next = v === "--" ? args[k + 1] : void 0;
        if (next && next.value !== "-") return;
        break;
      }
      if (!v.startsWith("-")) return;
      let head = v.startsWith("--") ? v.split("=")[0] : v;
      if (runsNone.includes(head) || base === "python" && v.startsWith("-m")) return;
      spec.valued?.includes(v) && k++;
    }
    return { reason: `"${base}" reads its program from standard input, which cannot be checked`, construct: `${base} -` };
  }
}
function packageConfigKey(exe, args) {
  let at = args.findIndex((a) => !a.value.startsWith("-"));
  if (at < 0 || args[at].value !== "config") return;
  let rest = args.slice(at + 1).filter((a) => !a.value.startsWith("-"));
  if (!rest[0] || !["set", "add"].includes(rest[0].value)) return;
  let word = rest[1];
  if (!word) return;
  if (word.dynamic) return word.value;
  let key = word.value.split("=")[0].toLowerCase(), last = key.split(".").pop();
  return PACKAGE_CODE_KEYS.test(last) || key.startsWith("//") || key.startsWith("@") ? word.value : void 0;
}
var PACKAGE_CODE_KEYS = /^(?:script-shell|node-options|userconfig|globalconfig|prefix|registry|.*registry|shell|editor|git|browser|viewer|onload-script|init-module|proxy|https-proxy|http-proxy|noproxy|cafile|ca|cert|key|index-url|extra-index-url|find-links|trusted-host|target|root|src|cache-dir|cache|store-dir|global-dir|yarn-path|plugins|npm-path|node-linker|unsafe-perm|ignore-scripts|.*registryserver|yarnpath|httpproxy|httpsproxy|cafilepath|enablestrictssl|unsafehttpwhitelist|injectenvironmentfiles)$/, ASSIGNING_BUILTINS = /* @__PURE__ */ new Set(["read", "mapfile", "readarray", "getopts", "printf"]), INLINE_CODE = {
  python: { short: "c", long: [], valued: ["-W", "-X", "--check-hash-based-pycs", "-m"], stdin: ["-m", "-V", "--version", "-h", "--help", "-?", "--help-env", "--help-xoptions", "--help-all"] },
  node: { short: "ep", long: ["--eval", "--print"], valued: ["-r", "--require", "--import", "--loader", "--experimental-loader", "--input-type", "--conditions", "-C", "--env-file", "--title", "--watch-path", "--test-reporter", "--test-reporter-destination", "--test-name-pattern", "--test-concurrency"], stdin: ["-v", "--version", "-h", "--help", "--test", "--run", "--v8-options", "-i", "--interactive"] },
  bun: { short: "ep", long: ["--eval", "--print"], valued: ["-r", "--preload", "--cwd", "--env-file", "--config", "-c", "--tsconfig-override"] },
  deno: { short: "", long: ["eval", "repl"] },
  tsx: { short: "ep", long: ["--eval", "--print"], valued: ["-r", "--require", "--import", "--tsconfig", "--env-file"] },
  "ts-node": { short: "ep", long: ["--eval", "--print"], valued: ["-r", "--require", "-P", "--project", "-C", "--compiler", "-O", "--compilerOptions", "--dir", "--cwd", "-I", "--ignore"] },
  perl: { short: "eE", long: [], valued: ["-I", "-M", "-m"], stdin: ["-v", "--version", "-h", "--help", "-V"] },
  raku: { short: "e", long: [], valued: ["-I", "-M", "--doc", "--target", "--optimize", "--encoding", "--repl-mode"], stdin: ["-v", "--version", "-h", "--help", "-V"] },
  ruby: { short: "e", long: [], valued: ["-I", "-r", "-C", "-E", "--encoding", "--external-encoding", "--internal-encoding", "--enable", "--disable", "--dump"], stdin: ["-v", "--version", "-h", "--help"] },
  php: { short: "rBRE", long: ["--run"], valued: ["-c", "-d", "-f", "-F", "-t", "-S", "-z", "--php-ini", "--define", "--file", "--process-file", "--docroot", "--server", "--zend-extension"], stdin: ["-v", "--version", "-h", "--help", "-m", "--modules", "-i", "--info", "-S", "--server", "-l", "--syntax-check", "--ini", "-f", "--file", "--rf", "--rc", "--re", "--rz", "--ri"] },
  lua: { short: "e", long: [], valued: ["-l"], stdin: ["-v"] },
  Rscript: { short: "e", long: [], valued: ["--default-packages"] },
  R: { short: "", long: ["-e"], valued: ["--encoding", "--args", "-d", "--debugger"] },
  osascript: { short: "e", long: [], valued: ["-l", "-s"] },
  elixir: { short: "", long: ["-e", "--eval", "--rpc-eval", "--erl"], valued: ["-r", "-pr", "-pa", "-pz", "--sname", "--name", "--cookie", "--boot", "--boot-var", "--vm-args", "--logger-otp-reports", "--logger-sasl-reports"] },
  iex: { short: "", long: ["-e", "--eval", "--rpc-eval", "--erl", "--dot-iex"], valued: ["-r", "-pr", "-pa", "-pz", "--sname", "--name", "--cookie", "--remsh", "--boot", "--boot-var", "--vm-args"] },
  erl: { short: "", long: ["-eval", "-s", "-run", "-S"], anywhere: true },
  racket: { short: "e", long: ["--eval"], valued: ["-f", "--load", "-t", "--require", "-l", "--lib", "-p", "-d", "--load-cd", "-X", "--collects", "-S", "--search", "-A", "--addon", "-G", "--config", "-N", "--name", "-W", "--warn", "-L", "--syslog"] },
  guile: { short: "", long: ["-c"], valued: ["-l", "-e", "-L", "-C", "-x", "--language", "--listen"] },
  sbcl: { short: "", long: ["--eval"], anywhere: true },
  clisp: { short: "", long: ["-x"], anywhere: true },
  ecl: { short: "", long: ["-eval", "--eval"], anywhere: true },
  ccl: { short: "e", long: ["--eval"], anywhere: true },
  clojure: { short: "", long: ["-e", "--eval"], anywhere: true },
  scala: { short: "", long: ["-e", "--execute-script", "--execute-scala", "--execute-java", "--execute-sc"], anywhere: true },
  amm: { short: "", long: ["-c", "--code"], anywhere: true },
  groovy: { short: "e", long: [], valued: ["-cp", "-classpath", "--classpath", "-D", "--define", "-c", "--encoding", "-a", "--autosplit", "-i", "-l", "--configscript", "-b", "--basescript"] },
  ghc: { short: "", long: ["-e"], anywhere: true },
  ghci: { short: "", long: ["-e"], anywhere: true },
  qjs: { short: "e", long: ["--eval"], valued: ["-I", "--include", "--stack-size", "--memory-limit"] },
  julia: { short: "eE", long: ["--eval", "--print"], valued: ["-L", "--load", "-J", "--sysimage", "-p", "--procs", "-t", "--threads", "-C", "--cpu-target", "-O", "--machine-file"], stdin: ["-v", "--version", "-h", "--help"] },
  dc: { short: "e", long: ["--expression"], valued: ["-f", "--file"], stdin: ["-f", "--file", "-V", "--version", "-h", "--help"] },
  octave: { short: "", long: ["--eval"], anywhere: true, valued: ["--eval", "-p", "--path", "--exec-path", "--image-path", "--info-file", "--info-program", "--doc-cache-file", "--texi-macros-file"], stdin: ["-v", "--version", "-h", "--help"] },
  matlab: { short: "", long: ["-batch", "-r"], anywhere: true },
  maxima: { short: "r", long: ["--batch-string", "--run-string", "--batch-lisp"], anywhere: true },
  gnuplot: { short: "", long: ["-e"], anywhere: true, valued: ["-e", "-c"], stdin: ["-V", "--version", "-h", "--help"] },
  kotlinc: { short: "", long: ["-e", "-expression"], anywhere: true },
  jrunscript: { short: "", long: ["-e"], valued: ["-cp", "-classpath", "-l", "-f", "-J"] },
  rhino: { short: "", long: ["-e"], valued: ["-f", "-opt", "-O", "-version", "-modules", "-require"] },
  swift: { short: "", long: ["-e"] },
  crystal: { short: "", long: ["eval"] },
  jshell: { short: "", long: [], valued: ["--class-path", "--module-path", "--add-modules", "--startup", "-R", "-J", "--feedback", "--execution"], stdin: ["--version", "-h", "--help"] },
  // sbt without a command runs the sbt shell, whose commands (`eval`, `set`, `console`) come from standard input.
  sbt: {
    short: "",
    long: [],
    anywhere: true,
    valued: ["--sbt-dir", "-sbt-dir", "--sbt-boot", "-sbt-boot", "--ivy", "-ivy", "--sbt-jar", "-sbt-jar", "--sbt-version", "-sbt-version", "--java-home", "-java-home", "--mem", "-mem", "--sbt-launch-dir", "--sbt-launch-repo"],
    stdin: ["-h", "--help", "-help", "-V", "--version", "-version", "--numeric-version", "--script-version"]
  },
  tclsh: { short: "", long: [], valued: ["-encoding"], stdin: [] },
  wish: { short: "", long: [], valued: ["-encoding", "-display", "-geometry", "-name", "-colormap", "-visual", "-use"], stdin: ["-help"] },
  "babel-node": { short: "ep", long: ["--eval", "--print"], valued: ["-r", "--require", "--config-file", "--extensions", "--ignore", "--only", "--plugins", "--presets"] },
  nix: { short: "", long: ["--expr", "repl"], anywhere: true },
  "nix-instantiate": { short: "", long: ["-E", "--expr"], anywhere: true },
  "nix-build": { short: "", long: ["-E", "--expr"], anywhere: true },
  "nix-shell": { short: "", long: ["-E", "--expr"], anywhere: true },
  guix: { short: "", long: ["-e", "--expression", "repl"], anywhere: true },
  ipython: { short: "c", long: [], valued: ["-m"] },
  sage: { short: "", long: ["-c"] },
  gforth: { short: "e", long: ["--evaluate"] },
  pike: { short: "e", long: ["--execute"] },
  janet: { short: "e", long: [] },
  fennel: { short: "", long: ["-e", "--eval"] },
  hy: { short: "c", long: [], valued: ["-m"] },
  micropython: { short: "c", long: [], valued: ["-m", "-X"] },
  jython: { short: "c", long: [], valued: ["-m", "-W", "-Q"] },
  "rust-script": { short: "e", long: ["--expr"] },
  jbang: { short: "", long: ["--code"], anywhere: true },
  gjs: { short: "c", long: ["--command"], valued: ["-I", "--include-path", "--coverage-prefix", "--coverage-output", "--profile"] },
  d8: { short: "", long: ["-e"], anywhere: true },
  nim: { short: "", long: ["--eval"], anywhere: true },
  irb: { short: "", long: [], valued: ["-I", "-r"], stdin: ["-v", "--version", "-h", "--help"] },
  // Django's shell runs Python from -c or standard input (`manage.py shell -c CODE`, `… shell < x.py`).
  "manage.py": { short: "", long: ["shell", "shell_plus"] },
  "django-admin": { short: "", long: ["shell", "shell_plus"] },
  // `mix run -e CODE`, `rails runner CODE` (`rails r`), `rails console` reading standard input.
  mix: { short: "", long: ["-e", "--eval"], anywhere: true },
  rails: { short: "", long: ["runner", "r", "console", "c"] },
  emacsclient: { short: "ea", long: ["--eval", "--alternate-editor"], valued: ["-s", "--socket-name", "-f", "--server-file", "-F", "--frame-parameters", "-d", "--display", "-T", "--tramp", "-w", "--timeout"] },
  // `dotnet script eval CODE` (dotnet-script) evaluates C# given on the command line.
  dotnet: { short: "", long: ["eval"], anywhere: true },
  zx: { short: "e", long: ["--eval"], valued: ["--shell", "--prefix", "--postfix", "--cwd", "--ext", "--registry", "--env"], stdin: ["-v", "--version", "-h", "--help", "-i", "--install"] },
  rake: { short: "eEp", long: ["--execute", "--execute-continue", "--execute-print"], valued: ["-f", "--rakefile", "-r", "--require", "-I", "--libdir", "-R", "--rakelibdir", "-C", "--directory", "-j", "--jobs"], anywhere: true },
  m4: { short: "", long: [], valued: ["-D", "-U", "-I", "-L", "-F", "-R", "-o", "-t", "-l", "--define", "--undefine", "--include", "--nesting-limit", "--freeze-state", "--reload-state", "--error-output", "--trace", "--arglength", "--debugfile"], stdin: ["--version", "--help"] }
}, PYTHON_CODE_MODULES = {
  timeit: true,
  code: true,
  asyncio: true,
  pdb: ["-c", "--command"],
  IPython: ["-c", "--InteractiveShellApp.code_to_run"],
  idlelib: ["-c", "-r"]
}, DATA_URL_RUNTIMES = /* @__PURE__ */ new Set(["node", "bun", "deno", "tsx", "ts-node"]), SAME_INTERPRETER = {
  nodejs: "node",
  esno: "tsx",
  clj: "clojure",
  "scala-cli": "scala",
  "kotlinc-jvm": "kotlinc",
  kotlin: "kotlinc",
  perl6: "raku",
  rakudo: "raku",
  "octave-cli": "octave"
};
function interpreterBase(exe) {
  if (/^(?:python|pypy)[0-9.]*$/.test(exe)) return "python";
  let m = /^(?:(lua)(?:[0-9][0-9.]*|jit)|(ruby|perl|php)[0-9][0-9.]*)$/.exec(exe);
  if (m) return m[1] ?? m[2];
  let same = own(SAME_INTERPRETER, exe);
  if (same) return same;
  let tcl = /^(tclsh|wish)[0-9][0-9.]*$/.exec(exe);
  return tcl ? tcl[1] : exe;
}
var INLINE_CODE_BY_NAME = ownEntries(INLINE_CODE);
function programOpaque(exe, args) {
  let base = interpreterBase(exe), statements = statementLanguage(base, args);
  if (statements) {
    let shown = [exe, ...args.map((a) => a.value)].join(" ");
    return { reason: `"${statements.name}" runs ${statements.language}, from its arguments, files or standard input`, construct: shown };
  }
  let inline = INLINE_CODE_BY_NAME.get(base);
  if (inline) {
    if (DATA_URL_RUNTIMES.has(base) ? args.find((a) => /^(?:--?[\w-]+=)?data:/i.test(a.value)) : void 0) return { reason: `"${exe}" runs code given in a data: URL on the command line, which cannot be checked`, construct: `${exe} data:` };
    let network = base === "node" ? args.find((a) => /^--experimental-network-imports(?:=|$)/.test(a.value)) : void 0;
    if (network) return { reason: `"${exe} ${network.value}" runs code fetched from the network, which cannot be checked`, construct: `${exe} ${network.value}` };
    for (let k = 0; k < args.length; k++) {
      let a = args[k];
      if (a.value === "--") break;
      if (base === "perl" && /^-[mM]/.test(a.value)) {
        let module2 = a.value.length > 2 ? a.value.slice(2) : args[k + 1]?.value ?? "";
        if (!/^-?[\w:]+(?:=[\w:.,/+-]*)?$/.test(module2))
          return { reason: `"${exe} ${a.value.slice(0, 2)}${module2}" holds Perl code, which cannot be checked`, construct: `${exe} ${a.value.slice(0, 2)}` };
      }
      if (inline.long.includes(a.value) || inline.long.some((l) => a.value.startsWith(`${l}=`) || a.value.startsWith(`${l}:`)))
        return { reason: `"${exe} ${a.value}" runs a program given on the command line, which cannot be checked`, construct: `${exe} ${a.value}` };
      if (/^-[A-Za-z]+/.test(a.value) && !a.value.startsWith("--")) {
        let flag = readShortCluster(a.value, (ch) => inline.valued?.includes(`-${ch}`) ? "value" : "flag").flags.find((ch) => inline.short.includes(ch));
        if (flag) return { reason: `"${exe} -${flag}" runs a program given on the command line, which cannot be checked`, construct: `${exe} -${flag}` };
      }
      if (base === "python" && a.value.startsWith("-W")) {
        let spec = a.value.length > 2 ? a : args[k + 1];
        if (spec && (spec.dynamic || (spec.value.split(":")[2] ?? "").includes(".")))
          return { reason: `"${exe} -W ${spec.value}" imports the module its warning category names`, construct: `${exe} -W` };
      }
      if (base === "python" && a.value.startsWith("-m")) {
        let module2 = a.value.length > 2 ? a.value.slice(2) : args[k + 1]?.value ?? "", code2 = own(PYTHON_CODE_MODULES, module2), after = args.slice(a.value.length > 2 ? k + 1 : k + 2);
        if (code2 === true || code2 && after.some((w) => code2.includes(w.value.split("=")[0])))
          return { reason: `"${exe} -m ${module2}" runs Python code given on the command line, which cannot be checked`, construct: `${exe} -m ${module2}` };
        break;
      }
      if (inline.valued?.includes(a.value)) {
        k++;
        continue;
      }
      if (!a.value.startsWith("-") && !inline.anywhere) {
        let script = a.value.slice(a.value.lastIndexOf("/") + 1);
        if (base === "python" && script.endsWith(".py") && own(INLINE_CODE, script)) return programOpaque(script, args.slice(k + 1));
        break;
      }
    }
    let stdin = interpreterReadsStdin(base, inline, args);
    if (stdin || !inline.anywhere) return stdin;
  }
  let code = scanHazards(exe, args).find((h) => h.kind === "code");
  if (code) {
    let named = code.scope ? `${exe} ${code.scope} ${code.option}` : `${exe} ${code.option}`;
    return { reason: `"${named}" can make it run code the line does not show`, construct: named };
  }
  if (hasInlineProgram(exe)) return inlineProgramOpaque(exe, args);
  if (SHELL_ARCHIVES.has(exe))
    return { reason: `"${exe}" runs each shell archive with sh, whose commands can write, read or run anything`, construct: exe };
  if (LINE_EDITORS.has(exe))
    return { reason: `"${exe}" runs editing commands from standard input, which can write and read any file`, construct: exe };
  if ((exe === "sed" || exe === "gsed") && args.some((a) => a.value === "-f" || a.value.startsWith("--file")))
    return { reason: `"${exe} -f" runs a script from a file, which cannot be checked`, construct: `${exe} -f` };
  if (exe === "ssh" || exe === "scp" || exe === "sftp" || exe === "autossh" || exe === "sshfs")
    for (let k = 0; k < args.length; k++) {
      let v = args[k].value, value = v === "-o" ? args[k + 1]?.value ?? "" : v.startsWith("-o") ? v.slice(2) : "", lower = value.toLowerCase();
      if (args[k].dynamic && v.startsWith("-o")) return { reason: `"${exe} -o" is given an option known only at run time`, construct: `${exe} -o` };
      if (lower.includes("command") || lower.includes("proxyjump") || lower.includes("include"))
        return { reason: `"${exe} -o ${value}" runs a local command`, construct: `${exe} -o` };
    }
  if (exe === "git") {
    if (isGitConfig(args)) return gitConfigOpaque(args);
    for (let a of args) {
      if (a.value === "--") break;
      if (/^(?:--?config|core\.|alias\.)/i.test(a.value))
        return { reason: `"${exe} ${a.value}" can make it run code the line does not show`, construct: `${exe} ${a.value}` };
    }
  }
  if (exe === "npm" || exe === "pnpm" || exe === "yarn" || exe === "pip" || exe === "pip3" || exe === "uv") {
    let key = packageConfigKey(exe, args);
    if (key) return { reason: `"${exe} config set ${key}" changes where ${exe} fetches from or what it runs, for later commands`, construct: `${exe} config set ${key}` };
  }
  if (exe === "go")
    for (let k = 0; k < args.length; k++) {
      let m = /^--?(ldflags|gccgoflags)(?:=(.*))?$/s.exec(args[k].value);
      if (!m) continue;
      let value = m[2] !== void 0 ? args[k] : args[k + 1], text = m[2] ?? value?.value ?? "";
      if (value?.dynamic || m[1] === "gccgoflags" || /(?:^|[\s'"=])--?(?:extld|extldflags|extar|I)(?:$|[\s'"=/])/.test(text))
        return { reason: `"${exe} -${m[1]} ${text}" can make it run a program the line does not show (an external linker, its flags, or an interpreter)`, construct: `${exe} -${m[1]}` };
    }
  if (exe === "mvn" || exe === "mvnw") {
    let plugin = mavenPluginOpaque(exe, args);
    if (plugin) return plugin;
  }
  if (exe === "gio" && args[0]?.value === "launch")
    return { reason: '"gio launch" runs the command line of a desktop entry, which the line does not show', construct: "gio launch" };
  if (OPENERS.has(exe) || exe === "gio" && args[0]?.value === "open") {
    let opened = openerOpaque(exe, exe === "gio" ? args.slice(1) : args);
    if (opened) return opened;
  }
  if (exe === "git" && args.some((a) => /^ext::/.test(a.value)))
    return { reason: 'a git "ext::" URL runs a command', construct: "git ext::" };
  if (ASSIGNING_BUILTINS.has(exe))
    for (let k = 0; k < args.length; k++) {
      let a = args[k], name = exe !== "printf" ? a.value.startsWith("-a") && exe === "read" ? a.value.slice(2) : a.value : a.value.startsWith("-v") && a.value.length > 2 ? a.value.slice(2) : args[k - 1]?.value === "-v" ? a.value : "";
      if (!a.dynamic && name && isCodeVariable(name))
        return { reason: `"${exe}" sets ${name}, which can make a program run code the line does not show`, construct: `${name}=` };
    }
  switch (exe) {
    case "set":
      return args.some((a) => /^-[A-Za-z]*k/.test(a.value)) || args.some((a, i) => a.value === "keyword" && /^-[A-Za-z]*o$/.test(args[i - 1]?.value ?? "")) ? { reason: '"set -k" makes NAME=value arguments of later commands environment variables', construct: "set -k" } : void 0;
    case "mapfile":
    case "readarray":
      return args.some((a) => /^-[A-Za-z]*C/.test(a.value)) ? { reason: `"${exe} -C" runs a callback`, construct: `${exe} -C` } : void 0;
    case "hash":
      return args.some((a) => /^-[A-Za-z]*p/.test(a.value)) ? { reason: '"hash -p" binds a command name to another program', construct: "hash -p" } : void 0;
    case "enable":
      return { reason: '"enable" loads or hides builtins, changing what later names run', construct: "enable" };
    case "fc":
      return args.length > 0 && /^-[A-Za-z]*l/.test(args[0].value) ? void 0 : { reason: `"fc" runs commands again from the shell's history, which the line does not show`, construct: "fc" };
    case "complete":
    case "compgen":
      return args.some((a) => /^-[A-Za-z]*[CF]/.test(a.value)) ? { reason: `"${exe} -C/-F" runs a command`, construct: `${exe} -C` } : void 0;
    case "bind":
      return args.some((a) => /^-[A-Za-z]*x/.test(a.value)) ? { reason: '"bind -x" runs a command', construct: "bind -x" } : void 0;
    case "export":
    case "declare":
    case "typeset":
    case "local":
    case "readonly":
      for (let a of args) {
        if (a.dynamic && !a.value.startsWith("-")) return { reason: `"${exe}" assigns a name known only at run time`, construct: exe };
        let o = assignmentOpaque(a.value);
        if (o) return o;
      }
      return exe !== "export" && args.some((a) => /^-[A-Za-z]*n/.test(a.value)) ? { reason: `"${exe} -n" makes a name refer to another variable`, construct: `${exe} -n` } : void 0;
    case "shopt":
      return args.some((a) => a.value === "expand_aliases" || a.value === "extdebug" || a.value === "execfail") ? { reason: '"shopt" turns on an option that changes what later names run', construct: "shopt" } : void 0;
    case "ulimit":
    case "umask":
      return;
  }
}
var OPENERS = /* @__PURE__ */ new Set(["open", "xdg-open", "cygstart", "start", "wslview", "gnome-open", "kde-open", "kde-open5", "exo-open", "mimeopen", "explorer.exe", "kioclient", "kioclient5"]), RUNNABLE_EXTENSIONS = /* @__PURE__ */ new Set([
  "sh",
  "bash",
  "zsh",
  "ksh",
  "csh",
  "tcsh",
  "fish",
  "command",
  "tool",
  "app",
  "terminal",
  "workflow",
  "action",
  "scpt",
  "scptd",
  "applescript",
  "jar",
  "py",
  "pyw",
  "pl",
  "rb",
  "php",
  "js",
  "jse",
  "vbs",
  "vbe",
  "wsf",
  "wsh",
  "hta",
  "bat",
  "cmd",
  "com",
  "exe",
  "msi",
  "msc",
  "ps1",
  "psm1",
  "scr",
  "cpl",
  "lnk",
  "url",
  "webloc",
  "inetloc",
  "desktop",
  "run",
  "bin",
  "appimage",
  "pkg",
  "mpkg",
  "dmg",
  "deb",
  "rpm",
  "apk",
  "reg",
  "inf",
  "ws",
  "xpi",
  "crx",
  "vsix",
  "prefpane",
  "kext",
  "plugin",
  "saver",
  "mobileconfig"
]);
function openerOpaque(exe, args) {
  for (let a of args) {
    let v = a.value;
    if (a.dynamic) return { reason: `"${exe}" opens ${v}, known only at run time, with whatever program the machine associates with it`, construct: exe };
    if (/^(?:-[ab]|--args|--env|--action|\/)/.test(v) && !(exe === "open" && /^-[a-z]*[et]$/.test(v)))
      return { reason: `"${exe} ${v}" has the file run or shown by a program the line does not name, which may run it`, construct: `${exe} ${v.split("=")[0]}` };
    if (v.startsWith("-") || v === "." || v === ".." || v.endsWith("/") || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(v)) continue;
    let base = v.slice(v.lastIndexOf("/") + 1), dot = base.lastIndexOf("."), ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
    if (ext === "" || RUNNABLE_EXTENSIONS.has(ext))
      return { reason: `"${exe} ${v}" may run it (a script, an application, a program or a file without an extension) with whatever the machine associates with it`, construct: `${exe} ${v}` };
  }
}
var MAVEN_PLUGIN_GROUPS = /* @__PURE__ */ new Set(["org.apache.maven.plugins", "org.codehaus.mojo"]), MAVEN_VALUED = /* @__PURE__ */ new Set(["-D", "-P", "--activate-profiles", "-pl", "--projects", "-rf", "--resume-from", "-T", "--threads", "-b", "--builder", "-l", "--log-file", "-f", "--file", "-s", "--settings", "-gs", "--global-settings", "-t", "--toolchains", "-gt", "--global-toolchains", "-e", "-am", "-amd"]);
function mavenPluginOpaque(exe, args) {
  for (let k = 0; k < args.length; k++) {
    let a = args[k];
    if (!a.dynamic && a.value.startsWith("-")) {
      MAVEN_VALUED.has(a.value) && !["-e", "-am", "-amd"].includes(a.value) && k++;
      continue;
    }
    if (a.dynamic) return { reason: `"${exe}" is given a goal known only at run time, which may name any plugin`, construct: exe };
    let parts = a.value.split(":");
    if (parts.length >= 3 && parts.length <= 5 && parts.every((p) => p !== "") && !MAVEN_PLUGIN_GROUPS.has(parts[0]))
      return { reason: `"${exe} ${a.value}" runs a plugin named by its coordinates, fetched from a repository: code the line and the repository do not show`, construct: `${exe} ${parts[0]}:${parts[1]}` };
  }
}
var SHELL_ARCHIVES = /* @__PURE__ */ new Set(["unshar"]), LINE_EDITORS = /* @__PURE__ */ new Set(["ed", "red", "ex"]), UNMODELLED_RUNNERS = /* @__PURE__ */ new Set([
  "chroot",
  "script",
  "watch",
  "parallel",
  "pkexec",
  "flock",
  "nsenter",
  "unshare",
  "strace",
  "ltrace",
  "chrt",
  "prlimit",
  "setpriv",
  "sg",
  "firejail",
  "bwrap",
  "systemd-run",
  "machinectl",
  "ssh-agent",
  "dbus-run-session",
  "catchsegv",
  "valgrind",
  "gdb",
  "lldb",
  "perf",
  "faketime",
  "proot",
  "fakeroot",
  "torsocks",
  "proxychains",
  "proxychains4",
  "tsocks",
  "caffeinate",
  "systemd-inhibit",
  "start-stop-daemon",
  "daemonize",
  "run-parts",
  "entr",
  "inotifywait",
  "reflex",
  "nodemon",
  "with-contenv",
  "s6-setuidgid",
  "chpst",
  "cpulimit",
  "numactl",
  "setarch",
  "linux32",
  "linux64",
  "trickle",
  "tmux",
  "screen",
  "expect",
  "at",
  "batch",
  "crontab",
  "sshpass",
  // File watchers and process runners whose commands are shell strings among their own options.
  "watchexec",
  "chokidar",
  "concurrently",
  "onchange",
  "watchman-make",
  "scl",
  "cross-env-shell",
  // Job queues, retries, init shims, cluster launchers and sandboxes that run the command they are given.
  "pee",
  "retry",
  "tini",
  "catatonit",
  "pueue",
  "tsp",
  "nq",
  "sem",
  "srun",
  "sbatch",
  "mpirun",
  "mpiexec",
  "heaptrack",
  "cgexec",
  "schedtool",
  "runas",
  "sandbox-exec",
  "dbus-launch",
  // Readline and pipe helpers, lock and compiler wrappers (ccache, sccache, distcc, icecc take
  // settings on their own line that prefix the compiler with any command), detachers, sandboxes
  // and security-context launchers, inetd-like servers (each connection runs the command),
  // `newgrp` (a new shell reading standard input), `vipe` ($EDITOR), `launchctl asuser/submit`.
  "rlwrap",
  "mispipe",
  "lckdo",
  "ccache",
  "sccache",
  "distcc",
  "icecc",
  "pump",
  "dtach",
  "abduco",
  "flatpak-spawn",
  "apptainer",
  "singularity",
  "rootlesskit",
  "runcon",
  "aa-exec",
  "capsh",
  "tcpserver",
  "tcpsvd",
  "udpsvd",
  "newgrp",
  "vipe",
  "launchctl",
  // Containers entered through a root directory (a login shell, or the command given).
  "systemd-nspawn",
  "schroot",
  // pkgx (`pkgx [+PKG…] CMD ARG…`): its `+PKG` words add packages before the command it runs.
  "pkgx",
  // Desktop-entry launchers: the entry's Exec line is a command the line does not show.
  "gtk-launch",
  "dex"
]);
function isWindowsCmd(exe, args) {
  return exe === "cmd" && args.some((a) => /^\/\/?[ckCK]$/.test(a.value));
}
var FOREIGN_SHELLS = /* @__PURE__ */ new Set([
  "fish",
  "csh",
  "tcsh",
  "pwsh",
  "powershell",
  "nu",
  "elvish",
  "xonsh",
  "rc",
  "es",
  // Oils (osh, ysh), ion, murex, hush, and Windows' cmd and PowerShell under their .exe names.
  "osh",
  "ysh",
  "oil",
  "ion",
  "murex",
  "hush",
  "cmd.exe",
  "powershell.exe",
  "pwsh.exe"
]);
var isNameStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95, isNameChar = (c) => isNameStart(c) || c >= 48 && c <= 57, CLOSES = { ")": "(", "]": "[", "}": "{" };
function wordAt(text, k, w) {
  return text.startsWith(w, k) ? (k === 0 || !isNameChar(text.charCodeAt(k - 1))) && !isNameChar(text.charCodeAt(k + w.length)) : false;
}
var EVALUATED_SUBSTITUTION = "$(";
function reevaluatedNames(text) {
  let out = /* @__PURE__ */ new Set(), open = [], marked = 0, command, push = (char, mark) => {
    open.push({ char, marked: mark }), mark && marked++;
  };
  for (let k = 0; k < text.length; k++) {
    let c = text[k], code = text.charCodeAt(k);
    if (c === "\\") {
      k++;
      continue;
    }
    let inDouble = open[open.length - 1]?.char === '"', evaluating = marked > 0 || command !== void 0;
    if (inDouble && c === '"') {
      open.pop();
      continue;
    }
    if (!(inDouble && (c === "(" || c === "[" || c === "{") && text[k - 1] !== "$") && !(inDouble && (c === ")" || c === "]" || c === "}" || c === "'" || c === "-")))
      if (isNameStart(code) && (k === 0 || !isNameChar(text.charCodeAt(k - 1)))) {
        let end = k;
        for (; end < text.length && isNameChar(text.charCodeAt(end)); ) end++;
        let expanded = text[k - 1] === "$" || text[k - 1] === "{" && text[k - 2] === "$";
        (marked > 0 || command === "names" || command === "values" && expanded) && out.add(text.slice(k, end)), !inDouble && wordAt(text, k, "let") && (command = "names"), text[end] === "[" && !inDouble && (push("[", true), end++), k = end - 1;
      } else if (c === '"')
        push('"', false);
      else if (c === "'" && !evaluating) {
        let ansi = text[k - 1] === "$", close = k + 1;
        for (; close < text.length && text[close] !== "'"; ) close += ansi && text[close] === "\\" ? 2 : 1;
        k = close;
      } else if (c === "(")
        evaluating && text[k - 1] === "$" && text[k + 1] !== "(" && out.add(EVALUATED_SUBSTITUTION), push("(", text[k + 1] === "(");
      else if (c === "`")
        evaluating && out.add(EVALUATED_SUBSTITUTION);
      else if (c === "[")
        push("[", text[k - 1] === "$" || text[k + 1] === "[" || open[open.length - 1]?.char === "[");
      else if (c === "{")
        push("{", text[k - 1] === "$" && text[k + 1] === "!");
      else if (c === ")" || c === "]" || c === "}") {
        let top = open[open.length - 1];
        top && top.char === CLOSES[c] && (open.pop(), top.marked && marked--);
      } else c === "-" && text[k + 1] === "v" && (text[k + 2] === " " || text[k + 2] === "	") ? (command = "values", k++) : open.length === 0 && (c === ";" || c === "&" || c === "|" || c === `
`) && (command = void 0);
  }
  return out;
}
var isPlain = (c) => isNameChar(c) || c === 32 || c === 9 || c === 46 || c === 47 || c === 45 || c === 43 || c === 58 || c === 44;
function loopNamesOfRunTimeWords(text, out) {
  let pending = [], lastNotPlain = -1, settle = () => {
    for (let p of pending) lastNotPlain > p.end && out.add(p.name);
    pending.length = 0;
  };
  for (let k = 0; k < text.length; k++) {
    let c = text[k];
    if (c === ";" || c === `
` || wordAt(text, k, "do")) {
      settle();
      continue;
    }
    if (wordAt(text, k, "for") || wordAt(text, k, "select")) {
      let at = k + (c === "f" ? 3 : 6);
      for (; text[at] === " " || text[at] === "	"; ) at++;
      let start = at;
      for (; at < text.length && isNameChar(text.charCodeAt(at)); ) at++;
      at > start && pending.push({ name: text.slice(start, at), end: at }), k = Math.max(k, at - 1);
      continue;
    }
    isPlain(text.charCodeAt(k)) || (lastNotPlain = k);
  }
  settle();
}
function braceExpand(units, limit) {
  try {
    return expand(units, limit).map((us) => us.map((u) => u.t).join(""));
  } catch (e) {
    if (e instanceof TooBig) return `brace expansion yields more than ${limit} words`;
    throw e;
  }
}
var TooBig = class extends Error {
};
function expand(units, limit) {
  for (let i = 0; i < units.length; i++) {
    if (!isActive(units[i], "{")) continue;
    let close = matchingClose(units, i);
    if (close < 0) continue;
    let inner = units.slice(i + 1, close), alts = alternatives(inner, limit);
    if (!alts) continue;
    let prefix = units.slice(0, i), suffixes = expand(units.slice(close + 1), limit), out = [];
    for (let a of alts)
      for (let x of expand(a, limit))
        for (let suf of suffixes)
          if (out.push([...prefix, ...x, ...suf]), out.length > limit) throw new TooBig();
    return out;
  }
  return [[...units]];
}
function isActive(u, ch) {
  return u !== void 0 && u.active && u.t === ch;
}
function matchingClose(units, open) {
  let depth = 0;
  for (let k = open; k < units.length; k++)
    if (isActive(units[k], "{")) depth++;
    else if (isActive(units[k], "}") && --depth === 0) return k;
  return -1;
}
function alternatives(inner, limit) {
  let parts = [[]], depth = 0;
  for (let u of inner)
    isActive(u, "{") ? depth++ : isActive(u, "}") && depth--, depth === 0 && isActive(u, ",") ? parts.push([]) : parts[parts.length - 1].push(u);
  return parts.length > 1 ? parts : inner.some((u) => !u.active) ? void 0 : sequence(inner.map((u) => u.t).join(""), limit)?.map((t) => [{ t, active: false }]);
}
function sequence(text, limit) {
  let num = /^([+-]?\d+)\.\.([+-]?\d+)(?:\.\.([+-]?\d+))?$/.exec(text), chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([+-]?\d+))?$/.exec(text), m = num ?? chr;
  if (!m) return;
  let step = Math.abs(Number(m[3] ?? 1)) || 1, a = num ? Number(m[1]) : m[1].charCodeAt(0), b = num ? Number(m[2]) : m[2].charCodeAt(0), count = Math.floor(Math.abs(b - a) / step) + 1;
  if (count > limit) throw new TooBig();
  let width = num && (/^[+-]?0\d/.test(m[1]) || /^[+-]?0\d/.test(m[2])) ? Math.max(m[1].length, m[2].length) : 0, out = [], dir = b >= a ? 1 : -1;
  for (let k = 0, v = a; k < count; k++, v += dir * step)
    if (!num) out.push(String.fromCharCode(v));
    else {
      let abs = String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), "0");
      out.push(v < 0 ? "-" + abs : abs);
    }
  return out;
}
var RESERVED = /* @__PURE__ */ new Set([
  "!",
  "{",
  "}",
  "case",
  "do",
  "done",
  "elif",
  "else",
  "esac",
  "fi",
  "for",
  "function",
  "if",
  "in",
  "select",
  "then",
  "until",
  "while"
]);
function isReservedWord(raw) {
  return raw.length <= 8 && RESERVED.has(raw);
}
var OPERATORS = [
  ";;&",
  ";;",
  ";&",
  ";",
  "&&",
  "&>>",
  "&>",
  "&",
  "||",
  "|&",
  "|",
  "<<<",
  "<<-",
  "<<",
  "<>",
  "<&",
  "<",
  ">>",
  ">&",
  ">|",
  ">"
], IO = /(?:\d+|\{[A-Za-z_][A-Za-z0-9_]*\})[<>]/y, META = /* @__PURE__ */ new Set([" ", "	", `
`, ";", "&", "|", "(", ")", "<", ">"]), BRACE_OR_GLOB = /* @__PURE__ */ new Set(["{", "}", ",", "*", "?", "[", "]"]), RUN_STOP = /* @__PURE__ */ new Set([...META, ...BRACE_OR_GLOB, "\\", "'", '"', "$", "`", "#", "~"]), RUN_STOP_CODES = new Uint8Array(128);
for (let c of RUN_STOP) RUN_STOP_CODES[c.charCodeAt(0)] = 1;
var DQUOTE_STOP = /* @__PURE__ */ new Set(['"', "\\", "$", "`"]), LexError = class extends Error {
}, UNDERSCORES = "\0_", MAX_LEX_NESTING = 64, Lexer = class {
  constructor(s) {
    this.s = s;
    this.n = s.length;
  }
  s;
  i = 0;
  n;
  /**
   * The rewrites for the parser's text, in order, as [from, to, text] (text shorter than to-from
   * is padded with spaces; UNDERSCORES fills with `_`). Applied only when the parser asks for the
   * text (parseText): most lines never reach the parser, and most of those that do have none.
   */
  edits;
  words = [];
  tokens = [];
  pending = [];
  nesting = 0;
  /** Runs one nested construct, refusing to go deeper than MAX_LEX_NESTING. */
  nested(read) {
    if (++this.nesting > MAX_LEX_NESTING) throw new LexError(`constructs are nested more than ${MAX_LEX_NESTING} levels deep`);
    try {
      return read();
    } finally {
      this.nesting--;
    }
  }
  /** Puts one character in the parser's text at k. */
  put(k, c) {
    this.rewrite(k, k + 1, c);
  }
  /** Rewrites from..to in the parser's text with `text` (padded with spaces; `UNDERSCORES`: all `_`). */
  rewrite(from, to, text) {
    (this.edits ??= []).push(from, to, text);
  }
  /**
   * The line as the parser is to read it. Code units, not one string per character: a 100 KB
   * line stays one buffer for the collector.
   */
  parseText() {
    let edits = this.edits;
    if (!edits) return this.s;
    let out = new Uint16Array(this.n);
    for (let j = 0; j < this.n; j++) out[j] = this.s.charCodeAt(j);
    for (let e = 0; e < edits.length; e += 3) {
      let from = edits[e], to = edits[e + 1], text2 = edits[e + 2];
      for (let k = from; k < to; k++) out[k] = text2 === UNDERSCORES ? 95 : k - from < text2.length ? text2.charCodeAt(k - from) : 32;
    }
    let text = "";
    for (let k = 0; k < out.length; k += 8192) text += String.fromCharCode(...out.subarray(k, k + 8192));
    return text;
  }
  /** Commands until the end, or until the `)` that closes a $( when `closer`. */
  list(top, closer) {
    let s = this.s, depth = 0, role;
    for (; ; ) {
      if (this.i >= this.n) {
        if (closer) throw new LexError("unterminated $(\u2026)");
        return;
      }
      let c = s[this.i];
      if (c === " " || c === "	") {
        this.i++;
        continue;
      }
      if (c === "\\" && s[this.i + 1] === `
`) {
        this.i += 2;
        continue;
      }
      if (c === `
`) {
        top && this.tokens.push({ kind: "op", op: `
`, start: this.i }), this.i++, this.pending.length && this.hereDocBodies();
        continue;
      }
      if (c === "#") {
        for (; this.i < this.n && s[this.i] !== `
`; ) this.i++;
        continue;
      }
      if (c === "(") {
        if (top && this.tokens.push({ kind: "op", op: "(", start: this.i }), depth >= MAX_LEX_NESTING) throw new LexError(`parentheses are nested more than ${MAX_LEX_NESTING} levels deep`);
        depth++, this.i++;
        continue;
      }
      if (c === ")") {
        if (this.i++, closer && depth === 0) return;
        top && this.tokens.push({ kind: "op", op: ")", start: this.i - 1 }), depth--;
        continue;
      }
      if ((c === "<" || c === ">") && s[this.i + 1] === "(") {
        this.word(top, role), role = void 0;
        continue;
      }
      if (c === ";" || c === "&" || c === "|" || c === "<" || c === ">") {
        let op = OPERATORS.find((o) => s.startsWith(o, this.i)), at = this.i;
        this.i += op.length, top && this.tokens.push({ kind: "op", op, start: at }), op === "&>" || op === "&>>" || op === "|&" ? this.put(op === "|&" ? at + 1 : at, " ") : op === "<<<" ? (this.rewrite(at, at + 3, ""), role = "herestring") : (op === "<<" || op === "<<-") && (this.rewrite(at, at + op.length, "<&"), role = op === "<<" ? "heredoc" : "heredoc-strip");
        continue;
      }
      IO.lastIndex = this.i;
      let io = IO.exec(s);
      if (io) {
        top && this.tokens.push({ kind: "io", text: io[0].slice(0, -1), start: this.i }), this.i += io[0].length - 1;
        continue;
      }
      this.word(top, role), role = void 0;
    }
  }
  word(top, role) {
    let s = this.s, start = this.i, plainEnd = this.plainWordEnd(start);
    if (plainEnd > start) {
      this.i = plainEnd;
      let raw2 = s.slice(start, plainEnd);
      this.finishWord({ start, end: plainEnd, raw: raw2, value: raw2, dynamic: false, glob: false, tilde: false, subs: [], parseEnd: plainEnd }, top, role, false);
      return;
    }
    let units = [], subs = [], st = { dynamic: false, quoted: false, splits: false }, tilde = false;
    for (; this.i < this.n; ) {
      let c = s[this.i];
      if (META.has(c)) {
        if ((c === "<" || c === ">") && s[this.i + 1] === "(") {
          let from = this.i;
          this.i += 2, subs.push(this.nested(() => this.substitution())), units.push({ t: s.slice(from, this.i), active: false }), this.blank(from), st.dynamic = true;
          continue;
        }
        break;
      }
      if (c === "\\") {
        if (s[this.i + 1] === `
`) {
          this.i += 2;
          continue;
        }
        st.quoted = true, this.i + 1 >= this.n ? (units.push({ t: "\\", active: false }), this.i++) : (units.push({ t: s[this.i + 1], active: false }), this.i += 2);
        continue;
      }
      if (c === "'") {
        let close = s.indexOf("'", this.i + 1);
        if (close < 0) throw new LexError("unterminated single quote");
        units.push({ t: s.slice(this.i + 1, close), active: false }), st.quoted = true, this.i = close + 1;
        continue;
      }
      if (c === '"') {
        st.quoted = true, this.dquote(units, subs, st);
        continue;
      }
      if (c === "$") {
        let d = { dynamic: false, splits: false };
        this.dollar(units, subs, d, false), d.dynamic && (st.dynamic = st.splits = true);
        continue;
      }
      if (c === "`") {
        this.backtick(units, subs, st), st.splits = true;
        continue;
      }
      if (c === "#" && this.i > start && this.put(this.i, "_"), c === "~" && this.i === start && (tilde = true), BRACE_OR_GLOB.has(c)) {
        units.push({ t: c, active: true }), this.i++;
        continue;
      }
      let j = this.i + 1;
      for (; j < this.n; ) {
        let code = s.charCodeAt(j);
        if (code < 128 && RUN_STOP_CODES[code] === 1) break;
        j++;
      }
      units.push({ t: s.slice(this.i, j), active: true }), this.i = j;
    }
    let end = this.i, value = units.length === 1 ? units[0].t : units.map((u) => u.t).join(""), raw = s.slice(start, end), glob = hasGlob(units), w = st.splits ? { start, end, raw, value, dynamic: st.dynamic, splits: true, glob, tilde, subs, parseEnd: end } : { start, end, raw, value, dynamic: st.dynamic, glob, tilde, subs, parseEnd: end };
    if (units.some((u) => u.active && u.t === "{")) {
      let r = braceExpand(units, 256);
      typeof r == "string" ? w.braceError = r : (r.length !== 1 || r[0] !== value) && (w.fields = r);
    }
    this.finishWord(w, top, role, st.quoted);
  }
  /**
   * The end of a word that is one run of plain characters from `start` (what word() would read
   * as a single active unit and then stop), or `start` when the word is anything else.
   */
  plainWordEnd(start) {
    let s = this.s, j = start;
    for (; j < this.n; ) {
      let code = s.charCodeAt(j);
      if (code < 128 && RUN_STOP_CODES[code] === 1) break;
      j++;
    }
    if (j === start || j === this.n) return j;
    let c = s[j];
    return !META.has(c) || (c === "<" || c === ">") && s[j + 1] === "(" ? start : j;
  }
  /** What every word gets once read: the parser's rewrites, its here-document role, its place among the top-level words. */
  finishWord(w, top, role, quoted) {
    let { start, end } = w, c0 = w.raw.charCodeAt(0);
    c0 >= 48 && c0 <= 57 && /^\d+$/.test(w.raw) && this.rewrite(start, end, UNDERSCORES), role === "herestring" && (w.hereString = true), (role === "heredoc" || role === "heredoc-strip") && (this.rewrite(start, end, "-"), w.parseEnd = start + 1, w.heredoc = { body: "", quoted, subs: [] }, this.pending.push({ word: w, delimiter: w.value, strip: role === "heredoc-strip", quoted, top })), top && (this.words.push(w), this.tokens.push({ kind: "word", word: w }));
  }
  /** After the newline that follows `<<DELIM`: read (and blank out) each pending body. */
  hereDocBodies() {
    let s = this.s;
    for (let doc of this.pending) {
      let from = this.i, bodyEnd = this.n, next = this.n;
      for (; this.i < this.n; ) {
        let nl = s.indexOf(`
`, this.i), lineEnd = nl < 0 ? this.n : nl, line = s.slice(this.i, lineEnd);
        if ((doc.strip ? line.replace(/^\t+/, "") : line) === doc.delimiter) {
          bodyEnd = this.i, next = nl < 0 ? this.n : nl + 1;
          break;
        }
        this.i = nl < 0 ? this.n : nl + 1;
      }
      this.i = next;
      let body = s.slice(from, bodyEnd);
      for (let k = from; k < Math.min(next, this.n); k++) s[k] !== `
` && this.put(k, " ");
      doc.word.heredoc.body = doc.strip ? body.replace(/^\t+/gm, "") : body, !doc.quoted && doc.top && (doc.word.heredoc.subs = hereDocSubs(body)), !doc.quoted && /[$`]/.test(body) && (doc.word.dynamic = true);
    }
    this.pending = [];
  }
  dquote(units, subs, st) {
    this.nested(() => this.dquoteBody(units, subs, st));
  }
  dquoteBody(units, subs, st) {
    let s = this.s;
    for (this.i++; ; ) {
      if (this.i >= this.n) throw new LexError("unterminated double quote");
      let c = s[this.i];
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === "\\") {
        let d = s[this.i + 1];
        d === `
` ? this.i += 2 : d === "$" || d === "`" || d === '"' || d === "\\" ? (units.push({ t: d, active: false }), this.i += 2) : (units.push({ t: "\\", active: false }), this.i++);
        continue;
      }
      if (c === "$") {
        let from = this.i;
        this.dollar(units, subs, st, true), s.slice(from, this.i).includes("@") && (st.splits = true);
        continue;
      }
      if (c === "`") {
        this.backtick(units, subs, st);
        continue;
      }
      let j = this.i + 1;
      for (; j < this.n && !DQUOTE_STOP.has(s[j]); ) j++;
      units.push({ t: s.slice(this.i, j), active: false }), this.i = j;
    }
  }
  dollar(units, subs, st, inDquote) {
    this.nested(() => this.dollarBody(units, subs, st, inDquote));
  }
  dollarBody(units, subs, st, inDquote) {
    let s = this.s, from = this.i, c1 = s[this.i + 1];
    if (c1 === "(" && s[this.i + 2] === "(" && this.closesAsArithmetic(this.i + 3))
      this.i += 3, this.arithmetic(subs), st.dynamic = true;
    else if (c1 === "(")
      this.i += 2, subs.push(this.substitution()), st.dynamic = true;
    else if (c1 === "{")
      this.i += 2, this.braced(subs, inDquote), st.dynamic = true;
    else if (c1 === "'" && !inDquote) {
      let decoded = this.ansiC();
      this.rewrite(from, this.i, UNDERSCORES), units.push({ t: decoded, active: false });
      return;
    } else if (c1 === '"' && !inDquote) {
      this.put(from, "_"), this.i++, this.dquote(units, subs, st);
      return;
    } else if (c1 !== void 0 && /[A-Za-z_]/.test(c1)) {
      for (this.i += 2; this.i < this.n && /[A-Za-z0-9_]/.test(s[this.i]); ) this.i++;
      st.dynamic = true;
    } else if (c1 !== void 0 && /[0-9@*#?$!-]/.test(c1))
      this.i += 2, st.dynamic = true;
    else {
      units.push({ t: "$", active: false }), this.i++;
      return;
    }
    units.push({ t: s.slice(from, this.i), active: false }), this.blank(from);
  }
  /**
   * The parser sees an expansion as plain word characters: its contents are analysed on their own
   * (and bash-parser fails on nested $( $( ) ), ${x/#a/b}, $((16#ff)) …).
   */
  blank(from) {
    this.rewrite(from, this.i, UNDERSCORES);
  }
  /** Body of $( … ) from just after `$(`; returns its source, leaves the cursor after `)`. */
  substitution() {
    let from = this.i;
    return this.list(false, true), this.s.slice(from, this.i - 1);
  }
  /**
   * bash reads `$((` as arithmetic only when the parenthesis that closes it is followed by `)`;
   * `$((cmd) )` is a command substitution running the subshell `(cmd)`.
   */
  closesAsArithmetic(from) {
    let s = this.s, depth = 2;
    for (let k = from; k < this.n; k++) {
      let c = s[k];
      if (c === "\\") k++;
      else if (c === "(") depth++;
      else if (c === ")" && --depth === 1) return s[k + 1] === ")";
    }
    return true;
  }
  arithmetic(subs) {
    let s = this.s, depth = 2;
    for (; depth > 0; ) {
      if (this.i >= this.n) throw new LexError("unterminated $((\u2026))");
      let c = s[this.i];
      if (c === "(") depth++;
      else if (c === ")") depth--;
      else if (c === "$") {
        this.dollar([], subs, { dynamic: false }, true);
        continue;
      } else if (c === "`") {
        this.backtick([], subs, { dynamic: false });
        continue;
      } else if (c === '"') {
        this.dquote([], subs, { dynamic: false });
        continue;
      } else c === "\\" && this.i++;
      this.i++;
    }
  }
  /**
   * Inside double quotes bash does not treat `'` in `${V:-'…'}` as a quote: `$(…)` in it runs.
   * Reading it as a plain character there finds every substitution bash may run (a superset).
   */
  braced(subs, inDquote) {
    let s = this.s, depth = 1;
    for (; ; ) {
      if (this.i >= this.n) throw new LexError("unterminated ${\u2026}");
      let c = s[this.i];
      if (c === "}") {
        if (this.i++, --depth === 0) return;
        continue;
      }
      if (c === "{" && depth++, c === "\\") {
        this.i += 2;
        continue;
      }
      if (c === "'" && !inDquote) {
        let close = s.indexOf("'", this.i + 1);
        if (close < 0) throw new LexError("unterminated single quote");
        this.i = close + 1;
        continue;
      }
      if (c === '"') {
        this.dquote([], subs, { dynamic: false });
        continue;
      }
      if (c === "$") {
        this.dollar([], subs, { dynamic: false }, inDquote);
        continue;
      }
      if (c === "`") {
        this.backtick([], subs, { dynamic: false });
        continue;
      }
      this.i++;
    }
  }
  backtick(units, subs, st) {
    this.nested(() => this.backtickBody(units, subs, st));
  }
  backtickBody(units, subs, st) {
    let s = this.s, from = this.i;
    this.i++;
    let inner = "";
    for (; ; ) {
      if (this.i >= this.n) throw new LexError("unterminated back-quote");
      let c = s[this.i];
      if (c === "`") break;
      if (c === "\\" && this.i + 1 < this.n) {
        let d = s[this.i + 1];
        inner += d === "$" || d === "`" || d === "\\" ? d : c + d, this.i += 2;
        continue;
      }
      inner += c, this.i++;
    }
    this.i++, subs.push(inner), st.dynamic = true, units.push({ t: s.slice(from, this.i), active: false }), this.blank(from);
  }
  /**
   * $'…' from the `$`; returns the decoded text. Bash decodes it to a C string, so a NUL (`\0`,
   * `\x00`, `\c@` …) ends that part and the rest up to the quote is dropped: `$'r\0x'm` is `rm`.
   */
  ansiC() {
    let s = this.s;
    this.i += 2;
    let out = "";
    for (; ; ) {
      if (this.i >= this.n) throw new LexError("unterminated $'\u2026'");
      let c = s[this.i];
      if (c === "'") {
        this.i++;
        let nul = out.indexOf("\0");
        return nul < 0 ? out : out.slice(0, nul);
      }
      if (c !== "\\") {
        out += c, this.i++;
        continue;
      }
      let d = s[this.i + 1] ?? "", simple = ANSI_C_ESCAPES.get(d);
      if (simple !== void 0) {
        out += simple, this.i += 2;
        continue;
      }
      let rest = s.slice(this.i + 1, this.i + 10), m;
      if (m = /^[0-7]{1,3}/.exec(rest))
        out += String.fromCharCode(parseInt(m[0], 8) & 255), this.i += 1 + m[0].length;
      else if (m = /^x([0-9a-fA-F]{1,2})/.exec(rest))
        out += String.fromCharCode(parseInt(m[1], 16)), this.i += 1 + m[0].length;
      else if ((m = /^u([0-9a-fA-F]{1,4})/.exec(rest)) || (m = /^U([0-9a-fA-F]{1,8})/.exec(rest))) {
        let cp = parseInt(m[1], 16);
        out += cp <= 1114111 ? String.fromCodePoint(cp) : "", this.i += 1 + m[0].length;
      } else (m = /^c(.)/s.exec(rest)) ? (out += String.fromCharCode(m[1].charCodeAt(0) & 31), this.i += 1 + m[0].length) : (out += "\\" + d, this.i += 2);
    }
  }
}, ANSI_C_ESCAPES = new Map(
  Object.entries({ a: "\x07", b: "\b", e: "\x1B", E: "\x1B", f: "\f", n: `
`, r: "\r", t: "	", v: "\v", "\\": "\\", "'": "'", '"': '"', "?": "?" })
);
function hasGlob(units) {
  let open = false;
  for (let u of units)
    if (u.active) {
      if (u.t === "*" || u.t === "?") return true;
      if (u.t === "[") open = true;
      else if (u.t === "]" && open) return true;
    }
  return false;
}
function hereDocSubs(body) {
  let lx = new Lexer(body), subs = [], st = { dynamic: false };
  for (; lx.i < lx.n; ) {
    let c = body[lx.i];
    c === "\\" ? lx.i += 2 : c === "$" ? lx.dollar([], subs, st, true) : c === "`" ? lx.backtick([], subs, st) : lx.i++;
  }
  return subs;
}
function promptSubs(text) {
  try {
    return hereDocSubs(text.split("\\$").join("$"));
  } catch (e) {
    if (e instanceof LexError) return [];
    throw e;
  }
}
var LexedLine = class {
  constructor(words, tokens, lexer) {
    this.words = words;
    this.tokens = tokens;
    this.lexer = lexer;
  }
  words;
  tokens;
  lexer;
  text;
  get parseText() {
    return this.text ??= this.lexer.parseText();
  }
};
function lexShell(src) {
  let lx = new Lexer(src);
  try {
    lx.list(true, false);
  } catch (e) {
    if (e instanceof LexError) return { words: lx.words, tokens: lx.tokens, parseText: src, error: e.message };
    throw e;
  }
  return new LexedLine(lx.words, lx.tokens, lx);
}
var MAX_READINGS = 16;
function rememberLiteral(state, name, value) {
  let literals = state.literals ??= /* @__PURE__ */ new Map(), seen = literals.get(name) ?? [];
  seen.length < 8 && literals.set(name, [...seen, value]);
}
function runTimeValue(state, name) {
  name && (state.runTimeValues ??= /* @__PURE__ */ new Set()).add(name);
}
function promptUses(state, raw) {
  for (let at = raw.indexOf("@P}"); at >= 0; at = raw.indexOf("@P}", at + 1)) {
    let open = raw.lastIndexOf("${", at);
    open >= 0 && (state.prompts ??= /* @__PURE__ */ new Set()).add(raw.slice(open + 2, at));
  }
}
function rememberProgramUse(state, first, args) {
  first && args[0]?.dynamic && args[0].value === first.value && state.programUses.length < MAX_READINGS && state.programUses.push({ raw: first.raw, tail: args.slice(1) });
}
function layerEffects(state, exe, rest, depth, certain) {
  if (ASSIGNING_BUILTINS.has(exe))
    for (let i = 0; i < rest.length; i++) {
      let v = rest[i].value;
      exe === "printf" ? v === "-v" && runTimeValue(state, rest[i + 1]?.value) : v.startsWith("-") || runTimeValue(state, v);
    }
  if (exe === "hash") {
    let b = hashBindings(rest);
    b && state.rebinds.length < MAX_READINGS && state.rebinds.push(b);
  }
  if (exe === "export" || exe === "declare" || exe === "typeset" || exe === "readonly" || exe === "local")
    for (let a of rest) {
      let lit = !a.dynamic && !a.value.startsWith("-") ? literalAssignment(a.value, a.value, false) : void 0;
      lit ? rememberLiteral(state, lit.name, lit.value) : a.dynamic && runTimeValue(state, assignedName(a.value));
    }
  let vars = state.vars;
  if (!(!vars || vars.off)) {
    if (exe === "set") {
      let dd = rest.findIndex((a) => a.value === "--");
      certain && depth === 0 && dd === 0 && rest.every((a) => !a.dynamic) ? vars.positional = rest.slice(1).map((a) => a.value) : rest.length && (vars.off = true);
      return;
    }
    builtinEffects(vars, exe, rest);
  }
}
function reevaluatedRunTimeValues(state, text) {
  let names = state.runTimeValues ?? /* @__PURE__ */ new Set();
  (text.includes("for") || text.includes("select")) && loopNamesOfRunTimeWords(text, names);
  let substitutes = text.includes("$(") || text.includes("`");
  if (names.size === 0 && !substitutes) return;
  let evaluated = reevaluatedNames(text);
  if (evaluated.has(EVALUATED_SUBSTITUTION)) {
    state.problem("the output of a command substitution is evaluated again by arithmetic, an array subscript or ${!\u2026} (an output of a[$(\u2026)] runs the command)", text, "$(( $(\u2026) ))");
    return;
  }
  for (let name of names)
    if (evaluated.has(name)) {
      state.problem(`${name} holds text known only at run time, which arithmetic, an array subscript or \${!\u2026} evaluates again as code (a value of a[$(\u2026)] runs the command)`, text, `$((${name}))`);
      return;
    }
}
function readings(state) {
  if (state.rebinds.length === 0 && state.programUses.length === 0 && !state.prompts) return;
  let binds = state.rebinds.slice(0, MAX_READINGS);
  if (binds.length)
    for (let rec of state.acc.commands.slice())
      for (let argv of rec.argvs) {
        let name = argv[0];
        if (!(!name || name.dynamic))
          for (let b of binds) b.names.includes(name.value) && state.simple([{ value: b.path, dynamic: false }, ...argv.slice(1)], [], 1);
      }
  for (let use of state.programUses.slice(0, MAX_READINGS)) {
    let name = usedName(use.raw);
    for (let value of name && state.literals?.get(name) || []) {
      let fields = substitute({ env: /* @__PURE__ */ new Map([[name, value]]), off: false }, use.raw);
      fields?.length && state.simple([...fields, ...use.tail], [], 1);
    }
  }
  for (let name of state.prompts ?? [])
    for (let value of state.literals?.get(name) ?? []) for (let sub of promptSubs(value)) state.line(sub, 1);
}
function prefixAssignments(state, assignments) {
  for (let w of assignments)
    assignment(state, w.raw), w.dynamic ? isArithmeticValue(w.raw) || runTimeValue(state, assignedName(w.raw)) : pathInValue(state, w.value, w.raw);
}
function applyAssignments(state, assignments, sticks) {
  for (let w of assignments) {
    let lit = literalAssignment(w.raw, w.value, w.dynamic || w.glob);
    if (lit && rememberLiteral(state, lit.name, lit.value), !state.vars) continue;
    let name = assignedName(w.raw);
    if (!name || w.raw.startsWith(`${name}[`)) {
      state.vars.off = true;
      continue;
    }
    lit && lit.name === name && sticks && trackable(name) ? state.vars.env.set(name, lit.value) : state.vars.env.delete(name);
  }
}
function wrapperAssignments(state, rest) {
  for (let a of rest)
    assignedName(a.value) && (assignment(state, a.value), a.dynamic || pathInValue(state, a.value));
}
function declaredAssignments(state, rest) {
  rest.some((a) => assignedName(a.value) === "CDPATH") && (state.cdpath = true);
  for (let a of rest) !a.dynamic && assignedName(a.value) && pathInValue(state, a.value);
}
function assignment(state, word) {
  assignedName(word) === "CDPATH" && (state.cdpath = true);
  let o = assignmentOpaque(word);
  o && state.problem(o.reason, word, o.construct);
}
function pathInValue(state, word, via = word) {
  let temporary = temporaryDirectory(word);
  if (temporary !== void 0) {
    state.acc.files.push({ path: temporary, op: "write", via, guess: true });
    return;
  }
  let value = assignedPath(word);
  value !== void 0 && state.acc.files.push({ path: value, op: "read", via, guess: true });
}
function isArithmeticValue(raw) {
  let at = raw.indexOf("=");
  if (!raw.startsWith("$((", at + 1) || !raw.endsWith("))")) return false;
  let depth = 0;
  for (let k = at + 1; k < raw.length; k++)
    if (raw[k] === "(") depth++;
    else if (raw[k] === ")" && --depth === 0) return k === raw.length - 1;
  return false;
}
function terraformArgs(assignments, args) {
  if (!(!assignments.length || !args[0] || args[0].dynamic || executableName(args[0].value) !== "terraform"))
    for (let w of assignments) {
      let name = assignedName(w.raw);
      if (!name || !name.toUpperCase().startsWith("TF_CLI_ARGS")) continue;
      let eq = w.value.indexOf("="), words = eq < 0 ? [] : w.value.slice(eq + 1).split(/\s+/).filter((x) => x !== "");
      if (!words.length) continue;
      let at = 1;
      for (; at < args.length && !args[at].dynamic && args[at].value.startsWith("-"); ) at++;
      args.splice(Math.min(at + 1, args.length), 0, ...words.map((value) => ({ value, dynamic: w.dynamic || w.glob })));
    }
}
var TEMPORARY_DIRECTORY_VARIABLES = /* @__PURE__ */ new Set(["TMPDIR", "TMP", "TEMP", "TEMPDIR"]);
function temporaryDirectory(word) {
  let name = assignedName(word);
  if (name === void 0 || !TEMPORARY_DIRECTORY_VARIABLES.has(name) || word[name.length] !== "=") return;
  let value = word.slice(name.length + 1);
  return value === "" || /[\s:;,]/.test(value) ? void 0 : value;
}
function assignedPath(word) {
  let eq = word.indexOf("=");
  if (eq <= 0) return;
  let value = word.slice(eq + 1);
  if (!(value === "" || value.includes("://") || /[\s:;,]/.test(value)))
    return value.includes("/") || value.startsWith(".") || value.startsWith("~") ? value : void 0;
}
var CHDIR = {
  env: { short: "C", long: ["--chdir"] },
  sudo: { short: "D", long: ["--chdir"] },
  git: { short: "C", beforeSubcommand: true },
  make: { short: "C", long: ["--directory"] },
  gmake: { short: "C", long: ["--directory"] },
  tar: { short: "C", long: ["--directory"] },
  bsdtar: { short: "C", long: ["--directory"] },
  gtar: { short: "C", long: ["--directory"] },
  patch: { short: "d", long: ["--directory"] },
  npm: { short: "C", long: ["--prefix"] },
  pnpm: { short: "C", long: ["--dir"] },
  yarn: { long: ["--cwd"] },
  terraform: { long: ["-chdir"] },
  uv: { long: ["--directory"] },
  go: { short: "C" },
  cargo: { short: "C" },
  // Build tools that change to the directory before reading anything (their build file included).
  ninja: { short: "C" },
  rake: { short: "C", long: ["--directory"] }
}, CHDIR_BY_NAME = ownEntries(CHDIR), WORKSPACES = {
  npm: { valued: ["-w", "--workspace"], flags: ["--workspaces", "-ws", "--ws"] },
  pnpm: { valued: ["-F", "--filter", "--filter-prod"], flags: ["-r", "--recursive"] },
  yarn: { words: ["workspace", "workspaces"] },
  lerna: { words: ["run", "exec"] },
  nx: { words: ["run", "run-many", "affected"] },
  turbo: { words: ["run"] }
}, WORKSPACES_BY_NAME = ownEntries(WORKSPACES);
function spellsLong(head, long) {
  return head === long || head.startsWith("--") && head.length >= 5 && long.startsWith(head);
}
function chdirTargets(exe, args) {
  let out = [], ws = WORKSPACES_BY_NAME.get(exe);
  if (ws)
    for (let k = 0; k < args.length; k++) {
      let v = args[k].value;
      if (v === "--") break;
      let head = v.split("=")[0];
      if (ws.valued?.includes(head) || ws.flags?.includes(v) || ws.words?.includes(v) && !args.slice(0, k).some((a) => !a.value.startsWith("-"))) {
        out.push({ value: `(the workspaces of ${exe} ${v})`, dynamic: true, anyDir: true });
        break;
      }
      if (/^-[A-Za-z]$/.test(v) && ws.valued?.some((o) => o.startsWith("-") && !o.startsWith("--") && v.startsWith(o))) {
        out.push({ value: `(the workspaces of ${exe} ${v})`, dynamic: true, anyDir: true });
        break;
      }
    }
  if (exe === "go")
    for (let a of args.slice(1)) {
      if (a.dynamic || !/^\.{1,2}\//.test(a.value)) continue;
      if (a.value.endsWith("/...")) {
        out.push({ value: a.value, dynamic: true, anyDir: true, under: a.value.slice(0, -4) });
        continue;
      }
      let dir = a.value.replace(/\/$/, "");
      dir && dir !== "." && dir !== ".." && out.push({ ...a, value: dir });
    }
  if (exe === "find" && args.some((a) => a.value === "-execdir" || a.value === "-okdir")) {
    let starts = [];
    for (let a of args) {
      if (a.value.startsWith("-") || a.value === "(" || a.value === "!") break;
      starts.push(a);
    }
    starts.length === 0 && starts.push({ value: ".", dynamic: false });
    for (let s of starts) out.push({ value: "(the directories find -execdir runs in)", dynamic: true, anyDir: true, ...s.dynamic ? {} : { under: s.value } });
  }
  let spec = CHDIR_BY_NAME.get(exe);
  if (!spec) return out;
  for (let k = 0; k < args.length; k++) {
    let a = args[k], v = a.value;
    if (v === "--" || spec.beforeSubcommand && !a.dynamic && !v.startsWith("-")) break;
    if (a.dynamic) {
      (!a.oneWord || /^[-$`*?[]/.test(v)) && out.push({ value: v, dynamic: true });
      continue;
    }
    let eq = v.indexOf("="), head = eq < 0 ? v : v.slice(0, eq);
    for (let long of spec.long ?? [])
      if (spellsLong(head, long)) {
        eq < 0 ? out.push(args[++k] ?? { value: "", dynamic: true }) : out.push({ ...a, value: v.slice(eq + 1) });
        break;
      }
    spec.short && v.startsWith(`-${spec.short}`) && !v.startsWith("--") && (v.length > 2 ? out.push({ ...a, value: v.slice(2) }) : out.push(args[++k] ?? { value: "", dynamic: true }));
  }
  return out;
}
var FILE_INPUT = { start: 0, end: 0, raw: "<", value: "<", dynamic: true, glob: false, tilde: false, subs: [], parseEnd: 0 }, PIPE_INPUT = { ...FILE_INPUT, raw: "|", value: "|" };
function stdinOf(cmd, producer) {
  let own2 = cmd.redirects.some((r) => r.op === "<" || r.op === "<>" || r.op === "<&") ? [...cmd.stdin, FILE_INPUT] : cmd.stdin;
  if (!producer || own2.length > 0) return own2;
  let text = writtenText(producer);
  return [text === void 0 ? PIPE_INPUT : { ...PIPE_INPUT, value: text, dynamic: false, hereString: true }];
}
function pipedFrom(commands, ops, c) {
  return c > 0 && (ops?.[c - 1] === "|" || ops?.[c - 1] === "|&") ? commands[c - 1] : void 0;
}
function stdinTexts(stdin) {
  let texts = [], unknown = false;
  for (let w of stdin)
    w.dynamic || !w.heredoc && !w.hereString ? unknown = true : texts.push(w.heredoc ? w.heredoc.body : w.value);
  return texts.length > 1 && texts.sort(), { texts, unknown };
}
function onlyStdinText(stdin) {
  let { texts, unknown } = stdinTexts(stdin);
  return !unknown && texts.length === 1 ? texts[0] : void 0;
}
function writtenText(cmd) {
  let [prog, ...args] = cmd.argv;
  if (!(!prog || prog.dynamic)) {
    if (prog.value === "cat" && args.every((a) => a.value === "-" && !a.dynamic))
      return onlyStdinText(stdinOf(cmd));
    if (prog.value === "echo" && args.length > 0 && args.every((a) => !a.dynamic && !a.glob && !a.value.startsWith("-") && !a.value.includes("\\"))) return args.map((a) => a.value).join(" ");
  }
}
function cronCommands(text) {
  return text.split(`
`).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#") && !/^[A-Za-z_][A-Za-z0-9_]*\s*=/.test(l)).map((l) => (l.startsWith("@") ? l.split(/\s+/).slice(1) : l.split(/\s+/).slice(5)).join(" ")).join(`
`);
}
var AND_OR_PIPE = /* @__PURE__ */ new Set(["&&", "||", "|", "|&"]);
function followList(state, cmds, ops) {
  let cur = ["."], i = 0;
  for (; i < cmds.length; ) {
    let j = i;
    for (; j < cmds.length - 1 && AND_OR_PIPE.has(ops[j]); ) j++;
    let async = ops[j] === "&", succ = cur, fail = cur;
    for (let k = i; k <= j; ) {
      let m = k;
      for (; m < j && (ops[m] === "|" || ops[m] === "|&"); ) m++;
      let before = k === i ? cur : ops[k - 1] === "&&" ? succ : fail, s = before, f = before;
      for (let c = k; c <= m; c++) {
        let ev = topCommand(state, cmds[c], before, k === i && m === k && !async, pipedFrom(cmds, ops, c));
        ev.unknown || ev.nested || ev.cds.length > 1 || ev.cds.length === 1 && m > k ? s = f = void 0 : ev.cds.length === 1 && (s = enterDir(before, ev.cds[0]));
      }
      k === i ? [succ, fail] = [s, f] : ops[k - 1] === "&&" ? [succ, fail] = [s, unionDirs(fail, f)] : [succ, fail] = [unionDirs(succ, s), f], k = m + 1;
    }
    let end = unionDirs(succ, fail);
    cur = async ? unionDirs(cur, end) : end, i = j + 1;
  }
}
function topCommand(state, cmd, dirs, certain, producer) {
  let ev = state.event = { cds: [], unknown: false, nested: false, chdir: false }, from = state.acc.commands.length;
  if (state.raw(cmd, 0, certain, producer), state.event = void 0, dirs && !ev.nested && !ev.chdir) for (let k = from; k < state.acc.commands.length; k++) state.placed.push([state.acc.commands[k], dirs]);
  return ev;
}
function cd(state, exe, rest, depth, shown) {
  let target = rest.find((a) => !/^-[LPe@]+$/.test(a.value) && a.value !== "--"), viaCdpath = state.cdpath && target !== void 0 && !/^\.{0,2}(?:\/|$)/.test(target.value);
  !target || viaCdpath || target.dynamic || target.tilde || target.value === "-" || /^[+-]\d+$/.test(target.value) ? (state.acc.dirUnknown ??= viaCdpath ? `${shown} (CDPATH is set)` : shown, state.event && (state.event.unknown = true)) : (state.acc.dirs.push(target.value), state.event && depth === 0 && state.event.cds.push(target.value)), state.event && depth > 0 && (state.event.nested = true);
}
function chdir(state, target, shown) {
  if (target.anyDir) {
    (state.acc.anyOverride ??= []).push(target.under ?? ".");
    return;
  }
  state.event && (state.event.chdir = true), target.dynamic || target.tilde || target.value === "" ? state.acc.dirUnknown ??= shown : state.acc.dirs.push(target.value);
}
function popd(state) {
  state.event && (state.event.unknown = true);
}
function placeCommands(state) {
  if (state.acc.dirs.length || state.acc.dirUnknown) {
    for (let [c, dirs] of state.placed) c.dirs = dirs;
    for (let c of state.acc.commands) c.dirs || (c.anyDir = true);
  }
}
var LineState = class {
  constructor(acc) {
    this.acc = acc;
  }
  acc;
  problem(reason, command, construct) {
    this.acc.problems.push({ reason, command: normalise([command]), ...construct ? { construct } : {} });
  }
  /** Names the line assigns text known only at run time (`x=$(cat f)`, `read x`, `for x in $(…)`). */
  runTimeValues;
  /** The directories each top-level command may run in, as followed (kept only if the line changes directory). */
  placed = [];
  /** Variables known on the top level of the line (./shell-flow.ts); undefined where not followed. */
  vars;
  /** What the command being analysed did to the directory (set while a top-level command is analysed). */
  event;
  /** `hash -p PATH NAME`: NAME may run PATH from then on. */
  rebinds = [];
  /** Names expanded as prompt strings (`${x@P}`), and every literal assigned to a name on the line. */
  // Made on first use (most lines have neither): two fewer collections per line analysed.
  prompts;
  literals;
  /** Commands whose program is a variable's value, not followed (`true && x=rm; $x -rf y`). */
  programUses = [];
  /** CDPATH is assigned on the line: later `cd name` may go anywhere it lists. */
  cdpath = false;
  /** Files the line writes (redirection targets), with the command that writes each and, when static, the text. */
  written;
};
var DEVICES = /* @__PURE__ */ new Set(["/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/tty", "/dev/zero", "/dev/random", "/dev/urandom", "/dev/full"]), INTERPRETERS = /^(?:python[0-9.]*|pypy[0-9.]*|node|nodejs|perl|ruby|php|lua|Rscript|deno|bun|tsx|ts-node)$/;
function isProcessSubstitution(w) {
  return w.subs.length === 1 && /^[<>]\([^]*\)$/.test(w.raw) && w.raw.length === w.subs[0].length + 3;
}
function scriptKey(path) {
  let p = path;
  for (; p.startsWith("./"); ) p = p.slice(2);
  return p;
}
function redirections(state, cmd) {
  for (let r of cmd.redirects)
    redirect(state, r.op, r.target), r.op !== "<" && r.op !== "<&" && !r.target.dynamic && !r.target.glob && !isProcessSubstitution(r.target) && (state.written ??= /* @__PURE__ */ new Map()).set(scriptKey(r.target.fields?.[0] ?? r.target.value), { writer: cmd.argv.map((w) => w.raw).join(" ") || "(a redirection)", text: writtenText(cmd), body: cmd.stdin.find((w) => w.heredoc)?.heredoc?.body });
}
function runsWrittenScript(state, name, exe, rest, shown, depth) {
  if (name.value.includes("/")) runsWritten(state, name.value, shown, depth, false);
  else if (INTERPRETERS.test(exe)) {
    let script = rest.find((a) => !a.value.startsWith("-"));
    script && !script.dynamic && runsWritten(state, script.value, shown, depth, false);
  }
}
function redirect(state, op, target) {
  let reads2 = op === "<" || op === "<>" || op === "<&", writes = op !== "<" && op !== "<&";
  if ((op === "<&" || op === ">&") && /^(?:\d+-?|-)$/.test(target.value) || isProcessSubstitution(target)) return;
  let via = `${op} ${target.raw}`;
  if (target.dynamic || target.glob || target.tilde || target.fields && target.fields.length !== 1) {
    state.problem(`cannot tell which file "${via}" ${writes ? "writes" : "reads"}: the path is known only at run time`, via);
    return;
  }
  let path = target.fields?.[0] ?? target.value;
  DEVICES.has(path) || /^\/dev\/fd\/\d+$/.test(path) || (writes && state.acc.files.push({ path, op: "write", via }), reads2 && state.acc.files.push({ path, op: "read", via }));
}
function tee(state, rest) {
  let opts = true;
  for (let a of rest) {
    if (opts && a.value === "--") {
      opts = false;
      continue;
    }
    opts && a.value.startsWith("-") && a.value.length > 1 || a.procsub || (a.dynamic || a.tilde ? state.problem(`cannot tell which file "tee ${a.value}" writes: the path is known only at run time`, `tee ${a.value}`) : DEVICES.has(a.value) || (state.acc.files.push({ path: a.value, op: "write", via: `tee ${a.value}` }), (state.written ??= /* @__PURE__ */ new Map()).set(scriptKey(a.value), { writer: `tee ${a.value}` })));
  }
}
function runsWritten(state, path, shown, depth, shell) {
  let w = state.written?.get(scriptKey(path));
  if (w !== void 0) {
    if (shell && w.text !== void 0) {
      state.line(w.text, depth + 1);
      return;
    }
    state.problem(`runs ${path}, which the line writes (${w.writer}): what it runs is not on disk yet`, `${w.writer}${w.body ? ` ; ${w.body.slice(0, 2048)}` : ""} ; ${shown}`);
  }
}
var parse;
function bashParser() {
  return parse ??= (0, import_chunk_MOTYY5BU.__require)("./bash-parser.cjs");
}
var Walker = class {
  constructor(byStart) {
    this.byStart = byStart;
  }
  byStart;
  commands = [];
  subs = [];
  seen = /* @__PURE__ */ new Set();
  functions = false;
  node(n) {
    if (n)
      switch (n.type !== "Script" && n.type !== "Command" && this.looseRedirects(n.redirections), n.type) {
        case "Script":
        case "CompoundList":
          for (let c of n.commands ?? []) this.node(c);
          return;
        case "Subshell":
          return this.node(n.list);
        case "LogicalExpression":
          return this.node(n.left), this.node(n.right);
        case "Pipeline":
          for (let c of n.commands) this.node(c);
          return;
        case "Command":
          return this.command(n);
        case "Function":
          return this.functions = true, this.word(n.name), this.node(n.body);
        case "If":
          return this.node(n.clause), this.node(n.then), this.node(n.else);
        case "For": {
          let name = this.word(n.name);
          !name.dynamic && isCodeVariable(name.value) && this.commands.push({ argv: [{ ...name, raw: "read", value: "read", subs: [], fields: void 0 }, name], assignments: [], redirects: [], stdin: [] });
          for (let w of n.wordlist ?? []) this.word(w);
          return this.node(n.do);
        }
        case "While":
        case "Until":
          return this.node(n.clause), this.node(n.do);
        case "Case":
          this.word(n.clause);
          for (let item of n.cases) {
            for (let p of item.pattern) this.word(p);
            this.node(item.body);
          }
          return;
        default:
          throw new Disagreement(`unsupported shell construct "${n.type}"`);
      }
  }
  command(n) {
    let cmd = { argv: [], assignments: [], redirects: [], stdin: [] };
    for (let p of n.prefix ?? [])
      p.type === "Redirect" ? this.redirect(p, cmd) : cmd.assignments.push(this.word(p));
    let words = [];
    n.name && words.push(n.name);
    for (let s of n.suffix ?? [])
      s.type === "Redirect" ? this.redirect(s, cmd) : words.push(s);
    for (let w of words) {
      let word = this.word(w);
      if (word.heredoc) throw new Disagreement("a here-document was not read as a redirection");
      if (word.hereString) cmd.stdin.push(word);
      else {
        if (cmd.argv.length === 0 && cmd.assignments.length === 0 && word.raw === "!") continue;
        cmd.argv.push(word);
      }
    }
    this.commands.push(cmd);
  }
  redirect(r, cmd) {
    let op = r.op.text;
    if (op === "<<" || op === "<<-") throw new Disagreement("here-document not understood");
    let target = this.word(r.file);
    target.heredoc ? cmd.stdin.push(target) : cmd.redirects.push({ op, target });
  }
  looseRedirects(list) {
    if (!list?.length) return;
    let cmd = { argv: [], assignments: [], redirects: [], stdin: [] };
    for (let r of list) this.redirect(r, cmd);
    this.commands.push(cmd);
  }
  word(n) {
    if (!n.loc) throw new Disagreement("the parser gave a word without a position");
    let start = n.loc.start.char, w = this.byStart.get(start);
    if (!w || w.parseEnd !== n.loc.end.char + 1)
      throw new Disagreement(`the shell parser and the lexer disagree about the word at offset ${start}`);
    return this.seen.add(start), noteSubs(this.subs, w), this.expansions(n.expansion, start), w;
  }
  /** The parser's own view of substitutions: analysed too (a union is never less strict). */
  expansions(list, at) {
    if (Array.isArray(list))
      for (let e of list)
        e.type === "CommandExpansion" && typeof e.command == "string" ? this.subs.push({ at: at + 0.75, text: e.command }) : e.type === "ParameterExpansion" && e.word && typeof e.word == "object" && this.expansions(e.word.expansion, at);
  }
}, Disagreement = class extends Error {
};
function parseShell(src, lexed) {
  let lex = lexed ?? lexShell(src);
  if (lex.error) return { commands: [], subs: [], error: lex.error };
  if (lex.words.length === 0 && /^\s*$/.test(lex.parseText.replace(/(^|\s)#[^\n]*/g, "$1")))
    return { commands: [], subs: [] };
  let ast;
  try {
    ast = bashParser()(lex.parseText + " ", { insertLOC: true });
  } catch (e) {
    let msg = String(e?.message ?? e).split(`
`)[0].replace(/^Error: /, "");
    return { commands: [], subs: [], error: `shell syntax not understood (${msg})` };
  }
  let byStart = new Map(lex.words.map((w) => [w.start, w])), walker = new Walker(byStart);
  try {
    walker.node(ast);
    for (let w of lex.words)
      if (!walker.seen.has(w.start) && !isReservedWord(w.raw))
        throw new Disagreement(`the shell parser dropped the word "${w.raw}"`);
  } catch (e) {
    return e instanceof Disagreement ? { commands: [], subs: [], error: e.message } : { commands: [], subs: [], error: `shell syntax not understood (${e.message})` };
  }
  return { commands: walker.commands, subs: orderedSubs(walker.subs), ...walker.functions ? { functions: true } : {} };
}
function noteSubs(out, w) {
  for (let text of w.subs) out.push({ at: w.start, text });
  for (let text of w.heredoc?.subs ?? []) out.push({ at: w.start + 0.5, text });
}
function orderedSubs(subs) {
  let seen = /* @__PURE__ */ new Set(), out = [];
  for (let s of [...subs].sort((a, b) => a.at - b.at))
    seen.has(s.text) || (seen.add(s.text), out.push(s.text));
  return out;
}
var PREFIX_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/, CONTROL = /* @__PURE__ */ new Set(["&&", "||", ";", "|", "|&", "&", `
`]), NEEDS_MORE = /* @__PURE__ */ new Set(["&&", "||", "|", "|&"]), REDIRECT = /* @__PURE__ */ new Set([">", ">>", ">|", "<", "<>", "<&", ">&", "&>", "&>>", "<<", "<<-", "<<<"]);
function fresh() {
  return { argv: [], assignments: [], redirects: [], stdin: [] };
}
function isEmpty(c) {
  return !c.argv.length && !c.assignments.length && !c.redirects.length && !c.stdin.length;
}
function simpleListScript(lex) {
  if (lex.error) return;
  let commands = [], ops = [], subs = [], note = (w) => noteSubs(subs, w), cur = fresh(), needMore = false, toks = lex.tokens;
  for (let k = 0; k < toks.length; k++) {
    let t = toks[k];
    if (t.kind === "io") {
      if (!/^\d+$/.test(t.text)) return;
      continue;
    }
    if (t.kind === "op") {
      if (CONTROL.has(t.op)) {
        if (isEmpty(cur)) {
          if (t.op === `
`) continue;
          return;
        }
        commands.push(cur), ops.push(t.op), cur = fresh(), needMore = NEEDS_MORE.has(t.op);
        continue;
      }
      if (!REDIRECT.has(t.op)) return;
      let next = toks[k + 1];
      if (!next || next.kind !== "word") return;
      k++;
      let w2 = next.word;
      if (note(w2), t.op === "<<" || t.op === "<<-") {
        if (!w2.heredoc) return;
        cur.stdin.push(w2);
      } else t.op === "<<<" ? cur.stdin.push(w2) : cur.redirects.push({ op: t.op === "&>" ? ">" : t.op === "&>>" ? ">>" : t.op, target: w2 });
      continue;
    }
    let w = t.word;
    if (w.heredoc || w.hereString || isReservedWord(w.raw)) return;
    if (note(w), cur.argv.length === 0 && PREFIX_ASSIGNMENT.test(w.raw)) {
      cur.assignments.push(w);
      continue;
    }
    cur.argv.push(w);
  }
  if (!isEmpty(cur))
    commands.push(cur), ops.push(void 0);
  else {
    if (needMore) return;
    ops.length && (ops[ops.length - 1] = ops[ops.length - 1] === "&" ? "&" : void 0);
  }
  return { commands, subs: orderedSubs(subs), ops };
}
function packageManagerCommand(exe, rest) {
  switch (exe) {
    case "npx":
    case "bunx":
    case "npm":
    case "pnpm":
    case "yarn":
    case "bun":
      return packageRunnerCommand(exe, rest);
    case "uv":
    case "uvx":
    case "poetry":
    case "pipx":
    case "pdm":
    case "hatch":
    case "rye":
    case "pipenv":
    case "bundle":
      return pythonRunnerCommand(exe, rest);
    case "corepack":
      return corepackCommand(rest);
  }
}
function packageRunnerCommand(exe, rest) {
  let tail = packageRunnerTail(exe, rest);
  for (; tail && tail.length > 1 && !tail[0].dynamic && assignedName(tail[0].value); ) tail = tail.slice(1);
  if (!tail || !tail.length || tail[0].dynamic) return;
  let word = tail[0].value, bin = packageSpecifier(word) ? specifierBin(word) : word;
  if (bin !== void 0)
    return bin === word ? tail : [{ ...tail[0], value: bin }, ...tail.slice(1)];
}
function pythonRunnerCommand(exe, rest) {
  let tail = pythonRunnerTail(exe, rest);
  return tail && tail.length && !tail[0].dynamic ? tail : void 0;
}
function corepackCommand(rest) {
  let at = rest.findIndex((a) => a.dynamic || !a.value.startsWith("-")), pm = at < 0 ? void 0 : rest[at];
  if (!pm || pm.dynamic) return;
  let name = /^(npm|npx|pnpm|pnpx|yarn|yarnpkg)(?:@[^\s/]*)?$/.exec(pm.value)?.[1];
  return name ? [{ ...pm, value: name }, ...rest.slice(at + 1)] : void 0;
}
var RUNNER_VALUED = /* @__PURE__ */ new Set(["-p", "--package", "--registry", "--prefix", "-C", "--dir", "-w", "--workspace", "--cache", "--userconfig", "--node-options", "--script-shell"]);
function packageRunnerTail(exe, rest) {
  let k = 0;
  if (exe === "npm" || exe === "pnpm" || exe === "yarn" || exe === "bun") {
    for (; k < rest.length && rest[k].value.startsWith("-") && !rest[k].dynamic; ) k += RUNNER_VALUED.has(rest[k].value) ? 2 : 1;
    if (exe === "yarn" && rest[k]?.value === "workspace" && !rest[k + 1]?.dynamic) k += 2;
    else if (exe === "yarn" && rest[k]?.value === "workspaces" && rest[k + 1]?.value === "foreach") {
      let at = rest.findIndex((a, i) => i > k + 1 && (a.dynamic || a.value === "exec"));
      at > 0 && (k = at);
    }
    let sub = rest[k]?.value;
    if (!(exe === "npm" ? sub === "exec" || sub === "x" : exe === "bun" ? sub === "x" : sub === "exec" || sub === "dlx") || rest[k].dynamic) return;
    k++;
  }
  for (; k < rest.length; k++) {
    let a = rest[k];
    if (a.dynamic) return;
    if (a.value === "--") return rest.slice(k + 1);
    if (a.value === "-c" || a.value === "--call" || a.value.startsWith("--call=")) return;
    if (!a.value.startsWith("-")) return rest.slice(k);
    RUNNER_VALUED.has(a.value) && k++;
  }
}
function specifierBin(word) {
  return /^(?:@[a-z0-9][\w.~-]*\/)?([a-z0-9][\w.~-]*)(?:@[^\s/:]*)?$/i.exec(word)?.[1];
}
var PY_RUNNER_VALUED = /* @__PURE__ */ new Set([
  "--directory",
  "--project",
  "-p",
  "--python",
  "--with",
  "--with-requirements",
  "--with-editable",
  "--from",
  "--env-file",
  "--index",
  "--index-url",
  "--extra-index-url",
  "--default-index",
  "-f",
  "--find-links",
  "--package",
  "--group",
  "--extra",
  "--only-group",
  "--no-group",
  "-C",
  "--config-setting",
  "--cache-dir",
  "--config-file",
  "--color",
  "--python-preference",
  "--spec",
  "--pip-args",
  "-P",
  "--index-strategy",
  "--keyring-provider",
  "--prerelease",
  "--resolution",
  "--exclude-newer",
  "--link-mode",
  "--refresh-package",
  "--reinstall-package",
  "--upgrade-package",
  "--no-binary-package",
  "--only-binary"
]);
function pythonRunnerTail(exe, rest) {
  let k = 0, skipOptions = () => {
    for (; k < rest.length && !rest[k].dynamic && rest[k].value.startsWith("-") && rest[k].value !== "--"; ) k += PY_RUNNER_VALUED.has(rest[k].value) ? 2 : 1;
    rest[k]?.value === "--" && !rest[k].dynamic && k++;
  };
  if (exe !== "uvx") {
    if (skipOptions(), exe === "uv" && rest[k]?.value === "tool" && !rest[k].dynamic && k++, rest[k]?.value !== (exe === "bundle" ? "exec" : "run") || rest[k].dynamic) return;
    k++;
  }
  skipOptions();
  let first = rest[k];
  if (!first) return;
  if (first.dynamic) return rest.slice(k);
  let tool = exe === "uvx" || exe === "pipx" || exe === "uv" && rest.some((a, i) => i < k && a.value === "tool") ? /^([A-Za-z0-9][\w.-]*?)(?:[@=<>~!].*)?$/.exec(first.value)?.[1] : first.value;
  if (tool !== void 0)
    return tool.endsWith(".py") ? [{ value: "python", dynamic: false }, ...rest.slice(k)] : [{ ...first, value: tool }, ...rest.slice(k + 1)];
}
function packageSpecifier(word) {
  return word.includes("://") || word.includes("@") || word.startsWith(".") || word.startsWith("/") || word.includes(":");
}
var CONDA = {
  sub: ["run"],
  flags: ["--live-stream", "--no-capture-output", "-v", "--verbose", "--debug-wrapper-scripts", "--dev", "-q", "--quiet"],
  valued: ["-n", "--name", "-p", "--prefix", "--cwd", "-a", "--attach", "--env", "-e", "--root-prefix", "-r"]
}, WSL = { commandOptions: ["-e", "--exec"], flags: ["--system"], valued: ["-d", "--distribution", "-u", "--user", "--cd", "--shell-type"] }, SSH_VALUED = PROGRAM_SPECS.view().get("ssh").valued, SSH = { positionals: 1, operands: "joined", clusters: true, flags: ["-4", "-6", "-A", "-a", "-C", "-f", "-G", "-g", "-K", "-k", "-M", "-N", "-n", "-q", "-s", "-T", "-t", "-v", "-X", "-x", "-Y", "-y"], valued: SSH_VALUED }, DOCKER_OPTIONS = TOUCH_MODELS.view().get("docker").imageRefs, CONTAINER_ENGINE = {
  sub: ["exec", "run"],
  positionals: 1,
  clusters: true,
  ownDefault: true,
  valued: [...DOCKER_OPTIONS.runValued, "--detach-keys", "--index"],
  flags: [...DOCKER_OPTIONS.flags, "-T", "--no-TTY", "--no-deps", "--service-ports", "--build", "--remove-orphans", "--quiet-pull", "--use-aliases", "--dry-run"]
}, PSSH = {
  operands: "joined",
  flags: ["-v", "--verbose", "-A", "--askpass", "-i", "--inline", "--inline-stdout", "-P", "--print", "-I", "--send-input"],
  valued: ["-h", "--hosts", "-H", "--host", "-l", "--user", "-p", "--par", "-o", "--outdir", "-e", "--errdir", "-t", "--timeout", "-O", "--option", "-x", "--extra-args", "-X", "--extra-arg"]
}, ORB_RUN = { ownDefault: true, flags: ["-s", "--shell"], valued: ["-m", "--machine", "-u", "--user", "-w", "--workdir"] }, LIMA_SHELL = { flags: ["--reconnect", "--preserve-env", "--tty", "--debug"], valued: ["--workdir", "--shell", "--log-level"] }, SALT_SHELL = { sub: ["cmd.run", "cmd.run_all", "cmd.run_stdout", "cmd.run_stderr", "cmd.run_bg", "cmd.shell", "cmd.retcode"], operands: "shell" }, FLY_CONSOLE = { sub: ["console"], operands: "own", ownDefault: true, shellOptions: ["-C", "--command"] }, LXC = {
  sub: ["exec"],
  positionals: 1,
  flags: ["-n", "--disable-stdin", "-t", "--force-interactive", "-T", "--force-noninteractive", "-q", "--quiet", "-v", "--verbose", "--debug", "--force-local"],
  valued: ["--cwd", "--env", "--mode", "--user", "--group", "--project"]
}, MISE = { sub: ["exec", "x"], operands: "own", shellOptions: ["-c", "--command"] }, NVM_VERSION = /^(?:v?[0-9]+(?:\.[0-9x]+){0,2}|node|iojs|stable|unstable|system|default|lts\/.*)$/, NVM = { flags: ["--silent", "--lts"], valued: [], opaque: ["--"], maybePositional: NVM_VERSION }, PODMAN_MACHINE_SSH = { sub: ["ssh"], subAfter: ["machine"], operands: "joined", valued: ["--username"], maybePositional: /^podman-machine-default$/ }, RUNNERS = {
  // Secret and environment injectors: the program runs with secrets in its environment.
  op: { sub: ["run"], operands: "own" },
  doppler: { sub: ["run"], operands: "own", shellOptions: ["--command"] },
  dotenvx: { sub: ["run"], operands: "own" },
  dotenv: { operands: "own" },
  envconsul: { operands: "own" },
  chamber: { sub: ["exec"], operands: "own" },
  "aws-vault": {
    sub: ["exec"],
    positionals: 1,
    flags: ["-n", "--no-session", "-j", "--json", "-s", "--server", "--ec2-server", "--ecs-server", "--lazy", "--stdout", "--debug"],
    valued: ["-d", "--duration", "--region", "-t", "--mfa-token", "--prompt", "--backend", "--keychain"]
  },
  envchain: { positionals: 1 },
  sops: { sub: ["exec-env", "exec-file"], positionals: 1, operands: "shell", flags: ["--background", "--no-fifo", "--pristine", "--same-process"], valued: ["--user", "--filename", "--input-type", "--output-type", "--config"] },
  direnv: { sub: ["exec"], positionals: 1 },
  envdir: { positionals: 1 },
  "env-cmd": {
    flags: ["--fallback", "--no-override", "--silent", "--use-shell", "--verbose", "-x", "--expand-envs", "--recursive"],
    valued: ["-f", "--file", "-r", "--rc-file", "-e", "--environments"]
  },
  infisical: { sub: ["run"], operands: "own", shellOptions: ["--command"] },
  teller: { sub: ["run"], operands: "own" },
  berglas: { sub: ["exec"], operands: "own" },
  bws: { sub: ["run"], operands: "own" },
  saml2aws: { sub: ["exec"], operands: "own" },
  summon: { flags: ["--up", "--ignore-all", "--all-provider-versions"], valued: ["-p", "--provider", "-f", "-D", "--yaml", "--ignore", "-e", "--environment"] },
  assume: { operands: "own", optionsOnly: true, shellOptions: ["-x", "--exec"] },
  railway: { sub: ["run"], valued: ["-s", "--service", "-e", "--environment"] },
  netlify: { sub: ["dev:exec"], valued: ["--context", "--filter"] },
  heroku: { sub: ["local:run"], valued: ["-e", "--env", "-p", "--port"] },
  firebase: { sub: ["emulators:exec"], operands: "shell", flags: ["--ui"], valued: ["--only", "--project", "-P", "--import", "--export-on-exit", "--inspect-functions", "--log-verbosity"] },
  ip: { sub: ["exec"], positionals: 1 },
  // `elixir -S mix …`, `ruby -S rake …`: the program named after -S, looked up on PATH, with the rest.
  elixir: { operands: "own", optionsOnly: true, commandOptions: ["-S"] },
  iex: { operands: "own", optionsOnly: true, commandOptions: ["-S"] },
  ruby: { operands: "own", optionsOnly: true, commandOptions: ["-S"] },
  // Terminal multiplexers and emulators that start a command in a new pane or window.
  zellij: { sub: ["run"], operands: "own" },
  wezterm: { sub: ["start", "spawn"], operands: "own" },
  xterm: { operands: "own", optionsOnly: true, commandOptions: ["-e"] },
  alacritty: { operands: "own", optionsOnly: true, commandOptions: ["-e", "--command"] },
  konsole: { operands: "own", optionsOnly: true, commandOptions: ["-e"] },
  "gnome-terminal": { operands: "own", optionsOnly: true, commandOptions: ["--", "-x", "--execute"], shellOptions: ["-e", "--command"] },
  "xfce4-terminal": { operands: "own", optionsOnly: true, commandOptions: ["-x", "--execute"], shellOptions: ["-e", "--command"] },
  arch: { optionsOnly: true, flags: ["-x86_64", "-arm64", "-arm64e", "-i386", "-32", "-64", "-c", "-h"], valued: ["-d", "-e"] },
  wsl: WSL,
  "wsl.exe": WSL,
  // winpty (Git Bash's console bridge) and systemd's run0 (sudo-like) run the command that follows.
  winpty: { flags: ["-Xallow-non-tty", "-Xplain", "-Xcolor", "--mouse", "--showkey"] },
  run0: {
    flags: ["--no-ask-password", "--slice-inherit"],
    valued: ["-u", "--user", "-g", "--group", "--nice", "-D", "--chdir", "--setenv", "--unit", "--property", "--description", "--slice", "--background", "--machine"]
  },
  // Tool and project shells: without a command they start an interactive shell.
  nix: { sub: ["shell", "develop", "run"], operands: "own", commandOptions: ["-c", "--command"], installable: ["run"] },
  "nix-shell": { operands: "own", shellOptions: ["--run", "--command"] },
  guix: { sub: ["shell", "environment"], operands: "own" },
  flox: { sub: ["activate"], operands: "own" },
  mise: MISE,
  rtx: MISE,
  nvm: [{ sub: ["exec"], ...NVM }, { sub: ["run"], program: "node", ...NVM }],
  // `asdf env COMMAND [UTIL…]` runs UTIL (default `env`) in COMMAND's environment.
  asdf: [{ sub: ["exec"] }, { sub: ["env"], positionals: 1, ownDefault: true }],
  // tj/n: `n exec VERSION CMD…`, `n run|use VERSION ARG…` (node ARG…).
  n: [{ sub: ["exec"], positionals: 1 }, { sub: ["run", "use"], positionals: 1, program: "node" }],
  // Hermit and aqua run a tool they manage: `hermit exec BIN ARG…`, `aqua exec [--] CMD…`; devenv's shell runs its command.
  hermit: { sub: ["exec"] },
  aqua: { sub: ["exec", "x"] },
  devenv: { sub: ["shell"] },
  devbox: { sub: ["run"], flags: ["-q", "--quiet"], valued: ["-c", "--config", "-e", "--env", "--env-file"] },
  conda: CONDA,
  mamba: CONDA,
  micromamba: CONDA,
  pixi: {
    sub: ["run", "exec"],
    flags: ["--frozen", "--locked", "--clean-env", "--force-reinstall", "--no-install", "--revalidate", "-v", "--verbose", "-q", "--quiet"],
    valued: ["-e", "--environment", "--manifest-path", "-s", "--spec", "-c", "--channel", "--platform"]
  },
  rustup: { sub: ["run"], positionals: 1, flags: ["--install"] },
  opam: { sub: ["exec"], flags: ["--set-switch", "--set-root", "--inplace-path", "-v", "--verbose", "-q", "--quiet", "-y", "--yes"], valued: ["--switch", "--root", "--cli"] },
  stack: { sub: ["exec"], dropsDashDash: true },
  cabal: { sub: ["exec"], dropsDashDash: true },
  ghcup: { sub: ["run"], operands: "own" },
  volta: { sub: ["run"], flags: ["--bundled-npm", "--no-yarn", "--verbose", "--quiet"], valued: ["--node", "--npm", "--yarn", "--pnpm", "--env"] },
  fnm: { sub: ["exec"], operands: "own" },
  pyenv: { sub: ["exec"] },
  rbenv: { sub: ["exec"] },
  nodenv: { sub: ["exec"] },
  goenv: { sub: ["exec"] },
  jenv: { sub: ["exec"] },
  plenv: { sub: ["exec"] },
  toolbox: { sub: ["run"], valued: ["-c", "--container", "-d", "--distro", "-r", "--release", "--preserve-fds"] },
  distrobox: { sub: ["enter"], operands: "own" },
  "distrobox-enter": { operands: "own" },
  devcontainer: {
    sub: ["exec"],
    flags: ["--skip-post-attach", "--mount-workspace-git-root"],
    valued: ["--workspace-folder", "--container-id", "--id-label", "--config", "--override-config", "--remote-env", "--docker-path", "--log-level", "--log-format", "--terminal-columns", "--terminal-rows", "--user-data-folder", "--default-user-env-probe"]
  },
  // Build tools: `cmake -E CMD` runs CMake's portable commands, named as the programs they are
  // (`cmake -E rm -rf x`, `cmake -E chdir DIR CMD` = `env -C DIR CMD`); `meson devenv CMD` and
  // `meson subprojects foreach CMD` run a command of the line.
  cmake: {
    operands: "own",
    optionsOnly: true,
    commandOptions: ["-E"],
    spellings: {
      remove: ["rm"],
      remove_directory: ["rm", "-rf"],
      make_directory: ["mkdir", "-p"],
      copy: ["cp"],
      copy_if_different: ["cp"],
      copy_if_newer: ["cp"],
      copy_directory: ["cp", "-r"],
      copy_directory_if_different: ["cp", "-r"],
      rename: ["mv"],
      create_symlink: ["ln", "-s"],
      create_hardlink: ["ln"],
      chdir: ["env", "-C"],
      echo_append: ["echo", "-n"],
      touch_nocreate: ["touch", "-c"]
    }
  },
  meson: { sub: ["devenv", "foreach"], flags: ["--dump"], valued: ["-C", "-w", "--workdir", "--dump-format", "--types", "--sourcedir", "--num-processes"] },
  // Remote shells: the command runs on the host named (`ssh HOST CMD`), a line its shell reads;
  // without one, a login shell there. Fleet shells run it on every host of their list.
  ssh: SSH,
  autossh: { ...SSH, valued: [...SSH_VALUED, "-M"] },
  rsh: { positionals: 1, operands: "joined", clusters: true, flags: ["-4", "-6", "-8", "-d", "-n", "-x", "-K", "-L"], valued: ["-l", "-k", "-p", "-e"] },
  // mosh starts the command itself (its words, not a line); `--server` is a line ssh runs there.
  mosh: {
    positionals: 1,
    ownDefault: true,
    flags: ["-a", "-n", "-4", "-6", "--no-init", "--local", "--no-ssh-pty", "--predict-overwrite"],
    valued: ["-p", "--port", "--client", "--ssh", "--predict", "--family", "--bind-server", "--experimental-remote-ip"],
    shellOptions: ["--server"]
  },
  et: { operands: "own", ownDefault: true, shellOptions: ["-c", "--command"] },
  "docker-machine": { sub: ["ssh"], positionals: 1, operands: "joined" },
  tsh: {
    sub: ["ssh"],
    positionals: 1,
    operands: "joined",
    flags: ["-t", "--tty", "-T", "-A", "--forward-agent", "-N", "--no-remote-exec", "--local"],
    valued: ["-p", "--port", "-l", "--login", "-L", "--forward", "-D", "--dynamic-forward", "--proxy", "--user", "--cluster", "-o", "--option"]
  },
  coder: {
    sub: ["ssh"],
    positionals: 1,
    operands: "joined",
    flags: ["-A", "--forward-agent", "-G", "--forward-gpg", "--stdio", "--no-wait", "-q", "--quiet", "--disable-autostart"],
    valued: ["-R", "--remote-forward", "-e", "--env", "--identity-agent", "--workspace-poll-interval", "--wait", "-l", "--log-dir", "--ssh-host-prefix", "--network-info-dir", "--network-info-interval"]
  },
  // Android's device shell: `adb shell CMD…` (`exec-out`) joins them into a line.
  adb: { sub: ["shell", "exec-out"], operands: "joined", clusters: true, flags: ["-n", "-T", "-t", "-x"], valued: ["-e"] },
  minikube: { sub: ["ssh"], operands: "joined", flags: ["--native-ssh"], valued: ["-n", "--node", "-p", "--profile"] },
  pdsh: { operands: "joined", clusters: true, flags: ["-a", "-A", "-b", "-d", "-D", "-L", "-N", "-q", "-S"], valued: ["-w", "-x", "-g", "-X", "-l", "-t", "-u", "-f", "-R", "-M"] },
  clush: {
    operands: "joined",
    clusters: true,
    flags: ["-a", "--all", "-b", "--dshbak", "-B", "-L", "-N", "-q", "--quiet", "-v", "--verbose", "-d", "--debug", "-S", "-n", "--nostdin", "-r", "--regroup", "-P", "--progress", "--diff"],
    valued: ["-w", "--nodes", "-x", "-g", "--group", "-X", "-l", "--user", "-f", "--fanout", "-t", "--connect_timeout", "-u", "--command_timeout", "-O", "--option", "-R", "--worker", "-c", "--copy", "--rcopy", "--dest", "-m", "--mode", "--color", "--pick", "--topology", "-E"]
  },
  pssh: PSSH,
  "parallel-ssh": PSSH,
  // Salt's shell functions: `salt '*' cmd.run 'LINE'` on the minions, `salt-call cmd.run 'LINE'` here.
  salt: SALT_SHELL,
  "salt-ssh": SALT_SHELL,
  "salt-call": SALT_SHELL,
  // `vagrant ssh -c 'LINE'`; its words after `--` are ssh's (a remote command among them).
  vagrant: { sub: ["ssh"], operands: "own", ownDefault: true, shellOptions: ["-c", "--command"], opaque: ["--"] },
  // Containers and machines: the command runs inside (the workspace may be mounted there).
  docker: CONTAINER_ENGINE,
  podman: [CONTAINER_ENGINE, PODMAN_MACHINE_SSH],
  nerdctl: CONTAINER_ENGINE,
  finch: CONTAINER_ENGINE,
  "docker-compose": CONTAINER_ENGINE,
  "podman-compose": CONTAINER_ENGINE,
  lxc: LXC,
  incus: LXC,
  "lxc-attach": { operands: "own", ownDefault: true },
  "lxc-execute": { operands: "own" },
  // Proxmox: `pct exec CT -- CMD`, `qm guest exec VM -- CMD`.
  pct: { sub: ["exec"], positionals: 1, valued: ["--keep-env"] },
  qm: { sub: ["exec"], positionals: 1, valued: ["--pass-stdin", "--synchronous", "--timeout"] },
  crictl: { sub: ["exec"], positionals: 1, clusters: true, flags: ["-i", "--interactive", "-t", "--tty", "-s", "--sync"], valued: ["--timeout"] },
  // `runc exec --process FILE` takes the command from a file.
  runc: {
    sub: ["exec"],
    positionals: 1,
    clusters: true,
    flags: ["-t", "--tty", "-d", "--detach", "--no-new-privs", "--ignore-paused"],
    valued: ["-e", "--env", "--cwd", "-u", "--user", "--console-socket", "--pid-file", "-c", "--cap", "-a", "--apparmor", "--process-label", "-g", "--additional-gids", "--cgroup", "--preserve-fds"],
    opaque: ["-p", "--process"]
  },
  buildah: {
    sub: ["run"],
    positionals: 1,
    flags: ["-t", "--tty", "--terminal", "--add-history", "--no-hostname", "--no-hosts", "--no-pivot"],
    valued: ["-e", "--env", "-v", "--volume", "--mount", "--workingdir", "--user", "--network", "--net", "--isolation", "--runtime", "--runtime-flag", "--hostname", "--cap-add", "--cap-drop", "--ipc", "--pid", "--uts", "--cgroupns", "--security-opt", "--device"]
  },
  nomad: { sub: ["exec"], positionals: 1, flags: ["-i", "-t"], valued: ["-task", "-job", "-escape", "-address", "-region", "-namespace", "-token"] },
  // From a sandbox to the host: toolbox's and distrobox's way out (flatpak-spawn is an unmodelled runner).
  "host-spawn": {},
  "distrobox-host-exec": { flags: ["-v", "--verbose", "-Y", "--yes"] },
  // Cloud consoles: `gcloud compute ssh VM --command 'LINE'` (its `--` words are ssh's: opaque),
  // `az vm run-command invoke --scripts 'LINE'`, `az container exec --exec-command`, `aws ecs
  // execute-command --command`, `fly ssh console -C`.
  gcloud: { sub: ["ssh"], operands: "own", ownDefault: true, shellOptions: ["--command"], opaque: ["--"] },
  az: { sub: ["invoke", "exec"], operands: "own", ownDefault: true, shellOptions: ["--scripts", "--exec-command", "--command"] },
  aws: { sub: ["execute-command"], operands: "own", ownDefault: true, shellOptions: ["--command"] },
  fly: FLY_CONSOLE,
  flyctl: FLY_CONSOLE,
  kubectl: { sub: ["exec"], operands: "own" },
  // `oc rsh POD [CMD…]`: CMD runs in the pod (without one, a shell there).
  oc: [{ sub: ["exec"], operands: "own" }, { sub: ["rsh"], positionals: 1, ownDefault: true, flags: ["-t", "--tty", "-T", "--no-tty", "-q", "--quiet"], valued: ["-c", "--container", "--shell", "--timeout", "-f", "--filename", "--pod-running-timeout"] }],
  multipass: { sub: ["exec"], positionals: 1, clusters: true, flags: ["-n", "--no-map-working-directory", "-v", "--verbose"], valued: ["-d", "--working-directory"] },
  // `lima CMD` is `limactl shell default CMD`.
  limactl: { sub: ["shell"], positionals: 1, ownDefault: true, flags: LIMA_SHELL.flags, valued: LIMA_SHELL.valued },
  lima: { ownDefault: true, ...LIMA_SHELL },
  // `colima ssh [--] CMD…` (also `exec`, `x`): the words, with or without `--`, go to ssh as its command (joined).
  // OrbStack: `orb [-m MACHINE] CMD…` and `orbctl run CMD…` run CMD in a Linux machine (without one, a shell there).
  orb: ORB_RUN,
  orbctl: { sub: ["run"], ...ORB_RUN },
  colima: { sub: ["ssh", "exec", "x"], operands: "joined", flags: ["-l", "--layer", "-v", "--verbose", "--very-verbose"], valued: ["-p", "--profile"] },
  // `gh codespace ssh [FLAGS] [-- SSH-FLAGS] [CMD…]`: the command joined into a line for ssh; ssh's own options after `--` are not modelled.
  gh: {
    sub: ["ssh"],
    subAfter: ["codespace", "cs"],
    operands: "joined",
    optionsAfterDashDash: true,
    flags: ["-d", "--debug", "--config", "--stdio"],
    valued: ["-c", "--codespace", "-R", "--repo", "--repo-owner", "--profile", "--server-port", "--debug-file"]
  },
  // Development environments: `ddev exec 'LINE'` (its words, joined, are a line bash runs), `lando ssh -c`, `devpod ssh --command`.
  ddev: { sub: ["exec"], operands: "joined", flags: ["--raw", "-j", "--json-output"], valued: ["-s", "--service", "-d", "--dir"] },
  lando: { sub: ["ssh"], operands: "own", ownDefault: true, shellOptions: ["-c", "--command"] },
  devpod: { sub: ["ssh"], operands: "own", ownDefault: true, shellOptions: ["--command"] },
  // Monorepo and task tools: `nx exec -- CMD`, `lerna exec -- CMD`, `just --command CMD`.
  nx: { sub: ["exec"], operands: "own" },
  lerna: { sub: ["exec"], operands: "own" },
  just: { operands: "own", optionsOnly: true, commandOptions: ["--command"], opaque: ["--shell", "--shell-arg", "--shell-command"] },
  // Benchmarks: each operand is a command line run by the shell.
  hyperfine: {
    operands: "shell",
    flags: ["-N", "-i", "--ignore-failure", "--show-output"],
    valued: ["-w", "--warmup", "-m", "--min-runs", "-M", "--max-runs", "-r", "--runs", "-S", "--shell", "--style", "--sort", "-u", "--time-unit", "--export-asciidoc", "--export-csv", "--export-json", "--export-markdown", "--export-orgmode", "--output", "--input", "-n", "--command-name", "-D", "--parameter-step-size"],
    shellOptions: ["-s", "--setup", "-p", "--prepare", "-c", "--cleanup", "--conclude", "--reference"],
    opaque: ["-P", "--parameter-scan", "-L", "--parameter-list"]
  }
}, RUNNERS_BY_NAME = ownEntries(RUNNERS);
function commandStart(spec, rest) {
  if (!spec.sub) return 0;
  let k = rest.findIndex((a, i) => !a.dynamic && spec.sub.includes(a.value) && (!spec.subAfter || i > 0 && !rest[i - 1].dynamic && spec.subAfter.includes(rest[i - 1].value)));
  if (!(k < 0 || rest.slice(0, k).some((a) => a.value === "--")))
    return k + 1;
}
var HELP = /* @__PURE__ */ new Set(["-h", "--help", "-V", "--version"]);
function runnerCommand(exe, rest) {
  let found = RUNNERS_BY_NAME.get(exe);
  if (!found) return;
  let spec, k = -1;
  for (let s of Array.isArray(found) ? found : [found]) {
    let at = commandStart(s, rest);
    at !== void 0 && (k < 0 || at < k) && ([spec, k] = [s, at]);
  }
  if (!spec) return;
  let subWord = spec.sub ? rest[k - 1].value : void 0;
  if (subWord !== void 0 && spec.installable?.includes(subWord)) return installableCommand(rest.slice(k));
  let out = { lines: [] }, operands = spec.operands ?? "command", unsure, positionals = spec.positionals ?? 0, help = false, maybeSeen = false, optionsEnded = false;
  for (; k < rest.length; k++) {
    let a = rest[k], v = a.value;
    if (a.dynamic) {
      unsure ??= `"${exe}" is given a word known only at run time (${v}): cannot tell which program it runs`;
      continue;
    }
    if (optionsEnded && spec.optionsAfterDashDash && v.startsWith("-") && v !== "-") {
      unsure ??= `"${exe}" passes ${v} after -- to another program as an option: cannot tell which program it runs`;
      continue;
    }
    if (!optionsEnded && v.startsWith("-") && v !== "-") {
      let head = v.startsWith("--") ? v.split("=")[0] : v, attached = head !== v;
      if (spec.opaque?.includes(head)) {
        unsure ??= `"${exe} ${head}" changes what it runs in a way that is not modelled`;
        continue;
      }
      if (spec.commandOptions?.includes(head)) {
        out.tail = rest.slice(k + 1);
        let name = out.tail[0], spelled = name && !name.dynamic ? own(spec.spellings, name.value) : void 0;
        spelled && (out.tail = [...spelled.map((value) => ({ ...name, value })), ...out.tail.slice(1)]);
        break;
      }
      if (v === "--") {
        if (spec.optionsOnly) break;
        if (operands === "own") {
          out.tail = rest.slice(k + 1);
          break;
        }
        optionsEnded = true;
        continue;
      }
      if (spec.shellOptions?.includes(head)) {
        let text = attached ? { ...a, value: v.slice(head.length + 1) } : rest[++k];
        text && out.lines.push(text);
        continue;
      }
      if (spec.valued?.includes(head)) {
        attached || k++;
        continue;
      }
      if (HELP.has(head)) {
        help = true;
        continue;
      }
      if (spec.flags?.includes(head)) continue;
      if (spec.clusters && !v.startsWith("--")) {
        let c = readShortCluster(v, (ch) => runnerLetter(spec, ch));
        c.unknown !== void 0 ? unsure ??= `unknown option ${v} of "${exe}": cannot tell which program it runs` : c.nextWord ? k++ : c.valued === void 0 && c.flags.some((ch) => HELP.has(`-${ch}`)) && (help = true);
        continue;
      }
      operands !== "own" && (unsure ??= `unknown option ${v} of "${exe}": cannot tell which program it runs`);
      continue;
    }
    if (positionals > 0) {
      positionals--;
      continue;
    }
    if (spec.maybePositional && !maybeSeen) {
      if (maybeSeen = true, spec.maybePositional.test(v)) continue;
      unsure ??= `"${exe}" may read ${v} as its own operand or as the program it runs: cannot tell which program it runs`;
    }
    if (operands === "own") continue;
    if (operands === "shell") {
      if (out.lines.push(a), spec.positionals) break;
      continue;
    }
    if (operands === "joined") {
      let words = rest.slice(k);
      out.lines.push({ value: words.map((w) => w.value).join(" "), dynamic: words.some((w) => w.dynamic) });
      break;
    }
    out.tail = rest.slice(k);
    let dd = spec.dropsDashDash ? out.tail.findIndex((w) => w.value === "--" && !w.dynamic) : -1;
    dd > 0 && (out.tail = [...out.tail.slice(0, dd), ...out.tail.slice(dd + 1)]);
    break;
  }
  spec.program && !help && (out.tail = [{ value: spec.program, dynamic: false }, ...out.tail ?? []]);
  let none = !out.tail?.length && !out.lines.length;
  return none && operands === "joined" && !help ? out.stdin = true : none && !help && !spec.optionsOnly && !spec.ownDefault && (unsure ??= `cannot tell which program "${exe}" runs`), unsure && (out.problem = unsure), out;
}
function runnerLetter(spec, ch) {
  let opt = `-${ch}`;
  return spec.valued?.includes(opt) ? "value" : HELP.has(opt) || spec.flags?.includes(opt) ? "flag" : "unknown";
}
function installableCommand(words) {
  let dd = words.findIndex((w) => w.value === "--" && !w.dynamic), own2 = dd < 0 ? words : words.slice(0, dd), args = dd < 0 ? [] : words.slice(dd + 1), ref = own2.find((w) => !w.value.startsWith("-") && w.value.includes("#"));
  if (!ref) return own2.some((w) => w.dynamic) ? { lines: [], problem: "nix run is given a word known only at run time: cannot tell which program it runs" } : void 0;
  let after = ref.value.slice(ref.value.indexOf("#") + 1), caret = after.indexOf("^"), name = (caret < 0 ? after : after.slice(0, caret)).split(".").pop() ?? "";
  return ref.dynamic || !/^[\w.+-]+$/.test(name) ? { lines: [], problem: `cannot tell which program "nix run ${ref.value}" runs` } : { lines: [], tail: [{ value: name, dynamic: false }, ...args] };
}
var WRAPPERS = {
  sudo: {
    short: "AbEeHiKkLlnPSsVv",
    shortArg: "CDghpRrtTUu",
    long: [
      "askpass",
      "background",
      "bell",
      "preserve-groups",
      "set-home",
      "login",
      "remove-timestamp",
      "reset-timestamp",
      "non-interactive",
      "stdin",
      "shell",
      "validate",
      "version",
      "help",
      "list",
      "edit"
    ],
    longArg: [
      "chdir",
      "close-from",
      "group",
      "host",
      "prompt",
      "chroot",
      "role",
      "type",
      "command-timeout",
      "other-user",
      "user"
    ],
    longOpt: ["preserve-env"],
    assignments: true,
    noCommand: "elV",
    noCommandLong: ["edit", "list", "version", "help"]
  },
  doas: { short: "nsL", shortArg: "uC", noCommand: "L" },
  env: {
    short: "i0v",
    shortArg: "uCP",
    long: ["ignore-environment", "null", "debug", "list-signal-handling"],
    longArg: ["unset", "chdir"],
    longOpt: ["block-signal", "default-signal", "ignore-signal"],
    assignments: true,
    split: "S",
    splitLong: "split-string",
    dashFlag: true
  },
  command: { short: "pvV", noCommand: "vV" },
  builtin: {},
  exec: { short: "cl", shortArg: "a" },
  nohup: {},
  nice: { shortArg: "n", longArg: ["adjustment"], numeric: true },
  ionice: { short: "t", shortArg: "cnpPu", noCommand: "pPu" },
  time: { short: "apqv", shortArg: "fo", long: ["append", "portability", "quiet", "verbose"], longArg: ["format", "output"] },
  timeout: {
    short: "v",
    shortArg: "sk",
    long: ["preserve-status", "foreground", "verbose"],
    longArg: ["signal", "kill-after"],
    positionals: 1
  },
  xargs: {
    short: "0prtxo",
    shortArg: "aEdILnPs",
    shortOpt: "eil",
    long: ["null", "interactive", "no-run-if-empty", "verbose", "exit", "open-tty", "show-limits"],
    longArg: ["arg-file", "delimiter", "max-args", "max-procs", "max-chars", "process-slot-var"],
    longOpt: ["eof", "replace", "max-lines"]
  },
  stdbuf: { shortArg: "ioe", longArg: ["input", "output", "error"] },
  setsid: { short: "cfw", long: ["ctty", "fork", "wait"] },
  unbuffer: { short: "p" },
  taskset: { short: "acp", long: ["all-tasks", "pid", "cpu-list"], positionals: 1, noCommand: "p", noCommandLong: ["pid"] },
  coproc: {},
  busybox: {},
  toybox: {},
  noglob: {},
  nocorrect: {},
  // `cross-env NODE_ENV=production CMD`: NAME=value words, then the command (no options).
  "cross-env": { assignments: true },
  // `gosu USER CMD`, `su-exec USER CMD`: the user, then the command.
  gosu: { positionals: 1 },
  "su-exec": { positionals: 1 },
  "dumb-init": { short: "cvV", shortArg: "r", long: ["single-child", "verbose", "version"], longArg: ["rewrite"], noCommand: "V", noCommandLong: ["version"] },
  chronic: { short: "evb" },
  ifne: { short: "n" },
  // `eatmydata CMD` (fsync disabled), daemontools' `fghack CMD`, `pgrphack CMD`, `setuidgid USER
  // CMD`, `envuidgid USER CMD`, `softlimit -m BYTES CMD`, and grc's colouriser `grc CMD`.
  eatmydata: {},
  fghack: {},
  pgrphack: {},
  setuidgid: { positionals: 1 },
  envuidgid: { positionals: 1 },
  softlimit: { shortArg: "acdfmloprst" },
  grc: { short: "es", shortArg: "c", long: ["stderr", "stdout"], longArg: ["config"], longOpt: ["colour"] },
  "xvfb-run": {
    short: "al",
    shortArg: "nsefpw",
    long: ["auto-servernum", "listen-tcp", "help"],
    longArg: ["server-num", "server-args", "error-file", "auth-file", "xauth-protocol", "wait"]
  }
}, ENV_ASSIGNMENT = /^[^=-][^=]*=/, WRAPPERS_BY_NAME = ownEntries(WRAPPERS);
function isWrapper(exe) {
  return WRAPPERS_BY_NAME.has(exe);
}
function setsEnvironment(exe) {
  return WRAPPERS_BY_NAME.get(exe)?.assignments === true;
}
function unwrap(exe, args, splitWords2) {
  let spec = WRAPPERS_BY_NAME.get(exe);
  if (!spec) return { kind: "none" };
  let k = 0, none = false, unknown = (opt) => ({
    kind: "problem",
    reason: `unknown option ${opt} of "${exe}": cannot tell which program it runs`
  });
  for (; k < args.length; ) {
    let a = args[k], v = a.value;
    if (a.dynamic && !(spec.assignments && ENV_ASSIGNMENT.test(v)))
      return { kind: "problem", reason: `"${exe}" is given a word known only at run time (${v}): cannot tell which program it runs` };
    if (v === "--") {
      k++;
      break;
    }
    if (v === "-" && spec.dashFlag) {
      k++;
      continue;
    }
    if (v.startsWith("--") && v.length > 2) {
      let eq = v.indexOf("="), name = v.slice(2, eq < 0 ? void 0 : eq);
      if (spec.splitLong === name) {
        let text = eq < 0 ? args[k + 1]?.value : v.slice(eq + 1), rest = args.slice(eq < 0 ? k + 2 : k + 1);
        return splitThen(exe, text, rest, splitWords2);
      }
      if (spec.longArg?.includes(name)) k += eq < 0 ? 2 : 1;
      else if (spec.long?.includes(name) || spec.longOpt?.includes(name)) k++;
      else return unknown(v);
      spec.noCommandLong?.includes(name) && (none = true);
      continue;
    }
    if (v.startsWith("-") && v.length > 1) {
      if (spec.numeric && /^-\d+$/.test(v)) {
        k++;
        continue;
      }
      let c = readShortCluster(v, (ch) => wrapperLetter(spec, ch));
      if (c.unknown !== void 0) return unknown(`-${c.unknown}`);
      if (c.valued !== void 0 && c.valued === spec.split) {
        let text = c.attached ?? args[k + 1]?.value;
        return splitThen(exe, text, args.slice(c.attached !== void 0 ? k + 1 : k + 2), splitWords2);
      }
      (c.valued === void 0 ? c.flags : [...c.flags, c.valued]).some((ch) => spec.noCommand?.includes(ch)) && (none = true), k += c.nextWord ? 2 : 1;
      continue;
    }
    if (spec.assignments && ENV_ASSIGNMENT.test(v)) {
      k++;
      continue;
    }
    break;
  }
  return k += spec.positionals ?? 0, none || k >= args.length ? { kind: "none" } : { kind: "inner", args: args.slice(k) };
}
function wrapperLetter(spec, ch) {
  return spec.split === ch || spec.shortArg?.includes(ch) ? "value" : spec.shortOpt?.includes(ch) ? "optional-value" : spec.short?.includes(ch) ? "flag" : "unknown";
}
function splitThen(exe, text, rest, splitWords2) {
  if (text === void 0) return { kind: "none" };
  let words = splitWords2(text);
  return words ? unwrap(exe, [...words, ...rest], splitWords2) : { kind: "problem", reason: `cannot split the string given to "${exe} -S"` };
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "yash", "posh", "rbash", "ksh93", "lksh", "oksh", "loksh"]);
function shellScriptArguments(exe, args) {
  let inv = shellInvocation(exe, args);
  if (!(inv.kind !== "script" || !inv.script))
    return args.slice(args.indexOf(inv.script) + 1);
}
function shellInvocation(exe, args) {
  let k = 0, c = false;
  for (; k < args.length; ) {
    let a = args[k], v = a.value;
    if (a.dynamic && (v.startsWith("-") || v.startsWith("+") || v.startsWith("$")))
      return { kind: "problem", reason: `"${exe}" is given options known only at run time (${v})` };
    if (v === "--" || v === "-") {
      k++;
      break;
    }
    if (v === "--rcfile" || v === "--init-file")
      return { kind: "problem", reason: `"${exe} ${v}" runs a start-up file, which cannot be checked` };
    if (v.startsWith("--")) {
      k++;
      continue;
    }
    if ((v.startsWith("-") || v.startsWith("+")) && v.length > 1) {
      let values = 0;
      for (let ch of v.slice(1))
        ch === "c" ? c = true : (ch === "o" || ch === "O") && values++;
      k += 1 + values;
      continue;
    }
    break;
  }
  if (c) {
    let text = args[k];
    return text ? { kind: "string", text } : { kind: "script" };
  }
  return k < args.length ? { kind: "script", script: args[k] } : { kind: "stdin" };
}
function suCommand(args) {
  for (let k = 0; k < args.length; k++) {
    let v = args[k].value;
    if (v === "-c" || v === "--command" || v === "--session-command") return args[k + 1];
    if (v.startsWith("--command=") || v.startsWith("--session-command="))
      return { value: v.slice(v.indexOf("=") + 1), dynamic: args[k].dynamic };
    if (/^-[a-zA-Z]*c$/.test(v)) return args[k + 1];
  }
}
function xargsReplace(words) {
  let spec = WRAPPERS.xargs;
  for (let k = 0; k < words.length; k++) {
    let v = words[k].value;
    if (v === "--" || !v.startsWith("-") || v === "-") return;
    if (v === "--replace") return "{}";
    if (v.startsWith("--replace=")) return v.slice(10) || "{}";
    if (v.startsWith("--")) {
      !v.includes("=") && spec.longArg.includes(v.slice(2)) && k++;
      continue;
    }
    let c = readShortCluster(v, (ch) => ch === "i" ? "optional-value" : spec.shortArg.includes(ch) ? "value" : "flag");
    if (c.valued === "I") return c.attached ?? words[k + 1]?.value;
    if (c.valued === "i") return c.attached ?? "{}";
    c.nextWord && k++;
  }
}
var BASH_LIKE = /* @__PURE__ */ new Set(["bash", "rbash"]), STDIN_FILES = /* @__PURE__ */ new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0", "-"]);
function specialProgram(state, exe, rest, stdin, depth, shown) {
  (exe === "export" || exe === "declare" || exe === "typeset" || exe === "readonly" || exe === "local") && declaredAssignments(state, rest);
  let opaque = programOpaque(exe, rest);
  if (opaque && state.problem(opaque.reason, shown, opaque.construct), FOREIGN_SHELLS.has(exe) || isWindowsCmd(exe, rest))
    return state.problem(`"${exe}" is not bash: the commands it runs cannot be checked`, shown), false;
  if (SHELLS.has(exe)) {
    let inv = shellInvocation(exe, rest);
    if (inv.kind === "problem") state.problem(inv.reason, shown);
    else if (inv.kind === "string") {
      let text = inv.text.value;
      return !BASH_LIKE.has(exe) && (text.includes("$'") || text.includes("{") && (text.includes(",") || text.includes(".."))) ? (state.problem(`"${exe} -c" is not bash: its string uses $'\u2026' or braces, which ${exe} may read differently`, shown), false) : nested(state, inv.text, `"${exe} -c"`, shown, depth);
    } else {
      if (inv.kind === "stdin") return stdinScript(state, exe, stdin, shown, depth);
      inv.script && shellScript(state, exe, inv.script, stdin, shown, depth);
    }
    return false;
  }
  let runner = runnerCommand(exe, rest);
  if (runner) {
    runner.problem && state.problem(runner.problem, shown);
    for (let line of runner.lines) nested(state, line, `"${exe}"`, shown, depth);
    if (runner.stdin) {
      let { texts, unknown } = stdinTexts(stdin);
      for (let text of texts) state.line(text, depth + 1);
      unknown && state.problem(`"${exe}" runs the commands on its standard input, which cannot be checked`, shown);
    }
    return runner.tail?.length && !runner.tail[0].dynamic && state.simple(runner.tail, [], depth), false;
  }
  let command = packageManagerCommand(exe, rest);
  if (command)
    return state.simple(command, [], depth), false;
  switch (exe) {
    case "source":
    case ".": {
      let file = rest.find((a) => a.value !== "--");
      return file ? file.dynamic ? (state.problem(`cannot tell which file "${exe}" runs: "${file.value}" is known only at run time`, shown), false) : STDIN_FILES.has(file.value) ? stdinScript(state, exe, stdin, shown, depth) : (runsWritten(state, file.value, shown, depth, true), file.procsub || file.tilde ? state.problem(`"${exe}" runs ${file.value}, which cannot be checked`, shown) : state.acc.files.push({ path: file.value, op: "read", via: `${exe} ${file.value}` }), false) : false;
    }
    case "eval":
      return rest.some((a) => a.dynamic) ? (state.problem('cannot tell what "eval" runs: its arguments are known only at run time', shown), false) : (rest.length && state.line(rest.map((a) => a.value).join(" "), depth + 1), true);
    case "su":
    case "runuser": {
      let s = suCommand(rest);
      return s ? nested(state, s, `"${exe} -c"`, shown, depth) : (state.problem(`"${exe}" without -c runs a shell whose commands cannot be checked`, shown), false);
    }
    case "find":
      return findExec(state, rest, depth), false;
    case "alias":
      for (let a of rest) {
        let eq = a.value.indexOf("=");
        eq > 0 && !a.value.startsWith("-") && nested(state, { value: a.value.slice(eq + 1), dynamic: a.dynamic }, '"alias"', shown, depth);
      }
      return false;
    case "trap": {
      let ops = rest.filter((a, i) => !(i === 0 && (a.value === "--" || a.value === "-p" || a.value === "-l")));
      return ops.length >= 2 && ops[0].value !== "-" && ops[0].value !== "" && nested(state, ops[0], '"trap"', shown, depth), false;
    }
    case "tee":
      return tee(state, rest), false;
    case "apply_patch":
    case "applypatch":
      return applyPatch(state, exe, rest, stdin, shown), false;
    case "cd":
    case "pushd":
      return cd(state, exe, rest, depth, shown), false;
    case "popd":
      return popd(state), false;
  }
  return false;
}
function applyPatch(state, exe, rest, stdin, shown) {
  let [arg, ...more] = rest, text = arg ? more.length === 0 && !arg.dynamic ? arg.value : void 0 : onlyStdinText(stdin);
  if (text === void 0) {
    state.problem(`"${exe}" writes the files its patch names, and the patch cannot be read here`, shown);
    return;
  }
  let targets = (0, import_chunk_TGX7ZEIM.patchTargets)(text);
  targets.write.length + targets.delete.length === 0 && state.problem(`"${exe}": the patch names no file`, shown);
  for (let path of [...targets.write, ...targets.delete]) state.acc.files.push({ path, op: "write", via: `${exe} (${path})` });
}
function stdinScript(state, exe, stdin, shown, depth) {
  let { texts, unknown } = stdinTexts(stdin);
  for (let text of texts) state.line(text, depth + 1);
  return (unknown || texts.length === 0) && state.problem(`"${exe}" reads commands from standard input, which cannot be checked`, shown), texts.length > 0;
}
function shellScript(state, exe, script, stdin, shown, depth) {
  script.dynamic || runsWritten(state, script.value, shown, depth, true), STDIN_FILES.has(script.value) || /^\/dev\/fd\/0$|^\/proc\/[^/]+\/fd\/0$/.test(script.value) ? stdinScript(state, exe, stdin, shown, depth) : script.procsub || script.dynamic || script.tilde || script.value.startsWith("/dev/") || script.value.startsWith("/proc/") ? state.problem(`"${exe}" runs a script from ${script.value}, which cannot be checked`, shown) : state.acc.files.push({ path: script.value, op: "read", via: `${exe} ${script.value}` });
}
function nested(state, text, what, shown, depth) {
  return text.dynamic ? (state.problem(`cannot tell what ${what} runs: its command string is known only at run time`, shown), false) : (state.line(text.value, depth + 1), true);
}
function findExec(state, rest, depth) {
  for (let k = 0; k < rest.length; k++) {
    if (!/^-(?:exec|execdir|ok|okdir)$/.test(rest[k].value)) continue;
    let inner = [];
    for (k++; k < rest.length && rest[k].value !== ";" && rest[k].value !== "+"; k++) inner.push(rest[k]);
    for (let j = 0; j < inner.length; j++) inner[j].value.includes("{}") && (inner[j] = { ...inner[j], dynamic: true });
    inner.length && (depth + 1 > 8 ? state.problem(`commands are nested more than ${8} levels deep`, "find -exec") : state.simple(inner, [], depth + 1));
  }
}
var MAX_PARSED_LENGTH = 16384, PLAIN = /^[A-Za-z0-9 \-_./:=@%+,]*$/;
function plainScript(line) {
  if (!PLAIN.test(line)) return;
  let words = [];
  for (let i = 0, n = line.length; i < n; ) {
    if (line.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    let end = i + 1;
    for (; end < n && line.charCodeAt(end) !== 32; ) end++;
    let raw = line.slice(i, end);
    if (isReservedWord(raw)) return;
    words.push({ start: i, end, raw, value: raw, dynamic: false, glob: false, tilde: false, subs: [], parseEnd: end }), i = end;
  }
  if (words.length === 0) return { commands: [], subs: [] };
  let k = 0;
  for (; k < words.length && PREFIX_ASSIGNMENT.test(words[k].value); ) k++;
  return { commands: [{ argv: words.slice(k), assignments: words.slice(0, k), redirects: [], stdin: [] }], subs: [], ops: [void 0] };
}
function lineStructure(text, via) {
  if (via === "auto") {
    let plain = plainScript(text);
    if (plain) return plain;
  }
  let lex = lexShell(text), simple = simpleListScript(lex);
  if (simple && via !== "parser") return simple;
  if (text.length > MAX_PARSED_LENGTH && !lex.error)
    return { commands: [], subs: [], error: `compound commands longer than ${MAX_PARSED_LENGTH} characters are not analysed` };
  let parsed = parseShell(text, lex);
  return simple && !parsed.error && parsed.commands.length === simple.commands.length && (parsed.ops = simple.ops), parsed;
}
function analyzeUncached(line, opts = {}) {
  let acc = { commands: [], files: [], dirs: [], problems: [] };
  return new Analyzer(acc, opts.via ?? "auto").line(line, 0), acc.commands.length < 2 && acc.problems.length < 2 && acc.files.length < 2 || (acc.commands = firstOfEachKey(acc.commands, commandKey, commandKeyLength), acc.problems = firstOfEachKey(acc.problems, (p) => p.reason + p.command, (p) => p.reason.length + p.command.length), acc.files = firstOfEachKey(acc.files, (f) => f.op + f.path, (f) => f.op.length + f.path.length)), acc;
}
var Analyzer = class extends LineState {
  constructor(acc, via) {
    super(acc);
    this.via = via;
  }
  via;
  line(text, depth) {
    if (text.length > 1e5) {
      this.problem(`the command line is longer than ${1e5} characters: not analysed`, text.slice(0, 80));
      return;
    }
    if (depth > 8) {
      this.problem(`commands are nested more than ${8} levels deep (bash -c, eval, $(\u2026)): not analysed`, text);
      return;
    }
    let script = lineStructure(text, this.via);
    if (script.error) {
      this.problem(`cannot parse the command line: ${script.error}`, text);
      return;
    }
    this.vars && (script.functions || depth > 0 && varsRisky(text)) && (this.vars.off = true), depth === 0 && script.ops && !script.functions ? (this.vars = varsRisky(text) ? void 0 : { env: /* @__PURE__ */ new Map(), off: false }, followList(this, script.commands, script.ops), this.vars = void 0) : script.commands.forEach((cmd, c) => this.raw(cmd, depth, false, pipedFrom(script.commands, script.ops, c)));
    for (let sub of script.subs) this.line(sub, depth + 1);
    depth === 0 && (placeCommands(this), readings(this), reevaluatedRunTimeValues(this, text));
  }
  /** One command as parsed: its redirections, assignments and words. producer: the command whose output it reads (`a | cmd`). */
  raw(cmd, depth, certain = false, producer) {
    redirections(this, cmd);
    let k = 0;
    for (; k < cmd.argv.length && PREFIX_ASSIGNMENT.test(cmd.argv[k].raw); ) k++;
    let assignments = k === 0 ? cmd.assignments : [...cmd.assignments, ...cmd.argv.slice(0, k)];
    prefixAssignments(this, assignments);
    let args = [], vars = depth === 0 ? this.vars : void 0;
    for (let i = k; i < cmd.argv.length; i++) {
      let w = cmd.argv[i];
      w.dynamic && w.raw.includes("@P}") && (promptUses(this, w.raw), this.vars && (this.vars.off = true));
      let known = vars && w.dynamic && !w.glob ? substitute(vars, w.raw) : void 0;
      if (known) {
        args.push(...known);
        continue;
      }
      w.braceError && this.problem(w.braceError, w.raw);
      let dynamic = w.dynamic || w.glob, procsub = isProcessSubstitution(w), oneWord = w.dynamic && !w.glob && !w.splits, fields = w.fields;
      for (let f = 0, n = fields ? fields.length : 1; f < n; f++) {
        let arg = { value: fields ? fields[f] : w.value, dynamic, tilde: w.tilde };
        procsub && (arg.procsub = true), oneWord && (arg.oneWord = true), args.push(arg);
      }
    }
    terraformArgs(assignments, args), rememberProgramUse(this, cmd.argv[k], args);
    let standalone = args.length === 0 && cmd.argv.length === k && cmd.redirects.length === 0;
    applyAssignments(this, assignments, certain && standalone && depth === 0);
    let env = assignments.length ? assignments.map((w) => ({ value: w.value, dynamic: w.dynamic || w.glob })) : void 0;
    args.length && this.simple(args, stdinOf(cmd, producer), depth, certain, env);
  }
  /** One simple command: its layers (the program as written and as known, then each wrapper's command), each read for what it does. */
  simple(args, stdin, depth, certain = false, env) {
    let rec = { layers: [], argvs: [], delegates: false };
    env && (rec.env = env), this.acc.commands.push(rec);
    let layers = rec.layers, cur = args;
    for (let guard = 0; guard < 64 && cur.length; guard++) {
      let name = cur[0], rest = cur.slice(1), written = writtenName(name.value), exe = sameProgram(written);
      exe !== written && (layers.push(normalise([written, ...rest.map((a) => a.value)])), rec.argvs.push(cur)), layers.push(normalise([exe, ...rest.map((a) => a.value)])), rec.argvs.push(cur), name.dynamic || layerEffects(this, exe, rest, depth, certain && guard === 0), name.dynamic || runsWrittenScript(this, name, exe, rest, layers[layers.length - 1], depth);
      for (let d of chdirTargets(exe, rest)) chdir(this, d, layers[layers.length - 1]);
      if (name.dynamic) {
        this.vars && (this.vars.off = true), this.problem(`cannot tell which program runs: "${name.value}" is known only at run time`, layers[layers.length - 1]);
        break;
      }
      if (UNMODELLED_RUNNERS.has(exe)) {
        if (this.problem(`"${exe}" runs another program in a way that is not modelled`, layers[layers.length - 1]), exe === "at" || exe === "batch" || exe === "crontab")
          for (let text of stdinTexts(stdin).texts) this.line(exe === "crontab" ? cronCommands(text) : text, depth + 1);
        break;
      }
      if (isWrapper(exe)) {
        setsEnvironment(exe) && wrapperAssignments(this, rest);
        let u = unwrap(exe, rest, splitWords);
        if (u.kind === "inner") {
          cur = exe === "xargs" ? withXargsInput(u.args, xargsReplace(rest)) : u.args;
          continue;
        }
        u.kind === "problem" && (this.vars && (this.vars.off = true), this.problem(u.reason, layers[layers.length - 1]));
        break;
      }
      rec.delegates = specialProgram(this, exe, rest, stdin, depth, layers[layers.length - 1]);
      break;
    }
  }
}, XARGS_INPUT = { value: "<words read from standard input>", dynamic: true };
function withXargsInput(inner, replace) {
  return replace === void 0 || replace === "" ? [...inner, XARGS_INPUT] : inner.map((a) => a.value.includes(replace) ? { ...a, dynamic: true, oneWord: true } : a);
}
function splitWords(text) {
  if (/[;&|<>()`$\n#]/.test(text)) return;
  let lex = lexShell(text);
  if (lex.error) return;
  let out = [];
  for (let w of lex.words) {
    if (w.dynamic || w.glob) return;
    for (let value of w.fields ?? [w.value]) out.push({ value, dynamic: false });
  }
  return out;
}
var analyses = new import_chunk_DDC3HKHF.TwoGenerationCache(2e4);
function analyzeCommand(line) {
  let result = analyses.get(line);
  return result || analyses.set(line, result = analyzeUncached(line)), result;
}
var STAR = /* @__PURE__ */ Symbol("*");
function patternWords(pattern) {
  let words = [], cur, problem, lit = (t) => {
    cur ??= [], cur.push(t);
  };
  for (let i = 0; i < pattern.length; i++) {
    let c = pattern[i];
    if (/\s/.test(c))
      cur && words.push(cur), cur = void 0;
    else if (c === "\\" && i + 1 < pattern.length) lit(pattern[++i]);
    else if (c === "'") {
      let close = pattern.indexOf("'", i + 1);
      close < 0 ? (problem ??= "unterminated single quote", lit(pattern.slice(i + 1)), i = pattern.length) : (lit(pattern.slice(i + 1, close)), i = close);
    } else if (c === '"') {
      let j = i + 1, text = "";
      for (; j < pattern.length && pattern[j] !== '"'; j++)
        pattern[j] === "\\" && /["\\$`]/.test(pattern[j + 1] ?? "") && j++, text += pattern[j];
      j >= pattern.length && (problem ??= "unterminated double quote"), lit(text), i = j;
    } else c === "*" ? (cur ??= [], cur.push(STAR)) : (/[;&|<>()`]/.test(c) && (problem ??= `"${c}" is a shell operator: a command pattern describes one simple command`), lit(c));
  }
  cur && words.push(cur);
  let first = words[0];
  if (first)
    for (let k = first.length - 1; k >= 0; k--) {
      let p = first[k];
      if (typeof p != "string" || !p.includes("/")) continue;
      let rest = [p.slice(p.lastIndexOf("/") + 1), ...first.slice(k + 1)].filter((x) => x !== "");
      rest.length && (words[0] = rest);
      break;
    }
  return { words, problem };
}
function flatPieces(words) {
  let out = [];
  return words.forEach((w, i) => {
    i > 0 && out.push(" ");
    for (let p of w) out.push(typeof p == "string" ? p.replace(/\s+/g, " ") : p);
  }), out;
}
function normaliseCommandPattern(pattern) {
  let { words } = patternWords(pattern);
  return flatPieces(words).map((p) => p === STAR ? "*" : p).join("").replace(/\s+/g, " ").trim();
}
function commandPatternRegexSource(pattern) {
  let { words } = patternWords(pattern);
  if (words.length === 0 || words.every((w) => w.every((p) => p === ""))) return "[^\\s\\S]";
  let last = words[words.length - 1], body = words.length > 1 && last.length === 1 && last[0] === STAR ? words.slice(0, -1) : words, src = flatPieces(body).map((p) => p === STAR ? ".*" : (0, import_chunk_4Y4NHBEK.escapeRegexLiteral)(p)).join("");
  return words.length === 1 && last.length === 1 && last[0] === STAR ? ".*" : `${src}(?: .*)?`;
}
var CommandPatternList = class {
  constructor(rules, ignoreCase) {
    this.ignoreCase = ignoreCase;
    this.automaton = new import_chunk_4Y4NHBEK.Automaton(ignoreCase), rules.forEach((rule, index) => {
      let source = commandPatternRegexSource(rule.pattern);
      this.automaton.add(index, source);
      let alone, test = (command) => (alone ??= new import_chunk_4Y4NHBEK.Automaton(ignoreCase).add(0, source)).run(command).length > 0;
      this.all.push({ rule, pattern: rule.pattern, index, test });
    });
  }
  ignoreCase;
  all = [];
  automaton;
  get size() {
    return this.all.length;
  }
  /** Every pattern that matches the normalised simple command, in policy order. */
  matches(command) {
    return this.automaton.run(command).map((i) => this.all[i]);
  }
  /** Positions (sorted) of the patterns that match the normalised simple command. */
  indices(command) {
    return this.automaton.run(command);
  }
  /** The first matching pattern in policy order. */
  first(command) {
    let i = this.automaton.run(command)[0];
    return i === void 0 ? void 0 : this.all[i];
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
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
});
