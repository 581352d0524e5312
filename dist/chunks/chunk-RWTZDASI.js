import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  AGENT_NAMES
} from "./chunk-SVDZDYXD.js";

// src/native/present.ts
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
var PROJECT_FILES = {
  claude: [".claude/settings.local.json", ".claude/settings.json"],
  codex: [".codex/config.toml", ".codex/rules/*.rules"],
  gemini: [".gemini/settings.json", ".gemini/policies/*.toml"],
  cursor: [".cursor/cli.json"]
}, DRIFT_FILES = {
  claude: [".claude/settings.json"],
  codex: PROJECT_FILES.codex,
  gemini: PROJECT_FILES.gemini,
  cursor: PROJECT_FILES.cursor
};
function projectFilesIn(root, agent, names = PROJECT_FILES[agent]) {
  return names.flatMap((name) => {
    let star = name.indexOf("/*.");
    if (star < 0) return existsSync(join(root, name)) ? [join(root, name)] : [];
    let dir = join(root, name.slice(0, star)), ext = name.slice(star + 2);
    try {
      return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
}
function nativeFilesIn(root) {
  return AGENT_NAMES.flatMap((agent) => projectFilesIn(root, agent, DRIFT_FILES[agent]));
}

export {
  PROJECT_FILES,
  DRIFT_FILES,
  projectFilesIn,
  nativeFilesIn
};
