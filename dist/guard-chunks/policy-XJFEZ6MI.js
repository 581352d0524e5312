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
  DEFAULT_BYPASS_MAX_MINUTES: () => DEFAULT_BYPASS_MAX_MINUTES,
  LATEST_VERSION: () => LATEST_VERSION,
  OVERRIDE_NAMES: () => import_chunk_6TQU3MSI.OVERRIDE_NAMES,
  OVERRIDE_SCHEMA_FILE: () => OVERRIDE_SCHEMA_FILE,
  ROOT_POLICY_NAMES: () => import_chunk_6TQU3MSI.ROOT_POLICY_NAMES,
  SCHEMA_BASE: () => SCHEMA_BASE2,
  SUPPORTED_VERSIONS: () => SUPPORTED_VERSIONS,
  checkPolicyText: () => checkPolicyText,
  emptyPermissions: () => emptyPermissions,
  findOverrides: () => import_chunk_6TQU3MSI.findOverrides,
  findOverridesAsync: () => import_chunk_6TQU3MSI.findOverridesAsync,
  findRepoRoot: () => import_chunk_6TQU3MSI.findRepoRoot,
  findRootPolicy: () => import_chunk_6TQU3MSI.findRootPolicy,
  loadPolicySet: () => loadPolicySet,
  normalizePathPattern: () => normalizePathPattern,
  parseDurationMinutes: () => parseDurationMinutes,
  schemaFileName: () => schemaFileName,
  schemaId: () => schemaId,
  versionInSchemaUrl: () => versionInSchemaUrl
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_QKUC6GCX = require("./chunk-QKUC6GCX.js");
var import_chunk_6TQU3MSI = require("./chunk-6TQU3MSI.js");
var import_chunk_65XJQ7OF = require("./chunk-65XJQ7OF.js");
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
var import_chunk_2CSPOQSB = require("./chunk-2CSPOQSB.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_path2 = require("node:path");
var import_node_util = require("node:util");
var import_node_path3 = require("node:path");
var require_identity = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar5 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias2;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar5;
    exports2.isSeq = isSeq3;
  }
});
var require_visit = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      let ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visit_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          let ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      let ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visitAsync_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor == "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    }
    function replaceNode(key, path, node) {
      let parent = path[path.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});
var require_directives = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity(), visit = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = false, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = false);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return false;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, true;
          }
          case "%YAML": {
            if (this.yaml.explicit = true, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), false;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, true;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), false;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, true), false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = true);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});
var require_anchors = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity(), visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});
var require_applyReviver = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});
var require_toJS = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports2.toJS = toJS;
  }
});
var require_Node = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});
var require_Alias = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors(), visit = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count && (count = c);
        }
        return count;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});
var require_Scalar = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});
var require_createNode = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports2.createNode = createNode;
  }
});
var require_Collection = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        let k = path[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path == "object" && !!path[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          let [key, ...rest] = path, node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        let [key, ...rest] = path, node = this.get(key, true);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});
var require_stringifyComment = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});
var require_foldFlowLines = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = false, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = true;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = true, end = j + endStep, split = void 0;
            } else
              overflow = true;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold2 = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold2 === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold2] && (res += `${text[fold2]}\\`), res += `
${indent}${text.slice(fold2 + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});
var require_stringifyString = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return true;
          if (start = i + 1, strLen - start <= limit)
            return false;
        }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      let json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                let code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str += "\\x" + code.substr(2) : str += json.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
                i += 1;
              else {
                for (str += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                  str += `
