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
  SHELLS: () => SHELLS,
  analyzeCommand: () => analyzeCommand,
  commandPatternRegexSource: () => commandPatternRegexSource,
  executableName: () => executableName,
  hazardExamples: () => hazardExamples,
  isWrapper: () => isWrapper,
  lexShell: () => lexShell,
  normalise: () => normalise,
  normaliseCommandPattern: () => normaliseCommandPattern,
  own: () => own,
  programs_default: () => programs_default,
  scanHazards: () => scanHazards,
  spellsOption: () => spellsOption
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_LZ4MTPTA = require("./chunk-LZ4MTPTA.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var require__ = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/arity-n/0.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function() {
        return fn.apply(null, arguments);
      };
    };
  }
});
var require__2 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/arity-n/1.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function(a) {
        return fn.apply(null, arguments);
      };
    };
  }
});
var require__3 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/arity-n/2.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function(a, b) {
        return fn.apply(null, arguments);
      };
    };
  }
});
var require__4 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/arity-n/3.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function(a, b, c) {
        return fn.apply(null, arguments);
      };
    };
  }
});
var require__5 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/arity-n/4.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function(a, b, c, d) {
        return fn.apply(null, arguments);
      };
    };
  }
});
var require__6 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/arity-n/5.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function(a, b, c, d, e) {
        return fn.apply(null, arguments);
      };
    };
  }
});
var require_N = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/arity-n/N.js"(exports2, module2) {
    var arityFn = [
      require__(),
      require__2(),
      require__3(),
      require__4(),
      require__5(),
      require__6()
    ];
    module2.exports = function(fn, n) {
      return n && n <= 5 ? arityFn[n](fn) : fn;
    };
  }
});
var require_compose_function = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/compose-function/index.js"(exports2, module2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", {
      value: true
    });
    exports2.default = compose;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _arityN = require_N(), _arityN2 = _interopRequireDefault(_arityN), compose2 = function(f, g) {
      return function() {
        return f(g.apply(void 0, arguments));
      };
    };
    function compose() {
      for (var _len = arguments.length, functions = Array(_len), _key = 0; _key < _len; _key++)
        functions[_key] = arguments[_key];
      var funcs = functions.filter(function(fn) {
        return typeof fn == "function";
      }), lastIdx = funcs.length - 1, arity = 0;
      if (funcs.length <= 0)
        throw new Error("No funcs passed");
      return lastIdx >= 0 && funcs[lastIdx] && (arity = funcs[lastIdx].length), (0, _arityN2.default)(funcs.reduce(compose2), arity);
    }
    module2.exports = exports2.default;
  }
});
var require_shell_lexer = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/shell-lexer.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), posixShellLexer = (mode, options) => ({
      lex() {
        let tk = this.tokenizer.next().value, tkType = tk.originalType, text = tk.value;
        return this.yytext = { text }, tk.expansion && (this.yytext.expansion = tk.expansion), tk.originalText && (this.yytext.originalText = tk.originalText), tk.type && (this.yytext.type = tk.type), tk.maybeSimpleCommandName && (this.yytext.maybeSimpleCommandName = tk.maybeSimpleCommandName), tk.joined && (this.yytext.joined = tk.joined), tk.fieldIdx !== void 0 && (this.yytext.fieldIdx = tk.fieldIdx), options.insertLOC && tk.loc && (this.yytext.loc = tk.loc), tk.loc && (this.yylineno = tk.loc.start.row - 1), tkType;
      },
      setInput(source) {
        let tokenizer = mode.tokenizer(options), previousPhases = [tokenizer], phases = [tokenizer].concat(mode.lexerPhases.map((phase) => {
          let ph = phase(options, mode, previousPhases);
          return previousPhases = previousPhases.concat(ph), ph;
        })), tokenize = compose.apply(null, phases.reverse());
        this.tokenizer = tokenize(source);
      }
    });
    module2.exports = posixShellLexer;
  }
});
var require_logger_phase = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/utils/logger-phase.js"(exports2, module2) {
    "use strict";
    var logger = (name) => () => function* (tokens) {
      for (let tk of tokens)
        tk || console.log(`In ${name} token null.`), console.log(
          name,
          "<<<",
          tk,
          ">>>"
        ), yield tk;
    };
    module2.exports = logger;
  }
});
var require_has_own_property = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/has-own-property/index.js"(exports2, module2) {
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    module2.exports = function(obj, prop) {
      return _hasOwnProperty.call(obj, prop);
    };
  }
});
var require_filter_obj = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/filter-obj/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(obj, predicate) {
      for (var ret = {}, keys = Object.keys(obj), isArr = Array.isArray(predicate), i = 0; i < keys.length; i++) {
        var key = keys[i], val = obj[key];
        (isArr ? predicate.indexOf(key) !== -1 : predicate(key, val, obj)) && (ret[key] = val);
      }
      return ret;
    };
  }
});
var require_operators = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/operators.js"(exports2, module2) {
    "use strict";
    var operators = {
      "&": "AND",
      "|": "PIPE",
      "(": "OPEN_PAREN",
      ")": "CLOSE_PAREN",
      ">": "GREAT",
      "<": "LESS",
      "&&": "AND_IF",
      "||": "OR_IF",
      ";;": "DSEMI",
      "<<": "DLESS",
      ">>": "DGREAT",
      "<&": "LESSAND",
      ">&": "GREATAND",
      "<>": "LESSGREAT",
      "<<-": "DLESSDASH",
      ">|": "CLOBBER",
      ";": "SEMICOLON"
    };
    module2.exports = operators;
  }
});
var require_tokens = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/utils/tokens.js"(exports2) {
    "use strict";
    var hasOwnProperty = require_has_own_property(), filter = require_filter_obj(), operators = require_operators(), Token = class _Token {
      constructor(fields) {
        let definedFields = filter(fields, (key, value) => value !== void 0);
        Object.assign(this, definedFields), this._ === void 0 && (this._ = {});
      }
      is(type) {
        return this.type === type;
      }
      appendTo(chunk) {
        return new _Token(Object.assign({}, this, { value: this.value + chunk }));
      }
      changeTokenType(type, value) {
        return new _Token({ type, value, loc: this.loc, _: this._, expansion: this.expansion });
      }
      setValue(value) {
        return new _Token(Object.assign({}, this, { value }));
      }
      alterValue(value) {
        return new _Token(Object.assign({}, this, { value, originalText: this.originalText || this.value }));
      }
      addExpansions() {
        return new _Token(Object.assign({}, this, { expansion: [] }));
      }
      setExpansions(expansion) {
        return new _Token(Object.assign({}, this, { expansion }));
      }
    };
    exports2.token = (args) => new Token(args);
    function mkToken(type, value, loc, expansion) {
      let tk = new Token({ type, value, loc });
      return expansion && expansion.length && (tk.expansion = expansion), tk;
    }
    exports2.mkToken = mkToken;
    exports2.mkFieldSplitToken = function(joinedTk, value, fieldIdx) {
      return new Token({
        type: joinedTk.type,
        value,
        joined: joinedTk.value,
        fieldIdx,
        loc: joinedTk.loc,
        expansion: joinedTk.expansion,
        originalText: joinedTk.originalText
      });
    };
    exports2.appendTo = (tk, chunk) => tk.appendTo(chunk);
    exports2.changeTokenType = (tk, type, value) => tk.changeTokenType(type, value);
    exports2.setValue = (tk, value) => tk.setValue(value);
    exports2.alterValue = (tk, value) => tk.alterValue(value);
    exports2.addExpansions = (tk) => tk.addExpansions();
    exports2.setExpansions = (tk, expansion) => tk.setExpansions(expansion);
    exports2.tokenOrEmpty = function(state) {
      if (state.current !== "" && state.current !== `
`) {
        let expansion = (state.expansion || []).map((xp) => Object.assign({}, xp, { loc: {
          start: xp.loc.start.char - state.loc.start.char,
          end: xp.loc.end.char - state.loc.start.char
        } }));
        return [mkToken("TOKEN", state.current, {
          start: Object.assign({}, state.loc.start),
          end: Object.assign({}, state.loc.previous)
        }, expansion)];
      }
      return [];
    };
    exports2.operatorTokens = function(state) {
      return [mkToken(
        operators[state.current],
        state.current,
        {
          start: Object.assign({}, state.loc.start),
          end: Object.assign({}, state.loc.previous)
        }
      )];
    };
    exports2.newLine = function() {
      return mkToken("NEWLINE", `
`);
    };
    exports2.continueToken = function(expectedChar) {
      return mkToken("CONTINUE", expectedChar);
    };
    exports2.eof = function() {
      return mkToken("EOF", "");
    };
    exports2.isPartOfOperator = function(text) {
      return Object.keys(operators).some((op) => op.slice(0, text.length) === text);
    };
    exports2.isOperator = function(text) {
      return hasOwnProperty(operators, text);
    };
    exports2.applyTokenizerVisitor = (visitor) => (tk, idx, iterable) => {
      if (hasOwnProperty(visitor, tk.type)) {
        let visit = visitor[tk.type];
        return visit(tk, iterable);
      }
      if (hasOwnProperty(visitor, "defaultMethod")) {
        let visit = visitor.defaultMethod;
        return visit(tk, iterable);
      }
      return tk;
    };
  }
});
var require_is_valid_name = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/utils/is-valid-name.js"(exports2, module2) {
    "use strict";
    module2.exports = function(text) {
      return /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(text);
    };
  }
});
var require_lodash = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/lodash.curry/index.js"(exports2, module2) {
    var FUNC_ERROR_TEXT = "Expected a function", PLACEHOLDER = "__lodash_placeholder__", BIND_FLAG = 1, BIND_KEY_FLAG = 2, CURRY_BOUND_FLAG = 4, CURRY_FLAG = 8, CURRY_RIGHT_FLAG = 16, PARTIAL_FLAG = 32, PARTIAL_RIGHT_FLAG = 64, ARY_FLAG = 128, REARG_FLAG = 256, FLIP_FLAG = 512, INFINITY = 1 / 0, MAX_SAFE_INTEGER = 9007199254740991, MAX_INTEGER = 17976931348623157e292, NAN = NaN, wrapFlags = [
      ["ary", ARY_FLAG],
      ["bind", BIND_FLAG],
      ["bindKey", BIND_KEY_FLAG],
      ["curry", CURRY_FLAG],
      ["curryRight", CURRY_RIGHT_FLAG],
      ["flip", FLIP_FLAG],
      ["partial", PARTIAL_FLAG],
      ["partialRight", PARTIAL_RIGHT_FLAG],
      ["rearg", REARG_FLAG]
    ], funcTag = "[object Function]", genTag = "[object GeneratorFunction]", symbolTag = "[object Symbol]", reRegExpChar = /[\\^$.*+?()[\]{}|]/g, reTrim = /^\s+|\s+$/g, reWrapComment = /\{(?:\n\/\* \[wrapped with .+\] \*\/)?\n?/, reWrapDetails = /\{\n\/\* \[wrapped with (.+)\] \*/, reSplitDetails = /,? & /, reIsBadHex = /^[-+]0x[0-9a-f]+$/i, reIsBinary = /^0b[01]+$/i, reIsHostCtor = /^\[object .+?Constructor\]$/, reIsOctal = /^0o[0-7]+$/i, reIsUint = /^(?:0|[1-9]\d*)$/, freeParseInt = parseInt, freeGlobal = typeof global == "object" && global && global.Object === Object && global, freeSelf = typeof self == "object" && self && self.Object === Object && self, root = freeGlobal || freeSelf || Function("return this")();
    function apply(func, thisArg, args) {
      switch (args.length) {
        case 0:
          return func.call(thisArg);
        case 1:
          return func.call(thisArg, args[0]);
        case 2:
          return func.call(thisArg, args[0], args[1]);
        case 3:
          return func.call(thisArg, args[0], args[1], args[2]);
      }
      return func.apply(thisArg, args);
    }
    function arrayEach(array, iteratee) {
      for (var index = -1, length = array ? array.length : 0; ++index < length && iteratee(array[index], index, array) !== false; )
        ;
      return array;
    }
    function arrayIncludes(array, value) {
      var length = array ? array.length : 0;
      return !!length && baseIndexOf(array, value, 0) > -1;
    }
    function baseFindIndex(array, predicate, fromIndex, fromRight) {
      for (var length = array.length, index = fromIndex + (fromRight ? 1 : -1); fromRight ? index-- : ++index < length; )
        if (predicate(array[index], index, array))
          return index;
      return -1;
    }
    function baseIndexOf(array, value, fromIndex) {
      if (value !== value)
        return baseFindIndex(array, baseIsNaN, fromIndex);
      for (var index = fromIndex - 1, length = array.length; ++index < length; )
        if (array[index] === value)
          return index;
      return -1;
    }
    function baseIsNaN(value) {
      return value !== value;
    }
    function countHolders(array, placeholder) {
      for (var length = array.length, result = 0; length--; )
        array[length] === placeholder && result++;
      return result;
    }
    function getValue(object, key) {
      return object?.[key];
    }
    function isHostObject(value) {
      var result = false;
      if (value != null && typeof value.toString != "function")
        try {
          result = !!(value + "");
        } catch {
        }
      return result;
    }
    function replaceHolders(array, placeholder) {
      for (var index = -1, length = array.length, resIndex = 0, result = []; ++index < length; ) {
        var value = array[index];
        (value === placeholder || value === PLACEHOLDER) && (array[index] = PLACEHOLDER, result[resIndex++] = index);
      }
      return result;
    }
    var funcProto = Function.prototype, objectProto = Object.prototype, coreJsData = root["__core-js_shared__"], maskSrcKey = (function() {
      var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
      return uid ? "Symbol(src)_1." + uid : "";
    })(), funcToString = funcProto.toString, hasOwnProperty = objectProto.hasOwnProperty, objectToString = objectProto.toString, reIsNative = RegExp(
      "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
    ), objectCreate = Object.create, nativeMax = Math.max, nativeMin = Math.min, defineProperty = (function() {
      var func = getNative(Object, "defineProperty"), name = getNative.name;
      return name && name.length > 2 ? func : void 0;
    })();
    function baseCreate(proto) {
      return isObject(proto) ? objectCreate(proto) : {};
    }
    function baseIsNative(value) {
      if (!isObject(value) || isMasked(value))
        return false;
      var pattern = isFunction(value) || isHostObject(value) ? reIsNative : reIsHostCtor;
      return pattern.test(toSource(value));
    }
    function composeArgs(args, partials, holders, isCurried) {
      for (var argsIndex = -1, argsLength = args.length, holdersLength = holders.length, leftIndex = -1, leftLength = partials.length, rangeLength = nativeMax(argsLength - holdersLength, 0), result = Array(leftLength + rangeLength), isUncurried = !isCurried; ++leftIndex < leftLength; )
        result[leftIndex] = partials[leftIndex];
      for (; ++argsIndex < holdersLength; )
        (isUncurried || argsIndex < argsLength) && (result[holders[argsIndex]] = args[argsIndex]);
      for (; rangeLength--; )
        result[leftIndex++] = args[argsIndex++];
      return result;
    }
    function composeArgsRight(args, partials, holders, isCurried) {
      for (var argsIndex = -1, argsLength = args.length, holdersIndex = -1, holdersLength = holders.length, rightIndex = -1, rightLength = partials.length, rangeLength = nativeMax(argsLength - holdersLength, 0), result = Array(rangeLength + rightLength), isUncurried = !isCurried; ++argsIndex < rangeLength; )
        result[argsIndex] = args[argsIndex];
      for (var offset = argsIndex; ++rightIndex < rightLength; )
        result[offset + rightIndex] = partials[rightIndex];
      for (; ++holdersIndex < holdersLength; )
        (isUncurried || argsIndex < argsLength) && (result[offset + holders[holdersIndex]] = args[argsIndex++]);
      return result;
    }
    function copyArray(source, array) {
      var index = -1, length = source.length;
      for (array || (array = Array(length)); ++index < length; )
        array[index] = source[index];
      return array;
    }
    function createBind(func, bitmask, thisArg) {
      var isBind = bitmask & BIND_FLAG, Ctor = createCtor(func);
      function wrapper() {
        var fn = this && this !== root && this instanceof wrapper ? Ctor : func;
        return fn.apply(isBind ? thisArg : this, arguments);
      }
      return wrapper;
    }
    function createCtor(Ctor) {
      return function() {
        var args = arguments;
        switch (args.length) {
          case 0:
            return new Ctor();
          case 1:
            return new Ctor(args[0]);
          case 2:
            return new Ctor(args[0], args[1]);
          case 3:
            return new Ctor(args[0], args[1], args[2]);
          case 4:
            return new Ctor(args[0], args[1], args[2], args[3]);
          case 5:
            return new Ctor(args[0], args[1], args[2], args[3], args[4]);
          case 6:
            return new Ctor(args[0], args[1], args[2], args[3], args[4], args[5]);
          case 7:
            return new Ctor(args[0], args[1], args[2], args[3], args[4], args[5], args[6]);
        }
        var thisBinding = baseCreate(Ctor.prototype), result = Ctor.apply(thisBinding, args);
        return isObject(result) ? result : thisBinding;
      };
    }
    function createCurry(func, bitmask, arity) {
      var Ctor = createCtor(func);
      function wrapper() {
        for (var length = arguments.length, args = Array(length), index = length, placeholder = getHolder(wrapper); index--; )
          args[index] = arguments[index];
        var holders = length < 3 && args[0] !== placeholder && args[length - 1] !== placeholder ? [] : replaceHolders(args, placeholder);
        if (length -= holders.length, length < arity)
          return createRecurry(
            func,
            bitmask,
            createHybrid,
            wrapper.placeholder,
            void 0,
            args,
            holders,
            void 0,
            void 0,
            arity - length
          );
        var fn = this && this !== root && this instanceof wrapper ? Ctor : func;
        return apply(fn, this, args);
      }
      return wrapper;
    }
    function createHybrid(func, bitmask, thisArg, partials, holders, partialsRight, holdersRight, argPos, ary, arity) {
      var isAry = bitmask & ARY_FLAG, isBind = bitmask & BIND_FLAG, isBindKey = bitmask & BIND_KEY_FLAG, isCurried = bitmask & (CURRY_FLAG | CURRY_RIGHT_FLAG), isFlip = bitmask & FLIP_FLAG, Ctor = isBindKey ? void 0 : createCtor(func);
      function wrapper() {
        for (var length = arguments.length, args = Array(length), index = length; index--; )
          args[index] = arguments[index];
        if (isCurried)
          var placeholder = getHolder(wrapper), holdersCount = countHolders(args, placeholder);
        if (partials && (args = composeArgs(args, partials, holders, isCurried)), partialsRight && (args = composeArgsRight(args, partialsRight, holdersRight, isCurried)), length -= holdersCount, isCurried && length < arity) {
          var newHolders = replaceHolders(args, placeholder);
          return createRecurry(
            func,
            bitmask,
            createHybrid,
            wrapper.placeholder,
            thisArg,
            args,
            newHolders,
            argPos,
            ary,
            arity - length
          );
        }
        var thisBinding = isBind ? thisArg : this, fn = isBindKey ? thisBinding[func] : func;
        return length = args.length, argPos ? args = reorder(args, argPos) : isFlip && length > 1 && args.reverse(), isAry && ary < length && (args.length = ary), this && this !== root && this instanceof wrapper && (fn = Ctor || createCtor(fn)), fn.apply(thisBinding, args);
      }
      return wrapper;
    }
    function createPartial(func, bitmask, thisArg, partials) {
      var isBind = bitmask & BIND_FLAG, Ctor = createCtor(func);
      function wrapper() {
        for (var argsIndex = -1, argsLength = arguments.length, leftIndex = -1, leftLength = partials.length, args = Array(leftLength + argsLength), fn = this && this !== root && this instanceof wrapper ? Ctor : func; ++leftIndex < leftLength; )
          args[leftIndex] = partials[leftIndex];
        for (; argsLength--; )
          args[leftIndex++] = arguments[++argsIndex];
        return apply(fn, isBind ? thisArg : this, args);
      }
      return wrapper;
    }
    function createRecurry(func, bitmask, wrapFunc, placeholder, thisArg, partials, holders, argPos, ary, arity) {
      var isCurry = bitmask & CURRY_FLAG, newHolders = isCurry ? holders : void 0, newHoldersRight = isCurry ? void 0 : holders, newPartials = isCurry ? partials : void 0, newPartialsRight = isCurry ? void 0 : partials;
      bitmask |= isCurry ? PARTIAL_FLAG : PARTIAL_RIGHT_FLAG, bitmask &= ~(isCurry ? PARTIAL_RIGHT_FLAG : PARTIAL_FLAG), bitmask & CURRY_BOUND_FLAG || (bitmask &= ~(BIND_FLAG | BIND_KEY_FLAG));
      var result = wrapFunc(func, bitmask, thisArg, newPartials, newHolders, newPartialsRight, newHoldersRight, argPos, ary, arity);
      return result.placeholder = placeholder, setWrapToString(result, func, bitmask);
    }
    function createWrap(func, bitmask, thisArg, partials, holders, argPos, ary, arity) {
      var isBindKey = bitmask & BIND_KEY_FLAG;
      if (!isBindKey && typeof func != "function")
        throw new TypeError(FUNC_ERROR_TEXT);
      var length = partials ? partials.length : 0;
      if (length || (bitmask &= ~(PARTIAL_FLAG | PARTIAL_RIGHT_FLAG), partials = holders = void 0), ary = ary === void 0 ? ary : nativeMax(toInteger(ary), 0), arity = arity === void 0 ? arity : toInteger(arity), length -= holders ? holders.length : 0, bitmask & PARTIAL_RIGHT_FLAG) {
        var partialsRight = partials, holdersRight = holders;
        partials = holders = void 0;
      }
      var newData = [
        func,
        bitmask,
        thisArg,
        partials,
        holders,
        partialsRight,
        holdersRight,
        argPos,
        ary,
        arity
      ];
      if (func = newData[0], bitmask = newData[1], thisArg = newData[2], partials = newData[3], holders = newData[4], arity = newData[9] = newData[9] == null ? isBindKey ? 0 : func.length : nativeMax(newData[9] - length, 0), !arity && bitmask & (CURRY_FLAG | CURRY_RIGHT_FLAG) && (bitmask &= ~(CURRY_FLAG | CURRY_RIGHT_FLAG)), !bitmask || bitmask == BIND_FLAG)
        var result = createBind(func, bitmask, thisArg);
      else bitmask == CURRY_FLAG || bitmask == CURRY_RIGHT_FLAG ? result = createCurry(func, bitmask, arity) : (bitmask == PARTIAL_FLAG || bitmask == (BIND_FLAG | PARTIAL_FLAG)) && !holders.length ? result = createPartial(func, bitmask, thisArg, partials) : result = createHybrid.apply(void 0, newData);
      return setWrapToString(result, func, bitmask);
    }
    function getHolder(func) {
      var object = func;
      return object.placeholder;
    }
    function getNative(object, key) {
      var value = getValue(object, key);
      return baseIsNative(value) ? value : void 0;
    }
    function getWrapDetails(source) {
      var match = source.match(reWrapDetails);
      return match ? match[1].split(reSplitDetails) : [];
    }
    function insertWrapDetails(source, details) {
      var length = details.length, lastIndex = length - 1;
      return details[lastIndex] = (length > 1 ? "& " : "") + details[lastIndex], details = details.join(length > 2 ? ", " : " "), source.replace(reWrapComment, `{
/* [wrapped with ` + details + `] */
`);
    }
    function isIndex(value, length) {
      return length = length ?? MAX_SAFE_INTEGER, !!length && (typeof value == "number" || reIsUint.test(value)) && value > -1 && value % 1 == 0 && value < length;
    }
    function isMasked(func) {
      return !!maskSrcKey && maskSrcKey in func;
    }
    function reorder(array, indexes) {
      for (var arrLength = array.length, length = nativeMin(indexes.length, arrLength), oldArray = copyArray(array); length--; ) {
        var index = indexes[length];
        array[length] = isIndex(index, arrLength) ? oldArray[index] : void 0;
      }
      return array;
    }
    var setWrapToString = defineProperty ? function(wrapper, reference, bitmask) {
      var source = reference + "";
      return defineProperty(wrapper, "toString", {
        configurable: true,
        enumerable: false,
        value: constant(insertWrapDetails(source, updateWrapDetails(getWrapDetails(source), bitmask)))
      });
    } : identity;
    function toSource(func) {
      if (func != null) {
        try {
          return funcToString.call(func);
        } catch {
        }
        try {
          return func + "";
        } catch {
        }
      }
      return "";
    }
    function updateWrapDetails(details, bitmask) {
      return arrayEach(wrapFlags, function(pair) {
        var value = "_." + pair[0];
        bitmask & pair[1] && !arrayIncludes(details, value) && details.push(value);
      }), details.sort();
    }
    function curry(func, arity, guard) {
      arity = guard ? void 0 : arity;
      var result = createWrap(func, CURRY_FLAG, void 0, void 0, void 0, void 0, void 0, arity);
      return result.placeholder = curry.placeholder, result;
    }
    function isFunction(value) {
      var tag = isObject(value) ? objectToString.call(value) : "";
      return tag == funcTag || tag == genTag;
    }
    function isObject(value) {
      var type = typeof value;
      return !!value && (type == "object" || type == "function");
    }
    function isObjectLike(value) {
      return !!value && typeof value == "object";
    }
    function isSymbol(value) {
      return typeof value == "symbol" || isObjectLike(value) && objectToString.call(value) == symbolTag;
    }
    function toFinite(value) {
      if (!value)
        return value === 0 ? value : 0;
      if (value = toNumber(value), value === INFINITY || value === -INFINITY) {
        var sign = value < 0 ? -1 : 1;
        return sign * MAX_INTEGER;
      }
      return value === value ? value : 0;
    }
    function toInteger(value) {
      var result = toFinite(value), remainder = result % 1;
      return result === result ? remainder ? result - remainder : result : 0;
    }
    function toNumber(value) {
      if (typeof value == "number")
        return value;
      if (isSymbol(value))
        return NAN;
      if (isObject(value)) {
        var other = typeof value.valueOf == "function" ? value.valueOf() : value;
        value = isObject(other) ? other + "" : other;
      }
      if (typeof value != "string")
        return value === 0 ? value : +value;
      value = value.replace(reTrim, "");
      var isBinary = reIsBinary.test(value);
      return isBinary || reIsOctal.test(value) ? freeParseInt(value.slice(2), isBinary ? 2 : 8) : reIsBadHex.test(value) ? NAN : +value;
    }
    function constant(value) {
      return function() {
        return value;
      };
    }
    function identity(value) {
      return value;
    }
    curry.placeholder = {};
    module2.exports = curry;
  }
});
var require_iterable_transform_replace = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/iterable-transform-replace.js"(exports2, module2) {
    "use strict";
    var curry = require_lodash();
    function replace(oldItem, newItem, array) {
      return array.map((item) => item === oldItem ? newItem : item);
    }
    module2.exports = curry(replace);
  }
});
var require_utils = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/utils/index.js"(exports2) {
    exports2.loggerPhase = require_logger_phase();
    exports2.tokens = require_tokens();
    exports2.isValidName = require_is_valid_name();
    exports2.replaceRule = require_iterable_transform_replace();
  }
});
var require_identity_function = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/identity-function/index.js"(exports2, module2) {
    module2.exports = function(x) {
      return x;
    };
  }
});
var require_is_iterable = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/is-iterable/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(val) {
      return typeof Symbol < "u" && Symbol && "iterator" in Symbol && val != null && typeof val[Symbol.iterator] == "function";
    };
  }
});
var require_map_iterable = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/map-iterable.js"(exports2, module2) {
    "use strict";
    var curry = require_lodash(), isIterable = require_is_iterable();
    function initDefault(data) {
      return data;
    }
    function map(options, data) {
      if (typeof options != "function" && (typeof options != "object" || options === null))
        throw new TypeError("Callback argument must be a function or option object");
      if (!isIterable(data))
        throw new TypeError("Data argument must be an iterable");
      let idx = 0, init = options.init || initDefault, callback = options.callback || options, ctx = init(data), dataIterator = data[Symbol.iterator]();
      return {
        [Symbol.iterator]() {
          return this;
        },
        next() {
          let item = dataIterator.next();
          return item.done || (item.value = callback(item.value, idx++, ctx)), item;
        }
      };
    }
    module2.exports = curry(map);
  }
});
var require_object_values = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/object-values/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(obj) {
      for (var keys = Object.keys(obj), ret = [], i = 0; i < keys.length; i++)
        ret.push(obj[keys[i]]);
      return ret;
    };
  }
});
var require_transform_spread_iterable = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/transform-spread-iterable.js"(exports2, module2) {
    "use strict";
    function* spread(source) {
      for (let item of source)
        typeof item[Symbol.iterator] == "function" ? yield* item : yield item;
    }
    module2.exports = spread;
  }
});
var require_alias_substitution = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/bash/rules/alias-substitution.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), identity = require_identity_function(), map = require_map_iterable(), values = require_object_values(), merge = require_transform_spread_iterable(), tokens = require_tokens(), expandAlias = (preAliasLexer, resolveAlias, reservedWords) => {
      function* tryExpandToken(token, expandingAliases) {
        if (expandingAliases.indexOf(token.value) !== -1) {
          yield token;
          return;
        }
        let result = resolveAlias(token.value);
        if (result === void 0)
          yield token;
        else
          for (let newToken of preAliasLexer(result))
            newToken.is("WORD") || reservedWords.some((word) => newToken.is(word)) ? yield* tryExpandToken(
              newToken,
              expandingAliases.concat(token.value)
            ) : newToken.is("EOF") || (yield newToken);
      }
      function expandToken(tk) {
        return Array.from(tryExpandToken(tk, []));
      }
      let visitor = {
        WORD: expandToken
      };
      return reservedWords.forEach((w) => {
        visitor[w] = expandToken;
      }), visitor;
    };
    module2.exports = (options, mode, previousPhases) => {
      if (typeof options.resolveAlias != "function")
        return identity;
      let preAliasLexer = compose.apply(null, previousPhases.reverse()), visitor = expandAlias(preAliasLexer, options.resolveAlias, values(mode.enums.reservedWords));
      return compose(
        merge,
        map(
          tokens.applyTokenizerVisitor(visitor)
        )
      );
    };
  }
});
var require_bash = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/bash/index.js"(exports2, module2) {
    "use strict";
    var bashAliasSubstitution = require_alias_substitution(), name = "[a-zA-Z_][a-zA-Z0-9_]*", parameterOperators = {
      // This is referred to as Substring Expansion.
      // It expands to up to length characters of the value
      // of parameter starting at the character specified by offset.
      [`^(${name}):([^:]*):?([^:]*)$`]: {
        op: "substring",
        parameter: (m) => m[1],
        offset: (m) => parseInt(m[2], 10),
        length: (m) => parseInt(m[3], 10) || void 0
      },
      // Expands to the names of variables whose names begin with prefix,
      // separated by the first character of the IFS special variable.
      // When ‘@’ is used and the expansion appears within double quotes,
      // each variable name expands to a separate word.
      // TODO: @ case may need some investigation, maybe it's not actually possible
      [`^!(${name})(\\*|@)$`]: {
        op: "prefix",
        prefix: (m) => m[1],
        expandWords: (m) => m[2] === "@",
        parameter: () => {
        }
      },
      // If name is an array variable, expands to the list of array indices
      // (keys) assigned in name. If name is not an array, expands to 0 if
      // name is set and null otherwise. When ‘@’ is used and the expansion
      // appears within double quotes, each key expands to a separate word.
      // TODO: @ case may need some investigation, maybe it's not actually possible
      [`^!(${name})(\\[\\*\\]|\\[@\\])$`]: {
        op: "arrayIndices",
        parameter: (m) => m[1],
        expandWords: (m) => m[2] === "[@]"
      },
      // Parameter is expanded and the longest match of pattern against its
      // value is replaced with string. If pattern begins with ‘/’, all matches
      // of pattern are replaced with string.
      [`^(${name})\\/(\\/)?([^\\/])+\\/(.*)$`]: {
        op: "stringReplace",
        parameter: (m) => m[1],
        substitute: (m) => m[3],
        replace: (m) => m[4],
        globally: (m) => m[2] === "/"
      },
      // This expansion modifies the case of alphabetic characters in parameter.
      // The pattern is expanded to produce a pattern just as in filename expansion.
      // Each character in the expanded value of parameter is tested against pattern,
      // and, if it matches the pattern, its case is converted. The pattern should
      // not attempt to match more than one character. The ‘^’ operator converts
      // lowercase letters matching pattern to uppercase; the ‘,’ operator converts
      // matching uppercase letters to lowercase. The ‘^^’ and ‘,,’ expansions convert
      // each matched character in the expanded value; the ‘^’ and ‘,’ expansions match
      // and convert only the first character in the expanded value. If pattern is omitted,
      // it is treated like a ‘?’, which matches every character. If parameter is ‘@’
      // or ‘*’, the case modification operation is applied to each positional parameter
      // in turn, and the expansion is the resultant list. If parameter is an array variable
      // subscripted with ‘@’ or ‘*’, the case modification operation is applied to each
      // member of the array in turn, and the expansion is the resultant list.
      [`^(${name})(\\^\\^|\\^|,,|,)(.*)$`]: {
        op: "caseChange",
        parameter: (m) => m[1],
        pattern: (m) => m[3] || "?",
        case: (m) => m[2][0] === "," ? "lower" : "upper",
        globally: (m) => m[2].length === 2
      },
      // The expansion is either a transformation of the value of parameter or information about
      // parameter itself, depending on the value of operator. Each operator is a single letter:
      //
      // Q - The expansion is a string that is the value of parameter quoted in a format that can
      // 	be reused as input.
      // E - The expansion is a string that is the value of parameter with backslash escape
      // 	sequences expanded as with the $'…' quoting mechansim.
      // P - The expansion is a string that is the result of expanding the value of parameter
      // 	as if it were a prompt string (see Controlling the Prompt).
      // A - The expansion is a string in the form of an assignment statement or declare command
      // 	that, if evaluated, will recreate parameter with its attributes and value.
      // a - The expansion is a string consisting of flag values representing parameter’s attributes.
      //
      // If parameter is ‘@’ or ‘*’, the operation is applied to each positional parameter in turn,
      // and the expansion is the resultant list. If parameter is an array variable subscripted
      // with ‘@’ or ‘*’, the operation is applied to each member of the array in turn, and the
      // expansion is the resultant list.
      // The result of the expansion is subject to word splitting and pathname expansion as
      // described below.
      [`^(${name})@([Q|E|P|A|a])$`]: {
        op: "transformation",
        parameter: (m) => m[1],
        kind: (m) => {
          switch (m[2]) {
            case "Q":
              return "quoted";
            case "E":
              return "escape";
            case "P":
              return "prompt";
            case "A":
              return "assignment";
            case "a":
              return "flags";
            default:
              return "unknown";
          }
        }
      },
      // If the first character of parameter is an exclamation point (!), and parameter is not
      // a nameref, it introduces a level of variable indirection. Bash uses the value of the
      // variable formed from the rest of parameter as the name of the variable; this variable
      // is then expanded and that value is used in the rest of the substitution, rather than
      // the value of parameter itself. This is known as indirect expansion. If parameter is a
      // nameref, this expands to the name of the variable referenced by parameter instead of
      // performing the complete indirect expansion. The exceptions to this are the expansions
      // of ${!prefix*} and ${!name[@]} described below. The exclamation point must immediately
      // follow the left brace in order to introduce indirection.
      "^!(.+)$": {
        op: "indirection",
        word: (m) => m[1],
        parameter: () => {
        }
      }
    };
    module2.exports = {
      inherits: "posix",
      init: (posixMode, utils) => {
        let phaseCatalog = Object.assign(
          {},
          posixMode.phaseCatalog,
          { bashAliasSubstitution }
        ), lexerPhases = utils.replaceRule(
          phaseCatalog.aliasSubstitution,
          bashAliasSubstitution,
          posixMode.lexerPhases
        ), bashOperators = Object.assign(
          parameterOperators,
          posixMode.enums.parameterOperators
        ), enums = Object.assign(
          {},
          posixMode.enums,
          { parameterOperators: bashOperators }
        );
        return Object.assign(
          {},
          posixMode,
          { phaseCatalog, lexerPhases, enums }
        );
      }
    };
  }
});
var require_is_number = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/is-number/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(num) {
      var type = typeof num;
      if (type === "string" || num instanceof String) {
        if (!num.trim()) return false;
      } else if (type !== "number" && !(num instanceof Number))
        return false;
      return num - num + 1 >= 0;
    };
  }
});
var require_array_last = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/array-last/index.js"(exports2, module2) {
    var isNumber = require_is_number();
    module2.exports = function(arr, n) {
      if (!Array.isArray(arr))
        throw new Error("expected the first argument to be an array");
      var len = arr.length;
      if (len === 0)
        return null;
      if (n = isNumber(n) ? +n : 1, n === 1)
        return arr[len - 1];
      for (var res = new Array(n); n--; )
        res[n] = arr[--len];
      return res;
    };
  }
});
var require_ast_builder = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/ast-builder.js"(exports2, module2) {
    "use strict";
    module2.exports = (options) => {
      let builder = {};
      mkListHelper(builder, "caseList"), mkListHelper(builder, "pattern"), mkListHelper(builder, "prefix"), mkListHelper(builder, "suffix"), builder.caseItem = (pattern, body, locStart, locEnd) => {
        let node = { type: "CaseItem", pattern, body };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, locStart), locEnd)), node;
      }, builder.caseClause = (clause, cases, locStart, locEnd) => {
        let node = { type: "Case", clause };
        return cases && Object.assign(node, { cases }), options.insertLOC && (node.loc = setLocEnd(setLocStart({}, locStart), locEnd)), node;
      }, builder.doGroup = (group, locStart, locEnd) => (options.insertLOC && setLocEnd(setLocStart(group.loc, locStart), locEnd), group), builder.braceGroup = (group, locStart, locEnd) => (options.insertLOC && setLocEnd(setLocStart(group.loc, locStart), locEnd), group), builder.list = (logicalExpression) => {
        let node = { type: "Script", commands: [logicalExpression] };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, logicalExpression.loc), logicalExpression.loc)), node;
      };
      function isAsyncSeparator(separator) {
        return separator.text.indexOf("&") !== -1;
      }
      let last = require_array_last();
      return builder.checkAsync = (list, separator) => (isAsyncSeparator(separator) && (last(list.commands).async = true), list), builder.listAppend = (list, logicalExpression, separator) => (isAsyncSeparator(separator) && (last(list.commands).async = true), list.commands.push(logicalExpression), options.insertLOC && setLocEnd(list.loc, logicalExpression.loc), list), builder.addRedirections = (compoundCommand, redirectList) => {
        if (compoundCommand.redirections = redirectList, options.insertLOC) {
          let lastRedirect = redirectList[redirectList.length - 1];
          setLocEnd(compoundCommand.loc, lastRedirect.loc);
        }
        return compoundCommand;
      }, builder.term = (logicalExpression) => {
        let node = { type: "CompoundList", commands: [logicalExpression] };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, logicalExpression.loc), logicalExpression.loc)), node;
      }, builder.termAppend = (term, logicalExpression, separator) => (isAsyncSeparator(separator) && (last(term.commands).async = true), term.commands.push(logicalExpression), setLocEnd(term.loc, logicalExpression.loc), term), builder.subshell = (list, locStart, locEnd) => {
        let node = { type: "Subshell", list };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, locStart), locEnd)), node;
      }, builder.pipeSequence = (command) => {
        let node = { type: "Pipeline", commands: [command] };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, command.loc), command.loc)), node;
      }, builder.pipeSequenceAppend = (pipe, command) => (pipe.commands.push(command), options.insertLOC && setLocEnd(pipe.loc, command.loc), pipe), builder.bangPipeLine = (pipe) => pipe.commands.length === 1 ? Object.assign(pipe.commands[0], { bang: true }) : Object.assign(pipe, { bang: true }), builder.pipeLine = (pipe) => pipe.commands.length === 1 ? pipe.commands[0] : pipe, builder.andAndOr = (left, right) => {
        let node = { type: "LogicalExpression", op: "and", left, right };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, left.loc), right.loc)), node;
      }, builder.orAndOr = (left, right) => {
        let node = { type: "LogicalExpression", op: "or", left, right };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, left.loc), right.loc)), node;
      }, builder.forClause = (name, wordlist, doGroup, locStart) => {
        let node = { type: "For", name, wordlist, do: doGroup };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, locStart), doGroup.loc)), node;
      }, builder.forClauseDefault = (name, doGroup, locStart) => {
        let node = { type: "For", name, do: doGroup };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, locStart), doGroup.loc)), node;
      }, builder.functionDefinition = (name, body) => {
        let node = { type: "Function", name };
        node.body = body[0], body[1] && (node.redirections = body[1]);
        let endLoc = body[1] || body[0];
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, name.loc), endLoc.loc)), node;
      }, builder.elseClause = (compoundList, locStart) => (options.insertLOC && setLocStart(compoundList.loc, locStart.loc), compoundList), builder.ifClause = (clause, then, elseBranch, locStart, locEnd) => {
        let node = { type: "If", clause, then };
        return elseBranch && (node.else = elseBranch), options.insertLOC && (node.loc = setLocEnd(setLocStart({}, locStart), locEnd)), node;
      }, builder.while = (clause, body, whileWord) => {
        let node = { type: "While", clause, do: body };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, whileWord.loc), body.loc)), node;
      }, builder.until = (clause, body, whileWord) => {
        let node = { type: "Until", clause, do: body };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, whileWord.loc), body.loc)), node;
      }, builder.commandName = (name) => name, builder.commandAssignment = function(prefix) {
        return builder.command(prefix);
      }, builder.command = function(prefix, command, suffix) {
        let node = { type: "Command" };
        if (command && (node.name = command), options.insertLOC) {
          if (node.loc = {}, prefix) {
            let firstPrefix = prefix[0];
            node.loc.start = firstPrefix.loc.start;
          } else
            node.loc.start = command.loc.start;
          if (suffix) {
            let lastSuffix = suffix[suffix.length - 1];
            node.loc.end = lastSuffix.loc.end;
          } else if (command)
            node.loc.end = command.loc.end;
          else {
            let lastPrefix = prefix[prefix.length - 1];
            node.loc.end = lastPrefix.loc.end;
          }
        }
        return prefix && (node.prefix = prefix), suffix && (node.suffix = suffix), node;
      }, builder.ioRedirect = (op, file) => {
        let node = { type: "Redirect", op, file };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, op.loc), file.loc)), node;
      }, builder.numberIoRedirect = (ioRedirect, numberIo) => {
        let node = Object.assign({}, ioRedirect, { numberIo });
        return options.insertLOC && setLocStart(node.loc, numberIo.loc), node;
      }, builder;
    };
    function setLocStart(target, source) {
      return source && (target.start = source.start), target;
    }
    function setLocEnd(target, source) {
      return source && (target.end = source.end), target;
    }
    function mkListHelper(builder, listName) {
      builder[listName] = (item) => [item], builder[`${listName}Append`] = (list, item) => (list.push(item), list);
    }
  }
});
var require_end = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/end.js"(exports2, module2) {
    "use strict";
    var eof = require_tokens().eof;
    module2.exports = function() {
      return {
        nextReduction: null,
        tokensToEmit: [eof()]
      };
    };
  }
});
var require_operator = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/operator.js"(exports2, module2) {
    "use strict";
    var t = require_tokens(), isPartOfOperator = t.isPartOfOperator, operatorTokens = t.operatorTokens, isOperator = t.isOperator;
    module2.exports = function(state, source, reducers) {
      let char = source && source.shift();
      if (char === void 0)
        return isOperator(state.current) ? {
          nextReduction: reducers.end,
          tokensToEmit: operatorTokens(state),
          nextState: state.resetCurrent().saveCurrentLocAsStart()
        } : reducers.start(state, char);
      if (isPartOfOperator(state.current + char))
        return {
          nextReduction: reducers.operator,
          nextState: state.appendChar(char)
        };
      let tokens = [];
      isOperator(state.current) && (tokens = operatorTokens(state), state = state.resetCurrent().saveCurrentLocAsStart());
      let ret = reducers.start(state, [char].concat(source), reducers), nextReduction = ret.nextReduction, tokensToEmit = ret.tokensToEmit, nextState = ret.nextState;
      return tokensToEmit && (tokens = tokens.concat(tokensToEmit)), {
        nextReduction,
        tokensToEmit: tokens,
        nextState
      };
    };
  }
});
var require_comment = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/comment.js"(exports2, module2) {
    "use strict";
    var newLine = require_tokens().newLine;
    module2.exports = function comment(state, source, reducers) {
      let char = source && source.shift();
      return char === void 0 ? {
        nextReduction: reducers.end,
        nextState: state
      } : char === `
` ? {
        tokensToEmit: [newLine()],
        nextReduction: reducers.start,
        nextState: state
      } : {
        nextReduction: comment,
        nextState: state
      };
    };
  }
});
var require_single_quoting = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/single-quoting.js"(exports2, module2) {
    "use strict";
    var t = require_tokens(), tokenOrEmpty = t.tokenOrEmpty, continueToken = t.continueToken;
    module2.exports = function(state, source, reducers) {
      let char = source && source.shift();
      return char === void 0 ? {
        nextState: state,
        nextReduction: null,
        tokensToEmit: tokenOrEmpty(state).concat(continueToken("'"))
      } : char === "'" ? {
        nextReduction: reducers.start,
        nextState: state.appendChar(char)
      } : {
        nextReduction: reducers.singleQuoting,
        nextState: state.appendChar(char)
      };
    };
  }
});
var require_double_quoting = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/double-quoting.js"(exports2, module2) {
    "use strict";
    var t = require_tokens(), tokenOrEmpty = t.tokenOrEmpty, continueToken = t.continueToken;
    module2.exports = function doubleQuoting(state, source, reducers) {
      let char = source && source.shift();
      return state = state.setPreviousReducer(doubleQuoting), char === void 0 ? {
        nextReduction: null,
        tokensToEmit: tokenOrEmpty(state).concat(continueToken('"')),
        nextState: state
      } : !state.escaping && char === "\\" ? {
        nextReduction: doubleQuoting,
        nextState: state.setEscaping(true).appendChar(char)
      } : !state.escaping && char === '"' ? {
        nextReduction: reducers.start,
        nextState: state.setPreviousReducer(reducers.start).appendChar(char)
      } : !state.escaping && char === "$" ? {
        nextReduction: reducers.expansionStart,
        nextState: state.appendEmptyExpansion().appendChar(char)
      } : !state.escaping && char === "`" ? {
        nextReduction: reducers.expansionCommandTick,
        nextState: state.appendEmptyExpansion().appendChar(char)
      } : {
        nextReduction: reducers.doubleQuoting,
        nextState: state.setEscaping(false).appendChar(char)
      };
    };
  }
});
var require_expansion_start = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-start.js"(exports2, module2) {
    "use strict";
    function isSpecialParameter(char) {
      return char.match(/^[0-9\-!@#\?\*\$]$/);
    }
    module2.exports = function(state, source, reducers) {
      let char = source && source.shift();
      return char === "{" ? {
        nextReduction: reducers.expansionParameterExtended,
        nextState: state.appendChar(char)
      } : char === "(" ? {
        nextReduction: reducers.expansionCommandOrArithmetic,
        nextState: state.appendChar(char)
      } : char.match(/[a-zA-Z_]/) ? {
        nextReduction: reducers.expansionParameter,
        nextState: state.appendChar(char).replaceLastExpansion({
          parameter: char,
          type: "parameter_expansion"
        })
      } : isSpecialParameter(char) ? reducers.expansionSpecialParameter(state, [char].concat(source)) : state.previousReducer(state, [char].concat(source));
    };
  }
});
var require_expansion_command_tick = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-command-tick.js"(exports2, module2) {
    "use strict";
    var last = require_array_last(), t = require_tokens(), continueToken = t.continueToken;
    module2.exports = function(state, source, reducers) {
      let char = source && source.shift(), xp = last(state.expansion);
      return !state.escaping && char === "`" ? {
        nextReduction: state.previousReducer,
        nextState: state.appendChar(char).replaceLastExpansion({
          type: "command_expansion",
          loc: Object.assign({}, xp.loc, { end: state.loc.current })
        })
      } : char === void 0 ? {
        nextReduction: state.previousReducer,
        tokensToEmit: [continueToken("`")],
        nextState: state.replaceLastExpansion({
          loc: Object.assign({}, xp.loc, { end: state.loc.previous })
        })
      } : !state.escaping && char === "\\" ? {
        nextReduction: reducers.expansionCommandTick,
        nextState: state.appendChar(char).setEscaping(true)
      } : {
        nextReduction: reducers.expansionCommandTick,
        nextState: state.setEscaping(false).appendChar(char).replaceLastExpansion({ command: (xp.command || "") + char })
      };
    };
  }
});
var require_start = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/start.js"(exports2, module2) {
    "use strict";
    var t = require_tokens(), tokenOrEmpty = t.tokenOrEmpty, newLine = t.newLine, isPartOfOperator = t.isPartOfOperator;
    module2.exports = function(state, source, reducers) {
      let char = source && source.shift();
      return char === void 0 ? {
        nextReduction: reducers.end,
        tokensToEmit: tokenOrEmpty(state),
        nextState: state.resetCurrent().saveCurrentLocAsStart()
      } : state.escaping && char === `
` ? {
        nextReduction: reducers.start,
        nextState: state.setEscaping(false).removeLastChar()
      } : !state.escaping && char === "#" && state.current === "" ? {
        nextReduction: reducers.comment
      } : !state.escaping && char === `
` ? {
        nextReduction: reducers.start,
        tokensToEmit: tokenOrEmpty(state).concat(newLine()),
        nextState: state.resetCurrent().saveCurrentLocAsStart()
      } : !state.escaping && char === "\\" ? {
        nextReduction: reducers.start,
        nextState: state.setEscaping(true).appendChar(char)
      } : !state.escaping && isPartOfOperator(char) ? {
        nextReduction: reducers.operator,
        tokensToEmit: tokenOrEmpty(state),
        nextState: state.setCurrent(char).saveCurrentLocAsStart()
      } : !state.escaping && char === "'" ? {
        nextReduction: reducers.singleQuoting,
        nextState: state.appendChar(char)
      } : !state.escaping && char === '"' ? {
        nextReduction: reducers.doubleQuoting,
        nextState: state.appendChar(char)
      } : !state.escaping && char.match(/\s/) ? {
        nextReduction: reducers.start,
        tokensToEmit: tokenOrEmpty(state),
        nextState: state.resetCurrent().saveCurrentLocAsStart().setExpansion([])
      } : !state.escaping && char === "$" ? {
        nextReduction: reducers.expansionStart,
        nextState: state.appendChar(char).appendEmptyExpansion()
      } : !state.escaping && char === "`" ? {
        nextReduction: reducers.expansionCommandTick,
        nextState: state.appendChar(char).appendEmptyExpansion()
      } : {
        nextReduction: reducers.start,
        nextState: state.appendChar(char).setEscaping(false)
      };
    };
  }
});
var require_expansion_arithmetic = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-arithmetic.js"(exports2, module2) {
    "use strict";
    var last = require_array_last(), t = require_tokens(), continueToken = t.continueToken;
    module2.exports = function expansionArithmetic(state, source) {
      let char = source && source.shift(), xp = last(state.expansion);
      return char === ")" && state.current.slice(-1)[0] === ")" ? {
        nextReduction: state.previousReducer,
        nextState: state.appendChar(char).replaceLastExpansion({
          type: "arithmetic_expansion",
          expression: xp.value.slice(0, -1),
          loc: Object.assign({}, xp.loc, { end: state.loc.current })
        }).deleteLastExpansionValue()
      } : char === void 0 ? {
        nextReduction: state.previousReducer,
        tokensToEmit: [continueToken("$((")],
        nextState: state.replaceLastExpansion({
          loc: Object.assign({}, xp.loc, { end: state.loc.previous })
        })
      } : {
        nextReduction: expansionArithmetic,
        nextState: state.appendChar(char).replaceLastExpansion({ value: (xp.value || "") + char })
      };
    };
  }
});
var require_expansion_special_parameter = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-special-parameter.js"(exports2, module2) {
    "use strict";
    var last = require_array_last();
    module2.exports = function(state, source) {
      let char = source && source.shift(), xp = last(state.expansion);
      return {
        nextReduction: state.previousReducer,
        nextState: state.appendChar(char).replaceLastExpansion({
          parameter: char,
          type: "parameter_expansion",
          loc: Object.assign({}, xp.loc, { end: state.loc.current })
        })
      };
    };
  }
});
var require_expansion_parameter = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-parameter.js"(exports2, module2) {
    "use strict";
    var last = require_array_last();
    module2.exports = function(state, source, reducers) {
      let char = source && source.shift(), xp = last(state.expansion);
      return char === void 0 ? {
        nextReduction: reducers.start,
        nextState: state.replaceLastExpansion({
          loc: Object.assign({}, xp.loc, { end: state.loc.previous })
        })
      } : char.match(/[0-9a-zA-Z_]/) ? {
        nextReduction: reducers.expansionParameter,
        nextState: state.appendChar(char).replaceLastExpansion({
          parameter: xp.parameter + (char || "")
        })
      } : state.previousReducer(
        state.replaceLastExpansion({ loc: Object.assign({}, xp.loc, { end: state.loc.previous }) }),
        [char].concat(source),
        reducers
      );
    };
  }
});
var require_expansion_command_or_arithmetic = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-command-or-arithmetic.js"(exports2, module2) {
    "use strict";
    var last = require_array_last(), t = require_tokens(), continueToken = t.continueToken;
    module2.exports = function(state, source, reducers) {
      let char = source && source.shift(), xp = last(state.expansion);
      return char === "(" && state.current.slice(-2) === "$(" ? {
        nextReduction: reducers.expansionArithmetic,
        nextState: state.appendChar(char)
      } : char === void 0 ? {
        nextReduction: state.previousReducer,
        tokensToEmit: [continueToken("$(")],
        nextState: state.replaceLastExpansion({
          loc: Object.assign({}, xp.loc, { end: state.loc.previous })
        })
      } : char === ")" ? {
        nextReduction: state.previousReducer,
        nextState: state.appendChar(char).replaceLastExpansion({
          type: "command_expansion",
          loc: Object.assign({}, xp.loc, {
            end: state.loc.current
          })
        })
      } : {
        nextReduction: reducers.expansionCommandOrArithmetic,
        nextState: state.appendChar(char).replaceLastExpansion({ command: (xp.command || "") + char })
      };
    };
  }
});
var require_expansion_parameter_extended = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-parameter-extended.js"(exports2, module2) {
    "use strict";
    var last = require_array_last(), t = require_tokens(), continueToken = t.continueToken;
    module2.exports = function(state, source, reducers) {
      let char = source && source.shift(), xp = last(state.expansion);
      return char === "}" ? {
        nextReduction: state.previousReducer,
        nextState: state.appendChar(char).replaceLastExpansion({
          type: "parameter_expansion",
          loc: Object.assign({}, xp.loc, { end: state.loc.current })
        })
      } : char === void 0 ? {
        nextReduction: state.previousReducer,
        tokensToEmit: [continueToken("${")],
        nextState: state.replaceLastExpansion({
          loc: Object.assign({}, xp.loc, { end: state.loc.previous })
        })
      } : {
        nextReduction: reducers.expansionParameterExtended,
        nextState: state.appendChar(char).replaceLastExpansion({ parameter: (xp.parameter || "") + char })
      };
    };
  }
});
var require_reducers = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/index.js"(exports2, module2) {
    "use strict";
    var end = require_end(), operator = require_operator(), comment = require_comment(), singleQuoting = require_single_quoting(), doubleQuoting = require_double_quoting(), expansionStart = require_expansion_start(), expansionCommandTick = require_expansion_command_tick(), start = require_start(), expansionArithmetic = require_expansion_arithmetic(), expansionSpecialParameter = require_expansion_special_parameter(), expansionParameter = require_expansion_parameter(), expansionCommandOrArithmetic = require_expansion_command_or_arithmetic(), expansionParameterExtended = require_expansion_parameter_extended();
    module2.exports = {
      end,
      operator,
      comment,
      singleQuoting,
      doubleQuoting,
      expansionStart,
      expansionCommandTick,
      start,
      expansionArithmetic,
      expansionSpecialParameter,
      expansionParameter,
      expansionCommandOrArithmetic,
      expansionParameterExtended
    };
  }
});
var require_tokenizer = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/index.js"(exports2, module2) {
    "use strict";
    var last = require_array_last(), defaultFields = (reducers) => ({
      current: "",
      escaping: false,
      previousReducer: reducers.start,
      loc: {
        start: { col: 1, row: 1, char: 0 },
        previous: null,
        current: { col: 1, row: 1, char: 0 }
      }
    }), mkImmutableState = (reducers) => class ImmutableState {
      constructor(fields) {
        Object.assign(this, fields || defaultFields(reducers));
      }
      setLoc(loc) {
        return new ImmutableState(Object.assign({}, this, { loc }));
      }
      setEscaping(escaping) {
        return new ImmutableState(Object.assign({}, this, { escaping }));
      }
      setExpansion(expansion) {
        return new ImmutableState(Object.assign({}, this, { expansion }));
      }
      setPreviousReducer(previousReducer) {
        return new ImmutableState(Object.assign({}, this, { previousReducer }));
      }
      setCurrent(current) {
        return new ImmutableState(Object.assign({}, this, { current }));
      }
      appendEmptyExpansion() {
        let expansion = (this.expansion || []).concat({
          loc: { start: Object.assign({}, this.loc.current) }
        });
        return this.setExpansion(expansion);
      }
      appendChar(char) {
        return new ImmutableState(Object.assign({}, this, { current: this.current + char }));
      }
      removeLastChar() {
        return new ImmutableState(Object.assign({}, this, { current: this.current.slice(0, -1) }));
      }
      saveCurrentLocAsStart() {
        return new ImmutableState(Object.assign({}, this, { loc: Object.assign({}, this.loc, { start: this.loc.current }) }));
      }
      resetCurrent() {
        return new ImmutableState(Object.assign({}, this, { current: "" }));
      }
      advanceLoc(char) {
        let loc = Object.assign(
          {},
          this.loc,
          {
            current: Object.assign({}, this.loc.current),
            previous: Object.assign({}, this.loc.current)
          }
        );
        return char === `
` ? (loc.current.row++, loc.current.col = 1) : loc.current.col++, loc.current.char++, char && char.match(/\s/) && this.current === "" && (loc.start = Object.assign({}, loc.current)), this.setLoc(loc);
      }
    }, mkMutableState = (reducers) => class {
      constructor(fields) {
        Object.assign(this, fields || defaultFields(reducers));
      }
      setLoc(loc) {
        return this.loc = loc, this;
      }
      setEscaping(escaping) {
        return this.escaping = escaping, this;
      }
      setExpansion(expansion) {
        return this.expansion = expansion, this;
      }
      setPreviousReducer(previousReducer) {
        return this.previousReducer = previousReducer, this;
      }
      setCurrent(current) {
        return this.current = current, this;
      }
      appendEmptyExpansion() {
        return this.expansion = this.expansion || [], this.expansion.push({
          loc: { start: Object.assign({}, this.loc.current) }
        }), this;
      }
      appendChar(char) {
        return this.current = this.current + char, this;
      }
      removeLastChar() {
        return this.current = this.current.slice(0, -1), this;
      }
      saveCurrentLocAsStart() {
        return this.loc.start = Object.assign({}, this.loc.current), this;
      }
      resetCurrent() {
        return this.current = "", this;
      }
      replaceLastExpansion(fields) {
        let xp = last(this.expansion);
        return Object.assign(xp, fields), this;
      }
      deleteLastExpansionValue() {
        let xp = last(this.expansion);
        return delete xp.value, this;
      }
      advanceLoc(char) {
        let loc = JSON.parse(JSON.stringify(this.loc));
        return loc.previous = Object.assign({}, this.loc.current), char === `
` ? (loc.current.row++, loc.current.col = 1) : loc.current.col++, loc.current.char++, char && char.match(/\s/) && this.current === "" && (loc.start = Object.assign({}, loc.current)), this.setLoc(loc);
      }
    };
    module2.exports = (options, reducers) => function* (src) {
      reducers = reducers || require_reducers();
      let State = process.env.NODE_NEV === "development" ? mkImmutableState(reducers) : mkMutableState(reducers), state = new State(), reduction = reducers.start, source = Array.from(src);
      for (; typeof reduction == "function"; ) {
        let char = source[0], r = reduction(state, source, reducers), nextReduction = r.nextReduction, tokensToEmit = r.tokensToEmit, nextState = r.nextState;
        tokensToEmit && (yield* tokensToEmit), nextState ? state = nextState.advanceLoc(char) : state = state.advanceLoc(char), reduction = nextReduction;
      }
    };
    module2.exports.reducers = require_reducers();
  }
});
var require_map_obj = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/map-obj/index.js"(exports2, module2) {
    "use strict";
    var isObject = (x) => typeof x == "object" && x !== null && !(x instanceof RegExp) && !(x instanceof Error) && !(x instanceof Date);
    module2.exports = function mapObj(obj, fn, opts, seen) {
      if (opts = Object.assign({
        deep: false,
        target: {}
      }, opts), seen = seen || /* @__PURE__ */ new WeakMap(), seen.has(obj))
        return seen.get(obj);
      seen.set(obj, opts.target);
      let target = opts.target;
      delete opts.target;
      for (let key of Object.keys(obj)) {
        let val = obj[key], res = fn(key, val, obj), newVal = res[1];
        opts.deep && isObject(newVal) && (Array.isArray(newVal) ? newVal = newVal.map((x) => isObject(x) ? mapObj(x, fn, opts, seen) : x) : newVal = mapObj(newVal, fn, opts, seen)), target[res[0]] = newVal;
      }
      return target;
    };
  }
});
var require_object_pairs = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/object-pairs/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(obj) {
      return Object.keys(obj).map(function(key) {
        return [key, obj[key]];
      });
    };
  }
});
var require_vlq = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/vlq/dist/vlq.js"(exports2, module2) {
    (function(global2, factory) {
      typeof exports2 == "object" && typeof module2 < "u" ? factory(exports2) : typeof define == "function" && define.amd ? define(["exports"], factory) : factory(global2.vlq = global2.vlq || {});
    })(exports2, (function(exports22) {
      "use strict";
      var charToInteger = {}, integerToChar = {};
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".split("").forEach(function(char, i) {
        charToInteger[char] = i, integerToChar[i] = char;
      });
      function decode(string) {
        for (var result = [], shift = 0, value = 0, i = 0; i < string.length; i += 1) {
          var integer = charToInteger[string[i]];
          if (integer === void 0)
            throw new Error("Invalid character (" + string[i] + ")");
          var hasContinuationBit = integer & 32;
          if (integer &= 31, value += integer << shift, hasContinuationBit)
            shift += 5;
          else {
            var shouldNegate = value & 1;
            value >>= 1, result.push(shouldNegate ? -value : value), value = shift = 0;
          }
        }
        return result;
      }
      function encode(value) {
        var result;
        if (typeof value == "number")
          result = encodeInteger(value);
        else {
          result = "";
          for (var i = 0; i < value.length; i += 1)
            result += encodeInteger(value[i]);
        }
        return result;
      }
      function encodeInteger(num) {
        var result = "";
        num < 0 ? num = -num << 1 | 1 : num <<= 1;
        do {
          var clamped = num & 31;
          num >>= 5, num > 0 && (clamped |= 32), result += integerToChar[clamped];
        } while (num > 0);
        return result;
      }
      exports22.decode = decode, exports22.encode = encode, Object.defineProperty(exports22, "__esModule", { value: true });
    }));
  }
});
var require_magic_string_cjs = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/magic-string/dist/magic-string.cjs.js"(exports2, module2) {
    "use strict";
    var vlq = require_vlq();
    function Chunk(start, end, content) {
      this.start = start, this.end = end, this.original = content, this.intro = "", this.outro = "", this.content = content, this.storeName = false, this.edited = false, Object.defineProperties(this, {
        previous: { writable: true, value: null },
        next: { writable: true, value: null }
      });
    }
    Chunk.prototype = {
      append: function(content) {
        this.outro += content;
      },
      clone: function() {
        var chunk = new Chunk(this.start, this.end, this.original);
        return chunk.intro = this.intro, chunk.outro = this.outro, chunk.content = this.content, chunk.storeName = this.storeName, chunk.edited = this.edited, chunk;
      },
      contains: function(index) {
        return this.start < index && index < this.end;
      },
      eachNext: function(fn) {
        for (var chunk = this; chunk; )
          fn(chunk), chunk = chunk.next;
      },
      eachPrevious: function(fn) {
        for (var chunk = this; chunk; )
          fn(chunk), chunk = chunk.previous;
      },
      edit: function(content, storeName) {
        return this.content = content, this.intro = "", this.outro = "", this.storeName = storeName, this.edited = true, this;
      },
      prepend: function(content) {
        this.intro = content + this.intro;
      },
      split: function(index) {
        var sliceIndex = index - this.start, originalBefore = this.original.slice(0, sliceIndex), originalAfter = this.original.slice(sliceIndex);
        this.original = originalBefore;
        var newChunk = new Chunk(index, this.end, originalAfter);
        return newChunk.outro = this.outro, this.outro = "", this.end = index, this.edited ? (newChunk.edit("", false), this.content = "") : this.content = originalBefore, newChunk.next = this.next, newChunk.next && (newChunk.next.previous = newChunk), newChunk.previous = this, this.next = newChunk, newChunk;
      },
      toString: function() {
        return this.intro + this.content + this.outro;
      },
      trimEnd: function(rx) {
        if (this.outro = this.outro.replace(rx, ""), this.outro.length) return true;
        var trimmed = this.content.replace(rx, "");
        if (trimmed.length)
          return trimmed !== this.content && this.split(this.start + trimmed.length).edit("", false), true;
        if (this.edit("", false), this.intro = this.intro.replace(rx, ""), this.intro.length) return true;
      },
      trimStart: function(rx) {
        if (this.intro = this.intro.replace(rx, ""), this.intro.length) return true;
        var trimmed = this.content.replace(rx, "");
        if (trimmed.length)
          return trimmed !== this.content && (this.split(this.end - trimmed.length), this.edit("", false)), true;
        if (this.edit("", false), this.outro = this.outro.replace(rx, ""), this.outro.length) return true;
      }
    };
    var _btoa;
    typeof window < "u" && typeof window.btoa == "function" ? _btoa = window.btoa : typeof Buffer == "function" ? _btoa = function(str) {
      return new Buffer(str).toString("base64");
    } : _btoa = function() {
      throw new Error("Unsupported environment: `window.btoa` or `Buffer` should be supported.");
    };
    var btoa = _btoa;
    function SourceMap(properties) {
      this.version = 3, this.file = properties.file, this.sources = properties.sources, this.sourcesContent = properties.sourcesContent, this.names = properties.names, this.mappings = properties.mappings;
    }
    SourceMap.prototype = {
      toString: function() {
        return JSON.stringify(this);
      },
      toUrl: function() {
        return "data:application/json;charset=utf-8;base64," + btoa(this.toString());
      }
    };
    function guessIndent(code) {
      var lines = code.split(`
`), tabbed = lines.filter(function(line) {
        return /^\t+/.test(line);
      }), spaced = lines.filter(function(line) {
        return /^ {2,}/.test(line);
      });
      if (tabbed.length === 0 && spaced.length === 0)
        return null;
      if (tabbed.length >= spaced.length)
        return "	";
      var min = spaced.reduce(function(previous, current) {
        var numSpaces = /^ +/.exec(current)[0].length;
        return Math.min(numSpaces, previous);
      }, 1 / 0);
      return new Array(min + 1).join(" ");
    }
    function getSemis(str) {
      return new Array(str.split(`
`).length).join(";");
    }
    function getLocator(source) {
      var originalLines = source.split(`
`), start = 0, lineRanges = originalLines.map(function(line, i2) {
        var end = start + line.length + 1, range = { start, end, line: i2 };
        return start = end, range;
      }), i = 0;
      function rangeContains(range, index) {
        return range.start <= index && index < range.end;
      }
      function getLocation(range, index) {
        return { line: range.line, column: index - range.start };
      }
      return function(index) {
        for (var range = lineRanges[i], d = index >= range.end ? 1 : -1; range; ) {
          if (rangeContains(range, index)) return getLocation(range, index);
          i += d, range = lineRanges[i];
        }
      };
    }
    var nonWhitespace = /\S/;
    function encodeMappings(original, intro, outro, chunk, hires, sourcemapLocations, sourceIndex, offsets, names) {
      var rawLines = [], generatedCodeLine = intro.split(`
`).length - 1, rawSegments = rawLines[generatedCodeLine] = [], generatedCodeColumn = 0, locate = getLocator(original);
      function addEdit(content, original2, loc2, nameIndex, i) {
        (i || content.length && nonWhitespace.test(content)) && rawSegments.push({
          generatedCodeLine,
          generatedCodeColumn,
          sourceCodeLine: loc2.line,
          sourceCodeColumn: loc2.column,
          sourceCodeName: nameIndex,
          sourceIndex
        });
        var lines = content.split(`
`), lastLine = lines.pop();
        lines.length ? (generatedCodeLine += lines.length, rawLines[generatedCodeLine] = rawSegments = [], generatedCodeColumn = lastLine.length) : generatedCodeColumn += lastLine.length, lines = original2.split(`
`), lastLine = lines.pop(), lines.length ? (loc2.line += lines.length, loc2.column = lastLine.length) : loc2.column += lastLine.length;
      }
      function addUneditedChunk(chunk2, loc2) {
        for (var originalCharIndex = chunk2.start, first = true; originalCharIndex < chunk2.end; )
          (hires || first || sourcemapLocations[originalCharIndex]) && rawSegments.push({
            generatedCodeLine,
            generatedCodeColumn,
            sourceCodeLine: loc2.line,
            sourceCodeColumn: loc2.column,
            sourceCodeName: -1,
            sourceIndex
          }), original[originalCharIndex] === `
` ? (loc2.line += 1, loc2.column = 0, generatedCodeLine += 1, rawLines[generatedCodeLine] = rawSegments = [], generatedCodeColumn = 0) : (loc2.column += 1, generatedCodeColumn += 1), originalCharIndex += 1, first = false;
      }
      for (var hasContent = false; chunk; ) {
        var loc = locate(chunk.start);
        chunk.intro.length && addEdit(chunk.intro, "", loc, -1, hasContent), chunk.edited ? addEdit(chunk.content, chunk.original, loc, chunk.storeName ? names.indexOf(chunk.original) : -1, hasContent) : addUneditedChunk(chunk, loc), chunk.outro.length && addEdit(chunk.outro, "", loc, -1, hasContent), (chunk.content || chunk.intro || chunk.outro) && (hasContent = true);
        var nextChunk = chunk.next;
        chunk = nextChunk;
      }
      return offsets.sourceIndex = offsets.sourceIndex || 0, offsets.sourceCodeLine = offsets.sourceCodeLine || 0, offsets.sourceCodeColumn = offsets.sourceCodeColumn || 0, offsets.sourceCodeName = offsets.sourceCodeName || 0, rawLines.map(function(segments) {
        var generatedCodeColumn2 = 0;
        return segments.map(function(segment) {
          var arr = [
            segment.generatedCodeColumn - generatedCodeColumn2,
            segment.sourceIndex - offsets.sourceIndex,
            segment.sourceCodeLine - offsets.sourceCodeLine,
            segment.sourceCodeColumn - offsets.sourceCodeColumn
          ];
          return generatedCodeColumn2 = segment.generatedCodeColumn, offsets.sourceIndex = segment.sourceIndex, offsets.sourceCodeLine = segment.sourceCodeLine, offsets.sourceCodeColumn = segment.sourceCodeColumn, ~segment.sourceCodeName && (arr.push(segment.sourceCodeName - offsets.sourceCodeName), offsets.sourceCodeName = segment.sourceCodeName), vlq.encode(arr);
        }).join(",");
      }).join(";") + getSemis(outro);
    }
    function getRelativePath(from, to) {
      var fromParts = from.split(/[\/\\]/), toParts = to.split(/[\/\\]/);
      for (fromParts.pop(); fromParts[0] === toParts[0]; )
        fromParts.shift(), toParts.shift();
      if (fromParts.length)
        for (var i = fromParts.length; i--; ) fromParts[i] = "..";
      return fromParts.concat(toParts).join("/");
    }
    var toString = Object.prototype.toString;
    function isObject(thing) {
      return toString.call(thing) === "[object Object]";
    }
    function MagicString(string, options) {
      options === void 0 && (options = {});
      var chunk = new Chunk(0, string.length, string);
      Object.defineProperties(this, {
        original: { writable: true, value: string },
        outro: { writable: true, value: "" },
        intro: { writable: true, value: "" },
        firstChunk: { writable: true, value: chunk },
        lastChunk: { writable: true, value: chunk },
        lastSearchedChunk: { writable: true, value: chunk },
        byStart: { writable: true, value: {} },
        byEnd: { writable: true, value: {} },
        filename: { writable: true, value: options.filename },
        indentExclusionRanges: { writable: true, value: options.indentExclusionRanges },
        sourcemapLocations: { writable: true, value: {} },
        storedNames: { writable: true, value: {} },
        indentStr: { writable: true, value: guessIndent(string) }
      }), this.byStart[0] = chunk, this.byEnd[string.length] = chunk;
    }
    MagicString.prototype = {
      addSourcemapLocation: function(char) {
        this.sourcemapLocations[char] = true;
      },
      append: function(content) {
        if (typeof content != "string") throw new TypeError("outro content must be a string");
        return this.outro += content, this;
      },
      clone: function() {
        for (var cloned = new MagicString(this.original, { filename: this.filename }), originalChunk = this.firstChunk, clonedChunk = cloned.firstChunk = cloned.lastSearchedChunk = originalChunk.clone(); originalChunk; ) {
          cloned.byStart[clonedChunk.start] = clonedChunk, cloned.byEnd[clonedChunk.end] = clonedChunk;
          var nextOriginalChunk = originalChunk.next, nextClonedChunk = nextOriginalChunk && nextOriginalChunk.clone();
          nextClonedChunk && (clonedChunk.next = nextClonedChunk, nextClonedChunk.previous = clonedChunk, clonedChunk = nextClonedChunk), originalChunk = nextOriginalChunk;
        }
        return cloned.lastChunk = clonedChunk, this.indentExclusionRanges && (cloned.indentExclusionRanges = typeof this.indentExclusionRanges[0] == "number" ? [this.indentExclusionRanges[0], this.indentExclusionRanges[1]] : this.indentExclusionRanges.map(function(range) {
          return [range.start, range.end];
        })), Object.keys(this.sourcemapLocations).forEach(function(loc) {
          cloned.sourcemapLocations[loc] = true;
        }), cloned;
      },
      generateMap: function(options) {
        options = options || {};
        var names = Object.keys(this.storedNames), map = new SourceMap({
          file: options.file ? options.file.split(/[\/\\]/).pop() : null,
          sources: [options.source ? getRelativePath(options.file || "", options.source) : null],
          sourcesContent: options.includeContent ? [this.original] : [null],
          names,
          mappings: this.getMappings(options.hires, 0, {}, names)
        });
        return map;
      },
      getIndentString: function() {
        return this.indentStr === null ? "	" : this.indentStr;
      },
      getMappings: function(hires, sourceIndex, offsets, names) {
        return encodeMappings(this.original, this.intro, this.outro, this.firstChunk, hires, this.sourcemapLocations, sourceIndex, offsets, names);
      },
      indent: function(indentStr, options) {
        var this$1 = this, pattern = /^[^\r\n]/gm;
        if (isObject(indentStr) && (options = indentStr, indentStr = void 0), indentStr = indentStr !== void 0 ? indentStr : this.indentStr || "	", indentStr === "") return this;
        options = options || {};
        var isExcluded = {};
        if (options.exclude) {
          var exclusions = typeof options.exclude[0] == "number" ? [options.exclude] : options.exclude;
          exclusions.forEach(function(exclusion) {
            for (var i = exclusion[0]; i < exclusion[1]; i += 1)
              isExcluded[i] = true;
          });
        }
        var shouldIndentNextCharacter = options.indentStart !== false, replacer = function(match) {
          return shouldIndentNextCharacter ? "" + indentStr + match : (shouldIndentNextCharacter = true, match);
        };
        this.intro = this.intro.replace(pattern, replacer);
        for (var charIndex = 0, chunk = this.firstChunk; chunk; ) {
          var end = chunk.end;
          if (chunk.edited)
            isExcluded[charIndex] || (chunk.content = chunk.content.replace(pattern, replacer), chunk.content.length && (shouldIndentNextCharacter = chunk.content[chunk.content.length - 1] === `
`));
          else
            for (charIndex = chunk.start; charIndex < end; ) {
              if (!isExcluded[charIndex]) {
                var char = this$1.original[charIndex];
                if (char === `
`)
                  shouldIndentNextCharacter = true;
                else if (char !== "\r" && shouldIndentNextCharacter)
                  if (shouldIndentNextCharacter = false, charIndex === chunk.start)
                    chunk.prepend(indentStr);
                  else {
                    var rhs = chunk.split(charIndex);
                    rhs.prepend(indentStr), this$1.byStart[charIndex] = rhs, this$1.byEnd[charIndex] = chunk, chunk = rhs;
                  }
              }
              charIndex += 1;
            }
          charIndex = chunk.end, chunk = chunk.next;
        }
        return this.outro = this.outro.replace(pattern, replacer), this;
      },
      insert: function() {
        throw new Error("magicString.insert(...) is deprecated. Use insertRight(...) or insertLeft(...)");
      },
      insertLeft: function(index, content) {
        if (typeof content != "string") throw new TypeError("inserted content must be a string");
        this._split(index);
        var chunk = this.byEnd[index];
        return chunk ? chunk.append(content) : this.intro += content, this;
      },
      insertRight: function(index, content) {
        if (typeof content != "string") throw new TypeError("inserted content must be a string");
        this._split(index);
        var chunk = this.byStart[index];
        return chunk ? chunk.prepend(content) : this.outro += content, this;
      },
      move: function(start, end, index) {
        if (index >= start && index <= end) throw new Error("Cannot move a selection inside itself");
        this._split(start), this._split(end), this._split(index);
        var first = this.byStart[start], last = this.byEnd[end], oldLeft = first.previous, oldRight = last.next, newRight = this.byStart[index];
        if (!newRight && last === this.lastChunk) return this;
        var newLeft = newRight ? newRight.previous : this.lastChunk;
        return oldLeft && (oldLeft.next = oldRight), oldRight && (oldRight.previous = oldLeft), newLeft && (newLeft.next = first), newRight && (newRight.previous = last), first.previous || (this.firstChunk = last.next), last.next || (this.lastChunk = first.previous, this.lastChunk.next = null), first.previous = newLeft, last.next = newRight, newLeft || (this.firstChunk = first), newRight || (this.lastChunk = last), this;
      },
      overwrite: function(start, end, content, storeName) {
        var this$1 = this;
        if (typeof content != "string") throw new TypeError("replacement content must be a string");
        for (; start < 0; ) start += this$1.original.length;
        for (; end < 0; ) end += this$1.original.length;
        if (end > this.original.length) throw new Error("end is out of bounds");
        if (start === end) throw new Error("Cannot overwrite a zero-length range \u2013 use insertLeft or insertRight instead");
        if (this._split(start), this._split(end), storeName) {
          var original = this.original.slice(start, end);
          this.storedNames[original] = true;
        }
        var first = this.byStart[start], last = this.byEnd[end];
        if (first) {
          if (first.edit(content, storeName), first !== last) {
            for (var chunk = first.next; chunk !== last; )
              chunk.edit("", false), chunk = chunk.next;
            chunk.edit("", false);
          }
        } else {
          var newChunk = new Chunk(start, end, "").edit(content, storeName);
          last.next = newChunk, newChunk.previous = last;
        }
        return this;
      },
      prepend: function(content) {
        if (typeof content != "string") throw new TypeError("outro content must be a string");
        return this.intro = content + this.intro, this;
      },
      remove: function(start, end) {
        for (var this$1 = this; start < 0; ) start += this$1.original.length;
        for (; end < 0; ) end += this$1.original.length;
        if (start === end) return this;
        if (start < 0 || end > this.original.length) throw new Error("Character is out of bounds");
        if (start > end) throw new Error("end must be greater than start");
        return this.overwrite(start, end, "", false);
      },
      slice: function(start, end) {
        var this$1 = this;
        for (start === void 0 && (start = 0), end === void 0 && (end = this.original.length); start < 0; ) start += this$1.original.length;
        for (; end < 0; ) end += this$1.original.length;
        for (var result = "", chunk = this.firstChunk; chunk && (chunk.start > start || chunk.end <= start); ) {
          if (chunk.start < end && chunk.end >= end)
            return result;
          chunk = chunk.next;
        }
        if (chunk && chunk.edited && chunk.start !== start) throw new Error("Cannot use replaced character " + start + " as slice start anchor.");
        for (var startChunk = chunk; chunk; ) {
          chunk.intro && (startChunk !== chunk || chunk.start === start) && (result += chunk.intro);
          var containsEnd = chunk.start < end && chunk.end >= end;
          if (containsEnd && chunk.edited && chunk.end !== end) throw new Error("Cannot use replaced character " + end + " as slice end anchor.");
          var sliceStart = startChunk === chunk ? start - chunk.start : 0, sliceEnd = containsEnd ? chunk.content.length + end - chunk.end : chunk.content.length;
          if (result += chunk.content.slice(sliceStart, sliceEnd), chunk.outro && (!containsEnd || chunk.end === end) && (result += chunk.outro), containsEnd)
            break;
          chunk = chunk.next;
        }
        return result;
      },
      // TODO deprecate this? not really very useful
      snip: function(start, end) {
        var clone = this.clone();
        return clone.remove(0, start), clone.remove(end, clone.original.length), clone;
      },
      _split: function(index) {
        var this$1 = this;
        if (!(this.byStart[index] || this.byEnd[index]))
          for (var chunk = this.lastSearchedChunk, searchForward = index > chunk.end; ; ) {
            if (chunk.contains(index)) return this$1._splitChunk(chunk, index);
            chunk = searchForward ? this$1.byStart[chunk.end] : this$1.byEnd[chunk.start];
          }
      },
      _splitChunk: function(chunk, index) {
        if (chunk.edited && chunk.content.length) {
          var loc = getLocator(this.original)(index);
          throw new Error("Cannot split a chunk that has already been edited (" + loc.line + ":" + loc.column + ' \u2013 "' + chunk.original + '")');
        }
        var newChunk = chunk.split(index);
        return this.byEnd[index] = chunk, this.byStart[index] = newChunk, this.byEnd[newChunk.end] = newChunk, chunk === this.lastChunk && (this.lastChunk = newChunk), this.lastSearchedChunk = chunk, true;
      },
      toString: function() {
        for (var str = this.intro, chunk = this.firstChunk; chunk; )
          str += chunk.toString(), chunk = chunk.next;
        return str + this.outro;
      },
      trimLines: function() {
        return this.trim("[\\r\\n]");
      },
      trim: function(charType) {
        return this.trimStart(charType).trimEnd(charType);
      },
      trimEnd: function(charType) {
        var this$1 = this, rx = new RegExp((charType || "\\s") + "+$");
        if (this.outro = this.outro.replace(rx, ""), this.outro.length) return this;
        var chunk = this.lastChunk;
        do {
          var end = chunk.end, aborted = chunk.trimEnd(rx);
          if (chunk.end !== end && (this$1.lastChunk = chunk.next, this$1.byEnd[chunk.end] = chunk, this$1.byStart[chunk.next.start] = chunk.next), aborted) return this$1;
          chunk = chunk.previous;
        } while (chunk);
        return this;
      },
      trimStart: function(charType) {
        var this$1 = this, rx = new RegExp("^" + (charType || "\\s") + "+");
        if (this.intro = this.intro.replace(rx, ""), this.intro.length) return this;
        var chunk = this.firstChunk;
        do {
          var end = chunk.end, aborted = chunk.trimStart(rx);
          if (chunk.end !== end && (chunk === this$1.lastChunk && (this$1.lastChunk = chunk.next), this$1.byEnd[chunk.end] = chunk, this$1.byStart[chunk.next.start] = chunk.next), aborted) return this$1;
          chunk = chunk.next;
        } while (chunk);
        return this;
      }
    };
    var hasOwnProp = Object.prototype.hasOwnProperty;
    function Bundle(options) {
      options === void 0 && (options = {}), this.intro = options.intro || "", this.separator = options.separator !== void 0 ? options.separator : `
`, this.sources = [], this.uniqueSources = [], this.uniqueSourceIndexByFilename = {};
    }
    Bundle.prototype = {
      addSource: function(source) {
        if (source instanceof MagicString)
          return this.addSource({
            content: source,
            filename: source.filename,
            separator: this.separator
          });
        if (!isObject(source) || !source.content)
          throw new Error("bundle.addSource() takes an object with a `content` property, which should be an instance of MagicString, and an optional `filename`");
        if (["filename", "indentExclusionRanges", "separator"].forEach(function(option) {
          hasOwnProp.call(source, option) || (source[option] = source.content[option]);
        }), source.separator === void 0 && (source.separator = this.separator), source.filename)
          if (!hasOwnProp.call(this.uniqueSourceIndexByFilename, source.filename))
            this.uniqueSourceIndexByFilename[source.filename] = this.uniqueSources.length, this.uniqueSources.push({ filename: source.filename, content: source.content.original });
          else {
            var uniqueSource = this.uniqueSources[this.uniqueSourceIndexByFilename[source.filename]];
            if (source.content.original !== uniqueSource.content)
              throw new Error("Illegal source: same filename (" + source.filename + "), different contents");
          }
        return this.sources.push(source), this;
      },
      append: function(str, options) {
        return this.addSource({
          content: new MagicString(str),
          separator: options && options.separator || ""
        }), this;
      },
      clone: function() {
        var bundle = new Bundle({
          intro: this.intro,
          separator: this.separator
        });
        return this.sources.forEach(function(source) {
          bundle.addSource({
            filename: source.filename,
            content: source.content.clone(),
            separator: source.separator
          });
        }), bundle;
      },
      generateMap: function(options) {
        var this$1 = this;
        options = options || {};
        var offsets = {}, names = [];
        this.sources.forEach(function(source) {
          Object.keys(source.content.storedNames).forEach(function(name) {
            ~names.indexOf(name) || names.push(name);
          });
        });
        var encoded = getSemis(this.intro) + this.sources.map(function(source, i) {
          var prefix = i > 0 ? getSemis(source.separator) || "," : "", mappings;
          if (!source.filename)
            mappings = getSemis(source.content.toString());
          else {
            var sourceIndex = this$1.uniqueSourceIndexByFilename[source.filename];
            mappings = source.content.getMappings(options.hires, sourceIndex, offsets, names);
          }
          return prefix + mappings;
        }).join("");
        return new SourceMap({
          file: options.file ? options.file.split(/[\/\\]/).pop() : null,
          sources: this.uniqueSources.map(function(source) {
            return options.file ? getRelativePath(options.file, source.filename) : source.filename;
          }),
          sourcesContent: this.uniqueSources.map(function(source) {
            return options.includeContent ? source.content : null;
          }),
          names,
          mappings: encoded
        });
      },
      getIndentString: function() {
        var indentStringCounts = {};
        return this.sources.forEach(function(source) {
          var indentStr = source.content.indentStr;
          indentStr !== null && (indentStringCounts[indentStr] || (indentStringCounts[indentStr] = 0), indentStringCounts[indentStr] += 1);
        }), Object.keys(indentStringCounts).sort(function(a, b) {
          return indentStringCounts[a] - indentStringCounts[b];
        })[0] || "	";
      },
      indent: function(indentStr) {
        var this$1 = this;
        if (arguments.length || (indentStr = this.getIndentString()), indentStr === "") return this;
        var trailingNewline = !this.intro || this.intro.slice(-1) === `
`;
        return this.sources.forEach(function(source, i) {
          var separator = source.separator !== void 0 ? source.separator : this$1.separator, indentStart = trailingNewline || i > 0 && /\r?\n$/.test(separator);
          source.content.indent(indentStr, {
            exclude: source.indentExclusionRanges,
            indentStart
            //: trailingNewline || /\r?\n$/.test( separator )  //true///\r?\n/.test( separator )
          }), trailingNewline = source.content.toString().slice(0, -1) === `
`;
        }), this.intro && (this.intro = indentStr + this.intro.replace(/^[^\n]/gm, function(match, index) {
          return index > 0 ? indentStr + match : match;
        })), this;
      },
      prepend: function(str) {
        return this.intro = str + this.intro, this;
      },
      toString: function() {
        var this$1 = this, body = this.sources.map(function(source, i) {
          var separator = source.separator !== void 0 ? source.separator : this$1.separator, str = (i > 0 ? separator : "") + source.content.toString();
          return str;
        }).join("");
        return this.intro + body;
      },
      trimLines: function() {
        return this.trim("[\\r\\n]");
      },
      trim: function(charType) {
        return this.trimStart(charType).trimEnd(charType);
      },
      trimStart: function(charType) {
        var this$1 = this, rx = new RegExp("^" + (charType || "\\s") + "+");
        if (this.intro = this.intro.replace(rx, ""), !this.intro) {
          var source, i = 0;
          do {
            if (source = this$1.sources[i], !source)
              break;
            source.content.trimStart(charType), i += 1;
          } while (source.content.toString() === "");
        }
        return this;
      },
      trimEnd: function(charType) {
        var this$1 = this, rx = new RegExp((charType || "\\s") + "+$"), source, i = this.sources.length - 1;
        do {
          if (source = this$1.sources[i], !source) {
            this$1.intro = this$1.intro.replace(rx, "");
            break;
          }
          source.content.trimEnd(charType), i -= 1;
        } while (source.content.toString() === "");
        return this;
      }
    };
    MagicString.Bundle = Bundle;
    module2.exports = MagicString;
  }
});
var require_field_splitting = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/field-splitting.js"(exports2) {
    "use strict";
    var map = require_map_iterable(), merge = require_transform_spread_iterable(), compose = require_compose_function(), mkFieldSplitToken = require_tokens().mkFieldSplitToken;
    exports2.mark = function(result, text, options) {
      if (typeof options.resolveEnv == "function" && text[0] !== "'" && text[0] !== '"') {
        let ifs = options.resolveEnv("IFS");
        if (ifs !== null)
          return result.replace(new RegExp(`[${ifs}]+`, "g"), "\0");
      }
      return result;
    };
    exports2.split = () => compose(
      merge,
      map((token) => {
        if (token.is("WORD")) {
          let fields = token.value.split("\0");
          if (fields.length > 1) {
            let idx = 0;
            return fields.map(
              (field) => mkFieldSplitToken(token, field, idx++)
            );
          }
        }
        return token;
      })
    );
  }
});
var require_parameter_expansion = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/parameter-expansion.js"(exports2, module2) {
    "use strict";
    var mapObj = require_map_obj(), filter = require_filter_obj(), map = require_map_iterable(), pairs = require_object_pairs(), MagicString = require_magic_string_cjs(), tokens = require_tokens(), fieldSplitting = require_field_splitting(), handleParameter = (obj, match) => {
      let ret = mapObj(obj, (k, v) => {
        if (typeof v == "function") {
          let val = v(match);
          return [k, val];
        }
        return typeof v == "object" && k !== "expand" ? [k, handleParameter(v, match)] : [k, v];
      });
      if (ret.expand) {
        let bashParser = require_src();
        for (let prop of ret.expand) {
          let ast = bashParser(ret[prop], { mode: "word-expansion" });
          ret[prop] = ast.commands[0].name;
        }
        delete ret.expand;
      }
      return ret;
    };
    function expandParameter(xp, enums) {
      let parameter = xp.parameter;
      for (let pair of pairs(enums.parameterOperators)) {
        let re = new RegExp(pair[0]), match = parameter.match(re);
        if (match) {
          let opProps = handleParameter(pair[1], match);
          return filter(Object.assign(
            xp,
            opProps
          ), (k, v) => v !== void 0);
        }
      }
      return xp;
    }
    var parameterExpansion = (options, mode) => map((token) => token.is("WORD") || token.is("ASSIGNMENT_WORD") ? !token.expansion || token.expansion.length === 0 ? token : tokens.setExpansions(token, token.expansion.map((xp) => xp.type === "parameter_expansion" ? expandParameter(xp, mode.enums) : xp)) : token);
    parameterExpansion.resolve = (options) => map((token) => {
      if (token.is("WORD") || token.is("ASSIGNMENT_WORD")) {
        if (!options.resolveParameter || !token.expansion || token.expansion.length === 0)
          return token;
        let value = token.value, magic = new MagicString(value);
        for (let xp of token.expansion)
          if (xp.type === "parameter_expansion") {
            let result = options.resolveParameter(xp);
            xp.resolved = true, magic.overwrite(
              xp.loc.start,
              xp.loc.end + 1,
              fieldSplitting.mark(result, value, options)
            );
          }
        return tokens.alterValue(token, magic.toString());
      }
      return token;
    });
    module2.exports = parameterExpansion;
  }
});
var require_command_expansion = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/command-expansion.js"(exports2, module2) {
    "use strict";
    var map = require_map_iterable(), MagicString = require_magic_string_cjs(), tokensUtils = require_tokens(), fieldSplitting = require_field_splitting();
    function setCommandExpansion(xp, token) {
      let command = xp.command;
      token.value[xp.loc.start - 1] === "`" && (command = command.replace(/\\`/g, "`"));
      let commandAST = require_src()(command);
      return Object.assign({}, xp, { command, commandAST });
    }
    var commandExpansion = () => map((token) => token.is("WORD") || token.is("ASSIGNMENT_WORD") ? !token.expansion || token.expansion.length === 0 ? token : tokensUtils.setExpansions(token, token.expansion.map((xp) => xp.type === "command_expansion" ? setCommandExpansion(xp, token) : xp)) : token);
    commandExpansion.resolve = (options) => map((token) => {
      if (options.execCommand && token.expansion) {
        let value = token.value, magic = new MagicString(value);
        for (let xp of token.expansion)
          if (xp.type === "command_expansion") {
            let result = options.execCommand(xp);
            magic.overwrite(
              xp.loc.start,
              xp.loc.end + 1,
              fieldSplitting.mark(result.replace(/\n+$/, ""), value, options)
            ), xp.resolved = true;
          }
        return token.alterValue(magic.toString());
      }
      return token;
    });
    module2.exports = commandExpansion;
  }
});
var require_arithmetic_expansion = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/arithmetic-expansion.js"(exports2, module2) {
    "use strict";
    var map = require_map_iterable(), babylonModule, babylon = { parse: (text) => (babylonModule ??= (0, import_chunk_MOTYY5BU.__require)("./babylon.cjs")).parse(text) }, MagicString = require_magic_string_cjs(), tokens = require_tokens(), fieldSplitting = require_field_splitting();
    function parseArithmeticAST(xp) {
      let AST;
      try {
        AST = babylon.parse(xp.expression);
      } catch (err) {
        throw new SyntaxError(`Cannot parse arithmetic expression "${xp.expression}": ${err.message}`);
      }
      let expression = AST.program.body[0].expression;
      if (expression === void 0)
        throw new SyntaxError(`Cannot parse arithmetic expression "${xp.expression}": Not an expression`);
      return JSON.parse(JSON.stringify(expression));
    }
    var arithmeticExpansion = () => map((token) => token.is("WORD") || token.is("ASSIGNMENT_WORD") ? !token.expansion || token.expansion.length === 0 ? token : tokens.setExpansions(token, token.expansion.map((xp) => xp.type === "arithmetic_expansion" ? Object.assign({}, xp, { arithmeticAST: parseArithmeticAST(xp) }) : xp)) : token);
    arithmeticExpansion.resolve = (options) => map((token) => {
      if (options.runArithmeticExpression && token.expansion) {
        let value = token.value, magic = new MagicString(value);
        for (let xp of token.expansion)
          if (xp.type === "arithmetic_expansion") {
            let result = options.runArithmeticExpression(xp);
            magic.overwrite(
              xp.loc.start,
              xp.loc.end + 1,
              fieldSplitting.mark(result, value, options)
            ), xp.resolved = true;
          }
        return token.alterValue(magic.toString());
      }
      return token;
    });
    module2.exports = arithmeticExpansion;
  }
});
var require_alias_substitution2 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/alias-substitution.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), identity = require_identity_function(), map = require_map_iterable(), merge = require_transform_spread_iterable(), tokens = require_tokens(), expandAlias = (preAliasLexer, resolveAlias) => {
      function* tryExpandToken(token, expandingAliases) {
        if (expandingAliases.indexOf(token.value) !== -1 || !token._.maybeSimpleCommandName) {
          yield token;
          return;
        }
        let result = resolveAlias(token.value);
        if (result === void 0)
          yield token;
        else
          for (let newToken of preAliasLexer(result))
            newToken.is("WORD") ? yield* tryExpandToken(
              newToken,
              expandingAliases.concat(token.value)
            ) : newToken.is("EOF") || (yield newToken);
      }
      return {
        WORD: (tk) => Array.from(tryExpandToken(tk, []))
      };
    };
    module2.exports = (options, mode, previousPhases) => {
      if (typeof options.resolveAlias != "function")
        return identity;
      let preAliasLexer = compose.apply(null, previousPhases.reverse()), visitor = expandAlias(preAliasLexer, options.resolveAlias);
      return compose(
        merge,
        map(
          tokens.applyTokenizerVisitor(visitor)
        )
      );
    };
  }
});
var require_to_no_case = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/to-no-case/index.js"(exports2, module2) {
    module2.exports = toNoCase;
    var hasSpace = /\s/, hasSeparator = /(_|-|\.|:)/, hasCamel = /([a-z][A-Z]|[A-Z][a-z])/;
    function toNoCase(string) {
      return hasSpace.test(string) ? string.toLowerCase() : hasSeparator.test(string) ? (unseparate(string) || string).toLowerCase() : hasCamel.test(string) ? uncamelize(string).toLowerCase() : string.toLowerCase();
    }
    var separatorSplitter = /[\W_]+(.|$)/g;
    function unseparate(string) {
      return string.replace(separatorSplitter, function(m, next) {
        return next ? " " + next : "";
      });
    }
    var camelSplitter = /(.)([A-Z]+)/g;
    function uncamelize(string) {
      return string.replace(camelSplitter, function(m, previous, uppers) {
        return previous + " " + uppers.toLowerCase().split("").join(" ");
      });
    }
  }
});
var require_to_space_case = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/to-space-case/index.js"(exports2, module2) {
    var clean = require_to_no_case();
    module2.exports = toSpaceCase;
    function toSpaceCase(string) {
      return clean(string).replace(/[\W_]+(.|$)/g, function(matches, match) {
        return match ? " " + match : "";
      }).trim();
    }
  }
});
var require_to_pascal_case = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/to-pascal-case/index.js"(exports2, module2) {
    var space = require_to_space_case();
    module2.exports = toPascalCase;
    function toPascalCase(string) {
      return space(string).replace(/(?:^|\s)(\w)/g, function(matches, letter) {
        return letter.toUpperCase();
      });
    }
  }
});
var require_default_node_type = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/default-node-type.js"(exports2, module2) {
    "use strict";
    var toPascal = require_to_pascal_case(), map = require_map_iterable();
    module2.exports = () => map((token) => {
      let tk = Object.assign({}, token);
      if (tk.type) {
        tk.originalType = token.type, token.is("WORD") || token.is("NAME") || token.is("ASSIGNMENT_WORD") ? tk.type = toPascal(tk.type) : tk.type = token.type.toLowerCase();
        for (let xp of tk.expansion || [])
          xp.type = toPascal(xp.type);
        delete tk._;
      }
      return tk;
    });
  }
});
var require_tilde_expanding = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/tilde-expanding.js"(exports2, module2) {
    "use strict";
    var map = require_map_iterable(), tokens = require_tokens(), replace = (text, resolveHomeUser) => {
      let replaced = false, result = text.replace(/^~([^\/]*)\//, (match, p1) => (replaced = true, resolveHomeUser(p1 || null) + "/"));
      return replaced || (result = text.replace(/^~(.*)$/, (match, p1) => resolveHomeUser(p1 || null))), result;
    };
    module2.exports = (options) => map((token) => {
      if (token.is("WORD") && typeof options.resolveHomeUser == "function")
        return tokens.setValue(token, replace(token.value, options.resolveHomeUser));
      if (token.is("ASSIGNMENT_WORD") && typeof options.resolveHomeUser == "function") {
        let parts = token.value.split("=", 2), target = parts[0], source = parts[1].split(":").map((text) => replace(text, options.resolveHomeUser)).join(":");
        return tokens.setValue(token, target + "=" + source);
      }
      return token;
    });
  }
});
var require_path_expansion = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/path-expansion.js"(exports2, module2) {
    "use strict";
    var map = require_map_iterable(), tokens = require_tokens();
    module2.exports = (options) => map((token) => {
      if (token.is("WORD") && typeof options.resolvePath == "function")
        return tokens.setValue(token, options.resolvePath(token.value));
      if (token.is("ASSIGNMENT_WORD") && typeof options.resolvePath == "function") {
        let parts = token.value.split("=");
        return tokens.setValue(token, parts[0] + "=" + options.resolvePath(parts[1]));
      }
      return token;
    });
  }
});
var require_shell_quote_word = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/shell-quote-word/index.js"(exports2, module2) {
    "use strict";
    var META2 = "|&;()<> \\t", BAREWORD = `(\\\\['"` + META2 + `]|[^\\s'"` + META2 + "])+", SINGLE_QUOTE = '"((\\\\"|[^"])*?)"', DOUBLE_QUOTE = "'((\\\\'|[^'])*?)'", TOKEN = "";
    for (i = 0; i < 4; i++)
      TOKEN += (Math.pow(16, 8) * Math.random()).toString(16);
    var i;
    module2.exports = function(s) {
      var chunker = new RegExp([
        "(" + BAREWORD + "|" + SINGLE_QUOTE + "|" + DOUBLE_QUOTE + ")*"
      ].join("|"), "g"), match = s.match(chunker).filter(Boolean), commented = false;
      return match ? match.map((s2, j) => {
        if (!commented) {
          for (var SQ = "'", DQ = '"', BS = "\\", quote = false, esc = false, out = "", i2 = 0, len = s2.length; i2 < len; i2++) {
            var c = s2.charAt(i2);
            if (esc)
              out += c, esc = false;
            else if (quote)
              c === quote ? quote = false : quote === SQ ? out += c : c === BS ? (i2 += 1, c = s2.charAt(i2), c === DQ || c === BS ? out += c : out += BS + c) : out += c;
            else if (c === DQ || c === SQ)
              quote = c;
            else {
              if (RegExp("^#$").test(c))
                return commented = true, out.length ? [out, { comment: s2.slice(i2 + 1) + match.slice(j + 1).join(" ") }] : [{ comment: s2.slice(i2 + 1) + match.slice(j + 1).join(" ") }];
              c === BS ? esc = true : out += c;
            }
          }
          return out;
        }
      }).reduce((prev, arg) => arg === void 0 ? prev : prev.concat(arg), []) : [];
    };
  }
});
var require_fromcodepoint = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/string.fromcodepoint/fromcodepoint.js"() {
    String.fromCodePoint || (function() {
      var defineProperty = (function() {
        try {
          var object = {}, $defineProperty = Object.defineProperty, result = $defineProperty(object, object, object) && $defineProperty;
        } catch {
        }
        return result;
      })(), stringFromCharCode = String.fromCharCode, floor = Math.floor, fromCodePoint = function(_) {
        var MAX_SIZE = 16384, codeUnits = [], highSurrogate, lowSurrogate, index = -1, length = arguments.length;
        if (!length)
          return "";
        for (var result = ""; ++index < length; ) {
          var codePoint = Number(arguments[index]);
          if (!isFinite(codePoint) || // `NaN`, `+Infinity`, or `-Infinity`
          codePoint < 0 || // not a valid Unicode code point
          codePoint > 1114111 || // not a valid Unicode code point
          floor(codePoint) != codePoint)
            throw RangeError("Invalid code point: " + codePoint);
          codePoint <= 65535 ? codeUnits.push(codePoint) : (codePoint -= 65536, highSurrogate = (codePoint >> 10) + 55296, lowSurrogate = codePoint % 1024 + 56320, codeUnits.push(highSurrogate, lowSurrogate)), (index + 1 == length || codeUnits.length > MAX_SIZE) && (result += stringFromCharCode.apply(null, codeUnits), codeUnits.length = 0);
        }
        return result;
      };
      defineProperty ? defineProperty(String, "fromCodePoint", {
        value: fromCodePoint,
        configurable: true,
        writable: true
      }) : String.fromCodePoint = fromCodePoint;
    })();
  }
});
var require_dist = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/unescape-js/dist/index.js"(exports2, module2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", {
      value: true
    });
    exports2.default = void 0;
    require_fromcodepoint();
    var jsEscapeRegex = /\\(u\{([0-9A-Fa-f]+)\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|([1-7][0-7]{0,2}|[0-7]{2,3})|(['"tbrnfv0\\]))|\\U([0-9A-Fa-f]{8})/g, usualEscapeSequences = {
      0: "\0",
      b: "\b",
      f: "\f",
      n: `
`,
      r: "\r",
      t: "	",
      v: "\v",
      "'": "'",
      '"': '"',
      "\\": "\\"
    }, fromHex = function(str) {
      return String.fromCodePoint(parseInt(str, 16));
    }, fromOct = function(str) {
      return String.fromCodePoint(parseInt(str, 8));
    }, _default = function(string) {
      return string.replace(jsEscapeRegex, function(_, __, varHex, longHex, shortHex, octal, specialCharacter, python) {
        return varHex !== void 0 ? fromHex(varHex) : longHex !== void 0 ? fromHex(longHex) : shortHex !== void 0 ? fromHex(shortHex) : octal !== void 0 ? fromOct(octal) : python !== void 0 ? fromHex(python) : usualEscapeSequences[specialCharacter];
      });
    };
    exports2.default = _default;
    module2.exports = exports2.default;
  }
});
var require_quote_removal = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/quote-removal.js"(exports2, module2) {
    "use strict";
    var parse2 = require_shell_quote_word(), unescape = require_dist(), map = require_map_iterable(), tokens = require_tokens();
    function unquote(text) {
      let unquoted = parse2(text);
      return unquoted.length === 0 ? text : unquoted[0].comment ? "" : unescape(unquoted[0]);
    }
    function unresolvedExpansions(token) {
      return token.expansion ? token.expansion.filter((xp) => !xp.resolved).length > 0 : false;
    }
    module2.exports = () => map((token) => (token.is("WORD") || token.is("ASSIGNMENT_WORD")) && !unresolvedExpansions(token) ? tokens.setValue(token, unquote(token.value)) : token);
  }
});
var require_iterable_lookahead = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/iterable-lookahead/index.js"(exports2, module2) {
    "use strict";
    function lookahead(iterable, size) {
      if (size === void 0 && (size = 1), typeof size != "number" && !(size instanceof Number))
        throw new TypeError("Size argument must be a number");
      if (size < 1)
        throw new RangeError("Size argument must be greater than 0");
      let behindCache = new Array(size + 1), aheadCache = [], iterator = iterable[Symbol.iterator]();
      return {
        ahead(idx) {
          if (idx > size)
            throw new RangeError(`Cannot look ahead of ${idx} position, currently depth is ${size}`);
          if (idx < 1)
            throw new RangeError("Look ahead index must be greater than 0");
          return aheadCache[idx - 1];
        },
        behind(idx) {
          if (idx > size)
            throw new RangeError(`Cannot look behind of ${idx} position, currently depth is ${size}`);
          if (idx < 1)
            throw new RangeError("Look behind index must be greater than 0");
          return behindCache[idx];
        },
        [Symbol.iterator]() {
          return this;
        },
        next() {
          let item = iterator.next();
          for (; !item.done && aheadCache.length <= size; )
            aheadCache.push(item.value), item = iterator.next();
          if (item.done || aheadCache.push(item.value), item.done && aheadCache.length === 0)
            return { done: true };
          let value = aheadCache.shift();
          return behindCache.unshift(value), behindCache.pop(), { done: false, value };
        }
      };
    }
    lookahead.depth = (size) => (iterable) => lookahead(iterable, size);
    lookahead.spread = function(iterable, size) {
      let it = lookahead(iterable, size);
      return it._next = it.next, it.next = function() {
        let item = this._next();
        return item.done || (item.value = [item.value, it]), item;
      }, it;
    };
    module2.exports = lookahead;
  }
});
var require_identify_simplecommand_names = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/identify-simplecommand-names.js"(exports2, module2) {
    "use strict";
    var lookahead = require_iterable_lookahead(), compose = require_compose_function(), map = require_map_iterable(), isValidName = require_is_valid_name();
    function couldEndSimpleCommand(scTk) {
      return scTk && (scTk.is("SEPARATOR_OP") || scTk.is("NEWLINE") || scTk.is("NEWLINE_LIST") || scTk.value === ";" || scTk.is("PIPE") || scTk.is("OR_IF") || scTk.is("PIPE") || scTk.is("AND_IF"));
    }
    function couldBeCommandName(tk) {
      return tk && tk.is("WORD") && isValidName(tk.value);
    }
    module2.exports = (options, mode) => compose(
      map((tk, idx, iterable) => {
        if (tk._.maybeStartOfSimpleCommand)
          if (couldBeCommandName(tk))
            tk._.maybeSimpleCommandName = true;
          else {
            let next = iterable.ahead(1);
            next && !couldEndSimpleCommand(next) && (next._.commandNameNotFoundYet = true);
          }
        if (tk._.commandNameNotFoundYet) {
          let last = iterable.behind(1);
          if (!mode.enums.IOFileOperators.isOperator(last) && couldBeCommandName(tk))
            tk._.maybeSimpleCommandName = true;
          else {
            let next = iterable.ahead(1);
            next && !couldEndSimpleCommand(next) && (next._.commandNameNotFoundYet = true);
          }
          delete tk._.commandNameNotFoundYet;
        }
        return tk;
      }),
      lookahead
    );
  }
});
var require_identify_maybe_simple_commands = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/identify-maybe-simple-commands.js"(exports2, module2) {
    "use strict";
    var values = require_object_values(), compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    module2.exports = function(options, mode) {
      return compose(map((tk, idx, iterable) => {
        let last = iterable.behind(1) || { EMPTY: true, is: (type) => type === "EMPTY" };
        return tk._.maybeStartOfSimpleCommand = !!(last.is("EMPTY") || last.is("SEPARATOR_OP") || last.is("OPEN_PAREN") || last.is("CLOSE_PAREN") || last.is("NEWLINE") || last.is("NEWLINE_LIST") || last.is("TOKEN") === ";" || last.is("PIPE") || last.is("DSEMI") || last.is("OR_IF") || last.is("PIPE") || last.is("AND_IF") || !last.is("For") && !last.is("In") && !last.is("Case") && values(mode.enums.reservedWords).some((word) => last.is(word))), tk;
      }), lookahead);
    };
  }
});
var require_operator_tokens = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/operator-tokens.js"(exports2, module2) {
    "use strict";
    var hasOwnProperty = require_has_own_property(), map = require_map_iterable(), tokens = require_tokens(), reduceToOperatorTokenVisitor = (operators) => ({
      OPERATOR(tk) {
        return hasOwnProperty(operators, tk.value) ? tokens.changeTokenType(
          tk,
          operators[tk.value],
          tk.value
        ) : tk;
      }
    });
    module2.exports = (options, mode) => map(
      tokens.applyTokenizerVisitor(reduceToOperatorTokenVisitor(mode.enums.operators))
    );
  }
});
var require_reserved_words = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/reserved-words.js"(exports2, module2) {
    "use strict";
    var hasOwnProperty = require_has_own_property(), values = require_object_values(), compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    function isValidReservedWordPosition(tk, iterable, words) {
      let last = iterable.behind(1) || { EMPTY: true, is: (type) => type === "EMPTY" }, twoAgo = iterable.behind(2) || { EMPTY: true, is: (type) => type === "EMPTY" }, startOfCommand = last.is("EMPTY") || last.is("SEPARATOR_OP") || last.is("OPEN_PAREN") || last.is("CLOSE_PAREN") || last.is("NEWLINE") || last.is("NEWLINE_LIST") || last.is("DSEMI") || last.value === ";" || last.is("PIPE") || last.is("OR_IF") || last.is("PIPE") || last.is("AND_IF"), lastIsReservedWord = !last.value === "for" && !last.value === "in" && !last.value === "case" && values(words).some((word) => last.is(word)), thirdInCase = twoAgo.value === "case" && tk.is("TOKEN") && tk.value.toLowerCase() === "in", thirdInFor = twoAgo.value === "for" && tk.is("TOKEN") && (tk.value.toLowerCase() === "in" || tk.value.toLowerCase() === "do");
      return tk.value === "}" || startOfCommand || lastIsReservedWord || thirdInFor || thirdInCase;
    }
    module2.exports = function(options, mode) {
      return compose(map((tk, idx, iterable) => isValidReservedWordPosition(tk, iterable, mode.enums.reservedWords) && hasOwnProperty(mode.enums.reservedWords, tk.value) ? tk.changeTokenType(mode.enums.reservedWords[tk.value], tk.value) : tk.is("TOKEN") ? tk.changeTokenType("WORD", tk.value) : tk), lookahead.depth(2));
    };
  }
});
var require_filter_iterator = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/filter-iterator.js"(exports2, module2) {
    "use strict";
    module2.exports = filterIterator;
    function* filterIterator(xs, pred) {
      for (let x of xs)
        pred(x) && (yield x);
    }
  }
});
var require_reverse_arguments = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/reverse-arguments/index.js"(exports2, module2) {
    module2.exports = function(fn, scope) {
      return function() {
        var args = Array.prototype.slice.call(arguments);
        return fn.apply(scope || this, args.reverse());
      };
    };
  }
});
var require_filter = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/utils/filter.js"(exports2, module2) {
    "use strict";
    var filterIterator = require_filter_iterator(), reverse = require_reverse_arguments(), curry = require_lodash(), filter = curry(reverse(filterIterator), 2);
    module2.exports = filter;
  }
});
var require_non_null = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/utils/non-null.js"(exports2, module2) {
    "use strict";
    var filter = require_filter(), nonNull = (tk) => tk !== null;
    module2.exports = filter(nonNull);
    filter.predicate = nonNull;
  }
});
var require_separator = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/separator.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead(), tokens = require_tokens(), filterNonNull = require_non_null(), isSeparator = (tk) => tk && (tk.is("NEWLINE") || tk.is("NEWLINE_LIST") || tk.is("AND") || tk.is("SEMICOLON") || tk.is("OPERATOR") && tk.value === ";" || tk.is("OPERATOR") && tk.value === "&");
    function toSeparatorToken(tk, iterable) {
      if (skipJoined(tk) === null)
        return null;
      let newTk = tokens.changeTokenType(
        tk,
        "SEPARATOR_OP",
        tk.value
      ), i = 1, nextTk = iterable.ahead(i);
      for (; isSeparator(nextTk); )
        nextTk._.joinedToSeparator = true, i++, newTk = newTk.appendTo(nextTk.value), nextTk = iterable.ahead(i);
      return newTk;
    }
    function skipJoined(tk) {
      return tk._.joinedToSeparator ? null : tk;
    }
    var AccumulateSeparators = {
      NEWLINE: skipJoined,
      NEWLINE_LIST: skipJoined,
      SEMICOLON: toSeparatorToken,
      AND: toSeparatorToken,
      OPERATOR: (tk, iterable) => tk.value === "&" || tk.value === ";" ? toSeparatorToken(tk, iterable) : tk
    };
    module2.exports = () => compose(
      filterNonNull,
      map(
        tokens.applyTokenizerVisitor(AccumulateSeparators)
      ),
      lookahead.depth(10)
    );
  }
});
var require_linebreak_in = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/linebreak-in.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead(), tokens = require_tokens(), filterNonNull = require_non_null(), ReplaceWithLineBreakIn = {
      NEWLINE_LIST(tk, iterable) {
        return (iterable.ahead(1) || tokens.mkToken("EMPTY")).is("In") ? tokens.changeTokenType(
          tk,
          "LINEBREAK_IN",
          `
in`
        ) : tk;
      },
      In(tk, iterable) {
        return (iterable.behind(1) || tokens.mkToken("EMPTY")).is("NEWLINE_LIST") ? null : tk;
      }
    };
    module2.exports = () => compose(
      filterNonNull,
      map(
        tokens.applyTokenizerVisitor(ReplaceWithLineBreakIn)
      ),
      lookahead
    );
  }
});
var require_for_name_variable = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/for-name-variable.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead(), isValidName = require_is_valid_name();
    module2.exports = function() {
      return compose(map((tk, idx, iterable) => (iterable.behind(1) || { is: () => false }).is("For") && tk.is("WORD") && isValidName(tk.value) ? tk.changeTokenType("NAME", tk.value) : tk), lookahead);
    };
  }
});
var require_function_name = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/function-name.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    module2.exports = function() {
      return compose(map((tk, idx, iterable) => (tk._.maybeStartOfSimpleCommand && tk.is("WORD") && iterable.ahead(2) && iterable.ahead(1).is("OPEN_PAREN") && iterable.ahead(2).is("CLOSE_PAREN") && (tk = tk.changeTokenType("NAME", tk.value)), tk)), lookahead.depth(2));
    };
  }
});
var require_io_number = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/io-number.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    module2.exports = function(options, mode) {
      return compose(map((tk, idx, iterable) => {
        let next = iterable.ahead(1);
        return tk && tk.is("WORD") && tk.value.match(/^[0-9]+$/) && mode.enums.IOFileOperators.isOperator(next) ? tk.changeTokenType("IO_NUMBER", tk.value) : tk;
      }), lookahead);
    };
  }
});
var require_new_line_list = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/new-line-list.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead(), tokens = require_tokens(), filterNonNull = require_non_null(), SkipRepeatedNewLines = {
      NEWLINE(tk, iterable) {
        return (iterable.behind(1) || tokens.mkToken("EMPTY")).is("NEWLINE") ? null : tokens.changeTokenType(tk, "NEWLINE_LIST", `
`);
      }
    };
    module2.exports = () => compose(
      filterNonNull,
      map(
        tokens.applyTokenizerVisitor(SkipRepeatedNewLines)
      ),
      lookahead
    );
  }
});
var require_assignment_word = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/assignment-word.js"(exports2, module2) {
    "use strict";
    var map = require_map_iterable(), isValidName = require_is_valid_name();
    module2.exports = function() {
      return map((tk, idx, ctx) => (tk._.maybeStartOfSimpleCommand && (ctx.commandPrefixNotAllowed = false), !ctx.commandPrefixNotAllowed && tk.is("WORD") && tk.value.indexOf("=") > 0 && // left part must be a valid name
      isValidName(tk.value.slice(0, tk.value.indexOf("="))) ? tk.changeTokenType("ASSIGNMENT_WORD", tk.value) : (ctx.commandPrefixNotAllowed = true, tk)));
    };
  }
});
var require_syntaxerror_oncontinue = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/syntaxerror-oncontinue.js"(exports2, module2) {
    "use strict";
    var map = require_map_iterable();
    module2.exports = function() {
      return map((tk) => {
        if (tk && tk.is("CONTINUE"))
          throw new SyntaxError("Unclosed " + tk.value);
        return tk;
      });
    };
  }
});
var require_rules = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/index.js"(exports2) {
    "use strict";
    exports2.parameterExpansion = require_parameter_expansion();
    exports2.commandExpansion = require_command_expansion();
    exports2.arithmeticExpansion = require_arithmetic_expansion();
    exports2.aliasSubstitution = require_alias_substitution2();
    exports2.defaultNodeType = require_default_node_type();
    exports2.fieldSplitting = require_field_splitting();
    exports2.tildeExpanding = require_tilde_expanding();
    exports2.pathExpansion = require_path_expansion();
    exports2.quoteRemoval = require_quote_removal();
    exports2.identifySimpleCommandNames = require_identify_simplecommand_names();
    exports2.identifyMaybeSimpleCommands = require_identify_maybe_simple_commands();
    exports2.operatorTokens = require_operator_tokens();
    exports2.reservedWords = require_reserved_words();
    exports2.separator = require_separator();
    exports2.linebreakIn = require_linebreak_in();
    exports2.forNameVariable = require_for_name_variable();
    exports2.functionName = require_function_name();
    exports2.ioNumber = require_io_number();
    exports2.newLineList = require_new_line_list();
    exports2.assignmentWord = require_assignment_word();
    exports2.syntaxerrorOnContinue = require_syntaxerror_oncontinue();
  }
});
var require_grammar = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/grammar.js"(exports2, module2) {
    module2.exports = {
      start: "complete_command",
      bnf: {
        complete_command: [
          [
            "list separator EOF",
            " return yy.checkAsync($list, $separator)"
          ],
          [
            "list EOF",
            " return $list "
          ],
          [
            "separator list EOF",
            " return $list "
          ],
          [
            "separator list separator EOF",
            " return yy.checkAsync($list, $separator)"
          ]
        ],
        list: [
          [
            "list separator and_or",
            "$$ = yy.listAppend($list, $and_or, $separator);"
          ],
          [
            "and_or",
            "$$ = yy.list($and_or);"
          ]
        ],
        and_or: [
          [
            "pipeline",
            "$$ = $pipeline;"
          ],
          [
            "and_or AND_IF linebreak pipeline",
            "$$ = yy.andAndOr($and_or, $pipeline);"
          ],
          [
            "and_or OR_IF linebreak pipeline",
            "$$ = yy.orAndOr($and_or, $pipeline);"
          ]
        ],
        pipeline: [
          [
            "pipe_sequence",
            "$$ = yy.pipeLine($pipe_sequence);"
          ],
          [
            "Bang pipe_sequence",
            "$$ = yy.bangPipeLine($pipe_sequence);"
          ]
        ],
        pipe_sequence: [
          [
            "command",
            "$$ = yy.pipeSequence($command);"
          ],
          [
            "pipe_sequence PIPE linebreak command",
            "$$ = yy.pipeSequenceAppend($pipe_sequence, $command);"
          ]
        ],
        command: [
          "simple_command",
          "compound_command",
          [
            "compound_command redirect_list",
            "$$ = yy.addRedirections($compound_command, $redirect_list)"
          ],
          "function_definition"
        ],
        compound_command: [
          "brace_group",
          "subshell",
          "for_clause",
          "case_clause",
          "if_clause",
          "while_clause",
          "until_clause"
        ],
        subshell: [
          [
            "OPEN_PAREN compound_list CLOSE_PAREN",
            "$$ = yy.subshell($compound_list, $OPEN_PAREN.loc, $CLOSE_PAREN.loc);"
          ]
        ],
        compound_list: [
          [
            "term",
            "$$ = $term;"
          ],
          [
            "NEWLINE_LIST term",
            "$$ = $term;"
          ],
          [
            "term separator",
            "$$ = yy.checkAsync($term, $separator);"
          ],
          [
            "NEWLINE_LIST term separator",
            "$$ = yy.checkAsync($term, $separator);"
          ]
        ],
        term: [
          [
            "term separator and_or",
            "$$ = yy.termAppend($term, $and_or, $separator);"
          ],
          [
            "and_or",
            "$$ = yy.term($and_or);"
          ]
        ],
        for_clause: [
          [
            "For name linebreak do_group",
            "$$ = yy.forClauseDefault($name, $do_group, $For.loc);"
          ],
          [
            "For name LINEBREAK_IN separator do_group",
            "$$ = yy.forClauseDefault($name, $do_group, $For.loc);"
          ],
          [
            "For name In separator do_group",
            "$$ = yy.forClauseDefault($name, $do_group, $For.loc);"
          ],
          [
            "For name in wordlist separator do_group",
            "$$ = yy.forClause($name, $wordlist, $do_group, $For.loc);"
            /* todo: here allow only ';' separator */
          ]
        ],
        name: [
          "NAME"
        ],
        in: [
          "In"
        ],
        wordlist: [
          "wordlist_repetition_plus0"
        ],
        case_clause: [
          [
            "Case WORD linebreak in linebreak case_list Esac",
            "$$ = yy.caseClause($WORD, $case_list, $Case.loc, $Esac.loc);"
          ],
          [
            "Case WORD linebreak in linebreak case_list_ns Esac",
            "$$ = yy.caseClause($WORD, $case_list_ns, $Case.loc, $Esac.loc);"
          ],
          [
            "Case WORD linebreak in linebreak Esac",
            "$$ = yy.caseClause($WORD, null, $Case.loc, $Esac.loc);"
          ]
        ],
        case_list_ns: [
          [
            "case_list case_item_ns",
            "$$ = yy.caseListAppend($case_list, $case_item_ns);"
          ],
          [
            "case_item_ns",
            "$$ = yy.caseList($case_item_ns);"
          ]
        ],
        case_list: [
          [
            "case_list case_item",
            "$$ = yy.caseListAppend($case_list, $case_item);"
          ],
          [
            "case_item",
            "$$ = yy.caseList($case_item);"
          ]
        ],
        case_item_ns: [
          [
            "pattern CLOSE_PAREN linebreak",
            "$$ = yy.caseItem($pattern, null, $pattern[0].loc, $CLOSE_PAREN.loc);"
          ],
          [
            "pattern CLOSE_PAREN compound_list linebreak",
            "$$ = yy.caseItem($pattern, $compound_list, $pattern[0].loc, $compound_list.loc);"
          ],
          [
            "OPEN_PAREN pattern CLOSE_PAREN linebreak",
            "$$ = yy.caseItem($pattern, null, $OPEN_PAREN.loc, $CLOSE_PAREN.loc );"
          ],
          [
            "OPEN_PAREN pattern CLOSE_PAREN compound_list linebreak",
            "$$ = yy.caseItem($pattern, $compound_list, $OPEN_PAREN.loc, $compound_list.loc);"
          ]
        ],
        case_item: [
          [
            "pattern CLOSE_PAREN linebreak DSEMI linebreak",
            "$$ = yy.caseItem($pattern, null, $pattern[0].loc, $DSEMI.loc);"
          ],
          [
            "pattern CLOSE_PAREN compound_list DSEMI linebreak",
            "$$ = yy.caseItem($pattern, $compound_list, $pattern[0].loc, $DSEMI.loc);"
          ],
          [
            "OPEN_PAREN pattern CLOSE_PAREN linebreak DSEMI linebreak",
            "$$ = yy.caseItem($pattern, null, $OPEN_PAREN.loc, $DSEMI.loc );"
          ],
          [
            "OPEN_PAREN pattern CLOSE_PAREN compound_list DSEMI linebreak",
            "$$ = yy.caseItem($pattern, $compound_list, $OPEN_PAREN.loc, $DSEMI.loc);"
          ]
        ],
        pattern: [
          [
            "WORD",
            "$$ = yy.pattern($WORD);"
          ],
          [
            "pattern PIPE WORD",
            "$$ = yy.patternAppend($pattern, $WORD);"
          ]
        ],
        if_clause: [
          [
            "If compound_list Then compound_list else_part Fi",
            "$$ = yy.ifClause($2, $4, $else_part, $If.loc, $Fi.loc);"
          ],
          [
            "If compound_list Then compound_list Fi",
            "$$ = yy.ifClause($2, $4, null, $If.loc, $Fi.loc);"
          ]
        ],
        else_part: [
          [
            "Elif compound_list Then compound_list",
            "$$ = yy.ifClause($2, $4, null, $Elif.loc, $4.loc);"
          ],
          [
            "Elif compound_list Then compound_list else_part",
            "$$ = yy.ifClause($2, $4, $else_part, $Elif.loc, $else_part.loc);"
          ],
          [
            "Else compound_list",
            "$$ = yy.elseClause($compound_list, $Else);"
          ]
        ],
        while_clause: [
          [
            "While compound_list do_group",
            "$$ = yy.while($2, $3, $While);"
          ]
        ],
        until_clause: [
          [
            "Until compound_list do_group",
            "$$ = yy.until($2, $3, $Until);"
          ]
        ],
        function_definition: [
          [
            "fname OPEN_PAREN CLOSE_PAREN linebreak function_body",
            "$$ = yy.functionDefinition($fname, $function_body);"
          ]
        ],
        function_body: [
          [
            "compound_command",
            "$$ = [$compound_command, null];"
          ],
          [
            "compound_command redirect_list",
            "$$ = [$compound_command, $redirect_list];"
          ]
        ],
        fname: [
          "NAME"
        ],
        brace_group: [
          [
            "Lbrace compound_list Rbrace",
            "$$ = yy.braceGroup($compound_list, $Lbrace.loc, $Rbrace.loc);"
          ]
        ],
        do_group: [
          [
            "Do compound_list Done",
            "$$ = yy.doGroup($compound_list, $Do.loc, $Done.loc);"
          ]
        ],
        simple_command: [
          [
            "cmd_prefix cmd_word cmd_suffix",
            "$$ =yy.command($cmd_prefix, $cmd_word, $cmd_suffix);"
          ],
          [
            "cmd_prefix cmd_word",
            "$$ =yy.command($cmd_prefix, $cmd_word, null);"
          ],
          [
            "cmd_prefix",
            "$$ =yy.commandAssignment($cmd_prefix);"
          ],
          [
            "cmd_name cmd_suffix",
            "$$ =yy.command(null, $cmd_name, $cmd_suffix);"
          ],
          [
            "cmd_name",
            "$$ =yy.command(null, $cmd_name);"
          ]
        ],
        cmd_name: [
          [
            "WORD",
            "$$ =yy.commandName(yytext) /* Apply rule 7a */;"
          ]
        ],
        cmd_word: [
          [
            "WORD",
            "$$ = yytext	/* Apply rule 7B */;"
          ]
        ],
        cmd_prefix: [
          [
            "io_redirect",
            "$$ = yy.prefix($io_redirect);"
          ],
          [
            "cmd_prefix io_redirect",
            "$$ = yy.prefixAppend($1, $2);"
          ],
          [
            "ASSIGNMENT_WORD",
            "$$ = yy.prefix($1);"
          ],
          [
            "cmd_prefix ASSIGNMENT_WORD",
            "$$ = yy.prefixAppend($1, $2);"
          ]
        ],
        cmd_suffix: [
          [
            "io_redirect",
            "$$ = yy.suffix($io_redirect);"
          ],
          [
            "cmd_suffix io_redirect",
            "$$ = yy.suffixAppend($cmd_suffix, $io_redirect);"
          ],
          [
            "WORD",
            "$$ = yy.suffix($1);"
          ],
          [
            "cmd_suffix WORD",
            "$$ = yy.suffixAppend($cmd_suffix, $2);"
          ]
        ],
        redirect_list: [
          [
            "io_redirect",
            "$$ = [$io_redirect];"
          ],
          [
            "redirect_list io_redirect",
            "$$ = $redirect_list.concat($io_redirect);"
          ]
        ],
        io_redirect: [
          [
            "io_file",
            "$$ = $io_file;"
          ],
          [
            "IO_NUMBER io_file",
            "$$ = yy.numberIoRedirect($io_file, $1);"
          ],
          "io_here",
          "IO_NUMBER io_here"
        ],
        io_file: [
          [
            "LESS filename",
            "$$ =yy.ioRedirect($1, $filename);"
          ],
          [
            "LESSAND filename",
            "$$ =yy.ioRedirect($1, $filename);"
          ],
          [
            "GREAT filename",
            "$$ =yy.ioRedirect($1, $filename);"
          ],
          [
            "GREATAND filename",
            "$$ =yy.ioRedirect($1, $filename);"
          ],
          [
            "DGREAT filename",
            "$$ =yy.ioRedirect($1, $filename);"
          ],
          [
            "LESSGREAT filename",
            "$$ =yy.ioRedirect($1, $filename);"
          ],
          [
            "CLOBBER filename",
            "$$ =yy.ioRedirect($1, $filename);"
          ]
        ],
        filename: [
          "WORD"
        ],
        io_here: [
          "DLESS here_end",
          "DLESSDASH here_end"
        ],
        here_end: [
          "WORD"
        ],
        linebreak: [
          "NEWLINE_LIST",
          ""
        ],
        separator: [
          "SEPARATOR_OP",
          "NEWLINE_LIST"
        ],
        wordlist_repetition_plus0: [
          [
            "WORD",
            "$$ = [$1];"
          ],
          [
            "wordlist_repetition_plus0 WORD",
            "$1.push($2);"
          ]
        ]
      }
    };
  }
});
var require_io_file_operators = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/io-file-operators.js"(exports2, module2) {
    "use strict";
    var ioFileOperators = module2.exports = [
      "LESS",
      "DLESS",
      "DGREAT",
      "LESSAND",
      "GREATAND",
      "GREAT",
      "LESSGREAT",
      "CLOBBER"
    ];
    ioFileOperators.isOperator = function(tk) {
      for (let op of ioFileOperators)
        if (tk.type === op)
          return true;
      return false;
    };
  }
});
var require_parameter_operators = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/parameter-operators.js"(exports2, module2) {
    "use strict";
    var name = "[a-zA-Z_][a-zA-Z0-9_]*", parameterOps = {
      [`^(${name}):\\-(.*)$`]: {
        op: "useDefaultValue",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name}):\\=(.*)$`]: {
        op: "assignDefaultValue",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name}):\\?(.*)$`]: {
        op: "indicateErrorIfNull",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name}):\\+(.*)$`]: {
        op: "useAlternativeValue",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name})\\-(.*)$`]: {
        op: "useDefaultValueIfUnset",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name})\\=(.*)$`]: {
        op: "assignDefaultValueIfUnset",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name})\\?(.*)$`]: {
        op: "indicateErrorIfUnset",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name})\\+(.*)$`]: {
        op: "useAlternativeValueIfUnset",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name})\\%\\%(.*)$`]: {
        op: "removeLargestSuffixPattern",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name})\\#\\#(.*)$`]: {
        op: "removeLargestPrefixPattern",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name})\\%(.*)$`]: {
        op: "removeSmallestSuffixPattern",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^(${name})\\#(.*)$`]: {
        op: "removeSmallestPrefixPattern",
        parameter: (m) => m[1],
        word: (m) => m[2],
        expand: ["word"]
      },
      [`^\\#(${name})$`]: {
        op: "stringLength",
        parameter: (m) => m[1]
      },
      "^([1-9][0-9]*)$": {
        kind: "positional",
        parameter: (m) => Number(m[1])
      },
      "^!$": {
        kind: "last-background-pid"
      },
      "^\\@$": {
        kind: "positional-list"
      },
      "^\\-$": {
        kind: "current-option-flags"
      },
      "^\\#$": {
        kind: "positional-count"
      },
      "^\\?$": {
        kind: "last-exit-status"
      },
      "^\\*$": {
        kind: "positional-string"
      },
      "^\\$$": {
        kind: "shell-process-id"
      },
      "^0$": {
        kind: "shell-script-name"
      }
    };
    module2.exports = parameterOps;
  }
});
var require_reserved_words2 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/reserved-words.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      if: "If",
      then: "Then",
      else: "Else",
      elif: "Elif",
      fi: "Fi",
      do: "Do",
      done: "Done",
      case: "Case",
      esac: "Esac",
      while: "While",
      until: "Until",
      for: "For",
      in: "In",
      "{": "Lbrace",
      "}": "Rbrace",
      "!": "Bang"
    };
  }
});
var require_enums = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/index.js"(exports2) {
    "use strict";
    exports2.IOFileOperators = require_io_file_operators();
    exports2.operators = require_operators();
    exports2.parameterOperators = require_parameter_operators();
    exports2.reservedWords = require_reserved_words2();
  }
});
var require_built_grammar = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/built-grammar.js"(exports2, module2) {
    var parser = (function() {
      var o = function(k, v, o2, l) {
        for (o2 = o2 || {}, l = k.length; l--; o2[k[l]] = v) ;
        return o2;
      }, $V0 = [1, 9], $V1 = [1, 28], $V2 = [1, 6], $V3 = [1, 29], $V4 = [1, 34], $V5 = [1, 30], $V6 = [1, 26], $V7 = [1, 31], $V8 = [1, 32], $V9 = [1, 33], $Va = [1, 27], $Vb = [1, 25], $Vc = [1, 36], $Vd = [1, 38], $Ve = [1, 39], $Vf = [1, 40], $Vg = [1, 41], $Vh = [1, 42], $Vi = [1, 43], $Vj = [1, 44], $Vk = [1, 45], $Vl = [1, 46], $Vm = [1, 5], $Vn = [6, 31, 84], $Vo = [1, 50], $Vp = [1, 51], $Vq = [6, 13, 27, 29, 31, 32, 39, 41, 42, 44, 49, 50, 51, 53, 54, 55, 56, 57, 60, 61, 62, 63, 69, 71, 73, 75, 76, 77, 78, 79, 80, 81, 83], $Vr = [6, 9, 11, 29, 31, 44, 49, 51, 53, 54, 55, 61, 62, 63, 84], $Vs = [1, 52], $Vt = [6, 9, 11, 15, 29, 31, 44, 49, 51, 53, 54, 55, 61, 62, 63, 84], $Vu = [1, 62], $Vv = [6, 9, 11, 15, 29, 31, 44, 49, 51, 53, 54, 55, 61, 62, 63, 71, 73, 75, 76, 77, 78, 79, 80, 81, 83, 84], $Vw = [6, 9, 11, 15, 29, 31, 42, 44, 49, 51, 53, 54, 55, 61, 62, 63, 69, 71, 73, 75, 76, 77, 78, 79, 80, 81, 83, 84], $Vx = [6, 9, 11, 15, 29, 31, 42, 44, 49, 51, 53, 54, 55, 61, 62, 63, 71, 73, 75, 76, 77, 78, 79, 80, 81, 83, 84], $Vy = [1, 66], $Vz = [1, 78], $VA = [1, 86], $VB = [13, 27, 32, 39, 41, 42, 50, 56, 57, 60, 69, 71, 73, 75, 76, 77, 78, 79, 80, 81, 83], $VC = [2, 102], $VD = [1, 93], $VE = [1, 99], $VF = [29, 44, 49, 51, 53, 54, 55, 61, 62, 63], $VG = [29, 31, 44, 49, 51, 53, 54, 55, 61, 62, 63, 84], $VH = [1, 112], $VI = [2, 101], $VJ = [29, 31, 44, 49, 51, 53, 54, 55, 61, 62, 63], $VK = [2, 37], $VL = [31, 42, 84], $VM = [27, 42, 44], $VN = [1, 140], $VO = [1, 141], $VP = [1, 151], $VQ = [1, 152], $VR = [1, 161], $VS = [15, 29], $VT = [44, 49], $VU = [1, 166], parser2 = {
        trace: function() {
        },
        yy: {},
        symbols_: { error: 2, complete_command: 3, list: 4, separator: 5, EOF: 6, and_or: 7, pipeline: 8, AND_IF: 9, linebreak: 10, OR_IF: 11, pipe_sequence: 12, Bang: 13, command: 14, PIPE: 15, simple_command: 16, compound_command: 17, redirect_list: 18, function_definition: 19, brace_group: 20, subshell: 21, for_clause: 22, case_clause: 23, if_clause: 24, while_clause: 25, until_clause: 26, OPEN_PAREN: 27, compound_list: 28, CLOSE_PAREN: 29, term: 30, NEWLINE_LIST: 31, For: 32, name: 33, do_group: 34, LINEBREAK_IN: 35, In: 36, in: 37, wordlist: 38, NAME: 39, wordlist_repetition_plus0: 40, Case: 41, WORD: 42, case_list: 43, Esac: 44, case_list_ns: 45, case_item_ns: 46, case_item: 47, pattern: 48, DSEMI: 49, If: 50, Then: 51, else_part: 52, Fi: 53, Elif: 54, Else: 55, While: 56, Until: 57, fname: 58, function_body: 59, Lbrace: 60, Rbrace: 61, Do: 62, Done: 63, cmd_prefix: 64, cmd_word: 65, cmd_suffix: 66, cmd_name: 67, io_redirect: 68, ASSIGNMENT_WORD: 69, io_file: 70, IO_NUMBER: 71, io_here: 72, LESS: 73, filename: 74, LESSAND: 75, GREAT: 76, GREATAND: 77, DGREAT: 78, LESSGREAT: 79, CLOBBER: 80, DLESS: 81, here_end: 82, DLESSDASH: 83, SEPARATOR_OP: 84, $accept: 0, $end: 1 },
        terminals_: { 2: "error", 6: "EOF", 9: "AND_IF", 11: "OR_IF", 13: "Bang", 15: "PIPE", 27: "OPEN_PAREN", 29: "CLOSE_PAREN", 31: "NEWLINE_LIST", 32: "For", 35: "LINEBREAK_IN", 36: "In", 39: "NAME", 41: "Case", 42: "WORD", 44: "Esac", 49: "DSEMI", 50: "If", 51: "Then", 53: "Fi", 54: "Elif", 55: "Else", 56: "While", 57: "Until", 60: "Lbrace", 61: "Rbrace", 62: "Do", 63: "Done", 69: "ASSIGNMENT_WORD", 71: "IO_NUMBER", 73: "LESS", 75: "LESSAND", 76: "GREAT", 77: "GREATAND", 78: "DGREAT", 79: "LESSGREAT", 80: "CLOBBER", 81: "DLESS", 83: "DLESSDASH", 84: "SEPARATOR_OP" },
        productions_: [0, [3, 3], [3, 2], [3, 3], [3, 4], [4, 3], [4, 1], [7, 1], [7, 4], [7, 4], [8, 1], [8, 2], [12, 1], [12, 4], [14, 1], [14, 1], [14, 2], [14, 1], [17, 1], [17, 1], [17, 1], [17, 1], [17, 1], [17, 1], [17, 1], [21, 3], [28, 1], [28, 2], [28, 2], [28, 3], [30, 3], [30, 1], [22, 4], [22, 5], [22, 5], [22, 6], [33, 1], [37, 1], [38, 1], [23, 7], [23, 7], [23, 6], [45, 2], [45, 1], [43, 2], [43, 1], [46, 3], [46, 4], [46, 4], [46, 5], [47, 5], [47, 5], [47, 6], [47, 6], [48, 1], [48, 3], [24, 6], [24, 5], [52, 4], [52, 5], [52, 2], [25, 3], [26, 3], [19, 5], [59, 1], [59, 2], [58, 1], [20, 3], [34, 3], [16, 3], [16, 2], [16, 1], [16, 2], [16, 1], [67, 1], [65, 1], [64, 1], [64, 2], [64, 1], [64, 2], [66, 1], [66, 2], [66, 1], [66, 2], [18, 1], [18, 2], [68, 1], [68, 2], [68, 1], [68, 2], [70, 2], [70, 2], [70, 2], [70, 2], [70, 2], [70, 2], [70, 2], [74, 1], [72, 2], [72, 2], [82, 1], [10, 1], [10, 0], [5, 1], [5, 1], [40, 1], [40, 2]],
        performAction: function(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return yy.checkAsync($$[$0 - 2], $$[$0 - 1]);
            case 2:
            case 3:
              return $$[$0 - 1];
            case 4:
              return yy.checkAsync($$[$0 - 2], $$[$0 - 3]);
            case 5:
              this.$ = yy.listAppend($$[$0 - 2], $$[$0], $$[$0 - 1]);
              break;
            case 6:
              this.$ = yy.list($$[$0]);
              break;
            case 7:
            case 26:
            case 27:
            case 86:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = yy.andAndOr($$[$0 - 3], $$[$0]);
              break;
            case 9:
              this.$ = yy.orAndOr($$[$0 - 3], $$[$0]);
              break;
            case 10:
              this.$ = yy.pipeLine($$[$0]);
              break;
            case 11:
              this.$ = yy.bangPipeLine($$[$0]);
              break;
            case 12:
              this.$ = yy.pipeSequence($$[$0]);
              break;
            case 13:
              this.$ = yy.pipeSequenceAppend($$[$0 - 3], $$[$0]);
              break;
            case 16:
              this.$ = yy.addRedirections($$[$0 - 1], $$[$0]);
              break;
            case 25:
              this.$ = yy.subshell($$[$0 - 1], $$[$0 - 2].loc, $$[$0].loc);
              break;
            case 28:
            case 29:
              this.$ = yy.checkAsync($$[$0 - 1], $$[$0]);
              break;
            case 30:
              this.$ = yy.termAppend($$[$0 - 2], $$[$0], $$[$0 - 1]);
              break;
            case 31:
              this.$ = yy.term($$[$0]);
              break;
            case 32:
              this.$ = yy.forClauseDefault($$[$0 - 2], $$[$0], $$[$0 - 3].loc);
              break;
            case 33:
            case 34:
              this.$ = yy.forClauseDefault($$[$0 - 3], $$[$0], $$[$0 - 4].loc);
              break;
            case 35:
              this.$ = yy.forClause($$[$0 - 4], $$[$0 - 2], $$[$0], $$[$0 - 5].loc);
              break;
            case 39:
            case 40:
              this.$ = yy.caseClause($$[$0 - 5], $$[$0 - 1], $$[$0 - 6].loc, $$[$0].loc);
              break;
            case 41:
              this.$ = yy.caseClause($$[$0 - 4], null, $$[$0 - 5].loc, $$[$0].loc);
              break;
            case 42:
            case 44:
              this.$ = yy.caseListAppend($$[$0 - 1], $$[$0]);
              break;
            case 43:
            case 45:
              this.$ = yy.caseList($$[$0]);
              break;
            case 46:
              this.$ = yy.caseItem($$[$0 - 2], null, $$[$0 - 2][0].loc, $$[$0 - 1].loc);
              break;
            case 47:
              this.$ = yy.caseItem($$[$0 - 3], $$[$0 - 1], $$[$0 - 3][0].loc, $$[$0 - 1].loc);
              break;
            case 48:
              this.$ = yy.caseItem($$[$0 - 2], null, $$[$0 - 3].loc, $$[$0 - 1].loc);
              break;
            case 49:
              this.$ = yy.caseItem($$[$0 - 3], $$[$0 - 1], $$[$0 - 4].loc, $$[$0 - 1].loc);
              break;
            case 50:
              this.$ = yy.caseItem($$[$0 - 4], null, $$[$0 - 4][0].loc, $$[$0 - 1].loc);
              break;
            case 51:
              this.$ = yy.caseItem($$[$0 - 4], $$[$0 - 2], $$[$0 - 4][0].loc, $$[$0 - 1].loc);
              break;
            case 52:
              this.$ = yy.caseItem($$[$0 - 4], null, $$[$0 - 5].loc, $$[$0 - 1].loc);
              break;
            case 53:
              this.$ = yy.caseItem($$[$0 - 4], $$[$0 - 2], $$[$0 - 5].loc, $$[$0 - 1].loc);
              break;
            case 54:
              this.$ = yy.pattern($$[$0]);
              break;
            case 55:
              this.$ = yy.patternAppend($$[$0 - 2], $$[$0]);
              break;
            case 56:
              this.$ = yy.ifClause($$[$0 - 4], $$[$0 - 2], $$[$0 - 1], $$[$0 - 5].loc, $$[$0].loc);
              break;
            case 57:
              this.$ = yy.ifClause($$[$0 - 3], $$[$0 - 1], null, $$[$0 - 4].loc, $$[$0].loc);
              break;
            case 58:
              this.$ = yy.ifClause($$[$0 - 2], $$[$0], null, $$[$0 - 3].loc, $$[$0].loc);
              break;
            case 59:
              this.$ = yy.ifClause($$[$0 - 3], $$[$0 - 1], $$[$0], $$[$0 - 4].loc, $$[$0].loc);
              break;
            case 60:
              this.$ = yy.elseClause($$[$0], $$[$0 - 1]);
              break;
            case 61:
              this.$ = yy.while($$[$0 - 1], $$[$0], $$[$0 - 2]);
              break;
            case 62:
              this.$ = yy.until($$[$0 - 1], $$[$0], $$[$0 - 2]);
              break;
            case 63:
              this.$ = yy.functionDefinition($$[$0 - 4], $$[$0]);
              break;
            case 64:
              this.$ = [$$[$0], null];
              break;
            case 65:
              this.$ = [$$[$0 - 1], $$[$0]];
              break;
            case 67:
              this.$ = yy.braceGroup($$[$0 - 1], $$[$0 - 2].loc, $$[$0].loc);
              break;
            case 68:
              this.$ = yy.doGroup($$[$0 - 1], $$[$0 - 2].loc, $$[$0].loc);
              break;
            case 69:
              this.$ = yy.command($$[$0 - 2], $$[$0 - 1], $$[$0]);
              break;
            case 70:
              this.$ = yy.command($$[$0 - 1], $$[$0], null);
              break;
            case 71:
              this.$ = yy.commandAssignment($$[$0]);
              break;
            case 72:
              this.$ = yy.command(null, $$[$0 - 1], $$[$0]);
              break;
            case 73:
              this.$ = yy.command(null, $$[$0]);
              break;
            case 74:
              this.$ = yy.commandName(yytext);
              break;
            case 75:
              this.$ = yytext;
              break;
            case 76:
            case 78:
              this.$ = yy.prefix($$[$0]);
              break;
            case 77:
            case 79:
              this.$ = yy.prefixAppend($$[$0 - 1], $$[$0]);
              break;
            case 80:
            case 82:
              this.$ = yy.suffix($$[$0]);
              break;
            case 81:
            case 83:
              this.$ = yy.suffixAppend($$[$0 - 1], $$[$0]);
              break;
            case 84:
            case 105:
              this.$ = [$$[$0]];
              break;
            case 85:
              this.$ = $$[$0 - 1].concat($$[$0]);
              break;
            case 87:
              this.$ = yy.numberIoRedirect($$[$0], $$[$0 - 1]);
              break;
            case 90:
            case 91:
            case 92:
            case 93:
            case 94:
            case 95:
            case 96:
              this.$ = yy.ioRedirect($$[$0 - 1], $$[$0]);
              break;
            case 106:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: 3, 7: 4, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 31: $V2, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl, 84: $Vm }, { 1: [3] }, { 5: 47, 6: [1, 48], 31: $V2, 84: $Vm }, { 4: 49, 7: 4, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, o($Vn, [2, 6], { 9: $Vo, 11: $Vp }), o($Vq, [2, 103]), o($Vq, [2, 104]), o($Vr, [2, 7]), o($Vr, [2, 10], { 15: $Vs }), { 12: 53, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, o($Vt, [2, 12]), o($Vt, [2, 14]), o($Vt, [2, 15], { 70: 35, 72: 37, 18: 54, 68: 55, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($Vt, [2, 17]), o($Vt, [2, 71], { 70: 35, 72: 37, 65: 56, 68: 57, 42: [1, 59], 69: [1, 58], 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($Vt, [2, 73], { 70: 35, 72: 37, 66: 60, 68: 61, 42: $Vu, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($Vv, [2, 18]), o($Vv, [2, 19]), o($Vv, [2, 20]), o($Vv, [2, 21]), o($Vv, [2, 22]), o($Vv, [2, 23]), o($Vv, [2, 24]), { 27: [1, 63] }, o($Vw, [2, 76]), o($Vw, [2, 78]), o($Vx, [2, 74]), { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 28: 64, 30: 65, 31: $Vy, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 28: 68, 30: 65, 31: $Vy, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, { 33: 69, 39: [1, 70] }, { 42: [1, 71] }, { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 28: 72, 30: 65, 31: $Vy, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 28: 73, 30: 65, 31: $Vy, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 28: 74, 30: 65, 31: $Vy, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, { 27: [2, 66] }, o($Vw, [2, 86]), { 70: 75, 72: 76, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, o($Vw, [2, 88]), { 42: $Vz, 74: 77 }, { 42: $Vz, 74: 79 }, { 42: $Vz, 74: 80 }, { 42: $Vz, 74: 81 }, { 42: $Vz, 74: 82 }, { 42: $Vz, 74: 83 }, { 42: $Vz, 74: 84 }, { 42: $VA, 82: 85 }, { 42: $VA, 82: 87 }, { 6: [1, 88], 7: 89, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, { 1: [2, 2] }, { 5: 91, 6: [1, 90], 31: $V2, 84: $Vm }, o($VB, $VC, { 10: 92, 31: $VD }), o($VB, $VC, { 10: 94, 31: $VD }), o([27, 32, 39, 41, 42, 50, 56, 57, 60, 69, 71, 73, 75, 76, 77, 78, 79, 80, 81, 83], $VC, { 10: 95, 31: $VD }), o($Vr, [2, 11], { 15: $Vs }), o($Vt, [2, 16], { 70: 35, 72: 37, 68: 96, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($Vv, [2, 84]), o($Vt, [2, 70], { 70: 35, 72: 37, 68: 61, 66: 97, 42: $Vu, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($Vw, [2, 77]), o($Vw, [2, 79]), o($Vx, [2, 75]), o($Vt, [2, 72], { 70: 35, 72: 37, 68: 98, 42: $VE, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($Vx, [2, 80]), o($Vx, [2, 82]), { 29: [1, 100] }, { 61: [1, 101] }, o($VF, [2, 26], { 5: 102, 31: $V2, 84: $Vm }), { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 30: 103, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, o($VG, [2, 31], { 9: $Vo, 11: $Vp }), { 29: [1, 104] }, { 10: 105, 31: $VD, 35: [1, 106], 36: [1, 107], 37: 108, 62: $VC }, o([31, 35, 36, 62], [2, 36]), { 10: 109, 31: $VD, 36: $VC }, { 51: [1, 110] }, { 34: 111, 62: $VH }, { 34: 113, 62: $VH }, o($Vw, [2, 87]), o($Vw, [2, 89]), o($Vw, [2, 90]), o($Vw, [2, 97]), o($Vw, [2, 91]), o($Vw, [2, 92]), o($Vw, [2, 93]), o($Vw, [2, 94]), o($Vw, [2, 95]), o($Vw, [2, 96]), o($Vw, [2, 98]), o($Vw, [2, 100]), o($Vw, [2, 99]), { 1: [2, 1] }, o($Vn, [2, 5], { 9: $Vo, 11: $Vp }), { 1: [2, 3] }, { 6: [1, 114], 7: 89, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, { 8: 115, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, o([13, 27, 32, 36, 39, 41, 42, 44, 50, 56, 57, 60, 62, 69, 71, 73, 75, 76, 77, 78, 79, 80, 81, 83], $VI), { 8: 116, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, { 14: 117, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, o($Vv, [2, 85]), o($Vt, [2, 69], { 70: 35, 72: 37, 68: 98, 42: $VE, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($Vx, [2, 81]), o($Vx, [2, 83]), o([27, 32, 41, 50, 56, 57, 60], $VC, { 10: 118, 31: $VD }), o($Vv, [2, 67]), o($VJ, [2, 28], { 8: 7, 12: 8, 14: 10, 16: 11, 17: 12, 19: 13, 64: 14, 67: 15, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 58: 23, 68: 24, 70: 35, 72: 37, 7: 119, 13: $V0, 27: $V1, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 60: $Va, 69: $Vb, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($VF, [2, 27], { 5: 120, 31: $V2, 84: $Vm }), o($Vv, [2, 25]), { 34: 121, 62: $VH }, { 5: 122, 31: $V2, 84: $Vm }, { 5: 123, 31: $V2, 42: $VK, 84: $Vm }, { 38: 124, 40: 125, 42: [1, 126] }, { 36: [1, 128], 37: 127 }, { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 28: 129, 30: 65, 31: $Vy, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, o($Vv, [2, 61]), { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 28: 130, 30: 65, 31: $Vy, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, o($Vv, [2, 62]), { 1: [2, 4] }, o($Vr, [2, 8]), o($Vr, [2, 9]), o($Vt, [2, 13]), { 17: 132, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 32: $V3, 41: $V5, 50: $V7, 56: $V8, 57: $V9, 59: 131, 60: $Va }, o($VG, [2, 30], { 9: $Vo, 11: $Vp }), o($VJ, [2, 29], { 8: 7, 12: 8, 14: 10, 16: 11, 17: 12, 19: 13, 64: 14, 67: 15, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 58: 23, 68: 24, 70: 35, 72: 37, 7: 119, 13: $V0, 27: $V1, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 60: $Va, 69: $Vb, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($Vv, [2, 32]), { 34: 133, 62: $VH }, { 34: 134, 62: $VH }, { 5: 135, 31: $V2, 84: $Vm }, o([31, 84], [2, 38], { 42: [1, 136] }), o($VL, [2, 105]), o($VM, $VC, { 10: 137, 31: $VD }), o([27, 31, 42, 44], $VK), { 52: 138, 53: [1, 139], 54: $VN, 55: $VO }, { 63: [1, 142] }, o($Vt, [2, 63]), o($Vt, [2, 64], { 70: 35, 72: 37, 68: 55, 18: 143, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($Vv, [2, 33]), o($Vv, [2, 34]), { 34: 144, 62: $VH }, o($VL, [2, 106]), { 27: $VP, 42: $VQ, 43: 145, 44: [1, 147], 45: 146, 46: 149, 47: 148, 48: 150 }, { 53: [1, 153] }, o($Vv, [2, 57]), { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 28: 154, 30: 65, 31: $Vy, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 28: 155, 30: 65, 31: $Vy, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, o($Vv, [2, 68]), o($Vt, [2, 65], { 70: 35, 72: 37, 68: 96, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($Vv, [2, 35]), { 27: $VP, 42: $VQ, 44: [1, 156], 46: 158, 47: 157, 48: 150 }, { 44: [1, 159] }, o($Vv, [2, 41]), o($VM, [2, 45]), { 44: [2, 43] }, { 15: $VR, 29: [1, 160] }, { 42: $VQ, 48: 162 }, o($VS, [2, 54]), o($Vv, [2, 56]), { 51: [1, 163] }, { 53: [2, 60] }, o($Vv, [2, 39]), o($VM, [2, 44]), { 44: [2, 42] }, o($Vv, [2, 40]), o($VT, $VC, { 8: 7, 12: 8, 14: 10, 16: 11, 17: 12, 19: 13, 64: 14, 67: 15, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 58: 23, 68: 24, 70: 35, 72: 37, 30: 65, 7: 67, 10: 164, 28: 165, 13: $V0, 27: $V1, 31: $VU, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 60: $Va, 69: $Vb, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), { 42: [1, 167] }, { 15: $VR, 29: [1, 168] }, { 7: 67, 8: 7, 12: 8, 13: $V0, 14: 10, 16: 11, 17: 12, 19: 13, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 27: $V1, 28: 169, 30: 65, 31: $Vy, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 58: 23, 60: $Va, 64: 14, 67: 15, 68: 24, 69: $Vb, 70: 35, 71: $Vc, 72: 37, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }, { 44: [2, 46], 49: [1, 170] }, { 10: 172, 31: $VD, 44: $VC, 49: [1, 171] }, o($VT, $VI, { 8: 7, 12: 8, 14: 10, 16: 11, 17: 12, 19: 13, 64: 14, 67: 15, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 58: 23, 68: 24, 70: 35, 72: 37, 7: 67, 30: 103, 13: $V0, 27: $V1, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 60: $Va, 69: $Vb, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), o($VS, [2, 55]), o($VT, $VC, { 8: 7, 12: 8, 14: 10, 16: 11, 17: 12, 19: 13, 64: 14, 67: 15, 20: 16, 21: 17, 22: 18, 23: 19, 24: 20, 25: 21, 26: 22, 58: 23, 68: 24, 70: 35, 72: 37, 30: 65, 7: 67, 10: 173, 28: 174, 13: $V0, 27: $V1, 31: $VU, 32: $V3, 39: $V4, 41: $V5, 42: $V6, 50: $V7, 56: $V8, 57: $V9, 60: $Va, 69: $Vb, 71: $Vc, 73: $Vd, 75: $Ve, 76: $Vf, 77: $Vg, 78: $Vh, 79: $Vi, 80: $Vj, 81: $Vk, 83: $Vl }), { 52: 175, 53: [2, 58], 54: $VN, 55: $VO }, o($VM, $VC, { 10: 176, 31: $VD }), o($VM, $VC, { 10: 177, 31: $VD }), { 44: [2, 47] }, { 44: [2, 48], 49: [1, 178] }, { 10: 180, 31: $VD, 44: $VC, 49: [1, 179] }, { 53: [2, 59] }, o($VM, [2, 50]), o($VM, [2, 51]), o($VM, $VC, { 10: 181, 31: $VD }), o($VM, $VC, { 10: 182, 31: $VD }), { 44: [2, 49] }, o($VM, [2, 52]), o($VM, [2, 53])],
        defaultActions: { 34: [2, 66], 48: [2, 2], 88: [2, 1], 90: [2, 3], 114: [2, 4], 149: [2, 43], 155: [2, 60], 158: [2, 42], 172: [2, 47], 175: [2, 59], 180: [2, 49] },
        parseError: function(str, hash) {
          if (hash.recoverable)
            this.trace(str);
          else {
            var error = new Error(str);
            throw error.hash = hash, error;
          }
        },
        parse: function(input) {
          var self2 = this, stack = [0], tstack = [], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1, args = lstack.slice.call(arguments, 1), lexer = Object.create(this.lexer), sharedState = { yy: {} };
          for (var k in this.yy)
            Object.prototype.hasOwnProperty.call(this.yy, k) && (sharedState.yy[k] = this.yy[k]);
          lexer.setInput(input, sharedState.yy), sharedState.yy.lexer = lexer, sharedState.yy.parser = this, typeof lexer.yylloc > "u" && (lexer.yylloc = {});
          var yyloc = lexer.yylloc;
          lstack.push(yyloc);
          var ranges = lexer.options && lexer.options.ranges;
          typeof sharedState.yy.parseError == "function" ? this.parseError = sharedState.yy.parseError : this.parseError = Object.getPrototypeOf(this).parseError;
          function popStack(n) {
            stack.length = stack.length - 2 * n, vstack.length = vstack.length - n, lstack.length = lstack.length - n;
          }
          for (var lex = function() {
            var token;
            return token = lexer.lex() || EOF, typeof token != "number" && (token = self2.symbols_[token] || token), token;
          }, symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected; ; ) {
            if (state = stack[stack.length - 1], this.defaultActions[state] ? action = this.defaultActions[state] : ((symbol === null || typeof symbol > "u") && (symbol = lex()), action = table[state] && table[state][symbol]), typeof action > "u" || !action.length || !action[0]) {
              var errStr = "";
              expected = [];
              for (p in table[state])
                this.terminals_[p] && p > TERROR && expected.push("'" + this.terminals_[p] + "'");
              lexer.showPosition ? errStr = "Parse error on line " + (yylineno + 1) + `:
` + lexer.showPosition() + `
Expecting ` + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'" : errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == EOF ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'"), this.parseError(errStr, {
                text: lexer.match,
                token: this.terminals_[symbol] || symbol,
                line: lexer.yylineno,
                loc: yyloc,
                expected
              });
            }
            if (action[0] instanceof Array && action.length > 1)
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            switch (action[0]) {
              case 1:
                stack.push(symbol), vstack.push(lexer.yytext), lstack.push(lexer.yylloc), stack.push(action[1]), symbol = null, preErrorSymbol ? (symbol = preErrorSymbol, preErrorSymbol = null) : (yyleng = lexer.yyleng, yytext = lexer.yytext, yylineno = lexer.yylineno, yyloc = lexer.yylloc, recovering > 0 && recovering--);
                break;
              case 2:
                if (len = this.productions_[action[1]][1], yyval.$ = vstack[vstack.length - len], yyval._$ = {
                  first_line: lstack[lstack.length - (len || 1)].first_line,
                  last_line: lstack[lstack.length - 1].last_line,
                  first_column: lstack[lstack.length - (len || 1)].first_column,
                  last_column: lstack[lstack.length - 1].last_column
                }, ranges && (yyval._$.range = [
                  lstack[lstack.length - (len || 1)].range[0],
                  lstack[lstack.length - 1].range[1]
                ]), r = this.performAction.apply(yyval, [
                  yytext,
                  yyleng,
                  yylineno,
                  sharedState.yy,
                  action[1],
                  vstack,
                  lstack
                ].concat(args)), typeof r < "u")
                  return r;
                len && (stack = stack.slice(0, -1 * len * 2), vstack = vstack.slice(0, -1 * len), lstack = lstack.slice(0, -1 * len)), stack.push(this.productions_[action[1]][0]), vstack.push(yyval.$), lstack.push(yyval._$), newState = table[stack[stack.length - 2]][stack[stack.length - 1]], stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      function Parser() {
        this.yy = {};
      }
      return Parser.prototype = parser2, parser2.Parser = Parser, new Parser();
    })();
    typeof import_chunk_MOTYY5BU.__require < "u" && typeof exports2 < "u" && (exports2.parser = parser, exports2.Parser = parser.Parser, exports2.parse = function() {
      return parser.parse.apply(parser, arguments);
    }, exports2.main = function(args) {
      args[1] || (console.log("Usage: " + args[0] + " FILE"), process.exit(1));
      var source = (0, import_chunk_MOTYY5BU.__require)("fs").readFileSync((0, import_chunk_MOTYY5BU.__require)("path").normalize(args[1]), "utf8");
      return exports2.parser.parse(source);
    }, typeof module2 < "u" && import_chunk_MOTYY5BU.__require.main === module2 && exports2.main(process.argv.slice(1)));
  }
});
var require_posix = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/index.js"(exports2, module2) {
    "use strict";
    var astBuilder = require_ast_builder(), tokenizer = require_tokenizer(), phaseCatalog = require_rules(), grammarSource = require_grammar(), enums = require_enums(), lexerPhases = () => [
      phaseCatalog.newLineList,
      phaseCatalog.operatorTokens,
      phaseCatalog.separator,
      phaseCatalog.reservedWords,
      phaseCatalog.linebreakIn,
      phaseCatalog.ioNumber,
      phaseCatalog.identifyMaybeSimpleCommands,
      phaseCatalog.assignmentWord,
      phaseCatalog.parameterExpansion,
      phaseCatalog.arithmeticExpansion,
      phaseCatalog.commandExpansion,
      phaseCatalog.forNameVariable,
      phaseCatalog.functionName,
      phaseCatalog.identifySimpleCommandNames,
      // utils.loggerPhase('pre'),
      phaseCatalog.aliasSubstitution,
      // utils.loggerPhase('post'),
      phaseCatalog.tildeExpanding,
      phaseCatalog.parameterExpansion.resolve,
      phaseCatalog.commandExpansion.resolve,
      phaseCatalog.arithmeticExpansion.resolve,
      phaseCatalog.fieldSplitting.split,
      phaseCatalog.pathExpansion,
      phaseCatalog.quoteRemoval,
      phaseCatalog.syntaxerrorOnContinue,
      phaseCatalog.defaultNodeType
      // utils.loggerPhase('tokenizer'),
    ];
    module2.exports = {
      inherits: null,
      init: (posixMode, utils) => {
        let grammar = null;
        try {
          grammar = require_built_grammar();
        } catch {
        }
        return {
          enums,
          phaseCatalog,
          lexerPhases: lexerPhases(utils),
          tokenizer,
          grammarSource,
          grammar,
          astBuilder
        };
      }
    };
  }
});
var require_word_expansion = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/modes/word-expansion/index.js"(exports2, module2) {
    "use strict";
    var map = require_map_iterable(), tokenOrEmpty = require_tokens().tokenOrEmpty, convertToWord = () => map((tk) => tk.is("TOKEN") ? tk.changeTokenType("WORD", tk.value) : tk);
    function start(state, source, reducers) {
      let char = source && source.shift();
      return char === void 0 ? {
        nextReduction: reducers.end,
        tokensToEmit: tokenOrEmpty(state),
        nextState: state.resetCurrent().saveCurrentLocAsStart()
      } : state.escaping && char === `
` ? {
        nextReduction: reducers.start,
        nextState: state.setEscaping(false).removeLastChar()
      } : !state.escaping && char === "\\" ? {
        nextReduction: reducers.start,
        nextState: state.setEscaping(true).appendChar(char)
      } : !state.escaping && char === "'" ? {
        nextReduction: reducers.singleQuoting,
        nextState: state.appendChar(char)
      } : !state.escaping && char === '"' ? {
        nextReduction: reducers.doubleQuoting,
        nextState: state.appendChar(char)
      } : !state.escaping && char === "$" ? {
        nextReduction: reducers.expansionStart,
        nextState: state.appendChar(char).appendEmptyExpansion()
      } : !state.escaping && char === "`" ? {
        nextReduction: reducers.expansionCommandTick,
        nextState: state.appendChar(char).appendEmptyExpansion()
      } : {
        nextReduction: reducers.start,
        nextState: state.appendChar(char).setEscaping(false)
      };
    }
    module2.exports = {
      inherits: "posix",
      init: (posixMode) => {
        let phaseCatalog = posixMode.phaseCatalog, lexerPhases = [
          convertToWord,
          phaseCatalog.parameterExpansion,
          phaseCatalog.arithmeticExpansion,
          phaseCatalog.commandExpansion,
          phaseCatalog.tildeExpanding,
          phaseCatalog.parameterExpansion.resolve,
          phaseCatalog.commandExpansion.resolve,
          phaseCatalog.arithmeticExpansion.resolve,
          phaseCatalog.fieldSplitting.split,
          phaseCatalog.pathExpansion,
          phaseCatalog.quoteRemoval,
          phaseCatalog.defaultNodeType
        ], reducers = Object.assign({}, posixMode.tokenizer.reducers, { start });
        return Object.assign({}, posixMode, { lexerPhases, tokenizer: () => posixMode.tokenizer({}, reducers) });
      }
    };
  }
});
var require_src = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/@ericcornelissen/bash-parser/src/index.js"(exports2, module2) {
    "use strict";
    var shellLexer = require_shell_lexer(), utils = require_utils(), modes = {
      bash: require_bash(),
      posix: require_posix(),
      "word-expansion": require_word_expansion()
    };
    function loadPlugin(name) {
      let modePlugin = modes[name];
      return modePlugin.inherits ? modePlugin.init(loadPlugin(modePlugin.inherits), utils) : modePlugin.init(null, utils);
    }
    module2.exports = function(sourceCode, options) {
      try {
        options = options || {}, options.mode = options.mode || "posix";
        let mode = loadPlugin(options.mode), Parser = mode.grammar.Parser, astBuilder = mode.astBuilder, parser = new Parser();
        return parser.lexer = shellLexer(mode, options), parser.yy = astBuilder(options), parser.parse(sourceCode);
      } catch (err) {
        throw err instanceof SyntaxError ? err : new Error(err.stack || err.message);
      }
    };
  }
});
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
}, MAX_LEX_NESTING = 64, Lexer = class {
  constructor(s) {
    this.s = s;
    this.n = s.length;
  }
  s;
  i = 0;
  n;
  /**
   * The parser's text as UTF-16 code units, made on the first rewrite (most lines have none).
   * Code units, not one string per character: a 100 KB line stays one buffer for the collector.
   */
  out;
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
    if (!this.out) {
      this.out = new Uint16Array(this.n);
      for (let j = 0; j < this.n; j++) this.out[j] = this.s.charCodeAt(j);
    }
    this.out[k] = c.charCodeAt(0);
  }
  rewrite(from, to, text) {
    for (let k = from; k < to; k++) this.put(k, k - from < text.length ? text[k - from] : " ");
  }
  /** The line as the parser is to read it. */
  parseText() {
    let out = this.out;
    if (!out) return this.s;
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
    let s = this.s, start = this.i, units = [], subs = [], st = { dynamic: false, quoted: false, splits: false }, tilde = false;
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
    /^\d+$/.test(w.raw) && this.rewrite(start, end, "_".repeat(end - start)), role === "herestring" && (w.hereString = true), (role === "heredoc" || role === "heredoc-strip") && (this.rewrite(start, end, "-"), w.parseEnd = start + 1, w.heredoc = { body: "", quoted: st.quoted, subs: [] }, this.pending.push({ word: w, delimiter: value, strip: role === "heredoc-strip", quoted: st.quoted, top })), top && (this.words.push(w), this.tokens.push({ kind: "word", word: w }));
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
      this.rewrite(from, this.i, "_".repeat(this.i - from)), units.push({ t: decoded, active: false });
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
    this.rewrite(from, this.i, "_".repeat(this.i - from));
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
function lexShell(src) {
  let lx = new Lexer(src);
  try {
    lx.list(true, false);
  } catch (e) {
    if (e instanceof LexError) return { words: lx.words, tokens: lx.tokens, parseText: src, error: e.message };
    throw e;
  }
  return { words: lx.words, tokens: lx.tokens, parseText: lx.parseText() };
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
var import_bash_parser = (0, import_chunk_MOTYY5BU.__toESM)(require_src(), 1);
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
        case "For":
          this.word(n.name);
          for (let w of n.wordlist ?? []) this.word(w);
          return this.node(n.do);
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
      word.hereString ? cmd.stdin.push(word) : cmd.argv.push(word);
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
    ast = (0, import_bash_parser.default)(lex.parseText + " ", { insertLOC: true });
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
function own(table, key) {
  return table !== void 0 && Object.hasOwn(table, key) ? table[key] : void 0;
}
function ownEntries(table) {
  return new Map(Object.entries(table));
}
var CHDIR = {
  env: { short: "C", long: ["--chdir"] },
  sudo: { short: "D", long: ["--chdir"] },
  git: { short: "C", beforeSubcommand: true },
  make: { short: "C", long: ["--directory"] },
  gmake: { short: "C", long: ["--directory"] },
  tar: { short: "C", long: ["--directory"] },
  npm: { short: "C", long: ["--prefix"] },
  pnpm: { short: "C", long: ["--dir"] },
  yarn: { long: ["--cwd"] },
  terraform: { long: ["-chdir"] },
  uv: { long: ["--directory"] },
  go: { short: "C" },
  cargo: { short: "C" }
}, CHDIR_BY_NAME = ownEntries(CHDIR);
function chdirTargets(exe, args) {
  let spec = CHDIR_BY_NAME.get(exe);
  if (!spec) return [];
  let out = [];
  for (let k = 0; k < args.length; k++) {
    let a = args[k], v = a.value;
    if (v === "--" || spec.beforeSubcommand && !a.dynamic && !v.startsWith("-")) break;
    if (a.dynamic) {
      (!a.oneWord || /^[-$`*?[]/.test(v)) && out.push({ value: v, dynamic: true });
      continue;
    }
    for (let long of spec.long ?? [])
      v === long ? out.push(args[++k] ?? { value: "", dynamic: true }) : v.startsWith(`${long}=`) && out.push({ ...a, value: v.slice(long.length + 1) });
    spec.short && v.startsWith(`-${spec.short}`) && !v.startsWith("--") && (v.length > 2 ? out.push({ ...a, value: v.slice(2) }) : out.push(args[++k] ?? { value: "", dynamic: true }));
  }
  return out;
}
var program_hazards_default = {
  $comment: "Options that make a program run code the command line does not show (code) or write to, read from or contact a place the line does not show (elsewhere), per program and per subcommand (SPEC 3: an allow never admits such an option unless the pattern names it). Read by src/match/shell-hazards.ts. A `code` option written on the line makes it opaque (commands.opaque decides; an allow pattern naming it admits it); a word known only at run time where the program reads options may be any of these, so no allow pattern admits it. Spellings: `--long` also covers `--long=value`; `-x` also covers clusters (`-ax`) and attached values (`-xVALUE`); `+` covers any word starting with `+`; `NAME=` covers operands starting with it. optionsAnywhere: the program reads options (or predicates) after `--` too. Reviewed like code: a missing option only lets an allow admit it; an extra one only asks for approval.",
  programs: {
    git: {
      code: ["-c", "--config-env", "--exec-path", "--git-dir", "--work-tree"],
      elsewhere: ["--namespace", "--super-prefix"],
      subcommands: {
        diff: { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        log: { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        show: { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        whatchanged: { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        "range-diff": { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        stash: { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        "format-patch": { code: ["--ext-diff", "--textconv"], elsewhere: ["--output", "-o", "--output-directory"] },
        blame: { code: ["--textconv"], elsewhere: [] },
        clone: { code: ["--upload-pack", "-u", "--template", "-c", "--config"], elsewhere: ["--separate-git-dir", "--reference", "--reference-if-able"] },
        init: { code: ["--template"], elsewhere: ["--separate-git-dir"] },
        fetch: { code: ["--upload-pack"], elsewhere: [] },
        pull: { code: ["--upload-pack"], elsewhere: [] },
        "ls-remote": { code: ["--upload-pack"], elsewhere: [] },
        push: { code: ["--receive-pack", "--exec"], elsewhere: ["--repo"] },
        archive: { code: ["--exec"], elsewhere: ["--output", "-o", "--remote"] },
        rebase: { code: ["--exec", "-x"], elsewhere: [] },
        grep: { code: ["-O", "--open-files-in-pager", "--textconv"], elsewhere: [] },
        difftool: { code: ["--extcmd", "-x", "--tool", "-t"], elsewhere: [] },
        mergetool: { code: ["--tool", "-t"], elsewhere: [] },
        config: { code: [], elsewhere: ["--global", "--system", "--file", "-f", "--worktree"] },
        "send-email": { code: ["--sendmail-cmd", "--smtp-server", "--to-cmd", "--cc-cmd", "--header-cmd"], elsewhere: [] }
      }
    },
    npm: { code: ["--script-shell", "--node-options", "--call", "-c", "--userconfig", "--globalconfig"], elsewhere: ["--prefix", "-C", "-g", "--global", "--location", "--cache", "--registry", "--workspace", "-w", "--shell"] },
    npx: { code: ["--call", "-c", "--node-options", "--script-shell", "--userconfig"], elsewhere: ["--prefix", "--registry", "--cache"] },
    pnpm: { code: ["--script-shell", "--node-options", "-c"], elsewhere: ["--dir", "-C", "--prefix", "-g", "--global", "--store-dir", "--registry", "--filter", "-F", "--shell-mode"] },
    yarn: { code: ["--script-shell"], elsewhere: ["--cwd", "--modules-folder", "--global-folder", "--cache-folder", "--registry", "--use-yarnrc"] },
    node: { code: ["-e", "--eval", "-p", "--print"], elsewhere: ["--inspect", "--inspect-brk", "--inspect-port", "--cpu-prof-dir", "--heap-prof-dir", "--diagnostic-dir", "--redirect-warnings", "-r", "--require", "--import", "--loader", "--experimental-loader", "--env-file", "--env-file-if-exists"] },
    pip: { code: [], elsewhere: ["--target", "-t", "--prefix", "--root", "--user", "--index-url", "-i", "--extra-index-url", "--find-links", "-f", "--src", "--log", "--config-settings", "-C"] },
    pip3: { code: [], elsewhere: ["--target", "-t", "--prefix", "--root", "--user", "--index-url", "-i", "--extra-index-url", "--find-links", "-f", "--src", "--log", "--config-settings", "-C"] },
    uv: { code: [], elsewhere: ["--directory", "--project", "--index-url", "--extra-index-url", "--index", "--default-index", "--target", "--prefix", "--cache-dir", "--config-file"] },
    curl: { code: ["-K", "--config"], elsewhere: ["--output-dir", "-D", "--dump-header", "-c", "--cookie-jar", "--trace", "--trace-ascii", "--libcurl", "--stderr", "--etag-save", "--hsts", "--alt-svc", "-x", "--proxy", "--connect-to", "--resolve"] },
    wget: { code: ["-e", "--execute", "--config"], elsewhere: ["-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix", "-i", "--input-file", "--post-file", "--body-file", "--save-cookies", "--warc-file", "--use-askpass"] },
    ssh: { code: ["-F"], elsewhere: ["-E", "-L", "-R", "-D", "-w", "-S", "-i", "-J", "-W"], checked: ["-o"] },
    scp: { code: ["-F", "-S"], elsewhere: ["-i", "-J"], checked: ["-o"] },
    sftp: { code: ["-F", "-S"], elsewhere: ["-b", "-i", "-J", "-D"], checked: ["-o"] },
    rsync: { code: ["-e", "--rsh", "--rsync-path", "--config"], elsewhere: ["--write-batch", "--only-write-batch", "--read-batch", "--log-file", "--backup-dir", "--temp-dir", "-T", "--partial-dir", "--compare-dest", "--copy-dest", "--link-dest", "--files-from", "--password-file"] },
    tar: { code: ["--to-command", "--use-compress-program", "-I", "--checkpoint-action", "--info-script", "--new-volume-script", "-F", "--rsh-command", "--rmt-command"], elsewhere: ["--index-file", "-g", "--listed-incremental", "-P", "--absolute-names", "-T", "--files-from"] },
    find: { optionsAnywhere: true, code: ["-fprint", "-fprintf", "-fls", "-fprint0"], elsewhere: ["-delete", "-files0-from"], checked: ["-exec", "-execdir", "-ok", "-okdir"] },
    fd: { code: ["-x", "--exec", "-X", "--exec-batch"], elsewhere: ["--base-directory", "--search-path"] },
    fdfind: { code: ["-x", "--exec", "-X", "--exec-batch"], elsewhere: ["--base-directory", "--search-path"] },
    rg: { code: ["--pre"], elsewhere: ["--ignore-file", "-f", "--file"] },
    sed: { code: ["-f", "--file"], elsewhere: [] },
    awk: { code: ["-f", "--file", "-E", "--exec", "-i", "--include", "-l", "--load"], elsewhere: [] },
    gawk: { code: ["-f", "--file", "-E", "--exec", "-i", "--include", "-l", "--load"], elsewhere: [] },
    sort: { code: ["--compress-program"], elsewhere: ["-o", "--output", "-T", "--temporary-directory", "--files0-from"] },
    cp: { code: [], elsewhere: [] },
    mv: { code: [], elsewhere: [] },
    ln: { code: [], elsewhere: [] },
    install: { code: ["--strip-program"], elsewhere: [] },
    dd: { optionsAnywhere: true, code: [], elsewhere: ["of=", "if="] },
    patch: { code: [], elsewhere: ["-d", "--directory", "-B", "--prefix", "-r", "--reject-file"] },
    make: { code: ["--eval", "-E", "SHELL=", ".SHELLFLAGS=", "MAKESHELL="], elsewhere: ["-o", "-W", "-f", "--file", "--makefile", "-I", "--include-dir"] },
    go: { code: ["-toolexec", "-exec"], elsewhere: ["-o", "-modfile", "-C", "-ldflags", "-gcflags", "-asmflags", "-overlay"] },
    cargo: { code: [], elsewhere: ["--target-dir", "--manifest-path", "--out-dir", "--artifact-dir", "-C", "--config-path", "--root", "--index", "--registry", "--config", "-Z"] },
    docker: { code: ["--entrypoint", "--config"], elsewhere: ["-H", "--host", "--context", "-c", "-v", "--volume", "--mount", "--pid", "--network", "--net", "--ipc", "--userns", "--privileged", "--cap-add", "--security-opt", "--device"] },
    podman: { code: ["--entrypoint", "--config", "--hooks-dir", "--conmon", "--runtime", "--network-cmd-path"], elsewhere: ["-H", "--host", "-c", "--connection", "--url", "--identity", "--root", "--runroot", "-v", "--volume", "--mount", "--pid", "--network", "--net", "--ipc", "--userns", "--privileged", "--cap-add", "--security-opt", "--device"] },
    kubectl: { code: ["--exec-command"], elsewhere: ["--context", "--cluster", "--server", "-s", "--token", "--as", "--as-group", "--user", "--kubeconfig"] },
    helm: { code: ["--post-renderer"], elsewhere: ["--kube-context", "--kube-apiserver", "--kube-token", "--repo", "--kubeconfig", "--repository-config", "--registry-config"] },
    terraform: { code: [], elsewhere: ["-chdir", "-state", "-state-out", "-backup", "-out", "-plugin-dir"] },
    gh: { code: [], elsewhere: ["-R", "--repo", "--hostname"] },
    aws: { code: [], elsewhere: ["--endpoint-url", "--region", "--output-file", "--profile"] },
    gcloud: { code: [], elsewhere: ["--project", "--account", "--configuration", "--impersonate-service-account", "--flags-file"] },
    az: { code: [], elsewhere: ["--subscription"] },
    less: { code: ["--lesskey-src", "-k", "--lesskey-file", "+"], elsewhere: ["-o", "--log-file", "-O", "--LOG-FILE"] },
    man: { code: ["-P", "--pager", "-H", "--html"], elsewhere: ["-M", "--manpath", "-C", "--config-file", "-p", "--preprocessor"] },
    vim: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    nvim: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u", "-l"] },
    emacs: { code: ["--eval", "-l", "--load", "-f", "--funcall", "--script"], elsewhere: [] },
    zip: { code: ["-TT", "--unzip-command"], elsewhere: ["-O", "--output-file", "-b", "--temp-path"] },
    unzip: { code: [], elsewhere: ["-d"] },
    pytest: { code: [], elsewhere: ["--basetemp", "--junitxml", "--junit-xml", "--resultlog", "--cache-dir", "-o", "--override-ini", "-p", "-c", "--config-file", "--confcutdir", "--rootdir"] },
    tsc: { code: [], elsewhere: ["--outDir", "--outFile", "--declarationDir", "--tsBuildInfoFile", "-p", "--project", "--plugins"] },
    eslint: { code: [], elsewhere: ["-o", "--output-file", "--cache-location", "--rulesdir", "--plugin", "-c", "--config", "--resolve-plugins-relative-to", "--format", "-f"] },
    prettier: { code: [], elsewhere: ["--plugin", "--config"] },
    jest: { code: [], elsewhere: ["--outputFile", "--coverageDirectory", "--cacheDirectory", "--rootDir", "-c", "--config", "--setupFiles", "--setupFilesAfterEnv", "--testRunner", "--reporters", "--globalSetup", "--globalTeardown", "--transform"] },
    vitest: { code: [], elsewhere: ["--outputFile", "--root", "-r", "--dir", "-c", "--config", "--setupFiles", "--globalSetup", "--reporter", "--environment"] }
  }
};
var programs_default = {
  $comment: "Per-program option models for command matching (src/command/programs.ts, SPEC 3). aliases: spelling -> canonical option. valued: options that take a value (the next word, or attached: -Cdir, --opt=v). globalValued/globalFlags: options before a subcommand. neutralGlobals: global options an allow of the subcommand admits (src/command/neutral-globals.ts): flags that change no effect, dirs whose literal in-repository value only moves the working directory (decided on its own), and opaque options that always make the line opaque (commands.opaque decides them). forcing: words that make `git push` a forced push. commandAliases: other spellings of the first operand (npm i = npm install), read for denies and approval gates. Reviewed like code: a missing entry only makes matching less exact for denies, never an allow wider.",
  touch: {
    $comment: "What a program's words touch (SPEC 3, src/command/touch-model.ts). operands: what each operand is (read, write, delete: a file; url: a request to its host; url-file: that, and a write of the URL's last path segment in the working directory (wget, curl -O); host: a host name; none: not a file). tree: operands are whole trees (true), or only as far as patterns naming paths below them go (named: a move of what may be a directory), or when one of these options is given. skipsHidden: a tree is walked without its dot-files (rg). skip: leading operands that are not files (grep's pattern) unless one of skipUnless is given. first/last: what the first operand / the last of two or more is. lastDir: the last operand may be a directory, so each source's base name under it is written too. dashdash: what operands after `--` are. options: options whose value is a file (read, write), a url, a host, or data (`@file` is read). assign: key=value operands (dd). when: fields that replace these when an option is given. posix: options end at the first operand (wrappers: the rest is the command they run). remote: operands may be host:path. startPoints: find's leading operands. shortFlags: the only short options there are, so a cluster with another letter is an operand (chmod -x f: the mode -x). bundled: the first operand may be an option cluster without a dash (tar xf). extract: writes the tree named by this option's value, or the working directory (empty: nothing is written, as with tar -O and --to-command, which hand each file to stdout or to a command). remote-name: the first operand names a git remote (its host is not known). noOperands: the operand used when there are none. guess: operands are only checked against denies (the program may not treat them as files, or reads only names and metadata: ls, stat, find). imageRefs: a container engine (docker, podman): registry hosts of image references, the daemon host, bind-mounted host paths (src/command/registry-refs.ts). addresses: socat's two addresses (src/command/socat-address.ts). listsOutside: an operand that lies outside the repository is a read decided like `cat` (a listing of ~/.ssh or /etc shows what is there; the word is a guess only inside the repository). Programs not listed get the generic reading: every operand is a guessed read.",
    cat: { operands: "read" },
    head: { operands: "read" },
    tail: { operands: "read" },
    less: { operands: "read" },
    more: { operands: "read" },
    wc: { operands: "read", options: { "--files0-from": "read" } },
    nl: { operands: "read" },
    od: { operands: "read" },
    xxd: { operands: "read", last: "write" },
    hexdump: { operands: "read" },
    strings: { operands: "read" },
    file: { operands: "read", guess: true, listsOutside: true },
    base64: { operands: "read" },
    md5sum: { operands: "read" },
    sha256sum: { operands: "read" },
    sha1sum: { operands: "read" },
    sort: { operands: "read", options: { "-o": "write", "--files0-from": "read" } },
    uniq: { operands: "read", last: "write" },
    cut: { operands: "read" },
    paste: { operands: "read" },
    tr: { operands: "none" },
    diff: { operands: "read", tree: ["-r", "--recursive"], options: { "--from-file": "read", "--to-file": "read", "-X": "read", "--exclude-from": "read" } },
    cmp: { operands: "read" },
    comm: { operands: "read" },
    grep: { operands: "read", skip: 1, skipUnless: ["-e", "-f"], tree: ["-r"], noOperandsWhen: { "-r": "." }, options: { "-f": "read", "--exclude-from": "read" } },
    egrep: { operands: "read", skip: 1, skipUnless: ["-e", "-f"], tree: ["-r"], noOperandsWhen: { "-r": "." }, options: { "-f": "read" } },
    fgrep: { operands: "read", skip: 1, skipUnless: ["-e", "-f"], tree: ["-r"], noOperandsWhen: { "-r": "." }, options: { "-f": "read" } },
    rg: { operands: "read", skip: 1, skipUnless: ["-e", "-f", "--files"], tree: true, noOperands: ".", skipsHidden: true, when: { "--hidden": { skipsHidden: false }, "-u": { skipsHidden: false }, "--no-ignore": { skipsHidden: false } }, options: { "-f": "read", "--ignore-file": "read" } },
    ag: { operands: "read", skip: 1, tree: true, noOperands: ".", skipsHidden: true },
    sed: { operands: "read", skip: 1, skipUnless: ["-e", "-f"], options: { "-f": "read" }, when: { "-i": { operands: "write" } } },
    awk: { operands: "read", skip: 1, skipUnless: ["-f"], options: { "-f": "read" } },
    gawk: { operands: "read", skip: 1, skipUnless: ["-f"], options: { "-f": "read" } },
    jq: { operands: "read", skip: 1, skipUnless: ["-f"], options: { "-f": "read", "--slurpfile": "read", "--rawfile": "read" } },
    yq: { operands: "read", skip: 1, when: { "-i": { operands: "write" } } },
    tee: { operands: "none" },
    ls: { operands: "read", guess: true, listsOutside: true },
    stat: { operands: "read", guess: true, listsOutside: true },
    du: { operands: "read", guess: true, listsOutside: true },
    tree: { operands: "read", guess: true, listsOutside: true, options: { "-o": "write" } },
    realpath: { operands: "none" },
    readlink: { operands: "none" },
    basename: { operands: "none" },
    dirname: { operands: "none" },
    find: { startPoints: true, noOperands: ".", listsOutside: true },
    touch: { operands: "write", options: { "-r": "read" } },
    mkdir: { operands: "write" },
    rmdir: { operands: "delete" },
    rm: { operands: "delete", tree: ["-r"] },
    unlink: { operands: "delete" },
    shred: { operands: "write" },
    truncate: { operands: "write", options: { "-r": "read" } },
    cp: { operands: "read", tree: ["-r", "-a"], last: "write", lastDir: true, options: { "-t": "write-dir" } },
    mv: { operands: "delete", tree: "named", last: "write", lastDir: true, options: { "-t": "write-dir" } },
    install: { operands: "read", last: "write", lastDir: true, options: { "-t": "write-dir" }, when: { "-d": { operands: "write", last: null } } },
    ln: { operands: "read", last: "write", lastDir: true, options: { "-t": "write-dir" } },
    chmod: { operands: "write", skip: 1, skipUnless: ["--reference"], shortFlags: "cfvR", tree: ["-R"], options: { "--reference": "read" } },
    chown: { operands: "write", skip: 1, skipUnless: ["--reference"], tree: ["-R"], options: { "--reference": "read" } },
    chgrp: { operands: "write", skip: 1, skipUnless: ["--reference"], tree: ["-R"], options: { "--reference": "read" } },
    dd: { operands: "none", assign: { if: "read", of: "write" } },
    tar: { operands: "read", tree: true, bundled: true, options: { "-f": "read", "-T": "read", "-X": "read" }, when: { "-c": { options: { "-f": "write", "-T": "read", "-X": "read" } }, "-r": { options: { "-f": "write", "-T": "read" } }, "-u": { options: { "-f": "write", "-T": "read" } }, "-x": { operands: "none", extract: "-C" }, "-O": { extract: "" }, "--to-command": { extract: "" } } },
    zip: { operands: "read", first: "write", tree: ["-r"] },
    unzip: { operands: "none", first: "read", extract: "-d" },
    gzip: { operands: "write", when: { "-c": { operands: "read" } } },
    gunzip: { operands: "write", when: { "-c": { operands: "read" } } },
    xz: { operands: "write", when: { "-c": { operands: "read" } } },
    bzip2: { operands: "write", when: { "-c": { operands: "read" } } },
    zstd: { operands: "write", options: { "-o": "write" } },
    patch: { operands: "write", options: { "-i": "read", "-o": "write" } },
    xargs: { posix: true, options: { "-a": "read" } },
    time: { posix: true, options: { "-o": "write" } },
    echo: { operands: "none" },
    printf: { operands: "none" },
    true: { operands: "none" },
    false: { operands: "none" },
    test: { operands: "none" },
    "[": { operands: "none" },
    export: { operands: "none" },
    set: { operands: "none" },
    unset: { operands: "none" },
    local: { operands: "none" },
    declare: { operands: "none" },
    read: { operands: "none" },
    shift: { operands: "none" },
    exit: { operands: "none" },
    return: { operands: "none" },
    sleep: { operands: "none" },
    date: { operands: "none" },
    pwd: { operands: "none" },
    whoami: { operands: "none" },
    id: { operands: "none" },
    uname: { operands: "none" },
    which: { operands: "none" },
    type: { operands: "none" },
    seq: { operands: "none" },
    kill: { operands: "none" },
    ps: { operands: "none" },
    wait: { operands: "none" },
    printenv: { operands: "none" },
    cd: { operands: "none" },
    pushd: { operands: "none" },
    popd: { operands: "none" },
    source: { operands: "none" },
    ".": { operands: "none" },
    eval: { operands: "none" },
    node: { operands: "none", first: "read", options: { "-r": "read", "--require": "read", "--import": "read", "--env-file": "read" }, when: { "-e": { first: null }, "-p": { first: null }, "--eval": { first: null }, "--print": { first: null } } },
    python: { operands: "none", first: "read", when: { "-c": { first: null }, "-m": { first: null } } },
    python3: { operands: "none", first: "read", when: { "-c": { first: null }, "-m": { first: null } } },
    ruby: { operands: "none", first: "read", when: { "-e": { first: null } } },
    perl: { operands: "none", first: "read", when: { "-e": { first: null }, "-E": { first: null } } },
    deno: { operands: "none" },
    bun: { operands: "none", options: { "--registry": "url" } },
    tsx: { operands: "none", first: "read" },
    npm: { operands: "none", options: { "--registry": "url" } },
    pnpm: { operands: "none", options: { "--registry": "url" } },
    yarn: { operands: "none", options: { "--registry": "url" } },
    npx: { operands: "none", options: { "--registry": "url" } },
    pip: { operands: "none", options: { "-r": "read", "-c": "read", "-i": "url", "--extra-index-url": "url" } },
    pip3: { operands: "none", options: { "-r": "read", "-c": "read", "-i": "url", "--extra-index-url": "url" } },
    uv: { operands: "none", options: { "-r": "read", "--requirement": "read", "-c": "read", "--constraint": "read", "--index-url": "url", "-i": "url", "--extra-index-url": "url", "--index": "url", "--default-index": "url" } },
    go: { operands: "none", options: { "-o": "write", "-modfile": "read" } },
    cargo: { operands: "none", options: { "--manifest-path": "read", "--index": "url" } },
    make: { operands: "none", options: { "-f": "read" } },
    docker: { operands: "none", options: { "-f": "read", "--file": "read", "--env-file": "read", "--cidfile": "write", "--label-file": "read" }, imageRefs: { globalValued: ["-H", "--host", "--context", "-c", "--config", "--log-level", "-l", "--tlscacert", "--tlscert", "--tlskey", "--url", "--connection", "--root", "--runroot", "--storage-driver", "--cgroup-manager", "--network-cmd-path", "--conmon", "--runtime", "--tmpdir", "--identity", "--module", "--events-backend", "--hooks-dir"], runValued: ["-a", "--attach", "--add-host", "--annotation", "--blkio-weight", "--cap-add", "--cap-drop", "--cgroup-parent", "--cgroupns", "--cidfile", "--cpu-period", "--cpu-quota", "--cpu-shares", "-c", "--cpus", "--cpuset-cpus", "--cpuset-mems", "--device", "--device-cgroup-rule", "--dns", "--dns-option", "--dns-search", "--domainname", "--entrypoint", "-e", "--env", "--env-file", "--expose", "--gpus", "--group-add", "--health-cmd", "--health-interval", "--health-retries", "--health-start-period", "--health-timeout", "-h", "--hostname", "--ip", "--ip6", "--ipc", "--isolation", "--kernel-memory", "-l", "--label", "--label-file", "--link", "--log-driver", "--log-opt", "--mac-address", "-m", "--memory", "--memory-reservation", "--memory-swap", "--memory-swappiness", "--mount", "--name", "--network", "--net", "--network-alias", "--pid", "--pids-limit", "--platform", "-p", "--publish", "--pull", "--restart", "--runtime", "--security-opt", "--shm-size", "--stop-signal", "--stop-timeout", "--storage-opt", "--sysctl", "--tmpfs", "--ulimit", "-u", "--user", "--userns", "--uts", "-v", "--volume", "--volume-driver", "--volumes-from", "-w", "--workdir", "--authfile", "--arch", "--os", "--variant", "--pod", "--secret"], defaultRegistry: "docker.io", flags: ["-d", "--detach", "-i", "--interactive", "-t", "--tty", "--rm", "--privileged", "--init", "-P", "--publish-all", "--read-only", "--sig-proxy", "--no-healthcheck", "--oom-kill-disable", "-q", "--quiet", "--help", "--disable-content-trust", "-a", "--all-tags", "--replace", "--rmi", "--read-only-tmpfs", "--no-hosts"] } },
    socat: { operands: "none", addresses: true },
    podman: { operands: "none", options: { "-f": "read", "--file": "read", "--env-file": "read", "--cidfile": "write", "--label-file": "read" }, imageRefs: { globalValued: ["-H", "--host", "--context", "-c", "--config", "--log-level", "-l", "--tlscacert", "--tlscert", "--tlskey", "--url", "--connection", "--root", "--runroot", "--storage-driver", "--cgroup-manager", "--network-cmd-path", "--conmon", "--runtime", "--tmpdir", "--identity", "--module", "--events-backend", "--hooks-dir"], runValued: ["-a", "--attach", "--add-host", "--annotation", "--blkio-weight", "--cap-add", "--cap-drop", "--cgroup-parent", "--cgroupns", "--cidfile", "--cpu-period", "--cpu-quota", "--cpu-shares", "-c", "--cpus", "--cpuset-cpus", "--cpuset-mems", "--device", "--device-cgroup-rule", "--dns", "--dns-option", "--dns-search", "--domainname", "--entrypoint", "-e", "--env", "--env-file", "--expose", "--gpus", "--group-add", "--health-cmd", "--health-interval", "--health-retries", "--health-start-period", "--health-timeout", "-h", "--hostname", "--ip", "--ip6", "--ipc", "--isolation", "--kernel-memory", "-l", "--label", "--label-file", "--link", "--log-driver", "--log-opt", "--mac-address", "-m", "--memory", "--memory-reservation", "--memory-swap", "--memory-swappiness", "--mount", "--name", "--network", "--net", "--network-alias", "--pid", "--pids-limit", "--platform", "-p", "--publish", "--pull", "--restart", "--runtime", "--security-opt", "--shm-size", "--stop-signal", "--stop-timeout", "--storage-opt", "--sysctl", "--tmpfs", "--ulimit", "-u", "--user", "--userns", "--uts", "-v", "--volume", "--volume-driver", "--volumes-from", "-w", "--workdir", "--authfile", "--arch", "--os", "--variant", "--pod", "--secret"], flags: ["-d", "--detach", "-i", "--interactive", "-t", "--tty", "--rm", "--privileged", "--init", "-P", "--publish-all", "--read-only", "--sig-proxy", "--no-healthcheck", "--oom-kill-disable", "-q", "--quiet", "--help", "--disable-content-trust", "-a", "--all-tags", "--replace", "--rmi", "--read-only-tmpfs", "--no-hosts"] } },
    kubectl: { operands: "none", options: { "-f": "read", "--kubeconfig": "read", "--server": "url", "-s": "url" } },
    helm: { operands: "none", options: { "-f": "read", "--values": "read", "--kubeconfig": "read" } },
    terraform: { operands: "none", options: { "-var-file": "read" } },
    gh: { operands: "none", options: { "--input": "read", "--hostname": "host" } },
    aws: { operands: "none", options: { "--endpoint-url": "url" } },
    gcloud: { operands: "none", options: { "--flags-file": "read" } },
    az: { operands: "none" },
    curl: { operands: "url", options: { "-o": "write", "-T": "read", "-K": "read", "-c": "write", "-d": "data", "-F": "data", "--data-binary": "data", "--data-raw": "none", "--data-urlencode": "data", "--url": "url", "-x": "url", "--proxy": "url", "--connect-to": "none", "--resolve": "none", "-D": "write", "--dump-header": "write", "--trace": "write", "--trace-ascii": "write", "--stderr": "write", "-E": "read", "--cert": "read", "--key": "read", "--cacert": "read", "--output-dir": "write-dir" }, when: { "-O": { operands: "url-file" }, "--remote-name": { operands: "url-file" }, "--remote-name-all": { operands: "url-file" } } },
    wget: { operands: "url-file", when: { "-O": { operands: "url" } }, options: { "-O": "write", "-o": "write", "-a": "write", "-i": "read", "-P": "write-dir", "-e": "none", "--post-file": "read", "--body-file": "read", "--load-cookies": "read", "--save-cookies": "write" } },
    ssh: { operands: "none", first: "host", options: { "-i": "read", "-F": "read", "-J": "host", "-E": "write" } },
    scp: { operands: "read", remote: true, last: "write", lastDir: true, tree: ["-r"], options: { "-i": "read", "-F": "read", "-J": "host" } },
    sftp: { operands: "none", first: "host", options: { "-i": "read", "-F": "read", "-J": "host", "-b": "read" } },
    rsync: { operands: "read", remote: true, last: "write", lastDir: true, tree: ["-r", "-a"], options: { "--exclude-from": "read", "--include-from": "read", "--files-from": "read", "--password-file": "read", "--log-file": "write" } },
    nc: { operands: "none", first: "host", options: { "-x": "host" } },
    ncat: { operands: "none", first: "host", options: { "-o": "write", "--output": "write", "--proxy": "host" } },
    netcat: { operands: "none", first: "host" },
    telnet: { operands: "none", first: "host" },
    ftp: { operands: "none", first: "host" },
    "git clone": { operands: "write", tree: "named", first: "remote-name", options: { "--reference": "read", "--template": "read" } },
    "git fetch": { operands: "none", first: "remote-name", noOperands: "<remote>" },
    "git pull": { operands: "none", first: "remote-name", noOperands: "<remote>" },
    "git push": { operands: "none", first: "remote-name", noOperands: "<remote>", options: { "--repo": "remote-name" } },
    "git ls-remote": { operands: "none", first: "remote-name", noOperands: "<remote>" },
    "git submodule": { operands: "none" },
    "git diff": { operands: "read", guess: true, dashdash: "read", options: { "--output": "write" } },
    "git log": { operands: "read", guess: true, dashdash: "read", options: { "--output": "write" } },
    "git show": { operands: "revpath", options: { "--output": "write" } },
    "git cat-file": { operands: "revpath" },
    "git blame": { operands: "read", guess: true, dashdash: "read" },
    "git checkout": { operands: "write", guess: true, dashdash: "write", options: { "--pathspec-from-file": "read" } },
    "git restore": { operands: "write", options: { "--pathspec-from-file": "read" } },
    "git rm": { operands: "delete", tree: ["-r"], options: { "--pathspec-from-file": "read" } },
    "git mv": { operands: "delete", tree: "named", last: "write", lastDir: true },
    "git add": { operands: "read", options: { "--pathspec-from-file": "read" } },
    "git clean": { operands: "delete", tree: true, noOperands: ".", when: { "-n": { operands: "none" } } },
    "git commit": { operands: "none", options: { "-F": "read", "--file": "read", "-t": "read", "--template": "read" } },
    "git apply": { operands: "read" },
    "git am": { operands: "read" },
    "git archive": { operands: "none", options: { "-o": "write", "--output": "write" } },
    "git config": { operands: "none", options: { "-f": "read", "--file": "read" } },
    "git status": { operands: "none" },
    "git branch": { operands: "none" },
    "git switch": { operands: "none" },
    "git merge": { operands: "none", options: { "-F": "read", "--file": "read" } },
    "git rebase": { operands: "none" },
    "git reset": { operands: "none" },
    "git stash": { operands: "none" },
    "git tag": { operands: "none", options: { "-F": "read", "--file": "read" } },
    "git init": { operands: "write" },
    "git remote": { operands: "none" },
    "git rev-parse": { operands: "none" },
    "git worktree": { operands: "none" }
  },
  programs: {
    rm: { aliases: { "-R": "-r", "--recursive": "-r", "--force": "-f", "--dir": "-d", "--verbose": "-v", "--interactive": "-i" } },
    cp: { aliases: { "-R": "-r", "--recursive": "-r", "--force": "-f", "--archive": "-a", "--verbose": "-v", "--no-clobber": "-n", "--target-directory": "-t" }, valued: ["-t", "-S"] },
    mv: { aliases: { "--force": "-f", "--verbose": "-v", "--no-clobber": "-n", "--target-directory": "-t" }, valued: ["-t", "-S"] },
    chmod: { aliases: { "-R": "-R", "--recursive": "-R", "--verbose": "-v" } },
    chown: { aliases: { "--recursive": "-R", "--verbose": "-v" } },
    ln: { aliases: { "--symbolic": "-s", "--force": "-f" }, valued: ["-t", "-S"] },
    tar: { aliases: { "--directory": "-C", "--file": "-f", "--extract": "-x", "--get": "-x", "--create": "-c", "--append": "-r", "--update": "-u", "--to-stdout": "-O" }, valued: ["-C", "-f", "-T", "-X", "-b", "-H", "-K", "-N", "-g", "-V", "-I", "-F", "--to-command", "--use-compress-program", "--info-script", "--new-volume-script", "--checkpoint-action", "--rsh-command", "--rmt-command", "--index-file"] },
    curl: { aliases: { "--output": "-o", "--data": "-d", "--request": "-X", "--header": "-H", "--insecure": "-k", "--location": "-L" }, valued: ["-o", "-d", "-X", "-H", "-u", "-A", "-e", "-F", "-T", "-x", "-b", "-c", "-m", "-w", "-K", "-E", "-r", "-z", "-Y", "-y", "-C", "-Q", "-t", "-U"] },
    wget: { aliases: { "--output-document": "-O", "--quiet": "-q" }, valued: ["-O", "-o", "-P", "-U", "-e", "-t", "-T", "-w", "-a", "-i", "-B", "-Q", "-l", "-A", "-R", "-D", "-X", "-I"] },
    kubectl: { aliases: { "-n": "--namespace" }, valued: ["--context", "--namespace", "-n", "--kubeconfig", "--cluster", "--user", "-o", "--output", "-f", "--filename", "-l", "--selector", "-c", "--container", "--server", "-s", "--token", "--as"] },
    helm: { valued: ["--kube-context", "--namespace", "-n", "--kubeconfig", "-f", "--values", "--set", "--version", "-o"] },
    docker: { valued: ["-H", "--host", "--context", "-c", "--config", "--log-level", "-l"] },
    podman: { valued: ["-H", "--host", "-c", "--connection", "--url", "--config", "--log-level", "--root", "--runroot", "--storage-driver", "--identity"] },
    terraform: { valued: ["-chdir", "-var", "-var-file", "-target"] },
    npm: {
      aliases: { "--force": "-f" },
      valued: ["--prefix", "-C", "--registry", "-w", "--workspace", "--tag"],
      commandAliases: {
        i: "install",
        in: "install",
        ins: "install",
        inst: "install",
        insta: "install",
        instal: "install",
        isnt: "install",
        isnta: "install",
        isntal: "install",
        isntall: "install",
        add: "install",
        "run-script": "run",
        rum: "run",
        urn: "run",
        t: "test",
        tst: "test",
        x: "exec",
        pub: "publish",
        un: "uninstall",
        unlink: "uninstall",
        remove: "uninstall",
        rm: "uninstall",
        r: "uninstall",
        "clean-install": "ci",
        ic: "ci",
        "install-clean": "ci",
        "isntall-clean": "ci"
      }
    },
    make: { aliases: { "--directory": "-C", "--file": "-f", "--makefile": "-f", "--jobs": "-j" }, valued: ["-C", "-f", "-j", "-o", "-W", "-I", "-l"] },
    cat: { aliases: { "--number": "-n" } },
    head: { aliases: { "--lines": "-n", "--bytes": "-c" }, valued: ["-n", "-c"] },
    tail: { aliases: { "--lines": "-n", "--bytes": "-c", "--follow": "-f" }, valued: ["-n", "-c", "-s", "--pid", "--sleep-interval"] },
    less: { valued: ["-b", "-h", "-j", "-k", "-o", "-O", "-p", "-P", "-t", "-T", "-x", "-y", "-z"] },
    more: {},
    wc: {},
    sort: { aliases: { "--output": "-o", "--key": "-k", "--field-separator": "-t" }, valued: ["-o", "-k", "-t", "-S", "-T", "--files0-from"] },
    uniq: { valued: ["-f", "-s", "-w"] },
    cut: { valued: ["-b", "-c", "-d", "-f"] },
    diff: { valued: ["-C", "-U", "-I", "-x", "-X", "-F", "-L", "--label", "--from-file", "--to-file"] },
    grep: { aliases: { "--regexp": "-e", "--file": "-f", "--recursive": "-r", "-R": "-r", "--dereference-recursive": "-r", "--max-count": "-m" }, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-d", "-D", "--include", "--exclude", "--exclude-dir", "--exclude-from", "--label", "--color", "--colour"] },
    egrep: { aliases: { "--regexp": "-e", "--file": "-f", "--recursive": "-r", "-R": "-r" }, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-d", "-D", "--include", "--exclude", "--exclude-dir"] },
    fgrep: { aliases: { "--regexp": "-e", "--file": "-f", "--recursive": "-r", "-R": "-r" }, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-d", "-D", "--include", "--exclude", "--exclude-dir"] },
    rg: { aliases: { "--regexp": "-e", "--file": "-f", "--glob": "-g", "--type": "-t", "--max-count": "-m" }, valued: ["-e", "-f", "-g", "-t", "-T", "-m", "-A", "-B", "-C", "-j", "-M", "-r", "-E", "--type-add", "--iglob", "--ignore-file", "--pre", "--max-depth", "--sort", "--sortr"] },
    sed: { aliases: { "--expression": "-e", "--file": "-f", "--in-place": "-i", "--regexp-extended": "-E" }, valued: ["-e", "-f", "-l"] },
    awk: { aliases: { "--file": "-f", "--assign": "-v", "--field-separator": "-F" }, valued: ["-f", "-v", "-F"] },
    jq: { aliases: { "--from-file": "-f" }, valued: ["-f", "--arg", "--argjson", "--slurpfile", "--rawfile", "--indent", "-L"] },
    xargs: { aliases: { "--arg-file": "-a", "--max-args": "-n", "--max-procs": "-P", "--delimiter": "-d" }, valued: ["-a", "-E", "-I", "-L", "-n", "-P", "-s", "-d"] },
    time: { aliases: { "--output": "-o", "--format": "-f", "--append": "-a" }, valued: ["-o", "-f"] },
    tee: { aliases: { "--append": "-a" } },
    touch: { valued: ["-d", "-r", "-t", "--date", "--reference"] },
    mkdir: { aliases: { "--parents": "-p", "--mode": "-m" }, valued: ["-m"] },
    rmdir: { aliases: { "--parents": "-p" } },
    truncate: { aliases: { "--size": "-s", "--reference": "-r" }, valued: ["-s", "-r"] },
    unlink: {},
    shred: { aliases: { "--remove": "-u", "--iterations": "-n", "--size": "-s" }, valued: ["-n", "-s", "--random-source"] },
    chgrp: { aliases: { "--recursive": "-R" } },
    install: { aliases: { "--target-directory": "-t", "--mode": "-m", "--owner": "-o", "--group": "-g" }, valued: ["-t", "-m", "-o", "-g", "-S"] },
    dd: {},
    zip: { aliases: { "--recurse-paths": "-r" }, valued: ["-b", "-n", "-t", "-tt", "-x", "-i", "-P", "-O"] },
    unzip: { valued: ["-d", "-x", "-P"] },
    gzip: { aliases: { "--stdout": "-c", "--to-stdout": "-c", "--decompress": "-d", "--keep": "-k" }, valued: ["-S"] },
    gunzip: { aliases: { "--stdout": "-c", "--to-stdout": "-c", "--keep": "-k" }, valued: ["-S"] },
    patch: { aliases: { "--input": "-i", "--output": "-o", "--directory": "-d", "--strip": "-p" }, valued: ["-i", "-o", "-d", "-p", "-r", "-D", "-B", "-F", "-V", "-z", "-Y"] },
    ls: { valued: ["-I", "-w", "-T", "--hide", "--ignore", "--color", "--format", "--sort", "--time-style"] },
    stat: { valued: ["-c", "--format", "--printf"] },
    du: { valued: ["-d", "-B", "-t", "--max-depth", "--exclude", "-X"] },
    find: {},
    echo: {},
    printf: {},
    node: { valued: ["-r", "--require", "--import", "--loader", "--experimental-loader", "--input-type", "--conditions", "-C", "--env-file", "--title"] },
    python: { valued: ["-m", "-W", "-X"] },
    python3: { valued: ["-m", "-W", "-X"] },
    pip: { aliases: { "--requirement": "-r", "--constraint": "-c", "--index-url": "-i", "--editable": "-e", "--find-links": "-f", "--target": "-t" }, valued: ["-r", "-c", "-i", "-e", "-f", "-t", "--extra-index-url", "--trusted-host", "--prefix", "--root", "--src", "--log", "--cert", "--proxy"] },
    pip3: { aliases: { "--requirement": "-r", "--constraint": "-c", "--index-url": "-i", "--editable": "-e", "--find-links": "-f", "--target": "-t" }, valued: ["-r", "-c", "-i", "-e", "-f", "-t", "--extra-index-url", "--trusted-host", "--prefix", "--root", "--src", "--log", "--cert", "--proxy"] },
    uv: { valued: ["-r", "--requirement", "-c", "--constraint", "--index-url", "-i", "--extra-index-url", "--index", "--default-index", "--find-links", "-f", "-p", "--python", "--directory", "--project"] },
    pnpm: { valued: ["--registry", "-C", "--dir", "--filter", "-F", "--reporter"] },
    yarn: { valued: ["--registry", "--cwd", "--cache-folder", "--modules-folder"] },
    npx: { valued: ["-p", "--package", "-c", "--call", "--registry"] },
    go: { valued: ["-C", "-o", "-modfile", "-tags", "-ldflags", "-gcflags", "-p", "-mod"] },
    cargo: { valued: ["--manifest-path", "--registry", "--index", "--target-dir", "-p", "--package", "-j", "--jobs", "--features", "-F", "--bin", "--example", "--test", "--target", "-Z", "--config", "-C"] },
    ssh: { valued: ["-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w", "-B", "-P"] },
    scp: { aliases: { "-R": "-r" }, valued: ["-c", "-D", "-F", "-i", "-J", "-l", "-o", "-P", "-S", "-X"] },
    sftp: { valued: ["-B", "-b", "-c", "-D", "-F", "-i", "-J", "-l", "-o", "-P", "-R", "-S", "-s", "-X"] },
    rsync: { aliases: { "--recursive": "-r", "--archive": "-a", "--rsh": "-e", "--exclude-from": "--exclude-from", "--files-from": "--files-from" }, valued: ["-e", "-f", "-B", "-M", "-T", "--exclude", "--include", "--exclude-from", "--include-from", "--files-from", "--filter", "--backup-dir", "--suffix", "--partial-dir", "--temp-dir", "--log-file", "--password-file", "--chmod", "--chown", "--rsync-path", "--port", "--address", "--compare-dest", "--copy-dest", "--link-dest"] },
    nc: { valued: ["-e", "-c", "-i", "-I", "-O", "-p", "-q", "-s", "-T", "-V", "-w", "-X", "-x", "-M", "-m"] },
    ncat: { valued: ["-e", "-c", "-i", "-p", "-s", "-w", "-x", "--proxy", "--proxy-type", "-o", "--output", "--exec", "--sh-exec", "--lua-exec"] },
    netcat: { valued: ["-e", "-c", "-i", "-p", "-q", "-s", "-w", "-x"] },
    telnet: { valued: ["-b", "-e", "-l", "-n", "-k", "-X"] },
    ftp: {},
    gh: { valued: ["-R", "--repo", "--hostname", "-X", "--method", "-f", "--field", "-F", "--raw-field", "-H", "--header", "--input", "-q", "--jq", "-t", "--template"] },
    aws: { valued: ["--profile", "--region", "--endpoint-url", "--output", "--query", "--ca-bundle", "--cli-input-json", "--cli-input-yaml"] },
    gcloud: { valued: ["--project", "--account", "--configuration", "--format", "--flags-file", "--impersonate-service-account", "--verbosity"] },
    az: { valued: ["--subscription", "-o", "--output", "--query", "-g", "--resource-group"] },
    git: {
      globalValued: ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path", "--super-prefix", "--config-env", "--list-cmds", "--attr-source"],
      globalFlags: ["-p", "--paginate", "-P", "--no-pager", "--bare", "--no-replace-objects", "--literal-pathspecs", "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs", "--no-optional-locks", "--no-advice", "--html-path", "--man-path", "--info-path", "--version", "--help"],
      neutralGlobals: { flags: ["-P", "--no-pager", "--no-replace-objects", "--literal-pathspecs", "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs", "--no-optional-locks", "--no-advice"], dirs: ["-C"], opaque: ["-c", "--config-env"] },
      subcommands: {
        push: { aliases: { "-f": "--force", "--force-with-lease": "--force", "--force-if-includes": "--force", "-d": "--delete", "-u": "--set-upstream" }, valued: ["-o", "--push-option", "--repo", "--receive-pack", "--exec"], forcing: "+" },
        commit: { aliases: { "-a": "--all", "-m": "--message", "-n": "--no-verify" }, valued: ["-m", "--message", "-F", "--file", "-c", "-C", "--author", "--date", "-t", "--template", "--fixup", "--squash", "--cleanup"] },
        reset: { valued: [] },
        clean: { aliases: { "--force": "-f", "--dry-run": "-n" }, valued: ["-e", "--exclude"] },
        checkout: { aliases: { "--force": "-f" }, valued: ["-b", "-B", "--orphan"] },
        branch: { aliases: { "--delete": "-d", "--force": "-f", "-D": "-D" }, valued: [] },
        rebase: { valued: ["--onto", "-x", "--exec", "-s", "--strategy", "-X"] },
        clone: { valued: ["-b", "--branch", "-o", "--origin", "--depth", "-u", "--upload-pack", "--reference", "-c", "--config", "--template", "-j", "--filter"] },
        fetch: { valued: ["--depth", "--upload-pack", "-j", "--refmap", "-o"] },
        pull: { valued: ["--depth", "--upload-pack", "-s", "--strategy", "-X", "-j"] }
      }
    }
  }
};
var HAZARDS = program_hazards_default.programs, OPTIONS = programs_default.programs, KINDS = ["code", "elsewhere", "checked"], HAZARDS_BY_NAME = ownEntries(HAZARDS), OPTIONS_BY_NAME = ownEntries(OPTIONS);
function hazardExamples(program, max = 4) {
  let h = HAZARDS_BY_NAME.get(program);
  return h ? [...h.code ?? [], ...h.elsewhere ?? [], ...h.checked ?? []].slice(0, max) : [];
}
function spellsOption(word, option, valuedShort = []) {
  if (option === "+") return word.startsWith("+") && word.length > 1;
  if (!option.startsWith("-")) return word.startsWith(option);
  if (option.startsWith("--") || option.length > 2)
    return word.length === option.length ? word === option : word.length > option.length && word.charCodeAt(option.length) === 61 && word.startsWith(option);
  if (!word.startsWith("-") || word.startsWith("--") || word.length < 2) return false;
  let letter = option.length === 2 ? option[1] : void 0;
  for (let j = 1; j < word.length; j++) {
    let c = word[j];
    if (c === letter) return true;
    if (valuedShort.length > 0 && valuedShort.includes(`-${c}`)) return false;
  }
  return false;
}
function listsFor(h, sub) {
  if (!h.subcommands) return [h];
  if (sub === null) return [h, ...Object.values(h.subcommands)];
  let lists = sub !== void 0 ? own(h.subcommands, sub) : void 0;
  return lists ? [lists] : [];
}
function find(lists, word, valuedShort) {
  for (let l of lists)
    for (let kind of KINDS) {
      let option = l[kind]?.find((o) => spellsOption(word, o, valuedShort));
      if (option) return { kind, option };
    }
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
  if (!h) return [];
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
    found && hits.push({ index: k, word: v, ...found, ...typeof sub == "string" ? { scope: sub } : {} }), readsOptions && valued.includes(v) && isOneWord(args[k + 1]) && k++;
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
  "GEMRC"
]), CODE_VARIABLE_PREFIXES = ["GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_", "NPM_CONFIG_", "YARN_", "PNPM_", "LD_", "DYLD_", "BASH_FUNC_", "GIT_TRACE", "PIP_", "CARGO_", "CGO_", "UV_"];
function isCodeVariable(name) {
  if (CODE_VARIABLES.has(name)) return true;
  let upper = name.toUpperCase();
  return CODE_VARIABLE_PREFIXES.some((p) => upper.startsWith(p));
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
var INLINE_CODE = {
  python: { short: "c", long: [] },
  node: { short: "ep", long: ["--eval", "--print"] },
  nodejs: { short: "ep", long: ["--eval", "--print"] },
  bun: { short: "e", long: ["--eval", "--print"] },
  deno: { short: "", long: ["eval"] },
  perl: { short: "eE", long: [] },
  ruby: { short: "e", long: [] },
  php: { short: "rB", long: ["--run"] },
  lua: { short: "e", long: [] },
  Rscript: { short: "e", long: [] },
  osascript: { short: "e", long: [] },
  jshell: { short: "", long: [] },
  tclsh: { short: "", long: [] }
}, INLINE_CODE_BY_NAME = ownEntries(INLINE_CODE);
function programOpaque(exe, args) {
  let base = /^python[0-9.]*$/.test(exe) || /^pypy[0-9.]*$/.test(exe) ? "python" : exe, inline = INLINE_CODE_BY_NAME.get(base);
  if (inline) {
    for (let a of args) {
      if (a.value === "--") break;
      if (inline.long.includes(a.value) || inline.long.some((l) => a.value.startsWith(`${l}=`)))
        return { reason: `"${exe} ${a.value}" runs a program given on the command line, which cannot be checked`, construct: `${exe} ${a.value}` };
      if (/^-[A-Za-z]+/.test(a.value) && !a.value.startsWith("--")) {
        let flag = [...a.value.slice(1)].find((ch) => inline.short.includes(ch));
        if (flag) return { reason: `"${exe} -${flag}" runs a program given on the command line, which cannot be checked`, construct: `${exe} -${flag}` };
      }
      if (!a.value.startsWith("-")) break;
    }
    return;
  }
  let code = scanHazards(exe, args).find((h) => h.kind === "code");
  if (code) {
    let named = code.scope ? `${exe} ${code.scope} ${code.option}` : `${exe} ${code.option}`;
    return { reason: `"${named}" can make it run code the line does not show`, construct: named };
  }
  if (exe === "awk" || exe === "gawk" || exe === "mawk" || exe === "nawk") {
    if (args.some((a) => a.value === "-f" || a.value.startsWith("--file")))
      return { reason: `"${exe} -f" runs a program from a file, which cannot be checked`, construct: `${exe} -f` };
    let program = args.find((a) => !a.value.startsWith("-")), text = program?.value ?? "";
    return program && (program.dynamic || text.includes("system") || text.includes("getline") || text.includes("|") || text.includes(">")) ? { reason: `the ${exe} program can run commands or write files (system, pipes, getline, >)`, construct: exe } : void 0;
  }
  if ((exe === "sed" || exe === "gsed") && args.some((a) => a.value === "-f" || a.value.startsWith("--file")))
    return { reason: `"${exe} -f" runs a script from a file, which cannot be checked`, construct: `${exe} -f` };
  if (exe === "ssh" || exe === "scp" || exe === "sftp")
    for (let k = 0; k < args.length; k++) {
      let v = args[k].value, value = v === "-o" ? args[k + 1]?.value ?? "" : v.startsWith("-o") ? v.slice(2) : "", lower = value.toLowerCase();
      if (args[k].dynamic && v.startsWith("-o")) return { reason: `"${exe} -o" is given an option known only at run time`, construct: `${exe} -o` };
      if (lower.includes("command") || lower.includes("proxyjump") || lower.includes("include"))
        return { reason: `"${exe} -o ${value}" runs a local command`, construct: `${exe} -o` };
    }
  if (exe === "git")
    for (let a of args) {
      if (a.value === "--") break;
      if (/^(?:--?config|core\.|alias\.)/.test(a.value))
        return { reason: `"${exe} ${a.value}" can make it run code the line does not show`, construct: `${exe} ${a.value}` };
    }
  if (exe === "git" && args.some((a) => /^ext::/.test(a.value)))
    return { reason: 'a git "ext::" URL runs a command', construct: "git ext::" };
  switch (exe) {
    case "mapfile":
    case "readarray":
      return args.some((a) => /^-[A-Za-z]*C/.test(a.value)) ? { reason: `"${exe} -C" runs a callback`, construct: `${exe} -C` } : void 0;
    case "hash":
      return args.some((a) => /^-[A-Za-z]*p/.test(a.value)) ? { reason: '"hash -p" binds a command name to another program', construct: "hash -p" } : void 0;
    case "enable":
      return { reason: '"enable" loads or hides builtins, changing what later names run', construct: "enable" };
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
var UNMODELLED_RUNNERS = /* @__PURE__ */ new Set([
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
  "sshpass"
]), FOREIGN_SHELLS = /* @__PURE__ */ new Set(["fish", "csh", "tcsh", "pwsh", "powershell", "nu", "elvish", "xonsh", "rc", "es"]);
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
  noglob: {},
  nocorrect: {}
}, ENV_ASSIGNMENT = /^[^=-][^=]*=/, WRAPPERS_BY_NAME = ownEntries(WRAPPERS);
function isWrapper(exe) {
  return WRAPPERS_BY_NAME.has(exe);
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
      let consumeNext = false;
      for (let j = 1; j < v.length; j++) {
        let ch = v[j];
        if (spec.noCommand?.includes(ch) && (none = true), spec.split === ch) {
          let text = j + 1 < v.length ? v.slice(j + 1) : args[k + 1]?.value;
          return splitThen(exe, text, args.slice(j + 1 < v.length ? k + 1 : k + 2), splitWords2);
        }
        if (spec.shortArg?.includes(ch)) {
          consumeNext = j + 1 === v.length;
          break;
        }
        if (spec.shortOpt?.includes(ch)) break;
        if (!spec.short?.includes(ch)) return unknown(`-${ch}`);
      }
      k += consumeNext ? 2 : 1;
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
function splitThen(exe, text, rest, splitWords2) {
  if (text === void 0) return { kind: "none" };
  let words = splitWords2(text);
  return words ? unwrap(exe, [...words, ...rest], splitWords2) : { kind: "problem", reason: `cannot split the string given to "${exe} -S"` };
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "yash", "posh", "rbash", "ksh93", "lksh", "oksh", "loksh"]);
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
var MAX_DEPTH = 8, MAX_LINE_LENGTH = 1e5, MAX_PARSED_LENGTH = 16384, BASH_LIKE = /* @__PURE__ */ new Set(["bash", "rbash"]), STDIN_FILES = /* @__PURE__ */ new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0", "-"]), DEVICES = /* @__PURE__ */ new Set(["/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/tty", "/dev/zero", "/dev/random", "/dev/urandom", "/dev/full"]), PLAIN = /^[A-Za-z0-9 \-_./:=@%+,]*$/;
function analyzeUncached(line, opts = {}) {
  let acc = { commands: [], files: [], dirs: [], problems: [] };
  if (new Analyzer(acc, opts.via ?? "auto").line(line, 0), acc.commands.length < 2 && acc.problems.length < 2 && acc.files.length < 2) return acc;
  let seen = /* @__PURE__ */ new Set();
  acc.commands = acc.commands.filter((c) => {
    let words = c.argvs.map((argv) => argv.map((w) => (w.dynamic ? "" : w.tilde ? "" : "") + w.value).join("")).join("\0"), key = `${c.delegates}\0${c.layers.join("\0")}\0${words}\0${c.dirs ? c.dirs.join("\0") : "*"}`;
    return !seen.has(key) && seen.add(key);
  });
  let seenProblems = /* @__PURE__ */ new Set();
  acc.problems = acc.problems.filter((p) => !seenProblems.has(p.reason + p.command) && seenProblems.add(p.reason + p.command));
  let seenFiles = /* @__PURE__ */ new Set();
  return acc.files = acc.files.filter((f) => !seenFiles.has(f.op + f.path) && seenFiles.add(f.op + f.path)), acc;
}
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
function normalise(words) {
  let s = words.join(" ");
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 32 ? i === 0 || i === s.length - 1 || s.charCodeAt(i + 1) === 32 : c >= 9 && c <= 13 || c >= 128)
      return s.replace(/\s+/g, " ").trim();
  }
  return s;
}
function executableName(v) {
  let slash = v.lastIndexOf("/");
  return slash < 0 || slash === v.length - 1 ? v : v.slice(slash + 1);
}
var Analyzer = class {
  constructor(acc, via) {
    this.acc = acc;
    this.via = via;
  }
  acc;
  via;
  line(text, depth) {
    if (text.length > MAX_LINE_LENGTH) {
      this.problem(`the command line is longer than ${MAX_LINE_LENGTH} characters: not analysed`, text.slice(0, 80));
      return;
    }
    if (depth > MAX_DEPTH) {
      this.problem(`commands are nested more than ${MAX_DEPTH} levels deep (bash -c, eval, $(\u2026)): not analysed`, text);
      return;
    }
    let script = this.structure(text);
    if (script.error) {
      this.problem(`cannot parse the command line: ${script.error}`, text);
      return;
    }
    if (this.vars && (script.functions || depth > 0 && varsRisky(text)) && (this.vars.off = true), depth === 0 && script.ops && !script.functions) this.list(script.commands, script.ops, text);
    else for (let cmd of script.commands) this.raw(cmd, depth);
    for (let sub of script.subs) this.line(sub, depth + 1);
    if (depth === 0) {
      if (this.acc.dirs.length || this.acc.dirUnknown) for (let [c, dirs] of this.placed) c.dirs = dirs;
      this.readings();
    }
  }
  /** The directories each top-level command may run in, as followed (kept only if the line changes directory). */
  placed = [];
  /** Variables known on the top level of the line (./shell-flow.ts); undefined where not followed. */
  vars;
  /** What the command being analysed did to the directory (set while a top-level command is analysed). */
  event;
  /** `hash -p PATH NAME`: NAME may run PATH from then on. */
  rebinds = [];
  /** Names expanded as prompt strings (`${x@P}`), and every literal assigned to a name on the line. */
  prompts = /* @__PURE__ */ new Set();
  literals = /* @__PURE__ */ new Map();
  /** Records a literal assigned to NAME somewhere on the line (at most 8 per name: readings, not a model). */
  rememberLiteral(name, value) {
    let seen = this.literals.get(name) ?? [];
    seen.length < 8 && this.literals.set(name, [...seen, value]);
  }
  /** Commands whose program is a variable's value, not followed (`true && x=rm; $x -rf y`). */
  programUses = [];
  /**
   * A simple list on the top level: commands in order, with the and-or lists and pipelines its
   * operators make. Follows the directory each command runs in (a `cd` may fail: after `;` the
   * next command runs in either place, after `&&` only where the cd went) and the variables
   * assigned with literals.
   */
  list(cmds, ops, text) {
    this.vars = varsRisky(text) ? void 0 : { env: /* @__PURE__ */ new Map(), off: false };
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
          let ev = this.topCommand(cmds[c], before, k === i && m === k && !async);
          ev.unknown || ev.nested || ev.cds.length > 1 || ev.cds.length === 1 && m > k ? s = f = void 0 : ev.cds.length === 1 && (s = enterDir(before, ev.cds[0]));
        }
        k === i ? [succ, fail] = [s, f] : ops[k - 1] === "&&" ? [succ, fail] = [s, unionDirs(fail, f)] : [succ, fail] = [unionDirs(succ, s), f], k = m + 1;
      }
      let end = unionDirs(succ, fail);
      cur = async ? unionDirs(cur, end) : end, i = j + 1;
    }
    this.vars = void 0;
  }
  /** One command of the top-level list, run in one of `dirs`; `certain`: it surely runs, in this shell, before every later command. */
  topCommand(cmd, dirs, certain) {
    let ev = this.event = { cds: [], unknown: false, nested: false, chdir: false }, from = this.acc.commands.length;
    if (this.raw(cmd, 0, certain), this.event = void 0, dirs && !ev.nested && !ev.chdir) for (let k = from; k < this.acc.commands.length; k++) this.placed.push([this.acc.commands[k], dirs]);
    return ev;
  }
  /** More commands the line may run, found once the whole line is read: `hash -p` bindings and `${x@P}` of literals. */
  readings() {
    let binds = this.rebinds.slice(0, MAX_READINGS);
    if (binds.length)
      for (let rec of this.acc.commands.slice())
        for (let argv of rec.argvs) {
          let name = argv[0];
          if (!(!name || name.dynamic))
            for (let b of binds) b.names.includes(name.value) && this.simple([{ value: b.path, dynamic: false }, ...argv.slice(1)], [], 1);
        }
    for (let use of this.programUses.slice(0, MAX_READINGS)) {
      let name = usedName(use.raw);
      for (let value of name && this.literals.get(name) || []) {
        let fields = substitute({ env: /* @__PURE__ */ new Map([[name, value]]), off: false }, use.raw);
        fields?.length && this.simple([...fields, ...use.tail], [], 1);
      }
    }
    for (let name of this.prompts)
      for (let value of this.literals.get(name) ?? []) for (let sub of promptSubs(value)) this.line(sub, 1);
  }
  structure(text) {
    if (this.via === "auto") {
      let plain = plainScript(text);
      if (plain) return plain;
    }
    let lex = lexShell(text), simple = simpleListScript(lex);
    if (simple && this.via !== "parser") return simple;
    if (text.length > MAX_PARSED_LENGTH && !lex.error)
      return { commands: [], subs: [], error: `compound commands longer than ${MAX_PARSED_LENGTH} characters are not analysed` };
    let parsed = parseShell(text, lex);
    return simple && !parsed.error && parsed.commands.length === simple.commands.length && (parsed.ops = simple.ops), parsed;
  }
  problem(reason, command, construct) {
    this.acc.problems.push({ reason, command: normalise([command]), ...construct ? { construct } : {} });
  }
  raw(cmd, depth, certain = false) {
    for (let r of cmd.redirects) this.redirect(r.op, r.target);
    let k = 0;
    for (; k < cmd.argv.length && PREFIX_ASSIGNMENT.test(cmd.argv[k].raw); ) k++;
    let assignments = [...cmd.assignments, ...cmd.argv.slice(0, k)];
    for (let w of assignments) this.assignment(w.raw);
    let args = [], vars = depth === 0 ? this.vars : void 0;
    for (let w of cmd.argv.slice(k)) {
      w.dynamic && w.raw.includes("@P}") && (this.promptUses(w.raw), this.vars && (this.vars.off = true));
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
    let first = cmd.argv[k];
    first && args[0]?.dynamic && args[0].value === first.value && this.programUses.length < MAX_READINGS && this.programUses.push({ raw: first.raw, tail: args.slice(1) });
    let standalone = args.length === 0 && cmd.argv.length === k && cmd.redirects.length === 0;
    for (let w of assignments) {
      let lit = literalAssignment(w.raw, w.value, w.dynamic || w.glob);
      if (lit && this.rememberLiteral(lit.name, lit.value), !this.vars) continue;
      let name = assignedName(w.raw);
      if (!name || w.raw.startsWith(`${name}[`)) {
        this.vars.off = true;
        continue;
      }
      lit && lit.name === name && certain && standalone && depth === 0 && trackable(name) ? this.vars.env.set(name, lit.value) : this.vars.env.delete(name);
    }
    args.length && this.simple(args, cmd.stdin, depth, certain);
  }
  /** Records NAME of each `${NAME@P}` in a word. */
  promptUses(raw) {
    for (let at = raw.indexOf("@P}"); at >= 0; at = raw.indexOf("@P}", at + 1)) {
      let open = raw.lastIndexOf("${", at);
      open >= 0 && this.prompts.add(raw.slice(open + 2, at));
    }
  }
  /** CDPATH is assigned on the line: later `cd name` may go anywhere it lists. */
  cdpath = false;
  /** An assignment on the line (`X=…`, also before a command or after `env`) that hides code. */
  assignment(word) {
    assignedName(word) === "CDPATH" && (this.cdpath = true);
    let o = assignmentOpaque(word);
    o && this.problem(o.reason, word, o.construct);
  }
  redirect(op, target) {
    let reads = op === "<" || op === "<>" || op === "<&", writes = op !== "<" && op !== "<&";
    if ((op === "<&" || op === ">&") && /^(?:\d+-?|-)$/.test(target.value) || isProcessSubstitution(target)) return;
    let via = `${op} ${target.raw}`;
    if (target.dynamic || target.glob || target.tilde || target.fields && target.fields.length !== 1) {
      this.problem(`cannot tell which file "${via}" ${writes ? "writes" : "reads"}: the path is known only at run time`, via);
      return;
    }
    let path = target.fields?.[0] ?? target.value;
    DEVICES.has(path) || /^\/dev\/fd\/\d+$/.test(path) || (writes && this.acc.files.push({ path, op: "write", via }), reads && this.acc.files.push({ path, op: "read", via }));
  }
  simple(args, stdin, depth, certain = false) {
    let rec = { layers: [], argvs: [], delegates: false };
    this.acc.commands.push(rec);
    let layers = rec.layers, cur = args;
    for (let guard = 0; guard < 64 && cur.length; guard++) {
      let name = cur[0], rest = cur.slice(1), exe = executableName(name.value);
      layers.push(normalise([exe, ...rest.map((a) => a.value)])), rec.argvs.push(cur), name.dynamic || this.effects(exe, rest, depth, certain && guard === 0);
      for (let d of chdirTargets(exe, rest)) this.chdir(d, layers[layers.length - 1]);
      if (name.dynamic) {
        this.vars && (this.vars.off = true), this.problem(`cannot tell which program runs: "${name.value}" is known only at run time`, layers[layers.length - 1]);
        break;
      }
      if (UNMODELLED_RUNNERS.has(exe)) {
        this.problem(`"${exe}" runs another program in a way that is not modelled`, layers[layers.length - 1]);
        break;
      }
      if (isWrapper(exe)) {
        if (exe === "env" || exe === "sudo") for (let a of rest) assignedName(a.value) && this.assignment(a.value);
        let u = unwrap(exe, rest, splitWords);
        if (u.kind === "inner") {
          cur = exe === "xargs" ? [...u.args, XARGS_INPUT] : u.args;
          continue;
        }
        u.kind === "problem" && (this.vars && (this.vars.off = true), this.problem(u.reason, layers[layers.length - 1]));
        break;
      }
      rec.delegates = this.special(exe, rest, stdin, depth, layers[layers.length - 1]);
      break;
    }
  }
  /** What one layer does to the variables (./shell-flow.ts) and to the names later commands run. */
  effects(exe, rest, depth, certain) {
    if (exe === "hash") {
      let b = hashBindings(rest);
      b && this.rebinds.length < MAX_READINGS && this.rebinds.push(b);
    }
    if (exe === "export" || exe === "declare" || exe === "typeset" || exe === "readonly" || exe === "local")
      for (let a of rest) {
        let lit = !a.dynamic && !a.value.startsWith("-") ? literalAssignment(a.value, a.value, false) : void 0;
        lit && this.rememberLiteral(lit.name, lit.value);
      }
    let vars = this.vars;
    if (!(!vars || vars.off)) {
      if (exe === "set") {
        let dd = rest.findIndex((a) => a.value === "--");
        certain && depth === 0 && dd === 0 && rest.every((a) => !a.dynamic) ? vars.positional = rest.slice(1).map((a) => a.value) : rest.length && (vars.off = true);
        return;
      }
      builtinEffects(vars, exe, rest);
    }
  }
  /** Programs that run command strings or touch files named on their command line. True if it delegates. */
  special(exe, rest, stdin, depth, shown) {
    (exe === "export" || exe === "declare" || exe === "typeset" || exe === "readonly" || exe === "local") && rest.some((a) => assignedName(a.value) === "CDPATH") && (this.cdpath = true);
    let opaque = programOpaque(exe, rest);
    if (opaque && this.problem(opaque.reason, shown, opaque.construct), FOREIGN_SHELLS.has(exe))
      return this.problem(`"${exe}" is not bash: the commands it runs cannot be checked`, shown), false;
    if (SHELLS.has(exe)) {
      let inv = shellInvocation(exe, rest);
      if (inv.kind === "problem") this.problem(inv.reason, shown);
      else if (inv.kind === "string") {
        let text = inv.text.value;
        return !BASH_LIKE.has(exe) && (text.includes("$'") || text.includes("{") && (text.includes(",") || text.includes(".."))) ? (this.problem(`"${exe} -c" is not bash: its string uses $'\u2026' or braces, which ${exe} may read differently`, shown), false) : this.nested(inv.text, `"${exe} -c"`, shown, depth);
      } else {
        if (inv.kind === "stdin") return this.stdinScript(exe, stdin, shown, depth);
        inv.script && this.shellScript(exe, inv.script, stdin, shown, depth);
      }
      return false;
    }
    switch (exe) {
      case "source":
      case ".": {
        let file = rest.find((a) => a.value !== "--");
        return file ? file.dynamic ? (this.problem(`cannot tell which file "${exe}" runs: "${file.value}" is known only at run time`, shown), false) : STDIN_FILES.has(file.value) ? this.stdinScript(exe, stdin, shown, depth) : (file.procsub || file.tilde ? this.problem(`"${exe}" runs ${file.value}, which cannot be checked`, shown) : this.acc.files.push({ path: file.value, op: "read", via: `${exe} ${file.value}` }), false) : false;
      }
      case "eval":
        return rest.some((a) => a.dynamic) ? (this.problem('cannot tell what "eval" runs: its arguments are known only at run time', shown), false) : (rest.length && this.line(rest.map((a) => a.value).join(" "), depth + 1), true);
      case "su":
      case "runuser": {
        let s = suCommand(rest);
        return s ? this.nested(s, `"${exe} -c"`, shown, depth) : (this.problem(`"${exe}" without -c runs a shell whose commands cannot be checked`, shown), false);
      }
      case "find":
        return this.findExec(rest, depth), false;
      case "alias":
        for (let a of rest) {
          let eq = a.value.indexOf("=");
          eq > 0 && !a.value.startsWith("-") && this.nested({ value: a.value.slice(eq + 1), dynamic: a.dynamic }, '"alias"', shown, depth);
        }
        return false;
      case "trap": {
        let ops = rest.filter((a, i) => !(i === 0 && (a.value === "--" || a.value === "-p" || a.value === "-l")));
        return ops.length >= 2 && ops[0].value !== "-" && ops[0].value !== "" && this.nested(ops[0], '"trap"', shown, depth), false;
      }
      case "tee":
        return this.tee(rest), false;
      case "cd":
      case "pushd":
        return this.cd(exe, rest, depth, shown), false;
      case "popd":
        return this.event && (this.event.unknown = true), false;
    }
    return false;
  }
  /** A shell or `source` reading commands from standard input: a static here-document or here-string is analysed. */
  stdinScript(exe, stdin, shown, depth) {
    let input = stdin.find((w) => w.heredoc || w.hereString), text = input?.heredoc ? input.heredoc.body : input?.value;
    return input && text !== void 0 && !input.dynamic ? (this.line(text, depth + 1), true) : (this.problem(`"${exe}" reads commands from standard input, which cannot be checked`, shown), false);
  }
  /** `bash FILE`: a pipe, standard input or a file known only at run time is code that cannot be checked. */
  shellScript(exe, script, stdin, shown, depth) {
    STDIN_FILES.has(script.value) || /^\/dev\/fd\/0$|^\/proc\/[^/]+\/fd\/0$/.test(script.value) ? this.stdinScript(exe, stdin, shown, depth) : script.procsub || script.dynamic || script.tilde || script.value.startsWith("/dev/") || script.value.startsWith("/proc/") ? this.problem(`"${exe}" runs a script from ${script.value}, which cannot be checked`, shown) : this.acc.files.push({ path: script.value, op: "read", via: `${exe} ${script.value}` });
  }
  nested(text, what, shown, depth) {
    return text.dynamic ? (this.problem(`cannot tell what ${what} runs: its command string is known only at run time`, shown), false) : (this.line(text.value, depth + 1), true);
  }
  findExec(rest, depth) {
    for (let k = 0; k < rest.length; k++) {
      if (!/^-(?:exec|execdir|ok|okdir)$/.test(rest[k].value)) continue;
      let inner = [];
      for (k++; k < rest.length && rest[k].value !== ";" && rest[k].value !== "+"; k++) inner.push(rest[k]);
      for (let j = 0; j < inner.length; j++) inner[j].value.includes("{}") && (inner[j] = { ...inner[j], dynamic: true });
      inner.length && (depth + 1 > MAX_DEPTH ? this.problem(`commands are nested more than ${MAX_DEPTH} levels deep`, "find -exec") : this.simple(inner, [], depth + 1));
    }
  }
  tee(rest) {
    let opts = true;
    for (let a of rest) {
      if (opts && a.value === "--") {
        opts = false;
        continue;
      }
      opts && a.value.startsWith("-") && a.value.length > 1 || a.procsub || (a.dynamic || a.tilde ? this.problem(`cannot tell which file "tee ${a.value}" writes: the path is known only at run time`, `tee ${a.value}`) : DEVICES.has(a.value) || this.acc.files.push({ path: a.value, op: "write", via: `tee ${a.value}` }));
    }
  }
  cd(exe, rest, depth, shown) {
    let target = rest.find((a) => !/^-[LPe@]+$/.test(a.value) && a.value !== "--"), viaCdpath = this.cdpath && target !== void 0 && !/^\.{0,2}(?:\/|$)/.test(target.value);
    !target || viaCdpath || target.dynamic || target.tilde || target.value === "-" || /^[+-]\d+$/.test(target.value) ? (this.acc.dirUnknown ??= viaCdpath ? `${shown} (CDPATH is set)` : shown, this.event && (this.event.unknown = true)) : (this.acc.dirs.push(target.value), this.event && depth === 0 && this.event.cds.push(target.value)), this.event && depth > 0 && (this.event.nested = true);
  }
  /** `env -C dir`, `git -C dir` …: the command runs in dir. */
  chdir(target, shown) {
    this.event && (this.event.chdir = true), target.dynamic || target.tilde || target.value === "" ? this.acc.dirUnknown ??= shown : this.acc.dirs.push(target.value);
  }
}, MAX_READINGS = 16, AND_OR_PIPE = /* @__PURE__ */ new Set(["&&", "||", "|", "|&"]), XARGS_INPUT = { value: "<words read from standard input>", dynamic: true };
function isProcessSubstitution(w) {
  return w.subs.length === 1 && /^[<>]\([^]*\)$/.test(w.raw) && w.raw.length === w.subs[0].length + 3;
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
var CACHE_MAX = 2e4, recent = /* @__PURE__ */ new Map(), older = /* @__PURE__ */ new Map();
function analyzeCommand(line) {
  let hit = recent.get(line);
  if (hit) return hit;
  hit = older.get(line), hit && older.delete(line);
  let result = hit ?? analyzeUncached(line);
  return recent.size >= CACHE_MAX / 2 && (older = recent, recent = /* @__PURE__ */ new Map()), recent.set(line, result), result;
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
  let last = words[words.length - 1], body = words.length > 1 && last.length === 1 && last[0] === STAR ? words.slice(0, -1) : words, src = flatPieces(body).map((p) => p === STAR ? ".*" : (0, import_chunk_LZ4MTPTA.escapeRegexLiteral)(p)).join("");
  return words.length === 1 && last.length === 1 && last[0] === STAR ? ".*" : `${src}(?: .*)?`;
}
var CommandPatternList = class {
  constructor(rules, ignoreCase) {
    this.ignoreCase = ignoreCase;
    this.automaton = new import_chunk_LZ4MTPTA.Automaton(ignoreCase), rules.forEach((rule, index) => {
      let source = commandPatternRegexSource(rule.pattern);
      this.automaton.add(index, source);
      let alone, test = (command) => (alone ??= new import_chunk_LZ4MTPTA.Automaton(ignoreCase).add(0, source)).run(command).length > 0;
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
  SHELLS,
  analyzeCommand,
  commandPatternRegexSource,
  executableName,
  hazardExamples,
  isWrapper,
  lexShell,
  normalise,
  normaliseCommandPattern,
  own,
  programs_default,
  scanHazards,
  spellsOption
});
