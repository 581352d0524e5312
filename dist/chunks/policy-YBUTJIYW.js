import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  DEFAULT_BYPASS_MAX_MINUTES,
  LATEST_VERSION,
  OVERRIDE_SCHEMA_FILE,
  SCHEMA_BASE,
  SUPPORTED_VERSIONS,
  checkPolicyText,
  emptyPermissions,
  loadPolicySet,
  normalizePathPattern,
  parseDurationMinutes,
  schemaFileName,
  schemaId,
  versionInSchemaUrl
} from "./chunk-E4YIPD2I.js";
import "./chunk-L2XDMHMZ.js";
import {
  OVERRIDE_NAMES,
  ROOT_POLICY_NAMES,
  findOverrides,
  findOverridesAsync,
  findRepoRoot,
  findRootPolicy
} from "./chunk-PCFHNYAU.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
export {
  DEFAULT_BYPASS_MAX_MINUTES,
  LATEST_VERSION,
  OVERRIDE_NAMES,
  OVERRIDE_SCHEMA_FILE,
  ROOT_POLICY_NAMES,
  SCHEMA_BASE,
  SUPPORTED_VERSIONS,
  checkPolicyText,
  emptyPermissions,
  findOverrides,
  findOverridesAsync,
  findRepoRoot,
  findRootPolicy,
  loadPolicySet,
  normalizePathPattern,
  parseDurationMinutes,
  schemaFileName,
  schemaId,
  versionInSchemaUrl
};