`, i += 2;
                str += indent, json[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = false, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = false, foldOptions = getFoldOptions(ctx, true);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = true;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = true, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});
var require_stringify = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});
var require_stringifyPair = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false, chompKeep = false, str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = false, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = false, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = false, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = false, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = true);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});
var require_log = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = (0, import_chunk_MOTYY5BU.__require)("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});
var require_merge = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map instanceof Map ? map.has(key) || map.set(key, value2) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
          value: value2,
          writable: true,
          enumerable: true,
          configurable: true
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});
var require_addPairToJSMap = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log(), merge = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: true,
            enumerable: true,
            configurable: true
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true, strCtx.inStringifyKey = true;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});
var require_Pair = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});
var require_stringifyCollection = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = false, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        comment2 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = false), lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      }), reqNewline = false, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, false), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, false), ik.comment && (reqNewline = true));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = true)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = true);
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment))), lines.push(str), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines)
          str += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});
var require_YAMLMap = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : false;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(false) && (ctx = Object.assign({}, ctx, { allNullValues: true })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});
var require_map = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});
var require_YAMLSeq = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? false : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});
var require_seq = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});
var require_string = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: true }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});
var require_null = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});
var require_bool = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});
var require_stringifyNumber = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num2 = typeof value == "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});
var require_float = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        let num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});
var require_int = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});
var require_schema = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool2 = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});
var require_schema2 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});
var require_binary = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = (0, import_chunk_MOTYY5BU.__require)("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str.substr(o, lineWidth);
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});
var require_pairs = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});
var require_omap = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key, value;
          if (identity.isPair(pair) ? (key = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key, ctx)) : key = toJS.toJS(pair, "", ctx), map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});
var require_bool2 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});
var require_float2 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        let num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});
var require_int2 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign = str[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});
var require_set = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        identity.isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair.Pair(key.key, null) : pair = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});
var require_timestamp = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num2 = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num2 = (n) => n;
      if (typeof value == "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num2(-1));
      let _60 = num2(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});
var require_schema3 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool2 = require_bool2(), float = require_float2(), int = require_int2(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});
var require_tags = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool2 = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});
var require_Schema = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports2.Schema = Schema;
  }
});
var require_stringifyDocument = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = true) : doc.directives.docStart && (hasDirectives = true);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = true, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});
var require_Document = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        assertCollection(this.contents) && this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = true), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        return Collection.isEmptyPath(path) ? this.contents == null ? false : (this.contents = null, true) : assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        return Collection.isEmptyPath(path) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        return Collection.isEmptyPath(path) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        Collection.isEmptyPath(path) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value) : assertCollection(this.contents) && this.contents.setIn(path, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});
var require_errors = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});
var require_resolve_props = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = false, reqSpace = false, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = false), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = true;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = false;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = true) : commentSep += token.source, atNewline = true, hasNewline = true, (anchor || tag) && (newlineAfterProp = token), hasSpace = true;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true), anchor = token, start ?? (start = token.offset), atNewline = false, hasSpace = false, reqSpace = true;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = false, hasSpace = false, reqSpace = true;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = false;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = false, hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = false, hasSpace = false;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});
var require_util_contains_newline = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return true;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});
var require_util_flow_indent_check = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", true);
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});
var require_util_map_includes = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});
var require_resolve_block_map = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = false);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep: sep2, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = true;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = false, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});
var require_resolve_block_seq = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = false), ctx.atKey && (ctx.atKey = false);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});
var require_resolve_end = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false, sep2 = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep2 + cb : comment = cb, sep2 = "";
              break;
            }
            case "newline":
              comment && (sep2 += source), hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});
var require_resolve_flow_collection = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap2 = fc.start.source === "{", fcName = isMap2 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = true;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = false), ctx.atKey && (ctx.atKey = false);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep: sep2, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = false;
          let valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (let st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap2) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true, map.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap2 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});
var require_compose_collection = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: false })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports2.composeCollection = composeCollection;
  }
});
var require_resolve_block_scalar = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep2 = "", prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep2 + indent.slice(trimIndent) + content, sep2 = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep2 === " " ? sep2 = `
` : !prevMoreIndented && sep2 === `
` && (sep2 = `

`), value += sep2 + indent.slice(trimIndent) + content, sep2 = `
`, prevMoreIndented = true) : content === "" ? sep2 === `
` ? value += `
` : sep2 = `
` : (value += sep2 + content, sep2 = " ", prevMoreIndented = false);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});
var require_resolve_flow_scalar = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep2 = " ", pos = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep2 === `
` ? res += sep2 : sep2 = `
` : (res += sep2 + lm, sep2 = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source), res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold: fold2, offset } = foldNewline(source, i);
            res += fold2, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold2 = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold2 += `
