import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  patchTargets
} from "./chunk-Y7RLUBF5.js";

// data/agent-tools.json
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
  commandDirectoryFields: {
    $comment: "Input keys of a command tool that name the directory its command runs in (Gemini CLI's run_shell_command 'directory', later 'dir_path'; Codex's shell 'workdir'; MCP shell servers' 'cwd'): the command's files and overrides are found from there, whatever tool it is.",
    keys: ["workdir", "cwd", "directory", "dir_path", "working_directory", "workingDirectory"]
  },
  unknownToolFields: {
    $comment: "Input keys of a tool this table does not know that name a path, a command or a URL: each is decided besides the tool name (write for paths: the tool may change them).",
    paths: ["path", "file_path", "filePath", "file", "filename", "notebook_path", "target_file", "destination", "source", "dir_path", "directory", "paths", "files", "file_paths"],
    command: ["command", "cmd", "script", "commandLine", "command_line"],
    url: ["url", "uri", "endpoint"],
    host: ["host", "hostname", "domain"]
  }
};

// src/agent-tools/index.ts
var AGENTS = ["claude", "codex", "gemini", "cursor", "copilot", "cline"], AGENT_TABLES = agent_tools_default.agents, MCP_TOOLS = agent_tools_default.mcpServers, UNKNOWN_FIELDS = agent_tools_default.unknownToolFields, COMMAND_DIRECTORY_KEYS = agent_tools_default.commandDirectoryFields.keys, LOG_TOOLS = agent_tools_default.logTools;
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
function toolNames(agent) {
  return Object.entries(AGENT_TABLES[agent]).map(([name, spec]) => ({ name, does: spec.does }));
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
function commandDirectory(call, args) {
  let named = firstString(args, COMMAND_DIRECTORY_KEYS), base = call.context.cwd;
  if (named === void 0) return base;
  let dir = named.replace(/\\/g, "/");
  return dir.startsWith("/") || /^[A-Za-z]:\//.test(dir) ? call.placeDir?.(dir) ?? dir : base === void 0 ? dir : joinDir(base, dir);
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
      let cwd = commandDirectory(call, args);
      for (let command of commands) actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd, kind: "command", command });
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
      let targets = patchTargets(text);
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
var NAMED_KEYS = /* @__PURE__ */ new Set([...UNKNOWN_FIELDS.paths, ...UNKNOWN_FIELDS.command, ...UNKNOWN_FIELDS.url, ...UNKNOWN_FIELDS.host]), MAX_GUESSES = 256;
function pathShapedValues(o) {
  let out = [], see = (v) => {
    if (!(typeof v != "string" || v.length === 0 || v.length > 4096 || out.length >= MAX_GUESSES)) {
      if (v.startsWith("file:")) {
        out.push(fileUrlPath(v));
        return;
      }
      /\s/.test(v) || v.includes("://") || (v.includes("/") || v.includes("\\") || v[0] === "." || v[0] === "~") && out.push(v);
    }
  };
  for (let [k, v] of Object.entries(o))
    if (!NAMED_KEYS.has(k))
      if (Array.isArray(v)) for (let x of v) see(x);
      else see(v);
  return out;
}
function fileUrlPath(url) {
  let rest = url.slice(5).replace(/^\/\/(?:localhost)?(?=\/)/i, "");
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}
function unknownFields(input, context) {
  let paths = /* @__PURE__ */ new Set(), commands = /* @__PURE__ */ new Set(), urls = /* @__PURE__ */ new Set(), hosts = /* @__PURE__ */ new Set(), guessed = /* @__PURE__ */ new Set();
  for (let o of objectsIn(input)) {
    for (let p of pathsAt(o, UNKNOWN_FIELDS.paths)) paths.add(p);
    for (let c of commandsAt(o, UNKNOWN_FIELDS.command)) commands.add(c);
    for (let u of stringsAt(o, UNKNOWN_FIELDS.url)) urls.add(u);
    for (let h of stringsAt(o, UNKNOWN_FIELDS.host)) hosts.add(h);
    for (let p of pathShapedValues(o)) guessed.add(p);
  }
  let out = [];
  paths.size > 0 && out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "filesystem", op: "write", paths: [...paths] });
  for (let p of paths) guessed.delete(p);
  guessed.size > 0 && out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "filesystem", op: "read", paths: [...guessed], guessed: !0 });
  for (let command of commands) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "command", command });
  for (let url of urls) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "network", url });
  for (let host of hosts) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: "network", host });
  return out;
}

export {
  toolSpec,
  agentNamed,
  toolNames,
  commandText,
  toolActions,
  unknownFields
};
