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
  plainLongOptions: () => plainLongOptions
});
module.exports = __toCommonJS(stdin_exports);
function plainLongOptions(config) {
  let options = config.options ?? {}, args = config.args;
  if (!args || config.tokens) return;
  let values = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < args.length; i++) {
    let arg = args[i];
    if (!arg.startsWith("--") || arg === "--") return;
    let eq = arg.indexOf("="), name = eq < 0 ? arg.slice(2) : arg.slice(2, eq), option = Object.hasOwn(options, name) ? options[name] : void 0;
    if (!option || option.multiple) return;
    if (option.type === "boolean") {
      if (eq >= 0) return;
      values[name] = true;
    } else if (eq >= 0)
      values[name] = arg.slice(eq + 1);
    else {
      let value = args[i + 1];
      if (value === void 0 || value.startsWith("-")) return;
      values[name] = value, i++;
    }
  }
  for (let [name, option] of Object.entries(options)) !(name in values) && option.default !== void 0 && (values[name] = option.default);
  return { values, positionals: [] };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  plainLongOptions
});