`), offset += 1, ch = source[offset + 1];
      return fold2 || (fold2 = " "), { fold: fold2, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});
var require_compose_scalar = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});
var require_util_empty_scalar_position = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});
var require_compose_node = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = false;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = true), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = true), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});
var require_compose_doc = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      props.found && (doc.directives.docStart = true, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports2.composeDoc = composeDoc;
  }
});
var require_composer = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = (0, import_chunk_MOTYY5BU.__require)("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = false, afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = true, afterEmptyLine = false;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = false;
            break;
          default:
            atComment || (afterEmptyLine = true), atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = false, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message)) : this.errors.push(new errors.YAMLParseError(pos, code, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = true;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, false), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, true), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, true), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, false), yield doc;
        }
      }
    };
    exports2.Composer = Composer2;
  }
});
var require_cst_scalar = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        let _onError = (pos, code, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});
var require_cst_stringify = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep2)
        for (let st of sep2)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports2.stringify = stringify;
  }
});
var require_cst_visit = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (let [field, index] of path) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      let parent = visit.itemAtPath(cst, path.slice(0, -1)), field = path[path.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit;
  }
});
var require_cst = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar5;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});
var require_lexer = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = false, this.blockScalarIndent = -1, this.blockScalarKeep = false, this.buffer = "", this.flowKey = false, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? true : ch === "\r" ? this.buffer[i + 1] === `
` : false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(true);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(false), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = false, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(true), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(false), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(true);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(true), this.flowKey = false;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = false, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = true, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = true, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = false, yield* this.pushCount(1), yield* this.pushSpaces(true), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = false, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, false), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = false;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, true), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, true), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = false) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});
var require_line_counter = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});
var require_parser = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = (0, import_chunk_MOTYY5BU.__require)("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i)
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true, this.atScalar = false, this.indent = 0, this.offset = 0, this.onKeyLine = false, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = false, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = false, this.atScalar = true, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = true, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = false;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = true;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep2;
          scalar.end ? (sep2 = scalar.end, sep2.push(this.sourceToken), delete scalar.end) : sep2 = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = true, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = false, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = true) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = true) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: true })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: true }]
              }), this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep2 = it.sep;
                    sep2.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep: sep2 }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs, sep: [] }), this.onKeyLine = true) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = true);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? false : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports2.Parser = Parser2;
  }
});
var require_public_api = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== false;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), true, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument;
    exports2.stringify = stringify;
  }
});
var require_dist = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});
var import_yaml5 = (0, import_chunk_MOTYY5BU.__toESM)(require_dist(), 1);
var import_yaml2 = (0, import_chunk_MOTYY5BU.__toESM)(require_dist(), 1);
var import_yaml = (0, import_chunk_MOTYY5BU.__toESM)(require_dist(), 1), MAX_ALIAS_NODES = 1e4, PositionMap = class {
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
    tokens = [...new import_yaml.Parser(lineCounter.addNewLine).parse(text)], docs = [...new import_yaml.Composer({ keepSourceTokens: true, uniqueKeys: true }).compose(tokens, true, text.length)];
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
  bombed = false;
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
  convert(node, pointer, key, viaAlias = false) {
    if (this.bombed || node === null) return null;
    if (this.stack.size >= MAX_DEPTH)
      return this.findings.some((f) => f.ruleId === "yaml-syntax") || this.report("yaml-syntax", `the file nests deeper than ${MAX_DEPTH} levels`, "A policy needs a handful of levels; flatten the structure.", node), null;
    if (viaAlias && ++this.aliasNodes > MAX_ALIAS_NODES)
      return this.bombed = true, null;
    if (this.record(pointer, node, key), (0, import_yaml.isAlias)(node)) {
      let target = node.resolve(this.doc);
      if (!target)
        return this.report("yaml-syntax", `unknown alias *${node.source}: its anchor must be defined before it`, "Define the anchor (&name) before using the alias, or write the value out.", node), null;
      if (this.stack.has(target))
        return this.report("yaml-alias-limit", `alias *${node.source} refers to a node that contains it`, "Remove the self-referencing alias.", node), null;
      let value = this.convert(target, pointer, key, true);
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
          pair.value === null && this.record(child, k ?? node, k ?? void 0), Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      return (0, import_yaml.isSeq)(node) ? node.items.map((item, i) => this.convert(item, `${pointer}/${i}`, void 0, viaAlias)) : null;
    } finally {
      this.stack.delete(node);
    }
  }
};
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
  return outboundExceptions(data[permsKey], `/${permsKey}`, ctx, out), arr(data.agents).forEach((a, i) => isObj(a) && outboundExceptions(a.permissions, `/agents/${i}/permissions`, ctx, out)), ctx.kind === "override" || (retention(data.audit, ctx, out), duplicateAgents(data.agents, ctx, out), isObj(data.bypass) && data.bypass.require_approver === false && out.push(finding(
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
  let glob = (0, import_chunk_4Y4NHBEK.globSyntaxError)(value);
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
    let rel = (0, import_node_path2.relative)(ctx.rootDir, value);
    if (rel && !rel.startsWith("..") && !(0, import_node_path2.isAbsolute)(rel)) {
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
  net.allow_outbound === true && arr(net.exceptions).length > 0 && out.push(finding(
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
  audit.log_all_actions === true && typeof days == "number" && days < MIN_RETENTION_DAYS && out.push(finding(
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
var validators_exports = {};
(0, import_chunk_MOTYY5BU.__export)(validators_exports, {
  SCHEMA_BASE: () => SCHEMA_BASE,
  meta: () => meta,
  override_2: () => override_2,
  root_1_0: () => root_1_0,
  root_2_0: () => root_2_0,
  root_2_1: () => root_2_1
});
var root_1_0 = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-1.0.schema.json", type: "object", additionalProperties: false, required: ["version", "permissions"], properties: { version: { type: "string", enum: ["1.0"] }, agent_id: { type: "string" }, permissions: { type: "object", additionalProperties: false, properties: { filesystem: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, network: { type: "object", additionalProperties: false, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } } } } } }, constraints: { type: "object", additionalProperties: false, properties: { max_files_per_action: { type: "integer", minimum: 1 }, require_human_approval: { type: "array", items: { type: "object", additionalProperties: false, properties: { file_pattern: { type: "string" }, command_pattern: { type: "string" } }, oneOf: [{ required: ["file_pattern"] }, { required: ["command_pattern"] }] } } } }, audit: { type: "object", additionalProperties: false, properties: { log_all_actions: { type: "boolean" }, retention_days: { type: "integer", minimum: 0 }, alert_on_deny: { type: "boolean" } } } } };
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
              let data20 = data19[i5], _errs49 = errors, valid18 = false, passing0 = null, _errs50 = errors;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20) && data20.file_pattern === void 0) {
                let err28 = { instancePath: instancePath + "/constraints/require_human_approval/" + i5, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/0/required", keyword: "required", params: { missingProperty: "file_pattern" }, message: "must have required property 'file_pattern'" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
              var _valid0 = _errs50 === errors;
              _valid0 && (valid18 = true, passing0 = 0);
              let _errs51 = errors;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20) && data20.command_pattern === void 0) {
                let err29 = { instancePath: instancePath + "/constraints/require_human_approval/" + i5, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "command_pattern" }, message: "must have required property 'command_pattern'" };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
              var _valid0 = _errs51 === errors;
              if (_valid0 && valid18 ? (valid18 = false, passing0 = [passing0, 1]) : _valid0 && (valid18 = true, passing0 = 1), valid18)
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
var root_2_0 = validate11, schema12 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-2.0.schema.json", type: "object", additionalProperties: false, required: ["version"], properties: { version: { type: "string", enum: ["2.0"] }, schema_url: { type: "string" }, agent_id: { type: "string" }, default_permissions: { type: "object", additionalProperties: false, properties: { filesystem: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } }, opaque: { type: "string", enum: ["allow", "ask", "deny"] } } }, network: { type: "object", additionalProperties: false, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, tools: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } } } }, constraints: { type: "object", additionalProperties: false, properties: { max_files_per_action: { type: "integer", minimum: 1 }, require_human_approval: { type: "array", items: { type: "object", additionalProperties: false, properties: { file_pattern: { type: "string" }, command_pattern: { type: "string" }, host_pattern: { type: "string" }, tool_pattern: { type: "string" }, reason: { type: "string" } }, oneOf: [{ required: ["file_pattern"] }, { required: ["command_pattern"] }, { required: ["host_pattern"] }, { required: ["tool_pattern"] }] } } } }, audit: { type: "object", additionalProperties: false, properties: { log_all_actions: { type: "boolean" }, retention_days: { type: "integer", minimum: 0 }, alert_on_deny: { type: "boolean" }, log_dir: { type: "string" } } }, exceptions: { type: "array", items: { type: "object", additionalProperties: false, properties: { pattern: { type: "string" }, reason: { type: "string", pattern: "\\S" }, overrides: { type: "array", items: { type: "string" } } }, required: ["pattern", "reason"] } }, agents: { type: "array", items: { type: "object", additionalProperties: false, properties: { id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._@/-]*$" }, description: { type: "string" }, trust_level: { type: "string", enum: ["read_only", "write_local", "external"] }, permissions: { type: "object", additionalProperties: false, properties: { filesystem: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } }, opaque: { type: "string", enum: ["allow", "ask", "deny"] } } }, network: { type: "object", additionalProperties: false, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, tools: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } } } }, git: { type: "object", additionalProperties: false, properties: { protected_branches: { type: "array", items: { type: "string" } }, allowed_branch_prefixes: { type: "array", items: { type: "string" } } } } }, required: ["id"] } }, git: { type: "object", additionalProperties: false, properties: { protected_branches: { type: "array", items: { type: "string" } }, allowed_branch_prefixes: { type: "array", items: { type: "string" } } } }, bypass: { type: "object", additionalProperties: false, properties: { max_duration: { type: "string", pattern: "^(?:[1-9][0-9]*[smhd])+$" }, require_approver: { type: "boolean" }, approvers: { type: "array", items: { type: "string" } } } } } }, func2 = Object.prototype.hasOwnProperty, pattern0 = new RegExp("\\S", "u"), pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._@/-]*$", "u"), pattern2 = new RegExp("^(?:[1-9][0-9]*[smhd])+$", "u");
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
              let data29 = data28[i8], _errs68 = errors, valid25 = false, passing0 = null, _errs69 = errors;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.file_pattern === void 0) {
                let err38 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/0/required", keyword: "required", params: { missingProperty: "file_pattern" }, message: "must have required property 'file_pattern'" };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
              var _valid0 = _errs69 === errors;
              _valid0 && (valid25 = true, passing0 = 0);
              let _errs70 = errors;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.command_pattern === void 0) {
                let err39 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "command_pattern" }, message: "must have required property 'command_pattern'" };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
              var _valid0 = _errs70 === errors;
              if (_valid0 && valid25)
                valid25 = false, passing0 = [passing0, 1];
              else {
                _valid0 && (valid25 = true, passing0 = 1);
                let _errs71 = errors;
                if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.host_pattern === void 0) {
                  let err40 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/2/required", keyword: "required", params: { missingProperty: "host_pattern" }, message: "must have required property 'host_pattern'" };
                  vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                }
                var _valid0 = _errs71 === errors;
                if (_valid0 && valid25)
                  valid25 = false, passing0 = [passing0, 2];
                else {
                  _valid0 && (valid25 = true, passing0 = 2);
                  let _errs72 = errors;
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.tool_pattern === void 0) {
                    let err41 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/3/required", keyword: "required", params: { missingProperty: "tool_pattern" }, message: "must have required property 'tool_pattern'" };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                  var _valid0 = _errs72 === errors;
                  _valid0 && valid25 ? (valid25 = false, passing0 = [passing0, 3]) : _valid0 && (valid25 = true, passing0 = 3);
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
var root_2_1 = validate12, schema13 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-2.1.schema.json", type: "object", additionalProperties: false, required: ["version"], properties: { version: { type: "string", enum: ["2.1"] }, schema_url: { type: "string" }, agent_id: { type: "string" }, default_permissions: { type: "object", additionalProperties: false, properties: { filesystem: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } }, opaque: { type: "string", enum: ["allow", "ask", "deny"] } } }, network: { type: "object", additionalProperties: false, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, tools: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } } } }, constraints: { type: "object", additionalProperties: false, properties: { max_files_per_action: { type: "integer", minimum: 1 }, require_human_approval: { type: "array", items: { type: "object", additionalProperties: false, properties: { file_pattern: { type: "string" }, command_pattern: { type: "string" }, host_pattern: { type: "string" }, tool_pattern: { type: "string" }, reason: { type: "string" } }, oneOf: [{ required: ["file_pattern"] }, { required: ["command_pattern"] }, { required: ["host_pattern"] }, { required: ["tool_pattern"] }] } } } }, audit: { type: "object", additionalProperties: false, properties: { log_all_actions: { type: "boolean" }, retention_days: { type: "integer", minimum: 0 }, alert_on_deny: { type: "boolean" }, log_dir: { type: "string" } } }, exceptions: { type: "array", items: { type: "object", additionalProperties: false, properties: { pattern: { type: "string" }, reason: { type: "string", pattern: "\\S" }, overrides: { type: "array", items: { type: "string" } } }, required: ["pattern", "reason"] } }, agents: { type: "array", items: { type: "object", additionalProperties: false, properties: { id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._@/-]*$" }, description: { type: "string" }, trust_level: { type: "string", enum: ["read_only", "write_local", "external"] }, permissions: { type: "object", additionalProperties: false, properties: { filesystem: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } }, opaque: { type: "string", enum: ["allow", "ask", "deny"] } } }, network: { type: "object", additionalProperties: false, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, tools: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } } } }, git: { type: "object", additionalProperties: false, properties: { protected_branches: { type: "array", items: { type: "string" } }, allowed_branch_prefixes: { type: "array", items: { type: "string" } } } }, budgets: { type: "object", additionalProperties: false, properties: { max_files_per_pr: { type: "integer", minimum: 1 }, max_files_per_session: { type: "integer", minimum: 1 }, max_commands_per_session: { type: "integer", minimum: 1 }, max_tokens_per_session: { type: "integer", minimum: 1 }, max_tokens_per_day: { type: "integer", minimum: 1 }, max_cost_usd_per_session: { type: "number", exclusiveMinimum: 0 }, alert_threshold: { type: "number", exclusiveMinimum: 0, maximum: 1 } } } }, required: ["id"] } }, git: { type: "object", additionalProperties: false, properties: { protected_branches: { type: "array", items: { type: "string" } }, allowed_branch_prefixes: { type: "array", items: { type: "string" } } } }, bypass: { type: "object", additionalProperties: false, properties: { max_duration: { type: "string", pattern: "^(?:[1-9][0-9]*[smhd])+$" }, require_approver: { type: "boolean" }, approvers: { type: "array", items: { type: "string" } } } }, risk_tiers: { type: "object", additionalProperties: false, properties: { automatic: { type: "object", additionalProperties: false, properties: { files: { type: "array", items: { type: "string" } }, commands: { type: "array", items: { type: "string" } }, hosts: { type: "array", items: { type: "string" } }, tools: { type: "array", items: { type: "string" } } } }, logged: { type: "object", additionalProperties: false, properties: { files: { type: "array", items: { type: "string" } }, commands: { type: "array", items: { type: "string" } }, hosts: { type: "array", items: { type: "string" } }, tools: { type: "array", items: { type: "string" } } } }, approval: { type: "object", additionalProperties: false, properties: { files: { type: "array", items: { type: "string" } }, commands: { type: "array", items: { type: "string" } }, hosts: { type: "array", items: { type: "string" } }, tools: { type: "array", items: { type: "string" } } } }, blocked: { type: "object", additionalProperties: false, properties: { files: { type: "array", items: { type: "string" } }, commands: { type: "array", items: { type: "string" } }, hosts: { type: "array", items: { type: "string" } }, tools: { type: "array", items: { type: "string" } } } } } }, budgets: { type: "object", additionalProperties: false, properties: { max_files_per_pr: { type: "integer", minimum: 1 }, max_files_per_session: { type: "integer", minimum: 1 }, max_commands_per_session: { type: "integer", minimum: 1 }, max_tokens_per_session: { type: "integer", minimum: 1 }, max_tokens_per_day: { type: "integer", minimum: 1 }, max_cost_usd_per_session: { type: "number", exclusiveMinimum: 0 }, alert_threshold: { type: "number", exclusiveMinimum: 0, maximum: 1 } } }, agent_detection: { type: "object", additionalProperties: false, properties: { logins: { type: "array", items: { type: ["string", "object"], additionalProperties: false, required: ["login"], properties: { login: { type: "string" }, agent: { type: "string" } } } }, emails: { type: "array", items: { type: ["string", "object"], additionalProperties: false, required: ["email"], properties: { email: { type: "string" }, agent: { type: "string" } } } }, branch_prefixes: { type: "array", items: { type: ["string", "object"], additionalProperties: false, required: ["prefix"], properties: { prefix: { type: "string" }, agent: { type: "string" } } } }, threshold: { type: "string", enum: ["strong", "medium", "weak"] }, env: { type: "array", items: { type: ["string", "object"], additionalProperties: false, required: ["name"], properties: { name: { type: "string" }, value: { type: "string" }, agent: { type: "string" } } } }, builtin_env: { type: "boolean" } } } } };
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
              let data29 = data28[i8], _errs68 = errors, valid25 = false, passing0 = null, _errs69 = errors;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.file_pattern === void 0) {
                let err38 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/0/required", keyword: "required", params: { missingProperty: "file_pattern" }, message: "must have required property 'file_pattern'" };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
              var _valid0 = _errs69 === errors;
              _valid0 && (valid25 = true, passing0 = 0);
              let _errs70 = errors;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.command_pattern === void 0) {
                let err39 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "command_pattern" }, message: "must have required property 'command_pattern'" };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
              var _valid0 = _errs70 === errors;
              if (_valid0 && valid25)
                valid25 = false, passing0 = [passing0, 1];
              else {
                _valid0 && (valid25 = true, passing0 = 1);
                let _errs71 = errors;
                if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.host_pattern === void 0) {
                  let err40 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/2/required", keyword: "required", params: { missingProperty: "host_pattern" }, message: "must have required property 'host_pattern'" };
                  vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                }
                var _valid0 = _errs71 === errors;
                if (_valid0 && valid25)
                  valid25 = false, passing0 = [passing0, 2];
                else {
                  _valid0 && (valid25 = true, passing0 = 2);
                  let _errs72 = errors;
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29) && data29.tool_pattern === void 0) {
                    let err41 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/3/required", keyword: "required", params: { missingProperty: "tool_pattern" }, message: "must have required property 'tool_pattern'" };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                  var _valid0 = _errs72 === errors;
                  _valid0 && valid25 ? (valid25 = false, passing0 = [passing0, 3]) : _valid0 && (valid25 = true, passing0 = 3);
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
var override_2 = validate13, schema14 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-override-2.schema.json", type: "object", additionalProperties: false, properties: { version: { type: "string" }, permissions: { type: "object", additionalProperties: false, properties: { filesystem: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, commands: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } }, opaque: { type: "string", enum: ["allow", "ask", "deny"] } } }, network: { type: "object", additionalProperties: false, properties: { allow_outbound: { type: "boolean" }, exceptions: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } }, tools: { type: "object", additionalProperties: false, properties: { allow: { type: "array", items: { type: "string" } }, deny: { type: "array", items: { type: "string" } } } } } }, constraints: { type: "object", additionalProperties: false, properties: { max_files_per_action: { type: "integer", minimum: 1 }, require_human_approval: { type: "array", items: { type: "object", additionalProperties: false, properties: { file_pattern: { type: "string" }, command_pattern: { type: "string" }, host_pattern: { type: "string" }, tool_pattern: { type: "string" }, reason: { type: "string" } }, oneOf: [{ required: ["file_pattern"] }, { required: ["command_pattern"] }, { required: ["host_pattern"] }, { required: ["tool_pattern"] }] } } } } } };
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
              let data27 = data26[i8], _errs64 = errors, valid25 = false, passing0 = null, _errs65 = errors;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27) && data27.file_pattern === void 0) {
                let err34 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/0/required", keyword: "required", params: { missingProperty: "file_pattern" }, message: "must have required property 'file_pattern'" };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
              var _valid0 = _errs65 === errors;
              _valid0 && (valid25 = true, passing0 = 0);
              let _errs66 = errors;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27) && data27.command_pattern === void 0) {
                let err35 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/1/required", keyword: "required", params: { missingProperty: "command_pattern" }, message: "must have required property 'command_pattern'" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
              var _valid0 = _errs66 === errors;
              if (_valid0 && valid25)
                valid25 = false, passing0 = [passing0, 1];
              else {
                _valid0 && (valid25 = true, passing0 = 1);
                let _errs67 = errors;
                if (data27 && typeof data27 == "object" && !Array.isArray(data27) && data27.host_pattern === void 0) {
                  let err36 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/2/required", keyword: "required", params: { missingProperty: "host_pattern" }, message: "must have required property 'host_pattern'" };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
                var _valid0 = _errs67 === errors;
                if (_valid0 && valid25)
                  valid25 = false, passing0 = [passing0, 2];
                else {
                  _valid0 && (valid25 = true, passing0 = 2);
                  let _errs68 = errors;
                  if (data27 && typeof data27 == "object" && !Array.isArray(data27) && data27.tool_pattern === void 0) {
                    let err37 = { instancePath: instancePath + "/constraints/require_human_approval/" + i8, schemaPath: "#/properties/constraints/properties/require_human_approval/items/oneOf/3/required", keyword: "required", params: { missingProperty: "tool_pattern" }, message: "must have required property 'tool_pattern'" };
                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                  }
                  var _valid0 = _errs68 === errors;
                  _valid0 && valid25 ? (valid25 = false, passing0 = [passing0, 3]) : _valid0 && (valid25 = true, passing0 = 3);
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
      let fix = { op: "set", pointer: "/version", value: raw, quote: true };
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
var import_yaml7 = (0, import_chunk_MOTYY5BU.__toESM)(require_dist(), 1);
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
  if (!node || !(0, import_yaml7.isScalar)(node) || !node.srcToken) return false;
  let tok = node.srcToken;
  return tok.type !== "scalar" && tok.type !== "single-quoted-scalar" && tok.type !== "double-quoted-scalar" ? false : (import_yaml7.CST.setScalarValue(tok, op.value, op.quote ? { type: "QUOTE_DOUBLE" } : {}), true);
}
function removeItem(parsed, pointer) {
  let parentPointer = pointer.slice(0, pointer.lastIndexOf("/")), seq = parsed.positions.get(parentPointer)?.node, item = parsed.positions.get(pointer)?.node;
  if (!seq || !(0, import_yaml7.isSeq)(seq) || !item || !(0, import_yaml7.isScalar)(item) || !seq.srcToken || !item.srcToken) return false;
  let coll = seq.srcToken;
  if (coll.type !== "block-seq" && coll.type !== "flow-collection") return false;
  let index = coll.items.findIndex((it2) => it2.value === item.srcToken);
  if (index <= 0) return false;
  let it = coll.items[index];
  if (coll.type === "flow-collection")
    return it.start.some((t) => t.type === "comment") ? false : (coll.items.splice(index, 1), true);
  let ind = it.start.findIndex((t) => t.type === "seq-item-ind"), keep = 0;
  for (let i = 0; i < ind; i++) it.start[i].type === "newline" && (keep = i + 1);
  let kept = it.start.slice(0, keep), tail = item.srcToken.end ?? [], nl = tail.findIndex((t) => t.type === "newline"), after = nl >= 0 ? tail.slice(nl + 1) : [];
  coll.items.splice(index, 1);
  let extra = [...kept, ...after];
  if (extra.length) {
    let prevEnd = coll.items[index - 1].value?.end;
    if (!prevEnd) return false;
    prevEnd.push(...extra);
  }
  return true;
}
function applyFixes(parsed, ops) {
  if (ops.length === 0 || parsed.data === void 0) return;
  let work = parseYaml(parsed.text, "");
  if (work.data === void 0) return;
  for (let op of ops)
    if (!(op.op === "set" ? setScalar(work, op) : removeItem(work, op.pointer))) return;
  let text = work.tokens.map((t) => import_yaml7.CST.stringify(t)).join(""), check = parseYaml(text, "");
  if (!check.findings.some((f) => f.severity === "error") && (0, import_node_util.isDeepStrictEqual)(check.data, applyToData(parsed.data, ops)))
    return text;
}
function emptyPermissions() {
  return {
    filesystem: { allow: [], deny: [] },
    commands: { allow: [], deny: [] },
    network: { exceptions: [], deny: [] },
    tools: { allow: [], deny: [] }
  };
}
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
    let rel = (0, import_node_path3.relative)(rootDir, pattern);
    if (rel && !rel.startsWith("..") && !(0, import_node_path3.isAbsolute)(rel)) return rel.includes("/") ? rel : `./${rel}`;
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
  p.filesystem.allow = rules(ctx, fs.allow, `${pointer}/filesystem/allow`, true), p.filesystem.deny = rules(ctx, fs.deny, `${pointer}/filesystem/deny`, true);
  let cmd = isObj3(data.commands) ? data.commands : {};
  p.commands.allow = rules(ctx, cmd.allow, `${pointer}/commands/allow`, false), p.commands.deny = rules(ctx, cmd.deny, `${pointer}/commands/deny`, false), (cmd.opaque === "allow" || cmd.opaque === "ask" || cmd.opaque === "deny") && (p.commands.opaque = cmd.opaque, p.commands.opaqueOrigin = origin(ctx, `${pointer}/commands/opaque`));
  let net = isObj3(data.network) ? data.network : {};
  typeof net.allow_outbound == "boolean" && (p.network.allowOutbound = net.allow_outbound, p.network.allowOutboundOrigin = origin(ctx, `${pointer}/network/allow_outbound`)), p.network.exceptions = rules(ctx, net.exceptions, `${pointer}/network/exceptions`, false), p.network.deny = rules(ctx, net.deny, `${pointer}/network/deny`, false);
  let tools = isObj3(data.tools) ? data.tools : {};
  return p.tools.allow = rules(ctx, tools.allow, `${pointer}/tools/allow`, false), p.tools.deny = rules(ctx, tools.deny, `${pointer}/tools/deny`, false), p;
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
      let base = `/risk_tiers/${tier}`, files = rules(ctx, t.files, `${base}/files`, true, tier), commands = rules(ctx, t.commands, `${base}/commands`, false, tier), hosts = rules(ctx, t.hosts, `${base}/hosts`, false, tier), tools = rules(ctx, t.tools, `${base}/tools`, false, tier);
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
      protectedBranches: rules(ctx, data.protected_branches, `${pointer}/protected_branches`, false),
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
    builtinEnv: d.builtin_env !== false
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
    if (root.bypass.origin = origin(ctx, "/bypass"), root.bypass.requireApprover = true, typeof b2.max_duration == "string") {
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
function fsRead(abs) {
  try {
    return (0, import_node_fs.readFileSync)(abs, "utf8");
  } catch {
    return;
  }
}
function fsIsFile(abs) {
  try {
    return (0, import_node_fs.statSync)(abs).isFile();
  } catch {
    return false;
  }
}
var MAX_FIX_PASSES = 3, READ_DESPITE = /* @__PURE__ */ new Set(["pattern-whitespace"]);
async function loadPolicySet(opts) {
  let read = opts.readFile ?? fsRead, rootFile;
  if (opts.config !== void 0) {
    if (rootFile = (0, import_node_path.resolve)(opts.cwd, opts.config), !opts.readFile && (0, import_node_fs.existsSync)(rootFile) && !fsIsFile(rootFile))
      throw new import_chunk_QKUC6GCX.UsageError(`cannot read policy file ${opts.config}: it is a directory`);
  } else
    rootFile = (0, import_chunk_6TQU3MSI.findRootPolicy)(opts.cwd, opts.readFile ? (p) => opts.readFile(p) !== void 0 : fsIsFile);
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
    if (opts.config !== void 0) throw new import_chunk_QKUC6GCX.UsageError(`cannot read policy file ${opts.config}`);
    return { files: [rootFile], findings: [unreadable(rootFile)] };
  }
  let rootDir = (0, import_node_path.dirname)(rootFile), allowWrite = !!opts.fix && !opts.readFile, findings = [], files = [rootFile], overridesPending = opts.overrideFiles ? Promise.resolve([...opts.overrideFiles(rootDir)].sort()) : (0, import_chunk_6TQU3MSI.findOverridesAsync)(rootDir), probes = {
    isRepoEntry: (name) => (0, import_node_fs.existsSync)((0, import_node_path.join)(rootDir, name)),
    isAbsoluteEntry: (name) => (0, import_node_fs.existsSync)((0, import_node_path.join)(import_node_path.sep, name))
  }, root = checkWithFixes(rootText, (text) => checkPolicyText(text, { file: rootFile, kind: "root", rootDir, ...probes }), allowWrite, findings), overrides = [];
  for (let file of await overridesPending) {
    let text = read(file);
    if (text === void 0) {
      !opts.readFile && (0, import_node_fs.existsSync)(file) && findings.push(unreadable(file));
      continue;
    }
    files.push(file);
    let dir = (0, import_chunk_6TQU3MSI.overrideDir)(rootDir, file);
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
      (0, import_node_fs.writeFileSync)(checked.file, next);
    } catch (e) {
      throw new import_chunk_QKUC6GCX.UsageError(`--fix cannot write ${checked.file}: ${e.message}`);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
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
});
