import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/long-options.ts
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
      values[name] = !0;
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

export {
  plainLongOptions
};
