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
  agentNamed: () => agentNamed,
  commandText: () => commandText,
  lineMayHoldSecret: () => lineMayHoldSecret,
  redactDeep: () => redactDeep,
  redactText: () => redactText,
  scanString: () => scanString,
  scanValue: () => scanValue,
  toolActions: () => toolActions,
  toolSpec: () => toolSpec,
  unknownFields: () => unknownFields,
  witnessOf: () => witnessOf
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_TGX7ZEIM = require("./chunk-TGX7ZEIM.js");
var agent_tools_default = {
  $comment: "The one tool vocabulary: what each coding agent's tools do, as engine actions. Read by src/agent-tools/ for the runtime guard (src/guard) and for replay (src/replay/readers). 'does' is one of command (a shell command line in 'command'), write / read / delete (file paths in 'paths'), search (a directory 'dir' read below, narrowed by a glob in 'glob'), fetch (a URL in 'url'), patch (an apply_patch text in 'patch': its files are written), mcp (a Model Context Protocol call, looked up by tool name in mcpServers), tool (decided as a tool name only: no file, command or host of its own) and none (bookkeeping with no effect). Field names list the input keys to read, first present wins; a 'paths' key may hold a string, an array of strings or an array of objects with a path. Sources are cited in fixtures/agents/README.md. Any tool not listed here is decided as a tool, and every input field named in 'unknownToolFields' is decided too.",
  version: 1,
  agents: {
    claude: {
      Bash: { does: "command", command: ["command"] },
      Write: { does: "write", paths: ["file_path"] },
      Edit: { does: "write", paths: ["file_path"] },
      MultiEdit: { does: "write", paths: ["file_path"] },
      NotebookEdit: { does: "write", paths: ["notebook_path"] },
      Read: { does: "read", paths: ["file_path"] },
      NotebookRead: { does: "read", paths: ["notebook_path"] },
      Glob: { does: "search", dir: ["path"], glob: ["pattern"] },
      Grep: { does: "search", dir: ["path"], glob: ["glob"] },
      LS: { does: "search", dir: ["path"] },
      WebFetch: { does: "fetch", url: ["url"] },
      WebSearch: { does: "tool" },
      Task: { does: "tool" },
      Agent: { does: "tool" },
      Skill: { does: "tool" },
      TodoWrite: { does: "none" },
      TodoRead: { does: "none" },
      BashOutput: { does: "none" },
      KillShell: { does: "none" },
      KillBash: { does: "none" },
      ExitPlanMode: { does: "none" },
      AskUserQuestion: { does: "none" }
    },
    codex: {
      Bash: { does: "command", command: ["command", "cmd"] },
      shell: { does: "command", command: ["command", "cmd"] },
      exec_command: { does: "command", command: ["cmd", "command"] },
      shell_command: { does: "command", command: ["command", "cmd"] },
      "container.exec": { does: "command", command: ["command", "cmd"] },
      apply_patch: { does: "patch", patch: ["command", "input", "patch"] },
      Edit: { does: "patch", patch: ["command", "input", "patch"] },
      Write: { does: "patch", patch: ["command", "input", "patch"] },
      view_image: { does: "read", paths: ["path"] },
      web_search: { does: "tool" },
      update_plan: { does: "none" }
    },
    gemini: {
      run_shell_command: { does: "command", command: ["command"] },
      write_file: { does: "write", paths: ["file_path", "absolute_path", "path"] },
      replace: { does: "write", paths: ["file_path", "absolute_path", "path"] },
      edit: { does: "write", paths: ["file_path", "absolute_path", "path"] },
      read_file: { does: "read", paths: ["file_path", "absolute_path", "path"] },
      read_many_files: { does: "read", paths: ["paths", "include"] },
      list_directory: { does: "search", dir: ["dir_path", "path"] },
      glob: { does: "search", dir: ["dir_path", "path"], glob: ["pattern"] },
      search_file_content: { does: "search", dir: ["dir_path", "path"], glob: ["include"] },
      grep_search: { does: "search", dir: ["dir_path", "path"], glob: ["include"] },
      web_fetch: { does: "fetch", url: ["url"], urlsInText: ["prompt"] },
      google_web_search: { does: "tool" },
      save_memory: { does: "tool" },
      write_todos: { does: "none" }
    },
    cursor: {
      beforeShellExecution: { does: "command", command: ["command"] },
      afterShellExecution: { does: "command", command: ["command"] },
      beforeReadFile: { does: "read", paths: ["file_path"] },
      afterFileEdit: { does: "write", paths: ["file_path"] },
      beforeMCPExecution: { does: "mcp" },
      afterMCPExecution: { does: "mcp" },
      Shell: { does: "command", command: ["command"] },
      Read: { does: "read", paths: ["file_path", "path", "target_file"] },
      Write: { does: "write", paths: ["file_path", "path", "target_file"] },
      Edit: { does: "write", paths: ["file_path", "path", "target_file"] },
      StrReplace: { does: "write", paths: ["file_path", "path", "target_file"] },
      Delete: { does: "delete", paths: ["file_path", "path", "target_file"] },
      Grep: { does: "search", dir: ["path"], glob: ["glob"] },
      Glob: { does: "search", dir: ["path", "target_directory"], glob: ["glob_pattern", "pattern"] },
      LS: { does: "search", dir: ["path", "target_directory"] },
      WebFetch: { does: "fetch", url: ["url"] },
      Task: { does: "tool" }
    },
    copilot: {
      bash: { does: "command", command: ["command"] },
      powershell: { does: "command", command: ["command"] },
      view: { does: "read", paths: ["path"] },
      create: { does: "write", paths: ["path"] },
      edit: { does: "write", paths: ["path"] },
      str_replace_editor: { does: "write", paths: ["path"] },
      glob: { does: "search", dir: ["path"], glob: ["pattern"] },
      grep: { does: "search", dir: ["path"], glob: ["glob"] },
      web_fetch: { does: "fetch", url: ["url"] },
      task: { does: "tool" },
      report_intent: { does: "none" },
      update_todo: { does: "none" }
    },
    cline: {
      execute_command: { does: "command", command: ["command"] },
      write_to_file: { does: "write", paths: ["path"] },
      replace_in_file: { does: "write", paths: ["path"] },
      read_file: { does: "read", paths: ["path"] },
      list_files: { does: "search", dir: ["path"] },
      search_files: { does: "search", dir: ["path"], glob: ["file_pattern"] },
      list_code_definition_names: { does: "search", dir: ["path"] },
      browser_action: { does: "fetch", url: ["url"] },
      use_mcp_tool: { does: "mcp", server: ["server_name"], tool: ["tool_name"], arguments: ["arguments"] },
      access_mcp_resource: { does: "tool" },
      ask_followup_question: { does: "none" },
      attempt_completion: { does: "none" }
    }
  },
  logTools: {
    $comment: "Tools named in logs that name no agent (the pillar and tool_invoke audit formats of the seed articles, docs/replay.md): looked up when no agent is known, before mcpServers; any other name is decided as an unknown tool.",
    write_file: { does: "write", paths: ["path", "paths", "file_path"] },
    edit_file: { does: "write", paths: ["path", "paths", "file_path"] },
    create_file: { does: "write", paths: ["path", "paths", "file_path"] },
    append_file: { does: "write", paths: ["path", "paths", "file_path"] },
    move_file: { does: "write", paths: ["source", "destination", "path", "target"] },
    copy_file: { does: "write", paths: ["source", "destination", "path", "target"] },
    rename_file: { does: "write", paths: ["source", "destination", "path", "target"] },
    read_file: { does: "read", paths: ["path", "paths", "file_path"] },
    delete_file: { does: "delete", paths: ["path", "paths", "file_path"] },
    remove_file: { does: "delete", paths: ["path", "paths", "file_path"] },
    list_directory: { does: "search", dir: ["path", "directory"] },
    list_files: { does: "search", dir: ["path", "directory"] },
    search_files: { does: "search", dir: ["path", "directory"], glob: ["pattern", "glob"] },
    run_command: { does: "command", command: ["command", "cmd"] },
    execute_command: { does: "command", command: ["command", "cmd"] },
    bash: { does: "command", command: ["command", "cmd"] },
    shell: { does: "command", command: ["command", "cmd"] },
    http_request: { does: "fetch", url: ["url", "uri", "endpoint"] },
    fetch: { does: "fetch", url: ["url", "uri", "endpoint"] },
    apply_patch: { does: "patch", patch: ["patch", "input", "command"] }
  },
  mcpServers: {
    $comment: "Tools of the common MCP servers, by tool name (any server name): @modelcontextprotocol/server-filesystem, shell servers (mcp-server-commands, mcp-shell-server) and fetch (@modelcontextprotocol/server-fetch). An MCP call is always decided as a tool (mcp__server__tool) and, when its tool is listed here, as what it does.",
    read_file: { does: "read", paths: ["path"] },
    read_text_file: { does: "read", paths: ["path"] },
    read_media_file: { does: "read", paths: ["path"] },
    read_multiple_files: { does: "read", paths: ["paths"] },
    get_file_info: { does: "read", paths: ["path"] },
    write_file: { does: "write", paths: ["path"] },
    edit_file: { does: "write", paths: ["path"] },
    create_directory: { does: "write", paths: ["path"] },
    move_file: { does: "write", paths: ["source", "destination"] },
    list_directory: { does: "search", dir: ["path"] },
    list_directory_with_sizes: { does: "search", dir: ["path"] },
    directory_tree: { does: "search", dir: ["path"] },
    search_files: { does: "search", dir: ["path"], glob: ["pattern"] },
    run_command: { does: "command", command: ["command"] },
    execute_command: { does: "command", command: ["command"] },
    shell_exec: { does: "command", command: ["command"] },
    run_process: { does: "command", command: ["command_line", "command"] },
    fetch: { does: "fetch", url: ["url"] }
  },
  unknownToolFields: {
    $comment: "Input keys of a tool this table does not know that name a path, a command or a URL: each is decided besides the tool name (write for paths: the tool may change them).",
    paths: ["path", "file_path", "filePath", "file", "filename", "notebook_path", "target_file", "destination", "source", "dir_path", "directory", "paths", "files", "file_paths"],
    command: ["command", "cmd", "script", "commandLine", "command_line"],
    url: ["url", "uri", "endpoint"],
    host: ["host", "hostname", "domain"]
  }
};
var AGENTS = ["claude", "codex", "gemini", "cursor", "copilot", "cline"], AGENT_TABLES = agent_tools_default.agents, MCP_TOOLS = agent_tools_default.mcpServers, UNKNOWN_FIELDS = agent_tools_default.unknownToolFields, LOG_TOOLS = agent_tools_default.logTools;
function toolSpec(agent, tool) {
  if (agent) {
    let own = AGENT_TABLES[agent];
    if (Object.hasOwn(own, tool)) return own[tool];
  } else if (tool !== "$comment" && Object.hasOwn(LOG_TOOLS, tool))
    return LOG_TOOLS[tool];
}
function agentNamed(name) {
  return typeof name == "string" && AGENTS.includes(name) ? name : void 0;
}
function mcpName(name) {
  if (!name.startsWith("mcp__")) return;
  let rest = name.slice(5), at = rest.indexOf("__");
  if (!(at <= 0 || at + 2 >= rest.length))
    return { server: rest.slice(0, at), tool: rest.slice(at + 2) };
}
var isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
function firstString(o, keys) {
  for (let k of keys ?? []) {
    let v = o[k];
    if (typeof v == "string" && v !== "") return v;
  }
}
function added(out, v) {
  return out === void 0 ? [v] : (out.push(v), out);
}
function pathsAt(o, keys) {
  let out;
  for (let k of keys ?? []) {
    let v = o[k];
    if (typeof v == "string" && v !== "") out = added(out, v);
    else if (Array.isArray(v))
      for (let x of v)
        typeof x == "string" && x !== "" ? out = added(out, x) : isObj(x) && typeof x.path == "string" && x.path !== "" && (out = added(out, x.path));
  }
  return out === void 0 ? [] : out.length < 2 ? out : [...new Set(out)];
}
function shellWord(w) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`;
}
function commandText(v) {
  if (typeof v == "string") return v === "" ? void 0 : v;
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x == "string")) return v.map(shellWord).join(" ");
}
function commandsAt(o, keys) {
  let out;
  for (let k of keys ?? []) {
    let c = commandText(o[k]);
    c !== void 0 && !out?.includes(c) && (out = added(out, c));
  }
  return out ?? [];
}
function stringsAt(o, keys) {
  let out;
  for (let k of keys ?? []) {
    let v = o[k];
    typeof v == "string" && v !== "" && !out?.includes(v) && (out = added(out, v));
  }
  return out ?? [];
}
var URL_IN_TEXT = /https?:\/\/[^\s"'<>()[\]{}]+/g;
function staticPrefix(glob) {
  let parts = glob.split("/"), fixed = [];
  for (let part of parts) {
    if (/[*?[\]{}!]/.test(part)) break;
    fixed.push(part);
  }
  return fixed.length === parts.length && fixed.pop(), fixed.join("/");
}
function joinDir(dir, rel) {
  return rel === "" ? dir : rel.startsWith("/") ? rel : dir.endsWith("/") ? dir + rel : `${dir}/${rel}`;
}
function toolActions(call) {
  let { agent, tool, context } = call, input = isObj(call.input) ? call.input : {}, actions = [{ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "tool", tool, parameters: call.input }], problems = [], mcp = mcpName(tool), spec = toolSpec(agent, tool), args = input;
  if (spec?.does === "mcp") {
    let inner = firstString(input, spec.tool ?? ["tool_name"]), innerArgs = input[spec.arguments?.[0] ?? "tool_input"] ?? input.arguments;
    if (typeof innerArgs == "string")
      try {
        innerArgs = JSON.parse(innerArgs);
      } catch {
        problems.push(`the arguments of MCP tool "${inner ?? "?"}" are not JSON`);
      }
    if (inner) {
      let server = firstString(input, spec.server ?? []);
      actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "tool", tool: server ? `mcp__${server}__${inner}` : inner, parameters: innerArgs });
    }
    if (args = isObj(innerArgs) ? innerArgs : {}, spec = inner && Object.hasOwn(MCP_TOOLS, inner) ? MCP_TOOLS[inner] : void 0, !spec) return { actions: actions.concat(unknownFields(args, context)), does: "mcp", problems };
  } else !spec && mcp && Object.hasOwn(MCP_TOOLS, mcp.tool) && (spec = MCP_TOOLS[mcp.tool]);
  if (!spec) return { actions: actions.concat(unknownFields(args, context)), does: "unknown", problems };
  switch (spec.does) {
    case "command": {
      let commands = commandsAt(args, spec.command);
      commands.length === 0 && problems.push(`${tool} call without a command`);
      for (let command of commands) actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "command", command });
      break;
    }
    case "write":
    case "read":
    case "delete": {
      let paths = pathsAt(args, spec.paths);
      paths.length === 0 ? problems.push(`${tool} call without a file path`) : actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "filesystem", op: spec.does, paths });
      break;
    }
    case "search": {
      let dir = firstString(args, spec.dir) ?? ".", glob = firstString(args, spec.glob), prefix = glob ? staticPrefix(glob.replace(/\\/g, "/")) : "";
      return actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "filesystem", op: "read", paths: [joinDir(dir.replace(/\\/g, "/"), prefix)] }), { actions, does: spec.does, problems, searches: [{ dir, ...glob ? { glob } : {} }] };
    }
    case "fetch": {
      let urls = stringsAt(args, spec.url);
      for (let k of spec.urlsInText ?? []) {
        let text = args[k];
        if (typeof text == "string") for (let m of text.matchAll(URL_IN_TEXT)) urls.push(m[0]);
      }
      urls.length === 0 && problems.push(`${tool} call without a URL`);
      for (let u of new Set(urls)) actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "network", url: u });
      break;
    }
    case "patch": {
      let text = firstString(args, spec.patch) ?? (typeof call.input == "string" ? call.input : void 0);
      if (text === void 0) {
        problems.push(`${tool} call without a patch`);
        break;
      }
      let targets = (0, import_chunk_TGX7ZEIM.patchTargets)(text);
      targets.write.length + targets.delete.length === 0 && problems.push(`${tool}: the patch names no file`), targets.write.length > 0 && actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "filesystem", op: "write", paths: targets.write }), targets.delete.length > 0 && actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "filesystem", op: "delete", paths: targets.delete });
      break;
    }
    case "tool":
    case "none":
    case "mcp":
      break;
  }
  return { actions, does: spec.does, problems };
}
function objectsIn(input) {
  let out = [], pending = [input];
  for (; pending.length > 0; ) {
    let v = pending.pop(), children = Array.isArray(v) ? v : isObj(v) ? Object.values(v) : void 0;
    if (children !== void 0) {
      Array.isArray(v) || out.push(v);
      for (let i = children.length - 1; i >= 0; i--) typeof children[i] == "object" && children[i] !== null && pending.push(children[i]);
    }
  }
  return out;
}
function unknownFields(input, context) {
  let paths = /* @__PURE__ */ new Set(), commands = /* @__PURE__ */ new Set(), urls = /* @__PURE__ */ new Set(), hosts = /* @__PURE__ */ new Set();
  for (let o of objectsIn(input)) {
    for (let p of pathsAt(o, UNKNOWN_FIELDS.paths)) paths.add(p);
    for (let c of commandsAt(o, UNKNOWN_FIELDS.command)) commands.add(c);
    for (let u of stringsAt(o, UNKNOWN_FIELDS.url)) urls.add(u);
    for (let h of stringsAt(o, UNKNOWN_FIELDS.host)) hosts.add(h);
  }
  let out = [];
  paths.size > 0 && out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "filesystem", op: "write", paths: [...paths] });
  for (let command of commands) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "command", command });
  for (let url of urls) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "network", url });
  for (let host of hosts) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "network", host });
  return out;
}
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
  return ESCAPE_OR_WIDE.test(line) || MAYBE.test(line);
}
var ESCAPE_OR_WIDE = /[\\\u0080-\uffff]/, ASSIGNMENT = /(?<![A-Za-z0-9_.-])[0-9_.-]*([A-Za-z][A-Za-z0-9_.-]*)(["']?)\s*[=:]\s*(["']?)([^\s"'`;&|<>(){}[\],]{8,})/g, SECRET_NAME = /(?:_KEY|APIKEY|ACCESSKEY|PRIVATEKEY|SECRETKEY|SIGNINGKEY|TOKEN|SECRET|PASSWORD|PASSWD|_PWD|^PWD|_PASS|^PASS)$/, nameCache = /* @__PURE__ */ new Map();
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
  agentNamed,
  commandText,
  lineMayHoldSecret,
  redactDeep,
  redactText,
  scanString,
  scanValue,
  toolActions,
  toolSpec,
  unknownFields,
  witnessOf
});
