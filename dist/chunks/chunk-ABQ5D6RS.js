import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  patchTargets
} from "./chunk-Y7RLUBF5.js";
import {
  TwoGenerationCache
} from "./chunk-V5PX7ZKJ.js";
import {
  Automaton,
  escapeRegexLiteral
} from "./chunk-DUFMWMGU.js";
import {
  __commonJS,
  __require
} from "./chunk-F2VQ6EFB.js";

// node_modules/arity-n/0.js
var require__ = __commonJS({
  "node_modules/arity-n/0.js"(exports, module) {
    module.exports = function(fn) {
      return function() {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/1.js
var require__2 = __commonJS({
  "node_modules/arity-n/1.js"(exports, module) {
    module.exports = function(fn) {
      return function(a) {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/2.js
var require__3 = __commonJS({
  "node_modules/arity-n/2.js"(exports, module) {
    module.exports = function(fn) {
      return function(a, b) {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/3.js
var require__4 = __commonJS({
  "node_modules/arity-n/3.js"(exports, module) {
    module.exports = function(fn) {
      return function(a, b, c) {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/4.js
var require__5 = __commonJS({
  "node_modules/arity-n/4.js"(exports, module) {
    module.exports = function(fn) {
      return function(a, b, c, d) {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/5.js
var require__6 = __commonJS({
  "node_modules/arity-n/5.js"(exports, module) {
    module.exports = function(fn) {
      return function(a, b, c, d, e) {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/N.js
var require_N = __commonJS({
  "node_modules/arity-n/N.js"(exports, module) {
    var arityFn = [
      require__(),
      require__2(),
      require__3(),
      require__4(),
      require__5(),
      require__6()
    ];
    module.exports = function(fn, n) {
      return n && n <= 5 ? arityFn[n](fn) : fn;
    };
  }
});

// node_modules/compose-function/index.js
var require_compose_function = __commonJS({
  "node_modules/compose-function/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.default = compose;
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
    module.exports = exports.default;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/shell-lexer.js
var require_shell_lexer = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/shell-lexer.js"(exports, module) {
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
    module.exports = posixShellLexer;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/utils/logger-phase.js
var require_logger_phase = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/utils/logger-phase.js"(exports, module) {
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
    module.exports = logger;
  }
});

// node_modules/has-own-property/index.js
var require_has_own_property = __commonJS({
  "node_modules/has-own-property/index.js"(exports, module) {
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    module.exports = function(obj, prop) {
      return _hasOwnProperty.call(obj, prop);
    };
  }
});

// node_modules/filter-obj/index.js
var require_filter_obj = __commonJS({
  "node_modules/filter-obj/index.js"(exports, module) {
    "use strict";
    module.exports = function(obj, predicate) {
      for (var ret = {}, keys = Object.keys(obj), isArr = Array.isArray(predicate), i = 0; i < keys.length; i++) {
        var key = keys[i], val = obj[key];
        (isArr ? predicate.indexOf(key) !== -1 : predicate(key, val, obj)) && (ret[key] = val);
      }
      return ret;
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/operators.js
var require_operators = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/operators.js"(exports, module) {
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
    module.exports = operators;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/utils/tokens.js
var require_tokens = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/utils/tokens.js"(exports) {
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
    exports.token = (args) => new Token(args);
    function mkToken(type, value, loc, expansion) {
      let tk = new Token({ type, value, loc });
      return expansion && expansion.length && (tk.expansion = expansion), tk;
    }
    exports.mkToken = mkToken;
    exports.mkFieldSplitToken = function(joinedTk, value, fieldIdx) {
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
    exports.appendTo = (tk, chunk) => tk.appendTo(chunk);
    exports.changeTokenType = (tk, type, value) => tk.changeTokenType(type, value);
    exports.setValue = (tk, value) => tk.setValue(value);
    exports.alterValue = (tk, value) => tk.alterValue(value);
    exports.addExpansions = (tk) => tk.addExpansions();
    exports.setExpansions = (tk, expansion) => tk.setExpansions(expansion);
    exports.tokenOrEmpty = function(state) {
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
    exports.operatorTokens = function(state) {
      return [mkToken(
        operators[state.current],
        state.current,
        {
          start: Object.assign({}, state.loc.start),
          end: Object.assign({}, state.loc.previous)
        }
      )];
    };
    exports.newLine = function() {
      return mkToken("NEWLINE", `
`);
    };
    exports.continueToken = function(expectedChar) {
      return mkToken("CONTINUE", expectedChar);
    };
    exports.eof = function() {
      return mkToken("EOF", "");
    };
    exports.isPartOfOperator = function(text) {
      return Object.keys(operators).some((op) => op.slice(0, text.length) === text);
    };
    exports.isOperator = function(text) {
      return hasOwnProperty(operators, text);
    };
    exports.applyTokenizerVisitor = (visitor) => (tk, idx, iterable) => {
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

// node_modules/@ericcornelissen/bash-parser/src/utils/is-valid-name.js
var require_is_valid_name = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/utils/is-valid-name.js"(exports, module) {
    "use strict";
    module.exports = function(text) {
      return /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(text);
    };
  }
});

// node_modules/lodash.curry/index.js
var require_lodash = __commonJS({
  "node_modules/lodash.curry/index.js"(exports, module) {
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
      for (var index = -1, length = array ? array.length : 0; ++index < length && iteratee(array[index], index, array) !== !1; )
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
      var result = !1;
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
        return !1;
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
        configurable: !0,
        enumerable: !1,
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
    module.exports = curry;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/vendored/iterable-transform-replace.js
var require_iterable_transform_replace = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/iterable-transform-replace.js"(exports, module) {
    "use strict";
    var curry = require_lodash();
    function replace(oldItem, newItem, array) {
      return array.map((item) => item === oldItem ? newItem : item);
    }
    module.exports = curry(replace);
  }
});

// node_modules/@ericcornelissen/bash-parser/src/utils/index.js
var require_utils = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/utils/index.js"(exports) {
    exports.loggerPhase = require_logger_phase();
    exports.tokens = require_tokens();
    exports.isValidName = require_is_valid_name();
    exports.replaceRule = require_iterable_transform_replace();
  }
});

// node_modules/identity-function/index.js
var require_identity_function = __commonJS({
  "node_modules/identity-function/index.js"(exports, module) {
    module.exports = function(x) {
      return x;
    };
  }
});

// node_modules/is-iterable/index.js
var require_is_iterable = __commonJS({
  "node_modules/is-iterable/index.js"(exports, module) {
    "use strict";
    module.exports = function(val) {
      return typeof Symbol < "u" && Symbol && "iterator" in Symbol && val != null && typeof val[Symbol.iterator] == "function";
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/vendored/map-iterable.js
var require_map_iterable = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/map-iterable.js"(exports, module) {
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
    module.exports = curry(map);
  }
});

// node_modules/object-values/index.js
var require_object_values = __commonJS({
  "node_modules/object-values/index.js"(exports, module) {
    "use strict";
    module.exports = function(obj) {
      for (var keys = Object.keys(obj), ret = [], i = 0; i < keys.length; i++)
        ret.push(obj[keys[i]]);
      return ret;
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/vendored/transform-spread-iterable.js
var require_transform_spread_iterable = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/transform-spread-iterable.js"(exports, module) {
    "use strict";
    function* spread(source) {
      for (let item of source)
        typeof item[Symbol.iterator] == "function" ? yield* item : yield item;
    }
    module.exports = spread;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/bash/rules/alias-substitution.js
var require_alias_substitution = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/bash/rules/alias-substitution.js"(exports, module) {
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
    module.exports = (options, mode, previousPhases) => {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/bash/index.js
var require_bash = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/bash/index.js"(exports, module) {
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
    module.exports = {
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

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      var type = typeof num;
      if (type === "string" || num instanceof String) {
        if (!num.trim()) return !1;
      } else if (type !== "number" && !(num instanceof Number))
        return !1;
      return num - num + 1 >= 0;
    };
  }
});

// node_modules/array-last/index.js
var require_array_last = __commonJS({
  "node_modules/array-last/index.js"(exports, module) {
    var isNumber = require_is_number();
    module.exports = function(arr, n) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/ast-builder.js
var require_ast_builder = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/ast-builder.js"(exports, module) {
    "use strict";
    module.exports = (options) => {
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
      return builder.checkAsync = (list, separator) => (isAsyncSeparator(separator) && (last(list.commands).async = !0), list), builder.listAppend = (list, logicalExpression, separator) => (isAsyncSeparator(separator) && (last(list.commands).async = !0), list.commands.push(logicalExpression), options.insertLOC && setLocEnd(list.loc, logicalExpression.loc), list), builder.addRedirections = (compoundCommand, redirectList) => {
        if (compoundCommand.redirections = redirectList, options.insertLOC) {
          let lastRedirect = redirectList[redirectList.length - 1];
          setLocEnd(compoundCommand.loc, lastRedirect.loc);
        }
        return compoundCommand;
      }, builder.term = (logicalExpression) => {
        let node = { type: "CompoundList", commands: [logicalExpression] };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, logicalExpression.loc), logicalExpression.loc)), node;
      }, builder.termAppend = (term, logicalExpression, separator) => (isAsyncSeparator(separator) && (last(term.commands).async = !0), term.commands.push(logicalExpression), setLocEnd(term.loc, logicalExpression.loc), term), builder.subshell = (list, locStart, locEnd) => {
        let node = { type: "Subshell", list };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, locStart), locEnd)), node;
      }, builder.pipeSequence = (command) => {
        let node = { type: "Pipeline", commands: [command] };
        return options.insertLOC && (node.loc = setLocEnd(setLocStart({}, command.loc), command.loc)), node;
      }, builder.pipeSequenceAppend = (pipe, command) => (pipe.commands.push(command), options.insertLOC && setLocEnd(pipe.loc, command.loc), pipe), builder.bangPipeLine = (pipe) => pipe.commands.length === 1 ? Object.assign(pipe.commands[0], { bang: !0 }) : Object.assign(pipe, { bang: !0 }), builder.pipeLine = (pipe) => pipe.commands.length === 1 ? pipe.commands[0] : pipe, builder.andAndOr = (left, right) => {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/end.js
var require_end = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/end.js"(exports, module) {
    "use strict";
    var eof = require_tokens().eof;
    module.exports = function() {
      return {
        nextReduction: null,
        tokensToEmit: [eof()]
      };
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/operator.js
var require_operator = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/operator.js"(exports, module) {
    "use strict";
    var t = require_tokens(), isPartOfOperator = t.isPartOfOperator, operatorTokens = t.operatorTokens, isOperator = t.isOperator;
    module.exports = function(state, source, reducers) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/comment.js
var require_comment = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/comment.js"(exports, module) {
    "use strict";
    var newLine = require_tokens().newLine;
    module.exports = function comment(state, source, reducers) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/single-quoting.js
var require_single_quoting = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/single-quoting.js"(exports, module) {
    "use strict";
    var t = require_tokens(), tokenOrEmpty = t.tokenOrEmpty, continueToken = t.continueToken;
    module.exports = function(state, source, reducers) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/double-quoting.js
var require_double_quoting = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/double-quoting.js"(exports, module) {
    "use strict";
    var t = require_tokens(), tokenOrEmpty = t.tokenOrEmpty, continueToken = t.continueToken;
    module.exports = function doubleQuoting(state, source, reducers) {
      let char = source && source.shift();
      return state = state.setPreviousReducer(doubleQuoting), char === void 0 ? {
        nextReduction: null,
        tokensToEmit: tokenOrEmpty(state).concat(continueToken('"')),
        nextState: state
      } : !state.escaping && char === "\\" ? {
        nextReduction: doubleQuoting,
        nextState: state.setEscaping(!0).appendChar(char)
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
        nextState: state.setEscaping(!1).appendChar(char)
      };
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-start.js
var require_expansion_start = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-start.js"(exports, module) {
    "use strict";
    function isSpecialParameter(char) {
      return char.match(/^[0-9\-!@#\?\*\$]$/);
    }
    module.exports = function(state, source, reducers) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-command-tick.js
var require_expansion_command_tick = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-command-tick.js"(exports, module) {
    "use strict";
    var last = require_array_last(), t = require_tokens(), continueToken = t.continueToken;
    module.exports = function(state, source, reducers) {
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
        nextState: state.appendChar(char).setEscaping(!0)
      } : {
        nextReduction: reducers.expansionCommandTick,
        nextState: state.setEscaping(!1).appendChar(char).replaceLastExpansion({ command: (xp.command || "") + char })
      };
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/start.js
var require_start = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/start.js"(exports, module) {
    "use strict";
    var t = require_tokens(), tokenOrEmpty = t.tokenOrEmpty, newLine = t.newLine, isPartOfOperator = t.isPartOfOperator;
    module.exports = function(state, source, reducers) {
      let char = source && source.shift();
      return char === void 0 ? {
        nextReduction: reducers.end,
        tokensToEmit: tokenOrEmpty(state),
        nextState: state.resetCurrent().saveCurrentLocAsStart()
      } : state.escaping && char === `
` ? {
        nextReduction: reducers.start,
        nextState: state.setEscaping(!1).removeLastChar()
      } : !state.escaping && char === "#" && state.current === "" ? {
        nextReduction: reducers.comment
      } : !state.escaping && char === `
` ? {
        nextReduction: reducers.start,
        tokensToEmit: tokenOrEmpty(state).concat(newLine()),
        nextState: state.resetCurrent().saveCurrentLocAsStart()
      } : !state.escaping && char === "\\" ? {
        nextReduction: reducers.start,
        nextState: state.setEscaping(!0).appendChar(char)
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
        nextState: state.appendChar(char).setEscaping(!1)
      };
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-arithmetic.js
var require_expansion_arithmetic = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-arithmetic.js"(exports, module) {
    "use strict";
    var last = require_array_last(), t = require_tokens(), continueToken = t.continueToken;
    module.exports = function expansionArithmetic(state, source) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-special-parameter.js
var require_expansion_special_parameter = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-special-parameter.js"(exports, module) {
    "use strict";
    var last = require_array_last();
    module.exports = function(state, source) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-parameter.js
var require_expansion_parameter = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-parameter.js"(exports, module) {
    "use strict";
    var last = require_array_last();
    module.exports = function(state, source, reducers) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-command-or-arithmetic.js
var require_expansion_command_or_arithmetic = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-command-or-arithmetic.js"(exports, module) {
    "use strict";
    var last = require_array_last(), t = require_tokens(), continueToken = t.continueToken;
    module.exports = function(state, source, reducers) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-parameter-extended.js
var require_expansion_parameter_extended = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-parameter-extended.js"(exports, module) {
    "use strict";
    var last = require_array_last(), t = require_tokens(), continueToken = t.continueToken;
    module.exports = function(state, source, reducers) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/index.js
var require_reducers = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/index.js"(exports, module) {
    "use strict";
    var end = require_end(), operator = require_operator(), comment = require_comment(), singleQuoting = require_single_quoting(), doubleQuoting = require_double_quoting(), expansionStart = require_expansion_start(), expansionCommandTick = require_expansion_command_tick(), start = require_start(), expansionArithmetic = require_expansion_arithmetic(), expansionSpecialParameter = require_expansion_special_parameter(), expansionParameter = require_expansion_parameter(), expansionCommandOrArithmetic = require_expansion_command_or_arithmetic(), expansionParameterExtended = require_expansion_parameter_extended();
    module.exports = {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/index.js
var require_tokenizer = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/index.js"(exports, module) {
    "use strict";
    var last = require_array_last(), defaultFields = (reducers) => ({
      current: "",
      escaping: !1,
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
    module.exports = (options, reducers) => function* (src) {
      reducers = reducers || require_reducers();
      let State = process.env.NODE_NEV === "development" ? mkImmutableState(reducers) : mkMutableState(reducers), state = new State(), reduction = reducers.start, source = Array.from(src);
      for (; typeof reduction == "function"; ) {
        let char = source[0], r = reduction(state, source, reducers), nextReduction = r.nextReduction, tokensToEmit = r.tokensToEmit, nextState = r.nextState;
        tokensToEmit && (yield* tokensToEmit), nextState ? state = nextState.advanceLoc(char) : state = state.advanceLoc(char), reduction = nextReduction;
      }
    };
    module.exports.reducers = require_reducers();
  }
});

// node_modules/map-obj/index.js
var require_map_obj = __commonJS({
  "node_modules/map-obj/index.js"(exports, module) {
    "use strict";
    var isObject = (x) => typeof x == "object" && x !== null && !(x instanceof RegExp) && !(x instanceof Error) && !(x instanceof Date);
    module.exports = function mapObj(obj, fn, opts, seen) {
      if (opts = Object.assign({
        deep: !1,
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

// node_modules/object-pairs/index.js
var require_object_pairs = __commonJS({
  "node_modules/object-pairs/index.js"(exports, module) {
    "use strict";
    module.exports = function(obj) {
      return Object.keys(obj).map(function(key) {
        return [key, obj[key]];
      });
    };
  }
});

// node_modules/vlq/dist/vlq.js
var require_vlq = __commonJS({
  "node_modules/vlq/dist/vlq.js"(exports, module) {
    (function(global2, factory) {
      typeof exports == "object" && typeof module < "u" ? factory(exports) : typeof define == "function" && define.amd ? define(["exports"], factory) : factory(global2.vlq = global2.vlq || {});
    })(exports, (function(exports2) {
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
      exports2.decode = decode, exports2.encode = encode, Object.defineProperty(exports2, "__esModule", { value: !0 });
    }));
  }
});

// node_modules/magic-string/dist/magic-string.cjs.js
var require_magic_string_cjs = __commonJS({
  "node_modules/magic-string/dist/magic-string.cjs.js"(exports, module) {
    "use strict";
    var vlq = require_vlq();
    function Chunk(start, end, content) {
      this.start = start, this.end = end, this.original = content, this.intro = "", this.outro = "", this.content = content, this.storeName = !1, this.edited = !1, Object.defineProperties(this, {
        previous: { writable: !0, value: null },
        next: { writable: !0, value: null }
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
        return this.content = content, this.intro = "", this.outro = "", this.storeName = storeName, this.edited = !0, this;
      },
      prepend: function(content) {
        this.intro = content + this.intro;
      },
      split: function(index) {
        var sliceIndex = index - this.start, originalBefore = this.original.slice(0, sliceIndex), originalAfter = this.original.slice(sliceIndex);
        this.original = originalBefore;
        var newChunk = new Chunk(index, this.end, originalAfter);
        return newChunk.outro = this.outro, this.outro = "", this.end = index, this.edited ? (newChunk.edit("", !1), this.content = "") : this.content = originalBefore, newChunk.next = this.next, newChunk.next && (newChunk.next.previous = newChunk), newChunk.previous = this, this.next = newChunk, newChunk;
      },
      toString: function() {
        return this.intro + this.content + this.outro;
      },
      trimEnd: function(rx) {
        if (this.outro = this.outro.replace(rx, ""), this.outro.length) return !0;
        var trimmed = this.content.replace(rx, "");
        if (trimmed.length)
          return trimmed !== this.content && this.split(this.start + trimmed.length).edit("", !1), !0;
        if (this.edit("", !1), this.intro = this.intro.replace(rx, ""), this.intro.length) return !0;
      },
      trimStart: function(rx) {
        if (this.intro = this.intro.replace(rx, ""), this.intro.length) return !0;
        var trimmed = this.content.replace(rx, "");
        if (trimmed.length)
          return trimmed !== this.content && (this.split(this.end - trimmed.length), this.edit("", !1)), !0;
        if (this.edit("", !1), this.outro = this.outro.replace(rx, ""), this.outro.length) return !0;
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
        for (var originalCharIndex = chunk2.start, first = !0; originalCharIndex < chunk2.end; )
          (hires || first || sourcemapLocations[originalCharIndex]) && rawSegments.push({
            generatedCodeLine,
            generatedCodeColumn,
            sourceCodeLine: loc2.line,
            sourceCodeColumn: loc2.column,
            sourceCodeName: -1,
            sourceIndex
          }), original[originalCharIndex] === `
` ? (loc2.line += 1, loc2.column = 0, generatedCodeLine += 1, rawLines[generatedCodeLine] = rawSegments = [], generatedCodeColumn = 0) : (loc2.column += 1, generatedCodeColumn += 1), originalCharIndex += 1, first = !1;
      }
      for (var hasContent = !1; chunk; ) {
        var loc = locate(chunk.start);
        chunk.intro.length && addEdit(chunk.intro, "", loc, -1, hasContent), chunk.edited ? addEdit(chunk.content, chunk.original, loc, chunk.storeName ? names.indexOf(chunk.original) : -1, hasContent) : addUneditedChunk(chunk, loc), chunk.outro.length && addEdit(chunk.outro, "", loc, -1, hasContent), (chunk.content || chunk.intro || chunk.outro) && (hasContent = !0);
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
        original: { writable: !0, value: string },
        outro: { writable: !0, value: "" },
        intro: { writable: !0, value: "" },
        firstChunk: { writable: !0, value: chunk },
        lastChunk: { writable: !0, value: chunk },
        lastSearchedChunk: { writable: !0, value: chunk },
        byStart: { writable: !0, value: {} },
        byEnd: { writable: !0, value: {} },
        filename: { writable: !0, value: options.filename },
        indentExclusionRanges: { writable: !0, value: options.indentExclusionRanges },
        sourcemapLocations: { writable: !0, value: {} },
        storedNames: { writable: !0, value: {} },
        indentStr: { writable: !0, value: guessIndent(string) }
      }), this.byStart[0] = chunk, this.byEnd[string.length] = chunk;
    }
    MagicString.prototype = {
      addSourcemapLocation: function(char) {
        this.sourcemapLocations[char] = !0;
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
          cloned.sourcemapLocations[loc] = !0;
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
              isExcluded[i] = !0;
          });
        }
        var shouldIndentNextCharacter = options.indentStart !== !1, replacer = function(match) {
          return shouldIndentNextCharacter ? "" + indentStr + match : (shouldIndentNextCharacter = !0, match);
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
                  shouldIndentNextCharacter = !0;
                else if (char !== "\r" && shouldIndentNextCharacter)
                  if (shouldIndentNextCharacter = !1, charIndex === chunk.start)
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
          this.storedNames[original] = !0;
        }
        var first = this.byStart[start], last = this.byEnd[end];
        if (first) {
          if (first.edit(content, storeName), first !== last) {
            for (var chunk = first.next; chunk !== last; )
              chunk.edit("", !1), chunk = chunk.next;
            chunk.edit("", !1);
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
        return this.overwrite(start, end, "", !1);
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
        return this.byEnd[index] = chunk, this.byStart[index] = newChunk, this.byEnd[newChunk.end] = newChunk, chunk === this.lastChunk && (this.lastChunk = newChunk), this.lastSearchedChunk = chunk, !0;
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
    module.exports = MagicString;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/field-splitting.js
var require_field_splitting = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/field-splitting.js"(exports) {
    "use strict";
    var map = require_map_iterable(), merge = require_transform_spread_iterable(), compose = require_compose_function(), mkFieldSplitToken = require_tokens().mkFieldSplitToken;
    exports.mark = function(result, text, options) {
      if (typeof options.resolveEnv == "function" && text[0] !== "'" && text[0] !== '"') {
        let ifs = options.resolveEnv("IFS");
        if (ifs !== null)
          return result.replace(new RegExp(`[${ifs}]+`, "g"), "\0");
      }
      return result;
    };
    exports.split = () => compose(
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/parameter-expansion.js
var require_parameter_expansion = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/parameter-expansion.js"(exports, module) {
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
        let bashParser2 = require_src();
        for (let prop of ret.expand) {
          let ast = bashParser2(ret[prop], { mode: "word-expansion" });
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
            xp.resolved = !0, magic.overwrite(
              xp.loc.start,
              xp.loc.end + 1,
              fieldSplitting.mark(result, value, options)
            );
          }
        return tokens.alterValue(token, magic.toString());
      }
      return token;
    });
    module.exports = parameterExpansion;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/command-expansion.js
var require_command_expansion = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/command-expansion.js"(exports, module) {
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
            ), xp.resolved = !0;
          }
        return token.alterValue(magic.toString());
      }
      return token;
    });
    module.exports = commandExpansion;
  }
});

// node_modules/babylon/lib/index.js
var require_lib = __commonJS({
  "node_modules/babylon/lib/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function makePredicate(words) {
      return words = words.split(" "), function(str) {
        return words.indexOf(str) >= 0;
      };
    }
    var reservedWords = {
      6: makePredicate("enum await"),
      strict: makePredicate("implements interface let package private protected public static yield"),
      strictBind: makePredicate("eval arguments")
    }, isKeyword = makePredicate("break case catch continue debugger default do else finally for function if return switch throw try var while with null true false instanceof typeof void delete new in this let const class extends export import yield super"), nonASCIIidentifierStartChars = "\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312D\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FD5\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC", nonASCIIidentifierChars = "\u200C\u200D\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u08D4-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0D01-\u0D03\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D82\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EB9\u0EBB\u0EBC\u0EC8-\u0ECD\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1714\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF2-\u1CF4\u1CF8\u1CF9\u1DC0-\u1DF5\u1DFB-\u1DFF\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA900-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F", nonASCIIidentifierStart = new RegExp("[" + nonASCIIidentifierStartChars + "]"), nonASCIIidentifier = new RegExp("[" + nonASCIIidentifierStartChars + nonASCIIidentifierChars + "]");
    nonASCIIidentifierStartChars = nonASCIIidentifierChars = null;
    var astralIdentifierStartCodes = [0, 11, 2, 25, 2, 18, 2, 1, 2, 14, 3, 13, 35, 122, 70, 52, 268, 28, 4, 48, 48, 31, 17, 26, 6, 37, 11, 29, 3, 35, 5, 7, 2, 4, 43, 157, 19, 35, 5, 35, 5, 39, 9, 51, 157, 310, 10, 21, 11, 7, 153, 5, 3, 0, 2, 43, 2, 1, 4, 0, 3, 22, 11, 22, 10, 30, 66, 18, 2, 1, 11, 21, 11, 25, 71, 55, 7, 1, 65, 0, 16, 3, 2, 2, 2, 26, 45, 28, 4, 28, 36, 7, 2, 27, 28, 53, 11, 21, 11, 18, 14, 17, 111, 72, 56, 50, 14, 50, 785, 52, 76, 44, 33, 24, 27, 35, 42, 34, 4, 0, 13, 47, 15, 3, 22, 0, 2, 0, 36, 17, 2, 24, 85, 6, 2, 0, 2, 3, 2, 14, 2, 9, 8, 46, 39, 7, 3, 1, 3, 21, 2, 6, 2, 1, 2, 4, 4, 0, 19, 0, 13, 4, 159, 52, 19, 3, 54, 47, 21, 1, 2, 0, 185, 46, 42, 3, 37, 47, 21, 0, 60, 42, 86, 25, 391, 63, 32, 0, 449, 56, 264, 8, 2, 36, 18, 0, 50, 29, 881, 921, 103, 110, 18, 195, 2749, 1070, 4050, 582, 8634, 568, 8, 30, 114, 29, 19, 47, 17, 3, 32, 20, 6, 18, 881, 68, 12, 0, 67, 12, 65, 0, 32, 6124, 20, 754, 9486, 1, 3071, 106, 6, 12, 4, 8, 8, 9, 5991, 84, 2, 70, 2, 1, 3, 0, 3, 1, 3, 3, 2, 11, 2, 0, 2, 6, 2, 64, 2, 3, 3, 7, 2, 6, 2, 27, 2, 3, 2, 4, 2, 0, 4, 6, 2, 339, 3, 24, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 7, 4149, 196, 60, 67, 1213, 3, 2, 26, 2, 1, 2, 0, 3, 0, 2, 9, 2, 3, 2, 0, 2, 0, 7, 0, 5, 0, 2, 0, 2, 0, 2, 2, 2, 1, 2, 0, 3, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1, 2, 0, 3, 3, 2, 6, 2, 3, 2, 3, 2, 0, 2, 9, 2, 16, 6, 2, 2, 4, 2, 16, 4421, 42710, 42, 4148, 12, 221, 3, 5761, 10591, 541], astralIdentifierCodes = [509, 0, 227, 0, 150, 4, 294, 9, 1368, 2, 2, 1, 6, 3, 41, 2, 5, 0, 166, 1, 1306, 2, 54, 14, 32, 9, 16, 3, 46, 10, 54, 9, 7, 2, 37, 13, 2, 9, 52, 0, 13, 2, 49, 13, 10, 2, 4, 9, 83, 11, 7, 0, 161, 11, 6, 9, 7, 3, 57, 0, 2, 6, 3, 1, 3, 2, 10, 0, 11, 1, 3, 6, 4, 4, 193, 17, 10, 9, 87, 19, 13, 9, 214, 6, 3, 8, 28, 1, 83, 16, 16, 9, 82, 12, 9, 9, 84, 14, 5, 9, 423, 9, 838, 7, 2, 7, 17, 9, 57, 21, 2, 13, 19882, 9, 135, 4, 60, 6, 26, 9, 1016, 45, 17, 3, 19723, 1, 5319, 4, 4, 5, 9, 7, 3, 6, 31, 3, 149, 2, 1418, 49, 513, 54, 5, 49, 9, 0, 15, 0, 23, 4, 2, 14, 1361, 6, 2, 16, 3, 6, 2, 1, 2, 4, 2214, 6, 110, 6, 6, 9, 792487, 239];
    function isInAstralSet(code, set) {
      for (var pos = 65536, i = 0; i < set.length; i += 2) {
        if (pos += set[i], pos > code) return !1;
        if (pos += set[i + 1], pos >= code) return !0;
      }
    }
    function isIdentifierStart(code) {
      return code < 65 ? code === 36 : code < 91 ? !0 : code < 97 ? code === 95 : code < 123 ? !0 : code <= 65535 ? code >= 170 && nonASCIIidentifierStart.test(String.fromCharCode(code)) : isInAstralSet(code, astralIdentifierStartCodes);
    }
    function isIdentifierChar(code) {
      return code < 48 ? code === 36 : code < 58 ? !0 : code < 65 ? !1 : code < 91 ? !0 : code < 97 ? code === 95 : code < 123 ? !0 : code <= 65535 ? code >= 170 && nonASCIIidentifier.test(String.fromCharCode(code)) : isInAstralSet(code, astralIdentifierStartCodes) || isInAstralSet(code, astralIdentifierCodes);
    }
    var defaultOptions = {
      // Source type ("script" or "module") for different semantics
      sourceType: "script",
      // Source filename.
      sourceFilename: void 0,
      // Line from which to start counting source. Useful for
      // integration with other tools.
      startLine: 1,
      // When enabled, a return at the top level is not considered an
      // error.
      allowReturnOutsideFunction: !1,
      // When enabled, import/export statements are not constrained to
      // appearing at the top of the program.
      allowImportExportEverywhere: !1,
      // TODO
      allowSuperOutsideMethod: !1,
      // An array of plugins to enable
      plugins: [],
      // TODO
      strictMode: null
    };
    function getOptions(opts) {
      var options = {};
      for (var key in defaultOptions)
        options[key] = opts && key in opts ? opts[key] : defaultOptions[key];
      return options;
    }
    var _typeof = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(obj) {
      return typeof obj;
    } : function(obj) {
      return obj && typeof Symbol == "function" && obj.constructor === Symbol && obj !== Symbol.prototype ? "symbol" : typeof obj;
    }, classCallCheck = function(instance, Constructor) {
      if (!(instance instanceof Constructor))
        throw new TypeError("Cannot call a class as a function");
    }, inherits = function(subClass, superClass) {
      if (typeof superClass != "function" && superClass !== null)
        throw new TypeError("Super expression must either be null or a function, not " + typeof superClass);
      subClass.prototype = Object.create(superClass && superClass.prototype, {
        constructor: {
          value: subClass,
          enumerable: !1,
          writable: !0,
          configurable: !0
        }
      }), superClass && (Object.setPrototypeOf ? Object.setPrototypeOf(subClass, superClass) : subClass.__proto__ = superClass);
    }, possibleConstructorReturn = function(self2, call) {
      if (!self2)
        throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
      return call && (typeof call == "object" || typeof call == "function") ? call : self2;
    }, beforeExpr = !0, startsExpr = !0, isLoop = !0, isAssign = !0, prefix = !0, postfix = !0, TokenType = function TokenType2(label) {
      var conf = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
      classCallCheck(this, TokenType2), this.label = label, this.keyword = conf.keyword, this.beforeExpr = !!conf.beforeExpr, this.startsExpr = !!conf.startsExpr, this.rightAssociative = !!conf.rightAssociative, this.isLoop = !!conf.isLoop, this.isAssign = !!conf.isAssign, this.prefix = !!conf.prefix, this.postfix = !!conf.postfix, this.binop = conf.binop || null, this.updateContext = null;
    }, KeywordTokenType = (function(_TokenType) {
      inherits(KeywordTokenType2, _TokenType);
      function KeywordTokenType2(name) {
        var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        return classCallCheck(this, KeywordTokenType2), options.keyword = name, possibleConstructorReturn(this, _TokenType.call(this, name, options));
      }
      return KeywordTokenType2;
    })(TokenType), BinopTokenType = (function(_TokenType2) {
      inherits(BinopTokenType2, _TokenType2);
      function BinopTokenType2(name, prec) {
        return classCallCheck(this, BinopTokenType2), possibleConstructorReturn(this, _TokenType2.call(this, name, { beforeExpr, binop: prec }));
      }
      return BinopTokenType2;
    })(TokenType), types = {
      num: new TokenType("num", { startsExpr }),
      regexp: new TokenType("regexp", { startsExpr }),
      string: new TokenType("string", { startsExpr }),
      name: new TokenType("name", { startsExpr }),
      eof: new TokenType("eof"),
      // Punctuation token types.
      bracketL: new TokenType("[", { beforeExpr, startsExpr }),
      bracketR: new TokenType("]"),
      braceL: new TokenType("{", { beforeExpr, startsExpr }),
      braceBarL: new TokenType("{|", { beforeExpr, startsExpr }),
      braceR: new TokenType("}"),
      braceBarR: new TokenType("|}"),
      parenL: new TokenType("(", { beforeExpr, startsExpr }),
      parenR: new TokenType(")"),
      comma: new TokenType(",", { beforeExpr }),
      semi: new TokenType(";", { beforeExpr }),
      colon: new TokenType(":", { beforeExpr }),
      doubleColon: new TokenType("::", { beforeExpr }),
      dot: new TokenType("."),
      question: new TokenType("?", { beforeExpr }),
      arrow: new TokenType("=>", { beforeExpr }),
      template: new TokenType("template"),
      ellipsis: new TokenType("...", { beforeExpr }),
      backQuote: new TokenType("`", { startsExpr }),
      dollarBraceL: new TokenType("${", { beforeExpr, startsExpr }),
      at: new TokenType("@"),
      // Operators. These carry several kinds of properties to help the
      // parser use them properly (the presence of these properties is
      // what categorizes them as operators).
      //
      // `binop`, when present, specifies that this operator is a binary
      // operator, and will refer to its precedence.
      //
      // `prefix` and `postfix` mark the operator as a prefix or postfix
      // unary operator.
      //
      // `isAssign` marks all of `=`, `+=`, `-=` etcetera, which act as
      // binary operators with a very low precedence, that should result
      // in AssignmentExpression nodes.
      eq: new TokenType("=", { beforeExpr, isAssign }),
      assign: new TokenType("_=", { beforeExpr, isAssign }),
      incDec: new TokenType("++/--", { prefix, postfix, startsExpr }),
      prefix: new TokenType("prefix", { beforeExpr, prefix, startsExpr }),
      logicalOR: new BinopTokenType("||", 1),
      logicalAND: new BinopTokenType("&&", 2),
      bitwiseOR: new BinopTokenType("|", 3),
      bitwiseXOR: new BinopTokenType("^", 4),
      bitwiseAND: new BinopTokenType("&", 5),
      equality: new BinopTokenType("==/!=", 6),
      relational: new BinopTokenType("</>", 7),
      bitShift: new BinopTokenType("<</>>", 8),
      plusMin: new TokenType("+/-", { beforeExpr, binop: 9, prefix, startsExpr }),
      modulo: new BinopTokenType("%", 10),
      star: new BinopTokenType("*", 10),
      slash: new BinopTokenType("/", 10),
      exponent: new TokenType("**", { beforeExpr, binop: 11, rightAssociative: !0 })
    }, keywords = {
      break: new KeywordTokenType("break"),
      case: new KeywordTokenType("case", { beforeExpr }),
      catch: new KeywordTokenType("catch"),
      continue: new KeywordTokenType("continue"),
      debugger: new KeywordTokenType("debugger"),
      default: new KeywordTokenType("default", { beforeExpr }),
      do: new KeywordTokenType("do", { isLoop, beforeExpr }),
      else: new KeywordTokenType("else", { beforeExpr }),
      finally: new KeywordTokenType("finally"),
      for: new KeywordTokenType("for", { isLoop }),
      function: new KeywordTokenType("function", { startsExpr }),
      if: new KeywordTokenType("if"),
      return: new KeywordTokenType("return", { beforeExpr }),
      switch: new KeywordTokenType("switch"),
      throw: new KeywordTokenType("throw", { beforeExpr }),
      try: new KeywordTokenType("try"),
      var: new KeywordTokenType("var"),
      let: new KeywordTokenType("let"),
      const: new KeywordTokenType("const"),
      while: new KeywordTokenType("while", { isLoop }),
      with: new KeywordTokenType("with"),
      new: new KeywordTokenType("new", { beforeExpr, startsExpr }),
      this: new KeywordTokenType("this", { startsExpr }),
      super: new KeywordTokenType("super", { startsExpr }),
      class: new KeywordTokenType("class"),
      extends: new KeywordTokenType("extends", { beforeExpr }),
      export: new KeywordTokenType("export"),
      import: new KeywordTokenType("import", { startsExpr }),
      yield: new KeywordTokenType("yield", { beforeExpr, startsExpr }),
      null: new KeywordTokenType("null", { startsExpr }),
      true: new KeywordTokenType("true", { startsExpr }),
      false: new KeywordTokenType("false", { startsExpr }),
      in: new KeywordTokenType("in", { beforeExpr, binop: 7 }),
      instanceof: new KeywordTokenType("instanceof", { beforeExpr, binop: 7 }),
      typeof: new KeywordTokenType("typeof", { beforeExpr, prefix, startsExpr }),
      void: new KeywordTokenType("void", { beforeExpr, prefix, startsExpr }),
      delete: new KeywordTokenType("delete", { beforeExpr, prefix, startsExpr })
    };
    Object.keys(keywords).forEach(function(name) {
      types["_" + name] = keywords[name];
    });
    var lineBreak = /\r\n?|\n|\u2028|\u2029/, lineBreakG = new RegExp(lineBreak.source, "g");
    function isNewLine(code) {
      return code === 10 || code === 13 || code === 8232 || code === 8233;
    }
    var nonASCIIwhitespace = /[\u1680\u180e\u2000-\u200a\u202f\u205f\u3000\ufeff]/, TokContext = function TokContext2(token, isExpr, preserveSpace, override) {
      classCallCheck(this, TokContext2), this.token = token, this.isExpr = !!isExpr, this.preserveSpace = !!preserveSpace, this.override = override;
    }, types$1 = {
      braceStatement: new TokContext("{", !1),
      braceExpression: new TokContext("{", !0),
      templateQuasi: new TokContext("${", !0),
      parenStatement: new TokContext("(", !1),
      parenExpression: new TokContext("(", !0),
      template: new TokContext("`", !0, !0, function(p) {
        return p.readTmplToken();
      }),
      functionExpression: new TokContext("function", !0)
    };
    types.parenR.updateContext = types.braceR.updateContext = function() {
      if (this.state.context.length === 1) {
        this.state.exprAllowed = !0;
        return;
      }
      var out = this.state.context.pop();
      out === types$1.braceStatement && this.curContext() === types$1.functionExpression ? (this.state.context.pop(), this.state.exprAllowed = !1) : out === types$1.templateQuasi ? this.state.exprAllowed = !0 : this.state.exprAllowed = !out.isExpr;
    };
    types.name.updateContext = function(prevType) {
      this.state.exprAllowed = !1, (prevType === types._let || prevType === types._const || prevType === types._var) && lineBreak.test(this.input.slice(this.state.end)) && (this.state.exprAllowed = !0);
    };
    types.braceL.updateContext = function(prevType) {
      this.state.context.push(this.braceIsBlock(prevType) ? types$1.braceStatement : types$1.braceExpression), this.state.exprAllowed = !0;
    };
    types.dollarBraceL.updateContext = function() {
      this.state.context.push(types$1.templateQuasi), this.state.exprAllowed = !0;
    };
    types.parenL.updateContext = function(prevType) {
      var statementParens = prevType === types._if || prevType === types._for || prevType === types._with || prevType === types._while;
      this.state.context.push(statementParens ? types$1.parenStatement : types$1.parenExpression), this.state.exprAllowed = !0;
    };
    types.incDec.updateContext = function() {
    };
    types._function.updateContext = function() {
      this.curContext() !== types$1.braceStatement && this.state.context.push(types$1.functionExpression), this.state.exprAllowed = !1;
    };
    types.backQuote.updateContext = function() {
      this.curContext() === types$1.template ? this.state.context.pop() : this.state.context.push(types$1.template), this.state.exprAllowed = !1;
    };
    var Position = function Position2(line, col) {
      classCallCheck(this, Position2), this.line = line, this.column = col;
    }, SourceLocation = function SourceLocation2(start, end) {
      classCallCheck(this, SourceLocation2), this.start = start, this.end = end;
    };
    function getLineInfo(input, offset) {
      for (var line = 1, cur = 0; ; ) {
        lineBreakG.lastIndex = cur;
        var match = lineBreakG.exec(input);
        if (match && match.index < offset)
          ++line, cur = match.index + match[0].length;
        else
          return new Position(line, offset - cur);
      }
    }
    var State = (function() {
      function State2() {
        classCallCheck(this, State2);
      }
      return State2.prototype.init = function(options, input) {
        return this.strict = options.strictMode === !1 ? !1 : options.sourceType === "module", this.input = input, this.potentialArrowAt = -1, this.inMethod = this.inFunction = this.inGenerator = this.inAsync = this.inPropertyName = this.inType = this.inClassProperty = this.noAnonFunctionType = !1, this.labels = [], this.decorators = [], this.tokens = [], this.comments = [], this.trailingComments = [], this.leadingComments = [], this.commentStack = [], this.pos = this.lineStart = 0, this.curLine = options.startLine, this.type = types.eof, this.value = null, this.start = this.end = this.pos, this.startLoc = this.endLoc = this.curPosition(), this.lastTokEndLoc = this.lastTokStartLoc = null, this.lastTokStart = this.lastTokEnd = this.pos, this.context = [types$1.braceStatement], this.exprAllowed = !0, this.containsEsc = this.containsOctal = !1, this.octalPosition = null, this.invalidTemplateEscapePosition = null, this.exportedIdentifiers = [], this;
      }, State2.prototype.curPosition = function() {
        return new Position(this.curLine, this.pos - this.lineStart);
      }, State2.prototype.clone = function(skipArrays) {
        var state = new State2();
        for (var key in this) {
          var val = this[key];
          (!skipArrays || key === "context") && Array.isArray(val) && (val = val.slice()), state[key] = val;
        }
        return state;
      }, State2;
    })(), Token = function Token2(state) {
      classCallCheck(this, Token2), this.type = state.type, this.value = state.value, this.start = state.start, this.end = state.end, this.loc = new SourceLocation(state.startLoc, state.endLoc);
    };
    function codePointToString(code) {
      return code <= 65535 ? String.fromCharCode(code) : String.fromCharCode((code - 65536 >> 10) + 55296, (code - 65536 & 1023) + 56320);
    }
    var Tokenizer = (function() {
      function Tokenizer2(options, input) {
        classCallCheck(this, Tokenizer2), this.state = new State(), this.state.init(options, input);
      }
      return Tokenizer2.prototype.next = function() {
        this.isLookahead || this.state.tokens.push(new Token(this.state)), this.state.lastTokEnd = this.state.end, this.state.lastTokStart = this.state.start, this.state.lastTokEndLoc = this.state.endLoc, this.state.lastTokStartLoc = this.state.startLoc, this.nextToken();
      }, Tokenizer2.prototype.eat = function(type) {
        return this.match(type) ? (this.next(), !0) : !1;
      }, Tokenizer2.prototype.match = function(type) {
        return this.state.type === type;
      }, Tokenizer2.prototype.isKeyword = function(word) {
        return isKeyword(word);
      }, Tokenizer2.prototype.lookahead = function() {
        var old = this.state;
        this.state = old.clone(!0), this.isLookahead = !0, this.next(), this.isLookahead = !1;
        var curr = this.state.clone(!0);
        return this.state = old, curr;
      }, Tokenizer2.prototype.setStrict = function(strict) {
        if (this.state.strict = strict, !(!this.match(types.num) && !this.match(types.string))) {
          for (this.state.pos = this.state.start; this.state.pos < this.state.lineStart; )
            this.state.lineStart = this.input.lastIndexOf(`
`, this.state.lineStart - 2) + 1, --this.state.curLine;
          this.nextToken();
        }
      }, Tokenizer2.prototype.curContext = function() {
        return this.state.context[this.state.context.length - 1];
      }, Tokenizer2.prototype.nextToken = function() {
        var curContext = this.curContext();
        return (!curContext || !curContext.preserveSpace) && this.skipSpace(), this.state.containsOctal = !1, this.state.octalPosition = null, this.state.start = this.state.pos, this.state.startLoc = this.state.curPosition(), this.state.pos >= this.input.length ? this.finishToken(types.eof) : curContext.override ? curContext.override(this) : this.readToken(this.fullCharCodeAtPos());
      }, Tokenizer2.prototype.readToken = function(code) {
        return isIdentifierStart(code) || code === 92 ? this.readWord() : this.getTokenFromCode(code);
      }, Tokenizer2.prototype.fullCharCodeAtPos = function() {
        var code = this.input.charCodeAt(this.state.pos);
        if (code <= 55295 || code >= 57344) return code;
        var next = this.input.charCodeAt(this.state.pos + 1);
        return (code << 10) + next - 56613888;
      }, Tokenizer2.prototype.pushComment = function(block, text, start, end, startLoc, endLoc) {
        var comment = {
          type: block ? "CommentBlock" : "CommentLine",
          value: text,
          start,
          end,
          loc: new SourceLocation(startLoc, endLoc)
        };
        this.isLookahead || (this.state.tokens.push(comment), this.state.comments.push(comment), this.addComment(comment));
      }, Tokenizer2.prototype.skipBlockComment = function() {
        var startLoc = this.state.curPosition(), start = this.state.pos, end = this.input.indexOf("*/", this.state.pos += 2);
        end === -1 && this.raise(this.state.pos - 2, "Unterminated comment"), this.state.pos = end + 2, lineBreakG.lastIndex = start;
        for (var match = void 0; (match = lineBreakG.exec(this.input)) && match.index < this.state.pos; )
          ++this.state.curLine, this.state.lineStart = match.index + match[0].length;
        this.pushComment(!0, this.input.slice(start + 2, end), start, this.state.pos, startLoc, this.state.curPosition());
      }, Tokenizer2.prototype.skipLineComment = function(startSkip) {
        for (var start = this.state.pos, startLoc = this.state.curPosition(), ch = this.input.charCodeAt(this.state.pos += startSkip); this.state.pos < this.input.length && ch !== 10 && ch !== 13 && ch !== 8232 && ch !== 8233; )
          ++this.state.pos, ch = this.input.charCodeAt(this.state.pos);
        this.pushComment(!1, this.input.slice(start + startSkip, this.state.pos), start, this.state.pos, startLoc, this.state.curPosition());
      }, Tokenizer2.prototype.skipSpace = function() {
        loop: for (; this.state.pos < this.input.length; ) {
          var ch = this.input.charCodeAt(this.state.pos);
          switch (ch) {
            case 32:
            case 160:
              ++this.state.pos;
              break;
            case 13:
              this.input.charCodeAt(this.state.pos + 1) === 10 && ++this.state.pos;
            case 10:
            case 8232:
            case 8233:
              ++this.state.pos, ++this.state.curLine, this.state.lineStart = this.state.pos;
              break;
            case 47:
              switch (this.input.charCodeAt(this.state.pos + 1)) {
                case 42:
                  this.skipBlockComment();
                  break;
                case 47:
                  this.skipLineComment(2);
                  break;
                default:
                  break loop;
              }
              break;
            default:
              if (ch > 8 && ch < 14 || ch >= 5760 && nonASCIIwhitespace.test(String.fromCharCode(ch)))
                ++this.state.pos;
              else
                break loop;
          }
        }
      }, Tokenizer2.prototype.finishToken = function(type, val) {
        this.state.end = this.state.pos, this.state.endLoc = this.state.curPosition();
        var prevType = this.state.type;
        this.state.type = type, this.state.value = val, this.updateContext(prevType);
      }, Tokenizer2.prototype.readToken_dot = function() {
        var next = this.input.charCodeAt(this.state.pos + 1);
        if (next >= 48 && next <= 57)
          return this.readNumber(!0);
        var next2 = this.input.charCodeAt(this.state.pos + 2);
        return next === 46 && next2 === 46 ? (this.state.pos += 3, this.finishToken(types.ellipsis)) : (++this.state.pos, this.finishToken(types.dot));
      }, Tokenizer2.prototype.readToken_slash = function() {
        if (this.state.exprAllowed)
          return ++this.state.pos, this.readRegexp();
        var next = this.input.charCodeAt(this.state.pos + 1);
        return next === 61 ? this.finishOp(types.assign, 2) : this.finishOp(types.slash, 1);
      }, Tokenizer2.prototype.readToken_mult_modulo = function(code) {
        var type = code === 42 ? types.star : types.modulo, width = 1, next = this.input.charCodeAt(this.state.pos + 1);
        return next === 42 && (width++, next = this.input.charCodeAt(this.state.pos + 2), type = types.exponent), next === 61 && (width++, type = types.assign), this.finishOp(type, width);
      }, Tokenizer2.prototype.readToken_pipe_amp = function(code) {
        var next = this.input.charCodeAt(this.state.pos + 1);
        return next === code ? this.finishOp(code === 124 ? types.logicalOR : types.logicalAND, 2) : next === 61 ? this.finishOp(types.assign, 2) : code === 124 && next === 125 && this.hasPlugin("flow") ? this.finishOp(types.braceBarR, 2) : this.finishOp(code === 124 ? types.bitwiseOR : types.bitwiseAND, 1);
      }, Tokenizer2.prototype.readToken_caret = function() {
        var next = this.input.charCodeAt(this.state.pos + 1);
        return next === 61 ? this.finishOp(types.assign, 2) : this.finishOp(types.bitwiseXOR, 1);
      }, Tokenizer2.prototype.readToken_plus_min = function(code) {
        var next = this.input.charCodeAt(this.state.pos + 1);
        return next === code ? next === 45 && this.input.charCodeAt(this.state.pos + 2) === 62 && lineBreak.test(this.input.slice(this.state.lastTokEnd, this.state.pos)) ? (this.skipLineComment(3), this.skipSpace(), this.nextToken()) : this.finishOp(types.incDec, 2) : next === 61 ? this.finishOp(types.assign, 2) : this.finishOp(types.plusMin, 1);
      }, Tokenizer2.prototype.readToken_lt_gt = function(code) {
        var next = this.input.charCodeAt(this.state.pos + 1), size = 1;
        return next === code ? (size = code === 62 && this.input.charCodeAt(this.state.pos + 2) === 62 ? 3 : 2, this.input.charCodeAt(this.state.pos + size) === 61 ? this.finishOp(types.assign, size + 1) : this.finishOp(types.bitShift, size)) : next === 33 && code === 60 && this.input.charCodeAt(this.state.pos + 2) === 45 && this.input.charCodeAt(this.state.pos + 3) === 45 ? (this.inModule && this.unexpected(), this.skipLineComment(4), this.skipSpace(), this.nextToken()) : (next === 61 && (size = 2), this.finishOp(types.relational, size));
      }, Tokenizer2.prototype.readToken_eq_excl = function(code) {
        var next = this.input.charCodeAt(this.state.pos + 1);
        return next === 61 ? this.finishOp(types.equality, this.input.charCodeAt(this.state.pos + 2) === 61 ? 3 : 2) : code === 61 && next === 62 ? (this.state.pos += 2, this.finishToken(types.arrow)) : this.finishOp(code === 61 ? types.eq : types.prefix, 1);
      }, Tokenizer2.prototype.getTokenFromCode = function(code) {
        switch (code) {
          // The interpretation of a dot depends on whether it is followed
          // by a digit or another two dots.
          case 46:
            return this.readToken_dot();
          // Punctuation tokens.
          case 40:
            return ++this.state.pos, this.finishToken(types.parenL);
          case 41:
            return ++this.state.pos, this.finishToken(types.parenR);
          case 59:
            return ++this.state.pos, this.finishToken(types.semi);
          case 44:
            return ++this.state.pos, this.finishToken(types.comma);
          case 91:
            return ++this.state.pos, this.finishToken(types.bracketL);
          case 93:
            return ++this.state.pos, this.finishToken(types.bracketR);
          case 123:
            return this.hasPlugin("flow") && this.input.charCodeAt(this.state.pos + 1) === 124 ? this.finishOp(types.braceBarL, 2) : (++this.state.pos, this.finishToken(types.braceL));
          case 125:
            return ++this.state.pos, this.finishToken(types.braceR);
          case 58:
            return this.hasPlugin("functionBind") && this.input.charCodeAt(this.state.pos + 1) === 58 ? this.finishOp(types.doubleColon, 2) : (++this.state.pos, this.finishToken(types.colon));
          case 63:
            return ++this.state.pos, this.finishToken(types.question);
          case 64:
            return ++this.state.pos, this.finishToken(types.at);
          case 96:
            return ++this.state.pos, this.finishToken(types.backQuote);
          case 48:
            var next = this.input.charCodeAt(this.state.pos + 1);
            if (next === 120 || next === 88) return this.readRadixNumber(16);
            if (next === 111 || next === 79) return this.readRadixNumber(8);
            if (next === 98 || next === 66) return this.readRadixNumber(2);
          // '0b', '0B' - binary number
          // Anything else beginning with a digit is an integer, octal
          // number, or float.
          case 49:
          case 50:
          case 51:
          case 52:
          case 53:
          case 54:
          case 55:
          case 56:
          case 57:
            return this.readNumber(!1);
          // Quotes produce strings.
          case 34:
          case 39:
            return this.readString(code);
          // Operators are parsed inline in tiny state machines. '=' (61) is
          // often referred to. `finishOp` simply skips the amount of
          // characters it is given as second argument, and returns a token
          // of the type given by its first argument.
          case 47:
            return this.readToken_slash();
          case 37:
          case 42:
            return this.readToken_mult_modulo(code);
          case 124:
          case 38:
            return this.readToken_pipe_amp(code);
          case 94:
            return this.readToken_caret();
          case 43:
          case 45:
            return this.readToken_plus_min(code);
          case 60:
          case 62:
            return this.readToken_lt_gt(code);
          case 61:
          case 33:
            return this.readToken_eq_excl(code);
          case 126:
            return this.finishOp(types.prefix, 1);
        }
        this.raise(this.state.pos, "Unexpected character '" + codePointToString(code) + "'");
      }, Tokenizer2.prototype.finishOp = function(type, size) {
        var str = this.input.slice(this.state.pos, this.state.pos + size);
        return this.state.pos += size, this.finishToken(type, str);
      }, Tokenizer2.prototype.readRegexp = function() {
        for (var start = this.state.pos, escaped = void 0, inClass = void 0; ; ) {
          this.state.pos >= this.input.length && this.raise(start, "Unterminated regular expression");
          var ch = this.input.charAt(this.state.pos);
          if (lineBreak.test(ch) && this.raise(start, "Unterminated regular expression"), escaped)
            escaped = !1;
          else {
            if (ch === "[")
              inClass = !0;
            else if (ch === "]" && inClass)
              inClass = !1;
            else if (ch === "/" && !inClass)
              break;
            escaped = ch === "\\";
          }
          ++this.state.pos;
        }
        var content = this.input.slice(start, this.state.pos);
        ++this.state.pos;
        var mods = this.readWord1();
        if (mods) {
          var validFlags = /^[gmsiyu]*$/;
          validFlags.test(mods) || this.raise(start, "Invalid regular expression flag");
        }
        return this.finishToken(types.regexp, {
          pattern: content,
          flags: mods
        });
      }, Tokenizer2.prototype.readInt = function(radix, len) {
        for (var start = this.state.pos, total = 0, i = 0, e = len ?? 1 / 0; i < e; ++i) {
          var code = this.input.charCodeAt(this.state.pos), val = void 0;
          if (code >= 97 ? val = code - 97 + 10 : code >= 65 ? val = code - 65 + 10 : code >= 48 && code <= 57 ? val = code - 48 : val = 1 / 0, val >= radix) break;
          ++this.state.pos, total = total * radix + val;
        }
        return this.state.pos === start || len != null && this.state.pos - start !== len ? null : total;
      }, Tokenizer2.prototype.readRadixNumber = function(radix) {
        this.state.pos += 2;
        var val = this.readInt(radix);
        return val == null && this.raise(this.state.start + 2, "Expected number in radix " + radix), isIdentifierStart(this.fullCharCodeAtPos()) && this.raise(this.state.pos, "Identifier directly after number"), this.finishToken(types.num, val);
      }, Tokenizer2.prototype.readNumber = function(startsWithDot) {
        var start = this.state.pos, octal = this.input.charCodeAt(start) === 48, isFloat = !1;
        !startsWithDot && this.readInt(10) === null && this.raise(start, "Invalid number"), octal && this.state.pos == start + 1 && (octal = !1);
        var next = this.input.charCodeAt(this.state.pos);
        next === 46 && !octal && (++this.state.pos, this.readInt(10), isFloat = !0, next = this.input.charCodeAt(this.state.pos)), (next === 69 || next === 101) && !octal && (next = this.input.charCodeAt(++this.state.pos), (next === 43 || next === 45) && ++this.state.pos, this.readInt(10) === null && this.raise(start, "Invalid number"), isFloat = !0), isIdentifierStart(this.fullCharCodeAtPos()) && this.raise(this.state.pos, "Identifier directly after number");
        var str = this.input.slice(start, this.state.pos), val = void 0;
        return isFloat ? val = parseFloat(str) : !octal || str.length === 1 ? val = parseInt(str, 10) : this.state.strict ? this.raise(start, "Invalid number") : /[89]/.test(str) ? val = parseInt(str, 10) : val = parseInt(str, 8), this.finishToken(types.num, val);
      }, Tokenizer2.prototype.readCodePoint = function(throwOnInvalid) {
        var ch = this.input.charCodeAt(this.state.pos), code = void 0;
        if (ch === 123) {
          var codePos = ++this.state.pos;
          if (code = this.readHexChar(this.input.indexOf("}", this.state.pos) - this.state.pos, throwOnInvalid), ++this.state.pos, code === null)
            --this.state.invalidTemplateEscapePosition;
          else if (code > 1114111)
            if (throwOnInvalid)
              this.raise(codePos, "Code point out of bounds");
            else
              return this.state.invalidTemplateEscapePosition = codePos - 2, null;
        } else
          code = this.readHexChar(4, throwOnInvalid);
        return code;
      }, Tokenizer2.prototype.readString = function(quote) {
        for (var out = "", chunkStart = ++this.state.pos; ; ) {
          this.state.pos >= this.input.length && this.raise(this.state.start, "Unterminated string constant");
          var ch = this.input.charCodeAt(this.state.pos);
          if (ch === quote) break;
          ch === 92 ? (out += this.input.slice(chunkStart, this.state.pos), out += this.readEscapedChar(!1), chunkStart = this.state.pos) : (isNewLine(ch) && this.raise(this.state.start, "Unterminated string constant"), ++this.state.pos);
        }
        return out += this.input.slice(chunkStart, this.state.pos++), this.finishToken(types.string, out);
      }, Tokenizer2.prototype.readTmplToken = function() {
        for (var out = "", chunkStart = this.state.pos, containsInvalid = !1; ; ) {
          this.state.pos >= this.input.length && this.raise(this.state.start, "Unterminated template");
          var ch = this.input.charCodeAt(this.state.pos);
          if (ch === 96 || ch === 36 && this.input.charCodeAt(this.state.pos + 1) === 123)
            return this.state.pos === this.state.start && this.match(types.template) ? ch === 36 ? (this.state.pos += 2, this.finishToken(types.dollarBraceL)) : (++this.state.pos, this.finishToken(types.backQuote)) : (out += this.input.slice(chunkStart, this.state.pos), this.finishToken(types.template, containsInvalid ? null : out));
          if (ch === 92) {
            out += this.input.slice(chunkStart, this.state.pos);
            var escaped = this.readEscapedChar(!0);
            escaped === null ? containsInvalid = !0 : out += escaped, chunkStart = this.state.pos;
          } else if (isNewLine(ch)) {
            switch (out += this.input.slice(chunkStart, this.state.pos), ++this.state.pos, ch) {
              case 13:
                this.input.charCodeAt(this.state.pos) === 10 && ++this.state.pos;
              case 10:
                out += `
`;
                break;
              default:
                out += String.fromCharCode(ch);
                break;
            }
            ++this.state.curLine, this.state.lineStart = this.state.pos, chunkStart = this.state.pos;
          } else
            ++this.state.pos;
        }
      }, Tokenizer2.prototype.readEscapedChar = function(inTemplate) {
        var throwOnInvalid = !inTemplate, ch = this.input.charCodeAt(++this.state.pos);
        switch (++this.state.pos, ch) {
          case 110:
            return `
`;
          // 'n' -> '\n'
          case 114:
            return "\r";
          // 'r' -> '\r'
          case 120: {
            var code = this.readHexChar(2, throwOnInvalid);
            return code === null ? null : String.fromCharCode(code);
          }
          case 117: {
            var _code = this.readCodePoint(throwOnInvalid);
            return _code === null ? null : codePointToString(_code);
          }
          case 116:
            return "	";
          // 't' -> '\t'
          case 98:
            return "\b";
          // 'b' -> '\b'
          case 118:
            return "\v";
          // 'v' -> '\u000b'
          case 102:
            return "\f";
          // 'f' -> '\f'
          case 13:
            this.input.charCodeAt(this.state.pos) === 10 && ++this.state.pos;
          // '\r\n'
          case 10:
            return this.state.lineStart = this.state.pos, ++this.state.curLine, "";
          default:
            if (ch >= 48 && ch <= 55) {
              var codePos = this.state.pos - 1, octalStr = this.input.substr(this.state.pos - 1, 3).match(/^[0-7]+/)[0], octal = parseInt(octalStr, 8);
              if (octal > 255 && (octalStr = octalStr.slice(0, -1), octal = parseInt(octalStr, 8)), octal > 0) {
                if (inTemplate)
                  return this.state.invalidTemplateEscapePosition = codePos, null;
                this.state.strict ? this.raise(codePos, "Octal literal in strict mode") : this.state.containsOctal || (this.state.containsOctal = !0, this.state.octalPosition = codePos);
              }
              return this.state.pos += octalStr.length - 1, String.fromCharCode(octal);
            }
            return String.fromCharCode(ch);
        }
      }, Tokenizer2.prototype.readHexChar = function(len, throwOnInvalid) {
        var codePos = this.state.pos, n = this.readInt(16, len);
        return n === null && (throwOnInvalid ? this.raise(codePos, "Bad character escape sequence") : (this.state.pos = codePos - 1, this.state.invalidTemplateEscapePosition = codePos - 1)), n;
      }, Tokenizer2.prototype.readWord1 = function() {
        this.state.containsEsc = !1;
        for (var word = "", first = !0, chunkStart = this.state.pos; this.state.pos < this.input.length; ) {
          var ch = this.fullCharCodeAtPos();
          if (isIdentifierChar(ch))
            this.state.pos += ch <= 65535 ? 1 : 2;
          else if (ch === 92) {
            this.state.containsEsc = !0, word += this.input.slice(chunkStart, this.state.pos);
            var escStart = this.state.pos;
            this.input.charCodeAt(++this.state.pos) !== 117 && this.raise(this.state.pos, "Expecting Unicode escape sequence \\uXXXX"), ++this.state.pos;
            var esc = this.readCodePoint(!0);
            (first ? isIdentifierStart : isIdentifierChar)(esc, !0) || this.raise(escStart, "Invalid Unicode escape"), word += codePointToString(esc), chunkStart = this.state.pos;
          } else
            break;
          first = !1;
        }
        return word + this.input.slice(chunkStart, this.state.pos);
      }, Tokenizer2.prototype.readWord = function() {
        var word = this.readWord1(), type = types.name;
        return !this.state.containsEsc && this.isKeyword(word) && (type = keywords[word]), this.finishToken(type, word);
      }, Tokenizer2.prototype.braceIsBlock = function(prevType) {
        if (prevType === types.colon) {
          var parent = this.curContext();
          if (parent === types$1.braceStatement || parent === types$1.braceExpression)
            return !parent.isExpr;
        }
        return prevType === types._return ? lineBreak.test(this.input.slice(this.state.lastTokEnd, this.state.start)) : prevType === types._else || prevType === types.semi || prevType === types.eof || prevType === types.parenR ? !0 : prevType === types.braceL ? this.curContext() === types$1.braceStatement : !this.state.exprAllowed;
      }, Tokenizer2.prototype.updateContext = function(prevType) {
        var type = this.state.type, update = void 0;
        type.keyword && prevType === types.dot ? this.state.exprAllowed = !1 : (update = type.updateContext) ? update.call(this, prevType) : this.state.exprAllowed = type.beforeExpr;
      }, Tokenizer2;
    })(), plugins = {}, frozenDeprecatedWildcardPluginList = ["jsx", "doExpressions", "objectRestSpread", "decorators", "classProperties", "exportExtensions", "asyncGenerators", "functionBind", "functionSent", "dynamicImport", "flow"], Parser = (function(_Tokenizer) {
      inherits(Parser2, _Tokenizer);
      function Parser2(options, input) {
        classCallCheck(this, Parser2), options = getOptions(options);
        var _this = possibleConstructorReturn(this, _Tokenizer.call(this, options, input));
        return _this.options = options, _this.inModule = _this.options.sourceType === "module", _this.input = input, _this.plugins = _this.loadPlugins(_this.options.plugins), _this.filename = options.sourceFilename, _this.state.pos === 0 && _this.input[0] === "#" && _this.input[1] === "!" && _this.skipLineComment(2), _this;
      }
      return Parser2.prototype.isReservedWord = function(word) {
        return word === "await" ? this.inModule : reservedWords[6](word);
      }, Parser2.prototype.hasPlugin = function(name) {
        return this.plugins["*"] && frozenDeprecatedWildcardPluginList.indexOf(name) > -1 ? !0 : !!this.plugins[name];
      }, Parser2.prototype.extend = function(name, f) {
        this[name] = f(this[name]);
      }, Parser2.prototype.loadAllPlugins = function() {
        var _this2 = this, pluginNames = Object.keys(plugins).filter(function(name) {
          return name !== "flow" && name !== "estree";
        });
        pluginNames.push("flow"), pluginNames.forEach(function(name) {
          var plugin = plugins[name];
          plugin && plugin(_this2);
        });
      }, Parser2.prototype.loadPlugins = function(pluginList) {
        if (pluginList.indexOf("*") >= 0)
          return this.loadAllPlugins(), { "*": !0 };
        var pluginMap = {};
        pluginList.indexOf("flow") >= 0 && (pluginList = pluginList.filter(function(plugin2) {
          return plugin2 !== "flow";
        }), pluginList.push("flow")), pluginList.indexOf("estree") >= 0 && (pluginList = pluginList.filter(function(plugin2) {
          return plugin2 !== "estree";
        }), pluginList.unshift("estree"));
        for (var _iterator = pluginList, _isArray = Array.isArray(_iterator), _i = 0, _iterator = _isArray ? _iterator : _iterator[Symbol.iterator](); ; ) {
          var _ref;
          if (_isArray) {
            if (_i >= _iterator.length) break;
            _ref = _iterator[_i++];
          } else {
            if (_i = _iterator.next(), _i.done) break;
            _ref = _i.value;
          }
          var name = _ref;
          if (!pluginMap[name]) {
            pluginMap[name] = !0;
            var plugin = plugins[name];
            plugin && plugin(this);
          }
        }
        return pluginMap;
      }, Parser2.prototype.parse = function() {
        var file = this.startNode(), program = this.startNode();
        return this.nextToken(), this.parseTopLevel(file, program);
      }, Parser2;
    })(Tokenizer), pp = Parser.prototype;
    pp.addExtra = function(node, key, val) {
      if (node) {
        var extra = node.extra = node.extra || {};
        extra[key] = val;
      }
    };
    pp.isRelational = function(op) {
      return this.match(types.relational) && this.state.value === op;
    };
    pp.expectRelational = function(op) {
      this.isRelational(op) ? this.next() : this.unexpected(null, types.relational);
    };
    pp.isContextual = function(name) {
      return this.match(types.name) && this.state.value === name;
    };
    pp.eatContextual = function(name) {
      return this.state.value === name && this.eat(types.name);
    };
    pp.expectContextual = function(name, message) {
      this.eatContextual(name) || this.unexpected(null, message);
    };
    pp.canInsertSemicolon = function() {
      return this.match(types.eof) || this.match(types.braceR) || lineBreak.test(this.input.slice(this.state.lastTokEnd, this.state.start));
    };
    pp.isLineTerminator = function() {
      return this.eat(types.semi) || this.canInsertSemicolon();
    };
    pp.semicolon = function() {
      this.isLineTerminator() || this.unexpected(null, types.semi);
    };
    pp.expect = function(type, pos) {
      return this.eat(type) || this.unexpected(pos, type);
    };
    pp.unexpected = function(pos) {
      var messageOrType = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : "Unexpected token";
      messageOrType && (typeof messageOrType > "u" ? "undefined" : _typeof(messageOrType)) === "object" && messageOrType.label && (messageOrType = "Unexpected token, expected " + messageOrType.label), this.raise(pos ?? this.state.start, messageOrType);
    };
    var pp$1 = Parser.prototype;
    pp$1.parseTopLevel = function(file, program) {
      return program.sourceType = this.options.sourceType, this.parseBlockBody(program, !0, !0, types.eof), file.program = this.finishNode(program, "Program"), file.comments = this.state.comments, file.tokens = this.state.tokens, this.finishNode(file, "File");
    };
    var loopLabel = { kind: "loop" }, switchLabel = { kind: "switch" };
    pp$1.stmtToDirective = function(stmt) {
      var expr = stmt.expression, directiveLiteral = this.startNodeAt(expr.start, expr.loc.start), directive = this.startNodeAt(stmt.start, stmt.loc.start), raw = this.input.slice(expr.start, expr.end), val = directiveLiteral.value = raw.slice(1, -1);
      return this.addExtra(directiveLiteral, "raw", raw), this.addExtra(directiveLiteral, "rawValue", val), directive.value = this.finishNodeAt(directiveLiteral, "DirectiveLiteral", expr.end, expr.loc.end), this.finishNodeAt(directive, "Directive", stmt.end, stmt.loc.end);
    };
    pp$1.parseStatement = function(declaration, topLevel) {
      this.match(types.at) && this.parseDecorators(!0);
      var starttype = this.state.type, node = this.startNode();
      switch (starttype) {
        case types._break:
        case types._continue:
          return this.parseBreakContinueStatement(node, starttype.keyword);
        case types._debugger:
          return this.parseDebuggerStatement(node);
        case types._do:
          return this.parseDoStatement(node);
        case types._for:
          return this.parseForStatement(node);
        case types._function:
          return declaration || this.unexpected(), this.parseFunctionStatement(node);
        case types._class:
          return declaration || this.unexpected(), this.parseClass(node, !0);
        case types._if:
          return this.parseIfStatement(node);
        case types._return:
          return this.parseReturnStatement(node);
        case types._switch:
          return this.parseSwitchStatement(node);
        case types._throw:
          return this.parseThrowStatement(node);
        case types._try:
          return this.parseTryStatement(node);
        case types._let:
        case types._const:
          declaration || this.unexpected();
        // NOTE: falls through to _var
        case types._var:
          return this.parseVarStatement(node, starttype);
        case types._while:
          return this.parseWhileStatement(node);
        case types._with:
          return this.parseWithStatement(node);
        case types.braceL:
          return this.parseBlock();
        case types.semi:
          return this.parseEmptyStatement(node);
        case types._export:
        case types._import:
          if (this.hasPlugin("dynamicImport") && this.lookahead().type === types.parenL) break;
          return this.options.allowImportExportEverywhere || (topLevel || this.raise(this.state.start, "'import' and 'export' may only appear at the top level"), this.inModule || this.raise(this.state.start, `'import' and 'export' may appear only with 'sourceType: "module"'`)), starttype === types._import ? this.parseImport(node) : this.parseExport(node);
        case types.name:
          if (this.state.value === "async") {
            var state = this.state.clone();
            if (this.next(), this.match(types._function) && !this.canInsertSemicolon())
              return this.expect(types._function), this.parseFunction(node, !0, !1, !0);
            this.state = state;
          }
      }
      var maybeName = this.state.value, expr = this.parseExpression();
      return starttype === types.name && expr.type === "Identifier" && this.eat(types.colon) ? this.parseLabeledStatement(node, maybeName, expr) : this.parseExpressionStatement(node, expr);
    };
    pp$1.takeDecorators = function(node) {
      this.state.decorators.length && (node.decorators = this.state.decorators, this.state.decorators = []);
    };
    pp$1.parseDecorators = function(allowExport) {
      for (; this.match(types.at); ) {
        var decorator = this.parseDecorator();
        this.state.decorators.push(decorator);
      }
      allowExport && this.match(types._export) || this.match(types._class) || this.raise(this.state.start, "Leading decorators must be attached to a class declaration");
    };
    pp$1.parseDecorator = function() {
      this.hasPlugin("decorators") || this.unexpected();
      var node = this.startNode();
      return this.next(), node.expression = this.parseMaybeAssign(), this.finishNode(node, "Decorator");
    };
    pp$1.parseBreakContinueStatement = function(node, keyword) {
      var isBreak = keyword === "break";
      this.next(), this.isLineTerminator() ? node.label = null : this.match(types.name) ? (node.label = this.parseIdentifier(), this.semicolon()) : this.unexpected();
      var i = void 0;
      for (i = 0; i < this.state.labels.length; ++i) {
        var lab = this.state.labels[i];
        if ((node.label == null || lab.name === node.label.name) && (lab.kind != null && (isBreak || lab.kind === "loop") || node.label && isBreak))
          break;
      }
      return i === this.state.labels.length && this.raise(node.start, "Unsyntactic " + keyword), this.finishNode(node, isBreak ? "BreakStatement" : "ContinueStatement");
    };
    pp$1.parseDebuggerStatement = function(node) {
      return this.next(), this.semicolon(), this.finishNode(node, "DebuggerStatement");
    };
    pp$1.parseDoStatement = function(node) {
      return this.next(), this.state.labels.push(loopLabel), node.body = this.parseStatement(!1), this.state.labels.pop(), this.expect(types._while), node.test = this.parseParenExpression(), this.eat(types.semi), this.finishNode(node, "DoWhileStatement");
    };
    pp$1.parseForStatement = function(node) {
      this.next(), this.state.labels.push(loopLabel);
      var forAwait = !1;
      if (this.hasPlugin("asyncGenerators") && this.state.inAsync && this.isContextual("await") && (forAwait = !0, this.next()), this.expect(types.parenL), this.match(types.semi))
        return forAwait && this.unexpected(), this.parseFor(node, null);
      if (this.match(types._var) || this.match(types._let) || this.match(types._const)) {
        var _init = this.startNode(), varKind = this.state.type;
        return this.next(), this.parseVar(_init, !0, varKind), this.finishNode(_init, "VariableDeclaration"), (this.match(types._in) || this.isContextual("of")) && _init.declarations.length === 1 && !_init.declarations[0].init ? this.parseForIn(node, _init, forAwait) : (forAwait && this.unexpected(), this.parseFor(node, _init));
      }
      var refShorthandDefaultPos = { start: 0 }, init = this.parseExpression(!0, refShorthandDefaultPos);
      if (this.match(types._in) || this.isContextual("of")) {
        var description = this.isContextual("of") ? "for-of statement" : "for-in statement";
        return this.toAssignable(init, void 0, description), this.checkLVal(init, void 0, void 0, description), this.parseForIn(node, init, forAwait);
      } else refShorthandDefaultPos.start && this.unexpected(refShorthandDefaultPos.start);
      return forAwait && this.unexpected(), this.parseFor(node, init);
    };
    pp$1.parseFunctionStatement = function(node) {
      return this.next(), this.parseFunction(node, !0);
    };
    pp$1.parseIfStatement = function(node) {
      return this.next(), node.test = this.parseParenExpression(), node.consequent = this.parseStatement(!1), node.alternate = this.eat(types._else) ? this.parseStatement(!1) : null, this.finishNode(node, "IfStatement");
    };
    pp$1.parseReturnStatement = function(node) {
      return !this.state.inFunction && !this.options.allowReturnOutsideFunction && this.raise(this.state.start, "'return' outside of function"), this.next(), this.isLineTerminator() ? node.argument = null : (node.argument = this.parseExpression(), this.semicolon()), this.finishNode(node, "ReturnStatement");
    };
    pp$1.parseSwitchStatement = function(node) {
      this.next(), node.discriminant = this.parseParenExpression(), node.cases = [], this.expect(types.braceL), this.state.labels.push(switchLabel);
      for (var cur = void 0, sawDefault; !this.match(types.braceR); )
        if (this.match(types._case) || this.match(types._default)) {
          var isCase = this.match(types._case);
          cur && this.finishNode(cur, "SwitchCase"), node.cases.push(cur = this.startNode()), cur.consequent = [], this.next(), isCase ? cur.test = this.parseExpression() : (sawDefault && this.raise(this.state.lastTokStart, "Multiple default clauses"), sawDefault = !0, cur.test = null), this.expect(types.colon);
        } else
          cur ? cur.consequent.push(this.parseStatement(!0)) : this.unexpected();
      return cur && this.finishNode(cur, "SwitchCase"), this.next(), this.state.labels.pop(), this.finishNode(node, "SwitchStatement");
    };
    pp$1.parseThrowStatement = function(node) {
      return this.next(), lineBreak.test(this.input.slice(this.state.lastTokEnd, this.state.start)) && this.raise(this.state.lastTokEnd, "Illegal newline after throw"), node.argument = this.parseExpression(), this.semicolon(), this.finishNode(node, "ThrowStatement");
    };
    var empty = [];
    pp$1.parseTryStatement = function(node) {
      if (this.next(), node.block = this.parseBlock(), node.handler = null, this.match(types._catch)) {
        var clause = this.startNode();
        this.next(), this.expect(types.parenL), clause.param = this.parseBindingAtom(), this.checkLVal(clause.param, !0, /* @__PURE__ */ Object.create(null), "catch clause"), this.expect(types.parenR), clause.body = this.parseBlock(), node.handler = this.finishNode(clause, "CatchClause");
      }
      return node.guardedHandlers = empty, node.finalizer = this.eat(types._finally) ? this.parseBlock() : null, !node.handler && !node.finalizer && this.raise(node.start, "Missing catch or finally clause"), this.finishNode(node, "TryStatement");
    };
    pp$1.parseVarStatement = function(node, kind) {
      return this.next(), this.parseVar(node, !1, kind), this.semicolon(), this.finishNode(node, "VariableDeclaration");
    };
    pp$1.parseWhileStatement = function(node) {
      return this.next(), node.test = this.parseParenExpression(), this.state.labels.push(loopLabel), node.body = this.parseStatement(!1), this.state.labels.pop(), this.finishNode(node, "WhileStatement");
    };
    pp$1.parseWithStatement = function(node) {
      return this.state.strict && this.raise(this.state.start, "'with' in strict mode"), this.next(), node.object = this.parseParenExpression(), node.body = this.parseStatement(!1), this.finishNode(node, "WithStatement");
    };
    pp$1.parseEmptyStatement = function(node) {
      return this.next(), this.finishNode(node, "EmptyStatement");
    };
    pp$1.parseLabeledStatement = function(node, maybeName, expr) {
      for (var _iterator = this.state.labels, _isArray = Array.isArray(_iterator), _i = 0, _iterator = _isArray ? _iterator : _iterator[Symbol.iterator](); ; ) {
        var _ref;
        if (_isArray) {
          if (_i >= _iterator.length) break;
          _ref = _iterator[_i++];
        } else {
          if (_i = _iterator.next(), _i.done) break;
          _ref = _i.value;
        }
        var _label = _ref;
        _label.name === maybeName && this.raise(expr.start, "Label '" + maybeName + "' is already declared");
      }
      for (var kind = this.state.type.isLoop ? "loop" : this.match(types._switch) ? "switch" : null, i = this.state.labels.length - 1; i >= 0; i--) {
        var label = this.state.labels[i];
        if (label.statementStart === node.start)
          label.statementStart = this.state.start, label.kind = kind;
        else
          break;
      }
      return this.state.labels.push({ name: maybeName, kind, statementStart: this.state.start }), node.body = this.parseStatement(!0), this.state.labels.pop(), node.label = expr, this.finishNode(node, "LabeledStatement");
    };
    pp$1.parseExpressionStatement = function(node, expr) {
      return node.expression = expr, this.semicolon(), this.finishNode(node, "ExpressionStatement");
    };
    pp$1.parseBlock = function(allowDirectives) {
      var node = this.startNode();
      return this.expect(types.braceL), this.parseBlockBody(node, allowDirectives, !1, types.braceR), this.finishNode(node, "BlockStatement");
    };
    pp$1.isValidDirective = function(stmt) {
      return stmt.type === "ExpressionStatement" && stmt.expression.type === "StringLiteral" && !stmt.expression.extra.parenthesized;
    };
    pp$1.parseBlockBody = function(node, allowDirectives, topLevel, end) {
      node.body = [], node.directives = [];
      for (var parsedNonDirective = !1, oldStrict = void 0, octalPosition = void 0; !this.eat(end); ) {
        !parsedNonDirective && this.state.containsOctal && !octalPosition && (octalPosition = this.state.octalPosition);
        var stmt = this.parseStatement(!0, topLevel);
        if (allowDirectives && !parsedNonDirective && this.isValidDirective(stmt)) {
          var directive = this.stmtToDirective(stmt);
          node.directives.push(directive), oldStrict === void 0 && directive.value.value === "use strict" && (oldStrict = this.state.strict, this.setStrict(!0), octalPosition && this.raise(octalPosition, "Octal literal in strict mode"));
          continue;
        }
        parsedNonDirective = !0, node.body.push(stmt);
      }
      oldStrict === !1 && this.setStrict(!1);
    };
    pp$1.parseFor = function(node, init) {
      return node.init = init, this.expect(types.semi), node.test = this.match(types.semi) ? null : this.parseExpression(), this.expect(types.semi), node.update = this.match(types.parenR) ? null : this.parseExpression(), this.expect(types.parenR), node.body = this.parseStatement(!1), this.state.labels.pop(), this.finishNode(node, "ForStatement");
    };
    pp$1.parseForIn = function(node, init, forAwait) {
      var type = void 0;
      return forAwait ? (this.eatContextual("of"), type = "ForAwaitStatement") : (type = this.match(types._in) ? "ForInStatement" : "ForOfStatement", this.next()), node.left = init, node.right = this.parseExpression(), this.expect(types.parenR), node.body = this.parseStatement(!1), this.state.labels.pop(), this.finishNode(node, type);
    };
    pp$1.parseVar = function(node, isFor, kind) {
      for (node.declarations = [], node.kind = kind.keyword; ; ) {
        var decl = this.startNode();
        if (this.parseVarHead(decl), this.eat(types.eq) ? decl.init = this.parseMaybeAssign(isFor) : kind === types._const && !(this.match(types._in) || this.isContextual("of")) ? this.unexpected() : decl.id.type !== "Identifier" && !(isFor && (this.match(types._in) || this.isContextual("of"))) ? this.raise(this.state.lastTokEnd, "Complex binding patterns require an initialization value") : decl.init = null, node.declarations.push(this.finishNode(decl, "VariableDeclarator")), !this.eat(types.comma)) break;
      }
      return node;
    };
    pp$1.parseVarHead = function(decl) {
      decl.id = this.parseBindingAtom(), this.checkLVal(decl.id, !0, void 0, "variable declaration");
    };
    pp$1.parseFunction = function(node, isStatement, allowExpressionBody, isAsync, optionalId) {
      var oldInMethod = this.state.inMethod;
      return this.state.inMethod = !1, this.initFunction(node, isAsync), this.match(types.star) && (node.async && !this.hasPlugin("asyncGenerators") ? this.unexpected() : (node.generator = !0, this.next())), isStatement && !optionalId && !this.match(types.name) && !this.match(types._yield) && this.unexpected(), (this.match(types.name) || this.match(types._yield)) && (node.id = this.parseBindingIdentifier()), this.parseFunctionParams(node), this.parseFunctionBody(node, allowExpressionBody), this.state.inMethod = oldInMethod, this.finishNode(node, isStatement ? "FunctionDeclaration" : "FunctionExpression");
    };
    pp$1.parseFunctionParams = function(node) {
      this.expect(types.parenL), node.params = this.parseBindingList(types.parenR);
    };
    pp$1.parseClass = function(node, isStatement, optionalId) {
      return this.next(), this.takeDecorators(node), this.parseClassId(node, isStatement, optionalId), this.parseClassSuper(node), this.parseClassBody(node), this.finishNode(node, isStatement ? "ClassDeclaration" : "ClassExpression");
    };
    pp$1.isClassProperty = function() {
      return this.match(types.eq) || this.match(types.semi) || this.match(types.braceR);
    };
    pp$1.isClassMethod = function() {
      return this.match(types.parenL);
    };
    pp$1.isNonstaticConstructor = function(method) {
      return !method.computed && !method.static && (method.key.name === "constructor" || // Identifier
      method.key.value === "constructor");
    };
    pp$1.parseClassBody = function(node) {
      var oldStrict = this.state.strict;
      this.state.strict = !0;
      var hadConstructorCall = !1, hadConstructor = !1, decorators = [], classBody = this.startNode();
      for (classBody.body = [], this.expect(types.braceL); !this.eat(types.braceR); ) {
        if (this.eat(types.semi)) {
          decorators.length > 0 && this.raise(this.state.lastTokEnd, "Decorators must not be followed by a semicolon");
          continue;
        }
        if (this.match(types.at)) {
          decorators.push(this.parseDecorator());
          continue;
        }
        var method = this.startNode();
        if (decorators.length && (method.decorators = decorators, decorators = []), method.static = !1, this.match(types.name) && this.state.value === "static") {
          var key = this.parseIdentifier(!0);
          if (this.isClassMethod()) {
            method.kind = "method", method.computed = !1, method.key = key, this.parseClassMethod(classBody, method, !1, !1);
            continue;
          } else if (this.isClassProperty()) {
            method.computed = !1, method.key = key, classBody.body.push(this.parseClassProperty(method));
            continue;
          }
          method.static = !0;
        }
        if (this.eat(types.star))
          method.kind = "method", this.parsePropertyName(method), this.isNonstaticConstructor(method) && this.raise(method.key.start, "Constructor can't be a generator"), !method.computed && method.static && (method.key.name === "prototype" || method.key.value === "prototype") && this.raise(method.key.start, "Classes may not have static property named prototype"), this.parseClassMethod(classBody, method, !0, !1);
        else {
          var isSimple = this.match(types.name), _key = this.parsePropertyName(method);
          if (!method.computed && method.static && (method.key.name === "prototype" || method.key.value === "prototype") && this.raise(method.key.start, "Classes may not have static property named prototype"), this.isClassMethod())
            this.isNonstaticConstructor(method) ? (hadConstructor ? this.raise(_key.start, "Duplicate constructor in the same class") : method.decorators && this.raise(method.start, "You can't attach decorators to a class constructor"), hadConstructor = !0, method.kind = "constructor") : method.kind = "method", this.parseClassMethod(classBody, method, !1, !1);
          else if (this.isClassProperty())
            this.isNonstaticConstructor(method) && this.raise(method.key.start, "Classes may not have a non-static field named 'constructor'"), classBody.body.push(this.parseClassProperty(method));
          else if (isSimple && _key.name === "async" && !this.isLineTerminator()) {
            var isGenerator = this.hasPlugin("asyncGenerators") && this.eat(types.star);
            method.kind = "method", this.parsePropertyName(method), this.isNonstaticConstructor(method) && this.raise(method.key.start, "Constructor can't be an async function"), this.parseClassMethod(classBody, method, isGenerator, !0);
          } else isSimple && (_key.name === "get" || _key.name === "set") && !(this.isLineTerminator() && this.match(types.star)) ? (method.kind = _key.name, this.parsePropertyName(method), this.isNonstaticConstructor(method) && this.raise(method.key.start, "Constructor can't have get/set modifier"), this.parseClassMethod(classBody, method, !1, !1), this.checkGetterSetterParamCount(method)) : this.hasPlugin("classConstructorCall") && isSimple && _key.name === "call" && this.match(types.name) && this.state.value === "constructor" ? (hadConstructorCall ? this.raise(method.start, "Duplicate constructor call in the same class") : method.decorators && this.raise(method.start, "You can't attach decorators to a class constructor"), hadConstructorCall = !0, method.kind = "constructorCall", this.parsePropertyName(method), this.parseClassMethod(classBody, method, !1, !1)) : this.isLineTerminator() ? (this.isNonstaticConstructor(method) && this.raise(method.key.start, "Classes may not have a non-static field named 'constructor'"), classBody.body.push(this.parseClassProperty(method))) : this.unexpected();
        }
      }
      decorators.length && this.raise(this.state.start, "You have trailing decorators with no method"), node.body = this.finishNode(classBody, "ClassBody"), this.state.strict = oldStrict;
    };
    pp$1.parseClassProperty = function(node) {
      return this.state.inClassProperty = !0, this.match(types.eq) ? (this.hasPlugin("classProperties") || this.unexpected(), this.next(), node.value = this.parseMaybeAssign()) : node.value = null, this.semicolon(), this.state.inClassProperty = !1, this.finishNode(node, "ClassProperty");
    };
    pp$1.parseClassMethod = function(classBody, method, isGenerator, isAsync) {
      this.parseMethod(method, isGenerator, isAsync), classBody.body.push(this.finishNode(method, "ClassMethod"));
    };
    pp$1.parseClassId = function(node, isStatement, optionalId) {
      this.match(types.name) ? node.id = this.parseIdentifier() : optionalId || !isStatement ? node.id = null : this.unexpected();
    };
    pp$1.parseClassSuper = function(node) {
      node.superClass = this.eat(types._extends) ? this.parseExprSubscripts() : null;
    };
    pp$1.parseExport = function(node) {
      if (this.next(), this.match(types.star)) {
        var specifier = this.startNode();
        if (this.next(), this.hasPlugin("exportExtensions") && this.eatContextual("as"))
          specifier.exported = this.parseIdentifier(), node.specifiers = [this.finishNode(specifier, "ExportNamespaceSpecifier")], this.parseExportSpecifiersMaybe(node), this.parseExportFrom(node, !0);
        else
          return this.parseExportFrom(node, !0), this.finishNode(node, "ExportAllDeclaration");
      } else if (this.hasPlugin("exportExtensions") && this.isExportDefaultSpecifier()) {
        var _specifier = this.startNode();
        if (_specifier.exported = this.parseIdentifier(!0), node.specifiers = [this.finishNode(_specifier, "ExportDefaultSpecifier")], this.match(types.comma) && this.lookahead().type === types.star) {
          this.expect(types.comma);
          var _specifier2 = this.startNode();
          this.expect(types.star), this.expectContextual("as"), _specifier2.exported = this.parseIdentifier(), node.specifiers.push(this.finishNode(_specifier2, "ExportNamespaceSpecifier"));
        } else
          this.parseExportSpecifiersMaybe(node);
        this.parseExportFrom(node, !0);
      } else if (this.eat(types._default)) {
        var expr = this.startNode(), needsSemi = !1;
        return this.eat(types._function) ? expr = this.parseFunction(expr, !0, !1, !1, !0) : this.match(types._class) ? expr = this.parseClass(expr, !0, !0) : (needsSemi = !0, expr = this.parseMaybeAssign()), node.declaration = expr, needsSemi && this.semicolon(), this.checkExport(node, !0, !0), this.finishNode(node, "ExportDefaultDeclaration");
      } else this.shouldParseExportDeclaration() ? (node.specifiers = [], node.source = null, node.declaration = this.parseExportDeclaration(node)) : (node.declaration = null, node.specifiers = this.parseExportSpecifiers(), this.parseExportFrom(node));
      return this.checkExport(node, !0), this.finishNode(node, "ExportNamedDeclaration");
    };
    pp$1.parseExportDeclaration = function() {
      return this.parseStatement(!0);
    };
    pp$1.isExportDefaultSpecifier = function() {
      if (this.match(types.name))
        return this.state.value !== "async";
      if (!this.match(types._default))
        return !1;
      var lookahead = this.lookahead();
      return lookahead.type === types.comma || lookahead.type === types.name && lookahead.value === "from";
    };
    pp$1.parseExportSpecifiersMaybe = function(node) {
      this.eat(types.comma) && (node.specifiers = node.specifiers.concat(this.parseExportSpecifiers()));
    };
    pp$1.parseExportFrom = function(node, expect) {
      this.eatContextual("from") ? (node.source = this.match(types.string) ? this.parseExprAtom() : this.unexpected(), this.checkExport(node)) : expect ? this.unexpected() : node.source = null, this.semicolon();
    };
    pp$1.shouldParseExportDeclaration = function() {
      return this.state.type.keyword === "var" || this.state.type.keyword === "const" || this.state.type.keyword === "let" || this.state.type.keyword === "function" || this.state.type.keyword === "class" || this.isContextual("async");
    };
    pp$1.checkExport = function(node, checkNames, isDefault) {
      if (checkNames) {
        if (isDefault)
          this.checkDuplicateExports(node, "default");
        else if (node.specifiers && node.specifiers.length)
          for (var _iterator2 = node.specifiers, _isArray2 = Array.isArray(_iterator2), _i2 = 0, _iterator2 = _isArray2 ? _iterator2 : _iterator2[Symbol.iterator](); ; ) {
            var _ref2;
            if (_isArray2) {
              if (_i2 >= _iterator2.length) break;
              _ref2 = _iterator2[_i2++];
            } else {
              if (_i2 = _iterator2.next(), _i2.done) break;
              _ref2 = _i2.value;
            }
            var specifier = _ref2;
            this.checkDuplicateExports(specifier, specifier.exported.name);
          }
        else if (node.declaration) {
          if (node.declaration.type === "FunctionDeclaration" || node.declaration.type === "ClassDeclaration")
            this.checkDuplicateExports(node, node.declaration.id.name);
          else if (node.declaration.type === "VariableDeclaration")
            for (var _iterator3 = node.declaration.declarations, _isArray3 = Array.isArray(_iterator3), _i3 = 0, _iterator3 = _isArray3 ? _iterator3 : _iterator3[Symbol.iterator](); ; ) {
              var _ref3;
              if (_isArray3) {
                if (_i3 >= _iterator3.length) break;
                _ref3 = _iterator3[_i3++];
              } else {
                if (_i3 = _iterator3.next(), _i3.done) break;
                _ref3 = _i3.value;
              }
              var declaration = _ref3;
              this.checkDeclaration(declaration.id);
            }
        }
      }
      if (this.state.decorators.length) {
        var isClass = node.declaration && (node.declaration.type === "ClassDeclaration" || node.declaration.type === "ClassExpression");
        (!node.declaration || !isClass) && this.raise(node.start, "You can only use decorators on an export when exporting a class"), this.takeDecorators(node.declaration);
      }
    };
    pp$1.checkDeclaration = function(node) {
      if (node.type === "ObjectPattern")
        for (var _iterator4 = node.properties, _isArray4 = Array.isArray(_iterator4), _i4 = 0, _iterator4 = _isArray4 ? _iterator4 : _iterator4[Symbol.iterator](); ; ) {
          var _ref4;
          if (_isArray4) {
            if (_i4 >= _iterator4.length) break;
            _ref4 = _iterator4[_i4++];
          } else {
            if (_i4 = _iterator4.next(), _i4.done) break;
            _ref4 = _i4.value;
          }
          var prop = _ref4;
          this.checkDeclaration(prop);
        }
      else if (node.type === "ArrayPattern")
        for (var _iterator5 = node.elements, _isArray5 = Array.isArray(_iterator5), _i5 = 0, _iterator5 = _isArray5 ? _iterator5 : _iterator5[Symbol.iterator](); ; ) {
          var _ref5;
          if (_isArray5) {
            if (_i5 >= _iterator5.length) break;
            _ref5 = _iterator5[_i5++];
          } else {
            if (_i5 = _iterator5.next(), _i5.done) break;
            _ref5 = _i5.value;
          }
          var elem = _ref5;
          elem && this.checkDeclaration(elem);
        }
      else node.type === "ObjectProperty" ? this.checkDeclaration(node.value) : node.type === "RestElement" || node.type === "RestProperty" ? this.checkDeclaration(node.argument) : node.type === "Identifier" && this.checkDuplicateExports(node, node.name);
    };
    pp$1.checkDuplicateExports = function(node, name) {
      this.state.exportedIdentifiers.indexOf(name) > -1 && this.raiseDuplicateExportError(node, name), this.state.exportedIdentifiers.push(name);
    };
    pp$1.raiseDuplicateExportError = function(node, name) {
      this.raise(node.start, name === "default" ? "Only one default export allowed per module." : "`" + name + "` has already been exported. Exported identifiers must be unique.");
    };
    pp$1.parseExportSpecifiers = function() {
      var nodes = [], first = !0, needsFrom = void 0;
      for (this.expect(types.braceL); !this.eat(types.braceR); ) {
        if (first)
          first = !1;
        else if (this.expect(types.comma), this.eat(types.braceR)) break;
        var isDefault = this.match(types._default);
        isDefault && !needsFrom && (needsFrom = !0);
        var node = this.startNode();
        node.local = this.parseIdentifier(isDefault), node.exported = this.eatContextual("as") ? this.parseIdentifier(!0) : node.local.__clone(), nodes.push(this.finishNode(node, "ExportSpecifier"));
      }
      return needsFrom && !this.isContextual("from") && this.unexpected(), nodes;
    };
    pp$1.parseImport = function(node) {
      return this.eat(types._import), this.match(types.string) ? (node.specifiers = [], node.source = this.parseExprAtom()) : (node.specifiers = [], this.parseImportSpecifiers(node), this.expectContextual("from"), node.source = this.match(types.string) ? this.parseExprAtom() : this.unexpected()), this.semicolon(), this.finishNode(node, "ImportDeclaration");
    };
    pp$1.parseImportSpecifiers = function(node) {
      var first = !0;
      if (this.match(types.name)) {
        var startPos = this.state.start, startLoc = this.state.startLoc;
        if (node.specifiers.push(this.parseImportSpecifierDefault(this.parseIdentifier(), startPos, startLoc)), !this.eat(types.comma)) return;
      }
      if (this.match(types.star)) {
        var specifier = this.startNode();
        this.next(), this.expectContextual("as"), specifier.local = this.parseIdentifier(), this.checkLVal(specifier.local, !0, void 0, "import namespace specifier"), node.specifiers.push(this.finishNode(specifier, "ImportNamespaceSpecifier"));
        return;
      }
      for (this.expect(types.braceL); !this.eat(types.braceR); ) {
        if (first)
          first = !1;
        else if (this.eat(types.colon) && this.unexpected(null, "ES2015 named imports do not destructure. Use another statement for destructuring after the import."), this.expect(types.comma), this.eat(types.braceR)) break;
        this.parseImportSpecifier(node);
      }
    };
    pp$1.parseImportSpecifier = function(node) {
      var specifier = this.startNode();
      specifier.imported = this.parseIdentifier(!0), this.eatContextual("as") ? specifier.local = this.parseIdentifier() : (this.checkReservedWord(specifier.imported.name, specifier.start, !0, !0), specifier.local = specifier.imported.__clone()), this.checkLVal(specifier.local, !0, void 0, "import specifier"), node.specifiers.push(this.finishNode(specifier, "ImportSpecifier"));
    };
    pp$1.parseImportSpecifierDefault = function(id, startPos, startLoc) {
      var node = this.startNodeAt(startPos, startLoc);
      return node.local = id, this.checkLVal(node.local, !0, void 0, "default import specifier"), this.finishNode(node, "ImportDefaultSpecifier");
    };
    var pp$2 = Parser.prototype;
    pp$2.toAssignable = function(node, isBinding, contextDescription) {
      if (node)
        switch (node.type) {
          case "Identifier":
          case "ObjectPattern":
          case "ArrayPattern":
          case "AssignmentPattern":
            break;
          case "ObjectExpression":
            node.type = "ObjectPattern";
            for (var _iterator = node.properties, _isArray = Array.isArray(_iterator), _i = 0, _iterator = _isArray ? _iterator : _iterator[Symbol.iterator](); ; ) {
              var _ref;
              if (_isArray) {
                if (_i >= _iterator.length) break;
                _ref = _iterator[_i++];
              } else {
                if (_i = _iterator.next(), _i.done) break;
                _ref = _i.value;
              }
              var prop = _ref;
              prop.type === "ObjectMethod" ? prop.kind === "get" || prop.kind === "set" ? this.raise(prop.key.start, "Object pattern can't contain getter or setter") : this.raise(prop.key.start, "Object pattern can't contain methods") : this.toAssignable(prop, isBinding, "object destructuring pattern");
            }
            break;
          case "ObjectProperty":
            this.toAssignable(node.value, isBinding, contextDescription);
            break;
          case "SpreadProperty":
            node.type = "RestProperty";
            var arg = node.argument;
            this.toAssignable(arg, isBinding, contextDescription);
            break;
          case "ArrayExpression":
            node.type = "ArrayPattern", this.toAssignableList(node.elements, isBinding, contextDescription);
            break;
          case "AssignmentExpression":
            node.operator === "=" ? (node.type = "AssignmentPattern", delete node.operator) : this.raise(node.left.end, "Only '=' operator can be used for specifying default value.");
            break;
          case "MemberExpression":
            if (!isBinding) break;
          default: {
            var message = "Invalid left-hand side" + (contextDescription ? " in " + contextDescription : (
              /* istanbul ignore next */
              "expression"
            ));
            this.raise(node.start, message);
          }
        }
      return node;
    };
    pp$2.toAssignableList = function(exprList, isBinding, contextDescription) {
      var end = exprList.length;
      if (end) {
        var last2 = exprList[end - 1];
        if (last2 && last2.type === "RestElement")
          --end;
        else if (last2 && last2.type === "SpreadElement") {
          last2.type = "RestElement";
          var arg = last2.argument;
          this.toAssignable(arg, isBinding, contextDescription), arg.type !== "Identifier" && arg.type !== "MemberExpression" && arg.type !== "ArrayPattern" && this.unexpected(arg.start), --end;
        }
      }
      for (var i = 0; i < end; i++) {
        var elt = exprList[i];
        elt && this.toAssignable(elt, isBinding, contextDescription);
      }
      return exprList;
    };
    pp$2.toReferencedList = function(exprList) {
      return exprList;
    };
    pp$2.parseSpread = function(refShorthandDefaultPos) {
      var node = this.startNode();
      return this.next(), node.argument = this.parseMaybeAssign(!1, refShorthandDefaultPos), this.finishNode(node, "SpreadElement");
    };
    pp$2.parseRest = function() {
      var node = this.startNode();
      return this.next(), node.argument = this.parseBindingIdentifier(), this.finishNode(node, "RestElement");
    };
    pp$2.shouldAllowYieldIdentifier = function() {
      return this.match(types._yield) && !this.state.strict && !this.state.inGenerator;
    };
    pp$2.parseBindingIdentifier = function() {
      return this.parseIdentifier(this.shouldAllowYieldIdentifier());
    };
    pp$2.parseBindingAtom = function() {
      switch (this.state.type) {
        case types._yield:
          (this.state.strict || this.state.inGenerator) && this.unexpected();
        // fall-through
        case types.name:
          return this.parseIdentifier(!0);
        case types.bracketL:
          var node = this.startNode();
          return this.next(), node.elements = this.parseBindingList(types.bracketR, !0), this.finishNode(node, "ArrayPattern");
        case types.braceL:
          return this.parseObj(!0);
        default:
          this.unexpected();
      }
    };
    pp$2.parseBindingList = function(close, allowEmpty) {
      for (var elts = [], first = !0; !this.eat(close); )
        if (first ? first = !1 : this.expect(types.comma), allowEmpty && this.match(types.comma))
          elts.push(null);
        else {
          if (this.eat(close))
            break;
          if (this.match(types.ellipsis)) {
            elts.push(this.parseAssignableListItemTypes(this.parseRest())), this.expect(close);
            break;
          } else {
            for (var decorators = []; this.match(types.at); )
              decorators.push(this.parseDecorator());
            var left = this.parseMaybeDefault();
            decorators.length && (left.decorators = decorators), this.parseAssignableListItemTypes(left), elts.push(this.parseMaybeDefault(left.start, left.loc.start, left));
          }
        }
      return elts;
    };
    pp$2.parseAssignableListItemTypes = function(param) {
      return param;
    };
    pp$2.parseMaybeDefault = function(startPos, startLoc, left) {
      if (startLoc = startLoc || this.state.startLoc, startPos = startPos || this.state.start, left = left || this.parseBindingAtom(), !this.eat(types.eq)) return left;
      var node = this.startNodeAt(startPos, startLoc);
      return node.left = left, node.right = this.parseMaybeAssign(), this.finishNode(node, "AssignmentPattern");
    };
    pp$2.checkLVal = function(expr, isBinding, checkClashes, contextDescription) {
      switch (expr.type) {
        case "Identifier":
          if (this.checkReservedWord(expr.name, expr.start, !1, !0), checkClashes) {
            var key = "_" + expr.name;
            checkClashes[key] ? this.raise(expr.start, "Argument name clash in strict mode") : checkClashes[key] = !0;
          }
          break;
        case "MemberExpression":
          isBinding && this.raise(expr.start, (isBinding ? "Binding" : "Assigning to") + " member expression");
          break;
        case "ObjectPattern":
          for (var _iterator2 = expr.properties, _isArray2 = Array.isArray(_iterator2), _i2 = 0, _iterator2 = _isArray2 ? _iterator2 : _iterator2[Symbol.iterator](); ; ) {
            var _ref2;
            if (_isArray2) {
              if (_i2 >= _iterator2.length) break;
              _ref2 = _iterator2[_i2++];
            } else {
              if (_i2 = _iterator2.next(), _i2.done) break;
              _ref2 = _i2.value;
            }
            var prop = _ref2;
            prop.type === "ObjectProperty" && (prop = prop.value), this.checkLVal(prop, isBinding, checkClashes, "object destructuring pattern");
          }
          break;
        case "ArrayPattern":
          for (var _iterator3 = expr.elements, _isArray3 = Array.isArray(_iterator3), _i3 = 0, _iterator3 = _isArray3 ? _iterator3 : _iterator3[Symbol.iterator](); ; ) {
            var _ref3;
            if (_isArray3) {
              if (_i3 >= _iterator3.length) break;
              _ref3 = _iterator3[_i3++];
            } else {
              if (_i3 = _iterator3.next(), _i3.done) break;
              _ref3 = _i3.value;
            }
            var elem = _ref3;
            elem && this.checkLVal(elem, isBinding, checkClashes, "array destructuring pattern");
          }
          break;
        case "AssignmentPattern":
          this.checkLVal(expr.left, isBinding, checkClashes, "assignment pattern");
          break;
        case "RestProperty":
          this.checkLVal(expr.argument, isBinding, checkClashes, "rest property");
          break;
        case "RestElement":
          this.checkLVal(expr.argument, isBinding, checkClashes, "rest element");
          break;
        default: {
          var message = (isBinding ? (
            /* istanbul ignore next */
            "Binding invalid"
          ) : "Invalid") + " left-hand side" + (contextDescription ? " in " + contextDescription : (
            /* istanbul ignore next */
            "expression"
          ));
          this.raise(expr.start, message);
        }
      }
    };
    var pp$3 = Parser.prototype;
    pp$3.checkPropClash = function(prop, propHash) {
      if (!(prop.computed || prop.kind)) {
        var key = prop.key, name = key.type === "Identifier" ? key.name : String(key.value);
        name === "__proto__" && (propHash.proto && this.raise(key.start, "Redefinition of __proto__ property"), propHash.proto = !0);
      }
    };
    pp$3.getExpression = function() {
      this.nextToken();
      var expr = this.parseExpression();
      return this.match(types.eof) || this.unexpected(), expr;
    };
    pp$3.parseExpression = function(noIn, refShorthandDefaultPos) {
      var startPos = this.state.start, startLoc = this.state.startLoc, expr = this.parseMaybeAssign(noIn, refShorthandDefaultPos);
      if (this.match(types.comma)) {
        var node = this.startNodeAt(startPos, startLoc);
        for (node.expressions = [expr]; this.eat(types.comma); )
          node.expressions.push(this.parseMaybeAssign(noIn, refShorthandDefaultPos));
        return this.toReferencedList(node.expressions), this.finishNode(node, "SequenceExpression");
      }
      return expr;
    };
    pp$3.parseMaybeAssign = function(noIn, refShorthandDefaultPos, afterLeftParse, refNeedsArrowPos) {
      var startPos = this.state.start, startLoc = this.state.startLoc;
      if (this.match(types._yield) && this.state.inGenerator) {
        var _left = this.parseYield();
        return afterLeftParse && (_left = afterLeftParse.call(this, _left, startPos, startLoc)), _left;
      }
      var failOnShorthandAssign = void 0;
      refShorthandDefaultPos ? failOnShorthandAssign = !1 : (refShorthandDefaultPos = { start: 0 }, failOnShorthandAssign = !0), (this.match(types.parenL) || this.match(types.name)) && (this.state.potentialArrowAt = this.state.start);
      var left = this.parseMaybeConditional(noIn, refShorthandDefaultPos, refNeedsArrowPos);
      if (afterLeftParse && (left = afterLeftParse.call(this, left, startPos, startLoc)), this.state.type.isAssign) {
        var node = this.startNodeAt(startPos, startLoc);
        if (node.operator = this.state.value, node.left = this.match(types.eq) ? this.toAssignable(left, void 0, "assignment expression") : left, refShorthandDefaultPos.start = 0, this.checkLVal(left, void 0, void 0, "assignment expression"), left.extra && left.extra.parenthesized) {
          var errorMsg = void 0;
          left.type === "ObjectPattern" ? errorMsg = "`({a}) = 0` use `({a} = 0)`" : left.type === "ArrayPattern" && (errorMsg = "`([a]) = 0` use `([a] = 0)`"), errorMsg && this.raise(left.start, "You're trying to assign to a parenthesized expression, eg. instead of " + errorMsg);
        }
        return this.next(), node.right = this.parseMaybeAssign(noIn), this.finishNode(node, "AssignmentExpression");
      } else failOnShorthandAssign && refShorthandDefaultPos.start && this.unexpected(refShorthandDefaultPos.start);
      return left;
    };
    pp$3.parseMaybeConditional = function(noIn, refShorthandDefaultPos, refNeedsArrowPos) {
      var startPos = this.state.start, startLoc = this.state.startLoc, expr = this.parseExprOps(noIn, refShorthandDefaultPos);
      return refShorthandDefaultPos && refShorthandDefaultPos.start ? expr : this.parseConditional(expr, noIn, startPos, startLoc, refNeedsArrowPos);
    };
    pp$3.parseConditional = function(expr, noIn, startPos, startLoc) {
      if (this.eat(types.question)) {
        var node = this.startNodeAt(startPos, startLoc);
        return node.test = expr, node.consequent = this.parseMaybeAssign(), this.expect(types.colon), node.alternate = this.parseMaybeAssign(noIn), this.finishNode(node, "ConditionalExpression");
      }
      return expr;
    };
    pp$3.parseExprOps = function(noIn, refShorthandDefaultPos) {
      var startPos = this.state.start, startLoc = this.state.startLoc, expr = this.parseMaybeUnary(refShorthandDefaultPos);
      return refShorthandDefaultPos && refShorthandDefaultPos.start ? expr : this.parseExprOp(expr, startPos, startLoc, -1, noIn);
    };
    pp$3.parseExprOp = function(left, leftStartPos, leftStartLoc, minPrec, noIn) {
      var prec = this.state.type.binop;
      if (prec != null && (!noIn || !this.match(types._in)) && prec > minPrec) {
        var node = this.startNodeAt(leftStartPos, leftStartLoc);
        node.left = left, node.operator = this.state.value, node.operator === "**" && left.type === "UnaryExpression" && left.extra && !left.extra.parenthesizedArgument && !left.extra.parenthesized && this.raise(left.argument.start, "Illegal expression. Wrap left hand side or entire exponentiation in parentheses.");
        var op = this.state.type;
        this.next();
        var startPos = this.state.start, startLoc = this.state.startLoc;
        return node.right = this.parseExprOp(this.parseMaybeUnary(), startPos, startLoc, op.rightAssociative ? prec - 1 : prec, noIn), this.finishNode(node, op === types.logicalOR || op === types.logicalAND ? "LogicalExpression" : "BinaryExpression"), this.parseExprOp(node, leftStartPos, leftStartLoc, minPrec, noIn);
      }
      return left;
    };
    pp$3.parseMaybeUnary = function(refShorthandDefaultPos) {
      if (this.state.type.prefix) {
        var node = this.startNode(), update = this.match(types.incDec);
        node.operator = this.state.value, node.prefix = !0, this.next();
        var argType = this.state.type;
        return node.argument = this.parseMaybeUnary(), this.addExtra(node, "parenthesizedArgument", argType === types.parenL && (!node.argument.extra || !node.argument.extra.parenthesized)), refShorthandDefaultPos && refShorthandDefaultPos.start && this.unexpected(refShorthandDefaultPos.start), update ? this.checkLVal(node.argument, void 0, void 0, "prefix operation") : this.state.strict && node.operator === "delete" && node.argument.type === "Identifier" && this.raise(node.start, "Deleting local variable in strict mode"), this.finishNode(node, update ? "UpdateExpression" : "UnaryExpression");
      }
      var startPos = this.state.start, startLoc = this.state.startLoc, expr = this.parseExprSubscripts(refShorthandDefaultPos);
      if (refShorthandDefaultPos && refShorthandDefaultPos.start) return expr;
      for (; this.state.type.postfix && !this.canInsertSemicolon(); ) {
        var _node = this.startNodeAt(startPos, startLoc);
        _node.operator = this.state.value, _node.prefix = !1, _node.argument = expr, this.checkLVal(expr, void 0, void 0, "postfix operation"), this.next(), expr = this.finishNode(_node, "UpdateExpression");
      }
      return expr;
    };
    pp$3.parseExprSubscripts = function(refShorthandDefaultPos) {
      var startPos = this.state.start, startLoc = this.state.startLoc, potentialArrowAt = this.state.potentialArrowAt, expr = this.parseExprAtom(refShorthandDefaultPos);
      return expr.type === "ArrowFunctionExpression" && expr.start === potentialArrowAt || refShorthandDefaultPos && refShorthandDefaultPos.start ? expr : this.parseSubscripts(expr, startPos, startLoc);
    };
    pp$3.parseSubscripts = function(base, startPos, startLoc, noCalls) {
      for (; ; )
        if (!noCalls && this.eat(types.doubleColon)) {
          var node = this.startNodeAt(startPos, startLoc);
          return node.object = base, node.callee = this.parseNoCallExpr(), this.parseSubscripts(this.finishNode(node, "BindExpression"), startPos, startLoc, noCalls);
        } else if (this.eat(types.dot)) {
          var _node2 = this.startNodeAt(startPos, startLoc);
          _node2.object = base, _node2.property = this.parseIdentifier(!0), _node2.computed = !1, base = this.finishNode(_node2, "MemberExpression");
        } else if (this.eat(types.bracketL)) {
          var _node3 = this.startNodeAt(startPos, startLoc);
          _node3.object = base, _node3.property = this.parseExpression(), _node3.computed = !0, this.expect(types.bracketR), base = this.finishNode(_node3, "MemberExpression");
        } else if (!noCalls && this.match(types.parenL)) {
          var possibleAsync = this.state.potentialArrowAt === base.start && base.type === "Identifier" && base.name === "async" && !this.canInsertSemicolon();
          this.next();
          var _node4 = this.startNodeAt(startPos, startLoc);
          if (_node4.callee = base, _node4.arguments = this.parseCallExpressionArguments(types.parenR, possibleAsync), _node4.callee.type === "Import" && _node4.arguments.length !== 1 && this.raise(_node4.start, "import() requires exactly one argument"), base = this.finishNode(_node4, "CallExpression"), possibleAsync && this.shouldParseAsyncArrow())
            return this.parseAsyncArrowFromCallExpression(this.startNodeAt(startPos, startLoc), _node4);
          this.toReferencedList(_node4.arguments);
        } else if (this.match(types.backQuote)) {
          var _node5 = this.startNodeAt(startPos, startLoc);
          _node5.tag = base, _node5.quasi = this.parseTemplate(!0), base = this.finishNode(_node5, "TaggedTemplateExpression");
        } else
          return base;
    };
    pp$3.parseCallExpressionArguments = function(close, possibleAsyncArrow) {
      for (var elts = [], innerParenStart = void 0, first = !0; !this.eat(close); ) {
        if (first)
          first = !1;
        else if (this.expect(types.comma), this.eat(close)) break;
        this.match(types.parenL) && !innerParenStart && (innerParenStart = this.state.start), elts.push(this.parseExprListItem(!1, possibleAsyncArrow ? { start: 0 } : void 0, possibleAsyncArrow ? { start: 0 } : void 0));
      }
      return possibleAsyncArrow && innerParenStart && this.shouldParseAsyncArrow() && this.unexpected(), elts;
    };
    pp$3.shouldParseAsyncArrow = function() {
      return this.match(types.arrow);
    };
    pp$3.parseAsyncArrowFromCallExpression = function(node, call) {
      return this.expect(types.arrow), this.parseArrowExpression(node, call.arguments, !0);
    };
    pp$3.parseNoCallExpr = function() {
      var startPos = this.state.start, startLoc = this.state.startLoc;
      return this.parseSubscripts(this.parseExprAtom(), startPos, startLoc, !0);
    };
    pp$3.parseExprAtom = function(refShorthandDefaultPos) {
      var canBeArrow = this.state.potentialArrowAt === this.state.start, node = void 0;
      switch (this.state.type) {
        case types._super:
          return !this.state.inMethod && !this.state.inClassProperty && !this.options.allowSuperOutsideMethod && this.raise(this.state.start, "'super' outside of function or class"), node = this.startNode(), this.next(), !this.match(types.parenL) && !this.match(types.bracketL) && !this.match(types.dot) && this.unexpected(), this.match(types.parenL) && this.state.inMethod !== "constructor" && !this.options.allowSuperOutsideMethod && this.raise(node.start, "super() outside of class constructor"), this.finishNode(node, "Super");
        case types._import:
          return this.hasPlugin("dynamicImport") || this.unexpected(), node = this.startNode(), this.next(), this.match(types.parenL) || this.unexpected(null, types.parenL), this.finishNode(node, "Import");
        case types._this:
          return node = this.startNode(), this.next(), this.finishNode(node, "ThisExpression");
        case types._yield:
          this.state.inGenerator && this.unexpected();
        case types.name:
          node = this.startNode();
          var allowAwait = this.state.value === "await" && this.state.inAsync, allowYield = this.shouldAllowYieldIdentifier(), id = this.parseIdentifier(allowAwait || allowYield);
          if (id.name === "await") {
            if (this.state.inAsync || this.inModule)
              return this.parseAwait(node);
          } else {
            if (id.name === "async" && this.match(types._function) && !this.canInsertSemicolon())
              return this.next(), this.parseFunction(node, !1, !1, !0);
            if (canBeArrow && id.name === "async" && this.match(types.name)) {
              var params = [this.parseIdentifier()];
              return this.expect(types.arrow), this.parseArrowExpression(node, params, !0);
            }
          }
          return canBeArrow && !this.canInsertSemicolon() && this.eat(types.arrow) ? this.parseArrowExpression(node, [id]) : id;
        case types._do:
          if (this.hasPlugin("doExpressions")) {
            var _node6 = this.startNode();
            this.next();
            var oldInFunction = this.state.inFunction, oldLabels = this.state.labels;
            return this.state.labels = [], this.state.inFunction = !1, _node6.body = this.parseBlock(!1, !0), this.state.inFunction = oldInFunction, this.state.labels = oldLabels, this.finishNode(_node6, "DoExpression");
          }
        case types.regexp:
          var value = this.state.value;
          return node = this.parseLiteral(value.value, "RegExpLiteral"), node.pattern = value.pattern, node.flags = value.flags, node;
        case types.num:
          return this.parseLiteral(this.state.value, "NumericLiteral");
        case types.string:
          return this.parseLiteral(this.state.value, "StringLiteral");
        case types._null:
          return node = this.startNode(), this.next(), this.finishNode(node, "NullLiteral");
        case types._true:
        case types._false:
          return node = this.startNode(), node.value = this.match(types._true), this.next(), this.finishNode(node, "BooleanLiteral");
        case types.parenL:
          return this.parseParenAndDistinguishExpression(null, null, canBeArrow);
        case types.bracketL:
          return node = this.startNode(), this.next(), node.elements = this.parseExprList(types.bracketR, !0, refShorthandDefaultPos), this.toReferencedList(node.elements), this.finishNode(node, "ArrayExpression");
        case types.braceL:
          return this.parseObj(!1, refShorthandDefaultPos);
        case types._function:
          return this.parseFunctionExpression();
        case types.at:
          this.parseDecorators();
        case types._class:
          return node = this.startNode(), this.takeDecorators(node), this.parseClass(node, !1);
        case types._new:
          return this.parseNew();
        case types.backQuote:
          return this.parseTemplate(!1);
        case types.doubleColon:
          node = this.startNode(), this.next(), node.object = null;
          var callee = node.callee = this.parseNoCallExpr();
          if (callee.type === "MemberExpression")
            return this.finishNode(node, "BindExpression");
          this.raise(callee.start, "Binding should be performed on object property.");
        default:
          this.unexpected();
      }
    };
    pp$3.parseFunctionExpression = function() {
      var node = this.startNode(), meta = this.parseIdentifier(!0);
      return this.state.inGenerator && this.eat(types.dot) && this.hasPlugin("functionSent") ? this.parseMetaProperty(node, meta, "sent") : this.parseFunction(node, !1);
    };
    pp$3.parseMetaProperty = function(node, meta, propertyName) {
      return node.meta = meta, node.property = this.parseIdentifier(!0), node.property.name !== propertyName && this.raise(node.property.start, "The only valid meta property for new is " + meta.name + "." + propertyName), this.finishNode(node, "MetaProperty");
    };
    pp$3.parseLiteral = function(value, type, startPos, startLoc) {
      startPos = startPos || this.state.start, startLoc = startLoc || this.state.startLoc;
      var node = this.startNodeAt(startPos, startLoc);
      return this.addExtra(node, "rawValue", value), this.addExtra(node, "raw", this.input.slice(startPos, this.state.end)), node.value = value, this.next(), this.finishNode(node, type);
    };
    pp$3.parseParenExpression = function() {
      this.expect(types.parenL);
      var val = this.parseExpression();
      return this.expect(types.parenR), val;
    };
    pp$3.parseParenAndDistinguishExpression = function(startPos, startLoc, canBeArrow) {
      startPos = startPos || this.state.start, startLoc = startLoc || this.state.startLoc;
      var val = void 0;
      this.expect(types.parenL);
      for (var innerStartPos = this.state.start, innerStartLoc = this.state.startLoc, exprList = [], refShorthandDefaultPos = { start: 0 }, refNeedsArrowPos = { start: 0 }, first = !0, spreadStart = void 0, optionalCommaStart = void 0; !this.match(types.parenR); ) {
        if (first)
          first = !1;
        else if (this.expect(types.comma, refNeedsArrowPos.start || null), this.match(types.parenR)) {
          optionalCommaStart = this.state.start;
          break;
        }
        if (this.match(types.ellipsis)) {
          var spreadNodeStartPos = this.state.start, spreadNodeStartLoc = this.state.startLoc;
          spreadStart = this.state.start, exprList.push(this.parseParenItem(this.parseRest(), spreadNodeStartPos, spreadNodeStartLoc));
          break;
        } else
          exprList.push(this.parseMaybeAssign(!1, refShorthandDefaultPos, this.parseParenItem, refNeedsArrowPos));
      }
      var innerEndPos = this.state.start, innerEndLoc = this.state.startLoc;
      this.expect(types.parenR);
      var arrowNode = this.startNodeAt(startPos, startLoc);
      if (canBeArrow && this.shouldParseArrow() && (arrowNode = this.parseArrow(arrowNode))) {
        for (var _iterator = exprList, _isArray = Array.isArray(_iterator), _i = 0, _iterator = _isArray ? _iterator : _iterator[Symbol.iterator](); ; ) {
          var _ref;
          if (_isArray) {
            if (_i >= _iterator.length) break;
            _ref = _iterator[_i++];
          } else {
            if (_i = _iterator.next(), _i.done) break;
            _ref = _i.value;
          }
          var param = _ref;
          param.extra && param.extra.parenthesized && this.unexpected(param.extra.parenStart);
        }
        return this.parseArrowExpression(arrowNode, exprList);
      }
      return exprList.length || this.unexpected(this.state.lastTokStart), optionalCommaStart && this.unexpected(optionalCommaStart), spreadStart && this.unexpected(spreadStart), refShorthandDefaultPos.start && this.unexpected(refShorthandDefaultPos.start), refNeedsArrowPos.start && this.unexpected(refNeedsArrowPos.start), exprList.length > 1 ? (val = this.startNodeAt(innerStartPos, innerStartLoc), val.expressions = exprList, this.toReferencedList(val.expressions), this.finishNodeAt(val, "SequenceExpression", innerEndPos, innerEndLoc)) : val = exprList[0], this.addExtra(val, "parenthesized", !0), this.addExtra(val, "parenStart", startPos), val;
    };
    pp$3.shouldParseArrow = function() {
      return !this.canInsertSemicolon();
    };
    pp$3.parseArrow = function(node) {
      if (this.eat(types.arrow))
        return node;
    };
    pp$3.parseParenItem = function(node) {
      return node;
    };
    pp$3.parseNew = function() {
      var node = this.startNode(), meta = this.parseIdentifier(!0);
      if (this.eat(types.dot)) {
        var metaProp = this.parseMetaProperty(node, meta, "target");
        return this.state.inFunction || this.raise(metaProp.property.start, "new.target can only be used in functions"), metaProp;
      }
      return node.callee = this.parseNoCallExpr(), this.eat(types.parenL) ? (node.arguments = this.parseExprList(types.parenR), this.toReferencedList(node.arguments)) : node.arguments = [], this.finishNode(node, "NewExpression");
    };
    pp$3.parseTemplateElement = function(isTagged) {
      var elem = this.startNode();
      return this.state.value === null && (!isTagged || !this.hasPlugin("templateInvalidEscapes") ? this.raise(this.state.invalidTemplateEscapePosition, "Invalid escape sequence in template") : this.state.invalidTemplateEscapePosition = null), elem.value = {
        raw: this.input.slice(this.state.start, this.state.end).replace(/\r\n?/g, `
`),
        cooked: this.state.value
      }, this.next(), elem.tail = this.match(types.backQuote), this.finishNode(elem, "TemplateElement");
    };
    pp$3.parseTemplate = function(isTagged) {
      var node = this.startNode();
      this.next(), node.expressions = [];
      var curElt = this.parseTemplateElement(isTagged);
      for (node.quasis = [curElt]; !curElt.tail; )
        this.expect(types.dollarBraceL), node.expressions.push(this.parseExpression()), this.expect(types.braceR), node.quasis.push(curElt = this.parseTemplateElement(isTagged));
      return this.next(), this.finishNode(node, "TemplateLiteral");
    };
    pp$3.parseObj = function(isPattern, refShorthandDefaultPos) {
      var decorators = [], propHash = /* @__PURE__ */ Object.create(null), first = !0, node = this.startNode();
      node.properties = [], this.next();
      for (var firstRestLocation = null; !this.eat(types.braceR); ) {
        if (first)
          first = !1;
        else if (this.expect(types.comma), this.eat(types.braceR)) break;
        for (; this.match(types.at); )
          decorators.push(this.parseDecorator());
        var prop = this.startNode(), isGenerator = !1, isAsync = !1, startPos = void 0, startLoc = void 0;
        if (decorators.length && (prop.decorators = decorators, decorators = []), this.hasPlugin("objectRestSpread") && this.match(types.ellipsis))
          if (prop = this.parseSpread(isPattern ? { start: 0 } : void 0), prop.type = isPattern ? "RestProperty" : "SpreadProperty", isPattern && this.toAssignable(prop.argument, !0, "object pattern"), node.properties.push(prop), isPattern) {
            var position = this.state.start;
            if (firstRestLocation !== null)
              this.unexpected(firstRestLocation, "Cannot have multiple rest elements when destructuring");
            else {
              if (this.eat(types.braceR))
                break;
              if (this.match(types.comma) && this.lookahead().type === types.braceR)
                continue;
              firstRestLocation = position;
              continue;
            }
          } else
            continue;
        if (prop.method = !1, prop.shorthand = !1, (isPattern || refShorthandDefaultPos) && (startPos = this.state.start, startLoc = this.state.startLoc), isPattern || (isGenerator = this.eat(types.star)), !isPattern && this.isContextual("async")) {
          isGenerator && this.unexpected();
          var asyncId = this.parseIdentifier();
          this.match(types.colon) || this.match(types.parenL) || this.match(types.braceR) || this.match(types.eq) || this.match(types.comma) ? (prop.key = asyncId, prop.computed = !1) : (isAsync = !0, this.hasPlugin("asyncGenerators") && (isGenerator = this.eat(types.star)), this.parsePropertyName(prop));
        } else
          this.parsePropertyName(prop);
        this.parseObjPropValue(prop, startPos, startLoc, isGenerator, isAsync, isPattern, refShorthandDefaultPos), this.checkPropClash(prop, propHash), prop.shorthand && this.addExtra(prop, "shorthand", !0), node.properties.push(prop);
      }
      return firstRestLocation !== null && this.unexpected(firstRestLocation, "The rest element has to be the last element when destructuring"), decorators.length && this.raise(this.state.start, "You have trailing decorators with no property"), this.finishNode(node, isPattern ? "ObjectPattern" : "ObjectExpression");
    };
    pp$3.isGetterOrSetterMethod = function(prop, isPattern) {
      return !isPattern && !prop.computed && prop.key.type === "Identifier" && (prop.key.name === "get" || prop.key.name === "set") && (this.match(types.string) || // get "string"() {}
      this.match(types.num) || // get 1() {}
      this.match(types.bracketL) || // get ["string"]() {}
      this.match(types.name) || // get foo() {}
      this.state.type.keyword);
    };
    pp$3.checkGetterSetterParamCount = function(method) {
      var paramCount = method.kind === "get" ? 0 : 1;
      if (method.params.length !== paramCount) {
        var start = method.start;
        method.kind === "get" ? this.raise(start, "getter should have no params") : this.raise(start, "setter should have exactly one param");
      }
    };
    pp$3.parseObjectMethod = function(prop, isGenerator, isAsync, isPattern) {
      if (isAsync || isGenerator || this.match(types.parenL))
        return isPattern && this.unexpected(), prop.kind = "method", prop.method = !0, this.parseMethod(prop, isGenerator, isAsync), this.finishNode(prop, "ObjectMethod");
      if (this.isGetterOrSetterMethod(prop, isPattern))
        return (isGenerator || isAsync) && this.unexpected(), prop.kind = prop.key.name, this.parsePropertyName(prop), this.parseMethod(prop), this.checkGetterSetterParamCount(prop), this.finishNode(prop, "ObjectMethod");
    };
    pp$3.parseObjectProperty = function(prop, startPos, startLoc, isPattern, refShorthandDefaultPos) {
      if (this.eat(types.colon))
        return prop.value = isPattern ? this.parseMaybeDefault(this.state.start, this.state.startLoc) : this.parseMaybeAssign(!1, refShorthandDefaultPos), this.finishNode(prop, "ObjectProperty");
      if (!prop.computed && prop.key.type === "Identifier")
        return this.checkReservedWord(prop.key.name, prop.key.start, !0, !0), isPattern ? prop.value = this.parseMaybeDefault(startPos, startLoc, prop.key.__clone()) : this.match(types.eq) && refShorthandDefaultPos ? (refShorthandDefaultPos.start || (refShorthandDefaultPos.start = this.state.start), prop.value = this.parseMaybeDefault(startPos, startLoc, prop.key.__clone())) : prop.value = prop.key.__clone(), prop.shorthand = !0, this.finishNode(prop, "ObjectProperty");
    };
    pp$3.parseObjPropValue = function(prop, startPos, startLoc, isGenerator, isAsync, isPattern, refShorthandDefaultPos) {
      var node = this.parseObjectMethod(prop, isGenerator, isAsync, isPattern) || this.parseObjectProperty(prop, startPos, startLoc, isPattern, refShorthandDefaultPos);
      return node || this.unexpected(), node;
    };
    pp$3.parsePropertyName = function(prop) {
      if (this.eat(types.bracketL))
        prop.computed = !0, prop.key = this.parseMaybeAssign(), this.expect(types.bracketR);
      else {
        prop.computed = !1;
        var oldInPropertyName = this.state.inPropertyName;
        this.state.inPropertyName = !0, prop.key = this.match(types.num) || this.match(types.string) ? this.parseExprAtom() : this.parseIdentifier(!0), this.state.inPropertyName = oldInPropertyName;
      }
      return prop.key;
    };
    pp$3.initFunction = function(node, isAsync) {
      node.id = null, node.generator = !1, node.expression = !1, node.async = !!isAsync;
    };
    pp$3.parseMethod = function(node, isGenerator, isAsync) {
      var oldInMethod = this.state.inMethod;
      return this.state.inMethod = node.kind || !0, this.initFunction(node, isAsync), this.expect(types.parenL), node.params = this.parseBindingList(types.parenR), node.generator = !!isGenerator, this.parseFunctionBody(node), this.state.inMethod = oldInMethod, node;
    };
    pp$3.parseArrowExpression = function(node, params, isAsync) {
      return this.initFunction(node, isAsync), node.params = this.toAssignableList(params, !0, "arrow function parameters"), this.parseFunctionBody(node, !0), this.finishNode(node, "ArrowFunctionExpression");
    };
    pp$3.isStrictBody = function(node, isExpression) {
      if (!isExpression && node.body.directives.length)
        for (var _iterator2 = node.body.directives, _isArray2 = Array.isArray(_iterator2), _i2 = 0, _iterator2 = _isArray2 ? _iterator2 : _iterator2[Symbol.iterator](); ; ) {
          var _ref2;
          if (_isArray2) {
            if (_i2 >= _iterator2.length) break;
            _ref2 = _iterator2[_i2++];
          } else {
            if (_i2 = _iterator2.next(), _i2.done) break;
            _ref2 = _i2.value;
          }
          var directive = _ref2;
          if (directive.value.value === "use strict")
            return !0;
        }
      return !1;
    };
    pp$3.parseFunctionBody = function(node, allowExpression) {
      var isExpression = allowExpression && !this.match(types.braceL), oldInAsync = this.state.inAsync;
      if (this.state.inAsync = node.async, isExpression)
        node.body = this.parseMaybeAssign(), node.expression = !0;
      else {
        var oldInFunc = this.state.inFunction, oldInGen = this.state.inGenerator, oldLabels = this.state.labels;
        this.state.inFunction = !0, this.state.inGenerator = node.generator, this.state.labels = [], node.body = this.parseBlock(!0), node.expression = !1, this.state.inFunction = oldInFunc, this.state.inGenerator = oldInGen, this.state.labels = oldLabels;
      }
      this.state.inAsync = oldInAsync;
      var isStrict = this.isStrictBody(node, isExpression), checkLVal = this.state.strict || allowExpression || isStrict;
      if (isStrict && node.id && node.id.type === "Identifier" && node.id.name === "yield" && this.raise(node.id.start, "Binding yield in strict mode"), checkLVal) {
        var nameHash = /* @__PURE__ */ Object.create(null), oldStrict = this.state.strict;
        isStrict && (this.state.strict = !0), node.id && this.checkLVal(node.id, !0, void 0, "function name");
        for (var _iterator3 = node.params, _isArray3 = Array.isArray(_iterator3), _i3 = 0, _iterator3 = _isArray3 ? _iterator3 : _iterator3[Symbol.iterator](); ; ) {
          var _ref3;
          if (_isArray3) {
            if (_i3 >= _iterator3.length) break;
            _ref3 = _iterator3[_i3++];
          } else {
            if (_i3 = _iterator3.next(), _i3.done) break;
            _ref3 = _i3.value;
          }
          var param = _ref3;
          isStrict && param.type !== "Identifier" && this.raise(param.start, "Non-simple parameter in strict mode"), this.checkLVal(param, !0, nameHash, "function parameter list");
        }
        this.state.strict = oldStrict;
      }
    };
    pp$3.parseExprList = function(close, allowEmpty, refShorthandDefaultPos) {
      for (var elts = [], first = !0; !this.eat(close); ) {
        if (first)
          first = !1;
        else if (this.expect(types.comma), this.eat(close)) break;
        elts.push(this.parseExprListItem(allowEmpty, refShorthandDefaultPos));
      }
      return elts;
    };
    pp$3.parseExprListItem = function(allowEmpty, refShorthandDefaultPos, refNeedsArrowPos) {
      var elt = void 0;
      return allowEmpty && this.match(types.comma) ? elt = null : this.match(types.ellipsis) ? elt = this.parseSpread(refShorthandDefaultPos) : elt = this.parseMaybeAssign(!1, refShorthandDefaultPos, this.parseParenItem, refNeedsArrowPos), elt;
    };
    pp$3.parseIdentifier = function(liberal) {
      var node = this.startNode();
      return liberal || this.checkReservedWord(this.state.value, this.state.start, !!this.state.type.keyword, !1), this.match(types.name) ? node.name = this.state.value : this.state.type.keyword ? node.name = this.state.type.keyword : this.unexpected(), !liberal && node.name === "await" && this.state.inAsync && this.raise(node.start, "invalid use of await inside of an async function"), node.loc.identifierName = node.name, this.next(), this.finishNode(node, "Identifier");
    };
    pp$3.checkReservedWord = function(word, startLoc, checkKeywords, isBinding) {
      (this.isReservedWord(word) || checkKeywords && this.isKeyword(word)) && this.raise(startLoc, word + " is a reserved word"), this.state.strict && (reservedWords.strict(word) || isBinding && reservedWords.strictBind(word)) && this.raise(startLoc, word + " is a reserved word in strict mode");
    };
    pp$3.parseAwait = function(node) {
      return this.state.inAsync || this.unexpected(), this.match(types.star) && this.raise(node.start, "await* has been removed from the async functions proposal. Use Promise.all() instead."), node.argument = this.parseMaybeUnary(), this.finishNode(node, "AwaitExpression");
    };
    pp$3.parseYield = function() {
      var node = this.startNode();
      return this.next(), this.match(types.semi) || this.canInsertSemicolon() || !this.match(types.star) && !this.state.type.startsExpr ? (node.delegate = !1, node.argument = null) : (node.delegate = this.eat(types.star), node.argument = this.parseMaybeAssign()), this.finishNode(node, "YieldExpression");
    };
    var pp$4 = Parser.prototype, commentKeys = ["leadingComments", "trailingComments", "innerComments"], Node = (function() {
      function Node2(pos, loc, filename) {
        classCallCheck(this, Node2), this.type = "", this.start = pos, this.end = 0, this.loc = new SourceLocation(loc), filename && (this.loc.filename = filename);
      }
      return Node2.prototype.__clone = function() {
        var node2 = new Node2();
        for (var key in this)
          commentKeys.indexOf(key) < 0 && (node2[key] = this[key]);
        return node2;
      }, Node2;
    })();
    pp$4.startNode = function() {
      return new Node(this.state.start, this.state.startLoc, this.filename);
    };
    pp$4.startNodeAt = function(pos, loc) {
      return new Node(pos, loc, this.filename);
    };
    function finishNodeAt(node, type, pos, loc) {
      return node.type = type, node.end = pos, node.loc.end = loc, this.processComment(node), node;
    }
    pp$4.finishNode = function(node, type) {
      return finishNodeAt.call(this, node, type, this.state.lastTokEnd, this.state.lastTokEndLoc);
    };
    pp$4.finishNodeAt = function(node, type, pos, loc) {
      return finishNodeAt.call(this, node, type, pos, loc);
    };
    var pp$5 = Parser.prototype;
    pp$5.raise = function(pos, message) {
      var loc = getLineInfo(this.input, pos);
      message += " (" + loc.line + ":" + loc.column + ")";
      var err = new SyntaxError(message);
      throw err.pos = pos, err.loc = loc, err;
    };
    function last(stack) {
      return stack[stack.length - 1];
    }
    var pp$6 = Parser.prototype;
    pp$6.addComment = function(comment) {
      this.filename && (comment.loc.filename = this.filename), this.state.trailingComments.push(comment), this.state.leadingComments.push(comment);
    };
    pp$6.processComment = function(node) {
      if (!(node.type === "Program" && node.body.length > 0)) {
        var stack = this.state.commentStack, firstChild = void 0, lastChild = void 0, trailingComments = void 0, i = void 0, j = void 0;
        if (this.state.trailingComments.length > 0)
          this.state.trailingComments[0].start >= node.end ? (trailingComments = this.state.trailingComments, this.state.trailingComments = []) : this.state.trailingComments.length = 0;
        else {
          var lastInStack = last(stack);
          stack.length > 0 && lastInStack.trailingComments && lastInStack.trailingComments[0].start >= node.end && (trailingComments = lastInStack.trailingComments, lastInStack.trailingComments = null);
        }
        for (stack.length > 0 && last(stack).start >= node.start && (firstChild = stack.pop()); stack.length > 0 && last(stack).start >= node.start; )
          lastChild = stack.pop();
        if (!lastChild && firstChild && (lastChild = firstChild), firstChild && this.state.leadingComments.length > 0) {
          var lastComment = last(this.state.leadingComments);
          if (firstChild.type === "ObjectProperty") {
            if (lastComment.start >= node.start && this.state.commentPreviousNode) {
              for (j = 0; j < this.state.leadingComments.length; j++)
                this.state.leadingComments[j].end < this.state.commentPreviousNode.end && (this.state.leadingComments.splice(j, 1), j--);
              this.state.leadingComments.length > 0 && (firstChild.trailingComments = this.state.leadingComments, this.state.leadingComments = []);
            }
          } else if (node.type === "CallExpression" && node.arguments && node.arguments.length) {
            var lastArg = last(node.arguments);
            lastArg && lastComment.start >= lastArg.start && lastComment.end <= node.end && this.state.commentPreviousNode && this.state.leadingComments.length > 0 && (lastArg.trailingComments = this.state.leadingComments, this.state.leadingComments = []);
          }
        }
        if (lastChild) {
          if (lastChild.leadingComments) {
            if (lastChild !== node && last(lastChild.leadingComments).end <= node.start)
              node.leadingComments = lastChild.leadingComments, lastChild.leadingComments = null;
            else
              for (i = lastChild.leadingComments.length - 2; i >= 0; --i)
                if (lastChild.leadingComments[i].end <= node.start) {
                  node.leadingComments = lastChild.leadingComments.splice(0, i + 1);
                  break;
                }
          }
        } else if (this.state.leadingComments.length > 0)
          if (last(this.state.leadingComments).end <= node.start) {
            if (this.state.commentPreviousNode)
              for (j = 0; j < this.state.leadingComments.length; j++)
                this.state.leadingComments[j].end < this.state.commentPreviousNode.end && (this.state.leadingComments.splice(j, 1), j--);
            this.state.leadingComments.length > 0 && (node.leadingComments = this.state.leadingComments, this.state.leadingComments = []);
          } else {
            for (i = 0; i < this.state.leadingComments.length && !(this.state.leadingComments[i].end > node.start); i++)
              ;
            node.leadingComments = this.state.leadingComments.slice(0, i), node.leadingComments.length === 0 && (node.leadingComments = null), trailingComments = this.state.leadingComments.slice(i), trailingComments.length === 0 && (trailingComments = null);
          }
        this.state.commentPreviousNode = node, trailingComments && (trailingComments.length && trailingComments[0].start >= node.start && last(trailingComments).end <= node.end ? node.innerComments = trailingComments : node.trailingComments = trailingComments), stack.push(node);
      }
    };
    var pp$7 = Parser.prototype;
    pp$7.estreeParseRegExpLiteral = function(_ref) {
      var pattern = _ref.pattern, flags = _ref.flags, regex = null;
      try {
        regex = new RegExp(pattern, flags);
      } catch {
      }
      var node = this.estreeParseLiteral(regex);
      return node.regex = { pattern, flags }, node;
    };
    pp$7.estreeParseLiteral = function(value) {
      return this.parseLiteral(value, "Literal");
    };
    pp$7.directiveToStmt = function(directive) {
      var directiveLiteral = directive.value, stmt = this.startNodeAt(directive.start, directive.loc.start), expression = this.startNodeAt(directiveLiteral.start, directiveLiteral.loc.start);
      return expression.value = directiveLiteral.value, expression.raw = directiveLiteral.extra.raw, stmt.expression = this.finishNodeAt(expression, "Literal", directiveLiteral.end, directiveLiteral.loc.end), stmt.directive = directiveLiteral.extra.raw.slice(1, -1), this.finishNodeAt(stmt, "ExpressionStatement", directive.end, directive.loc.end);
    };
    function isSimpleProperty(node) {
      return node && node.type === "Property" && node.kind === "init" && node.method === !1;
    }
    var estreePlugin = function(instance) {
      instance.extend("checkDeclaration", function(inner) {
        return function(node) {
          isSimpleProperty(node) ? this.checkDeclaration(node.value) : inner.call(this, node);
        };
      }), instance.extend("checkGetterSetterParamCount", function() {
        return function(prop) {
          var paramCount = prop.kind === "get" ? 0 : 1;
          if (prop.value.params.length !== paramCount) {
            var start = prop.start;
            prop.kind === "get" ? this.raise(start, "getter should have no params") : this.raise(start, "setter should have exactly one param");
          }
        };
      }), instance.extend("checkLVal", function(inner) {
        return function(expr, isBinding, checkClashes) {
          var _this = this;
          switch (expr.type) {
            case "ObjectPattern":
              expr.properties.forEach(function(prop) {
                _this.checkLVal(prop.type === "Property" ? prop.value : prop, isBinding, checkClashes, "object destructuring pattern");
              });
              break;
            default:
              for (var _len = arguments.length, args = Array(_len > 3 ? _len - 3 : 0), _key = 3; _key < _len; _key++)
                args[_key - 3] = arguments[_key];
              inner.call.apply(inner, [this, expr, isBinding, checkClashes].concat(args));
          }
        };
      }), instance.extend("checkPropClash", function() {
        return function(prop, propHash) {
          if (!(prop.computed || !isSimpleProperty(prop))) {
            var key = prop.key, name = key.type === "Identifier" ? key.name : String(key.value);
            name === "__proto__" && (propHash.proto && this.raise(key.start, "Redefinition of __proto__ property"), propHash.proto = !0);
          }
        };
      }), instance.extend("isStrictBody", function() {
        return function(node, isExpression) {
          if (!isExpression && node.body.body.length > 0)
            for (var _iterator = node.body.body, _isArray = Array.isArray(_iterator), _i = 0, _iterator = _isArray ? _iterator : _iterator[Symbol.iterator](); ; ) {
              var _ref2;
              if (_isArray) {
                if (_i >= _iterator.length) break;
                _ref2 = _iterator[_i++];
              } else {
                if (_i = _iterator.next(), _i.done) break;
                _ref2 = _i.value;
              }
              var directive = _ref2;
              if (directive.type === "ExpressionStatement" && directive.expression.type === "Literal") {
                if (directive.expression.value === "use strict") return !0;
              } else
                break;
            }
          return !1;
        };
      }), instance.extend("isValidDirective", function() {
        return function(stmt) {
          return stmt.type === "ExpressionStatement" && stmt.expression.type === "Literal" && typeof stmt.expression.value == "string" && (!stmt.expression.extra || !stmt.expression.extra.parenthesized);
        };
      }), instance.extend("stmtToDirective", function(inner) {
        return function(stmt) {
          var directive = inner.call(this, stmt), value = stmt.expression.value;
          return directive.value.value = value, directive;
        };
      }), instance.extend("parseBlockBody", function(inner) {
        return function(node) {
          for (var _this2 = this, _len2 = arguments.length, args = Array(_len2 > 1 ? _len2 - 1 : 0), _key2 = 1; _key2 < _len2; _key2++)
            args[_key2 - 1] = arguments[_key2];
          inner.call.apply(inner, [this, node].concat(args)), node.directives.reverse().forEach(function(directive) {
            node.body.unshift(_this2.directiveToStmt(directive));
          }), delete node.directives;
        };
      }), instance.extend("parseClassMethod", function() {
        return function(classBody, method, isGenerator, isAsync) {
          this.parseMethod(method, isGenerator, isAsync), method.typeParameters && (method.value.typeParameters = method.typeParameters, delete method.typeParameters), classBody.body.push(this.finishNode(method, "MethodDefinition"));
        };
      }), instance.extend("parseExprAtom", function(inner) {
        return function() {
          switch (this.state.type) {
            case types.regexp:
              return this.estreeParseRegExpLiteral(this.state.value);
            case types.num:
            case types.string:
              return this.estreeParseLiteral(this.state.value);
            case types._null:
              return this.estreeParseLiteral(null);
            case types._true:
              return this.estreeParseLiteral(!0);
            case types._false:
              return this.estreeParseLiteral(!1);
            default:
              for (var _len3 = arguments.length, args = Array(_len3), _key3 = 0; _key3 < _len3; _key3++)
                args[_key3] = arguments[_key3];
              return inner.call.apply(inner, [this].concat(args));
          }
        };
      }), instance.extend("parseLiteral", function(inner) {
        return function() {
          for (var _len4 = arguments.length, args = Array(_len4), _key4 = 0; _key4 < _len4; _key4++)
            args[_key4] = arguments[_key4];
          var node = inner.call.apply(inner, [this].concat(args));
          return node.raw = node.extra.raw, delete node.extra, node;
        };
      }), instance.extend("parseMethod", function(inner) {
        return function(node) {
          var funcNode = this.startNode();
          funcNode.kind = node.kind;
          for (var _len5 = arguments.length, args = Array(_len5 > 1 ? _len5 - 1 : 0), _key5 = 1; _key5 < _len5; _key5++)
            args[_key5 - 1] = arguments[_key5];
          return funcNode = inner.call.apply(inner, [this, funcNode].concat(args)), delete funcNode.kind, node.value = this.finishNode(funcNode, "FunctionExpression"), node;
        };
      }), instance.extend("parseObjectMethod", function(inner) {
        return function() {
          for (var _len6 = arguments.length, args = Array(_len6), _key6 = 0; _key6 < _len6; _key6++)
            args[_key6] = arguments[_key6];
          var node = inner.call.apply(inner, [this].concat(args));
          return node && (node.kind === "method" && (node.kind = "init"), node.type = "Property"), node;
        };
      }), instance.extend("parseObjectProperty", function(inner) {
        return function() {
          for (var _len7 = arguments.length, args = Array(_len7), _key7 = 0; _key7 < _len7; _key7++)
            args[_key7] = arguments[_key7];
          var node = inner.call.apply(inner, [this].concat(args));
          return node && (node.kind = "init", node.type = "Property"), node;
        };
      }), instance.extend("toAssignable", function(inner) {
        return function(node, isBinding) {
          for (var _len8 = arguments.length, args = Array(_len8 > 2 ? _len8 - 2 : 0), _key8 = 2; _key8 < _len8; _key8++)
            args[_key8 - 2] = arguments[_key8];
          if (isSimpleProperty(node))
            return this.toAssignable.apply(this, [node.value, isBinding].concat(args)), node;
          if (node.type === "ObjectExpression") {
            node.type = "ObjectPattern";
            for (var _iterator2 = node.properties, _isArray2 = Array.isArray(_iterator2), _i2 = 0, _iterator2 = _isArray2 ? _iterator2 : _iterator2[Symbol.iterator](); ; ) {
              var _ref3;
              if (_isArray2) {
                if (_i2 >= _iterator2.length) break;
                _ref3 = _iterator2[_i2++];
              } else {
                if (_i2 = _iterator2.next(), _i2.done) break;
                _ref3 = _i2.value;
              }
              var prop = _ref3;
              prop.kind === "get" || prop.kind === "set" ? this.raise(prop.key.start, "Object pattern can't contain getter or setter") : prop.method ? this.raise(prop.key.start, "Object pattern can't contain methods") : this.toAssignable(prop, isBinding, "object destructuring pattern");
            }
            return node;
          }
          return inner.call.apply(inner, [this, node, isBinding].concat(args));
        };
      });
    }, primitiveTypes = ["any", "mixed", "empty", "bool", "boolean", "number", "string", "void", "null"], pp$8 = Parser.prototype;
    pp$8.flowParseTypeInitialiser = function(tok) {
      var oldInType = this.state.inType;
      this.state.inType = !0, this.expect(tok || types.colon);
      var type = this.flowParseType();
      return this.state.inType = oldInType, type;
    };
    pp$8.flowParsePredicate = function() {
      var node = this.startNode(), moduloLoc = this.state.startLoc, moduloPos = this.state.start;
      this.expect(types.modulo);
      var checksLoc = this.state.startLoc;
      return this.expectContextual("checks"), (moduloLoc.line !== checksLoc.line || moduloLoc.column !== checksLoc.column - 1) && this.raise(moduloPos, "Spaces between \xB4%\xB4 and \xB4checks\xB4 are not allowed here."), this.eat(types.parenL) ? (node.expression = this.parseExpression(), this.expect(types.parenR), this.finishNode(node, "DeclaredPredicate")) : this.finishNode(node, "InferredPredicate");
    };
    pp$8.flowParseTypeAndPredicateInitialiser = function() {
      var oldInType = this.state.inType;
      this.state.inType = !0, this.expect(types.colon);
      var type = null, predicate = null;
      return this.match(types.modulo) ? (this.state.inType = oldInType, predicate = this.flowParsePredicate()) : (type = this.flowParseType(), this.state.inType = oldInType, this.match(types.modulo) && (predicate = this.flowParsePredicate())), [type, predicate];
    };
    pp$8.flowParseDeclareClass = function(node) {
      return this.next(), this.flowParseInterfaceish(node, !0), this.finishNode(node, "DeclareClass");
    };
    pp$8.flowParseDeclareFunction = function(node) {
      this.next();
      var id = node.id = this.parseIdentifier(), typeNode = this.startNode(), typeContainer = this.startNode();
      this.isRelational("<") ? typeNode.typeParameters = this.flowParseTypeParameterDeclaration() : typeNode.typeParameters = null, this.expect(types.parenL);
      var tmp = this.flowParseFunctionTypeParams();
      typeNode.params = tmp.params, typeNode.rest = tmp.rest, this.expect(types.parenR);
      var predicate = null, _flowParseTypeAndPred = this.flowParseTypeAndPredicateInitialiser();
      return typeNode.returnType = _flowParseTypeAndPred[0], predicate = _flowParseTypeAndPred[1], typeContainer.typeAnnotation = this.finishNode(typeNode, "FunctionTypeAnnotation"), typeContainer.predicate = predicate, id.typeAnnotation = this.finishNode(typeContainer, "TypeAnnotation"), this.finishNode(id, id.type), this.semicolon(), this.finishNode(node, "DeclareFunction");
    };
    pp$8.flowParseDeclare = function(node) {
      if (this.match(types._class))
        return this.flowParseDeclareClass(node);
      if (this.match(types._function))
        return this.flowParseDeclareFunction(node);
      if (this.match(types._var))
        return this.flowParseDeclareVariable(node);
      if (this.isContextual("module"))
        return this.lookahead().type === types.dot ? this.flowParseDeclareModuleExports(node) : this.flowParseDeclareModule(node);
      if (this.isContextual("type"))
        return this.flowParseDeclareTypeAlias(node);
      if (this.isContextual("opaque"))
        return this.flowParseDeclareOpaqueType(node);
      if (this.isContextual("interface"))
        return this.flowParseDeclareInterface(node);
      if (this.match(types._export))
        return this.flowParseDeclareExportDeclaration(node);
      this.unexpected();
    };
    pp$8.flowParseDeclareExportDeclaration = function(node) {
      if (this.expect(types._export), this.isContextual("opaque"))
        return node.declaration = this.flowParseDeclare(this.startNode()), node.default = !1, this.finishNode(node, "DeclareExportDeclaration");
      throw this.unexpected();
    };
    pp$8.flowParseDeclareVariable = function(node) {
      return this.next(), node.id = this.flowParseTypeAnnotatableIdentifier(), this.semicolon(), this.finishNode(node, "DeclareVariable");
    };
    pp$8.flowParseDeclareModule = function(node) {
      this.next(), this.match(types.string) ? node.id = this.parseExprAtom() : node.id = this.parseIdentifier();
      var bodyNode = node.body = this.startNode(), body = bodyNode.body = [];
      for (this.expect(types.braceL); !this.match(types.braceR); ) {
        var _bodyNode = this.startNode();
        if (this.match(types._import)) {
          var lookahead = this.lookahead();
          lookahead.value !== "type" && lookahead.value !== "typeof" && this.unexpected(null, "Imports within a `declare module` body must always be `import type` or `import typeof`"), this.parseImport(_bodyNode);
        } else
          this.expectContextual("declare", "Only declares and type imports are allowed inside declare module"), _bodyNode = this.flowParseDeclare(_bodyNode, !0);
        body.push(_bodyNode);
      }
      return this.expect(types.braceR), this.finishNode(bodyNode, "BlockStatement"), this.finishNode(node, "DeclareModule");
    };
    pp$8.flowParseDeclareModuleExports = function(node) {
      return this.expectContextual("module"), this.expect(types.dot), this.expectContextual("exports"), node.typeAnnotation = this.flowParseTypeAnnotation(), this.semicolon(), this.finishNode(node, "DeclareModuleExports");
    };
    pp$8.flowParseDeclareTypeAlias = function(node) {
      return this.next(), this.flowParseTypeAlias(node), this.finishNode(node, "DeclareTypeAlias");
    };
    pp$8.flowParseDeclareOpaqueType = function(node) {
      return this.next(), this.flowParseOpaqueType(node, !0), this.finishNode(node, "DeclareOpaqueType");
    };
    pp$8.flowParseDeclareInterface = function(node) {
      return this.next(), this.flowParseInterfaceish(node), this.finishNode(node, "DeclareInterface");
    };
    pp$8.flowParseInterfaceish = function(node) {
      if (node.id = this.parseIdentifier(), this.isRelational("<") ? node.typeParameters = this.flowParseTypeParameterDeclaration() : node.typeParameters = null, node.extends = [], node.mixins = [], this.eat(types._extends))
        do
          node.extends.push(this.flowParseInterfaceExtends());
        while (this.eat(types.comma));
      if (this.isContextual("mixins")) {
        this.next();
        do
          node.mixins.push(this.flowParseInterfaceExtends());
        while (this.eat(types.comma));
      }
      node.body = this.flowParseObjectType(!0, !1, !1);
    };
    pp$8.flowParseInterfaceExtends = function() {
      var node = this.startNode();
      return node.id = this.flowParseQualifiedTypeIdentifier(), this.isRelational("<") ? node.typeParameters = this.flowParseTypeParameterInstantiation() : node.typeParameters = null, this.finishNode(node, "InterfaceExtends");
    };
    pp$8.flowParseInterface = function(node) {
      return this.flowParseInterfaceish(node, !1), this.finishNode(node, "InterfaceDeclaration");
    };
    pp$8.flowParseRestrictedIdentifier = function(liberal) {
      return primitiveTypes.indexOf(this.state.value) > -1 && this.raise(this.state.start, "Cannot overwrite primitive type " + this.state.value), this.parseIdentifier(liberal);
    };
    pp$8.flowParseTypeAlias = function(node) {
      return node.id = this.flowParseRestrictedIdentifier(), this.isRelational("<") ? node.typeParameters = this.flowParseTypeParameterDeclaration() : node.typeParameters = null, node.right = this.flowParseTypeInitialiser(types.eq), this.semicolon(), this.finishNode(node, "TypeAlias");
    };
    pp$8.flowParseOpaqueType = function(node, declare) {
      return this.expectContextual("type"), node.id = this.flowParseRestrictedIdentifier(), this.isRelational("<") ? node.typeParameters = this.flowParseTypeParameterDeclaration() : node.typeParameters = null, node.supertype = null, this.match(types.colon) && (node.supertype = this.flowParseTypeInitialiser(types.colon)), node.impltype = null, declare || (node.impltype = this.flowParseTypeInitialiser(types.eq)), this.semicolon(), this.finishNode(node, "OpaqueType");
    };
    pp$8.flowParseTypeParameter = function() {
      var node = this.startNode(), variance = this.flowParseVariance(), ident = this.flowParseTypeAnnotatableIdentifier();
      return node.name = ident.name, node.variance = variance, node.bound = ident.typeAnnotation, this.match(types.eq) && (this.eat(types.eq), node.default = this.flowParseType()), this.finishNode(node, "TypeParameter");
    };
    pp$8.flowParseTypeParameterDeclaration = function() {
      var oldInType = this.state.inType, node = this.startNode();
      node.params = [], this.state.inType = !0, this.isRelational("<") || this.match(types.jsxTagStart) ? this.next() : this.unexpected();
      do
        node.params.push(this.flowParseTypeParameter()), this.isRelational(">") || this.expect(types.comma);
      while (!this.isRelational(">"));
      return this.expectRelational(">"), this.state.inType = oldInType, this.finishNode(node, "TypeParameterDeclaration");
    };
    pp$8.flowParseTypeParameterInstantiation = function() {
      var node = this.startNode(), oldInType = this.state.inType;
      for (node.params = [], this.state.inType = !0, this.expectRelational("<"); !this.isRelational(">"); )
        node.params.push(this.flowParseType()), this.isRelational(">") || this.expect(types.comma);
      return this.expectRelational(">"), this.state.inType = oldInType, this.finishNode(node, "TypeParameterInstantiation");
    };
    pp$8.flowParseObjectPropertyKey = function() {
      return this.match(types.num) || this.match(types.string) ? this.parseExprAtom() : this.parseIdentifier(!0);
    };
    pp$8.flowParseObjectTypeIndexer = function(node, isStatic, variance) {
      return node.static = isStatic, this.expect(types.bracketL), this.lookahead().type === types.colon ? (node.id = this.flowParseObjectPropertyKey(), node.key = this.flowParseTypeInitialiser()) : (node.id = null, node.key = this.flowParseType()), this.expect(types.bracketR), node.value = this.flowParseTypeInitialiser(), node.variance = variance, this.flowObjectTypeSemicolon(), this.finishNode(node, "ObjectTypeIndexer");
    };
    pp$8.flowParseObjectTypeMethodish = function(node) {
      for (node.params = [], node.rest = null, node.typeParameters = null, this.isRelational("<") && (node.typeParameters = this.flowParseTypeParameterDeclaration()), this.expect(types.parenL); !this.match(types.parenR) && !this.match(types.ellipsis); )
        node.params.push(this.flowParseFunctionTypeParam()), this.match(types.parenR) || this.expect(types.comma);
      return this.eat(types.ellipsis) && (node.rest = this.flowParseFunctionTypeParam()), this.expect(types.parenR), node.returnType = this.flowParseTypeInitialiser(), this.finishNode(node, "FunctionTypeAnnotation");
    };
    pp$8.flowParseObjectTypeMethod = function(startPos, startLoc, isStatic, key) {
      var node = this.startNodeAt(startPos, startLoc);
      return node.value = this.flowParseObjectTypeMethodish(this.startNodeAt(startPos, startLoc)), node.static = isStatic, node.key = key, node.optional = !1, this.flowObjectTypeSemicolon(), this.finishNode(node, "ObjectTypeProperty");
    };
    pp$8.flowParseObjectTypeCallProperty = function(node, isStatic) {
      var valueNode = this.startNode();
      return node.static = isStatic, node.value = this.flowParseObjectTypeMethodish(valueNode), this.flowObjectTypeSemicolon(), this.finishNode(node, "ObjectTypeCallProperty");
    };
    pp$8.flowParseObjectType = function(allowStatic, allowExact, allowSpread) {
      var oldInType = this.state.inType;
      this.state.inType = !0;
      var nodeStart = this.startNode(), node = void 0, propertyKey = void 0, isStatic = !1;
      nodeStart.callProperties = [], nodeStart.properties = [], nodeStart.indexers = [];
      var endDelim = void 0, exact = void 0;
      for (allowExact && this.match(types.braceBarL) ? (this.expect(types.braceBarL), endDelim = types.braceBarR, exact = !0) : (this.expect(types.braceL), endDelim = types.braceR, exact = !1), nodeStart.exact = exact; !this.match(endDelim); ) {
        var optional = !1, startPos = this.state.start, startLoc = this.state.startLoc;
        node = this.startNode(), allowStatic && this.isContextual("static") && this.lookahead().type !== types.colon && (this.next(), isStatic = !0);
        var variancePos = this.state.start, variance = this.flowParseVariance();
        this.match(types.bracketL) ? nodeStart.indexers.push(this.flowParseObjectTypeIndexer(node, isStatic, variance)) : this.match(types.parenL) || this.isRelational("<") ? (variance && this.unexpected(variancePos), nodeStart.callProperties.push(this.flowParseObjectTypeCallProperty(node, isStatic))) : this.match(types.ellipsis) ? (allowSpread || this.unexpected(null, "Spread operator cannot appear in class or interface definitions"), variance && this.unexpected(variance.start, "Spread properties cannot have variance"), this.expect(types.ellipsis), node.argument = this.flowParseType(), this.flowObjectTypeSemicolon(), nodeStart.properties.push(this.finishNode(node, "ObjectTypeSpreadProperty"))) : (propertyKey = this.flowParseObjectPropertyKey(), this.isRelational("<") || this.match(types.parenL) ? (variance && this.unexpected(variance.start), nodeStart.properties.push(this.flowParseObjectTypeMethod(startPos, startLoc, isStatic, propertyKey))) : (this.eat(types.question) && (optional = !0), node.key = propertyKey, node.value = this.flowParseTypeInitialiser(), node.optional = optional, node.static = isStatic, node.variance = variance, this.flowObjectTypeSemicolon(), nodeStart.properties.push(this.finishNode(node, "ObjectTypeProperty")))), isStatic = !1;
      }
      this.expect(endDelim);
      var out = this.finishNode(nodeStart, "ObjectTypeAnnotation");
      return this.state.inType = oldInType, out;
    };
    pp$8.flowObjectTypeSemicolon = function() {
      !this.eat(types.semi) && !this.eat(types.comma) && !this.match(types.braceR) && !this.match(types.braceBarR) && this.unexpected();
    };
    pp$8.flowParseQualifiedTypeIdentifier = function(startPos, startLoc, id) {
      startPos = startPos || this.state.start, startLoc = startLoc || this.state.startLoc;
      for (var node = id || this.parseIdentifier(); this.eat(types.dot); ) {
        var node2 = this.startNodeAt(startPos, startLoc);
        node2.qualification = node, node2.id = this.parseIdentifier(), node = this.finishNode(node2, "QualifiedTypeIdentifier");
      }
      return node;
    };
    pp$8.flowParseGenericType = function(startPos, startLoc, id) {
      var node = this.startNodeAt(startPos, startLoc);
      return node.typeParameters = null, node.id = this.flowParseQualifiedTypeIdentifier(startPos, startLoc, id), this.isRelational("<") && (node.typeParameters = this.flowParseTypeParameterInstantiation()), this.finishNode(node, "GenericTypeAnnotation");
    };
    pp$8.flowParseTypeofType = function() {
      var node = this.startNode();
      return this.expect(types._typeof), node.argument = this.flowParsePrimaryType(), this.finishNode(node, "TypeofTypeAnnotation");
    };
    pp$8.flowParseTupleType = function() {
      var node = this.startNode();
      for (node.types = [], this.expect(types.bracketL); this.state.pos < this.input.length && !this.match(types.bracketR) && (node.types.push(this.flowParseType()), !this.match(types.bracketR)); )
        this.expect(types.comma);
      return this.expect(types.bracketR), this.finishNode(node, "TupleTypeAnnotation");
    };
    pp$8.flowParseFunctionTypeParam = function() {
      var name = null, optional = !1, typeAnnotation = null, node = this.startNode(), lh = this.lookahead();
      return lh.type === types.colon || lh.type === types.question ? (name = this.parseIdentifier(), this.eat(types.question) && (optional = !0), typeAnnotation = this.flowParseTypeInitialiser()) : typeAnnotation = this.flowParseType(), node.name = name, node.optional = optional, node.typeAnnotation = typeAnnotation, this.finishNode(node, "FunctionTypeParam");
    };
    pp$8.reinterpretTypeAsFunctionTypeParam = function(type) {
      var node = this.startNodeAt(type.start, type.loc.start);
      return node.name = null, node.optional = !1, node.typeAnnotation = type, this.finishNode(node, "FunctionTypeParam");
    };
    pp$8.flowParseFunctionTypeParams = function() {
      for (var params = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : [], ret = { params, rest: null }; !this.match(types.parenR) && !this.match(types.ellipsis); )
        ret.params.push(this.flowParseFunctionTypeParam()), this.match(types.parenR) || this.expect(types.comma);
      return this.eat(types.ellipsis) && (ret.rest = this.flowParseFunctionTypeParam()), ret;
    };
    pp$8.flowIdentToTypeAnnotation = function(startPos, startLoc, node, id) {
      switch (id.name) {
        case "any":
          return this.finishNode(node, "AnyTypeAnnotation");
        case "void":
          return this.finishNode(node, "VoidTypeAnnotation");
        case "bool":
        case "boolean":
          return this.finishNode(node, "BooleanTypeAnnotation");
        case "mixed":
          return this.finishNode(node, "MixedTypeAnnotation");
        case "empty":
          return this.finishNode(node, "EmptyTypeAnnotation");
        case "number":
          return this.finishNode(node, "NumberTypeAnnotation");
        case "string":
          return this.finishNode(node, "StringTypeAnnotation");
        default:
          return this.flowParseGenericType(startPos, startLoc, id);
      }
    };
    pp$8.flowParsePrimaryType = function() {
      var startPos = this.state.start, startLoc = this.state.startLoc, node = this.startNode(), tmp = void 0, type = void 0, isGroupedType = !1, oldNoAnonFunctionType = this.state.noAnonFunctionType;
      switch (this.state.type) {
        case types.name:
          return this.flowIdentToTypeAnnotation(startPos, startLoc, node, this.parseIdentifier());
        case types.braceL:
          return this.flowParseObjectType(!1, !1, !0);
        case types.braceBarL:
          return this.flowParseObjectType(!1, !0, !0);
        case types.bracketL:
          return this.flowParseTupleType();
        case types.relational:
          if (this.state.value === "<")
            return node.typeParameters = this.flowParseTypeParameterDeclaration(), this.expect(types.parenL), tmp = this.flowParseFunctionTypeParams(), node.params = tmp.params, node.rest = tmp.rest, this.expect(types.parenR), this.expect(types.arrow), node.returnType = this.flowParseType(), this.finishNode(node, "FunctionTypeAnnotation");
          break;
        case types.parenL:
          if (this.next(), !this.match(types.parenR) && !this.match(types.ellipsis))
            if (this.match(types.name)) {
              var token = this.lookahead().type;
              isGroupedType = token !== types.question && token !== types.colon;
            } else
              isGroupedType = !0;
          if (isGroupedType) {
            if (this.state.noAnonFunctionType = !1, type = this.flowParseType(), this.state.noAnonFunctionType = oldNoAnonFunctionType, this.state.noAnonFunctionType || !(this.match(types.comma) || this.match(types.parenR) && this.lookahead().type === types.arrow))
              return this.expect(types.parenR), type;
            this.eat(types.comma);
          }
          return type ? tmp = this.flowParseFunctionTypeParams([this.reinterpretTypeAsFunctionTypeParam(type)]) : tmp = this.flowParseFunctionTypeParams(), node.params = tmp.params, node.rest = tmp.rest, this.expect(types.parenR), this.expect(types.arrow), node.returnType = this.flowParseType(), node.typeParameters = null, this.finishNode(node, "FunctionTypeAnnotation");
        case types.string:
          return this.parseLiteral(this.state.value, "StringLiteralTypeAnnotation");
        case types._true:
        case types._false:
          return node.value = this.match(types._true), this.next(), this.finishNode(node, "BooleanLiteralTypeAnnotation");
        case types.plusMin:
          if (this.state.value === "-")
            return this.next(), this.match(types.num) || this.unexpected(null, "Unexpected token, expected number"), this.parseLiteral(-this.state.value, "NumericLiteralTypeAnnotation", node.start, node.loc.start);
          this.unexpected();
        case types.num:
          return this.parseLiteral(this.state.value, "NumericLiteralTypeAnnotation");
        case types._null:
          return node.value = this.match(types._null), this.next(), this.finishNode(node, "NullLiteralTypeAnnotation");
        case types._this:
          return node.value = this.match(types._this), this.next(), this.finishNode(node, "ThisTypeAnnotation");
        case types.star:
          return this.next(), this.finishNode(node, "ExistentialTypeParam");
        default:
          if (this.state.type.keyword === "typeof")
            return this.flowParseTypeofType();
      }
      this.unexpected();
    };
    pp$8.flowParsePostfixType = function() {
      for (var startPos = this.state.start, startLoc = this.state.startLoc, type = this.flowParsePrimaryType(); !this.canInsertSemicolon() && this.match(types.bracketL); ) {
        var node = this.startNodeAt(startPos, startLoc);
        node.elementType = type, this.expect(types.bracketL), this.expect(types.bracketR), type = this.finishNode(node, "ArrayTypeAnnotation");
      }
      return type;
    };
    pp$8.flowParsePrefixType = function() {
      var node = this.startNode();
      return this.eat(types.question) ? (node.typeAnnotation = this.flowParsePrefixType(), this.finishNode(node, "NullableTypeAnnotation")) : this.flowParsePostfixType();
    };
    pp$8.flowParseAnonFunctionWithoutParens = function() {
      var param = this.flowParsePrefixType();
      if (!this.state.noAnonFunctionType && this.eat(types.arrow)) {
        var node = this.startNodeAt(param.start, param.loc.start);
        return node.params = [this.reinterpretTypeAsFunctionTypeParam(param)], node.rest = null, node.returnType = this.flowParseType(), node.typeParameters = null, this.finishNode(node, "FunctionTypeAnnotation");
      }
      return param;
    };
    pp$8.flowParseIntersectionType = function() {
      var node = this.startNode();
      this.eat(types.bitwiseAND);
      var type = this.flowParseAnonFunctionWithoutParens();
      for (node.types = [type]; this.eat(types.bitwiseAND); )
        node.types.push(this.flowParseAnonFunctionWithoutParens());
      return node.types.length === 1 ? type : this.finishNode(node, "IntersectionTypeAnnotation");
    };
    pp$8.flowParseUnionType = function() {
      var node = this.startNode();
      this.eat(types.bitwiseOR);
      var type = this.flowParseIntersectionType();
      for (node.types = [type]; this.eat(types.bitwiseOR); )
        node.types.push(this.flowParseIntersectionType());
      return node.types.length === 1 ? type : this.finishNode(node, "UnionTypeAnnotation");
    };
    pp$8.flowParseType = function() {
      var oldInType = this.state.inType;
      this.state.inType = !0;
      var type = this.flowParseUnionType();
      return this.state.inType = oldInType, type;
    };
    pp$8.flowParseTypeAnnotation = function() {
      var node = this.startNode();
      return node.typeAnnotation = this.flowParseTypeInitialiser(), this.finishNode(node, "TypeAnnotation");
    };
    pp$8.flowParseTypeAndPredicateAnnotation = function() {
      var node = this.startNode(), _flowParseTypeAndPred2 = this.flowParseTypeAndPredicateInitialiser();
      return node.typeAnnotation = _flowParseTypeAndPred2[0], node.predicate = _flowParseTypeAndPred2[1], this.finishNode(node, "TypeAnnotation");
    };
    pp$8.flowParseTypeAnnotatableIdentifier = function() {
      var ident = this.flowParseRestrictedIdentifier();
      return this.match(types.colon) && (ident.typeAnnotation = this.flowParseTypeAnnotation(), this.finishNode(ident, ident.type)), ident;
    };
    pp$8.typeCastToParameter = function(node) {
      return node.expression.typeAnnotation = node.typeAnnotation, this.finishNodeAt(node.expression, node.expression.type, node.typeAnnotation.end, node.typeAnnotation.loc.end);
    };
    pp$8.flowParseVariance = function() {
      var variance = null;
      return this.match(types.plusMin) && (this.state.value === "+" ? variance = "plus" : this.state.value === "-" && (variance = "minus"), this.next()), variance;
    };
    var flowPlugin = function(instance) {
      instance.extend("parseFunctionBody", function(inner) {
        return function(node, allowExpression) {
          return this.match(types.colon) && !allowExpression && (node.returnType = this.flowParseTypeAndPredicateAnnotation()), inner.call(this, node, allowExpression);
        };
      }), instance.extend("parseStatement", function(inner) {
        return function(declaration, topLevel) {
          if (this.state.strict && this.match(types.name) && this.state.value === "interface") {
            var node = this.startNode();
            return this.next(), this.flowParseInterface(node);
          } else
            return inner.call(this, declaration, topLevel);
        };
      }), instance.extend("parseExpressionStatement", function(inner) {
        return function(node, expr) {
          if (expr.type === "Identifier") {
            if (expr.name === "declare") {
              if (this.match(types._class) || this.match(types.name) || this.match(types._function) || this.match(types._var) || this.match(types._export))
                return this.flowParseDeclare(node);
            } else if (this.match(types.name)) {
              if (expr.name === "interface")
                return this.flowParseInterface(node);
              if (expr.name === "type")
                return this.flowParseTypeAlias(node);
              if (expr.name === "opaque")
                return this.flowParseOpaqueType(node, !1);
            }
          }
          return inner.call(this, node, expr);
        };
      }), instance.extend("shouldParseExportDeclaration", function(inner) {
        return function() {
          return this.isContextual("type") || this.isContextual("interface") || this.isContextual("opaque") || inner.call(this);
        };
      }), instance.extend("isExportDefaultSpecifier", function(inner) {
        return function() {
          return this.match(types.name) && (this.state.value === "type" || this.state.value === "interface" || this.state.value === "opaque") ? !1 : inner.call(this);
        };
      }), instance.extend("parseConditional", function(inner) {
        return function(expr, noIn, startPos, startLoc, refNeedsArrowPos) {
          if (refNeedsArrowPos && this.match(types.question)) {
            var state = this.state.clone();
            try {
              return inner.call(this, expr, noIn, startPos, startLoc);
            } catch (err) {
              if (err instanceof SyntaxError)
                return this.state = state, refNeedsArrowPos.start = err.pos || this.state.start, expr;
              throw err;
            }
          }
          return inner.call(this, expr, noIn, startPos, startLoc);
        };
      }), instance.extend("parseParenItem", function(inner) {
        return function(node, startPos, startLoc) {
          if (node = inner.call(this, node, startPos, startLoc), this.eat(types.question) && (node.optional = !0), this.match(types.colon)) {
            var typeCastNode = this.startNodeAt(startPos, startLoc);
            return typeCastNode.expression = node, typeCastNode.typeAnnotation = this.flowParseTypeAnnotation(), this.finishNode(typeCastNode, "TypeCastExpression");
          }
          return node;
        };
      }), instance.extend("parseExport", function(inner) {
        return function(node) {
          return node = inner.call(this, node), node.type === "ExportNamedDeclaration" && (node.exportKind = node.exportKind || "value"), node;
        };
      }), instance.extend("parseExportDeclaration", function(inner) {
        return function(node) {
          if (this.isContextual("type")) {
            node.exportKind = "type";
            var declarationNode = this.startNode();
            return this.next(), this.match(types.braceL) ? (node.specifiers = this.parseExportSpecifiers(), this.parseExportFrom(node), null) : this.flowParseTypeAlias(declarationNode);
          } else if (this.isContextual("opaque")) {
            node.exportKind = "type";
            var _declarationNode = this.startNode();
            return this.next(), this.flowParseOpaqueType(_declarationNode, !1);
          } else if (this.isContextual("interface")) {
            node.exportKind = "type";
            var _declarationNode2 = this.startNode();
            return this.next(), this.flowParseInterface(_declarationNode2);
          } else
            return inner.call(this, node);
        };
      }), instance.extend("parseClassId", function(inner) {
        return function(node) {
          inner.apply(this, arguments), this.isRelational("<") && (node.typeParameters = this.flowParseTypeParameterDeclaration());
        };
      }), instance.extend("isKeyword", function(inner) {
        return function(name) {
          return this.state.inType && name === "void" ? !1 : inner.call(this, name);
        };
      }), instance.extend("readToken", function(inner) {
        return function(code) {
          return this.state.inType && (code === 62 || code === 60) ? this.finishOp(types.relational, 1) : inner.call(this, code);
        };
      }), instance.extend("jsx_readToken", function(inner) {
        return function() {
          if (!this.state.inType) return inner.call(this);
        };
      }), instance.extend("toAssignable", function(inner) {
        return function(node, isBinding, contextDescription) {
          return node.type === "TypeCastExpression" ? inner.call(this, this.typeCastToParameter(node), isBinding, contextDescription) : inner.call(this, node, isBinding, contextDescription);
        };
      }), instance.extend("toAssignableList", function(inner) {
        return function(exprList, isBinding, contextDescription) {
          for (var i = 0; i < exprList.length; i++) {
            var expr = exprList[i];
            expr && expr.type === "TypeCastExpression" && (exprList[i] = this.typeCastToParameter(expr));
          }
          return inner.call(this, exprList, isBinding, contextDescription);
        };
      }), instance.extend("toReferencedList", function() {
        return function(exprList) {
          for (var i = 0; i < exprList.length; i++) {
            var expr = exprList[i];
            expr && expr._exprListItem && expr.type === "TypeCastExpression" && this.raise(expr.start, "Unexpected type cast");
          }
          return exprList;
        };
      }), instance.extend("parseExprListItem", function(inner) {
        return function() {
          for (var container = this.startNode(), _len = arguments.length, args = Array(_len), _key = 0; _key < _len; _key++)
            args[_key] = arguments[_key];
          var node = inner.call.apply(inner, [this].concat(args));
          return this.match(types.colon) ? (container._exprListItem = !0, container.expression = node, container.typeAnnotation = this.flowParseTypeAnnotation(), this.finishNode(container, "TypeCastExpression")) : node;
        };
      }), instance.extend("checkLVal", function(inner) {
        return function(node) {
          if (node.type !== "TypeCastExpression")
            return inner.apply(this, arguments);
        };
      }), instance.extend("parseClassProperty", function(inner) {
        return function(node) {
          return delete node.variancePos, this.match(types.colon) && (node.typeAnnotation = this.flowParseTypeAnnotation()), inner.call(this, node);
        };
      }), instance.extend("isClassMethod", function(inner) {
        return function() {
          return this.isRelational("<") || inner.call(this);
        };
      }), instance.extend("isClassProperty", function(inner) {
        return function() {
          return this.match(types.colon) || inner.call(this);
        };
      }), instance.extend("isNonstaticConstructor", function(inner) {
        return function(method) {
          return !this.match(types.colon) && inner.call(this, method);
        };
      }), instance.extend("parseClassMethod", function(inner) {
        return function(classBody, method) {
          method.variance && this.unexpected(method.variancePos), delete method.variance, delete method.variancePos, this.isRelational("<") && (method.typeParameters = this.flowParseTypeParameterDeclaration());
          for (var _len2 = arguments.length, args = Array(_len2 > 2 ? _len2 - 2 : 0), _key2 = 2; _key2 < _len2; _key2++)
            args[_key2 - 2] = arguments[_key2];
          inner.call.apply(inner, [this, classBody, method].concat(args));
        };
      }), instance.extend("parseClassSuper", function(inner) {
        return function(node, isStatement) {
          if (inner.call(this, node, isStatement), node.superClass && this.isRelational("<") && (node.superTypeParameters = this.flowParseTypeParameterInstantiation()), this.isContextual("implements")) {
            this.next();
            var implemented = node.implements = [];
            do {
              var _node = this.startNode();
              _node.id = this.parseIdentifier(), this.isRelational("<") ? _node.typeParameters = this.flowParseTypeParameterInstantiation() : _node.typeParameters = null, implemented.push(this.finishNode(_node, "ClassImplements"));
            } while (this.eat(types.comma));
          }
        };
      }), instance.extend("parsePropertyName", function(inner) {
        return function(node) {
          var variancePos = this.state.start, variance = this.flowParseVariance(), key = inner.call(this, node);
          return node.variance = variance, node.variancePos = variancePos, key;
        };
      }), instance.extend("parseObjPropValue", function(inner) {
        return function(prop) {
          prop.variance && this.unexpected(prop.variancePos), delete prop.variance, delete prop.variancePos;
          var typeParameters = void 0;
          this.isRelational("<") && (typeParameters = this.flowParseTypeParameterDeclaration(), this.match(types.parenL) || this.unexpected()), inner.apply(this, arguments), typeParameters && ((prop.value || prop).typeParameters = typeParameters);
        };
      }), instance.extend("parseAssignableListItemTypes", function() {
        return function(param) {
          return this.eat(types.question) && (param.optional = !0), this.match(types.colon) && (param.typeAnnotation = this.flowParseTypeAnnotation()), this.finishNode(param, param.type), param;
        };
      }), instance.extend("parseMaybeDefault", function(inner) {
        return function() {
          for (var _len3 = arguments.length, args = Array(_len3), _key3 = 0; _key3 < _len3; _key3++)
            args[_key3] = arguments[_key3];
          var node = inner.apply(this, args);
          return node.type === "AssignmentPattern" && node.typeAnnotation && node.right.start < node.typeAnnotation.start && this.raise(node.typeAnnotation.start, "Type annotations must come before default assignments, e.g. instead of `age = 25: number` use `age: number = 25`"), node;
        };
      }), instance.extend("parseImportSpecifiers", function(inner) {
        return function(node) {
          node.importKind = "value";
          var kind = null;
          if (this.match(types._typeof) ? kind = "typeof" : this.isContextual("type") && (kind = "type"), kind) {
            var lh = this.lookahead();
            (lh.type === types.name && lh.value !== "from" || lh.type === types.braceL || lh.type === types.star) && (this.next(), node.importKind = kind);
          }
          inner.call(this, node);
        };
      }), instance.extend("parseImportSpecifier", function() {
        return function(node) {
          var specifier = this.startNode(), firstIdentLoc = this.state.start, firstIdent = this.parseIdentifier(!0), specifierTypeKind = null;
          firstIdent.name === "type" ? specifierTypeKind = "type" : firstIdent.name === "typeof" && (specifierTypeKind = "typeof");
          var isBinding = !1;
          if (this.isContextual("as")) {
            var as_ident = this.parseIdentifier(!0);
            specifierTypeKind !== null && !this.match(types.name) && !this.state.type.keyword ? (specifier.imported = as_ident, specifier.importKind = specifierTypeKind, specifier.local = as_ident.__clone()) : (specifier.imported = firstIdent, specifier.importKind = null, specifier.local = this.parseIdentifier());
          } else specifierTypeKind !== null && (this.match(types.name) || this.state.type.keyword) ? (specifier.imported = this.parseIdentifier(!0), specifier.importKind = specifierTypeKind, this.eatContextual("as") ? specifier.local = this.parseIdentifier() : (isBinding = !0, specifier.local = specifier.imported.__clone())) : (isBinding = !0, specifier.imported = firstIdent, specifier.importKind = null, specifier.local = specifier.imported.__clone());
          (node.importKind === "type" || node.importKind === "typeof") && (specifier.importKind === "type" || specifier.importKind === "typeof") && this.raise(firstIdentLoc, "`The `type` and `typeof` keywords on named imports can only be used on regular `import` statements. It cannot be used with `import type` or `import typeof` statements`"), isBinding && this.checkReservedWord(specifier.local.name, specifier.start, !0, !0), this.checkLVal(specifier.local, !0, void 0, "import specifier"), node.specifiers.push(this.finishNode(specifier, "ImportSpecifier"));
        };
      }), instance.extend("parseFunctionParams", function(inner) {
        return function(node) {
          this.isRelational("<") && (node.typeParameters = this.flowParseTypeParameterDeclaration()), inner.call(this, node);
        };
      }), instance.extend("parseVarHead", function(inner) {
        return function(decl) {
          inner.call(this, decl), this.match(types.colon) && (decl.id.typeAnnotation = this.flowParseTypeAnnotation(), this.finishNode(decl.id, decl.id.type));
        };
      }), instance.extend("parseAsyncArrowFromCallExpression", function(inner) {
        return function(node, call) {
          if (this.match(types.colon)) {
            var oldNoAnonFunctionType = this.state.noAnonFunctionType;
            this.state.noAnonFunctionType = !0, node.returnType = this.flowParseTypeAnnotation(), this.state.noAnonFunctionType = oldNoAnonFunctionType;
          }
          return inner.call(this, node, call);
        };
      }), instance.extend("shouldParseAsyncArrow", function(inner) {
        return function() {
          return this.match(types.colon) || inner.call(this);
        };
      }), instance.extend("parseMaybeAssign", function(inner) {
        return function() {
          for (var jsxError = null, _len4 = arguments.length, args = Array(_len4), _key4 = 0; _key4 < _len4; _key4++)
            args[_key4] = arguments[_key4];
          if (types.jsxTagStart && this.match(types.jsxTagStart)) {
            var state = this.state.clone();
            try {
              return inner.apply(this, args);
            } catch (err) {
              if (err instanceof SyntaxError)
                this.state = state, this.state.context.length -= 2, jsxError = err;
              else
                throw err;
            }
          }
          if (jsxError != null || this.isRelational("<")) {
            var arrowExpression = void 0, typeParameters = void 0;
            try {
              typeParameters = this.flowParseTypeParameterDeclaration(), arrowExpression = inner.apply(this, args), arrowExpression.typeParameters = typeParameters, arrowExpression.start = typeParameters.start, arrowExpression.loc.start = typeParameters.loc.start;
            } catch (err) {
              throw jsxError || err;
            }
            if (arrowExpression.type === "ArrowFunctionExpression")
              return arrowExpression;
            if (jsxError != null)
              throw jsxError;
            this.raise(typeParameters.start, "Expected an arrow function after this type parameter declaration");
          }
          return inner.apply(this, args);
        };
      }), instance.extend("parseArrow", function(inner) {
        return function(node) {
          if (this.match(types.colon)) {
            var state = this.state.clone();
            try {
              var oldNoAnonFunctionType = this.state.noAnonFunctionType;
              this.state.noAnonFunctionType = !0;
              var returnType = this.flowParseTypeAndPredicateAnnotation();
              this.state.noAnonFunctionType = oldNoAnonFunctionType, this.canInsertSemicolon() && this.unexpected(), this.match(types.arrow) || this.unexpected(), node.returnType = returnType;
            } catch (err) {
              if (err instanceof SyntaxError)
                this.state = state;
              else
                throw err;
            }
          }
          return inner.call(this, node);
        };
      }), instance.extend("shouldParseArrow", function(inner) {
        return function() {
          return this.match(types.colon) || inner.call(this);
        };
      });
    };
    var fromCodePoint = String.fromCodePoint;
    fromCodePoint || (stringFromCharCode = String.fromCharCode, floor = Math.floor, fromCodePoint = function() {
      var MAX_SIZE = 16384, codeUnits = [], highSurrogate = void 0, lowSurrogate = void 0, index = -1, length = arguments.length;
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
    });
    var stringFromCharCode, floor, fromCodePoint$1 = fromCodePoint, XHTMLEntities = {
      quot: '"',
      amp: "&",
      apos: "'",
      lt: "<",
      gt: ">",
      nbsp: "\xA0",
      iexcl: "\xA1",
      cent: "\xA2",
      pound: "\xA3",
      curren: "\xA4",
      yen: "\xA5",
      brvbar: "\xA6",
      sect: "\xA7",
      uml: "\xA8",
      copy: "\xA9",
      ordf: "\xAA",
      laquo: "\xAB",
      not: "\xAC",
      shy: "\xAD",
      reg: "\xAE",
      macr: "\xAF",
      deg: "\xB0",
      plusmn: "\xB1",
      sup2: "\xB2",
      sup3: "\xB3",
      acute: "\xB4",
      micro: "\xB5",
      para: "\xB6",
      middot: "\xB7",
      cedil: "\xB8",
      sup1: "\xB9",
      ordm: "\xBA",
      raquo: "\xBB",
      frac14: "\xBC",
      frac12: "\xBD",
      frac34: "\xBE",
      iquest: "\xBF",
      Agrave: "\xC0",
      Aacute: "\xC1",
      Acirc: "\xC2",
      Atilde: "\xC3",
      Auml: "\xC4",
      Aring: "\xC5",
      AElig: "\xC6",
      Ccedil: "\xC7",
      Egrave: "\xC8",
      Eacute: "\xC9",
      Ecirc: "\xCA",
      Euml: "\xCB",
      Igrave: "\xCC",
      Iacute: "\xCD",
      Icirc: "\xCE",
      Iuml: "\xCF",
      ETH: "\xD0",
      Ntilde: "\xD1",
      Ograve: "\xD2",
      Oacute: "\xD3",
      Ocirc: "\xD4",
      Otilde: "\xD5",
      Ouml: "\xD6",
      times: "\xD7",
      Oslash: "\xD8",
      Ugrave: "\xD9",
      Uacute: "\xDA",
      Ucirc: "\xDB",
      Uuml: "\xDC",
      Yacute: "\xDD",
      THORN: "\xDE",
      szlig: "\xDF",
      agrave: "\xE0",
      aacute: "\xE1",
      acirc: "\xE2",
      atilde: "\xE3",
      auml: "\xE4",
      aring: "\xE5",
      aelig: "\xE6",
      ccedil: "\xE7",
      egrave: "\xE8",
      eacute: "\xE9",
      ecirc: "\xEA",
      euml: "\xEB",
      igrave: "\xEC",
      iacute: "\xED",
      icirc: "\xEE",
      iuml: "\xEF",
      eth: "\xF0",
      ntilde: "\xF1",
      ograve: "\xF2",
      oacute: "\xF3",
      ocirc: "\xF4",
      otilde: "\xF5",
      ouml: "\xF6",
      divide: "\xF7",
      oslash: "\xF8",
      ugrave: "\xF9",
      uacute: "\xFA",
      ucirc: "\xFB",
      uuml: "\xFC",
      yacute: "\xFD",
      thorn: "\xFE",
      yuml: "\xFF",
      OElig: "\u0152",
      oelig: "\u0153",
      Scaron: "\u0160",
      scaron: "\u0161",
      Yuml: "\u0178",
      fnof: "\u0192",
      circ: "\u02C6",
      tilde: "\u02DC",
      Alpha: "\u0391",
      Beta: "\u0392",
      Gamma: "\u0393",
      Delta: "\u0394",
      Epsilon: "\u0395",
      Zeta: "\u0396",
      Eta: "\u0397",
      Theta: "\u0398",
      Iota: "\u0399",
      Kappa: "\u039A",
      Lambda: "\u039B",
      Mu: "\u039C",
      Nu: "\u039D",
      Xi: "\u039E",
      Omicron: "\u039F",
      Pi: "\u03A0",
      Rho: "\u03A1",
      Sigma: "\u03A3",
      Tau: "\u03A4",
      Upsilon: "\u03A5",
      Phi: "\u03A6",
      Chi: "\u03A7",
      Psi: "\u03A8",
      Omega: "\u03A9",
      alpha: "\u03B1",
      beta: "\u03B2",
      gamma: "\u03B3",
      delta: "\u03B4",
      epsilon: "\u03B5",
      zeta: "\u03B6",
      eta: "\u03B7",
      theta: "\u03B8",
      iota: "\u03B9",
      kappa: "\u03BA",
      lambda: "\u03BB",
      mu: "\u03BC",
      nu: "\u03BD",
      xi: "\u03BE",
      omicron: "\u03BF",
      pi: "\u03C0",
      rho: "\u03C1",
      sigmaf: "\u03C2",
      sigma: "\u03C3",
      tau: "\u03C4",
      upsilon: "\u03C5",
      phi: "\u03C6",
      chi: "\u03C7",
      psi: "\u03C8",
      omega: "\u03C9",
      thetasym: "\u03D1",
      upsih: "\u03D2",
      piv: "\u03D6",
      ensp: "\u2002",
      emsp: "\u2003",
      thinsp: "\u2009",
      zwnj: "\u200C",
      zwj: "\u200D",
      lrm: "\u200E",
      rlm: "\u200F",
      ndash: "\u2013",
      mdash: "\u2014",
      lsquo: "\u2018",
      rsquo: "\u2019",
      sbquo: "\u201A",
      ldquo: "\u201C",
      rdquo: "\u201D",
      bdquo: "\u201E",
      dagger: "\u2020",
      Dagger: "\u2021",
      bull: "\u2022",
      hellip: "\u2026",
      permil: "\u2030",
      prime: "\u2032",
      Prime: "\u2033",
      lsaquo: "\u2039",
      rsaquo: "\u203A",
      oline: "\u203E",
      frasl: "\u2044",
      euro: "\u20AC",
      image: "\u2111",
      weierp: "\u2118",
      real: "\u211C",
      trade: "\u2122",
      alefsym: "\u2135",
      larr: "\u2190",
      uarr: "\u2191",
      rarr: "\u2192",
      darr: "\u2193",
      harr: "\u2194",
      crarr: "\u21B5",
      lArr: "\u21D0",
      uArr: "\u21D1",
      rArr: "\u21D2",
      dArr: "\u21D3",
      hArr: "\u21D4",
      forall: "\u2200",
      part: "\u2202",
      exist: "\u2203",
      empty: "\u2205",
      nabla: "\u2207",
      isin: "\u2208",
      notin: "\u2209",
      ni: "\u220B",
      prod: "\u220F",
      sum: "\u2211",
      minus: "\u2212",
      lowast: "\u2217",
      radic: "\u221A",
      prop: "\u221D",
      infin: "\u221E",
      ang: "\u2220",
      and: "\u2227",
      or: "\u2228",
      cap: "\u2229",
      cup: "\u222A",
      int: "\u222B",
      there4: "\u2234",
      sim: "\u223C",
      cong: "\u2245",
      asymp: "\u2248",
      ne: "\u2260",
      equiv: "\u2261",
      le: "\u2264",
      ge: "\u2265",
      sub: "\u2282",
      sup: "\u2283",
      nsub: "\u2284",
      sube: "\u2286",
      supe: "\u2287",
      oplus: "\u2295",
      otimes: "\u2297",
      perp: "\u22A5",
      sdot: "\u22C5",
      lceil: "\u2308",
      rceil: "\u2309",
      lfloor: "\u230A",
      rfloor: "\u230B",
      lang: "\u2329",
      rang: "\u232A",
      loz: "\u25CA",
      spades: "\u2660",
      clubs: "\u2663",
      hearts: "\u2665",
      diams: "\u2666"
    }, HEX_NUMBER = /^[\da-fA-F]+$/, DECIMAL_NUMBER = /^\d+$/;
    types$1.j_oTag = new TokContext("<tag", !1);
    types$1.j_cTag = new TokContext("</tag", !1);
    types$1.j_expr = new TokContext("<tag>...</tag>", !0, !0);
    types.jsxName = new TokenType("jsxName");
    types.jsxText = new TokenType("jsxText", { beforeExpr: !0 });
    types.jsxTagStart = new TokenType("jsxTagStart", { startsExpr: !0 });
    types.jsxTagEnd = new TokenType("jsxTagEnd");
    types.jsxTagStart.updateContext = function() {
      this.state.context.push(types$1.j_expr), this.state.context.push(types$1.j_oTag), this.state.exprAllowed = !1;
    };
    types.jsxTagEnd.updateContext = function(prevType) {
      var out = this.state.context.pop();
      out === types$1.j_oTag && prevType === types.slash || out === types$1.j_cTag ? (this.state.context.pop(), this.state.exprAllowed = this.curContext() === types$1.j_expr) : this.state.exprAllowed = !0;
    };
    var pp$9 = Parser.prototype;
    pp$9.jsxReadToken = function() {
      for (var out = "", chunkStart = this.state.pos; ; ) {
        this.state.pos >= this.input.length && this.raise(this.state.start, "Unterminated JSX contents");
        var ch = this.input.charCodeAt(this.state.pos);
        switch (ch) {
          case 60:
          // "<"
          case 123:
            return this.state.pos === this.state.start ? ch === 60 && this.state.exprAllowed ? (++this.state.pos, this.finishToken(types.jsxTagStart)) : this.getTokenFromCode(ch) : (out += this.input.slice(chunkStart, this.state.pos), this.finishToken(types.jsxText, out));
          case 38:
            out += this.input.slice(chunkStart, this.state.pos), out += this.jsxReadEntity(), chunkStart = this.state.pos;
            break;
          default:
            isNewLine(ch) ? (out += this.input.slice(chunkStart, this.state.pos), out += this.jsxReadNewLine(!0), chunkStart = this.state.pos) : ++this.state.pos;
        }
      }
    };
    pp$9.jsxReadNewLine = function(normalizeCRLF) {
      var ch = this.input.charCodeAt(this.state.pos), out = void 0;
      return ++this.state.pos, ch === 13 && this.input.charCodeAt(this.state.pos) === 10 ? (++this.state.pos, out = normalizeCRLF ? `
` : `\r
`) : out = String.fromCharCode(ch), ++this.state.curLine, this.state.lineStart = this.state.pos, out;
    };
    pp$9.jsxReadString = function(quote) {
      for (var out = "", chunkStart = ++this.state.pos; ; ) {
        this.state.pos >= this.input.length && this.raise(this.state.start, "Unterminated string constant");
        var ch = this.input.charCodeAt(this.state.pos);
        if (ch === quote) break;
        ch === 38 ? (out += this.input.slice(chunkStart, this.state.pos), out += this.jsxReadEntity(), chunkStart = this.state.pos) : isNewLine(ch) ? (out += this.input.slice(chunkStart, this.state.pos), out += this.jsxReadNewLine(!1), chunkStart = this.state.pos) : ++this.state.pos;
      }
      return out += this.input.slice(chunkStart, this.state.pos++), this.finishToken(types.string, out);
    };
    pp$9.jsxReadEntity = function() {
      for (var str = "", count = 0, entity = void 0, ch = this.input[this.state.pos], startPos = ++this.state.pos; this.state.pos < this.input.length && count++ < 10; ) {
        if (ch = this.input[this.state.pos++], ch === ";") {
          str[0] === "#" ? str[1] === "x" ? (str = str.substr(2), HEX_NUMBER.test(str) && (entity = fromCodePoint$1(parseInt(str, 16)))) : (str = str.substr(1), DECIMAL_NUMBER.test(str) && (entity = fromCodePoint$1(parseInt(str, 10)))) : entity = XHTMLEntities[str];
          break;
        }
        str += ch;
      }
      return entity || (this.state.pos = startPos, "&");
    };
    pp$9.jsxReadWord = function() {
      var ch = void 0, start = this.state.pos;
      do
        ch = this.input.charCodeAt(++this.state.pos);
      while (isIdentifierChar(ch) || ch === 45);
      return this.finishToken(types.jsxName, this.input.slice(start, this.state.pos));
    };
    function getQualifiedJSXName(object) {
      if (object.type === "JSXIdentifier")
        return object.name;
      if (object.type === "JSXNamespacedName")
        return object.namespace.name + ":" + object.name.name;
      if (object.type === "JSXMemberExpression")
        return getQualifiedJSXName(object.object) + "." + getQualifiedJSXName(object.property);
    }
    pp$9.jsxParseIdentifier = function() {
      var node = this.startNode();
      return this.match(types.jsxName) ? node.name = this.state.value : this.state.type.keyword ? node.name = this.state.type.keyword : this.unexpected(), this.next(), this.finishNode(node, "JSXIdentifier");
    };
    pp$9.jsxParseNamespacedName = function() {
      var startPos = this.state.start, startLoc = this.state.startLoc, name = this.jsxParseIdentifier();
      if (!this.eat(types.colon)) return name;
      var node = this.startNodeAt(startPos, startLoc);
      return node.namespace = name, node.name = this.jsxParseIdentifier(), this.finishNode(node, "JSXNamespacedName");
    };
    pp$9.jsxParseElementName = function() {
      for (var startPos = this.state.start, startLoc = this.state.startLoc, node = this.jsxParseNamespacedName(); this.eat(types.dot); ) {
        var newNode = this.startNodeAt(startPos, startLoc);
        newNode.object = node, newNode.property = this.jsxParseIdentifier(), node = this.finishNode(newNode, "JSXMemberExpression");
      }
      return node;
    };
    pp$9.jsxParseAttributeValue = function() {
      var node = void 0;
      switch (this.state.type) {
        case types.braceL:
          if (node = this.jsxParseExpressionContainer(), node.expression.type === "JSXEmptyExpression")
            this.raise(node.start, "JSX attributes must only be assigned a non-empty expression");
          else
            return node;
        case types.jsxTagStart:
        case types.string:
          return node = this.parseExprAtom(), node.extra = null, node;
        default:
          this.raise(this.state.start, "JSX value should be either an expression or a quoted JSX text");
      }
    };
    pp$9.jsxParseEmptyExpression = function() {
      var node = this.startNodeAt(this.state.lastTokEnd, this.state.lastTokEndLoc);
      return this.finishNodeAt(node, "JSXEmptyExpression", this.state.start, this.state.startLoc);
    };
    pp$9.jsxParseSpreadChild = function() {
      var node = this.startNode();
      return this.expect(types.braceL), this.expect(types.ellipsis), node.expression = this.parseExpression(), this.expect(types.braceR), this.finishNode(node, "JSXSpreadChild");
    };
    pp$9.jsxParseExpressionContainer = function() {
      var node = this.startNode();
      return this.next(), this.match(types.braceR) ? node.expression = this.jsxParseEmptyExpression() : node.expression = this.parseExpression(), this.expect(types.braceR), this.finishNode(node, "JSXExpressionContainer");
    };
    pp$9.jsxParseAttribute = function() {
      var node = this.startNode();
      return this.eat(types.braceL) ? (this.expect(types.ellipsis), node.argument = this.parseMaybeAssign(), this.expect(types.braceR), this.finishNode(node, "JSXSpreadAttribute")) : (node.name = this.jsxParseNamespacedName(), node.value = this.eat(types.eq) ? this.jsxParseAttributeValue() : null, this.finishNode(node, "JSXAttribute"));
    };
    pp$9.jsxParseOpeningElementAt = function(startPos, startLoc) {
      var node = this.startNodeAt(startPos, startLoc);
      for (node.attributes = [], node.name = this.jsxParseElementName(); !this.match(types.slash) && !this.match(types.jsxTagEnd); )
        node.attributes.push(this.jsxParseAttribute());
      return node.selfClosing = this.eat(types.slash), this.expect(types.jsxTagEnd), this.finishNode(node, "JSXOpeningElement");
    };
    pp$9.jsxParseClosingElementAt = function(startPos, startLoc) {
      var node = this.startNodeAt(startPos, startLoc);
      return node.name = this.jsxParseElementName(), this.expect(types.jsxTagEnd), this.finishNode(node, "JSXClosingElement");
    };
    pp$9.jsxParseElementAt = function(startPos, startLoc) {
      var node = this.startNodeAt(startPos, startLoc), children = [], openingElement = this.jsxParseOpeningElementAt(startPos, startLoc), closingElement = null;
      if (!openingElement.selfClosing) {
        contents: for (; ; )
          switch (this.state.type) {
            case types.jsxTagStart:
              if (startPos = this.state.start, startLoc = this.state.startLoc, this.next(), this.eat(types.slash)) {
                closingElement = this.jsxParseClosingElementAt(startPos, startLoc);
                break contents;
              }
              children.push(this.jsxParseElementAt(startPos, startLoc));
              break;
            case types.jsxText:
              children.push(this.parseExprAtom());
              break;
            case types.braceL:
              this.lookahead().type === types.ellipsis ? children.push(this.jsxParseSpreadChild()) : children.push(this.jsxParseExpressionContainer());
              break;
            // istanbul ignore next - should never happen
            default:
              this.unexpected();
          }
        getQualifiedJSXName(closingElement.name) !== getQualifiedJSXName(openingElement.name) && this.raise(closingElement.start, "Expected corresponding JSX closing tag for <" + getQualifiedJSXName(openingElement.name) + ">");
      }
      return node.openingElement = openingElement, node.closingElement = closingElement, node.children = children, this.match(types.relational) && this.state.value === "<" && this.raise(this.state.start, "Adjacent JSX elements must be wrapped in an enclosing tag"), this.finishNode(node, "JSXElement");
    };
    pp$9.jsxParseElement = function() {
      var startPos = this.state.start, startLoc = this.state.startLoc;
      return this.next(), this.jsxParseElementAt(startPos, startLoc);
    };
    var jsxPlugin = function(instance) {
      instance.extend("parseExprAtom", function(inner) {
        return function(refShortHandDefaultPos) {
          if (this.match(types.jsxText)) {
            var node = this.parseLiteral(this.state.value, "JSXText");
            return node.extra = null, node;
          } else return this.match(types.jsxTagStart) ? this.jsxParseElement() : inner.call(this, refShortHandDefaultPos);
        };
      }), instance.extend("readToken", function(inner) {
        return function(code) {
          if (this.state.inPropertyName) return inner.call(this, code);
          var context = this.curContext();
          if (context === types$1.j_expr)
            return this.jsxReadToken();
          if (context === types$1.j_oTag || context === types$1.j_cTag) {
            if (isIdentifierStart(code))
              return this.jsxReadWord();
            if (code === 62)
              return ++this.state.pos, this.finishToken(types.jsxTagEnd);
            if ((code === 34 || code === 39) && context === types$1.j_oTag)
              return this.jsxReadString(code);
          }
          return code === 60 && this.state.exprAllowed ? (++this.state.pos, this.finishToken(types.jsxTagStart)) : inner.call(this, code);
        };
      }), instance.extend("updateContext", function(inner) {
        return function(prevType) {
          if (this.match(types.braceL)) {
            var curContext = this.curContext();
            curContext === types$1.j_oTag ? this.state.context.push(types$1.braceExpression) : curContext === types$1.j_expr ? this.state.context.push(types$1.templateQuasi) : inner.call(this, prevType), this.state.exprAllowed = !0;
          } else if (this.match(types.slash) && prevType === types.jsxTagStart)
            this.state.context.length -= 2, this.state.context.push(types$1.j_cTag), this.state.exprAllowed = !1;
          else
            return inner.call(this, prevType);
        };
      });
    };
    plugins.estree = estreePlugin;
    plugins.flow = flowPlugin;
    plugins.jsx = jsxPlugin;
    function parse2(input, options) {
      return new Parser(options, input).parse();
    }
    function parseExpression(input, options) {
      var parser = new Parser(options, input);
      return parser.options.strictMode && (parser.state.strict = !0), parser.getExpression();
    }
    exports.parse = parse2;
    exports.parseExpression = parseExpression;
    exports.tokTypes = types;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/arithmetic-expansion.js
var require_arithmetic_expansion = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/arithmetic-expansion.js"(exports, module) {
    "use strict";
    var map = require_map_iterable(), babylon = require_lib(), MagicString = require_magic_string_cjs(), tokens = require_tokens(), fieldSplitting = require_field_splitting();
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
            ), xp.resolved = !0;
          }
        return token.alterValue(magic.toString());
      }
      return token;
    });
    module.exports = arithmeticExpansion;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/alias-substitution.js
var require_alias_substitution2 = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/alias-substitution.js"(exports, module) {
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
    module.exports = (options, mode, previousPhases) => {
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

// node_modules/to-no-case/index.js
var require_to_no_case = __commonJS({
  "node_modules/to-no-case/index.js"(exports, module) {
    module.exports = toNoCase;
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

// node_modules/to-space-case/index.js
var require_to_space_case = __commonJS({
  "node_modules/to-space-case/index.js"(exports, module) {
    var clean = require_to_no_case();
    module.exports = toSpaceCase;
    function toSpaceCase(string) {
      return clean(string).replace(/[\W_]+(.|$)/g, function(matches, match) {
        return match ? " " + match : "";
      }).trim();
    }
  }
});

// node_modules/to-pascal-case/index.js
var require_to_pascal_case = __commonJS({
  "node_modules/to-pascal-case/index.js"(exports, module) {
    var space = require_to_space_case();
    module.exports = toPascalCase;
    function toPascalCase(string) {
      return space(string).replace(/(?:^|\s)(\w)/g, function(matches, letter) {
        return letter.toUpperCase();
      });
    }
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/default-node-type.js
var require_default_node_type = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/default-node-type.js"(exports, module) {
    "use strict";
    var toPascal = require_to_pascal_case(), map = require_map_iterable();
    module.exports = () => map((token) => {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/tilde-expanding.js
var require_tilde_expanding = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/tilde-expanding.js"(exports, module) {
    "use strict";
    var map = require_map_iterable(), tokens = require_tokens(), replace = (text, resolveHomeUser) => {
      let replaced = !1, result = text.replace(/^~([^\/]*)\//, (match, p1) => (replaced = !0, resolveHomeUser(p1 || null) + "/"));
      return replaced || (result = text.replace(/^~(.*)$/, (match, p1) => resolveHomeUser(p1 || null))), result;
    };
    module.exports = (options) => map((token) => {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/path-expansion.js
var require_path_expansion = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/path-expansion.js"(exports, module) {
    "use strict";
    var map = require_map_iterable(), tokens = require_tokens();
    module.exports = (options) => map((token) => {
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

// node_modules/shell-quote-word/index.js
var require_shell_quote_word = __commonJS({
  "node_modules/shell-quote-word/index.js"(exports, module) {
    "use strict";
    var META2 = "|&;()<> \\t", BAREWORD = `(\\\\['"` + META2 + `]|[^\\s'"` + META2 + "])+", SINGLE_QUOTE = '"((\\\\"|[^"])*?)"', DOUBLE_QUOTE = "'((\\\\'|[^'])*?)'", TOKEN = "";
    for (i = 0; i < 4; i++)
      TOKEN += (Math.pow(16, 8) * Math.random()).toString(16);
    var i;
    module.exports = function(s) {
      var chunker = new RegExp([
        "(" + BAREWORD + "|" + SINGLE_QUOTE + "|" + DOUBLE_QUOTE + ")*"
      ].join("|"), "g"), match = s.match(chunker).filter(Boolean), commented = !1;
      return match ? match.map((s2, j) => {
        if (!commented) {
          for (var SQ = "'", DQ = '"', BS = "\\", quote = !1, esc = !1, out = "", i2 = 0, len = s2.length; i2 < len; i2++) {
            var c = s2.charAt(i2);
            if (esc)
              out += c, esc = !1;
            else if (quote)
              c === quote ? quote = !1 : quote === SQ ? out += c : c === BS ? (i2 += 1, c = s2.charAt(i2), c === DQ || c === BS ? out += c : out += BS + c) : out += c;
            else if (c === DQ || c === SQ)
              quote = c;
            else {
              if (RegExp("^#$").test(c))
                return commented = !0, out.length ? [out, { comment: s2.slice(i2 + 1) + match.slice(j + 1).join(" ") }] : [{ comment: s2.slice(i2 + 1) + match.slice(j + 1).join(" ") }];
              c === BS ? esc = !0 : out += c;
            }
          }
          return out;
        }
      }).reduce((prev, arg) => arg === void 0 ? prev : prev.concat(arg), []) : [];
    };
  }
});

// node_modules/string.fromcodepoint/fromcodepoint.js
var require_fromcodepoint = __commonJS({
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
        configurable: !0,
        writable: !0
      }) : String.fromCodePoint = fromCodePoint;
    })();
  }
});

// node_modules/unescape-js/dist/index.js
var require_dist = __commonJS({
  "node_modules/unescape-js/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: !0
    });
    exports.default = void 0;
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
    exports.default = _default;
    module.exports = exports.default;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/quote-removal.js
var require_quote_removal = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/quote-removal.js"(exports, module) {
    "use strict";
    var parse2 = require_shell_quote_word(), unescape = require_dist(), map = require_map_iterable(), tokens = require_tokens();
    function unquote(text) {
      let unquoted = parse2(text);
      return unquoted.length === 0 ? text : unquoted[0].comment ? "" : unescape(unquoted[0]);
    }
    function unresolvedExpansions(token) {
      return token.expansion ? token.expansion.filter((xp) => !xp.resolved).length > 0 : !1;
    }
    module.exports = () => map((token) => (token.is("WORD") || token.is("ASSIGNMENT_WORD")) && !unresolvedExpansions(token) ? tokens.setValue(token, unquote(token.value)) : token);
  }
});

// node_modules/iterable-lookahead/index.js
var require_iterable_lookahead = __commonJS({
  "node_modules/iterable-lookahead/index.js"(exports, module) {
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
            return { done: !0 };
          let value = aheadCache.shift();
          return behindCache.unshift(value), behindCache.pop(), { done: !1, value };
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
    module.exports = lookahead;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/identify-simplecommand-names.js
var require_identify_simplecommand_names = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/identify-simplecommand-names.js"(exports, module) {
    "use strict";
    var lookahead = require_iterable_lookahead(), compose = require_compose_function(), map = require_map_iterable(), isValidName = require_is_valid_name();
    function couldEndSimpleCommand(scTk) {
      return scTk && (scTk.is("SEPARATOR_OP") || scTk.is("NEWLINE") || scTk.is("NEWLINE_LIST") || scTk.value === ";" || scTk.is("PIPE") || scTk.is("OR_IF") || scTk.is("PIPE") || scTk.is("AND_IF"));
    }
    function couldBeCommandName(tk) {
      return tk && tk.is("WORD") && isValidName(tk.value);
    }
    module.exports = (options, mode) => compose(
      map((tk, idx, iterable) => {
        if (tk._.maybeStartOfSimpleCommand)
          if (couldBeCommandName(tk))
            tk._.maybeSimpleCommandName = !0;
          else {
            let next = iterable.ahead(1);
            next && !couldEndSimpleCommand(next) && (next._.commandNameNotFoundYet = !0);
          }
        if (tk._.commandNameNotFoundYet) {
          let last = iterable.behind(1);
          if (!mode.enums.IOFileOperators.isOperator(last) && couldBeCommandName(tk))
            tk._.maybeSimpleCommandName = !0;
          else {
            let next = iterable.ahead(1);
            next && !couldEndSimpleCommand(next) && (next._.commandNameNotFoundYet = !0);
          }
          delete tk._.commandNameNotFoundYet;
        }
        return tk;
      }),
      lookahead
    );
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/identify-maybe-simple-commands.js
var require_identify_maybe_simple_commands = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/identify-maybe-simple-commands.js"(exports, module) {
    "use strict";
    var values = require_object_values(), compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    module.exports = function(options, mode) {
      return compose(map((tk, idx, iterable) => {
        let last = iterable.behind(1) || { EMPTY: !0, is: (type) => type === "EMPTY" };
        return tk._.maybeStartOfSimpleCommand = !!(last.is("EMPTY") || last.is("SEPARATOR_OP") || last.is("OPEN_PAREN") || last.is("CLOSE_PAREN") || last.is("NEWLINE") || last.is("NEWLINE_LIST") || last.is("TOKEN") === ";" || last.is("PIPE") || last.is("DSEMI") || last.is("OR_IF") || last.is("PIPE") || last.is("AND_IF") || !last.is("For") && !last.is("In") && !last.is("Case") && values(mode.enums.reservedWords).some((word) => last.is(word))), tk;
      }), lookahead);
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/operator-tokens.js
var require_operator_tokens = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/operator-tokens.js"(exports, module) {
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
    module.exports = (options, mode) => map(
      tokens.applyTokenizerVisitor(reduceToOperatorTokenVisitor(mode.enums.operators))
    );
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/reserved-words.js
var require_reserved_words = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/reserved-words.js"(exports, module) {
    "use strict";
    var hasOwnProperty = require_has_own_property(), values = require_object_values(), compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    function isValidReservedWordPosition(tk, iterable, words) {
      let last = iterable.behind(1) || { EMPTY: !0, is: (type) => type === "EMPTY" }, twoAgo = iterable.behind(2) || { EMPTY: !0, is: (type) => type === "EMPTY" }, startOfCommand = last.is("EMPTY") || last.is("SEPARATOR_OP") || last.is("OPEN_PAREN") || last.is("CLOSE_PAREN") || last.is("NEWLINE") || last.is("NEWLINE_LIST") || last.is("DSEMI") || last.value === ";" || last.is("PIPE") || last.is("OR_IF") || last.is("PIPE") || last.is("AND_IF"), lastIsReservedWord = !last.value === "for" && !last.value === "in" && !last.value === "case" && values(words).some((word) => last.is(word)), thirdInCase = twoAgo.value === "case" && tk.is("TOKEN") && tk.value.toLowerCase() === "in", thirdInFor = twoAgo.value === "for" && tk.is("TOKEN") && (tk.value.toLowerCase() === "in" || tk.value.toLowerCase() === "do");
      return tk.value === "}" || startOfCommand || lastIsReservedWord || thirdInFor || thirdInCase;
    }
    module.exports = function(options, mode) {
      return compose(map((tk, idx, iterable) => isValidReservedWordPosition(tk, iterable, mode.enums.reservedWords) && hasOwnProperty(mode.enums.reservedWords, tk.value) ? tk.changeTokenType(mode.enums.reservedWords[tk.value], tk.value) : tk.is("TOKEN") ? tk.changeTokenType("WORD", tk.value) : tk), lookahead.depth(2));
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/vendored/filter-iterator.js
var require_filter_iterator = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/filter-iterator.js"(exports, module) {
    "use strict";
    module.exports = filterIterator;
    function* filterIterator(xs, pred) {
      for (let x of xs)
        pred(x) && (yield x);
    }
  }
});

// node_modules/reverse-arguments/index.js
var require_reverse_arguments = __commonJS({
  "node_modules/reverse-arguments/index.js"(exports, module) {
    module.exports = function(fn, scope) {
      return function() {
        var args = Array.prototype.slice.call(arguments);
        return fn.apply(scope || this, args.reverse());
      };
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/utils/filter.js
var require_filter = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/utils/filter.js"(exports, module) {
    "use strict";
    var filterIterator = require_filter_iterator(), reverse = require_reverse_arguments(), curry = require_lodash(), filter = curry(reverse(filterIterator), 2);
    module.exports = filter;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/utils/non-null.js
var require_non_null = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/utils/non-null.js"(exports, module) {
    "use strict";
    var filter = require_filter(), nonNull = (tk) => tk !== null;
    module.exports = filter(nonNull);
    filter.predicate = nonNull;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/separator.js
var require_separator = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/separator.js"(exports, module) {
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
        nextTk._.joinedToSeparator = !0, i++, newTk = newTk.appendTo(nextTk.value), nextTk = iterable.ahead(i);
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
    module.exports = () => compose(
      filterNonNull,
      map(
        tokens.applyTokenizerVisitor(AccumulateSeparators)
      ),
      lookahead.depth(10)
    );
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/linebreak-in.js
var require_linebreak_in = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/linebreak-in.js"(exports, module) {
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
    module.exports = () => compose(
      filterNonNull,
      map(
        tokens.applyTokenizerVisitor(ReplaceWithLineBreakIn)
      ),
      lookahead
    );
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/for-name-variable.js
var require_for_name_variable = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/for-name-variable.js"(exports, module) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead(), isValidName = require_is_valid_name();
    module.exports = function() {
      return compose(map((tk, idx, iterable) => (iterable.behind(1) || { is: () => !1 }).is("For") && tk.is("WORD") && isValidName(tk.value) ? tk.changeTokenType("NAME", tk.value) : tk), lookahead);
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/function-name.js
var require_function_name = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/function-name.js"(exports, module) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    module.exports = function() {
      return compose(map((tk, idx, iterable) => (tk._.maybeStartOfSimpleCommand && tk.is("WORD") && iterable.ahead(2) && iterable.ahead(1).is("OPEN_PAREN") && iterable.ahead(2).is("CLOSE_PAREN") && (tk = tk.changeTokenType("NAME", tk.value)), tk)), lookahead.depth(2));
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/io-number.js
var require_io_number = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/io-number.js"(exports, module) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    module.exports = function(options, mode) {
      return compose(map((tk, idx, iterable) => {
        let next = iterable.ahead(1);
        return tk && tk.is("WORD") && tk.value.match(/^[0-9]+$/) && mode.enums.IOFileOperators.isOperator(next) ? tk.changeTokenType("IO_NUMBER", tk.value) : tk;
      }), lookahead);
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/new-line-list.js
var require_new_line_list = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/new-line-list.js"(exports, module) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead(), tokens = require_tokens(), filterNonNull = require_non_null(), SkipRepeatedNewLines = {
      NEWLINE(tk, iterable) {
        return (iterable.behind(1) || tokens.mkToken("EMPTY")).is("NEWLINE") ? null : tokens.changeTokenType(tk, "NEWLINE_LIST", `
`);
      }
    };
    module.exports = () => compose(
      filterNonNull,
      map(
        tokens.applyTokenizerVisitor(SkipRepeatedNewLines)
      ),
      lookahead
    );
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/assignment-word.js
var require_assignment_word = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/assignment-word.js"(exports, module) {
    "use strict";
    var map = require_map_iterable(), isValidName = require_is_valid_name();
    module.exports = function() {
      return map((tk, idx, ctx) => (tk._.maybeStartOfSimpleCommand && (ctx.commandPrefixNotAllowed = !1), !ctx.commandPrefixNotAllowed && tk.is("WORD") && tk.value.indexOf("=") > 0 && // left part must be a valid name
      isValidName(tk.value.slice(0, tk.value.indexOf("="))) ? tk.changeTokenType("ASSIGNMENT_WORD", tk.value) : (ctx.commandPrefixNotAllowed = !0, tk)));
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/syntaxerror-oncontinue.js
var require_syntaxerror_oncontinue = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/syntaxerror-oncontinue.js"(exports, module) {
    "use strict";
    var map = require_map_iterable();
    module.exports = function() {
      return map((tk) => {
        if (tk && tk.is("CONTINUE"))
          throw new SyntaxError("Unclosed " + tk.value);
        return tk;
      });
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/index.js
var require_rules = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/index.js"(exports) {
    "use strict";
    exports.parameterExpansion = require_parameter_expansion();
    exports.commandExpansion = require_command_expansion();
    exports.arithmeticExpansion = require_arithmetic_expansion();
    exports.aliasSubstitution = require_alias_substitution2();
    exports.defaultNodeType = require_default_node_type();
    exports.fieldSplitting = require_field_splitting();
    exports.tildeExpanding = require_tilde_expanding();
    exports.pathExpansion = require_path_expansion();
    exports.quoteRemoval = require_quote_removal();
    exports.identifySimpleCommandNames = require_identify_simplecommand_names();
    exports.identifyMaybeSimpleCommands = require_identify_maybe_simple_commands();
    exports.operatorTokens = require_operator_tokens();
    exports.reservedWords = require_reserved_words();
    exports.separator = require_separator();
    exports.linebreakIn = require_linebreak_in();
    exports.forNameVariable = require_for_name_variable();
    exports.functionName = require_function_name();
    exports.ioNumber = require_io_number();
    exports.newLineList = require_new_line_list();
    exports.assignmentWord = require_assignment_word();
    exports.syntaxerrorOnContinue = require_syntaxerror_oncontinue();
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/grammar.js
var require_grammar = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/grammar.js"(exports, module) {
    module.exports = {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/io-file-operators.js
var require_io_file_operators = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/io-file-operators.js"(exports, module) {
    "use strict";
    var ioFileOperators = module.exports = [
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
          return !0;
      return !1;
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/parameter-operators.js
var require_parameter_operators = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/parameter-operators.js"(exports, module) {
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
    module.exports = parameterOps;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/reserved-words.js
var require_reserved_words2 = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/reserved-words.js"(exports, module) {
    "use strict";
    module.exports = {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/index.js
var require_enums = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/index.js"(exports) {
    "use strict";
    exports.IOFileOperators = require_io_file_operators();
    exports.operators = require_operators();
    exports.parameterOperators = require_parameter_operators();
    exports.reservedWords = require_reserved_words2();
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/built-grammar.js
var require_built_grammar = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/built-grammar.js"(exports, module) {
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
                return !0;
            }
          }
          return !0;
        }
      };
      function Parser() {
        this.yy = {};
      }
      return Parser.prototype = parser2, parser2.Parser = Parser, new Parser();
    })();
    typeof __require < "u" && typeof exports < "u" && (exports.parser = parser, exports.Parser = parser.Parser, exports.parse = function() {
      return parser.parse.apply(parser, arguments);
    }, exports.main = function(args) {
      args[1] || (console.log("Usage: " + args[0] + " FILE"), process.exit(1));
      var source = __require("fs").readFileSync(__require("path").normalize(args[1]), "utf8");
      return exports.parser.parse(source);
    }, typeof module < "u" && __require.main === module && exports.main(process.argv.slice(1)));
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/index.js
var require_posix = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/index.js"(exports, module) {
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
    module.exports = {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/word-expansion/index.js
var require_word_expansion = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/word-expansion/index.js"(exports, module) {
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
        nextState: state.setEscaping(!1).removeLastChar()
      } : !state.escaping && char === "\\" ? {
        nextReduction: reducers.start,
        nextState: state.setEscaping(!0).appendChar(char)
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
        nextState: state.appendChar(char).setEscaping(!1)
      };
    }
    module.exports = {
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

// node_modules/@ericcornelissen/bash-parser/src/index.js
var require_src = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/index.js"(exports, module) {
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
    module.exports = function(sourceCode, options) {
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

// src/first-of-each.ts
function firstOfEachKey(items, key, size) {
  let n = items.length;
  if (n < 2) return items;
  let sizes = items.map(size), shared = new Array(n).fill(!1), any = !1;
  if (n <= 16)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        sizes[i] === sizes[j] && sizes[i] >= 0 && (any = shared[i] = shared[j] = !0);
  else {
    let count = /* @__PURE__ */ new Map();
    for (let s of sizes) s >= 0 && count.set(s, (count.get(s) ?? 0) + 1);
    for (let i = 0; i < n; i++) sizes[i] >= 0 && count.get(sizes[i]) > 1 && (any = shared[i] = !0);
  }
  if (!any) return items;
  let seen = /* @__PURE__ */ new Set();
  return items.filter((x, i) => {
    if (!shared[i]) return !0;
    let k = key(x);
    return !seen.has(k) && seen.add(k);
  });
}

// src/match/command-analysis.ts
function layerText(program, rest) {
  if (!isNormalWord(program)) return normalise([program, ...rest.map((a) => a.value)]);
  let text = program;
  for (let k = 0; k < rest.length; k++) {
    let v = rest[k].value;
    if (!isNormalWord(v)) return normalise([program, ...rest.map((a) => a.value)]);
    text += " " + v;
  }
  return text;
}
function isNormalWord(word) {
  if (word.length === 0) return !1;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c === 32 || c >= 9 && c <= 13 || c >= 128) return !1;
  }
  return !0;
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

// src/match/command-key.ts
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

// data/program-aliases.json
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

// src/match/program-aliases.ts
var ALIASES = new Map(
  Object.entries(program_aliases_default.aliases).filter(([name]) => !name.startsWith("$"))
), CASE_SENSITIVE = new Set(program_aliases_default.caseSensitive.names);
function hasCapital(name) {
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return !0;
  }
  return !1;
}
function sameProgram(name) {
  let alias = ALIASES.get(name);
  if (alias !== void 0) return alias;
  if (!hasCapital(name) || CASE_SENSITIVE.has(name)) return name;
  let lower = name.toLowerCase();
  return ALIASES.get(lower) ?? lower;
}

// src/match/program-name.ts
function writtenName(v) {
  let slash = v.length - 1;
  for (; slash >= 0 && v.charCodeAt(slash) !== 47; ) slash--;
  return slash < 0 || slash === v.length - 1 ? v : v.slice(slash + 1);
}
function executableName(v) {
  return sameProgram(writtenName(v));
}

// src/match/shell-flow.ts
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
  if (text.includes("((") || text.includes("$[") || text.includes("IFS")) return !0;
  for (let at = text.indexOf("${"); at >= 0; at = text.indexOf("${", at + 2)) {
    let k = at + 2;
    text[k] === "#" && k++;
    let from = k;
    for (; k < text.length && /[A-Za-z0-9_]/.test(text[k]); ) k++;
    if (k === from) return !0;
    let c = text[k], d = text[k + 1];
    if (!(c === "}" || c === "@" || c === "-" || c === "+" || c === "#" || c === "%" || c === "/" || c === "^" || c === ",") && !(c === ":" && (d === "-" || d === "+")))
      return !0;
  }
  return !1;
}
function builtinEffects(vars, exe, rest) {
  if (!vars.off) {
    if (UNFOLLOWED.has(exe)) {
      vars.off = !0;
      return;
    }
    if (exe === "eval" && rest.some((a) => a.dynamic)) vars.off = !0;
    else if ((exe === "test" || exe === "[") && rest.some((a) => a.value === "-v" || a.value === "-R")) vars.off = !0;
    else if ((exe === "mapfile" || exe === "readarray") && rest.some((a) => /^-[A-Za-z]*C/.test(a.value))) vars.off = !0;
    else if (ASSIGNS_NAMES.has(exe)) {
      if (exe === "printf" && !rest.some((a) => a.dynamic || a.value.startsWith("-v")) || exe === "wait" && !rest.some((a) => a.dynamic || /^-[A-Za-z]*p/.test(a.value))) return;
      for (let a of rest) {
        if (a.dynamic || a.value.includes("[")) {
          vars.off = !0;
          return;
        }
        if (a.value.startsWith("-")) {
          if (a.value.length > 2) {
            vars.off = !0;
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
  let inner = raw, quoted = !1;
  if (raw.length >= 3 && raw.startsWith('"') && raw.endsWith('"') && (inner = raw.slice(1, -1), quoted = !0), !inner.startsWith("$") || inner.includes('"') || inner.includes("'")) return;
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
    return v === void 0 ? void 0 : use.quoted ? [{ value: v, dynamic: !1 }] : splitFields(v);
  }
  let pos = vars.positional;
  if (pos) {
    if (typeof use.which == "number") {
      let v = pos[use.which - 1] ?? "";
      return use.quoted ? [{ value: v, dynamic: !1 }] : splitFields(v);
    }
    return use.quoted ? use.which === "@" ? pos.map((value) => ({ value, dynamic: !1 })) : [{ value: pos.join(" "), dynamic: !1 }] : pos.flatMap(splitFields);
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

// data/program-hazards.json
var program_hazards_default = {
  $comment: "Options that make a program run code the command line does not show (code) or write to, read from or contact a place the line does not show (elsewhere), per program and per subcommand (SPEC 3: an allow never admits such an option unless the pattern names it). Read by src/match/shell-hazards.ts. A `code` option written on the line makes it opaque (commands.opaque decides; an allow pattern naming it admits it); a word known only at run time where the program reads options may be any of these, so no allow pattern admits it. Spellings: `--long` also covers `--long=value`; `-x` also covers clusters (`-ax`) and attached values (`-xVALUE`); `+` covers any word starting with `+`; `NAME=` covers operands starting with it. optionsAnywhere: the program reads options (or predicates) after `--` too. separator: an operand may hold several of the program's commands separated by it (sbt's `;`), each checked. shared: with subcommands, the program's own lists also apply after any subcommand (go). statements: the command language the program runs from its arguments, files or standard input (SQL with `\\!`, debugger commands, notebook code: src/match/shell-hazards.ts statementLanguage), so every run is opaque unless each argument is informational (`--version`, `--help`, and the program's `informational` list); a key of two or three words is a subcommand (`node inspect`, `jupyter execute`) or a valued option and its value (`python -m pdb`). Reviewed like code: a missing option only lets an allow admit it; an extra one only asks for approval.",
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
        add: { code: ["--pathspec-from-file"], elsewhere: [] },
        checkout: { code: ["--pathspec-from-file"], elsewhere: [] },
        restore: { code: ["--pathspec-from-file"], elsewhere: [] },
        rm: { code: ["--pathspec-from-file"], elsewhere: [] },
        reset: { code: ["--pathspec-from-file"], elsewhere: [] },
        commit: { code: ["--pathspec-from-file"], elsewhere: [] },
        stash: { code: ["--pathspec-from-file", "--ext-diff", "--textconv"], elsewhere: ["--output"] },
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
        submodule: { code: ["foreach"], elsewhere: [] },
        bisect: { code: ["run"], elsewhere: [] },
        "filter-branch": { code: ["--tree-filter", "--index-filter", "--msg-filter", "--env-filter", "--commit-filter", "--parent-filter", "--tag-name-filter", "--setup"], elsewhere: [] },
        "filter-repo": { code: ["--filename-callback", "--message-callback", "--name-callback", "--email-callback", "--refname-callback", "--blob-callback", "--commit-callback", "--tag-callback", "--reset-callback", "--file-info-callback"], elsewhere: [] },
        grep: { code: ["-O", "--open-files-in-pager", "--textconv"], elsewhere: [] },
        difftool: { code: ["--extcmd", "-x", "--tool", "-t"], elsewhere: [] },
        mergetool: { code: ["--tool", "-t"], elsewhere: [] },
        config: { code: [], elsewhere: ["--global", "--system", "--file", "-f", "--worktree"] },
        "send-email": { code: ["--sendmail-cmd", "--smtp-server", "--to-cmd", "--cc-cmd", "--header-cmd"], elsewhere: [] },
        credential: { code: ["fill", "approve", "reject", "capability"], elsewhere: [] },
        "credential-store": { code: ["get", "store", "erase"], elsewhere: [] },
        "credential-cache": { code: ["get", "store", "erase", "exit"], elsewhere: [] }
      }
    },
    npm: { code: ["--script-shell", "--node-options", "--call", "-c", "--userconfig", "--globalconfig", "--onload-script", "--git", "--editor", "--browser", "--viewer", "--init-module"], elsewhere: ["--prefix", "-C", "-g", "--global", "--location", "--cache", "--registry", "--workspace", "-w", "--shell", "--logs-dir", "--tmp"] },
    npx: { code: ["--call", "-c", "--node-options", "--script-shell", "--userconfig"], elsewhere: ["--prefix", "--registry", "--cache"] },
    pnpm: { code: ["--script-shell", "--node-options", "-c"], elsewhere: ["--dir", "-C", "--prefix", "-g", "--global", "--store-dir", "--registry", "--filter", "-F", "--shell-mode"] },
    yarn: { code: ["--script-shell"], elsewhere: ["--cwd", "--modules-folder", "--global-folder", "--cache-folder", "--registry", "--use-yarnrc"], shared: !0, subcommands: { set: { code: ["version"], elsewhere: [] }, plugin: { code: ["import"], elsewhere: [] } } },
    node: { code: ["-e", "--eval", "-p", "--print", "--experimental-network-imports"], elsewhere: ["--inspect", "--inspect-brk", "--inspect-port", "--cpu-prof-dir", "--heap-prof-dir", "--diagnostic-dir", "--redirect-warnings", "-r", "--require", "--import", "--loader", "--experimental-loader", "--env-file", "--env-file-if-exists"] },
    bundle: { code: [], elsewhere: [], subcommands: { config: { code: ["mirror.", "build.", "gemfile", "local."], elsewhere: [] } } },
    bundler: { code: [], elsewhere: [], subcommands: { config: { code: ["mirror.", "build.", "gemfile", "local."], elsewhere: [] } } },
    composer: { code: [], elsewhere: [], subcommands: { config: { code: ["repositories", "repo", "secure-http", "disable-tls", "cafile", "capath", "scripts"], elsewhere: [] } } },
    poetry: { code: [], elsewhere: [], subcommands: { source: { code: ["add"], elsewhere: [] }, config: { code: ["repositories.", "certificates."], elsewhere: [] } } },
    pdm: { code: [], elsewhere: [], subcommands: { config: { code: ["pypi.", "repository."], elsewhere: [] } } },
    gem: { code: [], elsewhere: [], subcommands: { sources: { code: ["--add", "-a"], elsewhere: [] } } },
    conda: { code: [], elsewhere: [], subcommands: { config: { code: ["channels", "channel_alias", "default_channels", "custom_channels", "custom_multichannels", "proxy_servers", "ssl_verify"], elsewhere: [] } } },
    mamba: { code: [], elsewhere: [], subcommands: { config: { code: ["channels", "channel_alias", "default_channels", "custom_channels", "custom_multichannels", "proxy_servers", "ssl_verify"], elsewhere: [] } } },
    micromamba: { code: [], elsewhere: [], subcommands: { config: { code: ["channels", "channel_alias", "default_channels", "custom_channels", "custom_multichannels", "proxy_servers", "ssl_verify"], elsewhere: [] } } },
    pip: { code: [], elsewhere: ["--target", "-t", "--prefix", "--root", "--user", "--index-url", "-i", "--extra-index-url", "--find-links", "-f", "--src", "--log", "--config-settings", "-C"] },
    pip3: { code: [], elsewhere: ["--target", "-t", "--prefix", "--root", "--user", "--index-url", "-i", "--extra-index-url", "--find-links", "-f", "--src", "--log", "--config-settings", "-C"] },
    uv: { code: [], elsewhere: ["--directory", "--project", "--index-url", "--extra-index-url", "--index", "--default-index", "--target", "--prefix", "--cache-dir", "--config-file"] },
    curl: { code: ["-K", "--config"], elsewhere: ["--output-dir", "-D", "--dump-header", "-c", "--cookie-jar", "--trace", "--trace-ascii", "--libcurl", "--stderr", "--etag-save", "--hsts", "--alt-svc", "-x", "--proxy", "--connect-to", "--resolve"] },
    wget: { code: ["-e", "--execute", "--config"], elsewhere: ["-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix", "-i", "--input-file", "--post-file", "--body-file", "--save-cookies", "--warc-file", "--use-askpass"] },
    ssh: { code: ["-F"], elsewhere: ["-E", "-L", "-R", "-D", "-w", "-S", "-i", "-J", "-W"], checked: ["-o"] },
    scp: { code: ["-F", "-S"], elsewhere: ["-i", "-J"], checked: ["-o"] },
    sftp: { code: ["-F", "-S"], elsewhere: ["-b", "-i", "-J", "-D"], checked: ["-o"] },
    "yt-dlp": { code: ["--exec", "--exec-before-download", "--config-locations", "--plugin-dirs", "--netrc-cmd"] },
    "youtube-dl": { code: ["--exec", "--config-location"] },
    "gallery-dl": { code: ["--exec", "--exec-after", "-c", "--config"] },
    direnv: { statements: "an .envrc: a shell script that `allow` authorises to run in every shell entering its directory, and that `exec` runs now", informational: ["status", "version", "--version", "help", "--help", "deny", "revoke", "disallow", "edit"] },
    cookiecutter: { statements: "a project template whose hooks (pre and post generation scripts, from the template the line names, often fetched) run as code", informational: ["-V", "--version", "-h", "--help"] },
    copier: { statements: "a project template whose tasks and migrations (from the template the line names, often fetched) run as code", informational: ["--version", "-h", "--help"] },
    lynx: { code: ["-cfg", "-cmd_script", "-lss"] },
    elinks: { code: ["-config-dir", "-config-file", "-eval"] },
    w3m: { code: ["-config", "-o"] },
    rsync: { code: ["-e", "--rsh", "--rsync-path", "--config"], elsewhere: ["--write-batch", "--only-write-batch", "--read-batch", "--log-file", "--backup-dir", "--temp-dir", "-T", "--partial-dir", "--compare-dest", "--copy-dest", "--link-dest", "--files-from", "--password-file"] },
    tar: { code: ["-T", "--files-from", "--to-command", "--use-compress-program", "-I", "--checkpoint-action", "--info-script", "--new-volume-script", "-F", "--rsh-command", "--rmt-command"], elsewhere: ["--index-file", "-g", "--listed-incremental", "-P", "--absolute-names"] },
    bsdtar: { code: ["-T", "--files-from", "--to-command", "--use-compress-program", "-I", "--checkpoint-action", "--info-script", "--new-volume-script", "-F", "--rsh-command", "--rmt-command"], elsewhere: ["--index-file", "-g", "--listed-incremental", "-P", "--absolute-names"] },
    gtar: { code: ["-T", "--files-from", "--to-command", "--use-compress-program", "-I", "--checkpoint-action", "--info-script", "--new-volume-script", "-F", "--rsh-command", "--rmt-command"], elsewhere: ["--index-file", "-g", "--listed-incremental", "-P", "--absolute-names"] },
    xz: { code: ["--files", "--files0"], elsewhere: [] },
    unxz: { code: ["--files", "--files0"], elsewhere: [] },
    lzma: { code: ["--files", "--files0"], elsewhere: [] },
    unlzma: { code: ["--files", "--files0"], elsewhere: [] },
    zstd: { code: ["--filelist"], elsewhere: ["--output-dir-flat", "--output-dir-mirror"] },
    unzstd: { code: ["--filelist"], elsewhere: ["--output-dir-flat", "--output-dir-mirror"] },
    ar: { code: ["--plugin"], elsewhere: ["--output"] },
    "llvm-ar": { code: ["--plugin"], elsewhere: ["--output"] },
    find: { optionsAnywhere: !0, code: ["-files0-from", "-fprint", "-fprintf", "-fls", "-fprint0"], elsewhere: ["-delete"], checked: ["-exec", "-execdir", "-ok", "-okdir"] },
    fd: { code: ["-x", "--exec", "-X", "--exec-batch"], elsewhere: ["--base-directory", "--search-path"] },
    fdfind: { code: ["-x", "--exec", "-X", "--exec-batch"], elsewhere: ["--base-directory", "--search-path"] },
    rg: { code: ["--pre"], elsewhere: ["--ignore-file", "-f", "--file"] },
    sed: { code: ["-f", "--file"], elsewhere: [] },
    split: { code: ["--filter"], elsewhere: [] },
    awk: { code: ["-f", "--file", "-E", "--exec", "-i", "--include", "-l", "--load", "-W", "-D", "--debug", "-d", "--dump-variables", "-o", "--pretty-print", "-p", "--profile"], elsewhere: [] },
    gawk: { code: ["-f", "--file", "-E", "--exec", "-i", "--include", "-l", "--load", "-W", "-D", "--debug", "-d", "--dump-variables", "-o", "--pretty-print", "-p", "--profile"], elsewhere: [] },
    mawk: { code: ["-f", "--file", "-E", "--exec", "-i", "--include", "-l", "--load", "-W", "-D", "--debug", "-d", "--dump-variables", "-o", "--pretty-print", "-p", "--profile"], elsewhere: [] },
    nawk: { code: ["-f", "--file", "-E", "--exec", "-i", "--include", "-l", "--load", "-W", "-D", "--debug", "-d", "--dump-variables", "-o", "--pretty-print", "-p", "--profile"], elsewhere: [] },
    jq: { code: ["-f", "--from-file"], elsewhere: ["-L", "--library-path"] },
    gojq: { code: ["-f", "--from-file"], elsewhere: ["-L", "--library-path"] },
    wc: { code: ["--files0-from"], elsewhere: [] },
    du: { code: ["--files0-from"], elsewhere: [] },
    sort: { code: ["--compress-program", "--files0-from"], elsewhere: ["-o", "--output", "-T", "--temporary-directory", "--random-source"] },
    cp: { code: [], elsewhere: [] },
    mv: { code: [], elsewhere: [] },
    ln: { code: [], elsewhere: [] },
    install: { code: ["--strip-program"], elsewhere: [] },
    dd: { optionsAnywhere: !0, code: [], elsewhere: ["of=", "if="] },
    patch: { code: [], elsewhere: ["-d", "--directory", "-B", "--prefix", "-r", "--reject-file"] },
    make: { code: ["--eval", "-E", "SHELL=", ".SHELLFLAGS=", "MAKESHELL=", "MAKEFLAGS=", "MAKEFILES=", "MAKEOVERRIDES=", "MAKE=", "CC=", "CXX=", "CPP=", "LD=", "AR=", "AS=", "FC=", "RM=", "LEX=", "YACC=", "RANLIB=", "STRIP=", "INSTALL="], elsewhere: ["-o", "-W", "-f", "--file", "--makefile", "-I", "--include-dir"] },
    go: { code: ["-toolexec", "-exec", "-vettool", "-overlay"], elsewhere: ["-o", "-modfile", "-C", "-ldflags", "-gcflags", "-asmflags"], shared: !0, subcommands: { env: { code: ["-w"], elsewhere: [] } } },
    cargo: { code: ["--config"], elsewhere: ["--target-dir", "--manifest-path", "--out-dir", "--artifact-dir", "-C", "--config-path", "--root", "--index", "--registry", "-Z"] },
    gradle: { code: ["--init-script", "-I", "--include-build", "--gradle-user-home", "-g", "-Dgradle.user.home", "-Dorg.gradle.java.home", "-Dorg.gradle.jvmargs", "--gradle-distribution-url"], elsewhere: ["--build-file", "-b", "--settings-file", "-c", "--project-cache-dir"] },
    mvn: { code: ["-Dexec.executable", "-Dmaven.ext.class.path", "-DdistributionUrl", "-Dmaven.repo.local"], elsewhere: ["--file", "--settings", "-gs", "--global-settings", "--toolchains"] },
    cmake: { code: ["-P", "-C", "--toolchain", "-DCMAKE_TOOLCHAIN_FILE", "-DCMAKE_PROJECT_INCLUDE", "-DCMAKE_PROJECT_INCLUDE_BEFORE", "-DCMAKE_PROJECT_TOP_LEVEL_INCLUDES", "-DCMAKE_USER_MAKE_RULES_OVERRIDE", "-DCMAKE_MAKE_PROGRAM", "-DCMAKE_LINKER", "-DCMAKE_CROSSCOMPILING_EMULATOR", "-DCMAKE_C_COMPILER", "-DCMAKE_CXX_COMPILER", "-DCMAKE_CUDA_COMPILER", "-DCMAKE_HIP_COMPILER", "-DCMAKE_OBJC_COMPILER", "-DCMAKE_OBJCXX_COMPILER", "-DCMAKE_Fortran_COMPILER", "-DCMAKE_C_COMPILER_LAUNCHER", "-DCMAKE_CXX_COMPILER_LAUNCHER", "-DCMAKE_CUDA_COMPILER_LAUNCHER", "-DCMAKE_HIP_COMPILER_LAUNCHER", "-DCMAKE_OBJC_COMPILER_LAUNCHER", "-DCMAKE_OBJCXX_COMPILER_LAUNCHER", "-DCMAKE_Fortran_COMPILER_LAUNCHER", "-DCMAKE_C_LINKER_LAUNCHER", "-DCMAKE_CXX_LINKER_LAUNCHER", "-DCMAKE_CUDA_LINKER_LAUNCHER", "-DCMAKE_HIP_LINKER_LAUNCHER", "-DCMAKE_OBJC_LINKER_LAUNCHER", "-DCMAKE_OBJCXX_LINKER_LAUNCHER", "-DCMAKE_Fortran_LINKER_LAUNCHER", "-DCMAKE_C_CLANG_TIDY", "-DCMAKE_CXX_CLANG_TIDY", "-DCMAKE_CUDA_CLANG_TIDY", "-DCMAKE_HIP_CLANG_TIDY", "-DCMAKE_OBJC_CLANG_TIDY", "-DCMAKE_OBJCXX_CLANG_TIDY", "-DCMAKE_Fortran_CLANG_TIDY"], elsewhere: ["--install-prefix"] },
    ctest: { code: ["-S", "-SP", "-SR", "--test-command"], elsewhere: [] },
    cpack: { code: ["--config"], elsewhere: ["-B"] },
    bazel: { code: ["--bazelrc", "--run_under", "--host_jvm_args", "--server_javabase", "--override_repository", "--override_module", "--registry", "--workspace_status_command", "--credential_helper"], elsewhere: ["--output_base", "--output_user_root", "--script_path"] },
    "bazel run": { statements: "the program its target label builds (the workspace's or an external repository's binary, an alias, a wrapper script) with the words after --" },
    "buck run": { statements: "the program its target label builds (the workspace's or an external repository's binary, an alias, a wrapper script) with the words after --" },
    "buck2 run": { statements: "the program its target label builds (the workspace's or an external repository's binary, an alias, a wrapper script) with the words after --" },
    ant: { code: ["-lib", "-logger", "-listener", "-main", "-inputhandler"], elsewhere: ["-file", "-buildfile", "-find", "-logfile"] },
    rake: { code: ["-r", "--require", "-g", "--system", "-R", "--rakelibdir", "--rakelib"], elsewhere: ["-f", "--rakefile", "-I", "--libdir"] },
    just: { code: ["--dotenv-path", "-E", "--dotenv-filename", "--global-justfile", "-g"], elsewhere: ["--justfile", "-f"] },
    task: { code: ["--global", "-g"], elsewhere: ["--taskfile", "-t"] },
    ninja: { code: [], elsewhere: ["-f"] },
    meson: { code: ["--native-file", "--cross-file", "--wrapper", "--gdb-path"], elsewhere: ["--destdir"] },
    scons: { code: ["--site-dir"], elsewhere: ["-f", "--file", "--makefile", "--sconstruct", "-I", "--include-dir"] },
    "xmake lua": { statements: "Lua scripts and modules (os.exec runs commands, io writes files) named or given on the line" },
    "xmake l": { statements: "Lua scripts and modules (os.exec runs commands, io writes files) named or given on the line" },
    javac: { code: ["-J", "@", "-Xplugin", "--plugin"], elsewhere: ["-cp", "-classpath", "--class-path", "-processorpath", "--processor-path", "--processor-module-path", "-p", "--module-path", "-bootclasspath", "--system", "-extdirs", "-d", "-s", "-h"] },
    shortcuts: { code: ["run"] },
    java: { code: ["-javaagent", "-agentpath", "-agentlib", "-XX:OnOutOfMemoryError", "-XX:OnError", "@", "-Xbootclasspath", "-Xbootclasspath/a", "-Xbootclasspath/p", "-XX:VMOptionsFile", "-XX:Flags", "-Djava.ext.dirs", "-Djava.endorsed.dirs"], elsewhere: ["-cp", "-classpath", "--class-path", "--module-path", "-p", "--upgrade-module-path", "--patch-module", "-Djava.library.path"] },
    sbt: { separator: ";", code: ["eval", "set", "console", "-J-javaagent", "-J-agentpath", "-J-agentlib", "-J-Xbootclasspath", "-J-Xbootclasspath/a", "-J-Xbootclasspath/p", "-J-XX:OnError", "-J-XX:OnOutOfMemoryError", "-J-XX:VMOptionsFile", "-J-XX:Flags", "--jvm-opts", "-jvm-opts", "-javaagent", "-Dsbt.global.base", "--sbt-jar", "-sbt-jar", "--sbt-boot", "-sbt-boot"], elsewhere: ["--sbt-dir", "-sbt-dir", "--ivy", "-ivy"] },
    dotnet: { code: ["-p", "-P", "/p:", "/P:", "-property", "/property:", "--property", "-logger", "/logger:", "-distributedlogger", "/distributedlogger:", "-dl", "/dl:", "@"], elsewhere: [] },
    docker: { code: ["--entrypoint", "--config"], elsewhere: ["-H", "--host", "--context", "-c", "-v", "--volume", "--mount", "--pid", "--network", "--net", "--ipc", "--userns", "--privileged", "--cap-add", "--security-opt", "--device"], shared: !0, subcommands: { plugin: { code: ["install", "upgrade", "create", "enable"], elsewhere: [] } } },
    podman: { code: ["--entrypoint", "--config", "--hooks-dir", "--conmon", "--runtime", "--network-cmd-path"], elsewhere: ["-H", "--host", "-c", "--connection", "--url", "--identity", "--root", "--runroot", "-v", "--volume", "--mount", "--pid", "--network", "--net", "--ipc", "--userns", "--privileged", "--cap-add", "--security-opt", "--device"] },
    kubectl: { code: ["--exec-command"], elsewhere: ["--context", "--cluster", "--server", "-s", "--token", "--as", "--as-group", "--user", "--kubeconfig"], shared: !0, subcommands: { config: { code: ["users.", "clusters.", "--proxy-url", "--auth-provider", "--auth-provider-arg", "--exec-arg", "--exec-env"], elsewhere: [] } } },
    "systemctl start": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl stop": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl restart": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl reload": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl try-restart": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl reload-or-restart": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl try-reload-or-restart": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl condrestart": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl force-reload": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl isolate": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl enable": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl reenable": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl link": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl preset": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl preset-all": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl daemon-reload": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl daemon-reexec": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl default": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl rescue": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl emergency": { statements: "the commands of the unit's Exec\u2026 lines (ExecStart, ExecStop, ExecReload, \u2026), in unit files the line does not show", informational: ["-h", "--help"] },
    "systemctl edit": { statements: "an editor ($SYSTEMD_EDITOR, $EDITOR, $VISUAL), then later the Exec lines of the unit file it writes", informational: ["-h", "--help"] },
    mshta: { statements: "an HTML application: the VBScript and JScript of the .hta file or URL it is given, or an inline vbscript:/javascript: program" },
    rundll32: { statements: "the exported function of the DLL it names, which may run any command, URL or script (shell32 ShellExec_RunDLL, url.dll FileProtocolHandler, mshtml RunHTMLApplication)" },
    cscript: { statements: "VBScript or JScript (or another engine with //E:), from the script file it is given" },
    wscript: { statements: "VBScript or JScript (or another engine with //E:), from the script file it is given" },
    oc: { code: ["--exec-command"], elsewhere: ["--context", "--cluster", "--server", "-s", "--token", "--as", "--as-group", "--user", "--kubeconfig"], shared: !0, subcommands: { config: { code: ["users.", "clusters.", "--proxy-url", "--auth-provider", "--auth-provider-arg", "--exec-arg", "--exec-env"], elsewhere: [] } } },
    asdf: { code: [], elsewhere: [], subcommands: { plugin: { code: ["add", "update"], elsewhere: [] } } },
    "asdf plugin-add": { statements: "a plugin's scripts, cloned from the URL given (or asdf's plugin index), which every later asdf command runs", informational: ["-h", "--help"] },
    vagrant: { code: [], elsewhere: [], subcommands: { plugin: { code: ["install", "update"], elsewhere: [] } } },
    code: { code: ["--install-extension", "--extensions-dir", "--add-mcp", "serve-web"], elsewhere: ["--user-data-dir"] },
    cursor: { code: ["--install-extension", "--extensions-dir", "--add-mcp", "serve-web"], elsewhere: ["--user-data-dir"] },
    windsurf: { code: ["--install-extension", "--extensions-dir", "--add-mcp", "serve-web"], elsewhere: ["--user-data-dir"] },
    subl: { code: ["--command"], elsewhere: ["--project"] },
    sublime_text: { code: ["--command"], elsewhere: ["--project"] },
    micro: { code: ["-plugin", "-config-dir"], elsewhere: [] },
    kak: { code: ["-e", "-E", "-f", "-p"], elsewhere: [] },
    helm: { code: ["--post-renderer"], elsewhere: ["--kube-context", "--kube-apiserver", "--kube-token", "--repo", "--kubeconfig", "--repository-config", "--registry-config"], shared: !0, subcommands: { plugin: { code: ["install", "update"], elsewhere: [] } } },
    terraform: { code: [], elsewhere: ["-chdir", "-state", "-state-out", "-backup", "-out", "-plugin-dir"] },
    gh: { code: [], elsewhere: ["-R", "--repo", "--hostname"], shared: !0, subcommands: { alias: { code: ["set", "import"], elsewhere: [] }, config: { code: ["editor", "pager", "browser", "http_unix_socket"], elsewhere: [] }, extension: { code: ["install", "upgrade"], elsewhere: [] }, ext: { code: ["install", "upgrade"], elsewhere: [] }, extensions: { code: ["install", "upgrade"], elsewhere: [] } } },
    glab: { code: [], elsewhere: ["-R", "--repo", "--hostname"], shared: !0, subcommands: { alias: { code: ["set"], elsewhere: [] }, config: { code: ["host", "api_host", "editor", "visual", "browser", "glab_pager"], elsewhere: [] } } },
    aws: { code: [], elsewhere: ["--endpoint-url", "--region", "--output-file", "--profile"], shared: !0, subcommands: { configure: { code: ["credential_process", "endpoint_url", "ca_bundle", "cli_pager", "plugins.", "cli_legacy_plugin_path", "services", "sso_start_url", "sso_session", "sso-session.", "s3.", "profile.", "default.", "import"], elsewhere: [] } } },
    svn: { code: ["--config-option", "--config-dir", "--editor-cmd", "--diff-cmd", "--diff3-cmd"], elsewhere: [] },
    hg: { code: ["--config", "-e", "--ssh", "--remotecmd"], elsewhere: ["--cwd"] },
    sl: { code: ["--config", "-e", "--ssh", "--remotecmd", "--configfile"], elsewhere: ["--cwd"] },
    jj: { code: ["--config", "--config-toml", "--config-file"], elsewhere: ["-R", "--repository"] },
    pandoc: { code: ["--lua-filter", "-L", "--filter", "-F", "--defaults", "-d"], elsewhere: ["--data-dir", "--extract-media"] },
    bat: { code: ["--pager"], elsewhere: [] },
    batcat: { code: ["--pager"], elsewhere: [] },
    delta: { code: ["--pager"], elsewhere: [] },
    zellij: { code: ["run", "action", "-l", "--layout", "--new-session-with-layout", "-n", "plugin", "pipe", "--config", "-c", "--config-dir"], elsewhere: [] },
    chg: { code: ["--config", "-e", "--ssh", "--remotecmd"], elsewhere: ["--cwd"] },
    mosh: { code: ["--ssh"], elsewhere: [] },
    autossh: { code: ["-F"], elsewhere: ["-E", "-L", "-R", "-D", "-w", "-S", "-i", "-J", "-W"], checked: ["-o"] },
    sshfs: { code: ["-F"], elsewhere: [], checked: ["-o"] },
    ansible: { code: ["-a", "--args", "-M", "--module-path", "--ssh-common-args", "--ssh-extra-args", "--scp-extra-args", "--sftp-extra-args"], elsewhere: [] },
    "ansible-pull": { code: ["-U", "--url"], elsewhere: [] },
    lftp: { code: ["-e", "-c", "-f"], elsewhere: [] },
    wget2: { code: ["-e", "--execute", "--config"], elsewhere: ["-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix", "-i", "--input-file", "--post-file", "--body-file", "--save-cookies"] },
    rclone: { code: ["--password-command"], elsewhere: ["--config"] },
    wrk: { code: ["-s", "--script"], elsewhere: [] },
    borg: { code: ["--rsh", "--remote-path"], elsewhere: [] },
    duplicity: { code: ["--gpg-binary", "--gpg-options", "--ssh-options", "--rsync-options", "--par2-options"], elsewhere: ["--archive-dir", "--tempdir", "--log-file", "--log-fd"] },
    restic: { code: ["--password-command", "-o", "--option"], elsewhere: ["-r", "--repo", "--repository-file"] },
    gcloud: { code: [], elsewhere: ["--project", "--account", "--configuration", "--impersonate-service-account", "--flags-file"], shared: !0, subcommands: { config: { code: ["api_endpoint_overrides/", "api_client_overrides/", "proxy/", "core/custom_ca_certs_file", "custom_ca_certs_file", "auth/disable_ssl_validation", "disable_ssl_validation", "core/universe_domain", "universe_domain", "auth/token_host", "auth/authority_host", "context_aware/"], elsewhere: [] } } },
    az: { code: [], elsewhere: ["--subscription"], shared: !0, subcommands: { config: { code: ["extension.", "cloud."], elsewhere: [] } } },
    less: { code: ["--lesskey-src", "-k", "--lesskey-file", "+"], elsewhere: ["-o", "--log-file", "-O", "--LOG-FILE"] },
    man: { code: ["-P", "--pager", "-H", "--html"], elsewhere: ["-M", "--manpath", "-C", "--config-file", "-p", "--preprocessor"] },
    vim: { code: ["-c", "--cmd", "-S", "+", "-u", "-e", "-E", "-s", "-y", "--remote-send", "--remote-expr"], elsewhere: ["-w", "-W", "--servername"] },
    rvim: { code: ["-c", "--cmd", "-S", "+", "-u", "-e", "-E", "-s", "-y", "--remote-send", "--remote-expr"], elsewhere: ["-w", "-W", "--servername"] },
    rview: { code: ["-c", "--cmd", "-S", "+", "-u", "-e", "-E", "-s", "-y", "--remote-send", "--remote-expr"], elsewhere: ["-w", "-W", "--servername"] },
    nvim: { code: ["-c", "--cmd", "-S", "+", "-u", "-e", "-E", "-s", "-l", "--headless", "--remote-send", "--remote-expr"], elsewhere: ["-w", "-W", "--listen", "--server"] },
    vi: { code: ["-c", "--cmd", "-S", "+", "-u", "-e", "-E", "-s"], elsewhere: ["-w", "-W"] },
    view: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    ex: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    vimdiff: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    gvim: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    gview: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    vimx: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    nvi: { code: ["-c", "+"], elsewhere: [] },
    gcc: { code: ["-wrapper", "-fplugin", "-B", "-specs", "--specs", "@"], elsewhere: [] },
    "g++": { code: ["-wrapper", "-fplugin", "-B", "-specs", "--specs", "@"], elsewhere: [] },
    cc: { code: ["-wrapper", "-fplugin", "-B", "-specs", "--specs", "@"], elsewhere: [] },
    "c++": { code: ["-wrapper", "-fplugin", "-B", "-specs", "--specs", "@"], elsewhere: [] },
    tcc: { code: ["-B", "@"], elsewhere: [] },
    clang: { code: ["-fplugin", "-B", "-Xclang", "--config", "-fpass-plugin", "@"], elsewhere: [] },
    "clang++": { code: ["-fplugin", "-B", "-Xclang", "--config", "-fpass-plugin", "@"], elsewhere: [] },
    emacs: { code: ["--eval", "-eval", "-l", "--load", "-load", "-f", "--funcall", "-funcall", "--script", "-script", "-x", "--init-directory", "-u", "--user", "/ssh:", "/sshx:", "/scp:", "/scpx:", "/rsync:", "/sftp:", "/ftp:", "/sudo:", "/su:", "/doas:", "/sg:", "/ksu:", "/run0:", "/docker:", "/podman:", "/kubernetes:", "/toolbox:", "/flatpak:", "/distrobox:", "/apptainer:", "/adb:", "/rclone:", "/smb:", "/telnet:", "/rsh:", "/nc:", "/krlogin:", "/plink:", "/plinkx:", "/pscp:", "/psftp:", "/fcp:", "/-:"], elsewhere: ["-L", "--directory"] },
    cpio: { code: ["-o", "--create", "-p", "--pass-through"], elsewhere: ["-D", "--directory"] },
    bsdcpio: { code: ["-o", "--create", "-p", "--pass-through"], elsewhere: ["-D", "--directory"] },
    atool: { code: ["-o", "--option", "--config"], elsewhere: [] },
    aunpack: { code: ["-o", "--option", "--config"], elsewhere: [] },
    apack: { code: ["-o", "--option", "--config"], elsewhere: [] },
    als: { code: ["-o", "--option", "--config"], elsewhere: [] },
    acat: { code: ["-o", "--option", "--config"], elsewhere: [] },
    adiff: { code: ["-o", "--option", "--config"], elsewhere: [] },
    arepack: { code: ["-o", "--option", "--config"], elsewhere: [] },
    zip: { code: ["-@", "--names-stdin", "-TT", "--unzip-command"], elsewhere: ["-O", "--output-file", "-b", "--temp-path"] },
    unzip: { code: [], elsewhere: ["-d"] },
    pytest: { code: [], elsewhere: ["--basetemp", "--junitxml", "--junit-xml", "--resultlog", "--cache-dir", "-o", "--override-ini", "-p", "-c", "--config-file", "--confcutdir", "--rootdir"] },
    tsc: { code: [], elsewhere: ["--outDir", "--outFile", "--declarationDir", "--tsBuildInfoFile", "-p", "--project", "--plugins"] },
    eslint: { code: [], elsewhere: ["-o", "--output-file", "--cache-location", "--rulesdir", "--plugin", "-c", "--config", "--resolve-plugins-relative-to", "--format", "-f"] },
    prettier: { code: [], elsewhere: ["--plugin", "--config"] },
    stylelint: { code: [], elsewhere: ["-c", "--config", "--config-basedir", "--custom-syntax", "--custom-formatter", "-o", "--output-file", "-i", "--ignore-path", "--cache-location"] },
    markdownlint: { code: [], elsewhere: ["-c", "--config", "-r", "--rules", "-o", "--output", "-p", "--ignore-path"] },
    black: { code: [], elsewhere: ["--config"] },
    isort: { code: [], elsewhere: ["--settings-path", "--sp", "--settings-file", "--settings"] },
    ruff: { code: [], elsewhere: ["--config", "-o", "--output-file", "--cache-dir"] },
    rustfmt: { code: [], elsewhere: ["--config-path"] },
    biome: { code: [], elsewhere: ["--config-path"] },
    dprint: { code: [], elsewhere: ["-c", "--config", "--plugins"] },
    jest: { code: [], elsewhere: ["--outputFile", "--coverageDirectory", "--cacheDirectory", "--rootDir", "-c", "--config", "--setupFiles", "--setupFilesAfterEnv", "--testRunner", "--reporters", "--globalSetup", "--globalTeardown", "--transform"] },
    vitest: { code: [], elsewhere: ["--outputFile", "--root", "-r", "--dir", "-c", "--config", "--setupFiles", "--globalSetup", "--reporter", "--environment"] },
    "npm explore": { statements: "a shell in the installed package's directory: the command after -- (joined into one line), or an interactive one reading standard input", informational: ["-h", "--help"] },
    sqlite3: { statements: "SQL and dot-commands that can run programs and write files (.shell, .system, .output, .once, .read, under any unique abbreviation; also from -init files)" },
    duckdb: { statements: "SQL (COPY \u2026 TO writes files, read_csv and read_text read any file, INSTALL and LOAD load extensions) and dot-commands (.shell, .output)" },
    pg_restore: { code: ["-d", "--dbname"] },
    psql: { statements: "SQL and meta-commands (\\! runs a shell command, \\o, \\w and \\copy write files, \\i reads one)", informational: ["-V", "-?"] },
    usql: { statements: "SQL and meta-commands (\\! runs a shell command, \\o, \\w and \\copy write files, \\i reads one)", informational: ["-V", "-?"] },
    pgcli: { statements: "SQL and special commands (\\o and \\log-file write files, \\i reads one, \\e runs an editor)", informational: ["-v"] },
    mysql: { statements: "SQL and client commands (system and \\! run a shell command, tee writes a file, source reads one; also --init-command and --pager)", informational: ["-V", "-?", "-I"] },
    mariadb: { statements: "SQL and client commands (system and \\! run a shell command, tee writes a file, source reads one; also --init-command and --pager)", informational: ["-V", "-?", "-I"] },
    mycli: { statements: "SQL and special commands (system runs a shell command, tee and \\o write files, source reads one)", informational: ["-v"] },
    litecli: { statements: "SQL and special commands (system runs a shell command, .once and \\o write files, source reads one)", informational: ["-v"] },
    sqlcmd: { statements: "T-SQL and sqlcmd commands (!! runs a shell command, :out writes a file, :r reads one)", informational: ["-?"] },
    cqlsh: { statements: "CQL and cqlsh commands (COPY TO writes files, COPY FROM and SOURCE read them)", informational: ["-h"] },
    mongosh: { statements: "JavaScript (require('child_process') runs programs, fs reads and writes files; load() reads scripts)" },
    mongo: { statements: "JavaScript (run() and runProgram() run programs, cat() reads files, load() reads scripts)" },
    "clickhouse-client": { statements: "SQL (INTO OUTFILE writes files, FROM INFILE reads them; --queries-file)", informational: ["-V"] },
    "clickhouse-local": { statements: "SQL (INTO OUTFILE writes files, the file() table function reads and writes any file)", informational: ["-V"] },
    "clickhouse client": { statements: "SQL (INTO OUTFILE writes files, FROM INFILE reads them; --queries-file)", informational: ["-V"] },
    "clickhouse local": { statements: "SQL (INTO OUTFILE writes files, the file() table function reads and writes any file)", informational: ["-V"] },
    "cockroach sql": { statements: "SQL and client commands (\\! runs a shell command, \\i reads a file)" },
    "redis-cli": { statements: "Redis commands (CONFIG SET dir and dbfilename with SAVE write files where the server runs, MODULE LOAD loads code, EVAL runs Lua)", informational: ["-v"] },
    snowsql: { statements: "SQL and SnowSQL commands (!system runs a shell command, !spool writes a file, !source reads one, PUT uploads local files)", informational: ["-v"] },
    sqlplus: { statements: "SQL and SQL*Plus commands (HOST runs a shell command, SPOOL writes a file, @ reads a script)", informational: ["-V"] },
    beeline: { statements: "SQL and Beeline commands (!sh runs a shell command, !record writes a file, !run reads one)" },
    hive: { statements: "HiveQL and CLI commands (! runs a shell command, source reads a file)" },
    "spark-sql": { statements: "SQL and CLI commands (! runs a shell command, source reads a file)" },
    "impala-shell": { statements: "SQL and shell commands (shell runs a shell command, source reads a file)", informational: ["-v"] },
    ipython: { statements: "Python code (a program, -c, -m, a script or standard input; ! runs a shell command)", informational: ["-V"] },
    ipython3: { statements: "Python code (a program, -c, -m, a script or standard input; ! runs a shell command)", informational: ["-V"] },
    pdb: { statements: "Python and debugger commands (! runs Python statements; .pdbrc files are read too)" },
    ipdb: { statements: "Python and debugger commands (! runs Python statements; .pdbrc files are read too)" },
    pudb: { statements: "Python and debugger commands (! runs Python statements)" },
    "python -m pdb": { statements: "Python and debugger commands (! runs Python statements; .pdbrc files are read too)" },
    "python -m ipdb": { statements: "Python and debugger commands (! runs Python statements; .pdbrc files are read too)" },
    "python -m pudb": { statements: "Python and debugger commands (! runs Python statements)" },
    "python -m IPython": { statements: "Python code (a program, -c, a script or standard input; ! runs a shell command)" },
    "python -m papermill": { statements: "the code of a notebook in a kernel" },
    "python -m jupyter": { statements: "notebook code in a kernel, depending on its subcommand" },
    "node inspect": { statements: "JavaScript in the debugger (exec runs code) and the program it debugs" },
    "node debug": { statements: "JavaScript in the debugger (exec runs code) and the program it debugs" },
    cgdb: { statements: "gdb commands (shell runs a shell command, python runs Python; -x files, .gdbinit)" },
    "gdb-multiarch": { statements: "gdb commands (shell runs a shell command, python runs Python; -x files, .gdbinit)" },
    gdbserver: { statements: "a program under a debugger that any client of its port controls" },
    pwndbg: { statements: "gdb commands (shell runs a shell command, python runs Python)" },
    rr: { statements: "programs it records (rr record) and gdb commands on their replay (rr replay)" },
    "jupyter execute": { statements: "the code of a notebook in a kernel" },
    "jupyter run": { statements: "code in a kernel" },
    "jupyter console": { statements: "code in a kernel" },
    "jupyter qtconsole": { statements: "code in a kernel" },
    "jupyter kernel": { statements: "code in a kernel" },
    "jupyter notebook": { statements: "a server that runs any code its clients send to its kernels" },
    "jupyter lab": { statements: "a server that runs any code its clients send to its kernels" },
    "jupyter server": { statements: "a server that runs any code its clients send to its kernels" },
    "jupyter nbclassic": { statements: "a server that runs any code its clients send to its kernels" },
    "jupyter-execute": { statements: "the code of a notebook in a kernel" },
    "jupyter-lab": { statements: "a server that runs any code its clients send to its kernels" },
    "jupyter-notebook": { statements: "a server that runs any code its clients send to its kernels" },
    papermill: { statements: "the code of a notebook in a kernel" },
    bpftrace: { statements: "bpftrace programs (system() runs a command, cat() reads files) from -e, script files or standard input", informational: ["-V"] },
    dtrace: { statements: "D programs (system() runs a command, freopen() writes files) from -n, -s or script files", informational: ["-V"] },
    stap: { statements: "SystemTap scripts (system() runs a command; guru mode embeds C) from -e, script files or standard input", informational: ["-V"] },
    mysqlsh: { statements: "JavaScript, Python and SQL (\\system runs a shell command, util functions read and write files)", informational: ["-V"] },
    "sqlite-utils query": { statements: "SQLite SQL (ATTACH and VACUUM INTO write any file)" },
    "sqlite-utils memory": { statements: "SQLite SQL (ATTACH and VACUUM INTO write any file)" },
    osqueryi: { statements: "SQL over the machine's tables (file contents through the yara, augeas and plist tables, processes, users)" },
    bpython: { statements: "Python code typed or piped in" },
    ptpython: { statements: "Python code typed or piped in" },
    ptipython: { statements: "Python code typed or piped in (! runs a shell command)" },
    pry: { statements: "Ruby code typed or piped in (. runs a shell command)" },
    psysh: { statements: "PHP code typed or piped in" },
    "rails console": { statements: "Ruby code in the application, typed or piped in" },
    "rails c": { statements: "Ruby code in the application, typed or piped in" },
    "rails runner": { statements: "Ruby code given on the line or in a file" },
    "rails r": { statements: "Ruby code given on the line or in a file" },
    "rails dbconsole": { statements: "the database's own client (psql, mysql, sqlite3) and its commands" },
    "rails db": { statements: "the database's own client (psql, mysql, sqlite3) and its commands" },
    "valkey-cli": { statements: "Redis commands (CONFIG SET dir and dbfilename with SAVE write files where the server runs, MODULE LOAD loads code, EVAL runs Lua)", informational: ["-v"] },
    "keydb-cli": { statements: "Redis commands (CONFIG SET dir and dbfilename with SAVE write files where the server runs, MODULE LOAD loads code, EVAL runs Lua)", informational: ["-v"] },
    "python -m code": { statements: "Python code typed or piped in" },
    "python -m asyncio": { statements: "Python code typed or piped in" },
    "python -m sqlite3": { statements: "SQLite SQL typed or piped in (ATTACH and VACUUM INTO write any file)" },
    "perl -d": { statements: "Perl and debugger commands typed or piped in (! runs a shell command)" },
    "php -a": { statements: "PHP code typed or piped in" },
    rdbg: { statements: "Ruby and debugger commands (eval runs Ruby; .rdbgrc files are read too)" },
    byebug: { statements: "Ruby and debugger commands (eval runs Ruby; .byebugrc files are read too)" },
    pgbench: { code: ["-f", "--file"], elsewhere: [] },
    pg_ctl: { code: ["-o", "--options", "-p"], elsewhere: [] },
    dlv: { statements: "Delve commands (call runs functions of the program; source reads scripts) on the program it builds and runs", informational: ["version", "help"] },
    jdb: { statements: "debugger commands (eval and print run Java methods) on the program it runs" },
    r2: { statements: "radare2 commands (! runs a shell command, wt writes files; -i scripts)" },
    radare2: { statements: "radare2 commands (! runs a shell command, wt writes files; -i scripts)" },
    rizin: { statements: "rizin commands (! runs a shell command, wt writes files; -i scripts)" },
    bashdb: { statements: "debugger commands (shell and eval run commands) on the script it runs" },
    frida: { statements: "JavaScript injected into the process it spawns or attaches to (-l, -e, typed or piped in)" },
    "frida-trace": { statements: "JavaScript handlers (__handlers__/\u2026) run in the process it traces" },
    smbclient: { statements: "smbclient commands (! runs a shell command, get and lcd write local files, put reads them; -c, standard input)" },
    "cypher-shell": { statements: "Cypher and shell commands (:source reads a file; -f files, standard input)" },
    arangosh: { statements: "JavaScript (require('internal').executeExternal runs programs; fs writes files)" },
    tarantool: { statements: "Lua code (os.execute runs commands, io.open writes files) typed, piped in or from a script" },
    "spark-shell": { statements: "Scala code typed or piped in (sys.process runs commands)" },
    pyspark: { statements: "Python code typed or piped in" },
    sqlline: { statements: "SQL and sqlline commands (!run reads a file, !record and !script write files)" },
    "django-admin shell": { statements: "Python code in the project, typed or piped in (-c)" },
    "django-admin dbshell": { statements: "the database's own client (psql, mysql, sqlite3) and its commands" },
    "flask shell": { statements: "Python code in the application, typed or piped in" },
    "heroku pg:psql": { statements: "psql statements and meta-commands (\\! runs a shell command) against the app's database" },
    claude: { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["-v", "--version", "-h", "--help"] },
    codex: { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["-V", "--version", "-h", "--help"] },
    gemini: { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["-v", "--version", "-h", "--help"] },
    qwen: { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["-v", "--version", "-h", "--help"] },
    aider: { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["--version", "-h", "--help"] },
    "cursor-agent": { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["-v", "--version", "-h", "--help"] },
    opencode: { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["-v", "--version", "-h", "--help"] },
    goose: { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["-V", "--version", "-h", "--help"] },
    amp: { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["-V", "--version", "-h", "--help"] },
    crush: { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["-v", "--version", "-h", "--help"] },
    plandex: { statements: "a prompt in natural language that another coding agent turns into commands and file edits of its own (with its own permissions, which this policy does not decide)", informational: ["version", "-h", "--help"] },
    interpreter: { statements: "a prompt to a language model whose tools or generated commands it runs", informational: ["--version", "-h", "--help"] },
    sgpt: { statements: "a prompt to a language model whose tools or generated commands it runs", informational: ["--version", "--help"] },
    jupyter: { subcommands: { nbconvert: { code: ["--execute", "--ExecutePreprocessor.enabled", "--config"], elsewhere: ["--output-dir"] } } },
    "jupyter-nbconvert": { code: ["--execute", "--ExecutePreprocessor.enabled", "--config"], elsewhere: ["--output-dir"] }
  }
};

// data/programs.json
var programs_default = {
  $comment: "Per-program option models for command matching (src/command/programs.ts, SPEC 3). aliases: spelling -> canonical option. valued: options that take a value (the next word, or attached: -Cdir, --opt=v). pairs: long options followed by a name and then a value (jq --rawfile NAME FILE); the second word is the value. triples: long options followed by three words, the third the value (git update-index --cacheinfo MODE SHA PATH), or by one word MODE,SHA,PATH whose value is what follows the second comma. globalValued/globalFlags: options before a subcommand. neutralGlobals: global options an allow of the subcommand admits (src/command/neutral-globals.ts): flags that change no effect, dirs whose literal in-repository value only moves the working directory (decided on its own), and opaque options that always make the line opaque (commands.opaque decides them). forcing: words that make `git push` a forced push. implies: subcommands that also do what others do, for denies and approval gates only (git merge, cherry-pick, revert, am, rebase and commit-tree create commits: a gate on git commit gates them; git pull fetches and merges). commandAliases: other spellings of the first operand (npm i = npm install), read for denies and approval gates; a key of two words is a spelling in two (docker container run = docker run) or a command and an option that makes it another (terraform apply -destroy = terraform destroy). sameAs: the program whose command line this one takes (podman, nerdctl, finch: docker's), so that the denies and approval gates written for it meet this one too (src/command/sound-match.ts; never an allow). Reviewed like code: a missing entry only makes matching less exact for denies, never an allow wider.",
  touch: {
    $comment: "What a program's words touch (SPEC 3, src/command/touch-model.ts). operands: what each operand is (read, write, delete: a file; url: a request to its host; url-file: that, and a write of the URL's last path segment in the working directory (wget, curl -O); host: a host name; none: not a file). tree: operands are whole trees (true), or only as far as patterns naming paths below them go (named: a move of what may be a directory, a git pathspec that may name one), or when one of these options is given. skipsHidden: a tree is walked without its dot-files (rg). skip: leading operands that are not files (grep's pattern) unless one of skipUnless is given. first/last: what the first operand / the last of two or more is. lastDir: the last operand may be a directory, so each source's base name under it is written too. dashdash: what operands after `--` are. options: options whose value is a file (read, write), a url, a host, or data (`@file` is read); form: curl -F name=@file or name=<file reads the file; keyed-file: [key=]path (kubectl --from-file) reads the path. assign: key=value operands (dd). when: fields that replace these when an option is given. posix: options end at the first operand (wrappers: the rest is the command they run). remote: operands may be host:path. startPoints: find's leading operands. shortFlags: the only short options there are, so a cluster with another letter is an operand (chmod -x f: the mode -x). bundled: the first operand may be an option cluster without a dash (tar xf). pathspecs: operands are git pathspecs (wildcards that cross /, :(magic), src/command/git-pathspec.ts). operandsAfter: after one of these first operands (subcommands; a key of two words: the first two, gh repo clone), every later operand (or only the next, first: true; or by position, ops: gh repo clone [HOST/]OWNER/REPO DIR, where gh-repo is the host the repository names when it names one: HOST/\u2026, a URL, git@HOST:) is touched with op: read (a guess: docker cp SRC DEST), write (git stash push PATHSPEC) or module (a Go module path's host, its first element when that has a dot: go get evil.example/x), or package (the host a specifier names is contacted: a URL, git@host:, github:o/r and o/r, src/command/package-spec.ts; npm install URL, npm exec PKG). extract: writes the tree named by this option's value, or the working directory (empty: nothing is written, as with tar -O and --to-command, which hand each file to stdout or to a command; `.` names no option: the paths written are never on the line, so the whole working directory: git mktree, fast-import, replace, update-index --index-info/--stdin, which put any content for any path in the object store or the index, for a later checkout to write). prefix: an option whose value is put before every path written (git checkout-index --prefix=P: P + each path; with -a or --stdin everything under the directory P's last / ends). remote-name: the first operand names a git remote (its host is not known). noOperands: the operand used when there are none (a directory: everything under it, as the files are not named). guess: operands are only checked against denies (the program may not treat them as files, or reads only names and metadata: ls, stat, find). imageRefs: a container engine (docker, podman): registry hosts of image references, the daemon host, bind-mounted host paths (src/command/registry-refs.ts). addresses: socat's two addresses (src/command/socat-address.ts). writes: files the program writes in the working directory whatever its operands, globs when they have wildcards (git format-patch: [0-9]*.patch, none with -o or --stdout). listsOutside: an operand that lies outside the repository is a read decided like `cat` (a listing of ~/.ssh or /etc shows what is there; the word is a guess only inside the repository). Programs not listed get the generic reading: every operand is a guessed read.",
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
    file: { operands: "read", guess: !0, listsOutside: !0 },
    base64: { operands: "read", options: { "-o": "write", "--output": "write", "-i": "read", "--input": "read" } },
    md5sum: { operands: "read" },
    sha256sum: { operands: "read" },
    sha1sum: { operands: "read" },
    sort: { operands: "read", options: { "-o": "write", "-T": "write-dir", "--files0-from": "read", "--random-source": "read" } },
    shuf: { operands: "read", options: { "-o": "write", "--output": "write", "--random-source": "read" } },
    uniq: { operands: "read", last: "write" },
    cut: { operands: "read" },
    paste: { operands: "read" },
    tr: { operands: "none" },
    diff: { operands: "read", tree: ["-r", "--recursive"], options: { "--from-file": "read", "--to-file": "read", "-X": "read", "--exclude-from": "read" } },
    cmp: { operands: "read" },
    comm: { operands: "read" },
    grep: { operands: "read", skip: 1, skipUnless: ["-e", "-f"], tree: ["-r", "-d"], noOperandsWhen: { "-r": ".", "-d": "." }, options: { "-f": "read", "--exclude-from": "read" } },
    egrep: { operands: "read", skip: 1, skipUnless: ["-e", "-f"], tree: ["-r"], noOperandsWhen: { "-r": "." }, options: { "-f": "read" } },
    fgrep: { operands: "read", skip: 1, skipUnless: ["-e", "-f"], tree: ["-r"], noOperandsWhen: { "-r": "." }, options: { "-f": "read" } },
    rgrep: { operands: "read", skip: 1, skipUnless: ["-e", "-f"], tree: !0, noOperands: ".", options: { "-f": "read", "--exclude-from": "read" } },
    rg: { operands: "read", skip: 1, skipUnless: ["-e", "-f", "--files"], tree: !0, noOperands: ".", skipsHidden: !0, when: { "--hidden": { skipsHidden: !1 }, "-u": { skipsHidden: !1 }, "--no-ignore": { skipsHidden: !1 } }, options: { "-f": "read", "--ignore-file": "read" } },
    ag: { operands: "read", skip: 1, tree: !0, noOperands: ".", skipsHidden: !0 },
    sed: { operands: "read", skip: 1, skipUnless: ["-e", "-f"], options: { "-f": "read" }, when: { "-i": { operands: "write" } } },
    awk: { operands: "read", skip: 1, skipUnless: ["-f", "-e", "-E"], options: { "-f": "read", "-E": "read", "-i": "read" } },
    gawk: { operands: "read", skip: 1, skipUnless: ["-f", "-e", "-E"], options: { "-f": "read", "-E": "read", "-i": "read" } },
    mawk: { operands: "read", skip: 1, skipUnless: ["-f", "-e", "-E"], options: { "-f": "read", "-E": "read", "-i": "read" } },
    nawk: { operands: "read", skip: 1, skipUnless: ["-f", "-e", "-E"], options: { "-f": "read", "-E": "read", "-i": "read" } },
    jq: { operands: "read", skip: 1, skipUnless: ["-f"], options: { "-f": "read", "--slurpfile": "read", "--rawfile": "read" } },
    gojq: { operands: "read", skip: 1, skipUnless: ["-f"], options: { "-f": "read", "--slurpfile": "read", "--rawfile": "read" } },
    yq: { operands: "read", skip: 1, when: { "-i": { operands: "write" } } },
    tee: { operands: "none" },
    ls: { operands: "read", guess: !0, listsOutside: !0, tree: ["-R", "--recursive"], noOperands: "." },
    stat: { operands: "read", guess: !0, listsOutside: !0 },
    du: { operands: "read", guess: !0, listsOutside: !0, noOperands: "." },
    tree: { operands: "read", guess: !0, listsOutside: !0, noOperands: ".", options: { "-o": "write" } },
    realpath: { operands: "none" },
    readlink: { operands: "none" },
    basename: { operands: "none" },
    dirname: { operands: "none" },
    find: { startPoints: !0, noOperands: ".", listsOutside: !0 },
    touch: { operands: "write", options: { "-r": "read", "--reference": "read" } },
    mkdir: { operands: "write" },
    rmdir: { operands: "delete" },
    rm: { operands: "delete", tree: ["-r"] },
    unlink: { operands: "delete" },
    shred: { operands: "write" },
    truncate: { operands: "write", options: { "-r": "read" } },
    cp: { operands: "read", tree: ["-r", "-a"], last: "write", lastDir: !0, options: { "-t": "write-dir" } },
    mv: { operands: "delete", tree: "named", last: "write", lastDir: !0, options: { "-t": "write-dir" } },
    install: { operands: "read", last: "write", lastDir: !0, options: { "-t": "write-dir" }, when: { "-d": { operands: "write", last: null } } },
    ln: { operands: "read", last: "write", lastDir: !0, options: { "-t": "write-dir" } },
    chmod: { operands: "write", skip: 1, skipUnless: ["--reference"], shortFlags: "cfvR", tree: ["-R"], options: { "--reference": "read" } },
    chown: { operands: "write", skip: 1, skipUnless: ["--reference"], tree: ["-R"], options: { "--reference": "read" } },
    chgrp: { operands: "write", skip: 1, skipUnless: ["--reference"], tree: ["-R"], options: { "--reference": "read" } },
    dd: { operands: "none", assign: { if: "read", of: "write" } },
    tar: { operands: "read", tree: !0, bundled: !0, options: { "-f": "rmt-read", "-T": "read", "-X": "read", "-g": "write", "--index-file": "write", "--volno-file": "write" }, when: { "-c": { options: { "-f": "rmt-write", "-T": "read", "-X": "read" } }, "-r": { options: { "-f": "rmt-write", "-T": "read" } }, "-u": { options: { "-f": "rmt-write", "-T": "read" } }, "-x": { operands: "none", extract: "-C" }, "-O": { extract: "" }, "--to-command": { extract: "" }, "--remove-files": { operands: "delete" }, "-P": { writes: ["/"] }, "--absolute-names": { writes: ["/"] }, "-t": { writes: [] }, "--delete": { options: { "-f": "rmt-write" } }, "-A": { options: { "-f": "rmt-write" } } } },
    bsdtar: { operands: "read", tree: !0, bundled: !0, options: { "-f": "read", "-T": "read", "-X": "read", "-g": "write", "--index-file": "write", "--volno-file": "write" }, when: { "-c": { options: { "-f": "write", "-T": "read", "-X": "read" } }, "-r": { options: { "-f": "write", "-T": "read" } }, "-u": { options: { "-f": "write", "-T": "read" } }, "-x": { operands: "none", extract: "-C" }, "-O": { extract: "" }, "--to-command": { extract: "" }, "--remove-files": { operands: "delete" }, "-P": { writes: ["/"] }, "--absolute-names": { writes: ["/"] }, "-t": { writes: [] }, "--delete": { options: { "-f": "write" } }, "-A": { options: { "-f": "write" } } } },
    gtar: { operands: "read", tree: !0, bundled: !0, options: { "-f": "rmt-read", "-T": "read", "-X": "read", "-g": "write", "--index-file": "write", "--volno-file": "write" }, when: { "-c": { options: { "-f": "rmt-write", "-T": "read", "-X": "read" } }, "-r": { options: { "-f": "rmt-write", "-T": "read" } }, "-u": { options: { "-f": "rmt-write", "-T": "read" } }, "-x": { operands: "none", extract: "-C" }, "-O": { extract: "" }, "--to-command": { extract: "" }, "--remove-files": { operands: "delete" }, "-P": { writes: ["/"] }, "--absolute-names": { writes: ["/"] }, "-t": { writes: [] }, "--delete": { options: { "-f": "rmt-write" } }, "-A": { options: { "-f": "rmt-write" } } } },
    zip: { operands: "read", first: "write", tree: ["-r"], options: { "-O": "write", "-lf": "write", "-b": "write-dir" }, when: { "-m": { operands: "delete" } } },
    unzip: { operands: "none", first: "read", extract: "-d", when: { "-l": { extract: "" }, "-t": { extract: "" }, "-v": { extract: "" }, "-Z": { extract: "" }, "-p": { extract: "" }, "-c": { extract: "" }, "-z": { extract: "" }, "-:": { writes: ["/"] } } },
    "7z x": { operands: "none", first: "read", extract: "-o", when: { "-so": { extract: "" }, "-spf": { writes: ["/"] }, "-spf2": { writes: ["/"] } }, switches: !0 },
    "7z e": { operands: "none", first: "read", extract: "-o", when: { "-so": { extract: "" }, "-spf": { writes: ["/"] }, "-spf2": { writes: ["/"] } }, switches: !0 },
    "7z a": { operands: "read", first: "write", tree: !0, when: { "-sdel": { operands: "delete" } }, switches: !0 },
    "7z u": { operands: "read", first: "write", tree: !0, when: { "-sdel": { operands: "delete" } }, switches: !0 },
    "7za x": { operands: "none", first: "read", extract: "-o", when: { "-so": { extract: "" }, "-spf": { writes: ["/"] }, "-spf2": { writes: ["/"] } }, switches: !0 },
    "7za e": { operands: "none", first: "read", extract: "-o", when: { "-so": { extract: "" }, "-spf": { writes: ["/"] }, "-spf2": { writes: ["/"] } }, switches: !0 },
    "7za a": { operands: "read", first: "write", tree: !0, when: { "-sdel": { operands: "delete" } }, switches: !0 },
    "7zz x": { operands: "none", first: "read", extract: "-o", when: { "-so": { extract: "" }, "-spf": { writes: ["/"] }, "-spf2": { writes: ["/"] } }, switches: !0 },
    "7zz e": { operands: "none", first: "read", extract: "-o", when: { "-so": { extract: "" }, "-spf": { writes: ["/"] }, "-spf2": { writes: ["/"] } }, switches: !0 },
    "7zr x": { operands: "none", first: "read", extract: "-o", when: { "-so": { extract: "" }, "-spf": { writes: ["/"] }, "-spf2": { writes: ["/"] } }, switches: !0 },
    "7zr e": { operands: "none", first: "read", extract: "-o", when: { "-so": { extract: "" }, "-spf": { writes: ["/"] }, "-spf2": { writes: ["/"] } }, switches: !0 },
    "7zr a": { operands: "read", first: "write", tree: !0, when: { "-sdel": { operands: "delete" } }, switches: !0 },
    "7zz a": { operands: "read", first: "write", tree: !0, when: { "-sdel": { operands: "delete" } }, switches: !0 },
    gzip: { operands: "write", tree: ["-r"], outputName: { add: ".gz", suffix: "-S" }, when: { "-d": { outputName: { strip: [".gz", "-gz", ".z", "-z", "_z", ".tgz=.tar", ".taz=.tar"], suffix: "-S", storedName: "-N" } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    gunzip: { operands: "write", tree: ["-r"], outputName: { strip: [".gz", "-gz", ".z", "-z", "_z", ".tgz=.tar", ".taz=.tar"], suffix: "-S", storedName: "-N" }, when: { "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    xz: { operands: "write", outputName: { add: ".xz", suffix: "-S" }, when: { "-d": { outputName: { strip: [".xz", ".txz=.tar", ".lzma", ".tlz=.tar", ".lz"], suffix: "-S" } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    bzip2: { operands: "write", outputName: { add: ".bz2" }, when: { "-d": { outputName: { strip: [".bz2", ".bz", ".tbz2=.tar", ".tbz=.tar"], unknown: ".out" } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    zstd: { operands: "read", tree: ["-r"], options: { "-o": "write", "--output-dir-mirror": "write-dir", "-D": "read", "--patch-from": "read", "--trace": "write" }, outputName: { add: ".zst", dir: "--output-dir-flat" }, when: { "--rm": { operands: "write" }, "-d": { outputName: { strip: [".zst", ".tzst=.tar", ".gz", ".tgz=.tar", ".xz", ".txz=.tar", ".lzma", ".tlz=.tar", ".lz4", ".tlz4=.tar"], dir: "--output-dir-flat" } }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    patch: { operands: "write", noOperands: ".", options: { "-i": "read", "-o": "write", "-r": "write", "-B": "write-prefix", "-Y": "write-prefix" }, outputName: { add: ".orig", suffix: "-z" } },
    cpio: { operands: "none", options: { "-F": "rmt-read", "-I": "rmt-read", "-E": "read", "-O": "rmt-write" }, when: { "-i": { extract: "-D" }, "-t": { extract: "" }, "--to-stdout": { extract: "" }, "-o": { options: { "-F": "rmt-write", "-O": "rmt-write" } }, "-p": { operands: "write-tree" } } },
    bsdcpio: { operands: "none", options: { "-F": "read", "-I": "read", "-E": "read", "-O": "write" }, when: { "-i": { extract: "-D" }, "-t": { extract: "" }, "--to-stdout": { extract: "" }, "-o": { options: { "-F": "write", "-O": "write" } }, "-p": { operands: "write-tree" } } },
    gzexe: { operands: "write", outputName: { add: "~" } },
    atool: { operands: "read", when: { "-x": { extract: "-X" }, "-X": { extract: "-X" }, "-a": { first: "write", tree: !0 } } },
    aunpack: { operands: "read", extract: "-X" },
    apack: { operands: "read", first: "write", tree: !0 },
    dtrx: { operands: "read", extract: "." },
    unp: { operands: "read", extract: "." },
    "arj x": { operands: "none", first: "read", extract: "." },
    "arj e": { operands: "none", first: "read", extract: "." },
    "unarj x": { operands: "none", first: "read", extract: "." },
    "unarj e": { operands: "none", first: "read", extract: "." },
    split: { operands: "none", first: "read", pieces: { operand: 1, default: "x", chars: "[a-z0-9]", length: 2, lengthOption: "-a", suffix: "--additional-suffix" } },
    csplit: { operands: "none", first: "read", pieces: { option: "-f", default: "xx", chars: "[0-9]", length: 2, lengthOption: "-n", format: "-b" } },
    pigz: { operands: "write", tree: ["-r"], outputName: { add: ".gz", suffix: "-S" }, when: { "-z": { outputName: { add: ".zz", suffix: "-S" } }, "-K": { outputName: { add: ".zip", suffix: "-S" } }, "-d": { outputName: { strip: [".gz", "-gz", ".z", "-z", "_z", ".tgz=.tar", ".taz=.tar", ".zz", "-zz", ".zip"], suffix: "-S", storedName: "" } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    unpigz: { operands: "write", tree: ["-r"], outputName: { strip: [".gz", "-gz", ".z", "-z", "_z", ".tgz=.tar", ".taz=.tar", ".zz", "-zz", ".zip"], suffix: "-S", storedName: "" }, when: { "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    zcat: { operands: "read" },
    gzcat: { operands: "read" },
    lbzip2: { operands: "write", outputName: { add: ".bz2" }, when: { "-d": { outputName: { strip: [".bz2", ".bz", ".tbz2=.tar", ".tbz=.tar"], unknown: ".out" } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    pbzip2: { operands: "write", outputName: { add: ".bz2" }, when: { "-d": { outputName: { strip: [".bz2", ".bz", ".tbz2=.tar", ".tbz=.tar"], unknown: ".out" } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    bunzip2: { operands: "write", outputName: { strip: [".bz2", ".bz", ".tbz2=.tar", ".tbz=.tar"], unknown: ".out" }, when: { "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    bzcat: { operands: "read" },
    lzma: { operands: "write", outputName: { add: ".lzma", suffix: "-S" }, when: { "-d": { outputName: { strip: [".xz", ".txz=.tar", ".lzma", ".tlz=.tar", ".lz"], suffix: "-S" } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    unxz: { operands: "write", outputName: { strip: [".xz", ".txz=.tar", ".lzma", ".tlz=.tar", ".lz"], suffix: "-S" }, when: { "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    unlzma: { operands: "write", outputName: { strip: [".xz", ".txz=.tar", ".lzma", ".tlz=.tar", ".lz"], suffix: "-S" }, when: { "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    xzcat: { operands: "read" },
    lzcat: { operands: "read" },
    pzstd: { operands: "read", tree: ["-r"], options: { "-o": "write", "--output-dir-mirror": "write-dir", "-D": "read", "--patch-from": "read", "--trace": "write" }, outputName: { add: ".zst", dir: "--output-dir-flat" }, when: { "--rm": { operands: "write" }, "-d": { outputName: { strip: [".zst", ".tzst=.tar", ".gz", ".tgz=.tar", ".xz", ".txz=.tar", ".lzma", ".tlz=.tar", ".lz4", ".tlz4=.tar"], dir: "--output-dir-flat" } }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    unzstd: { operands: "read", tree: ["-r"], options: { "-o": "write", "--output-dir-mirror": "write-dir", "-D": "read", "--patch-from": "read", "--trace": "write" }, outputName: { strip: [".zst", ".tzst=.tar", ".gz", ".tgz=.tar", ".xz", ".txz=.tar", ".lzma", ".tlz=.tar", ".lz4", ".tlz4=.tar"], dir: "--output-dir-flat" }, when: { "--rm": { operands: "write" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    zstdcat: { operands: "read" },
    lz4: { operands: "read", outputName: { add: ".lz4" }, when: { "--rm": { operands: "write" }, "-d": { outputName: { strip: [".lz4", ".tlz4=.tar"] } }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null } }, last: "write" },
    unlz4: { operands: "read", outputName: { strip: [".lz4", ".tlz4=.tar"] }, when: { "--rm": { operands: "write" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null } }, last: "write" },
    lz4cat: { operands: "read" },
    lzip: { operands: "write", options: { "-o": "write" }, outputName: { add: ".lz" }, when: { "-d": { outputName: { strip: [".lz", ".tlz=.tar"] } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    plzip: { operands: "write", options: { "-o": "write" }, outputName: { add: ".lz" }, when: { "-d": { outputName: { strip: [".lz", ".tlz=.tar"] } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    lunzip: { operands: "write", options: { "-o": "write" }, outputName: { strip: [".lz", ".tlz=.tar"] }, when: { "-k": { operands: "read" }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null } } },
    lzop: { operands: "read", options: { "-o": "write" }, outputName: { add: ".lzo", suffix: "-S", dir: "-p" }, when: { "-x": { outputName: { strip: [".lzo", ".tzo=.tar"], suffix: "-S", storedName: "-x", dir: "-p" } }, "-U": { operands: "write" }, "-d": { outputName: { strip: [".lzo", ".tzo=.tar"], suffix: "-S", dir: "-p", storedName: "-N" } }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null }, "-l": { operands: "read", outputName: null }, "--info": { operands: "read", outputName: null } } },
    brotli: { operands: "read", options: { "-o": "write", "-D": "read" }, outputName: { add: ".br", suffix: "-S" }, when: { "-j": { operands: "write" }, "-d": { outputName: { strip: [".br"], suffix: "-S" } }, "-c": { operands: "read", outputName: null }, "-t": { operands: "read", outputName: null } } },
    snzip: { operands: "write", outputName: { add: ".sz" }, when: { "-d": { outputName: { strip: [".sz", ".snappy"] } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null } } },
    compress: { operands: "write", tree: ["-r"], outputName: { add: ".Z" }, when: { "-d": { outputName: { strip: [".Z"] } }, "-k": { operands: "read" }, "-c": { operands: "read", outputName: null } } },
    uncompress: { operands: "write", outputName: { strip: [".Z"] }, when: { "-k": { operands: "read" }, "-c": { operands: "read", outputName: null } } },
    rpm2archive: { operands: "read", outputName: { add: ".tgz" } },
    ar: { operands: "read", first: "write", bundled: !0, when: { "-x": { first: "read", operands: "none", extract: "--output" }, "-p": { first: "read", operands: "none" }, "-t": { first: "read", operands: "none" }, "-d": { operands: "none" }, "-m": { operands: "none" } } },
    "llvm-ar": { operands: "read", first: "write", bundled: !0, when: { "-x": { first: "read", operands: "none", extract: "--output" }, "-p": { first: "read", operands: "none" }, "-t": { first: "read", operands: "none" }, "-d": { operands: "none" }, "-m": { operands: "none" } } },
    jar: { operands: "read", tree: !0, bundled: !0, options: { "-f": "read", "-m": "read", "-C": "read-tree" }, when: { "-c": { options: { "-f": "write" } }, "-u": { options: { "-f": "write" } }, "-x": { operands: "none", extract: "-C" }, "-t": { operands: "none" } } },
    dpkg: { operands: "read", guess: !0, when: { "-x": { guess: !1, last: "write-tree" }, "-X": { guess: !1, last: "write-tree" }, "-e": { guess: !1, last: "write-tree", writes: ["DEBIAN"] }, "-b": { guess: !1, first: "read-tree", last: "write", outputName: { add: ".deb" } } } },
    "dpkg-deb": { operands: "read", guess: !0, when: { "-x": { guess: !1, last: "write-tree" }, "-X": { guess: !1, last: "write-tree" }, "-e": { guess: !1, last: "write-tree", writes: ["DEBIAN"] }, "-b": { guess: !1, first: "read-tree", last: "write", outputName: { add: ".deb" } }, "-R": { guess: !1, last: "write-tree" } } },
    "unrar x": { operands: "none", first: "read", extract: "-op", switches: !0 },
    "unrar e": { operands: "none", first: "read", extract: "-op", switches: !0 },
    "rar x": { operands: "none", first: "read", extract: "-op", switches: !0 },
    "rar e": { operands: "none", first: "read", extract: "-op", switches: !0 },
    "rar a": { operands: "read", first: "write", tree: !0, switches: !0, when: { "-df": { operands: "delete" } } },
    "rar u": { operands: "read", first: "write", tree: !0, switches: !0, when: { "-df": { operands: "delete" } } },
    "rar f": { operands: "read", first: "write", tree: !0, switches: !0, when: { "-df": { operands: "delete" } } },
    "rar m": { operands: "delete", first: "write", tree: !0, switches: !0 },
    unar: { operands: "read", extract: "-o", when: { "-force-overwrite": {}, "-force-rename": {}, "-force-skip": {}, "-force-directory": {}, "-no-directory": {}, "-no-recursion": {}, "-copy-time": {}, "-quiet": {}, "-version": {}, "-help": {}, "-no-quarantine": {} } },
    cabextract: { operands: "read", extract: "-d", when: { "-l": { extract: "" }, "-t": { extract: "" }, "-p": { extract: "" } } },
    pax: { operands: "none", options: { "-f": "read" }, when: { "-r": { extract: ".", last: "write-tree" }, "-w": { operands: "read", tree: !0, options: { "-f": "write" } } } },
    uudecode: { operands: "read", extract: "-o" },
    zipnote: { operands: "read", options: { "-b": "write-dir" }, when: { "-w": { operands: "write" } } },
    zipsplit: { operands: "read", options: { "-b": "write-dir" } },
    xargs: { posix: !0, options: { "-a": "read" } },
    time: { posix: !0, options: { "-o": "write" } },
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
    node: { operands: "read", guess: !0, first: "read", options: { "-r": "read", "--require": "read", "--import": "read", "--env-file": "read", "--env-file-if-exists": "read", "--loader": "read", "--experimental-loader": "read", "--redirect-warnings": "write", "--test-reporter-destination": "write", "--diagnostic-dir": "write-dir", "--cpu-prof-dir": "write-dir", "--heap-prof-dir": "write-dir", "--report-directory": "write-dir", "--snapshot-blob": "write" }, when: { "-e": { first: "none" }, "-p": { first: "none" }, "--eval": { first: "none" }, "--print": { first: "none" } } },
    osascript: { operands: "read", guess: !0, first: "read", when: { "-e": { first: null } } },
    automator: { operands: "read", guess: !0, first: "read" },
    python: { operands: "read", guess: !0, first: "read", when: { "-c": { first: "none" }, "-m": { first: null } } },
    python3: { operands: "read", guess: !0, first: "read", when: { "-c": { first: "none" }, "-m": { first: null } } },
    ruby: { operands: "read", guess: !0, first: "read", when: { "-e": { first: "none" } } },
    perl: { operands: "read", guess: !0, first: "read", when: { "-e": { first: "none" }, "-E": { first: "none" } } },
    php: { operands: "read", guess: !0, first: "read", options: { "-c": "read", "-f": "read" }, when: { "-S": { first: null, serves: "-t" }, "-r": { first: "none" } } },
    deno: { operands: "read", guess: !0, operandsAfter: { run: { op: "url-or-read", first: !0 }, install: { op: "url-or-read", first: !0 }, cache: { op: "url-or-read" }, compile: { op: "url-or-read", first: !0 }, test: { op: "url-or-read" }, bundle: { op: "url-or-read", first: !0 }, add: { op: "package", writes: ["deno.json"] } }, options: { "--env-file": "read", "--config": "read", "-c": "read", "--import-map": "url-or-read", "--lock": "read", "--cert": "read" }, when: { "--env-file": { reads: [".env"] } } },
    bun: { operands: "read", guess: !0, operandsAfter: { run: { op: "read", reads: ["package.json"], readsCode: !0 }, test: { op: "read", reads: ["package.json", "bunfig.toml"], readsCode: !0 }, add: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "bun", reads: ["bunfig.toml", ".npmrc"] }, install: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "bun", reads: ["bunfig.toml", ".npmrc"] }, i: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "bun", reads: ["bunfig.toml", ".npmrc"] }, update: { op: "package", registry: "bun", reads: ["bunfig.toml", ".npmrc"] }, x: { op: "package", first: !0, registry: "bun", registryMay: !0, reads: ["bunfig.toml", ".npmrc"] }, create: { op: "package", first: !0, registry: "bun", reads: ["bunfig.toml", ".npmrc"] } }, options: { "--registry": "url", "--package": "package" } },
    tsx: { operands: "read", guess: !0, first: "read", options: { "--env-file": "read", "--env-file-if-exists": "read", "--tsconfig": "read", "-r": "read", "--require": "read", "--import": "read" } },
    bunx: { operands: "none", first: "package", options: { "--registry": "url", "-p": "package", "--package": "package" }, registry: "bun", registryMay: !0, reads: ["bunfig.toml", ".npmrc"] },
    pnpx: { operands: "none", first: "package", options: { "--registry": "url" }, registry: "pnpm", reads: [".npmrc"] },
    uvx: { operands: "read", guess: !0, options: { "--index-url": "url", "-i": "url", "--extra-index-url": "url", "--index": "url", "--default-index": "url", "--from": "package", "--with": "package" }, registry: "uv", reads: ["uv.toml"] },
    pipx: { operands: "read", guess: !0, options: { "--index-url": "url", "-i": "url" }, operandsAfter: { install: { op: "none", registry: "pipx" }, run: { op: "none", registry: "pipx" }, inject: { op: "none", registry: "pipx" }, upgrade: { op: "none", registry: "pipx" }, reinstall: { op: "none", registry: "pipx" }, "upgrade-all": { op: "none", registry: "pipx" }, "reinstall-all": { op: "none", registry: "pipx" } } },
    poetry: { operands: "read", guess: !0, operandsAfter: { add: { op: "none", registry: "poetry", reads: ["poetry.toml", "pyproject.toml"] }, install: { op: "none", registry: "poetry", reads: ["poetry.toml", "pyproject.toml"] }, lock: { op: "none", registry: "poetry", reads: ["poetry.toml", "pyproject.toml"] }, update: { op: "none", registry: "poetry", reads: ["poetry.toml", "pyproject.toml"] }, sync: { op: "none", registry: "poetry", reads: ["poetry.toml", "pyproject.toml"] } } },
    pdm: { operands: "read", guess: !0, operandsAfter: { add: { op: "none", registry: "pdm", reads: ["pdm.toml", "pyproject.toml"] }, install: { op: "none", registry: "pdm", reads: ["pdm.toml", "pyproject.toml"] }, lock: { op: "none", registry: "pdm", reads: ["pdm.toml", "pyproject.toml"] }, update: { op: "none", registry: "pdm", reads: ["pdm.toml", "pyproject.toml"] }, sync: { op: "none", registry: "pdm", reads: ["pdm.toml", "pyproject.toml"] } } },
    pipenv: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", registry: "pipenv", reads: ["Pipfile"] }, lock: { op: "none", registry: "pipenv", reads: ["Pipfile"] }, sync: { op: "none", registry: "pipenv", reads: ["Pipfile"] }, update: { op: "none", registry: "pipenv", reads: ["Pipfile"] }, upgrade: { op: "none", registry: "pipenv", reads: ["Pipfile"] } } },
    conda: { operands: "read", guess: !0, options: { "-c": "package", "--channel": "package" }, operandsAfter: { install: { op: "none", registry: "conda" }, create: { op: "none", registry: "conda" }, update: { op: "none", registry: "conda" }, upgrade: { op: "none", registry: "conda" }, search: { op: "none", registry: "conda" }, "env create": { op: "none", registry: "conda" }, "env update": { op: "none", registry: "conda" } } },
    mamba: { operands: "read", guess: !0, options: { "-c": "package", "--channel": "package" }, operandsAfter: { install: { op: "none", registry: "conda" }, create: { op: "none", registry: "conda" }, update: { op: "none", registry: "conda" }, upgrade: { op: "none", registry: "conda" }, search: { op: "none", registry: "conda" }, "env create": { op: "none", registry: "conda" }, "env update": { op: "none", registry: "conda" } } },
    micromamba: { operands: "read", guess: !0, options: { "-c": "package", "--channel": "package" }, operandsAfter: { install: { op: "none", registry: "conda" }, create: { op: "none", registry: "conda" }, update: { op: "none", registry: "conda" }, upgrade: { op: "none", registry: "conda" }, search: { op: "none", registry: "conda" }, "env create": { op: "none", registry: "conda" }, "env update": { op: "none", registry: "conda" } } },
    bundle: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] }, update: { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] }, add: { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] }, lock: { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] }, outdated: { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] }, "(no operand)": { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] } } },
    bundler: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] }, update: { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] }, add: { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] }, lock: { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] }, outdated: { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] }, "(no operand)": { op: "none", registry: "bundler", reads: ["Gemfile", ".bundle/config"] } } },
    composer: { operands: "read", guess: !0, operandsAfter: { require: { op: "none", registry: "composer", reads: ["composer.json", "auth.json"] }, install: { op: "none", registry: "composer", reads: ["composer.json", "auth.json"] }, update: { op: "none", registry: "composer", reads: ["composer.json", "auth.json"] }, "create-project": { op: "none", registry: "composer", reads: ["composer.json", "auth.json"] }, upgrade: { op: "none", registry: "composer", reads: ["composer.json", "auth.json"] }, u: { op: "none", registry: "composer", reads: ["composer.json", "auth.json"] }, i: { op: "none", registry: "composer", reads: ["composer.json", "auth.json"] }, req: { op: "none", registry: "composer", reads: ["composer.json", "auth.json"] } } },
    dotnet: { operands: "read", guess: !0, operandsAfter: { "add package": { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] }, restore: { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] }, "tool install": { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] }, "tool update": { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] }, "tool restore": { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] }, "new install": { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] }, "workload install": { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] }, "workload update": { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] }, "workload restore": { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] }, build: { op: "code-or-read", first: !0 }, run: { op: "code-or-read", first: !0 }, test: { op: "code-or-read", first: !0 }, publish: { op: "code-or-read", first: !0 }, pack: { op: "code-or-read", first: !0 } }, options: { "--project": "read" } },
    nuget: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] }, restore: { op: "none", registry: "nuget", reads: ["nuget.config", "NuGet.Config"] } } },
    mix: { operands: "read", guess: !0, reads: ["mix.exs"], readsCode: !0, operandsAfter: { "deps.get": { op: "none", registry: "hex" }, "deps.update": { op: "none", registry: "hex" }, "local.hex": { op: "none", registry: "hex" }, "local.rebar": { op: "none", registry: "hex" }, "hex.info": { op: "none", registry: "hex" }, "hex.outdated": { op: "none", registry: "hex" }, "hex.search": { op: "none", registry: "hex" }, "archive.install": { op: "url-or-read", registry: "hex" }, "escript.install": { op: "url-or-read", registry: "hex" } } },
    dart: { operands: "read", guess: !0, operandsAfter: { "pub get": { op: "none", registry: "pub" }, "pub upgrade": { op: "none", registry: "pub" }, "pub add": { op: "none", registry: "pub" }, "pub downgrade": { op: "none", registry: "pub" }, "pub outdated": { op: "none", registry: "pub" }, "pub global activate": { op: "none", registry: "pub" }, "pub cache add": { op: "none", registry: "pub" } } },
    flutter: { operands: "read", guess: !0, operandsAfter: { "pub get": { op: "none", registry: "pub" }, "pub upgrade": { op: "none", registry: "pub" }, "pub add": { op: "none", registry: "pub" }, "pub downgrade": { op: "none", registry: "pub" }, "pub outdated": { op: "none", registry: "pub" }, upgrade: { op: "none", contacts: "(github.com and storage.googleapis.com: the Flutter SDK and its artifacts)" }, precache: { op: "none", contacts: "(storage.googleapis.com: the Flutter SDK's artifacts)" }, create: { op: "none", contacts: "(pub.dev: the new project's packages)" } } },
    swift: { operands: "read", guess: !0, operandsAfter: { "package resolve": { op: "none", contacts: "(the hosts of the dependencies Package.swift names)" }, "package update": { op: "none", contacts: "(the hosts of the dependencies Package.swift names)" } }, options: { "--package-path": "read", "--scratch-path": "write-dir" } },
    pod: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", contacts: "(cdn.cocoapods.org and the hosts of the pods' sources)" }, update: { op: "none", contacts: "(cdn.cocoapods.org and the hosts of the pods' sources)" }, outdated: { op: "none", contacts: "(cdn.cocoapods.org)" }, repo: { op: "none", contacts: "(the spec repositories' hosts)" }, search: { op: "none", contacts: "(cdn.cocoapods.org)" } } },
    carthage: { operands: "read", guess: !0, operandsAfter: { update: { op: "none", contacts: "(the hosts of the repositories the Cartfile names)" }, bootstrap: { op: "none", contacts: "(the hosts of the repositories the Cartfile names)" }, checkout: { op: "none", contacts: "(the hosts of the repositories the Cartfile names)" }, fetch: { op: "none", contacts: "(the repository's host)" } } },
    cabal: { operands: "read", guess: !0, operandsAfter: { update: { op: "none", registry: "hackage" }, "v2-update": { op: "none", registry: "hackage" }, install: { op: "none", registry: "hackage" }, "v2-install": { op: "none", registry: "hackage" }, get: { op: "none", registry: "hackage" }, fetch: { op: "none", registry: "hackage" }, list: { op: "none", registry: "hackage" } } },
    stack: { operands: "read", guess: !0, operandsAfter: { setup: { op: "none", contacts: "(downloads.haskell.org and www.stackage.org: the compiler and snapshots)" }, update: { op: "none", registry: "hackage" }, install: { op: "none", registry: "hackage" }, upgrade: { op: "none", contacts: "(github.com: stack's releases)" }, new: { op: "none", contacts: "(the template's host: github.com by default)" } } },
    opam: { operands: "read", guess: !0, operandsAfter: { init: { op: "none", contacts: "(opam.ocaml.org, or the repository given)" }, update: { op: "none", contacts: "(the configured repositories' hosts)" }, install: { op: "none", contacts: "(opam.ocaml.org and the packages' source hosts)" }, upgrade: { op: "none", contacts: "(opam.ocaml.org and the packages' source hosts)" }, reinstall: { op: "none", contacts: "(the packages' source hosts)" }, pin: { op: "none", contacts: "(the pinned package's source host)" }, source: { op: "none", contacts: "(the package's source host)" } } },
    nimble: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", contacts: "(github.com: the package list, and the packages' source hosts)" }, refresh: { op: "none", contacts: "(github.com and nim-lang.org: the package list)" }, develop: { op: "none", contacts: "(the package's source host)" }, search: { op: "none", contacts: "(the package list's host)" } } },
    luarocks: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", registry: "luarocks" }, download: { op: "none", registry: "luarocks" }, search: { op: "none", registry: "luarocks" }, build: { op: "none", contacts: "(the source URL the rockspec names)" }, make: { op: "none", contacts: "(the source URL the rockspec names)" } } },
    cpanm: { operands: "url-or-read", guess: !0, registry: "cpan", options: { "--mirror": "url", "--from": "url", "-M": "url", "-L": "write-dir", "-l": "write-dir", "--local-lib": "write-dir", "--local-lib-contained": "write-dir" } },
    cpan: { operands: "read", guess: !0, registry: "cpan" },
    vcpkg: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", contacts: "(github.com and the ports' source hosts)" }, update: { op: "none", contacts: "(github.com)" }, upgrade: { op: "none", contacts: "(the ports' source hosts)" }, "x-update-baseline": { op: "none", contacts: "(github.com)" } } },
    conan: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", registry: "conan" }, create: { op: "none", registry: "conan" }, download: { op: "none", registry: "conan" }, search: { op: "none", registry: "conan" }, upload: { op: "none", contacts: "(the Conan remote given or configured)" } } },
    zig: { operands: "read", guess: !0, operandsAfter: { fetch: { op: "url-or-read" } } },
    gcc: { operands: "read", guess: !0, options: { "-o": "write", "-include": "read", "-imacros": "read", "-MF": "write", "-T": "read" } },
    "g++": { operands: "read", guess: !0, options: { "-o": "write", "-include": "read", "-imacros": "read", "-MF": "write", "-T": "read" } },
    cc: { operands: "read", guess: !0, options: { "-o": "write", "-include": "read", "-imacros": "read", "-MF": "write", "-T": "read" } },
    "c++": { operands: "read", guess: !0, options: { "-o": "write", "-include": "read", "-imacros": "read", "-MF": "write", "-T": "read" } },
    clang: { operands: "read", guess: !0, options: { "-o": "write", "-include": "read", "-imacros": "read", "-MF": "write", "-T": "read" } },
    "clang++": { operands: "read", guess: !0, options: { "-o": "write", "-include": "read", "-imacros": "read", "-MF": "write", "-T": "read" } },
    tcc: { operands: "read", guess: !0, options: { "-o": "write" }, when: { "-run": { first: "read" } } },
    raco: { operands: "read", guess: !0, operandsAfter: { "pkg install": { op: "none", registry: "racket" }, "pkg update": { op: "none", registry: "racket" }, "pkg migrate": { op: "none", registry: "racket" } } },
    sdk: { operands: "none", operandsAfter: { install: { op: "none", registry: "sdkman" }, i: { op: "none", registry: "sdkman" }, upgrade: { op: "none", registry: "sdkman" }, ug: { op: "none", registry: "sdkman" }, selfupdate: { op: "none", registry: "sdkman" }, update: { op: "none", registry: "sdkman" }, list: { op: "none", registry: "sdkman" }, ls: { op: "none", registry: "sdkman" } } },
    rustup: { operands: "none", operandsAfter: { update: { op: "none", registry: "rustup" }, install: { op: "none", registry: "rustup" }, "toolchain install": { op: "none", registry: "rustup" }, "component add": { op: "none", registry: "rustup" }, "target add": { op: "none", registry: "rustup" }, "self update": { op: "none", registry: "rustup" } } },
    elan: { operands: "none", operandsAfter: { update: { op: "none", contacts: "(github.com and release.lean-lang.org: Lean's releases)" }, "toolchain install": { op: "none", contacts: "(github.com and release.lean-lang.org: Lean's releases)" }, "self update": { op: "none", contacts: "(github.com: elan's releases)" } } },
    ghcup: { operands: "none", operandsAfter: { install: { op: "none", contacts: "(downloads.haskell.org and the hosts of ghcup's metadata)" }, upgrade: { op: "none", contacts: "(downloads.haskell.org and github.com)" }, compile: { op: "none", contacts: "(downloads.haskell.org: the sources)" } } },
    nix: { operands: "read", guess: !0, operandsAfter: { build: { op: "none", registry: "nix", registryMay: !0 }, develop: { op: "none", registry: "nix", registryMay: !0 }, shell: { op: "none", registry: "nix", registryMay: !0 }, run: { op: "none", registry: "nix", registryMay: !0 }, copy: { op: "none", contacts: "(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)" }, "profile install": { op: "none", registry: "nix", registryMay: !0 }, "profile upgrade": { op: "none", contacts: "(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)" }, "flake update": { op: "none", contacts: "(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)" }, "flake lock": { op: "none", contacts: "(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)" }, "flake init": { op: "none", contacts: "(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)" }, "flake new": { op: "none", contacts: "(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)" }, "flake prefetch": { op: "none", contacts: "(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)" }, "store prefetch-file": { op: "none", contacts: "(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)" }, "upgrade-nix": { op: "none", contacts: "(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)" } } },
    "nix-env": { operands: "none", registry: "nix", registryMay: !0 },
    "nix-build": { operands: "read", guess: !0, registry: "nix", registryMay: !0 },
    "nix-shell": { operands: "read", guess: !0, registry: "nix", registryMay: !0 },
    "nix-channel": { operands: "none", contacts: "(cache.nixos.org and the hosts of the flake inputs, channels or sources the expression names)", contactsUnless: ["--list", "--remove", "--version", "--help"] },
    guix: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", contacts: "(ci.guix.gnu.org and bordeaux.guix.gnu.org: substitutes, and the sources' hosts)" }, pull: { op: "none", contacts: "(git.savannah.gnu.org and the channels' hosts)" }, package: { op: "none", contacts: "(ci.guix.gnu.org and the sources' hosts)" }, shell: { op: "none", contacts: "(ci.guix.gnu.org and the sources' hosts)" }, build: { op: "none", contacts: "(ci.guix.gnu.org and the sources' hosts)" }, upgrade: { op: "none", contacts: "(ci.guix.gnu.org and the sources' hosts)" }, "time-machine": { op: "none", contacts: "(the channels' hosts)" } } },
    spack: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", contacts: "(the packages' source hosts and the build caches)" }, fetch: { op: "none", contacts: "(the packages' source hosts)" }, mirror: { op: "none", contacts: "(the packages' source hosts)" }, buildcache: { op: "none", contacts: "(the build caches' hosts)" } } },
    jest: { operands: "read", guess: !0, options: { "-c": "read", "--config": "read", "--rootDir": "read", "--roots": "read", "--setupFiles": "code-or-read", "--setupFilesAfterEnv": "code-or-read", "--globalSetup": "code-or-read", "--globalTeardown": "code-or-read", "--testEnvironment": "code-or-read", "--reporters": "code-or-read", "--transform": "code-or-read", "--outputFile": "write", "--coverageDirectory": "write-dir" } },
    vitest: { operands: "read", guess: !0, options: { "-c": "read", "--config": "read", "-r": "read", "--root": "read", "--dir": "read", "--workspace": "read", "--project": "none", "--globalSetup": "code-or-read", "--setupFiles": "code-or-read", "--environment": "code-or-read", "--reporter": "code-or-read", "--outputFile": "write" } },
    webpack: { operands: "read", guess: !0, options: { "-c": "read", "--config": "read", "-o": "write-dir", "--output-path": "write-dir", "--entry": "read" } },
    vite: { operands: "read", guess: !0, options: { "-c": "read", "--config": "read", "--outDir": "write-dir" } },
    babel: { operands: "read", guess: !0, options: { "--config-file": "read", "-o": "write", "--out-file": "write", "-d": "write-dir", "--out-dir": "write-dir", "--plugins": "code-or-read", "--presets": "code-or-read" } },
    "playwright test": { operands: "read", guess: !0, options: { "-c": "read", "--config": "read", "--output": "write-dir" } },
    mocha: { operands: "read", guess: !0, options: { "--config": "read", "-r": "code-or-read", "--require": "code-or-read", "--file": "read", "--reporter": "code-or-read", "-R": "code-or-read", "--ui": "code-or-read", "-u": "code-or-read" } },
    tsc: { operands: "read", guess: !0, options: { "-p": "read", "--project": "read", "--outDir": "write-dir", "--outFile": "write", "--declarationDir": "write-dir", "--tsBuildInfoFile": "write" } },
    tox: { operands: "none", options: { "-c": "read", "--conf": "read", "--workdir": "write-dir", "--root": "read" }, reads: ["tox.ini"], readsCode: !0, when: { "-c": { reads: [] }, "--conf": { reads: [] } } },
    nox: { operands: "none", options: { "-f": "read", "--noxfile": "read", "--envdir": "write-dir" }, reads: ["noxfile.py"], readsCode: !0, when: { "-f": { reads: [] }, "--noxfile": { reads: [] } } },
    "pre-commit": { operands: "read", guess: !0, options: { "-c": "read", "--config": "read" } },
    mypy: { operands: "read", guess: !0, options: { "--config-file": "read", "--cache-dir": "write-dir", "--junit-xml": "write" } },
    pytest: { operands: "read", guess: !0, reads: ["conftest.py"], readsCode: !0, options: { "-c": "read", "--config-file": "read", "--rootdir": "read", "--confcutdir": "read", "--basetemp": "write-dir", "--junitxml": "write", "--junit-xml": "write", "--resultlog": "write" } },
    invoke: { operands: "none", options: { "-c": "code-or-read", "--collection": "code-or-read", "-r": "read", "--search-root": "read", "-f": "read", "--config": "read" } },
    brew: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", registry: "brew" }, upgrade: { op: "none", registry: "brew" }, reinstall: { op: "none", registry: "brew" }, fetch: { op: "none", registry: "brew" }, tap: { op: "none", ops: ["none", "url-or-read"], registry: "brew-tap", registryWithOperands: !0 } } },
    apt: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, update: { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, upgrade: { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, "dist-upgrade": { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, "full-upgrade": { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, download: { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, source: { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, "build-dep": { op: "none", contacts: "(the package mirrors of the machine's APT sources)" } } },
    "apt-get": { operands: "read", guess: !0, operandsAfter: { install: { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, update: { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, upgrade: { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, "dist-upgrade": { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, "full-upgrade": { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, download: { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, source: { op: "none", contacts: "(the package mirrors of the machine's APT sources)" }, "build-dep": { op: "none", contacts: "(the package mirrors of the machine's APT sources)" } } },
    dnf: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, update: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, upgrade: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, download: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, makecache: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, reinstall: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, "distro-sync": { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" } } },
    yum: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, update: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, upgrade: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, download: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, makecache: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, reinstall: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, "distro-sync": { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" } } },
    microdnf: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, update: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, upgrade: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, download: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, makecache: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, reinstall: { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" }, "distro-sync": { op: "none", contacts: "(the repositories of the machine's dnf or yum configuration)" } } },
    apk: { operands: "read", guess: !0, options: { "-X": "url", "--repository": "url" }, operandsAfter: { add: { op: "none", contacts: "(the repositories of /etc/apk/repositories)" }, update: { op: "none", contacts: "(the repositories of /etc/apk/repositories)" }, upgrade: { op: "none", contacts: "(the repositories of /etc/apk/repositories)" }, fetch: { op: "none", contacts: "(the repositories of /etc/apk/repositories)" } } },
    npm: { operands: "none", operandsAfter: { install: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, i: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, in: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, ins: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, inst: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, insta: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, instal: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, isnt: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, isnta: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, isntal: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, isntall: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, add: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, update: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, up: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, upgrade: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, ci: { op: "package", registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, exec: { op: "package", first: !0, registry: "npm", registryMay: !0, reads: [".npmrc"] }, x: { op: "package", first: !0, registry: "npm", registryMay: !0, reads: [".npmrc"] }, create: { op: "package", first: !0, registry: "npm", reads: [".npmrc"] }, init: { op: "package", first: !0, writes: ["package.json"], registry: "npm", registryWithOperands: !0, reads: [".npmrc"] }, run: { op: "none", reads: ["package.json"], readsCode: !0 }, "run-script": { op: "none", reads: ["package.json"], readsCode: !0 }, rum: { op: "none", reads: ["package.json"], readsCode: !0 }, urn: { op: "none", reads: ["package.json"], readsCode: !0 }, test: { op: "none", reads: ["package.json"], readsCode: !0 }, t: { op: "none", reads: ["package.json"], readsCode: !0 }, tst: { op: "none", reads: ["package.json"], readsCode: !0 }, start: { op: "none", reads: ["package.json"], readsCode: !0 }, stop: { op: "none", reads: ["package.json"], readsCode: !0 }, restart: { op: "none", reads: ["package.json"], readsCode: !0 }, pkg: { op: "none", writes: ["package.json"] }, audit: { op: "none", writes: ["package.json"], writesWithOperands: !0, registry: "npm", reads: [".npmrc"] }, "set-script": { op: "none", writes: ["package.json"] }, version: { op: "none", writes: ["package.json"] }, uninstall: { op: "none", writes: ["package.json"] }, remove: { op: "none", writes: ["package.json"] }, rm: { op: "none", writes: ["package.json"] }, r: { op: "none", writes: ["package.json"] }, un: { op: "none", writes: ["package.json"] }, unlink: { op: "none", writes: ["package.json"] }, view: { op: "none", registry: "npm", reads: [".npmrc"] }, info: { op: "none", registry: "npm", reads: [".npmrc"] }, show: { op: "none", registry: "npm", reads: [".npmrc"] }, v: { op: "none", registry: "npm", reads: [".npmrc"] }, outdated: { op: "none", registry: "npm", reads: [".npmrc"] }, "install-test": { op: "none", registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, it: { op: "none", registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, "install-ci-test": { op: "none", registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, cit: { op: "none", registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, "clean-install": { op: "package", registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, ic: { op: "package", registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, "install-clean": { op: "package", registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 }, "isntall-clean": { op: "package", registry: "npm", reads: ["package.json", ".npmrc"], readsCode: !0 } }, options: { "--registry": "url", "--package": "package", "--logs-dir": "write-dir", "--cache": "write-dir", "--pack-destination": "write-dir" } },
    pnpm: { operands: "none", operandsAfter: { run: { op: "none", reads: ["package.json"], readsCode: !0 }, test: { op: "none", reads: ["package.json"], readsCode: !0 }, start: { op: "none", reads: ["package.json"], readsCode: !0 }, add: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "pnpm", reads: ["package.json", ".npmrc"], readsCode: !0 }, install: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "pnpm", reads: ["package.json", ".npmrc"], readsCode: !0 }, i: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "pnpm", reads: ["package.json", ".npmrc"], readsCode: !0 }, update: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "pnpm", reads: ["package.json", ".npmrc"], readsCode: !0 }, up: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "pnpm", reads: ["package.json", ".npmrc"], readsCode: !0 }, remove: { op: "none", writes: ["package.json"] }, rm: { op: "none", writes: ["package.json"] }, uninstall: { op: "none", writes: ["package.json"] }, un: { op: "none", writes: ["package.json"] }, pkg: { op: "none", writes: ["package.json"] }, init: { op: "none", writes: ["package.json"] }, dlx: { op: "package", first: !0, registry: "pnpm", reads: [".npmrc"] }, create: { op: "package", first: !0, registry: "pnpm", reads: [".npmrc"] }, fetch: { op: "none", registry: "pnpm", reads: [".npmrc"] }, outdated: { op: "none", registry: "pnpm", reads: [".npmrc"] } }, options: { "--registry": "url", "--package": "package" } },
    yarn: { operands: "none", operandsAfter: { run: { op: "none", reads: ["package.json"], readsCode: !0 }, test: { op: "none", reads: ["package.json"], readsCode: !0 }, start: { op: "none", reads: ["package.json"], readsCode: !0 }, add: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "yarn", reads: ["package.json", ".yarnrc.yml", ".yarnrc", ".npmrc"], readsCode: !0 }, install: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "yarn", reads: ["package.json", ".yarnrc.yml", ".yarnrc", ".npmrc"], readsCode: !0 }, upgrade: { op: "package", writes: ["package.json"], writesWithOperands: !0, registry: "yarn", reads: ["package.json", ".yarnrc.yml", ".yarnrc", ".npmrc"], readsCode: !0 }, remove: { op: "none", writes: ["package.json"] }, init: { op: "none", writes: ["package.json"] }, version: { op: "none", writes: ["package.json"] }, dlx: { op: "package", first: !0, registry: "yarn", reads: [".yarnrc.yml", ".yarnrc", ".npmrc"] }, create: { op: "package", first: !0, registry: "yarn", reads: [".yarnrc.yml", ".yarnrc", ".npmrc"] }, up: { op: "none", registry: "yarn", reads: [".yarnrc.yml", ".yarnrc", ".npmrc"] }, outdated: { op: "none", registry: "yarn", reads: [".yarnrc.yml", ".yarnrc", ".npmrc"] }, "(no operand)": { op: "none", registry: "yarn", reads: ["package.json", ".yarnrc.yml", ".yarnrc", ".npmrc"], readsCode: !0 } }, options: { "--modules-folder": "write-dir", "--cache-folder": "write-dir", "--registry": "url", "--package": "package" } },
    npx: { operands: "none", first: "package", options: { "--registry": "url", "-p": "package", "--package": "package" }, registry: "npm", registryMay: !0, reads: [".npmrc"] },
    pip: { operands: "none", operandsAfter: { install: { op: "package", registry: "pip" }, download: { op: "package", registry: "pip" }, wheel: { op: "package", registry: "pip" }, index: { op: "none", registry: "pip" } }, options: { "-e": "editable", "--editable": "editable", "-r": "read", "-c": "read", "-i": "url", "--extra-index-url": "url", "-f": "url-or-read", "-t": "write-dir", "--prefix": "write-dir", "--root": "write-dir", "-d": "write-dir", "-w": "write-dir", "--src": "write-dir", "--cache-dir": "write-dir", "--log": "write", "--log-file": "write", "--report": "write", "--cert": "read", "--client-cert": "read", "--proxy": "url" } },
    pip3: { operands: "none", operandsAfter: { install: { op: "package", registry: "pip" }, download: { op: "package", registry: "pip" }, wheel: { op: "package", registry: "pip" }, index: { op: "none", registry: "pip" } }, options: { "-e": "editable", "--editable": "editable", "-r": "read", "-c": "read", "-i": "url", "--extra-index-url": "url", "-f": "url-or-read", "-t": "write-dir", "--prefix": "write-dir", "--root": "write-dir", "-d": "write-dir", "-w": "write-dir", "--src": "write-dir", "--cache-dir": "write-dir", "--log": "write", "--log-file": "write", "--report": "write", "--cert": "read", "--client-cert": "read", "--proxy": "url" } },
    uv: { operands: "none", operandsAfter: { pip: { op: "package" }, add: { op: "package", registry: "uv", reads: ["uv.toml", "pyproject.toml"] }, "pip install": { op: "package", registry: "uv", reads: ["uv.toml", "pyproject.toml"] }, "pip sync": { op: "package", registry: "uv", reads: ["uv.toml", "pyproject.toml"] }, "pip compile": { op: "package", registry: "uv", reads: ["uv.toml", "pyproject.toml"] }, "pip download": { op: "package", registry: "uv", reads: ["uv.toml", "pyproject.toml"] }, sync: { op: "none", registry: "uv", reads: ["uv.toml", "pyproject.toml"] }, lock: { op: "none", registry: "uv", reads: ["uv.toml", "pyproject.toml"] }, "tool install": { op: "none", registry: "uv", reads: ["uv.toml", "pyproject.toml"] }, "tool upgrade": { op: "none", registry: "uv", reads: ["uv.toml", "pyproject.toml"] }, "tool run": { op: "none", registry: "uv", reads: ["uv.toml", "pyproject.toml"] }, run: { op: "none", registry: "uv", registryMay: !0, reads: ["uv.toml", "pyproject.toml"] } }, options: { "--env-file": "read", "-e": "editable", "--editable": "editable", "-r": "read", "--requirement": "read", "-c": "read", "--constraint": "read", "--index-url": "url", "-i": "url", "--extra-index-url": "url", "--index": "url", "--default-index": "url", "--find-links": "url-or-read", "-f": "url-or-read" } },
    go: { operands: "read", guess: !0, options: { "-o": "write", "-modfile": "read", "-overlay": "read", "-pkgdir": "write-dir", "-replace": "go-replace" }, operandsAfter: { get: { op: "module", registry: "go" }, install: { op: "module", registry: "go", registryVersioned: !0 }, run: { op: "module", first: !0, registry: "go", registryVersioned: !0 }, mod: { op: "none" }, "mod download": { op: "none", registry: "go" }, "mod tidy": { op: "none", registry: "go", registryMay: !0 }, "work use": { op: "path-list" }, "work init": { op: "path-list" } } },
    cargo: { operands: "read", guess: !0, options: { "--manifest-path": "read", "--path": "read", "--index": "url", "--git": "url", "--root": "write-dir", "--target-dir": "write-dir", "--artifact-dir": "write-dir", "--out-dir": "write-dir" }, operandsAfter: { build: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, b: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, test: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, t: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, check: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, c: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, bench: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, run: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, r: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, clippy: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, doc: { op: "read", reads: ["Cargo.toml"], readsCode: !0, when: { "--manifest-path": { reads: [] } } }, add: { op: "none", registry: "cargo", reads: [".cargo/config.toml", ".cargo/config"] }, install: { op: "none", registry: "cargo", reads: [".cargo/config.toml", ".cargo/config"] }, fetch: { op: "none", registry: "cargo", reads: [".cargo/config.toml", ".cargo/config"] }, update: { op: "none", registry: "cargo", reads: [".cargo/config.toml", ".cargo/config"] }, "generate-lockfile": { op: "none", registry: "cargo", reads: [".cargo/config.toml", ".cargo/config"] }, vendor: { op: "none", registry: "cargo", reads: [".cargo/config.toml", ".cargo/config"] } } },
    make: { operands: "none", reads: ["Makefile"], readsCode: !0, options: { "-f": "read", "-C": "read", "-I": "read" }, when: { "-f": { reads: [] } } },
    gradle: { operands: "read", guess: !0, options: { "--project-cache-dir": "write-dir", "-I": "read", "--init-script": "read", "-b": "read", "--build-file": "read", "-c": "read", "--settings-file": "read", "-p": "read", "--project-dir": "read", "--include-build": "read", "-g": "read", "--gradle-user-home": "read" }, reads: ["build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"], readsCode: !0, when: { "-p": { reads: [] }, "--project-dir": { reads: [] } } },
    mvn: { operands: "read", guess: !0, options: { "-f": "read", "--file": "read", "-s": "read", "--settings": "read", "-gs": "read", "--global-settings": "read", "-t": "read", "--toolchains": "read", "-gt": "read", "--global-toolchains": "read" }, reads: ["pom.xml"], readsCode: !0, when: { "-f": { reads: [] }, "--file": { reads: [] } } },
    cmake: { operands: "read", guess: !0, options: { "-P": "read", "-C": "read", "--toolchain": "read", "-S": "read" }, reads: ["CMakeLists.txt"], readsCode: !0, when: { "-S": { reads: [] }, "-P": { reads: [] }, "-E": { reads: [] }, "--build": { reads: [] }, "--install": { reads: [] } } },
    ant: { operands: "read", guess: !0, options: { "-f": "read", "-file": "read", "-buildfile": "read", "-lib": "read", "-propertyfile": "read" }, reads: ["build.xml"], readsCode: !0, when: { "-f": { reads: [] }, "-file": { reads: [] }, "-buildfile": { reads: [] } } },
    rake: { operands: "read", guess: !0, options: { "-f": "read", "--rakefile": "read", "-r": "code-or-read", "--require": "code-or-read", "-R": "read", "--rakelibdir": "read", "--rakelib": "read", "-C": "read", "--directory": "read", "-I": "read", "--libdir": "read" }, reads: ["Rakefile"], readsCode: !0, when: { "-f": { reads: [] }, "--rakefile": { reads: [] } } },
    just: { operands: "read", guess: !0, options: { "-f": "read", "--justfile": "read", "-d": "read", "--working-directory": "read", "-E": "read", "--dotenv-path": "read" }, reads: ["justfile"], readsCode: !0, when: { "-f": { reads: [] }, "--justfile": { reads: [] } } },
    task: { operands: "read", guess: !0, options: { "-t": "read", "--taskfile": "read", "-d": "read", "--dir": "read" }, reads: ["Taskfile.yml"], readsCode: !0, when: { "-t": { reads: [] }, "--taskfile": { reads: [] }, "-d": { reads: [] }, "--dir": { reads: [] } } },
    ninja: { operands: "read", guess: !0, options: { "-f": "read", "-C": "read" }, reads: ["build.ninja"], readsCode: !0, when: { "-f": { reads: [] } } },
    scons: { operands: "read", guess: !0, options: { "-f": "read", "--file": "read", "--makefile": "read", "--sconstruct": "read", "--site-dir": "read" }, reads: ["SConstruct"], readsCode: !0, when: { "-f": { reads: [] }, "--file": { reads: [] }, "--makefile": { reads: [] }, "--sconstruct": { reads: [] } } },
    sbt: { operands: "read", guess: !0, reads: ["build.sbt"], readsCode: !0 },
    multipass: { operands: "read", guess: !0, options: { "--mount": "mount-source" }, operandsAfter: { mount: { op: "write-tree", first: !0 } } },
    minikube: { operands: "read", guess: !0, options: { "--mount-string": "mount-source" }, operandsAfter: { mount: { op: "mount-source", first: !0 } } },
    javac: { operands: "read", options: { "-cp": "path-list", "-classpath": "path-list", "--class-path": "path-list", "-processorpath": "path-list", "--processor-path": "path-list", "-p": "path-list", "--module-path": "path-list", "--processor-module-path": "path-list", "--upgrade-module-path": "path-list", "-sourcepath": "path-list", "--source-path": "path-list", "-d": "write-dir", "-s": "write-dir", "-h": "write-dir" } },
    kotlinc: { operands: "read", guess: !0, options: { "-cp": "path-list", "-classpath": "path-list", "-d": "write-dir" } },
    kotlin: { operands: "read", guess: !0, options: { "-cp": "path-list", "-classpath": "path-list" } },
    scala: { operands: "read", guess: !0, options: { "-cp": "path-list", "-classpath": "path-list", "--classpath": "path-list", "--class-path": "path-list" } },
    groovy: { operands: "read", guess: !0, first: "read", options: { "-cp": "path-list", "-classpath": "path-list", "--classpath": "path-list" } },
    java: { operands: "read", guess: !0, first: "read", options: { "-jar": "read", "-cp": "path-list", "-classpath": "path-list", "--class-path": "path-list", "-p": "path-list", "--module-path": "path-list", "--upgrade-module-path": "path-list" }, when: { "-jar": { first: null } } },
    mshta: { operands: "url-or-read" },
    meson: { operands: "read", guess: !0, options: { "--native-file": "read", "--cross-file": "read", "-C": "read" } },
    docker: { operands: "none", operandsAfter: { import: { op: "read" }, load: { op: "read" } }, options: { "-f": "read", "--file": "read", "--env-file": "read", "--cidfile": "write", "--label-file": "read", "-o": "build-output", "--output": "build-output", "--secret": "build-secret" }, imageRefs: { globalValued: ["-H", "--host", "--context", "-c", "--config", "--log-level", "-l", "--tlscacert", "--tlscert", "--tlskey", "--url", "--connection", "--root", "--runroot", "--storage-driver", "--cgroup-manager", "--network-cmd-path", "--conmon", "--runtime", "--tmpdir", "--identity", "--module", "--events-backend", "--hooks-dir"], runValued: ["-a", "--attach", "--add-host", "--annotation", "--blkio-weight", "--cap-add", "--cap-drop", "--cgroup-parent", "--cgroupns", "--cidfile", "--cpu-period", "--cpu-quota", "--cpu-shares", "-c", "--cpus", "--cpuset-cpus", "--cpuset-mems", "--device", "--device-cgroup-rule", "--dns", "--dns-option", "--dns-search", "--domainname", "--entrypoint", "-e", "--env", "--env-file", "--expose", "--gpus", "--group-add", "--health-cmd", "--health-interval", "--health-retries", "--health-start-period", "--health-timeout", "-h", "--hostname", "--ip", "--ip6", "--ipc", "--isolation", "--kernel-memory", "-l", "--label", "--label-file", "--link", "--log-driver", "--log-opt", "--mac-address", "-m", "--memory", "--memory-reservation", "--memory-swap", "--memory-swappiness", "--mount", "--name", "--network", "--net", "--network-alias", "--pid", "--pids-limit", "--platform", "-p", "--publish", "--pull", "--restart", "--runtime", "--security-opt", "--shm-size", "--stop-signal", "--stop-timeout", "--storage-opt", "--sysctl", "--tmpfs", "--ulimit", "-u", "--user", "--userns", "--uts", "-v", "--volume", "--volume-driver", "--volumes-from", "-w", "--workdir", "--authfile", "--arch", "--os", "--variant", "--pod", "--secret"], defaultRegistry: "docker.io", flags: ["-d", "--detach", "-i", "--interactive", "-t", "--tty", "--rm", "--privileged", "--init", "-P", "--publish-all", "--read-only", "--sig-proxy", "--no-healthcheck", "--oom-kill-disable", "-q", "--quiet", "--help", "--disable-content-trust", "-a", "--all-tags", "--replace", "--rmi", "--read-only-tmpfs", "--no-hosts"] } },
    socat: { operands: "none", addresses: !0 },
    podman: { operands: "none", operandsAfter: { import: { op: "read" }, load: { op: "read" } }, options: { "-f": "read", "--file": "read", "--env-file": "read", "--cidfile": "write", "--label-file": "read", "-o": "build-output", "--output": "build-output", "--secret": "build-secret" }, imageRefs: { globalValued: ["-H", "--host", "--context", "-c", "--config", "--log-level", "-l", "--tlscacert", "--tlscert", "--tlskey", "--url", "--connection", "--root", "--runroot", "--storage-driver", "--cgroup-manager", "--network-cmd-path", "--conmon", "--runtime", "--tmpdir", "--identity", "--module", "--events-backend", "--hooks-dir"], runValued: ["-a", "--attach", "--add-host", "--annotation", "--blkio-weight", "--cap-add", "--cap-drop", "--cgroup-parent", "--cgroupns", "--cidfile", "--cpu-period", "--cpu-quota", "--cpu-shares", "-c", "--cpus", "--cpuset-cpus", "--cpuset-mems", "--device", "--device-cgroup-rule", "--dns", "--dns-option", "--dns-search", "--domainname", "--entrypoint", "-e", "--env", "--env-file", "--expose", "--gpus", "--group-add", "--health-cmd", "--health-interval", "--health-retries", "--health-start-period", "--health-timeout", "-h", "--hostname", "--ip", "--ip6", "--ipc", "--isolation", "--kernel-memory", "-l", "--label", "--label-file", "--link", "--log-driver", "--log-opt", "--mac-address", "-m", "--memory", "--memory-reservation", "--memory-swap", "--memory-swappiness", "--mount", "--name", "--network", "--net", "--network-alias", "--pid", "--pids-limit", "--platform", "-p", "--publish", "--pull", "--restart", "--runtime", "--security-opt", "--shm-size", "--stop-signal", "--stop-timeout", "--storage-opt", "--sysctl", "--tmpfs", "--ulimit", "-u", "--user", "--userns", "--uts", "-v", "--volume", "--volume-driver", "--volumes-from", "-w", "--workdir", "--authfile", "--arch", "--os", "--variant", "--pod", "--secret"], flags: ["-d", "--detach", "-i", "--interactive", "-t", "--tty", "--rm", "--privileged", "--init", "-P", "--publish-all", "--read-only", "--sig-proxy", "--no-healthcheck", "--oom-kill-disable", "-q", "--quiet", "--help", "--disable-content-trust", "-a", "--all-tags", "--replace", "--rmi", "--read-only-tmpfs", "--no-hosts"] } },
    kubectl: { operands: "none", contacts: "(the cluster's API server: the kubeconfig's, or --server)", contactsUnless: ["(no operand)", "config", "completion", "kustomize", "plugin", "help", "--help", "-h", "--client"], options: { "--from-file": "keyed-file", "--from-env-file": "keyed-file", "-f": "read", "--kubeconfig": "read", "--server": "url", "-s": "url", "--client-key": "read", "--client-certificate": "read", "--certificate-authority": "read" } },
    oc: { operands: "none", operandsAfter: { login: { op: "none", ops: ["url"] } }, contacts: "(the cluster's API server: the kubeconfig's, or --server)", contactsUnless: ["(no operand)", "config", "completion", "kustomize", "plugin", "help", "--help", "-h", "--client"], options: { "--from-file": "keyed-file", "--from-env-file": "keyed-file", "-f": "read", "--kubeconfig": "read", "--server": "url", "-s": "url", "--client-key": "read", "--client-certificate": "read", "--certificate-authority": "read" } },
    helm: { operands: "none", contacts: "(the cluster's API server, from the kubeconfig)", contactsUnless: ["(no operand)", "template", "lint", "package", "create", "version", "completion", "env", "help", "--help", "-h", "show", "inspect", "search", "plugin", "verify", "dependency", "dep", "repo", "pull", "fetch", "push", "registry"], options: { "-f": "read", "--values": "read", "--kubeconfig": "read", "--repo": "url", "--output-dir": "write-dir", "--set-file": "keyed-file" } },
    gem: { operands: "read", guess: !0, options: { "--source": "url", "-s": "url", "--install-dir": "write-dir", "--bindir": "write-dir" }, operandsAfter: { install: { op: "none", registry: "gem" }, update: { op: "none", registry: "gem" }, fetch: { op: "none", registry: "gem" }, i: { op: "none", registry: "gem" } } },
    terraform: { operands: "none", contacts: "(registry.terraform.io and the hosts of the providers, modules and backend its configuration names)", contactsUnless: ["(no operand)", "fmt", "validate", "version", "-version", "--version", "-help", "--help", "-h", "graph", "providers"], options: { "-var-file": "read", "-backend-config": "field-or-file" } },
    llm: { operands: "none", contacts: "(the model provider's API: api.openai.com, or the provider of the model or plugin named)", contactsUnless: ["(no operand)", "--version", "--help", "models", "keys", "logs", "templates", "plugins", "aliases", "install", "uninstall", "embed-models", "collections"], options: { "-f": "url-or-read", "--fragment": "url-or-read", "-a": "url-or-read", "--attachment": "url-or-read", "-s": "none", "--system": "none", "-m": "none", "--model": "none" } },
    mods: { operands: "none", contacts: "(the model provider's API its configuration names: api.openai.com by default)", contactsUnless: ["(no operand)", "--version", "-v", "--help", "-h", "--list", "-l", "--settings", "--dirs"] },
    aichat: { operands: "none", contacts: "(the model provider's API its configuration names)", contactsUnless: ["(no operand)", "--version", "-V", "--help", "-h", "--list-models", "--list-roles", "--list-sessions", "--info"], options: { "-f": "url-or-read", "--file": "url-or-read" } },
    tgpt: { operands: "none", contacts: "(the model provider's API: a free provider by default)", contactsUnless: ["(no operand)", "--version", "-v", "--help", "-h"] },
    ollama: { operands: "none", contacts: "(the Ollama server of OLLAMA_HOST, and registry.ollama.ai for a model it does not have)", contactsUnless: ["(no operand)", "--version", "-v", "--help", "-h", "list", "ls", "ps", "help"] },
    tofu: { operands: "none", contacts: "(registry.opentofu.org and the hosts of the providers, modules and backend its configuration names)", contactsUnless: ["(no operand)", "fmt", "validate", "version", "-version", "--version", "-help", "--help", "-h", "graph", "providers"], options: { "-var-file": "read", "-backend-config": "field-or-file" } },
    gh: { operands: "read", guess: !0, options: { "--body-file": "read", "--notes-file": "read", "-F": "field-or-file", "--field": "field-or-file", "-f": "field-or-file", "--env-file": "read", "--input": "read", "--hostname": "host", "-R": "gh-repo", "--repo": "gh-repo" }, operandsAfter: { pr: { op: "none", registry: "github" }, issue: { op: "none", registry: "github" }, release: { op: "none", registry: "github" }, run: { op: "none", registry: "github" }, workflow: { op: "none", registry: "github" }, gist: { op: "none", registry: "github" }, search: { op: "none", registry: "github" }, secret: { op: "none", registry: "github" }, variable: { op: "none", registry: "github" }, label: { op: "none", registry: "github" }, project: { op: "none", registry: "github" }, cache: { op: "none", registry: "github" }, codespace: { op: "none", registry: "github" }, org: { op: "none", registry: "github" }, ruleset: { op: "none", registry: "github" }, browse: { op: "none", registry: "github" }, "auth login": { op: "none", registry: "github" }, "auth status": { op: "none", registry: "github" }, "auth refresh": { op: "none", registry: "github" }, "extension install": { op: "none", registry: "github" }, "extension upgrade": { op: "none", registry: "github" }, "extension browse": { op: "none", registry: "github" }, "extension search": { op: "none", registry: "github" }, attestation: { op: "none", registry: "github" }, status: { op: "none", registry: "github" }, repo: { op: "none", registry: "github" }, "ssh-key": { op: "none", registry: "github" }, "gpg-key": { op: "none", registry: "github" }, "agent-task": { op: "none", registry: "github" }, api: { op: "none", ops: ["endpoint"], registry: "github" }, "repo clone": { op: "none", ops: ["gh-repo", "write-dir"], registry: "github" }, "repo view": { op: "none", ops: ["gh-repo"], registry: "github" }, "repo fork": { op: "none", ops: ["gh-repo"], registry: "github" }, "repo sync": { op: "none", ops: ["gh-repo"], registry: "github" }, "repo edit": { op: "none", ops: ["gh-repo"], registry: "github" }, "repo archive": { op: "none", ops: ["gh-repo"], registry: "github" }, "repo unarchive": { op: "none", ops: ["gh-repo"], registry: "github" }, "repo delete": { op: "none", ops: ["gh-repo"], registry: "github" }, "repo set-default": { op: "none", ops: ["gh-repo"], registry: "github" } } },
    "$comment-editors": "vim and its other names open a URL operand through netrw (scp://, http(s)://, ftp://, rsync://): a request to its host; other operands are guessed reads; -w/-W write the keys typed to a file.",
    vim: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    vi: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    nvim: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    view: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    ex: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    vimdiff: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    gvim: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    gview: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    vimx: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    rvim: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    rview: { operands: "url-or-read", guess: !0, options: { "-w": "write", "-W": "write" } },
    pandoc: { operands: "url-or-read", guess: !0, options: { "-o": "write", "--output": "write", "--extract-media": "write-dir", "-H": "read", "--include-in-header": "read", "-B": "read", "--include-before-body": "read", "-A": "read", "--include-after-body": "read", "--reference-doc": "read", "--metadata-file": "read" } },
    glow: { operands: "url-or-read", guess: !0 },
    mdcat: { operands: "url-or-read", guess: !0 },
    glab: { operands: "read", guess: !0, options: { "--notes-file": "read", "-F": "field-or-file", "--field": "field-or-file", "-f": "field-or-file", "--input": "read", "--hostname": "host", "-R": "gl-repo", "--repo": "gl-repo" }, operandsAfter: { mr: { op: "none", registry: "gitlab" }, issue: { op: "none", registry: "gitlab" }, ci: { op: "none", registry: "gitlab" }, release: { op: "none", registry: "gitlab" }, repo: { op: "none", registry: "gitlab" }, label: { op: "none", registry: "gitlab" }, variable: { op: "none", registry: "gitlab" }, snippet: { op: "none", registry: "gitlab" }, schedule: { op: "none", registry: "gitlab" }, user: { op: "none", registry: "gitlab" }, "ssh-key": { op: "none", registry: "gitlab" }, "gpg-key": { op: "none", registry: "gitlab" }, "deploy-key": { op: "none", registry: "gitlab" }, cluster: { op: "none", registry: "gitlab" }, incident: { op: "none", registry: "gitlab" }, iteration: { op: "none", registry: "gitlab" }, milestone: { op: "none", registry: "gitlab" }, changelog: { op: "none", registry: "gitlab" }, stack: { op: "none", registry: "gitlab" }, "auth login": { op: "none", registry: "gitlab" }, "auth status": { op: "none", registry: "gitlab" }, token: { op: "none", registry: "gitlab" }, duo: { op: "none", registry: "gitlab" }, job: { op: "none", registry: "gitlab" }, securefile: { op: "none", registry: "gitlab" }, opentofu: { op: "none", registry: "gitlab" }, "check-update": { op: "none", registry: "gitlab" }, api: { op: "none", ops: ["endpoint"], registry: "gitlab" }, "repo clone": { op: "none", ops: ["gl-repo", "write-dir"], registry: "gitlab" }, "repo view": { op: "none", ops: ["gl-repo"], registry: "gitlab" }, "repo fork": { op: "none", ops: ["gl-repo"], registry: "gitlab" }, "repo archive": { op: "none", ops: ["gl-repo"], registry: "gitlab" }, "repo delete": { op: "none", ops: ["gl-repo"], registry: "gitlab" } } },
    tea: { operands: "read", guess: !0, contacts: "(the Gitea server of tea's configured login)", contactsUnless: ["(no operand)", "--version", "-v", "--help", "-h", "help", "h", "completion", "autocomplete", "login", "logins"], options: { "--url": "url" }, operandsAfter: { clone: { op: "none", ops: ["gh-repo", "write-dir"] } } },
    "$comment-formatters": "Formatters, fixers and linters (docs: prettier.io/docs/cli, eslint.org/docs/latest/use/command-line-interface, black.readthedocs.io usage, docs.astral.sh/ruff, pycqa.github.io/isort, github.com/hhatto/autopep8, github.com/google/yapf, pkg.go.dev/cmd/gofmt and golang.org/x/tools/cmd/goimports, github.com/rust-lang/rustfmt, clang.llvm.org/docs/ClangFormat.html, github.com/mvdan/sh (shfmt), stylelint.io/user-guide/cli, biomejs.dev/reference/cli, dprint.dev/cli, developer.hashicorp.com/terraform/cli/commands/fmt, github.com/igorshubovych/markdownlint-cli). A directory operand is a tree (every file under it may be rewritten or printed); an operand with one of the tool's extensions is that file (fileExts); a quoted glob the tool expands itself is the tree of its literal directory (globs). Without the writing option a formatter prints each file's formatted content (a read); options that print only names (prettier --check, gofmt -l, black --check) or messages (eslint, stylelint, markdownlint without --fix) are guessed reads. Config, ignore and rule files are read (they load code: data/program-hazards.json lists them as elsewhere). Fields these models add (src/command/touch-model.ts): fileExts, globs; dashdash none: the words after -- go to another program (cargo fmt -- --check), they are no operands; op code-or-read: a package name (no file) or a path to code that is loaded (read: prettier --plugin ./p.mjs, eslint -f ./f.js, rubocop -r ./cop.rb); a key of two words (cargo fmt, ruff check, terraform fmt) is the model of that subcommand of a program without subcommands in `programs` (options before the subcommand are read with it), its other subcommands keep the program's own model.",
    prettier: { operands: "read", tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "json", "json5", "jsonc", "css", "scss", "less", "html", "htm", "vue", "md", "markdown", "mdx", "yaml", "yml", "graphql", "gql", "hbs", "handlebars"], globs: !0, options: { "--config": "read", "--ignore-path": "read", "--cache-location": "write", "--plugin": "code-or-read" }, when: { "--check": { guess: !0 }, "--list-different": { guess: !0 }, "--write": { operands: "write", guess: !1 } } },
    eslint: { operands: "read", guess: !0, tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "vue"], globs: !0, noOperands: ".", options: { "-c": "read", "--ignore-path": "read", "--rulesdir": "read", "-o": "write", "--cache-location": "write", "--resolve-plugins-relative-to": "read", "-f": "code-or-read", "--plugin": "code-or-read" }, when: { "-f": { guess: !1 }, "--fix-dry-run": { guess: !1 }, "--fix": { operands: "write", guess: !1 }, "--stdin": { operands: "none" } } },
    stylelint: { operands: "read", guess: !0, tree: !0, fileExts: ["css", "scss", "sass", "less", "sss", "pcss"], globs: !0, options: { "-c": "read", "--config-basedir": "read", "-i": "read", "-o": "write", "--cache-location": "write", "--custom-syntax": "code-or-read", "--custom-formatter": "code-or-read" }, when: { "--fix": { operands: "write", guess: !1 } } },
    markdownlint: { operands: "read", guess: !0, tree: !0, fileExts: ["md", "markdown"], globs: !0, options: { "-c": "read", "-o": "write", "-p": "read", "-r": "code-or-read" }, when: { "--fix": { operands: "write", guess: !1 } } },
    black: { operands: "write", tree: !0, fileExts: ["py", "pyi", "ipynb"], options: { "--config": "read" }, when: { "--check": { operands: "read", guess: !0 }, "--diff": { operands: "read", guess: !1 } } },
    isort: { operands: "write", tree: !0, fileExts: ["py", "pyi", "ipynb"], options: { "--settings-path": "read" }, when: { "--check-only": { operands: "read", guess: !0 }, "--diff": { operands: "read", guess: !1 }, "--stdout": { operands: "read", guess: !1 } } },
    autopep8: { operands: "read", tree: ["-r"], fileExts: ["py", "pyi", "ipynb"], options: { "--global-config": "read" }, when: { "-i": { operands: "write" }, "-d": { operands: "read" } } },
    yapf: { operands: "read", tree: ["-r"], fileExts: ["py", "pyi", "ipynb"], options: { "--style": "read" }, when: { "-i": { operands: "write" }, "-d": { operands: "read" } } },
    ruff: { operands: "read", guess: !0, tree: !0, fileExts: ["py", "pyi", "ipynb"], options: { "--config": "read" }, when: { "--fix": { operands: "write", guess: !1 } } },
    "ruff check": { operands: "write", tree: !0, fileExts: ["py", "pyi", "ipynb"], noOperands: ".", options: { "--config": "read", "-o": "write" }, when: { "--fix": { operands: "write" }, "--fix-only": { operands: "write" }, "--no-fix": { operands: "read" }, "--diff": { operands: "read" }, "--stdin-filename": { operands: "none" } } },
    "ruff format": { operands: "write", tree: !0, fileExts: ["py", "pyi", "ipynb"], noOperands: ".", options: { "--config": "read" }, when: { "--check": { operands: "read", guess: !0 }, "--diff": { operands: "read", guess: !1 }, "--stdin-filename": { operands: "none" } } },
    gofmt: { operands: "read", tree: !0, fileExts: ["go"], when: { "-l": { guess: !0 }, "-d": { guess: !1 }, "-w": { operands: "write", guess: !1 } } },
    goimports: { operands: "read", tree: !0, fileExts: ["go"], when: { "-l": { guess: !0 }, "-d": { guess: !1 }, "-w": { operands: "write", guess: !1 } } },
    gofumpt: { operands: "read", tree: !0, fileExts: ["go"], when: { "-l": { guess: !0 }, "-d": { guess: !1 }, "-w": { operands: "write", guess: !1 } } },
    "markdownlint-cli2": { operands: "read", guess: !0, tree: !0, fileExts: ["md", "markdown"], globs: !0, options: { "--config": "read" }, when: { "--fix": { operands: "write", guess: !1 } } },
    rustfmt: { operands: "write", options: { "--config-path": "read" }, when: { "--check": { operands: "read" } } },
    "cargo fmt": { operands: "write", tree: !0, noOperands: ".", dashdash: "none", options: { "--manifest-path": "read" }, when: { "--check": { operands: "read" } } },
    "clang-format": { operands: "read", options: { "--files": "read" }, when: { "-i": { operands: "write" } } },
    shfmt: { operands: "read", tree: !0, fileExts: ["sh", "bash", "mksh", "bats", "zsh"], when: { "-l": { guess: !0 }, "-d": { guess: !1 }, "-w": { operands: "write", guess: !1 } } },
    biome: { operands: "read", guess: !0, tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "json", "jsonc", "css", "graphql", "gql", "html", "vue"], when: { "--write": { operands: "write", guess: !1 }, "--fix": { operands: "write", guess: !1 }, "--apply": { operands: "write", guess: !1 }, "--apply-unsafe": { operands: "write", guess: !1 } } },
    "biome format": { operands: "read", tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "json", "jsonc", "css", "graphql", "gql", "html", "vue"], noOperands: ".", options: { "--config-path": "read" }, when: { "--write": { operands: "write" }, "--fix": { operands: "write" }, "--stdin-file-path": { operands: "none" } } },
    "biome check": { operands: "read", tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "json", "jsonc", "css", "graphql", "gql", "html", "vue"], noOperands: ".", options: { "--config-path": "read" }, when: { "--write": { operands: "write" }, "--fix": { operands: "write" }, "--apply": { operands: "write" }, "--apply-unsafe": { operands: "write" }, "--stdin-file-path": { operands: "none" } } },
    "biome lint": { operands: "read", tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "json", "jsonc", "css", "graphql", "gql", "html", "vue"], noOperands: ".", options: { "--config-path": "read" }, when: { "--write": { operands: "write" }, "--fix": { operands: "write" }, "--apply": { operands: "write" }, "--apply-unsafe": { operands: "write" }, "--stdin-file-path": { operands: "none" } } },
    "biome ci": { operands: "read", tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "json", "jsonc", "css", "graphql", "gql", "html", "vue"], noOperands: ".", options: { "--config-path": "read" }, when: { "--stdin-file-path": { operands: "none" } } },
    dprint: { operands: "read", guess: !0 },
    "dprint fmt": { operands: "write", tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "json", "json5", "jsonc", "css", "scss", "less", "html", "htm", "vue", "md", "markdown", "mdx", "yaml", "yml", "graphql", "gql", "hbs", "handlebars"], globs: !0, noOperands: ".", options: { "-c": "read" }, when: { "--stdin": { operands: "none" } } },
    "dprint check": { operands: "read", tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "json", "json5", "jsonc", "css", "scss", "less", "html", "htm", "vue", "md", "markdown", "mdx", "yaml", "yml", "graphql", "gql", "hbs", "handlebars"], globs: !0, noOperands: ".", options: { "-c": "read" } },
    "go fmt": { operands: "write", tree: !0, fileExts: ["go"], globs: !0, noOperands: "." },
    "deno fmt": { operands: "write", tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "json", "jsonc", "md", "markdown", "css", "scss", "less", "html", "yaml", "yml", "ipynb", "svelte", "vue", "astro", "sql"], noOperands: ".", options: { "--config": "read" }, when: { "--check": { operands: "read", guess: !0 } } },
    "deno lint": { operands: "read", guess: !0, tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"], noOperands: ".", options: { "--config": "read" }, when: { "--fix": { operands: "write", guess: !1 } } },
    rubocop: { operands: "read", tree: !0, fileExts: ["rb", "rake", "gemspec", "ru", "ruby"], noOperands: ".", options: { "-c": "read", "-o": "write", "-r": "code-or-read", "--plugin": "code-or-read" }, when: { "-a": { operands: "write" }, "-A": { operands: "write" }, "-x": { operands: "write" }, "-s": { operands: "none" } } },
    standard: { operands: "read", guess: !0, tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx"], globs: !0, noOperands: ".", when: { "--fix": { operands: "write", guess: !1 }, "--stdin": { operands: "none" } } },
    xo: { operands: "read", guess: !0, tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "vue", "svelte"], globs: !0, noOperands: ".", when: { "--fix": { operands: "write", guess: !1 }, "--stdin": { operands: "none" } } },
    oxlint: { operands: "read", tree: !0, fileExts: ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "vue", "svelte", "astro"], noOperands: ".", options: { "-c": "read", "--tsconfig": "read", "--ignore-path": "read" }, when: { "--fix": { operands: "write" }, "--fix-suggestions": { operands: "write" }, "--fix-dangerously": { operands: "write" } } },
    "cargo clippy": { operands: "none", dashdash: "none", options: { "--manifest-path": "read", "--target-dir": "write-dir" }, when: { "--fix": { operands: "write", tree: !0, noOperands: "." } } },
    "cargo fix": { operands: "write", tree: !0, noOperands: ".", dashdash: "none", options: { "--manifest-path": "read", "--target-dir": "write-dir" } },
    "dart format": { operands: "write", tree: !0, fileExts: ["dart"] },
    "dart fix": { operands: "read", guess: !0, tree: !0, noOperands: ".", when: { "--apply": { operands: "write", guess: !1 } } },
    "golangci-lint run": { operands: "write", tree: !0, fileExts: ["go"], globs: !0, noOperands: ".", options: { "-c": "read" } },
    "golangci-lint fmt": { operands: "write", tree: !0, fileExts: ["go"], globs: !0, noOperands: ".", options: { "-c": "read" }, when: { "-d": { operands: "read" } } },
    "php-cs-fixer fix": { operands: "write", tree: !0, fileExts: ["php"], noOperands: ".", options: { "--config": "read" }, when: { "--dry-run": { operands: "read" } } },
    "php-cs-fixer check": { operands: "read", tree: !0, fileExts: ["php"], noOperands: ".", options: { "--config": "read" } },
    "zig fmt": { operands: "write", tree: !0, fileExts: ["zig", "zon"], when: { "--check": { operands: "read", guess: !0 }, "--stdin": { operands: "none" } } },
    "mix format": { operands: "write", tree: !0, fileExts: ["ex", "exs", "eex", "heex", "leex"], globs: !0, noOperands: ".", options: { "--dot-formatter": "read" }, when: { "--check-formatted": { operands: "read", guess: !0 }, "--dry-run": { operands: "read", guess: !0 } } },
    stylua: { operands: "write", tree: !0, fileExts: ["lua", "luau"], globs: !0, options: { "--config-path": "read" }, when: { "--check": { operands: "read" } } },
    "taplo fmt": { operands: "write", tree: !0, fileExts: ["toml"], globs: !0, noOperands: ".", options: { "--config": "read" }, when: { "--check": { operands: "read", guess: !0 } } },
    "taplo format": { operands: "write", tree: !0, fileExts: ["toml"], globs: !0, noOperands: ".", options: { "--config": "read" }, when: { "--check": { operands: "read", guess: !0 } } },
    ktlint: { operands: "read", guess: !0, tree: !0, fileExts: ["kt", "kts"], globs: !0, noOperands: ".", when: { "-F": { operands: "write", guess: !1 }, "--stdin": { operands: "none" } } },
    "sqlfluff fix": { operands: "write", tree: !0, fileExts: ["sql"], options: { "--config": "read" } },
    "sqlfluff format": { operands: "write", tree: !0, fileExts: ["sql"], options: { "--config": "read" } },
    "buf format": { operands: "read", tree: !0, fileExts: ["proto"], noOperands: ".", options: { "-o": "write-dir" }, when: { "-w": { operands: "write" } } },
    treefmt: { operands: "write", tree: !0, noOperands: ".", options: { "--config-file": "read", "--tree-root": "write-dir" }, when: { "--stdin": { operands: "none" } } },
    "hatch fmt": { operands: "write", tree: !0, fileExts: ["py", "pyi"], noOperands: ".", dashdash: "none", when: { "--check": { operands: "read" } } },
    "terraform fmt": { operands: "write", tree: !0, fileExts: ["tf", "tfvars", "hcl"], noOperands: ".", when: { "-check": { operands: "read", guess: !0 }, "-diff": { operands: "read", guess: !1 } } },
    "$comment-network": "Network tools (branch net): cloud storage CLIs, copies into containers and pods, file-sharing relays, tunnels, static file servers and HTTPie-style clients. Sources: AWS CLI reference s3/cp, s3/sync (docs.aws.amazon.com/cli/latest/reference/s3/), gsutil cp/rsync and gcloud storage cp/rsync (cloud.google.com/storage/docs/gsutil, /sdk/gcloud/reference/storage), az storage blob upload-batch/download-batch (learn.microsoft.com/cli/azure/storage/blob), rclone.org/docs (remote:path, :backend:path, :local:), kubectl cp and docker cp reference pages, croc README, lftp(1), ngrok/cloudflared/localtunnel READMEs, serve and http-server READMEs, http(1) (HTTPie request items), xh README, curlie README. Keys of several words are models of subcommands (src/command/touch-model.ts, subModel); each says what it contacts itself.",
    aws: { operands: "read", guess: !0, paramFiles: ["file://", "fileb://"], contacts: "(AWS's service endpoints: the configured region's, or --endpoint-url)", contactsUnless: ["(no operand)", "help", "--version"], options: { "--endpoint-url": "url", "--ca-bundle": "read", "--color": "none", "--cli-read-timeout": "none", "--cli-connect-timeout": "none", "--cli-binary-format": "none" } },
    "aws s3 cp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: ["--recursive"], paramFiles: ["file://", "fileb://"], contacts: "(AWS's service endpoints: the configured region's, or --endpoint-url)", options: { "--include": "none", "--exclude": "none", "--acl": "none", "--sse": "none", "--sse-c": "none", "--sse-kms-key-id": "none", "--sse-c-copy-source": "none", "--storage-class": "none", "--grants": "none", "--website-redirect": "none", "--content-type": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--expires": "none", "--source-region": "none", "--page-size": "none", "--request-payer": "none", "--checksum-mode": "none", "--checksum-algorithm": "none", "--metadata": "none", "--copy-props": "none", "--metadata-directive": "none", "--expected-size": "none", "--case-conflict": "none", "--progress-frequency": "none", "--sse-c-key": "none", "--sse-c-copy-source-key": "none" } },
    "aws s3 mv": { operands: "delete", remote: "place", last: "write", lastDir: !0, tree: ["--recursive"], paramFiles: ["file://", "fileb://"], contacts: "(AWS's service endpoints: the configured region's, or --endpoint-url)", options: { "--include": "none", "--exclude": "none", "--acl": "none", "--sse": "none", "--sse-c": "none", "--sse-kms-key-id": "none", "--sse-c-copy-source": "none", "--storage-class": "none", "--grants": "none", "--website-redirect": "none", "--content-type": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--expires": "none", "--source-region": "none", "--page-size": "none", "--request-payer": "none", "--checksum-mode": "none", "--checksum-algorithm": "none", "--metadata": "none", "--copy-props": "none", "--metadata-directive": "none", "--expected-size": "none", "--case-conflict": "none", "--progress-frequency": "none", "--sse-c-key": "none", "--sse-c-copy-source-key": "none" } },
    "aws s3 sync": { operands: "read", remote: "place", last: "write", tree: !0, paramFiles: ["file://", "fileb://"], contacts: "(AWS's service endpoints: the configured region's, or --endpoint-url)", options: { "--include": "none", "--exclude": "none", "--acl": "none", "--sse": "none", "--sse-c": "none", "--sse-kms-key-id": "none", "--sse-c-copy-source": "none", "--storage-class": "none", "--grants": "none", "--website-redirect": "none", "--content-type": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--expires": "none", "--source-region": "none", "--page-size": "none", "--request-payer": "none", "--checksum-mode": "none", "--checksum-algorithm": "none", "--metadata": "none", "--copy-props": "none", "--metadata-directive": "none", "--expected-size": "none", "--case-conflict": "none", "--progress-frequency": "none", "--sse-c-key": "none", "--sse-c-copy-source-key": "none", "--delete": "none" } },
    gsutil: { operands: "read", guess: !0, contacts: "(Google Cloud's service endpoints)", contactsUnless: ["(no operand)", "help", "version", "-v", "--version"], options: { "-h": "none", "-o": "none", "-u": "none", "-i": "none" } },
    "gsutil cp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: ["-r", "-R"], contacts: "(Google Cloud's service endpoints)", options: { "-h": "none", "-o": "none", "-u": "none", "-i": "none", "-a": "none", "-j": "none", "-z": "none", "-s": "none", "-x": "none", "-L": "write" } },
    "gsutil mv": { operands: "delete", remote: "place", last: "write", lastDir: !0, tree: ["-r", "-R"], contacts: "(Google Cloud's service endpoints)", options: { "-h": "none", "-o": "none", "-u": "none", "-i": "none", "-a": "none", "-j": "none", "-z": "none", "-s": "none" } },
    "gsutil rsync": { operands: "read", remote: "place", last: "write", tree: !0, contacts: "(Google Cloud's service endpoints)", options: { "-h": "none", "-o": "none", "-u": "none", "-i": "none", "-a": "none", "-j": "none", "-z": "none", "-x": "none", "-y": "none" } },
    gcloud: { operands: "read", guess: !0, contacts: "(Google Cloud's service endpoints)", contactsUnless: ["(no operand)", "help", "version", "info", "config", "topic", "--version", "--help", "-h"], options: { "--flags-file": "read", "--key-file": "read", "--cred-file": "read", "--access-token-file": "read" } },
    "gcloud storage cp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: ["-r", "-R", "--recursive"], contacts: "(Google Cloud's service endpoints)", options: { "-a": "none", "--predefined-acl": "none", "-s": "none", "--storage-class": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--content-type": "none", "--custom-metadata": "none", "--custom-time": "none", "--encryption-key": "none", "--decryption-keys": "none", "--if-generation-match": "none", "--if-metageneration-match": "none", "--project": "none", "--account": "none", "--configuration": "none", "--format": "none", "--verbosity": "none", "--impersonate-service-account": "none", "-L": "write", "--manifest-path": "write" } },
    "gcloud storage mv": { operands: "delete", remote: "place", last: "write", lastDir: !0, tree: ["-r", "-R", "--recursive"], contacts: "(Google Cloud's service endpoints)", options: { "-a": "none", "--predefined-acl": "none", "-s": "none", "--storage-class": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--content-type": "none", "--custom-metadata": "none", "--custom-time": "none", "--encryption-key": "none", "--decryption-keys": "none", "--if-generation-match": "none", "--if-metageneration-match": "none", "--project": "none", "--account": "none", "--configuration": "none", "--format": "none", "--verbosity": "none", "--impersonate-service-account": "none", "-L": "write", "--manifest-path": "write" } },
    "gcloud storage rsync": { operands: "read", remote: "place", last: "write", tree: !0, contacts: "(Google Cloud's service endpoints)", options: { "-a": "none", "--predefined-acl": "none", "-s": "none", "--storage-class": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--content-type": "none", "--custom-metadata": "none", "--custom-time": "none", "--encryption-key": "none", "--decryption-keys": "none", "--if-generation-match": "none", "--if-metageneration-match": "none", "--project": "none", "--account": "none", "--configuration": "none", "--format": "none", "--verbosity": "none", "--impersonate-service-account": "none", "-L": "write", "--manifest-path": "write", "-x": "none", "--exclude": "none" } },
    "gcloud compute scp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: ["--recurse"], contacts: "(Google Cloud's service endpoints)", options: { "--zone": "none", "--project": "none", "--scp-flag": "none", "--strict-host-key-checking": "none", "--ssh-key-file": "read" } },
    "gcloud builds submit": { operands: "read", remote: "place", tree: !0, noOperands: ".", contacts: "(Google Cloud's service endpoints)", options: { "--tag": "none", "-t": "none", "--substitutions": "none", "--region": "none", "--gcs-source-staging-dir": "none", "--gcs-log-dir": "none", "--machine-type": "none", "--timeout": "none", "--project": "none", "--pack": "none", "--config": "read", "--ignore-file": "read" } },
    "gcloud run deploy": { operands: "none", contacts: "(Google Cloud's service endpoints)", options: { "--source": "read-tree", "--env-vars-file": "read" } },
    "gcloud functions deploy": { operands: "none", serves: "--source", contacts: "(Google Cloud's service endpoints)", options: { "--source": "none", "--env-vars-file": "read" } },
    az: { operands: "read", guess: !0, paramFiles: ["@"], contacts: "(Azure's service endpoints)", contactsUnless: ["(no operand)", "help", "version", "config", "configure", "--version", "--help", "-h"] },
    "az storage blob upload-batch": { operands: "none", paramFiles: ["@"], contacts: "(Azure's service endpoints)", options: { "--account-name": "none", "--account-key": "none", "--connection-string": "none", "--sas-token": "none", "--auth-mode": "none", "--pattern": "none", "--destination-path": "none", "--content-type": "none", "--max-connections": "none", "--metadata": "none", "--subscription": "none", "-o": "none", "--output": "none", "--query": "none", "-c": "none", "--container-name": "none", "-n": "none", "--name": "none", "--type": "none", "--tier": "none", "--share-name": "none", "-p": "none", "--path": "none", "--overwrite": "none", "--if-modified-since": "none", "--if-unmodified-since": "none", "-s": "read-tree", "--source": "read-tree", "-d": "none", "--destination": "none" } },
    "az storage blob download-batch": { operands: "none", paramFiles: ["@"], contacts: "(Azure's service endpoints)", options: { "--account-name": "none", "--account-key": "none", "--connection-string": "none", "--sas-token": "none", "--auth-mode": "none", "--pattern": "none", "--destination-path": "none", "--content-type": "none", "--max-connections": "none", "--metadata": "none", "--subscription": "none", "-o": "none", "--output": "none", "--query": "none", "-c": "none", "--container-name": "none", "-n": "none", "--name": "none", "--type": "none", "--tier": "none", "--share-name": "none", "-p": "none", "--path": "none", "--overwrite": "none", "--if-modified-since": "none", "--if-unmodified-since": "none", "-d": "write-tree", "--destination": "write-tree", "-s": "none", "--source": "none" } },
    "az storage blob sync": { operands: "none", paramFiles: ["@"], contacts: "(Azure's service endpoints)", options: { "--account-name": "none", "--account-key": "none", "--connection-string": "none", "--sas-token": "none", "--auth-mode": "none", "--pattern": "none", "--destination-path": "none", "--content-type": "none", "--max-connections": "none", "--metadata": "none", "--subscription": "none", "-o": "none", "--output": "none", "--query": "none", "-c": "none", "--container-name": "none", "-n": "none", "--name": "none", "--type": "none", "--tier": "none", "--share-name": "none", "-p": "none", "--path": "none", "--overwrite": "none", "--if-modified-since": "none", "--if-unmodified-since": "none", "-s": "read-tree", "--source": "read-tree", "-d": "none", "--destination": "none" } },
    "az storage blob upload": { operands: "none", paramFiles: ["@"], contacts: "(Azure's service endpoints)", options: { "--account-name": "none", "--account-key": "none", "--connection-string": "none", "--sas-token": "none", "--auth-mode": "none", "--pattern": "none", "--destination-path": "none", "--content-type": "none", "--max-connections": "none", "--metadata": "none", "--subscription": "none", "-o": "none", "--output": "none", "--query": "none", "-c": "none", "--container-name": "none", "-n": "none", "--name": "none", "--type": "none", "--tier": "none", "--share-name": "none", "-p": "none", "--path": "none", "--overwrite": "none", "--if-modified-since": "none", "--if-unmodified-since": "none", "-f": "read", "--file": "read", "--data": "none" } },
    "az storage blob download": { operands: "none", paramFiles: ["@"], contacts: "(Azure's service endpoints)", options: { "--account-name": "none", "--account-key": "none", "--connection-string": "none", "--sas-token": "none", "--auth-mode": "none", "--pattern": "none", "--destination-path": "none", "--content-type": "none", "--max-connections": "none", "--metadata": "none", "--subscription": "none", "-o": "none", "--output": "none", "--query": "none", "-c": "none", "--container-name": "none", "-n": "none", "--name": "none", "--type": "none", "--tier": "none", "--share-name": "none", "-p": "none", "--path": "none", "--overwrite": "none", "--if-modified-since": "none", "--if-unmodified-since": "none", "-f": "write", "--file": "write" } },
    "az storage file upload-batch": { operands: "none", paramFiles: ["@"], contacts: "(Azure's service endpoints)", options: { "--account-name": "none", "--account-key": "none", "--connection-string": "none", "--sas-token": "none", "--auth-mode": "none", "--pattern": "none", "--destination-path": "none", "--content-type": "none", "--max-connections": "none", "--metadata": "none", "--subscription": "none", "-o": "none", "--output": "none", "--query": "none", "-c": "none", "--container-name": "none", "-n": "none", "--name": "none", "--type": "none", "--tier": "none", "--share-name": "none", "-p": "none", "--path": "none", "--overwrite": "none", "--if-modified-since": "none", "--if-unmodified-since": "none", "-s": "read-tree", "--source": "read-tree", "-d": "none", "--destination": "none" } },
    "az storage file download-batch": { operands: "none", paramFiles: ["@"], contacts: "(Azure's service endpoints)", options: { "--account-name": "none", "--account-key": "none", "--connection-string": "none", "--sas-token": "none", "--auth-mode": "none", "--pattern": "none", "--destination-path": "none", "--content-type": "none", "--max-connections": "none", "--metadata": "none", "--subscription": "none", "-o": "none", "--output": "none", "--query": "none", "-c": "none", "--container-name": "none", "-n": "none", "--name": "none", "--type": "none", "--tier": "none", "--share-name": "none", "-p": "none", "--path": "none", "--overwrite": "none", "--if-modified-since": "none", "--if-unmodified-since": "none", "-d": "write-tree", "--destination": "write-tree", "-s": "none", "--source": "none" } },
    "az storage copy": { operands: "none", paramFiles: ["@"], contacts: "(Azure's service endpoints)", options: { "--account-name": "none", "--account-key": "none", "--connection-string": "none", "--sas-token": "none", "--auth-mode": "none", "--pattern": "none", "--destination-path": "none", "--content-type": "none", "--max-connections": "none", "--metadata": "none", "--subscription": "none", "-o": "none", "--output": "none", "--query": "none", "-c": "none", "--container-name": "none", "-n": "none", "--name": "none", "--type": "none", "--tier": "none", "--share-name": "none", "-p": "none", "--path": "none", "--overwrite": "none", "--if-modified-since": "none", "--if-unmodified-since": "none", "-s": "read-tree", "--source": "read-tree", "-d": "write-tree", "--destination": "write-tree" } },
    azcopy: { operands: "read", guess: !0, contacts: "(Azure's service endpoints)", contactsUnless: ["(no operand)", "help", "--version", "-v", "--help", "-h", "env", "jobs"] },
    "azcopy copy": { operands: "read", remote: !0, last: "write", lastDir: !0, tree: ["--recursive", "-r"], contacts: "(Azure's service endpoints)", options: { "--include-pattern": "none", "--exclude-pattern": "none", "--include-path": "none", "--exclude-path": "none", "--from-to": "none", "--block-size-mb": "none", "--cap-mbps": "none", "--log-level": "none", "--overwrite": "none", "--list-of-files": "none" } },
    "azcopy sync": { operands: "read", remote: !0, last: "write", tree: !0, contacts: "(Azure's service endpoints)", options: { "--include-pattern": "none", "--exclude-pattern": "none", "--exclude-path": "none", "--from-to": "none", "--cap-mbps": "none", "--log-level": "none", "--delete-destination": "none" } },
    rclone: { operands: "read", guess: !0, contacts: "(the hosts of rclone's configured remotes)", contactsUnless: ["(no operand)", "version", "help", "listremotes", "obscure", "genautocomplete", "completion", "gendocs", "--version", "-V", "--help", "-h"], options: { "--include": "none", "--exclude": "none", "--filter": "none", "--transfers": "none", "--checkers": "none", "--bwlimit": "none", "--max-age": "none", "--min-age": "none", "--max-size": "none", "--min-size": "none", "--suffix": "none", "--log-level": "none", "--stats": "none", "--order-by": "none", "--user-agent": "none", "--retries": "none", "--timeout": "none", "--contimeout": "none", "--tpslimit": "none", "--max-depth": "none", "--max-transfer": "none", "--cutoff-mode": "none", "--password-command": "none", "--multi-thread-streams": "none", "--buffer-size": "none", "--compare-dest": "none", "--copy-dest": "none", "--config": "read", "--include-from": "read", "--exclude-from": "read", "--filter-from": "read", "--files-from": "read", "--files-from-raw": "read", "--log-file": "write", "--backup-dir": "write-dir" } },
    "rclone copy": { operands: "read", remote: "place", last: "write", tree: !0, contacts: "(the hosts of rclone's configured remotes)", options: { "--include": "none", "--exclude": "none", "--filter": "none", "--transfers": "none", "--checkers": "none", "--bwlimit": "none", "--max-age": "none", "--min-age": "none", "--max-size": "none", "--min-size": "none", "--suffix": "none", "--log-level": "none", "--stats": "none", "--order-by": "none", "--user-agent": "none", "--retries": "none", "--timeout": "none", "--contimeout": "none", "--tpslimit": "none", "--max-depth": "none", "--max-transfer": "none", "--cutoff-mode": "none", "--password-command": "none", "--multi-thread-streams": "none", "--buffer-size": "none", "--compare-dest": "none", "--copy-dest": "none", "--config": "read", "--include-from": "read", "--exclude-from": "read", "--filter-from": "read", "--files-from": "read", "--files-from-raw": "read", "--log-file": "write", "--backup-dir": "write-dir" } },
    "rclone sync": { operands: "read", remote: "place", last: "write", tree: !0, contacts: "(the hosts of rclone's configured remotes)", options: { "--include": "none", "--exclude": "none", "--filter": "none", "--transfers": "none", "--checkers": "none", "--bwlimit": "none", "--max-age": "none", "--min-age": "none", "--max-size": "none", "--min-size": "none", "--suffix": "none", "--log-level": "none", "--stats": "none", "--order-by": "none", "--user-agent": "none", "--retries": "none", "--timeout": "none", "--contimeout": "none", "--tpslimit": "none", "--max-depth": "none", "--max-transfer": "none", "--cutoff-mode": "none", "--password-command": "none", "--multi-thread-streams": "none", "--buffer-size": "none", "--compare-dest": "none", "--copy-dest": "none", "--config": "read", "--include-from": "read", "--exclude-from": "read", "--filter-from": "read", "--files-from": "read", "--files-from-raw": "read", "--log-file": "write", "--backup-dir": "write-dir" } },
    "rclone move": { operands: "delete", remote: "place", last: "write", tree: !0, contacts: "(the hosts of rclone's configured remotes)", options: { "--include": "none", "--exclude": "none", "--filter": "none", "--transfers": "none", "--checkers": "none", "--bwlimit": "none", "--max-age": "none", "--min-age": "none", "--max-size": "none", "--min-size": "none", "--suffix": "none", "--log-level": "none", "--stats": "none", "--order-by": "none", "--user-agent": "none", "--retries": "none", "--timeout": "none", "--contimeout": "none", "--tpslimit": "none", "--max-depth": "none", "--max-transfer": "none", "--cutoff-mode": "none", "--password-command": "none", "--multi-thread-streams": "none", "--buffer-size": "none", "--compare-dest": "none", "--copy-dest": "none", "--config": "read", "--include-from": "read", "--exclude-from": "read", "--filter-from": "read", "--files-from": "read", "--files-from-raw": "read", "--log-file": "write", "--backup-dir": "write-dir" } },
    "rclone copyto": { operands: "read", remote: "place", last: "write", tree: !0, contacts: "(the hosts of rclone's configured remotes)", options: { "--include": "none", "--exclude": "none", "--filter": "none", "--transfers": "none", "--checkers": "none", "--bwlimit": "none", "--max-age": "none", "--min-age": "none", "--max-size": "none", "--min-size": "none", "--suffix": "none", "--log-level": "none", "--stats": "none", "--order-by": "none", "--user-agent": "none", "--retries": "none", "--timeout": "none", "--contimeout": "none", "--tpslimit": "none", "--max-depth": "none", "--max-transfer": "none", "--cutoff-mode": "none", "--password-command": "none", "--multi-thread-streams": "none", "--buffer-size": "none", "--compare-dest": "none", "--copy-dest": "none", "--config": "read", "--include-from": "read", "--exclude-from": "read", "--filter-from": "read", "--files-from": "read", "--files-from-raw": "read", "--log-file": "write", "--backup-dir": "write-dir" } },
    "rclone moveto": { operands: "delete", remote: "place", last: "write", tree: !0, contacts: "(the hosts of rclone's configured remotes)", options: { "--include": "none", "--exclude": "none", "--filter": "none", "--transfers": "none", "--checkers": "none", "--bwlimit": "none", "--max-age": "none", "--min-age": "none", "--max-size": "none", "--min-size": "none", "--suffix": "none", "--log-level": "none", "--stats": "none", "--order-by": "none", "--user-agent": "none", "--retries": "none", "--timeout": "none", "--contimeout": "none", "--tpslimit": "none", "--max-depth": "none", "--max-transfer": "none", "--cutoff-mode": "none", "--password-command": "none", "--multi-thread-streams": "none", "--buffer-size": "none", "--compare-dest": "none", "--copy-dest": "none", "--config": "read", "--include-from": "read", "--exclude-from": "read", "--filter-from": "read", "--files-from": "read", "--files-from-raw": "read", "--log-file": "write", "--backup-dir": "write-dir" } },
    "rclone bisync": { operands: "write", remote: "place", tree: !0, contacts: "(the hosts of rclone's configured remotes)", options: { "--include": "none", "--exclude": "none", "--filter": "none", "--transfers": "none", "--checkers": "none", "--bwlimit": "none", "--max-age": "none", "--min-age": "none", "--max-size": "none", "--min-size": "none", "--suffix": "none", "--log-level": "none", "--stats": "none", "--order-by": "none", "--user-agent": "none", "--retries": "none", "--timeout": "none", "--contimeout": "none", "--tpslimit": "none", "--max-depth": "none", "--max-transfer": "none", "--cutoff-mode": "none", "--password-command": "none", "--multi-thread-streams": "none", "--buffer-size": "none", "--compare-dest": "none", "--copy-dest": "none", "--config": "read", "--include-from": "read", "--exclude-from": "read", "--filter-from": "read", "--files-from": "read", "--files-from-raw": "read", "--log-file": "write", "--backup-dir": "write-dir" } },
    "rclone copyurl": { operands: "write", first: "url", remote: "place", contacts: "(the hosts of rclone's configured remotes)", options: { "--include": "none", "--exclude": "none", "--filter": "none", "--transfers": "none", "--checkers": "none", "--bwlimit": "none", "--max-age": "none", "--min-age": "none", "--max-size": "none", "--min-size": "none", "--suffix": "none", "--log-level": "none", "--stats": "none", "--order-by": "none", "--user-agent": "none", "--retries": "none", "--timeout": "none", "--contimeout": "none", "--tpslimit": "none", "--max-depth": "none", "--max-transfer": "none", "--cutoff-mode": "none", "--password-command": "none", "--multi-thread-streams": "none", "--buffer-size": "none", "--compare-dest": "none", "--copy-dest": "none", "--config": "read", "--include-from": "read", "--exclude-from": "read", "--filter-from": "read", "--files-from": "read", "--files-from-raw": "read", "--log-file": "write", "--backup-dir": "write-dir" } },
    "rclone serve": { operands: "read", skip: 1, remote: "place", tree: !0, contacts: "(the hosts of rclone's configured remotes)", options: { "--include": "none", "--exclude": "none", "--filter": "none", "--transfers": "none", "--checkers": "none", "--bwlimit": "none", "--max-age": "none", "--min-age": "none", "--max-size": "none", "--min-size": "none", "--suffix": "none", "--log-level": "none", "--stats": "none", "--order-by": "none", "--user-agent": "none", "--retries": "none", "--timeout": "none", "--contimeout": "none", "--tpslimit": "none", "--max-depth": "none", "--max-transfer": "none", "--cutoff-mode": "none", "--password-command": "none", "--multi-thread-streams": "none", "--buffer-size": "none", "--compare-dest": "none", "--copy-dest": "none", "--config": "read", "--include-from": "read", "--exclude-from": "read", "--filter-from": "read", "--files-from": "read", "--files-from-raw": "read", "--log-file": "write", "--backup-dir": "write-dir", "--addr": "none", "--user": "none", "--pass": "none", "--baseurl": "none", "--realm": "none", "--htpasswd": "read", "--cert": "read", "--key": "read", "--client-ca": "read" } },
    "kubectl cp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: !0, options: { "-c": "none", "--container": "none", "--retries": "none" } },
    "docker cp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: !0 },
    "docker container cp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: !0 },
    "podman cp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: !0 },
    "podman container cp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: !0 },
    croc: { operands: "none", contacts: "(croc's relay: croc.schollz.com unless --relay names another)", contactsUnless: ["--version", "-v", "--help", "-h"], options: { "--out": "none", "--pass": "none", "--curve": "none", "--ip": "none", "--throttleUpload": "none", "--multicast": "none", "--relay": "host", "--relay6": "host", "--socks5": "url", "--connect": "url" } },
    "croc send": { operands: "read", tree: !0, contacts: "(croc's relay: croc.schollz.com unless --relay names another)", options: { "--code": "none", "-c": "none", "--text": "none", "-t": "none", "--exclude": "none", "--hash": "none", "--port": "none", "--transfers": "none", "--relay": "host", "--relay6": "host", "--socks5": "url", "--connect": "url" } },
    lftp: { operands: "none", first: "url", options: { "-u": "none", "-p": "none", "-e": "none", "-c": "none", "--user": "none", "--password": "none", "--env-password": "none", "-f": "read" } },
    ngrok: { operands: "none", contacts: "(ngrok's tunnel servers, which publishes a local port on the internet)", contactsUnless: ["(no operand)", "version", "help", "completion", "config", "--version", "-v", "--help", "-h"], options: { "--authtoken": "none", "--domain": "none", "--url": "none", "--region": "none", "--basic-auth": "none", "--oauth": "none", "--host-header": "none", "--traffic-policy-file": "none", "--log-level": "none", "--log-format": "none", "--config": "read", "--log": "write" } },
    cloudflared: { operands: "none", contacts: "(Cloudflare's edge, which publishes a local port on the internet)", contactsUnless: ["(no operand)", "version", "help", "--version", "-v", "-V", "--help", "-h"], options: { "--url": "none", "--hostname": "none", "--loglevel": "none", "--metrics": "none", "--protocol": "none", "--name": "none", "--token": "none", "--edge-ip-version": "none", "--config": "read", "--credentials-file": "read", "--cred-file": "read", "--origincert": "read", "--logfile": "write", "--token-file": "read" } },
    lt: { operands: "none", contacts: "(localtunnel's server, localtunnel.me unless --host names another, which publishes a local port on the internet)", contactsUnless: ["--version", "--help"], options: { "--port": "none", "-p": "none", "--subdomain": "none", "-s": "none", "--local-host": "none", "-l": "none", "--host": "url", "-h": "url", "--local-cert": "read", "--local-key": "read", "--local-ca": "read" } },
    localtunnel: { operands: "none", contacts: "(localtunnel's server, localtunnel.me unless --host names another, which publishes a local port on the internet)", contactsUnless: ["--version", "--help"], options: { "--port": "none", "-p": "none", "--subdomain": "none", "-s": "none", "--local-host": "none", "-l": "none", "--host": "url", "-h": "url", "--local-cert": "read", "--local-key": "read", "--local-ca": "read" } },
    bore: { operands: "none", options: { "--secret": "none", "-s": "none", "--local-host": "none", "-l": "none", "--port": "none", "-p": "none", "--to": "host", "-t": "host" } },
    serve: { operands: "read", tree: !0, noOperands: ".", options: { "-l": "none", "--listen": "none", "-p": "none", "--port": "none", "-c": "read", "--config": "read", "--ssl-cert": "read", "--ssl-key": "read", "--ssl-pass": "read" } },
    "http-server": { operands: "read", tree: !0, noOperands: ".", options: { "-p": "none", "--port": "none", "-a": "none", "-c": "none", "-e": "none", "--ext": "none", "-t": "none", "--timeout": "none", "--username": "none", "--password": "none", "--proxy-options": "none", "-C": "read", "--cert": "read", "-K": "read", "--key": "read", "-P": "url", "--proxy": "url" } },
    "live-server": { operands: "read", tree: !0, noOperands: ".", options: { "--port": "none", "--host": "none", "--open": "none", "--watch": "none", "--ignore": "none", "--entry-file": "none", "--wait": "none", "--proxy": "none", "--middleware": "none", "--mount": "none", "--htpasswd": "read" } },
    miniserve: { operands: "read", tree: !0, noOperands: ".", options: { "-p": "none", "--port": "none", "-i": "none", "--interfaces": "none", "-a": "none", "--auth": "none", "-c": "none", "--color-scheme": "none", "-t": "none", "--title": "none", "--header": "none", "--index": "none", "--route-prefix": "none", "--auth-file": "read", "--tls-cert": "read", "--tls-key": "read" } },
    caddy: { operands: "read", guess: !0 },
    darkhttpd: { operands: "read", tree: !0, noOperands: ".", options: { "--port": "none", "--addr": "none", "--log": "write", "--maxconn": "none", "--pidfile": "write", "--index": "none", "--mimetypes": "read", "--default-mimetype": "none", "--uid": "none", "--gid": "none", "--chroot": "none", "--auth": "none", "--header": "none" } },
    updog: { operands: "none", serves: "-d", options: { "-d": "none", "--directory": "none", "-p": "none", "--port": "none", "--password": "none" } },
    webfsd: { operands: "none", serves: "-r", options: { "-r": "none", "-p": "none", "-i": "none", "-l": "write", "-L": "write", "-u": "none", "-g": "none", "-t": "none", "-c": "none", "-a": "none", "-n": "none", "-N": "none", "-f": "none", "-b": "none", "-e": "none", "-x": "none", "-~": "none" } },
    httpd: { operands: "none", serves: "-h", options: { "-h": "none", "-p": "none", "-c": "read", "-r": "none", "-u": "none", "-e": "none", "-d": "none" } },
    "static-web-server": { operands: "none", serves: "--root", options: { "--root": "none", "-d": "none", "--port": "none", "-p": "none", "--host": "none", "-a": "none" } },
    "simple-http-server": { operands: "read", tree: !0, noOperands: ".", options: { "-p": "none", "--port": "none", "-i": "none", "--ip": "none", "-a": "none", "--auth": "none" } },
    goshs: { operands: "none", serves: "-d", options: { "-d": "none", "--dir": "none", "-p": "none", "--port": "none", "-i": "none", "--ip": "none", "-b": "none", "--basic-auth": "none" } },
    "caddy file-server": { operands: "none", serves: "--root", options: { "--root": "none", "-r": "none", "--listen": "none", "-l": "none", "--domain": "none", "-d": "none", "--access-log": "none" } },
    http: { operands: "none", requestItems: !0, options: { "-a": "none", "--auth": "none", "-A": "none", "--auth-type": "none", "--cert-key-pass": "none", "--default-scheme": "none", "--pretty": "none", "-s": "none", "--style": "none", "-p": "none", "--print": "none", "-P": "none", "--history-print": "none", "--timeout": "none", "--max-redirects": "none", "--boundary": "none", "--format-options": "none", "--response-charset": "none", "--response-mime": "none", "--ssl": "none", "--ciphers": "none", "--raw": "none", "--unix-socket": "none", "--max-headers": "none", "-o": "write", "--output": "write", "--session": "write", "--session-read-only": "read", "--cert": "read", "--cert-key": "read", "--verify": "read", "--proxy": "url" } },
    https: { operands: "none", requestItems: !0, options: { "-a": "none", "--auth": "none", "-A": "none", "--auth-type": "none", "--cert-key-pass": "none", "--default-scheme": "none", "--pretty": "none", "-s": "none", "--style": "none", "-p": "none", "--print": "none", "-P": "none", "--history-print": "none", "--timeout": "none", "--max-redirects": "none", "--boundary": "none", "--format-options": "none", "--response-charset": "none", "--response-mime": "none", "--ssl": "none", "--ciphers": "none", "--raw": "none", "--unix-socket": "none", "--max-headers": "none", "-o": "write", "--output": "write", "--session": "write", "--session-read-only": "read", "--cert": "read", "--cert-key": "read", "--verify": "read", "--proxy": "url" } },
    xh: { operands: "none", requestItems: !0, options: { "-a": "none", "--auth": "none", "-A": "none", "--auth-type": "none", "--cert-key-pass": "none", "--default-scheme": "none", "--pretty": "none", "-s": "none", "--style": "none", "-p": "none", "--print": "none", "-P": "none", "--history-print": "none", "--timeout": "none", "--max-redirects": "none", "--boundary": "none", "--format-options": "none", "--response-charset": "none", "--response-mime": "none", "--ssl": "none", "--ciphers": "none", "--raw": "none", "--unix-socket": "none", "--max-headers": "none", "-o": "write", "--output": "write", "--session": "write", "--session-read-only": "read", "--cert": "read", "--cert-key": "read", "--verify": "read", "--proxy": "url", "--bearer": "none", "--interface": "none", "--generate": "none", "--http-version": "none", "--resolve": "resolve-to" } },
    xhs: { operands: "none", requestItems: !0, options: { "-a": "none", "--auth": "none", "-A": "none", "--auth-type": "none", "--cert-key-pass": "none", "--default-scheme": "none", "--pretty": "none", "-s": "none", "--style": "none", "-p": "none", "--print": "none", "-P": "none", "--history-print": "none", "--timeout": "none", "--max-redirects": "none", "--boundary": "none", "--format-options": "none", "--response-charset": "none", "--response-mime": "none", "--ssl": "none", "--ciphers": "none", "--raw": "none", "--unix-socket": "none", "--max-headers": "none", "-o": "write", "--output": "write", "--session": "write", "--session-read-only": "read", "--cert": "read", "--cert-key": "read", "--verify": "read", "--proxy": "url", "--bearer": "none", "--interface": "none", "--generate": "none", "--http-version": "none", "--resolve": "resolve-to" } },
    curlie: { operands: "none", requestItems: !0, options: { "-o": "write", "-T": "read", "-K": "read", "-c": "write", "-d": "data", "-F": "form", "--data-binary": "data", "--data-raw": "none", "--data-urlencode": "data", "--url": "url", "-x": "url", "--proxy": "url", "--connect-to": "connect-to", "--resolve": "resolve", "--preproxy": "url", "--socks4": "url", "--socks4a": "url", "--socks5": "url", "--socks5-hostname": "url", "--proxy1.0": "url", "--doh-url": "url", "-D": "write", "--dump-header": "write", "--trace": "write", "--trace-ascii": "write", "--stderr": "write", "-E": "read", "--cert": "read", "--key": "read", "--cacert": "read", "--output-dir": "write-dir", "-X": "none", "-H": "none", "-u": "none", "-A": "none", "-e": "none", "-b": "none", "-m": "none", "-w": "none", "-r": "none", "-z": "none", "-Y": "none", "-y": "none", "-C": "none", "-Q": "none", "-t": "none", "-U": "none", "--request": "none", "--header": "none", "--user": "none", "--user-agent": "none", "--referer": "none", "--cookie": "none", "--max-time": "none", "--write-out": "none", "--connect-timeout": "none", "--retry": "none" } },
    wget2: { operands: "url-file", when: { "-O": { operands: "url" }, "--output-document": { operands: "url" }, "-i": { contacts: "(the URLs the -i file lists)" }, "--input-file": { contacts: "(the URLs the -i file lists)" } }, options: { "-O": "write", "-o": "write", "-a": "write", "-i": "read", "-P": "write-dir", "-e": "none", "--post-file": "read", "--body-file": "read", "--load-cookies": "read", "--save-cookies": "write", "--output-document": "write", "--output-file": "write", "--append-output": "write", "--input-file": "read", "--directory-prefix": "write-dir", "--execute": "none", "-U": "none", "-t": "none", "-T": "none", "-w": "none", "-B": "none", "-Q": "none", "-l": "none", "-A": "none", "-R": "none", "-D": "none", "-X": "none", "-I": "none", "--user-agent": "none", "--tries": "none", "--timeout": "none", "--wait": "none", "--base": "none", "--quota": "none", "--level": "none", "--accept": "none", "--reject": "none", "--domains": "none", "--exclude-directories": "none", "--include-directories": "none", "--header": "none", "--user": "none", "--password": "none", "--method": "none", "--body-data": "none", "--post-data": "none" } },
    axel: { operands: "url-file", options: { "-n": "none", "--num-connections": "none", "-s": "none", "--max-speed": "none", "-H": "none", "--header": "none", "-U": "none", "--user-agent": "none", "-o": "write", "--output": "write" } },
    httrack: { operands: "url", options: { "-O": "write-dir", "--path": "write-dir", "-%L": "read", "--list": "read", "-P": "url", "--proxy": "url", "-F": "none", "--user-agent": "none", "-r": "none", "--depth": "none", "-%S": "read", "--urllist": "read" } },
    "gallery-dl": { operands: "url", options: { "-d": "write-dir", "--destination": "write-dir", "-D": "write-dir", "--directory": "write-dir", "-i": "read", "--input-file": "read", "-c": "read", "--config": "read", "-C": "read", "--cookies": "read", "--download-archive": "write", "-u": "none", "-p": "none", "--username": "none", "--password": "none", "--proxy": "url", "-o": "none", "--option": "none", "--exec": "none", "--exec-after": "none", "-f": "none", "--filename": "none", "--range": "none", "--filter": "none", "-r": "none", "--limit-rate": "none", "-R": "none", "--retries": "none" }, when: { "-i": { contacts: "(the URLs the -i file lists)" }, "--input-file": { contacts: "(the URLs the --input-file file lists)" } } },
    grpcurl: { operands: "none", first: "host", options: { "-proto": "read", "-protoset": "read", "-import-path": "read", "-cert": "read", "-key": "read", "-cacert": "read", "-protoset-out": "write", "-proto-out-dir": "write-dir", "-d": "none", "-H": "none", "-rpc-header": "none", "-reflect-header": "none", "-authority": "none", "-servername": "none", "-max-time": "none", "-connect-timeout": "none", "-keepalive-time": "none", "-max-msg-sz": "none", "-format": "none", "-user-agent": "none", "-alts-target-service-account": "none", "-alts-handshaker-service": "host" } },
    mcli: { operands: "read", guess: !0, tree: !0, contacts: "(the hosts of the MinIO client's configured aliases)", contactsUnless: ["(no operand)", "--version", "-v", "--help", "-h", "alias", "config", "update", "ready"], options: { "-C": "read", "--config-dir": "read", "--encrypt-key": "none", "--encrypt": "none", "--attr": "none", "--storage-class": "none", "--tags": "none", "--limit-upload": "none", "--limit-download": "none", "--older-than": "none", "--newer-than": "none" } },
    mc: { operands: "read", guess: !0, tree: !0, contacts: "(the hosts of the MinIO client's configured aliases)", contactsUnless: ["(no operand)", "--version", "-v", "--help", "-h", "alias", "config", "update", "ready"] },
    dotenv: { operands: "none", reads: [".env"], options: { "-e": "read", "-f": "read", "--file": "read" }, when: { "-e": { reads: [] }, "-f": { reads: [] }, "--file": { reads: [] } } },
    "huggingface-cli": { operands: "read", guess: !0, operandsAfter: { download: { op: "none", registry: "huggingface" }, upload: { ops: ["none", "read"], registry: "huggingface" }, "upload-large-folder": { ops: ["none", "read"], registry: "huggingface" }, repo: { op: "none", registry: "huggingface" }, "repo-files": { op: "none", registry: "huggingface" }, login: { op: "none", registry: "huggingface" }, whoami: { op: "none", registry: "huggingface" }, jobs: { op: "none", registry: "huggingface" } }, options: { "--local-dir": "write-dir", "--cache-dir": "write-dir", "--token": "none", "--repo-type": "none", "--revision": "none", "--include": "none", "--exclude": "none" } },
    hf: { operands: "read", guess: !0, operandsAfter: { download: { op: "none", registry: "huggingface" }, upload: { ops: ["none", "read"], registry: "huggingface" }, "upload-large-folder": { ops: ["none", "read"], registry: "huggingface" }, repo: { op: "none", registry: "huggingface" }, "repo-files": { op: "none", registry: "huggingface" }, login: { op: "none", registry: "huggingface" }, whoami: { op: "none", registry: "huggingface" }, jobs: { op: "none", registry: "huggingface" } }, options: { "--local-dir": "write-dir", "--cache-dir": "write-dir", "--token": "none", "--repo-type": "none", "--revision": "none", "--include": "none", "--exclude": "none" } },
    kaggle: { operands: "read", guess: !0, registry: "kaggle", options: { "-p": "write-dir", "--path": "write-dir" } },
    snap: { operands: "read", guess: !0, operandsAfter: { install: { op: "none", registry: "snap" }, refresh: { op: "none", registry: "snap" }, download: { op: "none", registry: "snap" }, find: { op: "none", registry: "snap" }, info: { op: "none", registry: "snap" } } },
    flatpak: { operands: "read", guess: !0, operandsAfter: { install: { op: "url-or-read", contacts: "(flatpak's configured remotes)" }, update: { op: "none", contacts: "(flatpak's configured remotes)" }, search: { op: "none", contacts: "(flatpak's configured remotes)" }, "remote-ls": { op: "none", contacts: "(flatpak's configured remotes)" }, "remote-add": { ops: ["none", "url-or-read"] } } },
    ctr: { operands: "read", guess: !0, operandsAfter: { "image pull": { op: "module" }, "images pull": { op: "module" }, "i pull": { op: "module" }, "image push": { op: "module" }, "images push": { op: "module" }, "i push": { op: "module" }, "content fetch": { op: "module" } } },
    buildah: { operands: "read", guess: !0, operandsAfter: { pull: { op: "module" }, from: { op: "module" }, push: { op: "module" } } },
    curlftpfs: { operands: "none", first: "host", last: "write-tree" },
    cookiecutter: { operands: "url-or-read", options: { "-o": "write-dir", "--output-dir": "write-dir", "--config-file": "read", "--replay-file": "read" } },
    copier: { operands: "none", operandsAfter: { copy: { ops: ["url-or-read", "write"] }, update: { op: "write" }, recopy: { op: "write" } }, options: { "-d": "none", "--data": "none", "--data-file": "read", "-a": "read", "--answers-file": "read" } },
    websocat: { operands: "url", options: { "-H": "none", "--header": "none", "--protocol": "none", "--origin": "none", "--ping-interval": "none", "--ping-timeout": "none", "-B": "none", "--buffer-size": "none", "--max-messages": "none", "--pkcs12-der": "read", "--client-pkcs12-der": "read" } },
    "lwp-request": { operands: "url", options: { "-m": "none", "-b": "none", "-t": "none", "-i": "none", "-c": "none", "-C": "none", "-H": "none", "-P": "none", "-o": "none", "-p": "none" } },
    GET: { operands: "url", options: { "-m": "none", "-b": "none", "-t": "none", "-i": "none", "-c": "none", "-C": "none", "-H": "none", "-P": "none", "-o": "none", "-p": "none" } },
    POST: { operands: "url", options: { "-m": "none", "-b": "none", "-t": "none", "-i": "none", "-c": "none", "-C": "none", "-H": "none", "-P": "none", "-o": "none", "-p": "none" } },
    HEAD: { operands: "url", options: { "-m": "none", "-b": "none", "-t": "none", "-i": "none", "-c": "none", "-C": "none", "-H": "none", "-P": "none", "-o": "none", "-p": "none" } },
    "http-prompt": { operands: "url", options: { "--env": "read" } },
    hurl: { operands: "read", contacts: "(the hosts the Hurl files request)", contactsUnless: ["--version", "-V", "--help", "-h"], options: { "--variable": "none", "--connect-timeout": "none", "-m": "none", "--max-time": "none", "--retry": "none", "--retry-interval": "none", "--user-agent": "none", "-u": "none", "--user": "none", "-H": "none", "--header": "none", "--glob": "none", "--test-timeout": "none", "--jobs": "none", "--variables-file": "read", "--file-root": "read-tree", "-o": "write", "--output": "write", "--cookie": "read", "-b": "read", "--cookie-jar": "write", "-c": "write", "--cacert": "read", "--cert": "read", "-E": "read", "--key": "read", "--report-html": "write-dir", "--report-junit": "write", "--report-json": "write-dir", "--report-tap": "write", "--json": "none", "-x": "url", "--proxy": "url", "--connect-to": "connect-to", "--resolve": "resolve" } },
    ab: { operands: "url", options: { "-n": "none", "-c": "none", "-t": "none", "-s": "none", "-T": "none", "-H": "none", "-C": "none", "-A": "none", "-P": "none", "-B": "none", "-m": "none", "-b": "none", "-f": "none", "-E": "none", "-Z": "none", "-p": "read", "-u": "read", "-X": "host", "-g": "write", "-e": "write" } },
    hey: { operands: "url", options: { "-n": "none", "-c": "none", "-q": "none", "-z": "none", "-o": "none", "-m": "none", "-H": "none", "-t": "none", "-A": "none", "-T": "none", "-a": "none", "-d": "none", "-h2": "none", "-D": "read", "-x": "url" } },
    wrk: { operands: "url", options: { "-c": "none", "-d": "none", "-t": "none", "-H": "none", "--header": "none", "--timeout": "none", "--latency": "none", "-s": "read", "--script": "read" } },
    mosh: { operands: "none", first: "host", options: { "-p": "none", "--port": "none", "--ssh": "none", "--server": "none", "--family": "none", "--predict": "none", "--bind-server": "none", "--experimental-remote-ip": "none" } },
    et: { operands: "none", first: "host", options: { "-p": "none", "--port": "none", "-c": "none", "--command": "none", "-t": "none", "--tunnel": "none", "-r": "none", "--reversetunnel": "none", "-x": "none", "--jumphost": "host", "--jport": "none", "--serverfifo": "none", "--terminal-path": "none", "-l": "write", "--logdir": "write-dir" } },
    autossh: { operands: "none", first: "host", options: { "-i": "read", "-F": "read", "-J": "host", "-E": "write", "-o": "ssh-option", "-b": "none", "-c": "none", "-D": "none", "-e": "none", "-I": "none", "-L": "none", "-l": "none", "-m": "none", "-O": "none", "-p": "none", "-Q": "none", "-R": "none", "-S": "none", "-W": "none", "-w": "none", "-B": "none", "-P": "none", "-M": "none" } },
    sshfs: { operands: "none", remote: !0, last: "write-tree", options: { "-p": "none", "-o": "none", "-F": "read" } },
    svn: { operands: "url-or-read", guess: !0, contacts: "(the repository the working copy was checked out from)", contactsUnless: ["(no operand)", "(URL operand)", "help", "h", "?", "--version", "--help", "-h", "status", "st", "stat", "diff", "di", "add", "revert", "resolve", "resolved", "cleanup", "info", "delete", "del", "remove", "rm", "move", "mv", "rename", "ren", "copy", "cp", "mkdir", "propget", "pget", "pg", "proplist", "plist", "pl", "propset", "pset", "ps", "propdel", "pdel", "pd", "propedit", "pedit", "pe", "patch", "changelist", "cl", "upgrade"], options: { "-m": "none", "--message": "none", "-r": "none", "--revision": "none", "--username": "none", "--password": "none", "--depth": "none", "--set-depth": "none", "-c": "none", "--change": "none", "-l": "none", "--limit": "none", "--cl": "none", "--changelist": "none", "--encoding": "none", "--accept": "none", "--search": "none", "--config-option": "none", "--native-eol": "none", "--editor-cmd": "none", "--diff-cmd": "none", "--diff3-cmd": "none", "-x": "none", "--extensions": "none", "--with-revprop": "none", "--show-item": "none", "-F": "read", "--file": "read", "--targets": "read", "--config-dir": "read" } },
    "svn checkout": { operands: "write-tree", first: "url-or-read", contacts: "(the repository the working copy was checked out from)", contactsUnless: ["(URL operand)"] },
    "svn co": { operands: "write-tree", first: "url-or-read", contacts: "(the repository the working copy was checked out from)", contactsUnless: ["(URL operand)"] },
    "svn export": { operands: "write-tree", first: "url-or-read", contacts: "(the repository the working copy was checked out from)", contactsUnless: ["(URL operand)"] },
    "svn import": { operands: "url-or-read", first: "read-tree", contacts: "(the repository the working copy was checked out from)", contactsUnless: ["(URL operand)"] },
    "git svn": { operands: "url-or-read", guess: !0, contacts: "(the Subversion repository of git-svn's configuration)", contactsUnless: ["(no operand)", "(URL operand)", "help", "log", "blame", "find-rev", "info", "show-ignore", "create-ignore", "show-externals", "mkdirs", "gc", "reset"] },
    "tofu fmt": { operands: "write", tree: !0, fileExts: ["tf", "tfvars", "hcl"], noOperands: ".", when: { "-check": { operands: "read", guess: !0 }, "-diff": { operands: "read", guess: !1 } } },
    "svn status": { operands: "url-or-read", guess: !0, when: { "-u": { contacts: "(the repository the working copy was checked out from)" }, "--show-updates": { contacts: "(the repository the working copy was checked out from)" } } },
    "svn st": { operands: "url-or-read", guess: !0, when: { "-u": { contacts: "(the repository the working copy was checked out from)" }, "--show-updates": { contacts: "(the repository the working copy was checked out from)" } } },
    "svn stat": { operands: "url-or-read", guess: !0, when: { "-u": { contacts: "(the repository the working copy was checked out from)" }, "--show-updates": { contacts: "(the repository the working copy was checked out from)" } } },
    hg: { operands: "read", guess: !0, options: { "--cwd": "none", "--config": "none", "-r": "none", "--rev": "none", "-m": "none", "--message": "none", "-b": "none", "--branch": "none", "-e": "none", "--ssh": "none", "--remotecmd": "none", "-l": "none", "--limit": "none", "-I": "none", "--include": "none", "-X": "none", "--exclude": "none", "-u": "none", "--user": "none", "-d": "none", "--date": "none", "-U": "none", "--updaterev": "none", "-B": "none", "--bookmark": "none", "--encoding": "none", "-T": "none", "--template": "none", "-R": "read", "--repository": "read", "--logfile": "read" } },
    "hg clone": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "hg pull": { operands: "remote-name", noOperands: "<remote>" },
    "hg push": { operands: "remote-name", noOperands: "<remote>" },
    "hg incoming": { operands: "remote-name", noOperands: "<remote>" },
    "hg in": { operands: "remote-name", noOperands: "<remote>" },
    "hg outgoing": { operands: "remote-name", noOperands: "<remote>" },
    "hg out": { operands: "remote-name", noOperands: "<remote>" },
    "hg fetch": { operands: "remote-name", noOperands: "<remote>" },
    chg: { operands: "read", guess: !0, options: { "--cwd": "none", "--config": "none", "-r": "none", "--rev": "none", "-m": "none", "--message": "none", "-b": "none", "--branch": "none", "-e": "none", "--ssh": "none", "--remotecmd": "none", "-l": "none", "--limit": "none", "-I": "none", "--include": "none", "-X": "none", "--exclude": "none", "-u": "none", "--user": "none", "-d": "none", "--date": "none", "-U": "none", "--updaterev": "none", "-B": "none", "--bookmark": "none", "--encoding": "none", "-T": "none", "--template": "none", "-R": "read", "--repository": "read", "--logfile": "read" } },
    "chg clone": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "chg pull": { operands: "remote-name", noOperands: "<remote>" },
    "chg push": { operands: "remote-name", noOperands: "<remote>" },
    "chg incoming": { operands: "remote-name", noOperands: "<remote>" },
    "chg in": { operands: "remote-name", noOperands: "<remote>" },
    "chg outgoing": { operands: "remote-name", noOperands: "<remote>" },
    "chg out": { operands: "remote-name", noOperands: "<remote>" },
    "chg fetch": { operands: "remote-name", noOperands: "<remote>" },
    bzr: { operands: "read", guess: !0, options: { "-r": "none", "--revision": "none", "-m": "none", "--message": "none", "-F": "read", "--file": "read", "-d": "read", "--directory": "read" } },
    "bzr branch": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "bzr checkout": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "bzr co": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "bzr get": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "bzr clone": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "bzr pull": { operands: "remote-name", noOperands: "<remote>" },
    "bzr push": { operands: "remote-name", noOperands: "<remote>" },
    "bzr merge": { operands: "remote-name", noOperands: "<remote>" },
    "bzr missing": { operands: "remote-name", noOperands: "<remote>" },
    "bzr send": { operands: "remote-name", noOperands: "<remote>" },
    brz: { operands: "read", guess: !0, options: { "-r": "none", "--revision": "none", "-m": "none", "--message": "none", "-F": "read", "--file": "read", "-d": "read", "--directory": "read" } },
    "brz branch": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "brz checkout": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "brz co": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "brz get": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "brz clone": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "brz pull": { operands: "remote-name", noOperands: "<remote>" },
    "brz push": { operands: "remote-name", noOperands: "<remote>" },
    "brz merge": { operands: "remote-name", noOperands: "<remote>" },
    "brz missing": { operands: "remote-name", noOperands: "<remote>" },
    "brz send": { operands: "remote-name", noOperands: "<remote>" },
    fossil: { operands: "read", guess: !0, contacts: "(the remote of the repository's configuration)", contactsUnless: ["(no operand)", "(URL operand)", "help", "version", "status", "changes", "diff", "add", "rm", "mv", "timeline", "info", "ls", "extras", "open", "close", "init", "new", "ui", "server", "clone", "sync", "pull", "push", "--version", "--help"] },
    "fossil clone": { operands: "read", last: "write", remote: !0 },
    "fossil sync": { operands: "remote-name", noOperands: "<remote>" },
    "fossil pull": { operands: "remote-name", noOperands: "<remote>" },
    "fossil push": { operands: "remote-name", noOperands: "<remote>" },
    darcs: { operands: "read", guess: !0 },
    "darcs clone": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "darcs get": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "darcs pull": { operands: "remote-name", noOperands: "<remote>" },
    "darcs push": { operands: "remote-name", noOperands: "<remote>" },
    "darcs send": { operands: "remote-name", noOperands: "<remote>" },
    "darcs fetch": { operands: "remote-name", noOperands: "<remote>" },
    cvs: { operands: "read", guess: !0, contacts: "(the server of the repository CVSROOT, CVS/Root or -d names)", contactsUnless: ["(no operand)", "--version", "-v", "--help", "-H", "init"], options: { "-d": "cvsroot", "-e": "none", "-s": "none", "-T": "none", "-z": "none", "-m": "none", "-r": "none", "-D": "none", "-j": "none", "-k": "none" } },
    whois: { operands: "host", options: { "-h": "host", "--host": "host", "-p": "none", "--port": "none", "-i": "none", "-T": "none", "-s": "none", "-q": "none", "-t": "none", "-v": "none", "-g": "none" } },
    tailscale: { operands: "none", contacts: "(the tailnet's coordination server, --login-server or controlplane.tailscale.com, and its peers)", contactsUnless: ["(no operand)", "version", "help", "status", "ip", "completion", "--version", "--help", "-h"], options: { "--login-server": "url", "--authkey": "none", "--auth-key": "none", "--hostname": "none", "--advertise-routes": "none", "--advertise-tags": "none", "--exit-node": "none", "--operator": "none", "--timeout": "none", "--socket": "none" } },
    "tailscale ssh": { operands: "none", first: "host" },
    "tailscale nc": { operands: "none", first: "host" },
    "tailscale ping": { operands: "none", first: "host" },
    "tailscale file": { operands: "none", operandsAfter: { cp: { op: "read" }, get: { op: "write" } } },
    "zerotier-cli": { operands: "none", contacts: "(the network's controller and ZeroTier's root servers)", contactsUnless: ["(no operand)", "info", "listnetworks", "listpeers", "peers", "listmoons", "dump", "get", "status", "help", "-h", "-v", "leave"] },
    "wg-quick": { operands: "none", operandsAfter: { up: { op: "read" }, strip: { op: "read" }, save: { op: "write" } }, contacts: "(the peers' endpoints its configuration names)", contactsUnless: ["(no operand)", "down", "strip", "save", "-h", "--help"] },
    ansible: { operands: "none", contacts: "(the hosts of the configured inventory)", contactsUnless: ["(no operand)", "-i", "--inventory", "--inventory-file", "--version", "-h", "--help", "--list-hosts", "--syntax-check", "--list-tasks", "--list-tags"], options: { "-m": "none", "--module-name": "none", "-a": "none", "--args": "none", "-u": "none", "--user": "none", "-f": "none", "--forks": "none", "-l": "none", "--limit": "none", "-c": "none", "--connection": "none", "-T": "none", "--timeout": "none", "-B": "none", "--background": "none", "-P": "none", "--poll": "none", "--become-user": "none", "--become-method": "none", "-t": "none", "--tags": "none", "--skip-tags": "none", "--ssh-common-args": "none", "--ssh-extra-args": "none", "--scp-extra-args": "none", "--sftp-extra-args": "none", "--vault-id": "none", "-M": "none", "--module-path": "none", "--start-at-task": "none", "-i": "inventory", "--inventory": "inventory", "--inventory-file": "inventory", "-e": "data", "--extra-vars": "data", "--private-key": "read", "--key-file": "read", "--vault-password-file": "read", "--vault-pass-file": "read", "--connection-password-file": "read", "--become-password-file": "read", "--tree": "write-dir" } },
    "ansible-playbook": { operands: "read", contacts: "(the hosts of the configured inventory)", contactsUnless: ["(no operand)", "-i", "--inventory", "--inventory-file", "--version", "-h", "--help", "--list-hosts", "--syntax-check", "--list-tasks", "--list-tags"], options: { "-m": "none", "--module-name": "none", "-a": "none", "--args": "none", "-u": "none", "--user": "none", "-f": "none", "--forks": "none", "-l": "none", "--limit": "none", "-c": "none", "--connection": "none", "-T": "none", "--timeout": "none", "-B": "none", "--background": "none", "-P": "none", "--poll": "none", "--become-user": "none", "--become-method": "none", "-t": "none", "--tags": "none", "--skip-tags": "none", "--ssh-common-args": "none", "--ssh-extra-args": "none", "--scp-extra-args": "none", "--sftp-extra-args": "none", "--vault-id": "none", "-M": "none", "--module-path": "none", "--start-at-task": "none", "-i": "inventory", "--inventory": "inventory", "--inventory-file": "inventory", "-e": "data", "--extra-vars": "data", "--private-key": "read", "--key-file": "read", "--vault-password-file": "read", "--vault-pass-file": "read", "--connection-password-file": "read", "--become-password-file": "read", "--tree": "write-dir" } },
    "ansible-pull": { operands: "read", guess: !0, options: { "-m": "none", "--module-name": "none", "-a": "none", "--args": "none", "-u": "none", "--user": "none", "-f": "none", "--forks": "none", "-l": "none", "--limit": "none", "-c": "none", "--connection": "none", "-T": "none", "--timeout": "none", "-B": "none", "--background": "none", "-P": "none", "--poll": "none", "--become-user": "none", "--become-method": "none", "-t": "none", "--tags": "none", "--skip-tags": "none", "--ssh-common-args": "none", "--ssh-extra-args": "none", "--scp-extra-args": "none", "--sftp-extra-args": "none", "--vault-id": "none", "-M": "none", "--module-path": "none", "--start-at-task": "none", "-i": "inventory", "--inventory": "inventory", "--inventory-file": "inventory", "-e": "data", "--extra-vars": "data", "--private-key": "read", "--key-file": "read", "--vault-password-file": "read", "--vault-pass-file": "read", "--connection-password-file": "read", "--become-password-file": "read", "--tree": "write-dir", "-U": "url", "--url": "url", "-d": "write-dir", "--directory": "write-dir", "-C": "none", "--checkout": "none" } },
    salt: { operands: "none", contacts: "(the salt master and its minions)", contactsUnless: ["(no operand)", "--version", "-V", "--help", "-h", "--versions-report"], options: { "-c": "read", "--config-dir": "read", "-t": "none", "--timeout": "none", "-L": "none", "-G": "none", "-N": "none", "-C": "none", "-E": "none", "--out": "none", "--out-file": "write" } },
    "salt-ssh": { operands: "none", contacts: "(the hosts of the salt roster)", contactsUnless: ["(no operand)", "--version", "-V", "--help", "-h"], options: { "--roster-file": "read", "-c": "read", "--config-dir": "read", "--priv": "read", "-i": "none" } },
    pssh: { operands: "none", options: { "-h": "inventory", "--hosts": "inventory", "-H": "fleet-hosts", "--host": "fleet-hosts", "-l": "none", "--user": "none", "-p": "none", "--par": "none", "-o": "write-dir", "--outdir": "write-dir", "-e": "write-dir", "--errdir": "write-dir", "-t": "none", "--timeout": "none", "-O": "ssh-option", "-x": "none", "-X": "none", "-I": "none" } },
    "parallel-ssh": { operands: "none", options: { "-h": "inventory", "--hosts": "inventory", "-H": "fleet-hosts", "--host": "fleet-hosts", "-l": "none", "--user": "none", "-p": "none", "--par": "none", "-o": "write-dir", "--outdir": "write-dir", "-e": "write-dir", "--errdir": "write-dir", "-t": "none", "--timeout": "none", "-O": "ssh-option", "-x": "none", "-X": "none", "-I": "none" } },
    prsync: { operands: "none", options: { "-h": "inventory", "--hosts": "inventory", "-H": "fleet-hosts", "--host": "fleet-hosts", "-l": "none", "--user": "none", "-p": "none", "--par": "none", "-o": "write-dir", "--outdir": "write-dir", "-e": "write-dir", "--errdir": "write-dir", "-t": "none", "--timeout": "none", "-O": "ssh-option", "-x": "none", "-X": "none", "-I": "none" } },
    "parallel-rsync": { operands: "none", options: { "-h": "inventory", "--hosts": "inventory", "-H": "fleet-hosts", "--host": "fleet-hosts", "-l": "none", "--user": "none", "-p": "none", "--par": "none", "-o": "write-dir", "--outdir": "write-dir", "-e": "write-dir", "--errdir": "write-dir", "-t": "none", "--timeout": "none", "-O": "ssh-option", "-x": "none", "-X": "none", "-I": "none" } },
    pscp: { operands: "none", options: { "-h": "inventory", "--hosts": "inventory", "-H": "fleet-hosts", "--host": "fleet-hosts", "-l": "none", "--user": "none", "-p": "none", "--par": "none", "-o": "write-dir", "--outdir": "write-dir", "-e": "write-dir", "--errdir": "write-dir", "-t": "none", "--timeout": "none", "-O": "ssh-option", "-x": "none", "-X": "none", "-I": "none" } },
    "parallel-scp": { operands: "none", options: { "-h": "inventory", "--hosts": "inventory", "-H": "fleet-hosts", "--host": "fleet-hosts", "-l": "none", "--user": "none", "-p": "none", "--par": "none", "-o": "write-dir", "--outdir": "write-dir", "-e": "write-dir", "--errdir": "write-dir", "-t": "none", "--timeout": "none", "-O": "ssh-option", "-x": "none", "-X": "none", "-I": "none" } },
    pslurp: { operands: "none", options: { "-h": "inventory", "--hosts": "inventory", "-H": "fleet-hosts", "--host": "fleet-hosts", "-l": "none", "--user": "none", "-p": "none", "--par": "none", "-o": "write-dir", "--outdir": "write-dir", "-e": "write-dir", "--errdir": "write-dir", "-t": "none", "--timeout": "none", "-O": "ssh-option", "-x": "none", "-X": "none", "-I": "none" } },
    pnuke: { operands: "none", options: { "-h": "inventory", "--hosts": "inventory", "-H": "fleet-hosts", "--host": "fleet-hosts", "-l": "none", "--user": "none", "-p": "none", "--par": "none", "-o": "write-dir", "--outdir": "write-dir", "-e": "write-dir", "--errdir": "write-dir", "-t": "none", "--timeout": "none", "-O": "ssh-option", "-x": "none", "-X": "none", "-I": "none" } },
    pdsh: { operands: "none", contacts: "(the hosts of WCOLL or its genders file)", contactsUnless: ["-w", "-V", "-h", "-L"], options: { "-w": "fleet-hosts", "-x": "none", "-R": "none", "-l": "none", "-t": "none", "-u": "none", "-f": "none", "-g": "none", "-X": "none" } },
    clush: { operands: "none", contacts: "(the nodes of clush's groups configuration)", contactsUnless: ["-w", "--version", "-h", "--help"], options: { "-w": "fleet-hosts", "--nodes": "fleet-hosts", "-x": "none", "-g": "none", "--group": "none", "-X": "none", "-l": "none", "-f": "none", "-t": "none", "-u": "none", "-R": "none", "-O": "none", "-c": "read", "--copy": "read", "--rcopy": "none", "--dest": "none" } },
    fab: { operands: "none", reads: ["fabfile.py"], contacts: "(the hosts its fabfile and configuration name)", contactsUnless: ["-H", "--hosts", "(no operand)", "-l", "--list", "-V", "--version", "-h", "--help"], options: { "-H": "fleet-hosts", "--hosts": "fleet-hosts", "-f": "read", "--fabfile": "read", "-i": "read", "--identity": "read", "-S": "read", "--ssh-config": "read", "-R": "none", "--roles": "none", "-c": "none", "--collection": "none" } },
    "helm repo add": { operands: "none", last: "url" },
    "helm registry login": { operands: "host", options: { "-u": "none", "--username": "none", "-p": "none", "--password": "none", "--cert-file": "read", "--key-file": "read", "--ca-file": "read" } },
    "helm registry logout": { operands: "host" },
    "helm install": { operands: "read", guess: !0, remote: !0 },
    "helm upgrade": { operands: "read", guess: !0, remote: !0 },
    "helm template": { operands: "read", guess: !0, remote: !0 },
    "helm pull": { operands: "read", guess: !0, remote: !0 },
    "helm fetch": { operands: "read", guess: !0, remote: !0 },
    "helm show": { operands: "read", guess: !0, remote: !0 },
    "helm inspect": { operands: "read", guess: !0, remote: !0 },
    "helm push": { operands: "read", guess: !0, remote: !0 },
    "helm repo update": { operands: "none", contacts: "(the chart repositories of helm's configuration)" },
    "helm dependency update": { operands: "none", contacts: "(the chart repositories Chart.yaml names)" },
    "helm dependency build": { operands: "none", contacts: "(the chart repositories Chart.yaml names)" },
    "helm dep update": { operands: "none", contacts: "(the chart repositories Chart.yaml names)" },
    "helm dep build": { operands: "none", contacts: "(the chart repositories Chart.yaml names)" },
    pulumi: { operands: "read", guess: !0, contacts: "(the Pulumi backend and the clouds its program's providers call)", contactsUnless: ["(no operand)", "version", "help", "about", "gen-completion", "completion", "--version", "--help", "-h"] },
    packer: { operands: "read", guess: !0 },
    "packer build": { operands: "read", tree: !0, noOperands: ".", contacts: "(the cloud or hypervisor APIs its builders use, and the hosts its provisioners reach)" },
    "packer init": { operands: "read", contacts: "(the plugin sources its template requires)" },
    vagrant: { operands: "none" },
    "vagrant up": { operands: "none", uploads: !0, contacts: "(Vagrant's box catalog and the provider's API)" },
    "vagrant box add": { operands: "none", remote: !0, contacts: "(Vagrant's box catalog, or the URL)", contactsUnless: ["(URL operand)"] },
    "cargo publish": { operands: "none", uploads: !0, contacts: "(crates.io, or the registry --registry or cargo's configuration names)", options: { "--manifest-path": "read", "--index": "url", "--registry": "none", "--token": "none", "--target-dir": "write-dir", "-p": "none", "--package": "none" } },
    "cargo yank": { operands: "none", contacts: "(crates.io, or the registry --registry or cargo's configuration names)", options: { "--index": "url", "--registry": "none", "--token": "none" } },
    "cargo owner": { operands: "none", contacts: "(crates.io, or the registry --registry or cargo's configuration names)", options: { "--index": "url", "--registry": "none", "--token": "none" } },
    "cargo login": { operands: "none", contacts: "(crates.io, or the registry --registry or cargo's configuration names)", options: { "--index": "url", "--registry": "none", "--token": "none" } },
    "gem push": { operands: "read", contacts: "(rubygems.org, or the host --host or gem's configuration names)", options: { "--host": "url", "-k": "none", "--key": "none", "--otp": "none" } },
    "gem yank": { operands: "none", contacts: "(rubygems.org, or the host --host or gem's configuration names)", options: { "--host": "url", "-k": "none", "--key": "none", "--otp": "none", "-v": "none", "--version": "none", "-a": "none", "--add": "none", "-r": "none", "--remove": "none" } },
    "gem owner": { operands: "none", contacts: "(rubygems.org, or the host --host or gem's configuration names)", options: { "--host": "url", "-k": "none", "--key": "none", "--otp": "none", "-v": "none", "--version": "none", "-a": "none", "--add": "none", "-r": "none", "--remove": "none" } },
    twine: { operands: "read", guess: !0 },
    "twine upload": { operands: "read", contacts: "(PyPI, or the repository -r, --repository-url or .pypirc names)", options: { "--repository-url": "url", "-r": "none", "--repository": "none", "--config-file": "read", "-u": "none", "--username": "none", "-p": "none", "--password": "none", "--sign-with": "none", "-i": "none", "--identity": "none", "--cert": "read", "--client-cert": "read", "-c": "none", "--comment": "none", "--attestations": "none" } },
    vercel: { operands: "read", guess: !0, contacts: "(Vercel's API)", contactsUnless: ["help", "--version", "-v", "--help", "-h"], tree: !0, noOperands: ".", when: { "--version": { operands: "none" }, "-v": { operands: "none" }, "--help": { operands: "none" }, "-h": { operands: "none" } } },
    "vercel deploy": { operands: "none", uploads: !0, contacts: "(Vercel's API)" },
    netlify: { operands: "read", guess: !0, contacts: "(Netlify's API)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "netlify deploy": { operands: "none", uploads: !0, contacts: "(Netlify's API)" },
    firebase: { operands: "read", guess: !0, contacts: "(Firebase's and Google Cloud's APIs)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "firebase deploy": { operands: "none", uploads: !0, contacts: "(Firebase's and Google Cloud's APIs)" },
    fly: { operands: "read", guess: !0, contacts: "(Fly.io's API and machines)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "fly deploy": { operands: "read", uploads: !0, contacts: "(Fly.io's API and machines)", tree: !0 },
    "fly launch": { operands: "read", uploads: !0, contacts: "(Fly.io's API and machines)", tree: !0 },
    flyctl: { operands: "read", guess: !0, contacts: "(Fly.io's API and machines)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "flyctl deploy": { operands: "read", uploads: !0, contacts: "(Fly.io's API and machines)", tree: !0 },
    "flyctl launch": { operands: "read", uploads: !0, contacts: "(Fly.io's API and machines)", tree: !0 },
    wrangler: { operands: "read", guess: !0, contacts: "(Cloudflare's API)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "wrangler deploy": { operands: "read", uploads: !0, contacts: "(Cloudflare's API)", tree: !0 },
    "wrangler publish": { operands: "read", uploads: !0, contacts: "(Cloudflare's API)", tree: !0 },
    "wrangler pages deploy": { operands: "read", uploads: !0, contacts: "(Cloudflare's API)", tree: !0 },
    "wrangler pages publish": { operands: "read", uploads: !0, contacts: "(Cloudflare's API)", tree: !0 },
    railway: { operands: "read", guess: !0, contacts: "(Railway's API)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "railway up": { operands: "read", uploads: !0, contacts: "(Railway's API)", tree: !0 },
    amplify: { operands: "read", guess: !0, contacts: "(AWS Amplify's and AWS's APIs)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "amplify publish": { operands: "none", uploads: !0, contacts: "(AWS Amplify's and AWS's APIs)" },
    "amplify push": { operands: "none", uploads: !0, contacts: "(AWS Amplify's and AWS's APIs)" },
    serverless: { operands: "read", guess: !0, contacts: "(the provider's APIs the service's configuration names)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "serverless deploy": { operands: "none", uploads: !0, contacts: "(the provider's APIs the service's configuration names)" },
    sls: { operands: "read", guess: !0, contacts: "(the provider's APIs the service's configuration names)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "sls deploy": { operands: "none", uploads: !0, contacts: "(the provider's APIs the service's configuration names)" },
    sam: { operands: "read", guess: !0, contacts: "(AWS's APIs)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "sam deploy": { operands: "none", uploads: !0, contacts: "(AWS's APIs)" },
    "sam sync": { operands: "none", uploads: !0, contacts: "(AWS's APIs)" },
    cdk: { operands: "read", guess: !0, contacts: "(AWS's APIs)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "-V", "--help", "-h"] },
    "cdk deploy": { operands: "none", uploads: !0, contacts: "(AWS's APIs)" },
    heroku: { operands: "read", guess: !0, contacts: "(Heroku's API and dynos)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "local", "autocomplete"] },
    "gcloud app deploy": { operands: "read", uploads: !0, contacts: "(Google Cloud's service endpoints)", tree: !0 },
    "az webapp up": { operands: "none", uploads: !0, contacts: "(Azure's service endpoints)" },
    "az webapp deploy": { operands: "none", contacts: "(Azure's service endpoints)", options: { "--src-path": "read-tree", "--src-url": "url" } },
    "npm publish": { operands: "read", tree: !0, noOperands: ".", contacts: "(the registry of the package manager's configuration: registry.npmjs.org by default)" },
    "pnpm publish": { operands: "read", tree: !0, noOperands: ".", contacts: "(the registry of the package manager's configuration: registry.npmjs.org by default)" },
    "yarn publish": { operands: "read", tree: !0, noOperands: ".", contacts: "(the registry of the package manager's configuration: registry.npmjs.org by default)" },
    "yarn npm publish": { operands: "read", tree: !0, noOperands: ".", contacts: "(the registry of the package manager's configuration: registry.npmjs.org by default)" },
    "bun publish": { operands: "read", tree: !0, noOperands: ".", contacts: "(the registry of the package manager's configuration: registry.npmjs.org by default)" },
    "deno publish": { operands: "none", uploads: !0, contacts: "(jsr.io)" },
    "jsr publish": { operands: "none", uploads: !0, contacts: "(jsr.io)" },
    "poetry publish": { operands: "read", tree: !0, noOperands: "dist", contacts: "(PyPI, or the repository the project's or tool's configuration names)", when: { "--build": { uploads: !0 } }, options: { "-r": "none", "--repository": "none", "-u": "none", "--username": "none", "-p": "none", "--password": "none", "--cert": "read", "--client-cert": "read", "--dist-dir": "read-tree" } },
    "flit publish": { operands: "none", uploads: !0, contacts: "(PyPI, or the repository the project's or tool's configuration names)", options: { "--repository": "none", "--pypirc": "read" } },
    "pdm publish": { operands: "none", uploads: !0, contacts: "(PyPI, or the repository the project's or tool's configuration names)", options: { "-r": "url-or-read", "--repository": "url-or-read", "-u": "none", "--username": "none", "-P": "none", "--password": "none", "--ca-certs": "read", "-i": "none", "--identity": "none", "-c": "none", "--comment": "none" } },
    "hatch publish": { operands: "read", tree: !0, noOperands: "dist", contacts: "(PyPI, or the repository the project's or tool's configuration names)", options: { "-r": "none", "--repo": "none", "-u": "none", "--user": "none", "--username": "none", "-a": "none", "--auth": "none", "-p": "none", "--password": "none", "--token": "none", "-t": "none", "--publish-url": "url", "--ca-cert": "read", "--client-cert": "read", "--index": "none" } },
    "uv publish": { operands: "read", tree: !0, noOperands: "dist", contacts: "(PyPI, or the repository the project's or tool's configuration names)", options: { "-r": "none", "--repo": "none", "-u": "none", "--user": "none", "--username": "none", "-a": "none", "--auth": "none", "-p": "none", "--password": "none", "--token": "none", "-t": "none", "--publish-url": "url", "--ca-cert": "read", "--client-cert": "read", "--index": "none" } },
    "mix hex.publish": { operands: "none", uploads: !0, contacts: "(hex.pm, or the repository of mix's configuration)" },
    "pod trunk": { operands: "none", operandsAfter: { push: { op: "read", contacts: "(CocoaPods trunk, and the source the podspec names)" } } },
    "dotnet nuget": { operands: "none", operandsAfter: { push: { op: "read", contacts: "(nuget.org, or the source -s or NuGet's configuration names)" } }, options: { "-s": "none", "--source": "none", "-k": "none", "--api-key": "none", "--symbol-source": "none", "-ss": "none", "--symbol-api-key": "none", "-sk": "none", "-t": "none", "--timeout": "none" } },
    "nuget push": { operands: "read", contacts: "(nuget.org, or the source -Source or NuGet's configuration names)", options: { "-Source": "none", "-ApiKey": "none", "-SymbolSource": "none", "-ConfigFile": "read" } },
    "conan upload": { operands: "none", contacts: "(the remote -r or conan's configuration names)", options: { "-r": "none", "--remote": "none" } },
    "goreleaser release": { operands: "none", uploads: !0, contacts: "(the release hosts of .goreleaser.yaml: GitHub by default, registries, blob stores)", options: { "-f": "read", "--config": "read", "--release-notes": "read", "--release-header": "read", "--release-footer": "read", "-p": "none", "--parallelism": "none", "--timeout": "none", "--id": "none" } },
    oras: { operands: "module" },
    "oras push": { operands: "read", first: "module", options: { "--config": "read", "-a": "none", "--annotation": "none", "--annotation-file": "read", "--artifact-type": "none", "--export-manifest": "write" } },
    "oras pull": { operands: "module", options: { "-o": "write-dir", "--output": "write-dir" } },
    crane: { operands: "module" },
    "crane push": { operands: "read", last: "module" },
    "crane pull": { operands: "module", last: "write" },
    skopeo: { operands: "url-or-read", guess: !0, options: { "--authfile": "read", "--src-authfile": "read", "--dest-authfile": "read", "--src-creds": "none", "--dest-creds": "none", "--creds": "none", "--override-os": "none", "--override-arch": "none" } },
    eb: { operands: "read", guess: !0, contacts: "(AWS Elastic Beanstalk's API)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion", "init", "local"] },
    "eb deploy": { operands: "none", uploads: !0, contacts: "(AWS Elastic Beanstalk's API)" },
    "eb create": { operands: "none", uploads: !0, contacts: "(AWS Elastic Beanstalk's API)" },
    cf: { operands: "read", guess: !0, contacts: "(the Cloud Foundry API cf's configuration targets)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    "cf push": { operands: "none", uploads: !0, contacts: "(the Cloud Foundry API cf's configuration targets)", when: { "-p": { uploads: !1 }, "--path": { uploads: !1 } }, options: { "-p": "read-tree", "--path": "read-tree", "-f": "read", "--manifest": "read", "--vars-file": "read" } },
    eas: { operands: "read", guess: !0, contacts: "(Expo's build and update services)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    "eas build": { operands: "none", uploads: !0, contacts: "(Expo's build and update services)" },
    "eas update": { operands: "none", uploads: !0, contacts: "(Expo's build and update services)" },
    "eas submit": { operands: "none", uploads: !0, contacts: "(Expo's build and update services)" },
    kamal: { operands: "read", guess: !0, contacts: "(the servers of config/deploy.yml and the image registry)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    "kamal deploy": { operands: "none", uploads: !0, contacts: "(the servers of config/deploy.yml and the image registry)" },
    "kamal setup": { operands: "none", uploads: !0, contacts: "(the servers of config/deploy.yml and the image registry)" },
    "kamal redeploy": { operands: "none", uploads: !0, contacts: "(the servers of config/deploy.yml and the image registry)" },
    copilot: { operands: "read", guess: !0, contacts: "(AWS's APIs)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    "copilot deploy": { operands: "none", uploads: !0, contacts: "(AWS's APIs)" },
    sst: { operands: "read", guess: !0, contacts: "(the cloud provider's APIs)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    "sst deploy": { operands: "none", uploads: !0, contacts: "(the cloud provider's APIs)" },
    "sst dev": { operands: "none", uploads: !0, contacts: "(the cloud provider's APIs)" },
    zappa: { operands: "read", guess: !0, contacts: "(AWS's APIs)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    "zappa deploy": { operands: "none", uploads: !0, contacts: "(AWS's APIs)" },
    "zappa update": { operands: "none", uploads: !0, contacts: "(AWS's APIs)" },
    chalice: { operands: "read", guess: !0, contacts: "(AWS's APIs)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    "chalice deploy": { operands: "none", uploads: !0, contacts: "(AWS's APIs)" },
    supabase: { operands: "read", guess: !0, contacts: "(the Supabase project's API)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion", "init", "start", "stop", "status"] },
    convex: { operands: "read", guess: !0, contacts: "(the Convex deployment)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    "convex deploy": { operands: "none", uploads: !0, contacts: "(the Convex deployment)" },
    "convex dev": { operands: "none", uploads: !0, contacts: "(the Convex deployment)" },
    doctl: { operands: "read", guess: !0, contacts: "(DigitalOcean's API and droplets)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    hcloud: { operands: "read", guess: !0, contacts: "(Hetzner Cloud's API and servers)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    "linode-cli": { operands: "read", guess: !0, contacts: "(Linode's API)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    scw: { operands: "read", guess: !0, contacts: "(Scaleway's API)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    ibmcloud: { operands: "read", guess: !0, contacts: "(IBM Cloud's API)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    oci: { operands: "read", guess: !0, contacts: "(Oracle Cloud's API)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    "vultr-cli": { operands: "read", guess: !0, contacts: "(Vultr's API)", contactsUnless: ["(no operand)", "help", "version", "--version", "-v", "--help", "-h", "completion"] },
    cap: { operands: "read", guess: !0, contacts: "(the servers of the stage's deploy configuration)", contactsUnless: ["(no operand)", "-T", "--tasks", "-V", "--version", "-h", "--help", "install"] },
    "supabase functions deploy": { operands: "none", uploads: !0, contacts: "(the Supabase project's API)" },
    surge: { operands: "read-tree", last: "none", noOperands: ".", contacts: "(surge.sh)", contactsUnless: ["--version", "-V", "--help", "-h", "whoami", "logout"], options: { "-p": "read-tree", "--project": "read-tree", "-d": "none", "--domain": "none" } },
    "deployctl deploy": { operands: "read", uploads: !0, contacts: "(Deno Deploy)" },
    "expo publish": { operands: "none", uploads: !0, contacts: "(Expo's update service)" },
    "gh-pages": { operands: "none", contacts: "(the git remote it pushes to: origin by default, or --repo)", options: { "-d": "read-tree", "--dist": "read-tree", "-r": "url", "--repo": "url", "-s": "none", "--src": "none", "-b": "none", "--branch": "none", "-e": "none", "--dest": "none", "-m": "none", "--message": "none", "-u": "none", "--user": "none", "-o": "none", "--remote": "none", "-v": "none", "--remove": "none" } },
    "az acr build": { operands: "read-tree", noOperands: ".", options: { "-r": "none", "--registry": "none", "-t": "none", "--image": "none", "-f": "read", "--file": "read", "--build-arg": "none", "--secret-build-arg": "none", "--platform": "none", "--target": "none", "--timeout": "none", "--agent-pool": "none", "--log-template": "none" } },
    rsh: { operands: "none", first: "host", options: { "-l": "none" } },
    rlogin: { operands: "none", first: "host", options: { "-l": "none" } },
    rexec: { operands: "none", first: "host", options: { "-l": "none" } },
    rcp: { operands: "read", remote: !0, last: "write", lastDir: !0, tree: ["-r"] },
    "ssh-copy-id": { operands: "none", first: "host", options: { "-i": "read", "-p": "none", "-F": "read", "-o": "ssh-option", "-t": "none" } },
    unison: { operands: "write-tree", remote: !0, options: { "-root": "none", "-path": "none", "-ignore": "none", "-logfile": "write", "-batch": "none" } },
    tsh: { operands: "read", guess: !0, contacts: "(the Teleport proxy of tsh's profile and the nodes behind it)", contactsUnless: ["(no operand)", "version", "help", "status", "env", "--version", "-h", "--help", "logout"], options: { "--proxy": "host" } },
    dvc: { operands: "url-or-read", guess: !0, contacts: "(the DVC remote of .dvc/config)", contactsUnless: ["(no operand)", "(URL operand)", "add", "init", "commit", "checkout", "dag", "diff", "params", "metrics", "plots", "config", "remote", "destroy", "move", "mv", "remove", "rm", "root", "version", "doctor", "freeze", "unfreeze", "install", "status", "gc", "repro", "exp", "stage", "cache", "check-ignore", "completion", "--version", "-h", "--help"] },
    "jj git": { operands: "none", operandsAfter: { clone: { op: "url-or-read", first: !0 }, push: { op: "none", contacts: "(the git remote of the repository's configuration)" }, fetch: { op: "none", contacts: "(the git remote of the repository's configuration)" } } },
    sl: { operands: "read", guess: !0, options: { "--cwd": "none", "--config": "none", "-r": "none", "--rev": "none", "-m": "none", "--message": "none", "-b": "none", "--branch": "none", "-e": "none", "--ssh": "none", "--remotecmd": "none", "-l": "none", "--limit": "none", "-I": "none", "--include": "none", "-X": "none", "--exclude": "none", "-u": "none", "--user": "none", "-d": "none", "--date": "none", "-U": "none", "--updaterev": "none", "-B": "none", "--bookmark": "none", "--encoding": "none", "-T": "none", "--template": "none", "-R": "read", "--repository": "read", "--logfile": "read" } },
    "sl clone": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "sl pull": { operands: "remote-name", noOperands: "<remote>" },
    "sl push": { operands: "remote-name", noOperands: "<remote>" },
    "sl incoming": { operands: "remote-name", noOperands: "<remote>" },
    "sl in": { operands: "remote-name", noOperands: "<remote>" },
    "sl outgoing": { operands: "remote-name", noOperands: "<remote>" },
    "sl out": { operands: "remote-name", noOperands: "<remote>" },
    "pijul clone": { operands: "read", tree: !0, last: "write-tree", remote: !0 },
    "pijul pull": { operands: "remote-name", noOperands: "<remote>" },
    "pijul push": { operands: "remote-name", noOperands: "<remote>" },
    "repo init": { operands: "none", options: { "-u": "url", "--manifest-url": "url", "-b": "none", "--manifest-branch": "none", "-m": "none", "--manifest-name": "none", "--reference": "read", "--repo-url": "url", "-g": "none", "--groups": "none", "-p": "none", "--platform": "none", "--depth": "none", "--mirror": "none" } },
    "repo sync": { operands: "none", contacts: "(the remotes of the repo manifest)" },
    "repo upload": { operands: "none", contacts: "(the remotes of the repo manifest)" },
    "git annex": { operands: "read", guess: !0, contacts: "(the remotes and special remotes of git-annex's configuration)", contactsUnless: ["(no operand)", "add", "status", "info", "whereis", "find", "list", "init", "unlock", "lock", "version", "help", "fsck", "log", "unused", "describe", "config", "--version", "--help"] },
    "git ftp": { operands: "url-or-read", guess: !0, contacts: "(the FTP server of git-ftp's configuration)", contactsUnless: ["(no operand)", "(URL operand)", "help", "--version", "--help", "-h"], options: { "-u": "none", "--user": "none", "-p": "none", "--passwd": "none", "-k": "none", "--keychain": "none", "-s": "none", "--scope": "none", "-b": "none", "--branch": "none", "--syncroot": "read-tree", "--remote-root": "none", "--key": "read", "--pubkey": "read", "--cacert": "read" } },
    "ansible-galaxy collection": { operands: "none", operandsAfter: { publish: { op: "read", contacts: "(Ansible Galaxy, or the server --server or ansible.cfg names)" } }, options: { "-s": "url", "--server": "url", "--api-key": "none", "--token": "none" } },
    "vagrant push": { operands: "none", uploads: !0, contacts: "(the push strategy's host of the Vagrantfile: HCP, FTP, \u2026)" },
    "vagrant cloud": { operands: "none", operandsAfter: { publish: { op: "read", contacts: "(Vagrant's box catalog)" } } },
    tmate: { operands: "none", contacts: "(tmate.io's servers, which publish this terminal to whoever holds the link)", contactsUnless: ["-V", "-h"], options: { "-f": "read", "-S": "none", "-k": "none", "-r": "none", "-n": "none" } },
    upterm: { operands: "read", guess: !0, contacts: "(upterm's relay servers, which publish this terminal to whoever holds the link)", contactsUnless: ["(no operand)", "version", "help", "--version", "-h", "--help"], options: { "--server": "url" } },
    sshx: { operands: "none", contacts: "(sshx.io's servers, which publish this terminal to whoever holds the link)", contactsUnless: ["--version", "-V", "--help", "-h"], options: { "--server": "url", "--shell": "none", "--name": "none" } },
    "code tunnel": { operands: "none", contacts: "(Microsoft's dev tunnel service, which publishes this machine to the signed-in account)", options: { "--name": "none", "--accept-server-license-terms": "none", "--cli-data-dir": "none" } },
    devtunnel: { operands: "none", contacts: "(Microsoft's dev tunnel service, which publishes local ports)", contactsUnless: ["(no operand)", "--version", "-h", "--help", "-?"] },
    "gcloud alpha storage cp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: ["-r", "-R", "--recursive"], contacts: "(Google Cloud's service endpoints)", options: { "-a": "none", "--predefined-acl": "none", "-s": "none", "--storage-class": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--content-type": "none", "--custom-metadata": "none", "--custom-time": "none", "--encryption-key": "none", "--decryption-keys": "none", "--if-generation-match": "none", "--if-metageneration-match": "none", "--project": "none", "--account": "none", "--configuration": "none", "--format": "none", "--verbosity": "none", "--impersonate-service-account": "none", "-L": "write", "--manifest-path": "write" } },
    "gcloud alpha storage mv": { operands: "delete", remote: "place", last: "write", lastDir: !0, tree: ["-r", "-R", "--recursive"], contacts: "(Google Cloud's service endpoints)", options: { "-a": "none", "--predefined-acl": "none", "-s": "none", "--storage-class": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--content-type": "none", "--custom-metadata": "none", "--custom-time": "none", "--encryption-key": "none", "--decryption-keys": "none", "--if-generation-match": "none", "--if-metageneration-match": "none", "--project": "none", "--account": "none", "--configuration": "none", "--format": "none", "--verbosity": "none", "--impersonate-service-account": "none", "-L": "write", "--manifest-path": "write" } },
    "gcloud alpha storage rsync": { operands: "read", remote: "place", last: "write", tree: !0, contacts: "(Google Cloud's service endpoints)", options: { "-a": "none", "--predefined-acl": "none", "-s": "none", "--storage-class": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--content-type": "none", "--custom-metadata": "none", "--custom-time": "none", "--encryption-key": "none", "--decryption-keys": "none", "--if-generation-match": "none", "--if-metageneration-match": "none", "--project": "none", "--account": "none", "--configuration": "none", "--format": "none", "--verbosity": "none", "--impersonate-service-account": "none", "-L": "write", "--manifest-path": "write", "-x": "none", "--exclude": "none" } },
    "gcloud beta storage cp": { operands: "read", remote: "place", last: "write", lastDir: !0, tree: ["-r", "-R", "--recursive"], contacts: "(Google Cloud's service endpoints)", options: { "-a": "none", "--predefined-acl": "none", "-s": "none", "--storage-class": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--content-type": "none", "--custom-metadata": "none", "--custom-time": "none", "--encryption-key": "none", "--decryption-keys": "none", "--if-generation-match": "none", "--if-metageneration-match": "none", "--project": "none", "--account": "none", "--configuration": "none", "--format": "none", "--verbosity": "none", "--impersonate-service-account": "none", "-L": "write", "--manifest-path": "write" } },
    "gcloud beta storage mv": { operands: "delete", remote: "place", last: "write", lastDir: !0, tree: ["-r", "-R", "--recursive"], contacts: "(Google Cloud's service endpoints)", options: { "-a": "none", "--predefined-acl": "none", "-s": "none", "--storage-class": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--content-type": "none", "--custom-metadata": "none", "--custom-time": "none", "--encryption-key": "none", "--decryption-keys": "none", "--if-generation-match": "none", "--if-metageneration-match": "none", "--project": "none", "--account": "none", "--configuration": "none", "--format": "none", "--verbosity": "none", "--impersonate-service-account": "none", "-L": "write", "--manifest-path": "write" } },
    "gcloud beta storage rsync": { operands: "read", remote: "place", last: "write", tree: !0, contacts: "(Google Cloud's service endpoints)", options: { "-a": "none", "--predefined-acl": "none", "-s": "none", "--storage-class": "none", "--cache-control": "none", "--content-disposition": "none", "--content-encoding": "none", "--content-language": "none", "--content-type": "none", "--custom-metadata": "none", "--custom-time": "none", "--encryption-key": "none", "--decryption-keys": "none", "--if-generation-match": "none", "--if-metageneration-match": "none", "--project": "none", "--account": "none", "--configuration": "none", "--format": "none", "--verbosity": "none", "--impersonate-service-account": "none", "-L": "write", "--manifest-path": "write", "-x": "none", "--exclude": "none" } },
    s3cmd: { operands: "read", guess: !0, contacts: "(the S3 endpoint of s3cmd's configuration, or --host)", contactsUnless: ["(no operand)", "--version", "--help", "-h", "--configure", "--dump-config"], options: { "--acl-grant": "none", "--acl-revoke": "none", "--exclude": "none", "--include": "none", "--rexclude": "none", "--rinclude": "none", "--storage-class": "none", "--mime-type": "none", "--encoding": "none", "--add-header": "none", "--remove-header": "none", "--server-side-encryption-kms-id": "none", "--region": "none", "--host": "none", "--host-bucket": "none", "--access_key": "none", "--secret_key": "none", "--access_token": "none", "--limit-rate": "none", "--multipart-chunk-size-mb": "none", "--cache-file": "none", "-c": "read", "--config": "read", "--exclude-from": "read", "--include-from": "read", "--rexclude-from": "read", "--rinclude-from": "read" } },
    "s3cmd put": { operands: "read", remote: "place", tree: ["-r", "--recursive"], contacts: "(the S3 endpoint of s3cmd's configuration, or --host)", options: { "--acl-grant": "none", "--acl-revoke": "none", "--exclude": "none", "--include": "none", "--rexclude": "none", "--rinclude": "none", "--storage-class": "none", "--mime-type": "none", "--encoding": "none", "--add-header": "none", "--remove-header": "none", "--server-side-encryption-kms-id": "none", "--region": "none", "--host": "none", "--host-bucket": "none", "--access_key": "none", "--secret_key": "none", "--access_token": "none", "--limit-rate": "none", "--multipart-chunk-size-mb": "none", "--cache-file": "none", "-c": "read", "--config": "read", "--exclude-from": "read", "--include-from": "read", "--rexclude-from": "read", "--rinclude-from": "read" } },
    "s3cmd sync": { operands: "read", remote: "place", last: "write", tree: !0, contacts: "(the S3 endpoint of s3cmd's configuration, or --host)", options: { "--acl-grant": "none", "--acl-revoke": "none", "--exclude": "none", "--include": "none", "--rexclude": "none", "--rinclude": "none", "--storage-class": "none", "--mime-type": "none", "--encoding": "none", "--add-header": "none", "--remove-header": "none", "--server-side-encryption-kms-id": "none", "--region": "none", "--host": "none", "--host-bucket": "none", "--access_key": "none", "--secret_key": "none", "--access_token": "none", "--limit-rate": "none", "--multipart-chunk-size-mb": "none", "--cache-file": "none", "-c": "read", "--config": "read", "--exclude-from": "read", "--include-from": "read", "--rexclude-from": "read", "--rinclude-from": "read" } },
    "s3cmd get": { operands: "none", remote: "place", last: "write", lastDir: !0, tree: ["-r", "--recursive"], contacts: "(the S3 endpoint of s3cmd's configuration, or --host)", options: { "--acl-grant": "none", "--acl-revoke": "none", "--exclude": "none", "--include": "none", "--rexclude": "none", "--rinclude": "none", "--storage-class": "none", "--mime-type": "none", "--encoding": "none", "--add-header": "none", "--remove-header": "none", "--server-side-encryption-kms-id": "none", "--region": "none", "--host": "none", "--host-bucket": "none", "--access_key": "none", "--secret_key": "none", "--access_token": "none", "--limit-rate": "none", "--multipart-chunk-size-mb": "none", "--cache-file": "none", "-c": "read", "--config": "read", "--exclude-from": "read", "--include-from": "read", "--rexclude-from": "read", "--rinclude-from": "read" } },
    wormhole: { operands: "none", contacts: "(the magic-wormhole relay and transit servers, unless --relay-url and --transit-helper name others)", contactsUnless: ["--version", "--help"], options: { "--appid": "none", "--relay-url": "none", "--transit-helper": "none", "--code-length": "none", "-c": "none" } },
    "wormhole send": { operands: "read", tree: !0, contacts: "(the magic-wormhole relay and transit servers, unless --relay-url and --transit-helper name others)", options: { "--text": "none", "--code": "none", "--code-length": "none", "-c": "none", "--appid": "none", "--relay-url": "none", "--transit-helper": "none" } },
    restic: { operands: "read", guess: !0, contacts: "(the repository -r or RESTIC_REPOSITORY names: a directory, or a host or service)", contactsUnless: ["(no operand)", "version", "help", "--version", "--help", "-h", "generate", "cache"], options: { "-r": "none", "--repo": "none", "--host": "none", "--tag": "none", "--cache-dir": "none", "--limit-upload": "none", "--limit-download": "none", "-o": "none", "--option": "none", "--password-file": "read", "-p": "read", "--repository-file": "read", "--files-from": "read", "--exclude-file": "read", "--iexclude-file": "read", "--cacert": "read", "--tls-client-cert": "read" } },
    "restic backup": { operands: "read", tree: !0, contacts: "(the repository -r or RESTIC_REPOSITORY names: a directory, or a host or service)", options: { "-r": "none", "--repo": "none", "--host": "none", "--tag": "none", "--exclude": "none", "-e": "none", "--iexclude": "none", "--cache-dir": "none", "--limit-upload": "none", "-o": "none", "--option": "none", "--parent": "none", "--time": "none", "--password-file": "read", "-p": "read", "--repository-file": "read", "--files-from": "read", "--files-from-raw": "read", "--files-from-verbatim": "read", "--exclude-file": "read", "--iexclude-file": "read", "--stdin-filename": "none" } },
    "restic restore": { operands: "none", contacts: "(the repository -r or RESTIC_REPOSITORY names: a directory, or a host or service)", options: { "-r": "none", "--repo": "none", "--host": "none", "--tag": "none", "--include": "none", "-i": "none", "--exclude": "none", "-e": "none", "--path": "none", "--target": "write-tree", "-t": "write-tree", "--password-file": "read", "-p": "read" } },
    kopia: { operands: "read", guess: !0, contacts: "(the repository kopia is connected to: a directory, or a host or service)", contactsUnless: ["(no operand)", "--version", "--help", "-h", "--help-full"] },
    "kopia snapshot": { operands: "read", first: "none", tree: !0, contacts: "(the repository kopia is connected to: a directory, or a host or service)" },
    tarsnap: { operands: "read", tree: !0, contacts: "(the Tarsnap service)", contactsUnless: ["--version", "-h", "--help"], options: { "-f": "none", "-C": "read", "--keyfile": "read", "--cachedir": "write-dir", "-T": "read", "-X": "read" } },
    duplicacy: { operands: "none", contacts: "(the storage of duplicacy's preferences: a directory, or a host or service)", contactsUnless: ["(no operand)", "-version", "-help", "-h"] },
    "duplicacy backup": { operands: "none", uploads: !0, contacts: "(the storage of duplicacy's preferences: a directory, or a host or service)" },
    "bup save": { operands: "read", tree: !0, options: { "-n": "none", "--name": "none", "-r": "remote-name", "--remote": "remote-name", "-d": "none", "--date": "none" } },
    "bup index": { operands: "read", tree: !0 },
    "rdiff-backup": { operands: "read", tree: !0, last: "write" },
    rsnapshot: { operands: "none", contacts: "(the backup points rsnapshot.conf names: directories, or hosts over ssh or rsync)", contactsUnless: ["(no operand)", "configtest", "-V", "--version", "-h", "--help"] },
    syncthing: { operands: "none", contacts: "(the devices of syncthing's configuration, and its discovery and relay servers)", contactsUnless: ["--version", "--help", "-h", "generate", "--generate"] },
    borg: { operands: "read", guess: !0 },
    "borg create": { operands: "read", first: "none", tree: !0, options: { "--exclude": "none", "-e": "none", "--comment": "none", "--compression": "none", "-C": "none", "--checkpoint-interval": "none", "--chunker-params": "none", "--timestamp": "none", "--remote-path": "none", "--rsh": "none", "--exclude-from": "read", "--patterns-from": "read" } },
    duplicity: { operands: "read", tree: !0, remote: "place", last: "write", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", contactsUnless: ["(no operand)", "--version", "--help", "-h"], options: { "--exclude": "none", "--include": "none", "--exclude-regexp": "none", "--include-regexp": "none", "--exclude-if-present": "none", "--exclude-older-than": "none", "--name": "none", "--time": "none", "-t": "none", "--restore-time": "none", "--file-to-restore": "none", "-r": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--volsize": "none", "--full-if-older-than": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--max-blocksize": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write", "--exclude-filelist": "read", "--include-filelist": "read", "--exclude-fileslist": "read", "--files-from": "read" } },
    "duplicity backup": { operands: "read", tree: !0, remote: "place", last: "write", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--exclude": "none", "--include": "none", "--exclude-regexp": "none", "--include-regexp": "none", "--exclude-if-present": "none", "--exclude-older-than": "none", "--name": "none", "--time": "none", "-t": "none", "--restore-time": "none", "--file-to-restore": "none", "-r": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--volsize": "none", "--full-if-older-than": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--max-blocksize": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write", "--exclude-filelist": "read", "--include-filelist": "read", "--exclude-fileslist": "read", "--files-from": "read" } },
    "duplicity full": { operands: "read", tree: !0, remote: "place", last: "write", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--exclude": "none", "--include": "none", "--exclude-regexp": "none", "--include-regexp": "none", "--exclude-if-present": "none", "--exclude-older-than": "none", "--name": "none", "--time": "none", "-t": "none", "--restore-time": "none", "--file-to-restore": "none", "-r": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--volsize": "none", "--full-if-older-than": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--max-blocksize": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write", "--exclude-filelist": "read", "--include-filelist": "read", "--exclude-fileslist": "read", "--files-from": "read" } },
    "duplicity incremental": { operands: "read", tree: !0, remote: "place", last: "write", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--exclude": "none", "--include": "none", "--exclude-regexp": "none", "--include-regexp": "none", "--exclude-if-present": "none", "--exclude-older-than": "none", "--name": "none", "--time": "none", "-t": "none", "--restore-time": "none", "--file-to-restore": "none", "-r": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--volsize": "none", "--full-if-older-than": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--max-blocksize": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write", "--exclude-filelist": "read", "--include-filelist": "read", "--exclude-fileslist": "read", "--files-from": "read" } },
    "duplicity incr": { operands: "read", tree: !0, remote: "place", last: "write", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--exclude": "none", "--include": "none", "--exclude-regexp": "none", "--include-regexp": "none", "--exclude-if-present": "none", "--exclude-older-than": "none", "--name": "none", "--time": "none", "-t": "none", "--restore-time": "none", "--file-to-restore": "none", "-r": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--volsize": "none", "--full-if-older-than": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--max-blocksize": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write", "--exclude-filelist": "read", "--include-filelist": "read", "--exclude-fileslist": "read", "--files-from": "read" } },
    "duplicity restore": { operands: "read", tree: !0, remote: "place", last: "write", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--exclude": "none", "--include": "none", "--exclude-regexp": "none", "--include-regexp": "none", "--exclude-if-present": "none", "--exclude-older-than": "none", "--name": "none", "--time": "none", "-t": "none", "--restore-time": "none", "--file-to-restore": "none", "-r": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--volsize": "none", "--full-if-older-than": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--max-blocksize": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write", "--exclude-filelist": "read", "--include-filelist": "read", "--exclude-fileslist": "read", "--files-from": "read" } },
    "duplicity verify": { operands: "read", tree: !0, remote: "place", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--exclude": "none", "--include": "none", "--exclude-regexp": "none", "--include-regexp": "none", "--exclude-if-present": "none", "--exclude-older-than": "none", "--name": "none", "--time": "none", "-t": "none", "--restore-time": "none", "--file-to-restore": "none", "-r": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--volsize": "none", "--full-if-older-than": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--max-blocksize": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write", "--exclude-filelist": "read", "--include-filelist": "read", "--exclude-fileslist": "read", "--files-from": "read" } },
    "duplicity collection-status": { operands: "read", tree: !0, remote: "place", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--name": "none", "--time": "none", "-t": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write" } },
    "duplicity list-current-files": { operands: "read", tree: !0, remote: "place", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--name": "none", "--time": "none", "-t": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write" } },
    "duplicity cleanup": { operands: "write", tree: !0, remote: "place", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--name": "none", "--time": "none", "-t": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write" } },
    "duplicity remove-older-than": { operands: "write", skip: 1, tree: !0, remote: "place", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--name": "none", "--time": "none", "-t": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write" } },
    "duplicity remove-all-but-n-full": { operands: "write", skip: 1, tree: !0, remote: "place", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--name": "none", "--time": "none", "-t": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write" } },
    "duplicity remove-all-inc-of-but-n-full": { operands: "write", skip: 1, tree: !0, remote: "place", contacts: "(the backend a URL operand names: a host or a service; file:// is a directory)", options: { "--name": "none", "--time": "none", "-t": "none", "--encrypt-key": "none", "--sign-key": "none", "--hidden-encrypt-key": "none", "--encrypt-secret-keyring": "read", "--gpg-binary": "none", "--gpg-options": "none", "--ssh-options": "none", "--rsync-options": "none", "--par2-options": "none", "--verbosity": "none", "-v": "none", "--num-retries": "none", "--backend-retry-delay": "none", "--archive-dir": "write-dir", "--tempdir": "write-dir", "--log-file": "write" } },
    curl: { operands: "url", options: { "-o": "write", "-T": "read", "-K": "read", "-c": "write", "-d": "data", "-F": "form", "--data-binary": "data", "--data-raw": "none", "--data-urlencode": "data", "--url": "url", "-x": "url", "--proxy": "url", "--connect-to": "connect-to", "--resolve": "resolve", "--preproxy": "url", "--socks4": "url", "--socks4a": "url", "--socks5": "url", "--socks5-hostname": "url", "--proxy1.0": "url", "--doh-url": "url", "-D": "write", "--dump-header": "write", "--trace": "write", "--trace-ascii": "write", "--stderr": "write", "-E": "read", "--cert": "read", "--key": "read", "--cacert": "read", "--output-dir": "write-dir" }, when: { "-O": { operands: "url-file" }, "--remote-name": { operands: "url-file" }, "--remote-name-all": { operands: "url-file" } } },
    wget: { operands: "url-file", when: { "-O": { operands: "url" }, "-i": { contacts: "(the URLs the -i file lists)" } }, options: { "-O": "write", "-o": "write", "-a": "write", "-i": "read", "-P": "write-dir", "-e": "none", "--post-file": "read", "--body-file": "read", "--load-cookies": "read", "--save-cookies": "write" } },
    ssh: { operands: "none", first: "host", options: { "-i": "read", "-F": "read", "-J": "host", "-E": "write", "-o": "ssh-option" } },
    scp: { operands: "read", remote: !0, last: "write", lastDir: !0, tree: ["-r"], options: { "-i": "read", "-F": "read", "-J": "host", "-o": "ssh-option" } },
    sftp: { operands: "none", first: "host", options: { "-i": "read", "-F": "read", "-J": "host", "-b": "read", "-o": "ssh-option" } },
    rsync: { operands: "read", remote: !0, last: "write", lastDir: !0, tree: ["-r", "-a"], options: { "--exclude-from": "read", "--include-from": "read", "--files-from": "read", "--password-file": "read", "--log-file": "write" } },
    nc: { operands: "none", first: "host", options: { "-x": "host" } },
    ncat: { operands: "none", first: "host", options: { "-o": "write", "--output": "write", "--proxy": "host" } },
    netcat: { operands: "none", first: "host" },
    telnet: { operands: "none", first: "host" },
    ping: { operands: "host" },
    ping6: { operands: "host" },
    traceroute: { operands: "none", first: "host" },
    tracepath: { operands: "none", first: "host" },
    mtr: { operands: "host", options: { "-F": "read", "--filename": "read" } },
    dig: { operands: "host", options: { "-f": "read", "-k": "read" } },
    host: { operands: "host" },
    nslookup: { operands: "host" },
    openssl: { operands: "read", guess: !0, options: { "-connect": "host", "-proxy": "host", "-in": "read", "-out": "write", "-key": "read", "-cert": "read", "-CAfile": "read", "-inkey": "read", "-signkey": "read", "-keyout": "write" } },
    ftp: { operands: "none", first: "host" },
    tftp: { operands: "none", first: "host" },
    nmap: { operands: "host", options: { "-iL": "read", "-oN": "write", "-oX": "write", "-oG": "write", "-oS": "write", "-oA": "write", "--excludefile": "read", "--datadir": "read", "--script": "read", "--resume": "read", "--proxies": "url" } },
    aria2c: { operands: "url-or-read", when: { "-i": { contacts: "(the URLs the -i file lists)" } }, options: { "-d": "write-dir", "-o": "write", "-i": "read", "--log": "write", "--save-session": "write", "--all-proxy": "url", "--http-proxy": "url", "--https-proxy": "url" } },
    lynx: { operands: "page", options: { "-cfg": "read", "-lss": "read", "-cmd_script": "read", "-cmd_log": "write", "-cookie_file": "read", "-cookie_save_file": "write", "-get_data": "none", "-post_data": "none", "-auth": "none", "-pauth": "none", "-useragent": "none", "-width": "none", "-display_charset": "none", "-assume_charset": "none" } },
    chromium: { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    "chromium-browser": { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    "google-chrome": { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    "google-chrome-stable": { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    chrome: { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    firefox: { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    "brave-browser": { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    "microsoft-edge": { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    epiphany: { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    qutebrowser: { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    "sensible-browser": { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    "x-www-browser": { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    "www-browser": { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    webbrowser: { operands: "url-or-read", options: { "--screenshot": "write", "--print-to-pdf": "write", "--user-data-dir": "write-dir", "--profile": "write-dir", "--load-extension": "read" } },
    tarfile: { operands: "read", tree: !0, options: { "-c": "write", "--create": "write", "-e": "read", "--extract": "read", "-l": "read", "--list": "read", "-t": "read", "--test": "read" }, when: { "-e": { operands: "write", tree: !0 }, "--extract": { operands: "write", tree: !0 } }, noOperandsWhen: { "-e": ".", "--extract": "." } },
    zipfile: { operands: "read", tree: !0, options: { "-c": "write", "--create": "write", "-e": "read", "--extract": "read", "-l": "read", "--list": "read", "-t": "read", "--test": "read" }, when: { "-e": { operands: "write", tree: !0 }, "--extract": { operands: "write", tree: !0 } }, noOperandsWhen: { "-e": ".", "--extract": "." } },
    ftplib: { operands: "none", first: "host" },
    telnetlib: { operands: "none", first: "host" },
    venv: { operands: "write-dir" },
    drill: { operands: "host", options: { "-k": "read", "-r": "read" } },
    masscan: { operands: "host", options: { "-iL": "read", "-c": "read", "--excludefile": "read", "-oX": "write", "-oJ": "write", "-oG": "write", "-oL": "write", "-oB": "write" } },
    hping3: { operands: "host", options: { "-E": "read", "--file": "read" } },
    arping: { operands: "host" },
    fping: { operands: "host", options: { "-f": "read" } },
    nping: { operands: "host" },
    tcptraceroute: { operands: "none", first: "host" },
    "ssh-keyscan": { operands: "host", options: { "-f": "read" } },
    "gnutls-cli": { operands: "none", first: "host", options: { "--x509cafile": "read", "--x509certfile": "read", "--x509keyfile": "read", "--save-cert": "write", "--save-ocsp": "write" } },
    "openssl s_client": { operands: "host" },
    "yt-dlp": { operands: "url", when: { "-a": { contacts: "(the URLs the -a file lists)" } }, options: { "-o": "write", "-P": "write-dir", "-a": "read", "--config-location": "read", "--load-info-json": "read", "--ffmpeg-location": "read", "--cookies": "read", "--download-archive": "write", "--proxy": "url" } },
    "youtube-dl": { operands: "url", when: { "-a": { contacts: "(the URLs the -a file lists)" } }, options: { "-o": "write", "-a": "read", "--config-location": "read", "--load-info-json": "read", "--ffmpeg-location": "read", "--cookies": "read", "--download-archive": "write", "--proxy": "url" } },
    w3m: { operands: "page", options: { "-config": "read", "-bookmark": "read", "-o": "none", "-T": "none", "-I": "none", "-O": "none", "-cols": "none", "-ppc": "none", "-ppl": "none", "-post": "read", "-header": "none" } },
    links: { operands: "page" },
    links2: { operands: "page" },
    elinks: { operands: "page", options: { "-config-dir": "read", "-config-file": "read", "-eval": "none", "-dump-width": "none", "-dump-charset": "none", "-remote": "none", "-session-ring": "none", "-base-session": "none" } },
    psql: { operands: "connection", options: { "-h": "host-list", "-f": "read", "-o": "write", "-L": "write", "-d": "connection" } },
    pg_dump: { operands: "connection", options: { "-h": "host-list", "-f": "write", "-d": "connection" } },
    pg_dumpall: { operands: "none", options: { "-h": "host-list", "-f": "write", "-d": "connection", "-l": "connection" } },
    pg_restore: { operands: "read", options: { "-h": "host-list", "-f": "write", "-d": "connection", "-L": "read" } },
    pgcli: { operands: "connection", options: { "-h": "host-list", "-d": "connection", "--log-file": "write" } },
    usql: { operands: "connection" },
    mysql: { operands: "none", options: { "-h": "host", "--defaults-file": "read", "--defaults-extra-file": "read", "--ssl-key": "read", "--ssl-cert": "read", "--ssl-ca": "read", "--tee": "write" } },
    mariadb: { operands: "none", options: { "-h": "host", "--defaults-file": "read", "--defaults-extra-file": "read", "--ssl-key": "read", "--ssl-cert": "read", "--ssl-ca": "read", "--tee": "write" } },
    mycli: { operands: "connection", options: { "-h": "host", "--logfile": "write", "-l": "write" } },
    mysqldump: { operands: "none", options: { "-h": "host", "--defaults-file": "read", "--defaults-extra-file": "read", "--ssl-key": "read", "--ssl-cert": "read", "--ssl-ca": "read", "-r": "write", "-T": "write-dir" } },
    "mariadb-dump": { operands: "none", options: { "-h": "host", "--defaults-file": "read", "--defaults-extra-file": "read", "--ssl-key": "read", "--ssl-cert": "read", "--ssl-ca": "read", "-r": "write", "-T": "write-dir" } },
    "redis-cli": { operands: "none", options: { "-h": "host", "-u": "url", "--rdb": "write", "--functions-rdb": "write" } },
    "valkey-cli": { operands: "none", options: { "-h": "host", "-u": "url", "--rdb": "write", "--functions-rdb": "write" } },
    "keydb-cli": { operands: "none", options: { "-h": "host", "-u": "url", "--rdb": "write", "--functions-rdb": "write" } },
    "redis-benchmark": { operands: "none", options: { "-h": "host", "-u": "url" } },
    pgbench: { operands: "connection", options: { "-h": "host-list", "-f": "read", "-d": "connection" } },
    createdb: { operands: "none", options: { "-h": "host-list", "--maintenance-db": "connection" } },
    dropdb: { operands: "none", options: { "-h": "host-list", "--maintenance-db": "connection" } },
    createuser: { operands: "none", options: { "-h": "host-list" } },
    dropuser: { operands: "none", options: { "-h": "host-list" } },
    vacuumdb: { operands: "connection", options: { "-h": "host-list", "-d": "connection", "--maintenance-db": "connection" } },
    reindexdb: { operands: "connection", options: { "-h": "host-list", "-d": "connection", "--maintenance-db": "connection" } },
    clusterdb: { operands: "connection", options: { "-h": "host-list", "-d": "connection", "--maintenance-db": "connection" } },
    pg_isready: { operands: "none", options: { "-h": "host-list", "-d": "connection" } },
    pg_basebackup: { operands: "none", options: { "-h": "host-list", "-d": "connection", "-D": "write-dir" } },
    pg_receivewal: { operands: "none", options: { "-h": "host-list", "-d": "connection", "-D": "write-dir" } },
    mysqladmin: { operands: "none", options: { "-h": "host", "--defaults-file": "read", "--defaults-extra-file": "read", "--ssl-key": "read", "--ssl-cert": "read", "--ssl-ca": "read" } },
    mysqlshow: { operands: "none", options: { "-h": "host", "--defaults-file": "read", "--defaults-extra-file": "read", "--ssl-key": "read", "--ssl-cert": "read", "--ssl-ca": "read" } },
    mysqlcheck: { operands: "none", options: { "-h": "host", "--defaults-file": "read", "--defaults-extra-file": "read", "--ssl-key": "read", "--ssl-cert": "read", "--ssl-ca": "read" } },
    mysqlimport: { operands: "read", first: "none", options: { "-h": "host", "--defaults-file": "read", "--defaults-extra-file": "read", "--ssl-key": "read", "--ssl-cert": "read", "--ssl-ca": "read" } },
    mysqlpump: { operands: "none", options: { "-h": "host", "--result-file": "write", "--defaults-file": "read", "--defaults-extra-file": "read", "--ssl-key": "read", "--ssl-cert": "read", "--ssl-ca": "read" } },
    mysqlbinlog: { operands: "read", options: { "-h": "host", "-r": "write", "--defaults-file": "read", "--defaults-extra-file": "read", "--ssl-key": "read", "--ssl-cert": "read", "--ssl-ca": "read" } },
    mongostat: { operands: "none", options: { "-h": "host-list", "--uri": "connection" } },
    mongotop: { operands: "none", options: { "-h": "host-list", "--uri": "connection" } },
    smbclient: { operands: "none", first: "url", options: { "-L": "host", "-I": "host", "-A": "read", "--authentication-file": "read" } },
    "cypher-shell": { operands: "none", options: { "-a": "url", "--address": "url", "-f": "read", "--file": "read" } },
    ldapsearch: { operands: "none", options: { "-H": "url", "-h": "host", "-y": "read", "-f": "read" } },
    ldapmodify: { operands: "none", options: { "-H": "url", "-h": "host", "-y": "read", "-f": "read" } },
    ldapadd: { operands: "none", options: { "-H": "url", "-h": "host", "-y": "read", "-f": "read" } },
    ldapdelete: { operands: "none", options: { "-H": "url", "-h": "host", "-y": "read", "-f": "read" } },
    ldapwhoami: { operands: "none", options: { "-H": "url", "-h": "host", "-y": "read" } },
    mosquitto_pub: { operands: "none", options: { "-h": "host", "-L": "url", "-f": "read", "--cafile": "read", "--cert": "read", "--key": "read" } },
    mosquitto_sub: { operands: "none", options: { "-h": "host", "-L": "url", "--cafile": "read", "--cert": "read", "--key": "read" } },
    kcat: { operands: "read", guess: !0, options: { "-b": "host-list", "-F": "read" } },
    kafkacat: { operands: "read", guess: !0, options: { "-b": "host-list", "-F": "read" } },
    etcdctl: { operands: "none", options: { "--endpoints": "host-list", "--cacert": "read", "--cert": "read", "--key": "read" } },
    nats: { operands: "none", options: { "-s": "host-list", "--server": "host-list", "--creds": "read" } },
    vault: { operands: "form", paramFiles: ["@"], contacts: "(the Vault server of VAULT_ADDR, or -address)", contactsUnless: ["(no operand)", "version", "-version", "--version", "-h", "-help", "--help", "server", "path-help"], options: { "-address": "url", "--address": "url", "-ca-cert": "read", "-client-key": "read", "-client-cert": "read" } },
    consul: { operands: "none", options: { "-http-addr": "url", "--http-addr": "url", "-ca-file": "read", "-client-key": "read", "-client-cert": "read" } },
    mongosh: { operands: "connection-or-read", guess: !0, options: { "--host": "host-list", "-f": "read" } },
    mongo: { operands: "connection-or-read", guess: !0, options: { "--host": "host-list" } },
    mongodump: { operands: "none", writes: ["dump"], when: { "-o": { writes: [] }, "--archive": { writes: [] } }, options: { "-h": "host-list", "--uri": "connection", "-o": "write-dir", "--archive": "write" } },
    mongorestore: { operands: "read-tree", options: { "-h": "host-list", "--uri": "connection", "--dir": "read-tree", "--archive": "read" } },
    mongoexport: { operands: "none", options: { "-h": "host-list", "--uri": "connection", "-o": "write" } },
    mongoimport: { operands: "read", options: { "-h": "host-list", "--uri": "connection", "--file": "read" } },
    "clickhouse-client": { operands: "none", options: { "-h": "host", "--queries-file": "read" } },
    "clickhouse client": { operands: "none", options: { "-h": "host", "--queries-file": "read" } },
    "clickhouse local": { operands: "none", options: { "--queries-file": "read" } },
    cqlsh: { operands: "none", first: "host", options: { "-f": "read", "--cqlshrc": "read" } },
    sqlcmd: { operands: "none", options: { "-S": "sql-server", "-i": "read", "-o": "write" } },
    influx: { operands: "none", options: { "-host": "url", "--host": "url", "-path": "read", "-f": "read" } },
    mysqlsh: { operands: "none", options: { "-h": "host", "--uri": "url" } },
    trino: { operands: "none", options: { "--server": "url", "-f": "read", "--file": "read" } },
    presto: { operands: "none", options: { "--server": "url", "-f": "read", "--file": "read" } },
    bq: { operands: "read", guess: !0, contacts: "(Google BigQuery's service endpoints)", contactsUnless: ["(no operand)", "help", "version", "--help", "-h"] },
    snowsql: { operands: "none", contacts: "(the Snowflake account's endpoint)", contactsUnless: ["-v", "--version", "--help", "-?"], options: { "-f": "read" } },
    "git clone": { operands: "write", tree: "named", first: "remote-name", options: { "--reference": "read", "--template": "read" }, when: { "--recurse-submodules": { contacts: "(the submodules' remotes)" }, "--recursive": { contacts: "(the submodules' remotes)" } } },
    "git fetch": { operands: "none", first: "remote-name", noOperands: "<remote>" },
    "git pull": { operands: "none", first: "remote-name", noOperands: "<remote>" },
    "git push": { operands: "none", first: "remote-name", noOperands: "<remote>", options: { "--repo": "remote-name" } },
    "git send-pack": { operands: "none", first: "remote-name", noOperands: "<remote>" },
    "git ls-remote": { operands: "none", first: "remote-name", noOperands: "<remote>" },
    "git request-pull": { operands: "none", skip: 1, first: "remote-name" },
    "git submodule": { operands: "none", operandsAfter: { add: { op: "package", first: !0 }, update: { op: "none", contacts: "(the submodules' remotes)" } } },
    "git lfs": { operands: "none", operandsAfter: { pull: { op: "none", contacts: "(the LFS server)" }, push: { op: "none", contacts: "(the LFS server)" }, fetch: { op: "none", contacts: "(the LFS server)" }, clone: { op: "none", contacts: "(the LFS server)" } } },
    "git send-email": { operands: "read", contacts: "(the configured SMTP server)" },
    "git daemon": { operands: "read", tree: !0, serves: "--base-path" },
    "git instaweb": { operands: "none", serves: "--base-path" },
    "git p4": { operands: "none", contacts: "(the Perforce server of P4PORT or git-p4's configuration)", contactsUnless: ["(no operand)", "--help", "-h"] },
    "git imap-send": { operands: "none", contacts: "(the IMAP server of imap.host)" },
    "git cvsexportcommit": { operands: "none", contacts: "(the CVS repository of the working copy)" },
    "git cvsimport": { operands: "none", contacts: "(the CVS repository of -d or CVSROOT)" },
    "git diff": { pathspecs: !0, operands: "revpath", guess: !0, dashdash: "read", options: { "--output": "write", "-O": "read" }, when: { "--no-index": { guess: !1 } } },
    "git log": { pathspecs: !0, operands: "read", guess: !0, dashdash: "read", options: { "--output": "write", "-O": "read", "-L": "line-range" } },
    "git show": { operands: "revpath", pathspecs: !0, dashdash: "read", options: { "--output": "write", "-O": "read" } },
    "git cat-file": { operands: "revpath" },
    "git blame": { pathspecs: !0, operands: "read", guess: !0, dashdash: "read" },
    "git grep": { pathspecs: !0, operands: "read", skip: 1, skipUnless: ["-e", "-f"], tree: !0, noOperands: ".", options: { "-f": "read" } },
    "git checkout": { pathspecs: !0, operands: "write", guess: !0, dashdash: "write", tree: "named", noOperandsWhen: { "-p": "." }, options: { "--pathspec-from-file": "read" }, when: { "-p": { guess: !1 } } },
    "git restore": { pathspecs: !0, operands: "write", tree: "named", noOperandsWhen: { "-p": "." }, options: { "--pathspec-from-file": "read" } },
    "git merge-file": { operands: "read", first: "write", when: { "-p": { first: "read" } } },
    "git rm": { pathspecs: !0, operands: "delete", tree: ["-r"], options: { "--pathspec-from-file": "read" } },
    "git mv": { operands: "delete", tree: "named", last: "write", lastDir: !0 },
    "git add": { pathspecs: !0, operands: "read", noOperandsWhen: { "-A": ".", "--all": ".", "-u": ".", "--update": "." }, options: { "--pathspec-from-file": "read" } },
    "git clean": { pathspecs: !0, operands: "delete", tree: !0, noOperands: ".", when: { "-n": { operands: "none" } } },
    "git commit": { operands: "none", options: { "-F": "read", "--file": "read", "-t": "read", "--template": "read" } },
    "git apply": { operands: "read", extract: "--directory", when: { "--check": { extract: "" } } },
    "git update-index": { operands: "read", options: { "--cacheinfo": "write" }, when: { "--force-remove": { operands: "delete" }, "--index-info": { extract: "." }, "--stdin": { extract: "." } } },
    "git checkout-index": { operands: "write", prefix: "--prefix", noOperandsWhen: { "-a": ".", "--stdin": "." } },
    "git read-tree": { operands: "none", extract: "--prefix", options: { "--index-output": "write" } },
    "git mktree": { operands: "none", extract: "." },
    "git fast-import": { operands: "none", extract: ".", options: { "--export-marks": "write", "--import-marks": "read", "--import-marks-if-exists": "read" } },
    "git bundle": { operands: "none", operandsAfter: { create: { op: "write", first: !0 }, verify: { op: "read", first: !0 }, "list-heads": { op: "read", first: !0 }, unbundle: { op: "read", first: !0 } } },
    "git format-patch": { operands: "none", writes: ["[0-9]*.patch"], options: { "-o": "write-dir", "--output": "write", "--signature-file": "read" }, when: { "--suffix": { writes: ["[0-9]*"] }, "--numbered-files": { writes: ["[0-9]*"] }, "-o": { writes: [] }, "--stdout": { writes: [] }, "--output": { writes: [] } } },
    "git replace": { operands: "none", extract: ".", when: { "-d": { extract: "" }, "-l": { extract: "" } } },
    "git am": { operands: "read", extract: "--directory" },
    "git archive": { operands: "read", guess: !0, tree: !0, skip: 1, pathspecs: !0, options: { "--remote": "url", "-o": "write", "--output": "write" } },
    "git config": { operands: "none", options: { "-f": "read", "--file": "read" } },
    "git status": { operands: "none" },
    "git branch": { operands: "none" },
    "git switch": { operands: "none" },
    "git merge": { operands: "none", options: { "-F": "read", "--file": "read" } },
    "git rebase": { operands: "none" },
    "git reset": { operands: "none" },
    "git stash": { operands: "none", pathspecs: !0, tree: "named", dashdash: "write", defaultSub: "push", operandsAfter: { push: { op: "write", when: { "-u": { op: "delete", tree: !0, whole: { op: "delete", path: ".", top: !0, unlessOperands: !0 } }, "--include-untracked": { op: "delete", tree: !0, whole: { op: "delete", path: ".", top: !0, unlessOperands: !0 } }, "-a": { op: "delete", tree: !0, whole: { op: "delete", path: ".", top: !0, unlessOperands: !0 } }, "--all": { op: "delete", tree: !0, whole: { op: "delete", path: ".", top: !0, unlessOperands: !0 } } } }, save: { op: "none", when: { "-u": { whole: { op: "delete", path: ".", top: !0 } }, "--include-untracked": { whole: { op: "delete", path: ".", top: !0 } }, "-a": { whole: { op: "delete", path: ".", top: !0 } }, "--all": { whole: { op: "delete", path: ".", top: !0 } } } } } },
    "git api": { operands: "none", first: "endpoint", registry: "github", options: { "-F": "field-or-file", "--field": "field-or-file", "--input": "read" } },
    "git pull-request": { operands: "none", registry: "github" },
    "git issue": { operands: "none", registry: "github" },
    "git ci-status": { operands: "none", registry: "github" },
    "git browse": { operands: "none", registry: "github" },
    "git create": { operands: "none", registry: "github" },
    "git fork": { operands: "none", registry: "github" },
    "git release": { operands: "none", registry: "github" },
    "git sync": { operands: "none", registry: "github" },
    "git compare": { operands: "none", registry: "github" },
    "git gist": { operands: "none", registry: "github" },
    "git pr": { operands: "none", registry: "github" },
    "git delete": { operands: "none", registry: "github" },
    "git tag": { operands: "none", options: { "-F": "read", "--file": "read" } },
    "git init": { operands: "write" },
    "git remote": { operands: "none", operandsAfter: { update: { op: "none", contacts: "(every remote)" } } },
    "git rev-parse": { operands: "none" },
    "git worktree": { operands: "none", operandsAfter: { add: { op: "write", first: !0, tree: !0 } } }
  },
  registries: {
    $comment: "The default registry hosts of package managers (src/command/package-registry.ts; docs/decisions.md, Package registries). A touch model's subcommand (operandsAfter) or the program itself names one with `registry` (registryMay: only perhaps, a guess decided by denies only; registryWithOperands: only with operands; registryVersioned: for sure when an operand has @VERSION, else perhaps). hosts: contacted by default. offline: options, or NAME=value assignments before the program, after which no registry is contacted. replacedBy: options whose value is the registry used instead (the value is decided by the model's options; a name that is no URL is a registry of the tool's configuration, a host the line does not name). env: variables whose value names the registry, replace (instead of the default) or add (as well); GOPROXY's list: off none, direct each module's own host. Sources: docs.npmjs.com/cli/v10/using-npm/config (registry, offline), yarnpkg.com/configuration/yarnrc (npmRegistryServer), pip.pypa.io/en/stable/cli/pip_install (--index-url, --no-index, PIP_*), docs.astral.sh/uv/reference/environment, doc.rust-lang.org/cargo/reference/config.html (net.offline, registries), go.dev/ref/mod (GOPROXY, GOSUMDB), guides.rubygems.org/command-reference (--source, --clear-sources, --local), getcomposer.org/doc/03-cli.md, learn.microsoft.com/nuget/reference/cli-reference, docs.conda.io/projects/conda/en/latest/commands (--channel, --override-channels, --offline), docs.brew.sh/Manpage.",
    npm: { hosts: ["registry.npmjs.org"], offline: ["--offline", "npm_config_offline=true", "NPM_CONFIG_OFFLINE=true"], replacedBy: ["--registry"], env: { npm_config_registry: "replace", NPM_CONFIG_REGISTRY: "replace" } },
    pnpm: { hosts: ["registry.npmjs.org"], offline: ["--offline", "npm_config_offline=true", "NPM_CONFIG_OFFLINE=true"], replacedBy: ["--registry"], env: { npm_config_registry: "replace", NPM_CONFIG_REGISTRY: "replace" } },
    yarn: { hosts: ["registry.yarnpkg.com"], offline: ["--offline", "--help", "-h", "--version", "-v"], replacedBy: ["--registry"], env: { YARN_REGISTRY: "replace", YARN_NPM_REGISTRY_SERVER: "replace", npm_config_registry: "replace", NPM_CONFIG_REGISTRY: "replace" } },
    bun: { hosts: ["registry.npmjs.org"], replacedBy: ["--registry"], env: { BUN_CONFIG_REGISTRY: "replace", NPM_CONFIG_REGISTRY: "replace", npm_config_registry: "replace" } },
    pip: { hosts: ["pypi.org", "files.pythonhosted.org"], offline: ["--no-index", "PIP_NO_INDEX=1", "PIP_NO_INDEX=true", "PIP_NO_INDEX=yes", "PIP_NO_INDEX=on"], replacedBy: ["-i"], env: { PIP_INDEX_URL: "replace", PIP_EXTRA_INDEX_URL: "add", PIP_FIND_LINKS: "add" } },
    uv: { hosts: ["pypi.org", "files.pythonhosted.org"], offline: ["--offline", "--no-index", "UV_OFFLINE=1", "UV_OFFLINE=true", "UV_NO_INDEX=1", "UV_NO_INDEX=true"], replacedBy: ["--index-url", "-i", "--default-index"], env: { UV_INDEX_URL: "replace", UV_DEFAULT_INDEX: "replace", UV_EXTRA_INDEX_URL: "add", UV_INDEX: "add", UV_FIND_LINKS: "add" } },
    pipx: { hosts: ["pypi.org", "files.pythonhosted.org"], replacedBy: ["--index-url", "-i"], env: { PIP_INDEX_URL: "replace", PIP_EXTRA_INDEX_URL: "add" } },
    poetry: { hosts: ["pypi.org", "files.pythonhosted.org"] },
    pdm: { hosts: ["pypi.org", "files.pythonhosted.org"], env: { PDM_PYPI_URL: "replace" } },
    pipenv: { hosts: ["pypi.org", "files.pythonhosted.org"], env: { PIPENV_PYPI_MIRROR: "replace", PIP_INDEX_URL: "replace" } },
    conda: { hosts: ["conda.anaconda.org", "repo.anaconda.com"], offline: ["--offline", "CONDA_OFFLINE=true", "CONDA_OFFLINE=1"], replacedBy: ["--override-channels"] },
    cargo: { hosts: ["index.crates.io", "static.crates.io"], offline: ["--offline", "--frozen", "CARGO_NET_OFFLINE=true"], replacedBy: ["--registry", "--index"] },
    go: { hosts: ["proxy.golang.org", "sum.golang.org"], offline: ["GOPROXY=off", "GOFLAGS=-mod=vendor"], env: { GOPROXY: "replace" } },
    gem: { hosts: ["rubygems.org"], offline: ["--local", "-l"], replacedBy: ["--clear-sources"] },
    bundler: { hosts: ["rubygems.org", "index.rubygems.org"], offline: ["--local", "--help", "-h", "--version", "-v"] },
    composer: { hosts: ["repo.packagist.org"], offline: ["COMPOSER_DISABLE_NETWORK=1"] },
    nuget: { hosts: ["api.nuget.org"], replacedBy: ["--source", "-s", "-Source", "-source"] },
    brew: { hosts: ["formulae.brew.sh", "ghcr.io"] },
    "brew-tap": { hosts: ["github.com"] },
    hex: { hosts: ["repo.hex.pm", "hex.pm", "builds.hex.pm"], offline: ["HEX_OFFLINE=1", "HEX_OFFLINE=true"], env: { HEX_MIRROR: "replace", HEX_CDN: "replace" } },
    pub: { hosts: ["pub.dev"], offline: ["--offline"], env: { PUB_HOSTED_URL: "replace" } },
    hackage: { hosts: ["hackage.haskell.org"] },
    luarocks: { hosts: ["luarocks.org"], replacedBy: ["--server", "--only-server"] },
    cpan: { hosts: ["cpanmetadb.plackperl.org", "www.cpan.org", "fastapi.metacpan.org"], offline: ["--version", "-V", "--help", "-h"], replacedBy: ["--mirror", "--from", "-M"] },
    conan: { hosts: ["center2.conan.io"], replacedBy: ["-r", "--remote"] },
    huggingface: { hosts: ["huggingface.co"], offline: ["HF_HUB_OFFLINE=1", "HF_HUB_OFFLINE=true", "--help", "-h", "--version"], env: { HF_ENDPOINT: "replace" } },
    kaggle: { hosts: ["www.kaggle.com"], offline: ["--help", "-h", "--version", "-v"] },
    snap: { hosts: ["api.snapcraft.io"] },
    github: { hosts: ["github.com"], offline: ["--help", "-h", "--version"], env: { GH_HOST: "replace" } },
    gitlab: { hosts: ["gitlab.com"], offline: ["--help", "-h", "--version", "-v"], env: { GITLAB_HOST: "replace", GL_HOST: "replace" } },
    racket: { hosts: ["pkgs.racket-lang.org", "download.racket-lang.org"] },
    sdkman: { hosts: ["api.sdkman.io"] },
    rustup: { hosts: ["static.rust-lang.org"], env: { RUSTUP_DIST_SERVER: "replace" } },
    nix: { hosts: ["cache.nixos.org"], offline: ["--offline", "-q", "--query", "--list-generations", "--delete-generations", "-e", "--uninstall", "--rollback", "--switch-generation", "-G", "--version", "--help"] }
  },
  programs: {
    rm: { aliases: { "-R": "-r", "--recursive": "-r", "--force": "-f", "--dir": "-d", "--verbose": "-v", "--interactive": "-i" } },
    cp: { aliases: { "-R": "-r", "--recursive": "-r", "--force": "-f", "--archive": "-a", "--verbose": "-v", "--no-clobber": "-n", "--target-directory": "-t" }, valued: ["-t", "-S"] },
    mv: { aliases: { "--force": "-f", "--verbose": "-v", "--no-clobber": "-n", "--target-directory": "-t" }, valued: ["-t", "-S"] },
    chmod: { aliases: { "-R": "-R", "--recursive": "-R", "--verbose": "-v" } },
    chown: { aliases: { "--recursive": "-R", "--verbose": "-v" } },
    ln: { aliases: { "--symbolic": "-s", "--force": "-f" }, valued: ["-t", "-S"] },
    tar: { aliases: { "--directory": "-C", "--file": "-f", "--extract": "-x", "--get": "-x", "--create": "-c", "--append": "-r", "--update": "-u", "--to-stdout": "-O", "--listed-incremental": "-g", "--list": "-t", "--concatenate": "-A", "--catenate": "-A" }, valued: ["-C", "-f", "-T", "-X", "-b", "-H", "-K", "-N", "-g", "-V", "-I", "-F", "--to-command", "--use-compress-program", "--info-script", "--new-volume-script", "--checkpoint-action", "--rsh-command", "--rmt-command", "--index-file", "--volno-file"] },
    bsdtar: { aliases: { "--directory": "-C", "--file": "-f", "--extract": "-x", "--get": "-x", "--create": "-c", "--append": "-r", "--update": "-u", "--to-stdout": "-O", "--listed-incremental": "-g", "--list": "-t", "--concatenate": "-A", "--catenate": "-A" }, valued: ["-C", "-f", "-T", "-X", "-b", "-H", "-K", "-N", "-g", "-V", "-I", "-F", "--to-command", "--use-compress-program", "--info-script", "--new-volume-script", "--checkpoint-action", "--rsh-command", "--rmt-command", "--index-file", "--volno-file"] },
    gtar: { aliases: { "--directory": "-C", "--file": "-f", "--extract": "-x", "--get": "-x", "--create": "-c", "--append": "-r", "--update": "-u", "--to-stdout": "-O", "--listed-incremental": "-g", "--list": "-t", "--concatenate": "-A", "--catenate": "-A" }, valued: ["-C", "-f", "-T", "-X", "-b", "-H", "-K", "-N", "-g", "-V", "-I", "-F", "--to-command", "--use-compress-program", "--info-script", "--new-volume-script", "--checkpoint-action", "--rsh-command", "--rmt-command", "--index-file", "--volno-file"] },
    curl: { aliases: { "--output": "-o", "--upload-file": "-T", "--form": "-F", "--config": "-K", "--cookie-jar": "-c", "--dump-header": "-D", "--data": "-d", "--request": "-X", "--header": "-H", "--insecure": "-k", "--location": "-L" }, valued: ["-o", "-d", "-X", "-H", "-u", "-A", "-e", "-F", "-T", "-x", "-b", "-c", "-m", "-w", "-K", "-E", "-r", "-z", "-Y", "-y", "-C", "-Q", "-t", "-U"] },
    wget: { aliases: { "--output-document": "-O", "--quiet": "-q", "--input-file": "-i", "--output-file": "-o", "--append-output": "-a", "--directory-prefix": "-P", "--execute": "-e" }, valued: ["-O", "-o", "-P", "-U", "-e", "-t", "-T", "-w", "-a", "-i", "-B", "-Q", "-l", "-A", "-R", "-D", "-X", "-I"] },
    kubectl: { aliases: { "-n": "--namespace" }, valued: ["--context", "--namespace", "-n", "--kubeconfig", "--cluster", "--user", "-o", "--output", "-f", "--filename", "-l", "--selector", "-c", "--container", "--server", "-s", "--token", "--as", "--client-key", "--client-certificate", "--certificate-authority"] },
    systemctl: { valued: ["-H", "--host", "-M", "--machine", "-t", "--type", "-p", "--property", "--state", "-n", "--lines", "-o", "--output", "--root", "--image", "-s", "--signal", "--kill-whom", "--kill-value", "--what", "--job-mode", "--boot-loader-entry", "--boot-loader-menu", "--reboot-argument", "--timestamp", "--when", "--preset-mode", "--check-inhibitors", "--drop-in"] },
    oc: { aliases: { "-n": "--namespace" }, valued: ["--context", "--namespace", "-n", "--kubeconfig", "--cluster", "--user", "-o", "--output", "-f", "--filename", "-l", "--selector", "-c", "--container", "--server", "-s", "--token", "--as", "--client-key", "--client-certificate", "--certificate-authority", "-u", "--username", "-p", "--password"] },
    helm: { valued: ["--kube-context", "--namespace", "-n", "--kubeconfig", "-f", "--values", "--set", "--version", "-o"] },
    docker: { commandAliases: { "container run": "run", "container create": "create", "container exec": "exec", "container rm": "rm", "container start": "start", "container stop": "stop", "container kill": "kill", "container cp": "cp", "container commit": "commit", "container export": "export", "container ls": "ps", "container prune": "container-prune", "image rm": "rmi", "image pull": "pull", "image push": "push", "image build": "build", "image ls": "images", "image tag": "tag", "image save": "save", "image load": "load", "image import": "import", "image prune": "image-prune", "builder build": "build", "buildx build": "build", "system prune": "system-prune" }, valued: ["-H", "--host", "--context", "-c", "--config", "--log-level", "-l"] },
    podman: { sameAs: "docker", valued: ["-H", "--host", "-c", "--connection", "--url", "--config", "--log-level", "--root", "--runroot", "--storage-driver", "--identity"] },
    nerdctl: { sameAs: "docker" },
    finch: { sameAs: "docker" },
    terraform: { commandAliases: { "apply -destroy": "destroy", "plan -destroy": "plan-destroy" }, valued: ["-chdir", "-var", "-var-file", "-target", "-backend-config"] },
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
        "isntall-clean": "ci",
        "install-test": "install",
        it: "install"
      }
    },
    make: { aliases: { "--directory": "-C", "--file": "-f", "--makefile": "-f", "--jobs": "-j" }, valued: ["-C", "-f", "-j", "-o", "-W", "-I", "-l"] },
    gradle: { valued: ["-D", "-P", "-x", "--exclude-task", "-b", "--build-file", "-c", "--settings-file", "-p", "--project-dir", "-I", "--init-script", "-g", "--gradle-user-home", "--include-build", "--project-cache-dir", "--console", "--warning-mode", "--max-workers", "--priority"] },
    mvn: { valued: ["-D", "-P", "--activate-profiles", "-pl", "--projects", "-rf", "--resume-from", "-T", "--threads", "-b", "--builder", "-l", "--log-file", "-f", "--file", "-s", "--settings", "-gs", "--global-settings", "-t", "--toolchains", "-gt", "--global-toolchains"] },
    cmake: { valued: ["-D", "-U", "-C", "-P", "-G", "-T", "-A", "-S", "-B", "--toolchain", "--install-prefix", "--preset", "--build", "--install", "--target", "-t", "--config", "--prefix", "--component", "-j", "--parallel", "--graphviz", "--log-level"] },
    ctest: { valued: ["-R", "--tests-regex", "-E", "--exclude-regex", "-L", "--label-regex", "-LE", "--label-exclude", "-C", "--build-config", "-j", "--parallel", "-I", "--tests-information", "-T", "--test-action", "-M", "--test-model", "-D", "--dashboard", "-O", "--output-log", "-S", "-SP", "-SR", "-A", "--add-notes", "--test-dir", "--timeout", "--repeat"] },
    dotnet: { valued: ["-c", "--configuration", "-f", "--framework", "-o", "--output", "-r", "--runtime", "-v", "--verbosity", "-s", "--source", "-a", "--arch", "--os", "--project", "-e", "--environment"] },
    javac: { valued: ["-cp", "-classpath", "--class-path", "-processorpath", "--processor-path", "-p", "--module-path", "--processor-module-path", "--upgrade-module-path", "-sourcepath", "--source-path", "-d", "-s", "-h", "-processor", "--release", "--source", "-source", "--target", "-target", "-encoding", "--system", "--module", "-m", "--add-modules", "--limit-modules", "--patch-module", "-bootclasspath", "--boot-class-path", "-extdirs", "-endorseddirs"] },
    kotlinc: { valued: ["-cp", "-classpath", "-d", "-jvm-target", "-module-name", "-language-version", "-api-version", "-jdk-home", "-kotlin-home", "-opt-in", "-P", "-script-templates"] },
    kotlin: { valued: ["-cp", "-classpath", "-howtorun"] },
    scala: { valued: ["-cp", "-classpath", "--classpath", "--class-path", "-d", "-encoding", "-release", "--release", "-M", "--main-class"] },
    groovy: { valued: ["-cp", "-classpath", "--classpath", "-D", "--define", "-c", "--encoding", "--configscript", "-b", "--basescript"] },
    java: { valued: ["-cp", "-classpath", "--class-path", "-p", "--module-path", "-m", "--module", "--add-modules", "--add-opens", "--add-exports", "--add-reads", "--enable-native-access", "-d", "--describe-module", "--limit-modules", "--upgrade-module-path", "--patch-module", "--source"] },
    cat: { aliases: { "--number": "-n" } },
    head: { aliases: { "--lines": "-n", "--bytes": "-c" }, valued: ["-n", "-c"] },
    tail: { aliases: { "--lines": "-n", "--bytes": "-c", "--follow": "-f" }, valued: ["-n", "-c", "-s", "--pid", "--sleep-interval"] },
    less: { valued: ["-b", "-h", "-j", "-k", "-o", "-O", "-p", "-P", "-t", "-T", "-x", "-y", "-z"] },
    more: {},
    wc: {},
    sort: { aliases: { "--output": "-o", "--key": "-k", "--field-separator": "-t", "--temporary-directory": "-T" }, valued: ["-o", "-k", "-t", "-S", "-T", "--files0-from"] },
    uniq: { valued: ["-f", "-s", "-w"] },
    cut: { valued: ["-b", "-c", "-d", "-f"] },
    diff: { valued: ["-C", "-U", "-I", "-x", "-X", "-F", "-L", "--label", "--from-file", "--to-file"] },
    grep: { aliases: { "--regexp": "-e", "--file": "-f", "--recursive": "-r", "-R": "-r", "--dereference-recursive": "-r", "--max-count": "-m", "--directories": "-d" }, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-d", "-D", "--include", "--exclude", "--exclude-dir", "--exclude-from", "--label", "--color", "--colour"] },
    egrep: { aliases: { "--regexp": "-e", "--file": "-f", "--recursive": "-r", "-R": "-r" }, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-d", "-D", "--include", "--exclude", "--exclude-dir"] },
    fgrep: { aliases: { "--regexp": "-e", "--file": "-f", "--recursive": "-r", "-R": "-r" }, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-d", "-D", "--include", "--exclude", "--exclude-dir"] },
    rg: { aliases: { "--regexp": "-e", "--file": "-f", "--glob": "-g", "--type": "-t", "--max-count": "-m" }, valued: ["-e", "-f", "-g", "-t", "-T", "-m", "-A", "-B", "-C", "-j", "-M", "-r", "-E", "--type-add", "--iglob", "--ignore-file", "--pre", "--max-depth", "--sort", "--sortr"] },
    sed: { aliases: { "--expression": "-e", "--file": "-f", "--in-place": "-i", "--regexp-extended": "-E" }, valued: ["-e", "-f", "-l"] },
    awk: { aliases: { "--file": "-f", "--assign": "-v", "--field-separator": "-F", "--source": "-e", "--include": "-i", "--load": "-l", "--exec": "-E" }, valued: ["-f", "-v", "-F", "-e", "-i", "-l", "-E", "-W"] },
    gawk: { aliases: { "--file": "-f", "--assign": "-v", "--field-separator": "-F", "--source": "-e", "--include": "-i", "--load": "-l", "--exec": "-E" }, valued: ["-f", "-v", "-F", "-e", "-i", "-l", "-E", "-W"] },
    mawk: { aliases: { "--file": "-f", "--assign": "-v", "--field-separator": "-F", "--source": "-e", "--include": "-i", "--load": "-l", "--exec": "-E" }, valued: ["-f", "-v", "-F", "-e", "-i", "-l", "-E", "-W"] },
    nawk: { aliases: { "--file": "-f", "--assign": "-v", "--field-separator": "-F", "--source": "-e", "--include": "-i", "--load": "-l", "--exec": "-E" }, valued: ["-f", "-v", "-F", "-e", "-i", "-l", "-E", "-W"] },
    jq: { aliases: { "--from-file": "-f", "--library-path": "-L" }, valued: ["-f", "--indent", "-L"], pairs: ["--arg", "--argjson", "--slurpfile", "--rawfile"] },
    gojq: { aliases: { "--from-file": "-f", "--library-path": "-L" }, valued: ["-f", "--indent", "-L"], pairs: ["--arg", "--argjson", "--slurpfile", "--rawfile"] },
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
    zip: { aliases: { "--recurse-paths": "-r", "--move": "-m", "--output-file": "-O", "--temp-path": "-b", "--logfile-path": "-lf" }, valued: ["-b", "-n", "-t", "-tt", "-x", "-i", "-P", "-O", "-lf", "-ds"] },
    unzip: { valued: ["-d", "-x", "-P", "-O", "-I"] },
    "7z": { subcommands: { x: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, e: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, a: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] }, u: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] } } },
    "7za": { subcommands: { x: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, e: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, a: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] }, u: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] } } },
    unrar: { valued: ["-op", "-ap", "-p", "-x", "-n", "-o", "-w", "-v", "-m", "-ag", "-ilog", "-z", "-ts", "-ta", "-tb", "-tn", "-to", "-sl", "-sm"] },
    rar: { valued: ["-op", "-ap", "-p", "-x", "-n", "-o", "-w", "-v", "-m", "-ag", "-ilog", "-z", "-ts", "-ta", "-tb", "-tn", "-to", "-sl", "-sm"] },
    "7zr": { subcommands: { x: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, e: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, a: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] }, u: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] } } },
    "7zz": { subcommands: { x: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, e: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, a: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] }, u: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] } } },
    split: { aliases: { "--suffix-length": "-a", "--bytes": "-b", "--line-bytes": "-C", "--lines": "-l", "--number": "-n", "--separator": "-t" }, valued: ["-a", "-b", "-C", "-l", "-n", "-t", "--additional-suffix", "--filter"] },
    csplit: { aliases: { "--prefix": "-f", "--suffix-format": "-b", "--digits": "-n" }, valued: ["-f", "-b", "-n"] },
    cpio: { aliases: { "--extract": "-i", "--create": "-o", "--pass-through": "-p", "--directory": "-D", "--file": "-F", "--list": "-t" }, valued: ["-D", "-F", "-E", "-H", "-I", "-O", "-M", "-R"] },
    bsdcpio: { aliases: { "--extract": "-i", "--create": "-o", "--pass-through": "-p", "--directory": "-D", "--file": "-F", "--list": "-t" }, valued: ["-D", "-F", "-E", "-H", "-I", "-O", "-M", "-R"] },
    atool: { aliases: { "--extract": "-x", "--extract-to": "-X", "--add": "-a", "--list": "-l" }, valued: ["-X", "-F", "--format", "-O", "-o", "--option", "--config", "-V"] },
    aunpack: { aliases: { "--extract-to": "-X" }, valued: ["-X", "-F", "--format", "-O", "-o", "--option", "--config", "-V"] },
    pigz: { aliases: { "--stdout": "-c", "--to-stdout": "-c", "--decompress": "-d", "--uncompress": "-d", "--keep": "-k", "--suffix": "-S", "--name": "-N", "--no-name": "-n", "--recursive": "-r", "--test": "-t", "--list": "-l", "--force": "-f", "--zlib": "-z", "--zip": "-K" }, valued: ["-S", "-b", "-p", "-I", "-J", "-O", "-M"] },
    unpigz: { aliases: { "--stdout": "-c", "--to-stdout": "-c", "--decompress": "-d", "--uncompress": "-d", "--keep": "-k", "--suffix": "-S", "--name": "-N", "--no-name": "-n", "--recursive": "-r", "--test": "-t", "--list": "-l", "--force": "-f", "--zlib": "-z", "--zip": "-K" }, valued: ["-S", "-b", "-p", "-I", "-J", "-O", "-M"] },
    bzip2: { aliases: { "--decompress": "-d", "--stdout": "-c", "--keep": "-k", "--test": "-t", "--force": "-f" } },
    bunzip2: { aliases: { "--decompress": "-d", "--stdout": "-c", "--keep": "-k", "--test": "-t", "--force": "-f" } },
    lbzip2: { aliases: { "--decompress": "-d", "--stdout": "-c", "--keep": "-k", "--test": "-t", "--force": "-f" }, valued: ["-n"] },
    pbzip2: { aliases: { "--decompress": "-d", "--stdout": "-c", "--keep": "-k", "--test": "-t", "--force": "-f" }, valued: ["-p", "-b", "-m"] },
    xz: { aliases: { "--decompress": "-d", "--uncompress": "-d", "--stdout": "-c", "--to-stdout": "-c", "--keep": "-k", "--test": "-t", "--list": "-l", "--suffix": "-S", "--format": "-F", "--check": "-C", "--threads": "-T", "--memlimit": "-M" }, valued: ["-S", "-F", "-C", "-T", "-M", "--files", "--files0"] },
    unxz: { aliases: { "--decompress": "-d", "--uncompress": "-d", "--stdout": "-c", "--to-stdout": "-c", "--keep": "-k", "--test": "-t", "--list": "-l", "--suffix": "-S", "--format": "-F", "--check": "-C", "--threads": "-T", "--memlimit": "-M" }, valued: ["-S", "-F", "-C", "-T", "-M", "--files", "--files0"] },
    lzma: { aliases: { "--decompress": "-d", "--uncompress": "-d", "--stdout": "-c", "--to-stdout": "-c", "--keep": "-k", "--test": "-t", "--list": "-l", "--suffix": "-S", "--format": "-F", "--check": "-C", "--threads": "-T", "--memlimit": "-M" }, valued: ["-S", "-F", "-C", "-T", "-M", "--files", "--files0"] },
    unlzma: { aliases: { "--decompress": "-d", "--uncompress": "-d", "--stdout": "-c", "--to-stdout": "-c", "--keep": "-k", "--test": "-t", "--list": "-l", "--suffix": "-S", "--format": "-F", "--check": "-C", "--threads": "-T", "--memlimit": "-M" }, valued: ["-S", "-F", "-C", "-T", "-M", "--files", "--files0"] },
    zstd: { aliases: { "--decompress": "-d", "--uncompress": "-d", "--stdout": "-c", "--test": "-t", "--list": "-l", "--threads": "-T" }, valued: ["-o", "-D", "-T", "-B", "-M", "--output-dir-flat", "--output-dir-mirror", "--filelist", "--format", "--patch-from", "--trace", "--memory"] },
    unzstd: { aliases: { "--decompress": "-d", "--uncompress": "-d", "--stdout": "-c", "--test": "-t", "--list": "-l", "--threads": "-T" }, valued: ["-o", "-D", "-T", "-B", "-M", "--output-dir-flat", "--output-dir-mirror", "--filelist", "--format", "--patch-from", "--trace", "--memory"] },
    pzstd: { aliases: { "--decompress": "-d", "--uncompress": "-d", "--stdout": "-c", "--test": "-t", "--list": "-l", "--threads": "-T" }, valued: ["-o", "-D", "-T", "-B", "-M", "--output-dir-flat", "--output-dir-mirror", "--filelist", "--format", "--patch-from", "--trace", "--memory"] },
    lz4: { aliases: { "--decompress": "-d", "--uncompress": "-d", "--stdout": "-c", "--to-stdout": "-c", "--test": "-t", "--multiple": "-m" } },
    unlz4: { aliases: { "--decompress": "-d", "--uncompress": "-d", "--stdout": "-c", "--to-stdout": "-c", "--test": "-t", "--multiple": "-m" } },
    lzip: { aliases: { "--decompress": "-d", "--stdout": "-c", "--keep": "-k", "--test": "-t", "--list": "-l", "--output": "-o" }, valued: ["-o", "-b", "-m", "-s", "-n", "-B"] },
    plzip: { aliases: { "--decompress": "-d", "--stdout": "-c", "--keep": "-k", "--test": "-t", "--list": "-l", "--output": "-o" }, valued: ["-o", "-b", "-m", "-s", "-n", "-B"] },
    lunzip: { aliases: { "--decompress": "-d", "--stdout": "-c", "--keep": "-k", "--test": "-t", "--list": "-l", "--output": "-o" }, valued: ["-o", "-b", "-m", "-s", "-n", "-B"] },
    lzop: { aliases: { "--decompress": "-d", "--uncompress": "-d", "--extract": "-x", "--stdout": "-c", "--to-stdout": "-c", "--test": "-t", "--list": "-l", "--output": "-o", "--path": "-p", "--suffix": "-S", "--delete": "-U", "--name": "-N" }, valued: ["-o", "-p", "-S"] },
    brotli: { aliases: { "--decompress": "-d", "--stdout": "-c", "--test": "-t", "--output": "-o", "--suffix": "-S", "--rm": "-j", "--quality": "-q", "--lgwin": "-w" }, valued: ["-o", "-S", "-q", "-w", "-D"] },
    snzip: { valued: ["-t", "-b"] },
    compress: { valued: ["-b"] },
    ar: { valued: ["--output", "--plugin", "--target"] },
    "llvm-ar": { valued: ["--output", "--plugin", "--target"] },
    jar: { aliases: { "--file": "-f", "--create": "-c", "--extract": "-x", "--list": "-t", "--update": "-u", "--manifest": "-m", "--dir": "-C" }, valued: ["-f", "-m", "-C", "-e", "--main-class", "--release", "--module-version", "-p", "--module-path"] },
    dpkg: { aliases: { "--extract": "-x", "--vextract": "-X", "--control": "-e", "--build": "-b", "--contents": "-c", "--info": "-I", "--field": "-f" } },
    "dpkg-deb": { aliases: { "--extract": "-x", "--vextract": "-X", "--control": "-e", "--build": "-b", "--contents": "-c", "--info": "-I", "--field": "-f", "--raw-extract": "-R" }, valued: ["-Z", "-z", "-S", "--compression-type", "--compression-level", "--compression-strategy", "--path-include", "--path-exclude"] },
    unar: { aliases: { "-output-directory": "-o", "-password": "-p", "-encoding": "-e", "-password-encoding": "-E", "-indexes": "-i", "-forks": "-k" }, valued: ["-o", "-output-directory", "-p", "-password", "-e", "-encoding", "-E", "-password-encoding", "-i", "-indexes", "-k", "-forks"] },
    cabextract: { aliases: { "--directory": "-d", "--list": "-l", "--test": "-t", "--pipe": "-p", "--filter": "-F", "--encoding": "-e" }, valued: ["-d", "-F", "-e"] },
    pax: { valued: ["-f", "-s", "-b", "-o", "-p", "-x", "-T", "-U", "-G", "-B", "-E"] },
    uudecode: { aliases: { "--output-file": "-o" }, valued: ["-o"] },
    zipnote: { valued: ["-b"] },
    zipsplit: { valued: ["-n", "-b"] },
    gzip: { aliases: { "--stdout": "-c", "--to-stdout": "-c", "--decompress": "-d", "--uncompress": "-d", "--keep": "-k", "--suffix": "-S", "--name": "-N", "--no-name": "-n", "--recursive": "-r", "--test": "-t", "--list": "-l", "--force": "-f" }, valued: ["-S"] },
    gunzip: { aliases: { "--stdout": "-c", "--to-stdout": "-c", "--decompress": "-d", "--uncompress": "-d", "--keep": "-k", "--suffix": "-S", "--name": "-N", "--no-name": "-n", "--recursive": "-r", "--test": "-t", "--list": "-l", "--force": "-f" }, valued: ["-S"] },
    patch: { aliases: { "--input": "-i", "--output": "-o", "--directory": "-d", "--strip": "-p", "--reject-file": "-r", "--prefix": "-B", "--basename-prefix": "-Y", "--suffix": "-z", "--version-control": "-V", "--backup": "-b" }, valued: ["-i", "-o", "-d", "-p", "-r", "-D", "-B", "-F", "-V", "-z", "-Y"] },
    ls: { valued: ["-I", "-w", "-T", "--hide", "--ignore", "--color", "--format", "--sort", "--time-style"] },
    stat: { valued: ["-c", "--format", "--printf"] },
    du: { valued: ["-d", "-B", "-t", "--max-depth", "--exclude", "-X"] },
    find: {},
    echo: {},
    printf: {},
    node: { valued: ["-r", "--require", "--import", "--loader", "--experimental-loader", "--input-type", "--conditions", "-C", "--env-file", "--title"] },
    osascript: { valued: ["-e", "-l", "-s"] },
    automator: { valued: ["-i", "-D"] },
    python: { valued: ["-m", "-W", "-X"] },
    python3: { valued: ["-m", "-W", "-X"] },
    pip: { aliases: { "--requirement": "-r", "--constraint": "-c", "--index-url": "-i", "--editable": "-e", "--find-links": "-f", "--target": "-t", "--dest": "-d", "--wheel-dir": "-w" }, valued: ["-r", "-c", "-i", "-e", "-f", "-t", "--extra-index-url", "--trusted-host", "--prefix", "--root", "--src", "--log", "--cert", "--proxy"] },
    pip3: { aliases: { "--requirement": "-r", "--constraint": "-c", "--index-url": "-i", "--editable": "-e", "--find-links": "-f", "--target": "-t", "--dest": "-d", "--wheel-dir": "-w" }, valued: ["-r", "-c", "-i", "-e", "-f", "-t", "--extra-index-url", "--trusted-host", "--prefix", "--root", "--src", "--log", "--cert", "--proxy"] },
    uv: { valued: ["--env-file", "-r", "--requirement", "-c", "--constraint", "--index-url", "-i", "--extra-index-url", "--index", "--default-index", "--find-links", "-f", "-p", "--python", "--directory", "--project"] },
    pnpm: { valued: ["--registry", "-C", "--dir", "--filter", "-F", "--reporter"] },
    yarn: { valued: ["--registry", "--cwd", "--cache-folder", "--modules-folder"] },
    npx: { valued: ["-p", "--package", "-c", "--call", "--registry"] },
    multipass: { valued: ["-g", "--gid-map", "-u", "--uid-map", "-t", "--type", "-d", "--working-directory", "-n", "--name", "-c", "--cpus", "-m", "--memory", "--disk", "--cloud-init", "--network", "--timeout", "--mount"] },
    minikube: { aliases: { "--mount": "--mount" }, valued: ["-p", "--profile", "-n", "--node", "--mount-string", "--ip", "--port", "--uid", "--gid", "--type", "--msize", "--mode", "--options", "--9p-version", "--bind-address", "--driver", "--cpus", "--memory", "--kubernetes-version", "--container-runtime"] },
    go: { valued: ["-C", "-o", "-modfile", "-tags", "-ldflags", "-gcflags", "-p", "-mod", "-pkgdir", "-asmflags", "-gccgoflags", "-replace"] },
    cargo: { valued: ["--manifest-path", "--registry", "--index", "--target-dir", "-p", "--package", "-j", "--jobs", "--features", "-F", "--bin", "--example", "--test", "--target", "-Z", "--config", "-C"] },
    ssh: { valued: ["-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w", "-B", "-P"] },
    scp: { aliases: { "-R": "-r" }, valued: ["-c", "-D", "-F", "-i", "-J", "-l", "-o", "-P", "-S", "-X"] },
    sftp: { valued: ["-B", "-b", "-c", "-D", "-F", "-i", "-J", "-l", "-o", "-P", "-R", "-S", "-s", "-X"] },
    rsync: { aliases: { "--recursive": "-r", "--archive": "-a", "--rsh": "-e", "--exclude-from": "--exclude-from", "--files-from": "--files-from" }, valued: ["-e", "-f", "-B", "-M", "-T", "--exclude", "--include", "--exclude-from", "--include-from", "--files-from", "--filter", "--backup-dir", "--suffix", "--partial-dir", "--temp-dir", "--log-file", "--password-file", "--chmod", "--chown", "--rsync-path", "--port", "--address", "--compare-dest", "--copy-dest", "--link-dest"] },
    nc: { valued: ["-e", "-c", "-i", "-I", "-O", "-p", "-q", "-s", "-T", "-V", "-w", "-X", "-x", "-M", "-m"] },
    ncat: { valued: ["-e", "-c", "-i", "-p", "-s", "-w", "-x", "--proxy", "--proxy-type", "-o", "--output", "--exec", "--sh-exec", "--lua-exec"] },
    netcat: { valued: ["-e", "-c", "-i", "-p", "-q", "-s", "-w", "-x"] },
    telnet: { valued: ["-b", "-e", "-l", "-n", "-k", "-X"] },
    ping: { valued: ["-c", "-i", "-I", "-l", "-m", "-M", "-p", "-Q", "-s", "-S", "-t", "-T", "-w", "-W"] },
    ping6: { valued: ["-c", "-i", "-I", "-l", "-m", "-M", "-p", "-Q", "-s", "-S", "-t", "-T", "-w", "-W"] },
    traceroute: { valued: ["-f", "-g", "-i", "-m", "-N", "-p", "-t", "-w", "-q", "-s", "-z"] },
    dig: { valued: ["-b", "-c", "-f", "-k", "-p", "-q", "-t", "-x", "-y"] },
    host: { valued: ["-c", "-N", "-R", "-t", "-W", "-m"] },
    openssl: { valued: ["-connect", "-proxy", "-servername", "-cert", "-key", "-CAfile", "-in", "-out", "-port", "-inkey", "-signkey", "-keyout", "-passin", "-passout", "-pass"] },
    ftp: {},
    prettier: { aliases: { "-w": "--write", "-c": "--check", "-l": "--list-different", "--config-path": "--config" }, valued: ["--config", "--ignore-path", "--plugin", "--parser", "--print-width", "--tab-width", "--trailing-comma", "--end-of-line", "--prose-wrap", "--arrow-parens", "--quote-props", "--html-whitespace-sensitivity", "--embedded-language-formatting", "--object-wrap", "--experimental-operator-position", "--cursor-offset", "--range-start", "--range-end", "--stdin-filepath", "--log-level", "--cache-location", "--cache-strategy", "--config-precedence"] },
    eslint: { aliases: { "--config": "-c", "--output-file": "-o", "--format": "-f" }, valued: ["-c", "-f", "-o", "--ext", "--env", "--global", "--parser", "--parser-options", "--resolve-plugins-relative-to", "--rulesdir", "--plugin", "--rule", "--fix-type", "--ignore-path", "--ignore-pattern", "--stdin-filename", "--max-warnings", "--cache-location", "--cache-strategy", "--report-unused-disable-directives-severity", "--concurrency", "--flag"] },
    stylelint: { aliases: { "--config": "-c", "--ignore-path": "-i", "--output-file": "-o", "--formatter": "-f" }, valued: ["-c", "-i", "-o", "-f", "--config-basedir", "--ignore-pattern", "--custom-syntax", "--custom-formatter", "--cache-location", "--cache-strategy", "--max-warnings", "--stdin-filename", "--report-descriptionless-disables", "--ip"] },
    markdownlint: { aliases: { "--config": "-c", "--output": "-o", "--ignore-path": "-p", "--rules": "-r", "--ignore": "-i" }, valued: ["-c", "-o", "-p", "-r", "-i", "--configPointer"] },
    black: { aliases: { "--code": "-c" }, valued: ["-c", "--config", "-l", "--line-length", "-t", "--target-version", "--include", "--exclude", "--extend-exclude", "--force-exclude", "--stdin-filename", "-W", "--workers", "--python-cell-magics", "--required-version", "--enable-unstable-feature"] },
    isort: { aliases: { "-c": "--check-only", "--check": "--check-only", "--sp": "--settings-path", "--settings-file": "--settings-path", "--settings": "--settings-path" }, valued: ["--settings-path", "-l", "--line-length", "-p", "--project", "--profile", "-m", "--multi-line", "--skip", "-s", "--skip-glob", "--sg", "--filename", "-j", "--jobs", "--py", "--python-version", "--src", "--src-path", "-a", "--add-import", "--rm", "--remove-import"] },
    autopep8: { aliases: { "--in-place": "-i", "--recursive": "-r", "--diff": "-d" }, valued: ["--global-config", "--max-line-length", "--select", "--ignore", "--exclude", "-j", "--jobs", "-p", "--pep8-passes", "--indent-size", "--line-range", "--range"] },
    yapf: { aliases: { "--in-place": "-i", "--recursive": "-r", "--diff": "-d" }, valued: ["--style", "-e", "--exclude", "-l", "--lines"] },
    ruff: { aliases: { "--output-file": "-o" }, valued: ["--config", "-o", "--select", "--extend-select", "--ignore", "--extend-ignore", "--fixable", "--unfixable", "--exclude", "--extend-exclude", "--per-file-ignores", "--extend-per-file-ignores", "--line-length", "--target-version", "--output-format", "--stdin-filename", "--cache-dir", "--range", "--dummy-variable-rgx"] },
    gofmt: { aliases: { "--w": "-w", "--l": "-l", "--d": "-d", "--r": "-r" }, valued: ["-r"] },
    gofumpt: { aliases: { "--w": "-w", "--l": "-l", "--d": "-d" }, valued: ["-lang", "-modpath"] },
    goimports: { aliases: { "--w": "-w", "--l": "-l", "--d": "-d", "--local": "-local", "--srcdir": "-srcdir" }, valued: ["-local", "-srcdir"] },
    rustfmt: { valued: ["--config-path", "--config", "--edition", "--emit", "--color", "--style-edition"] },
    "clang-format": { valued: ["--style", "-style", "--files", "--assume-filename", "--fallback-style", "--lines", "--offset", "--length", "--cursor", "--qualifier-alignment"] },
    shfmt: { aliases: { "--write": "-w", "--list": "-l", "--diff": "-d" }, valued: ["-i", "--indent", "-ln", "--language-dialect", "--filename", "--apply-ignore"] },
    biome: { valued: ["--config-path", "--colors", "--log-level", "--log-kind", "--max-diagnostics", "--diagnostic-level", "--reporter", "--stdin-file-path", "--since", "--only", "--skip", "--vcs-root", "--files-max-size", "--indent-style", "--indent-width", "--line-width", "--line-ending"] },
    "markdownlint-cli2": { valued: ["--config"] },
    rubocop: { aliases: { "--autocorrect": "-a", "--auto-correct": "-a", "--autocorrect-all": "-A", "--auto-correct-all": "-A", "--fix-layout": "-x", "--config": "-c", "--out": "-o", "--require": "-r", "--stdin": "-s", "--format": "-f" }, valued: ["-c", "-o", "-r", "-s", "-f", "--only", "--except", "--fail-level", "--cache-root", "--exclude-limit", "--plugin"] },
    oxlint: { aliases: { "--config": "-c" }, valued: ["-c", "-A", "-W", "-D", "--allow", "--warn", "--deny", "--ignore-path", "--ignore-pattern", "--format", "-f", "--max-warnings", "--tsconfig", "--threads"] },
    "golangci-lint": { aliases: { "--config": "-c", "--diff": "-d" }, valued: ["-c", "-E", "-D", "--enable", "--disable", "--timeout", "--build-tags", "--concurrency", "-j", "--out-format", "--output.text.path", "--max-issues-per-linter", "--max-same-issues", "--new-from-rev", "--path-prefix"] },
    "php-cs-fixer": { valued: ["--config", "--rules", "--format", "--path-mode", "--cache-file", "--allow-risky", "--using-cache"] },
    stylua: { aliases: { "--config": "--config-path", "-f": "--config-path" }, valued: ["--config-path", "--indent-type", "--indent-width", "--column-width", "--line-endings", "--quote-style", "--call-parentheses", "--collapse-simple-statement", "--search-parent-directories", "--stdin-filepath", "--sort-requires", "-g", "--glob", "--num-threads"] },
    ktlint: { aliases: { "--format": "-F" }, valued: ["--reporter", "--editorconfig", "--ruleset", "-R", "--baseline", "--log-level"] },
    dart: { aliases: { "--output": "-o", "--line-length": "-l" }, valued: ["-o", "-l", "--language-version", "--enable-experiment", "--page-width", "--indent", "--code"] },
    sqlfluff: { valued: ["--dialect", "--templater", "--rules", "--exclude-rules", "--config", "--ignore", "--processes", "-p", "--format", "-f", "--write-output", "--bench", "--stdin-filename", "--encoding", "--warn-unused-ignores", "-l", "-v"] },
    buf: { aliases: { "--write": "-w", "--diff": "-d" }, valued: ["--config", "-o", "--output", "--path", "--exclude-path", "--error-format"] },
    dprint: { aliases: { "--config": "-c" }, valued: ["-c", "--excludes", "--plugins", "--stdin", "--log-level", "--incremental"] },
    php: { valued: ["-S", "-t", "-d", "-c", "-r", "-f", "-B", "-R", "-F", "-E", "-z"] },
    nmap: { valued: ["-p", "-e", "-S", "-D", "-g", "-iL", "-iR", "-oN", "-oX", "-oG", "-oS", "-oA", "--script", "--script-args", "--exclude", "--excludefile", "--datadir", "--resume", "--proxies", "--top-ports", "--max-retries", "--host-timeout", "--scan-delay", "--min-rate", "--max-rate", "--ttl", "--source-port", "--data-length", "--mtu", "-b"] },
    drill: { valued: ["-k", "-r", "-p", "-b", "-c", "-q", "-s", "-y", "-w", "-x"] },
    masscan: { valued: ["-p", "--ports", "--rate", "-iL", "-c", "--excludefile", "--exclude", "-oX", "-oJ", "-oG", "-oL", "-oB", "--adapter", "--router-mac", "--source-ip", "--source-port"] },
    hping3: { valued: ["-c", "-i", "-I", "-a", "-p", "-s", "-t", "-d", "-E", "--file", "-w", "-o", "-H", "-M", "-L", "-K", "-C"] },
    arping: { valued: ["-c", "-w", "-I", "-s", "-i", "-W", "-S", "-T", "-t"] },
    fping: { valued: ["-c", "-C", "-f", "-i", "-p", "-t", "-r", "-b", "-B", "-g", "-I", "-O", "-H", "-S", "-Q"] },
    "ssh-keyscan": { valued: ["-f", "-p", "-T", "-t", "-O"] },
    "gnutls-cli": { valued: ["-p", "--port", "--x509cafile", "--x509certfile", "--x509keyfile", "--save-cert", "--save-ocsp", "--priority", "-d", "--debug"] },
    tsx: { valued: ["--env-file", "--env-file-if-exists", "--tsconfig", "-r", "--require", "--import"] },
    dotenv: { valued: ["-e", "-f", "--file", "-c", "-v"] },
    "gallery-dl": { aliases: { "--destination": "-d", "--directory": "-D", "--input-file": "-i", "--config": "-c", "--cookies": "-C", "--username": "-u", "--password": "-p", "--option": "-o", "--filename": "-f", "--limit-rate": "-r", "--retries": "-R" }, valued: ["-d", "-D", "-i", "-c", "-C", "-u", "-p", "-o", "-f", "-r", "-R", "--download-archive", "--proxy", "--exec", "--exec-after", "--range", "--filter"] },
    httrack: { aliases: { "--path": "-O", "--list": "-%L", "--proxy": "-P", "--user-agent": "-F", "--depth": "-r", "--urllist": "-%S" }, valued: ["-O", "-%L", "-P", "-F", "-r", "-%S"] },
    grpcurl: { valued: ["-proto", "-protoset", "-import-path", "-cert", "-key", "-cacert", "-protoset-out", "-proto-out-dir", "-d", "-H", "-rpc-header", "-reflect-header", "-authority", "-servername", "-max-time", "-connect-timeout", "-keepalive-time", "-max-msg-sz", "-format", "-user-agent", "-alts-target-service-account", "-alts-handshaker-service"] },
    mcli: { aliases: { "--config-dir": "-C" }, valued: ["-C", "--encrypt-key", "--encrypt", "--attr", "--storage-class", "--tags", "--limit-upload", "--limit-download", "--older-than", "--newer-than"] },
    w3m: { valued: ["-config", "-bookmark", "-o", "-T", "-I", "-O", "-cols", "-ppc", "-ppl", "-post", "-header"] },
    elinks: { valued: ["-config-dir", "-config-file", "-eval", "-dump-width", "-dump-charset", "-remote", "-session-ring", "-base-session"] },
    "yt-dlp": { aliases: { "--output": "-o", "--paths": "-P", "--batch-file": "-a" }, valued: ["-o", "-P", "-a", "-f", "--cookies", "--download-archive", "--proxy", "-u", "-p", "-r", "-R", "-N", "--exec", "--exec-before-download", "--config-locations", "--plugin-dirs"] },
    "youtube-dl": { aliases: { "--output": "-o", "--batch-file": "-a" }, valued: ["-o", "-a", "-f", "--cookies", "--download-archive", "--proxy", "-u", "-p", "-r", "-R", "--exec", "--config-location"] },
    aria2c: { aliases: { "--dir": "-d", "--out": "-o", "--input-file": "-i" }, valued: ["-d", "-o", "-i", "-x", "-s", "-j", "-k", "-t", "-l", "--log", "--save-session", "--all-proxy", "--http-proxy", "--https-proxy"] },
    psql: { aliases: { "--host": "-h", "--file": "-f", "--output": "-o", "--log-file": "-L", "--username": "-U", "--port": "-p", "--dbname": "-d", "--command": "-c" }, valued: ["-h", "-f", "-o", "-L", "-U", "-p", "-d", "-c", "-v", "-P", "-T", "-F", "-R"] },
    pg_dump: { aliases: { "--host": "-h", "--file": "-f", "--username": "-U", "--port": "-p", "--dbname": "-d" }, valued: ["-h", "-f", "-U", "-p", "-d", "-n", "-N", "-t", "-T", "-F", "-j", "-Z", "-E", "-S"] },
    pg_dumpall: { aliases: { "--host": "-h", "--file": "-f", "--username": "-U", "--port": "-p", "--dbname": "-d" }, valued: ["-h", "-f", "-U", "-p", "-d", "-S", "-l", "-E"] },
    pg_restore: { aliases: { "--host": "-h", "--file": "-f", "--username": "-U", "--port": "-p", "--dbname": "-d", "--use-list": "-L" }, valued: ["-h", "-f", "-U", "-p", "-d", "-L", "-n", "-N", "-t", "-T", "-F", "-j", "-I", "-P", "-S", "-e"] },
    pgcli: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p" }, valued: ["-h", "-d", "-U", "-u", "-p", "-D", "--log-file"] },
    mysql: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P", "--database": "-D", "--execute": "-e" }, valued: ["-h", "--defaults-file", "--defaults-extra-file", "--ssl-key", "--ssl-cert", "--ssl-ca", "-u", "-P", "-D", "-e", "-S", "--tee"] },
    mariadb: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P", "--database": "-D", "--execute": "-e" }, valued: ["-h", "--defaults-file", "--defaults-extra-file", "--ssl-key", "--ssl-cert", "--ssl-ca", "-u", "-P", "-D", "-e", "-S", "--tee"] },
    mycli: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P", "--database": "-D", "--execute": "-e", "--logfile": "-l" }, valued: ["-h", "-u", "-P", "-D", "-e", "-S", "-l", "-p"] },
    mysqldump: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P", "--result-file": "-r", "--tab": "-T" }, valued: ["-h", "--defaults-file", "--defaults-extra-file", "--ssl-key", "--ssl-cert", "--ssl-ca", "-u", "-P", "-r", "-S", "-T"] },
    "mariadb-dump": { aliases: { "--host": "-h", "--user": "-u", "--port": "-P", "--result-file": "-r", "--tab": "-T" }, valued: ["-h", "--defaults-file", "--defaults-extra-file", "--ssl-key", "--ssl-cert", "--ssl-ca", "-u", "-P", "-r", "-S", "-T"] },
    "redis-cli": { valued: ["-h", "-p", "-a", "-u", "-n", "-s", "-r", "-i", "--user", "--pass", "--rdb", "--functions-rdb"] },
    "valkey-cli": { valued: ["-h", "-p", "-a", "-u", "-n", "-s", "-r", "-i", "--user", "--pass", "--rdb", "--functions-rdb"] },
    "keydb-cli": { valued: ["-h", "-p", "-a", "-u", "-n", "-s", "-r", "-i", "--user", "--pass", "--rdb", "--functions-rdb"] },
    "redis-benchmark": { valued: ["-h", "-p", "-a", "-u", "-s", "-c", "-n", "-d", "-r", "-P", "-t", "--user"] },
    pgbench: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p", "--file": "-f" }, valued: ["-h", "-d", "-U", "-p", "-f", "-b", "-c", "-j", "-T", "-t", "-s", "-D", "-R", "-L", "-P", "-M"] },
    createdb: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p" }, valued: ["-h", "-U", "-p", "-O", "-T", "-E", "-D", "-l", "--maintenance-db"] },
    dropdb: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p" }, valued: ["-h", "-U", "-p", "--maintenance-db"] },
    createuser: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p" }, valued: ["-h", "-U", "-p", "-c", "-g"] },
    dropuser: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p" }, valued: ["-h", "-U", "-p"] },
    vacuumdb: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p" }, valued: ["-h", "-d", "-U", "-p", "-t", "-n", "-N", "-j", "-P", "--maintenance-db"] },
    reindexdb: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p" }, valued: ["-h", "-d", "-U", "-p", "-t", "-i", "-S", "-j", "--maintenance-db"] },
    clusterdb: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p" }, valued: ["-h", "-d", "-U", "-p", "-t", "--maintenance-db"] },
    pg_isready: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p" }, valued: ["-h", "-d", "-U", "-p", "-t"] },
    pg_basebackup: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p", "--pgdata": "-D" }, valued: ["-h", "-d", "-U", "-p", "-D", "-F", "-X", "-Z", "-c", "-l", "-r", "-S", "-T", "-t"] },
    pg_receivewal: { aliases: { "--host": "-h", "--dbname": "-d", "--username": "-U", "--port": "-p", "--directory": "-D" }, valued: ["-h", "-d", "-U", "-p", "-D", "-E", "-S", "-Z", "-s"] },
    mysqladmin: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P" }, valued: ["-h", "-u", "-P", "-S", "--defaults-file", "--defaults-extra-file", "--ssl-key", "--ssl-cert", "--ssl-ca"] },
    mysqlshow: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P" }, valued: ["-h", "-u", "-P", "-S", "--defaults-file", "--defaults-extra-file", "--ssl-key", "--ssl-cert", "--ssl-ca"] },
    mysqlcheck: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P" }, valued: ["-h", "-u", "-P", "-S", "--defaults-file", "--defaults-extra-file", "--ssl-key", "--ssl-cert", "--ssl-ca"] },
    mysqlimport: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P" }, valued: ["-h", "-u", "-P", "-S", "--fields-terminated-by", "--columns", "-c", "--defaults-file", "--defaults-extra-file", "--ssl-key", "--ssl-cert", "--ssl-ca"] },
    mysqlpump: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P" }, valued: ["-h", "-u", "-P", "-S", "--result-file", "--defaults-file", "--defaults-extra-file", "--ssl-key", "--ssl-cert", "--ssl-ca"] },
    mysqlbinlog: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P", "--result-file": "-r" }, valued: ["-h", "-u", "-P", "-S", "-r", "-d", "--start-position", "--stop-position", "--start-datetime", "--stop-datetime", "--defaults-file", "--defaults-extra-file", "--ssl-key", "--ssl-cert", "--ssl-ca"] },
    mongostat: { aliases: { "--host": "-h" }, valued: ["-h", "--uri", "-u", "-p", "--port"] },
    mongotop: { aliases: { "--host": "-h" }, valued: ["-h", "--uri", "-u", "-p", "--port"] },
    smbclient: { valued: ["-L", "-I", "-A", "--authentication-file", "-U", "-W", "-c", "-D", "-p", "-n", "-s", "-l", "-m", "-t", "-T", "-O", "-R"] },
    "cypher-shell": { valued: ["-a", "--address", "-u", "-p", "-d", "-f", "--file", "--format"] },
    ldapsearch: { valued: ["-H", "-h", "-p", "-D", "-w", "-y", "-b", "-s", "-f", "-l", "-z", "-o", "-e", "-E"] },
    ldapmodify: { valued: ["-H", "-h", "-p", "-D", "-w", "-y", "-f", "-o", "-e", "-E"] },
    ldapadd: { valued: ["-H", "-h", "-p", "-D", "-w", "-y", "-f", "-o", "-e", "-E"] },
    ldapdelete: { valued: ["-H", "-h", "-p", "-D", "-w", "-y", "-f", "-o", "-e", "-E"] },
    ldapwhoami: { valued: ["-H", "-h", "-p", "-D", "-w", "-y", "-o", "-e", "-E"] },
    mosquitto_pub: { valued: ["-h", "-p", "-L", "-t", "-m", "-f", "-u", "-P", "-i", "-q", "--cafile", "--cert", "--key"] },
    mosquitto_sub: { valued: ["-h", "-p", "-L", "-t", "-u", "-P", "-i", "-q", "-C", "-W", "--cafile", "--cert", "--key"] },
    kcat: { valued: ["-b", "-t", "-p", "-o", "-c", "-F", "-X", "-G", "-f", "-K", "-D", "-k", "-s"] },
    kafkacat: { valued: ["-b", "-t", "-p", "-o", "-c", "-F", "-X", "-G", "-f", "-K", "-D", "-k", "-s"] },
    etcdctl: { valued: ["--endpoints", "--cacert", "--cert", "--key", "--user", "--password", "-w"] },
    nats: { valued: ["-s", "--server", "--creds", "--user", "--password", "--context"] },
    vault: { valued: ["-address", "--address", "-ca-cert", "-client-key", "-client-cert", "-namespace", "-format", "-field", "-mount"] },
    consul: { valued: ["-http-addr", "--http-addr", "-ca-file", "-client-key", "-client-cert", "-token", "-datacenter"] },
    mongosh: { aliases: { "--file": "-f" }, valued: ["--host", "--port", "-u", "--username", "-p", "--password", "--eval", "--file", "-f", "--authenticationDatabase"] },
    mongo: { valued: ["--host", "--port", "-u", "--username", "-p", "--password", "--eval", "--authenticationDatabase"] },
    mongodump: { aliases: { "--host": "-h", "--out": "-o", "--db": "-d", "--collection": "-c" }, valued: ["-h", "--uri", "-o", "-d", "-c", "-u", "-p", "-q", "--port"] },
    mongorestore: { aliases: { "--host": "-h", "--db": "-d", "--collection": "-c" }, valued: ["-h", "--uri", "--dir", "-d", "-c", "-u", "-p", "--port", "--nsInclude", "--nsExclude"] },
    mongoexport: { aliases: { "--host": "-h", "--out": "-o", "--db": "-d", "--collection": "-c" }, valued: ["-h", "--uri", "-o", "-d", "-c", "-u", "-p", "-q", "-f", "--port", "--type"] },
    mongoimport: { aliases: { "--host": "-h", "--db": "-d", "--collection": "-c" }, valued: ["-h", "--uri", "--file", "-d", "-c", "-u", "-p", "-f", "--port", "--type"] },
    clickhouse: { aliases: { "--host": "-h", "--query": "-q" }, valued: ["-h", "-q", "--port", "-u", "--user", "--password", "-d", "--database", "--queries-file", "-f", "--format"] },
    "clickhouse-client": { aliases: { "--host": "-h", "--query": "-q" }, valued: ["-h", "-q", "--port", "-u", "--user", "--password", "-d", "--database", "--queries-file", "-f", "--format"] },
    cqlsh: { aliases: { "--file": "-f", "--execute": "-e" }, valued: ["-f", "-e", "-u", "-p", "-k", "--cqlversion", "--request-timeout", "--connect-timeout", "--cqlshrc"] },
    sqlcmd: { valued: ["-S", "-U", "-P", "-d", "-i", "-o", "-Q", "-q", "-v", "-s", "-w", "-h", "-t", "-l", "-H", "-W"] },
    influx: { aliases: { "--file": "-f" }, valued: ["-host", "--host", "-port", "-path", "-f", "--file", "-database", "-execute", "-format", "-username", "-password", "-t", "--token", "-o", "--org"] },
    mysqlsh: { aliases: { "--host": "-h" }, valued: ["-h", "--uri", "-u", "--user", "-P", "--port", "-e", "--execute", "-f", "--file", "-D", "--database"] },
    trino: { valued: ["--server", "-f", "--file", "--execute", "--catalog", "--schema", "--user", "--output-format"] },
    presto: { valued: ["--server", "-f", "--file", "--execute", "--catalog", "--schema", "--user", "--output-format"] },
    snowsql: { aliases: { "--filename": "-f" }, valued: ["-a", "--accountname", "-u", "--username", "-d", "--dbname", "-s", "--schemaname", "-r", "--rolename", "-w", "--warehouse", "-f", "--filename", "-q", "--query", "-o", "--option", "-c", "--connection", "--config"] },
    gh: { valued: ["-R", "--repo", "--hostname", "-X", "--method", "-f", "--field", "-F", "--raw-field", "-H", "--header", "--input", "--env-file", "-q", "--jq", "-t", "--template"] },
    glab: { valued: ["-R", "--repo", "--hostname", "-X", "--method", "-f", "--raw-field", "-F", "--field", "-H", "--header", "--input", "--notes-file", "-t", "--title", "-d", "--description", "-N", "--notes"] },
    tea: { valued: ["--url", "-l", "--login", "-r", "--repo", "-o", "--output"] },
    aws: { valued: ["--profile", "--region", "--endpoint-url", "--output", "--query", "--ca-bundle", "--cli-input-json", "--cli-input-yaml"] },
    gcloud: { valued: ["--project", "--account", "--configuration", "--format", "--flags-file", "--impersonate-service-account", "--verbosity"] },
    az: { valued: ["--subscription", "-o", "--output", "--query", "-g", "--resource-group"] },
    git: {
      globalValued: ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path", "--super-prefix", "--config-env", "--list-cmds", "--attr-source"],
      globalFlags: ["-p", "--paginate", "-P", "--no-pager", "--bare", "--no-replace-objects", "--literal-pathspecs", "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs", "--no-optional-locks", "--no-advice", "--html-path", "--man-path", "--info-path", "--version", "--help"],
      subcommandAliases: { "send-pack": "push" },
      implies: { "filter-branch": ["commit"], "filter-repo": ["commit"], "cherry-pick": ["commit"], revert: ["commit"], merge: ["commit"], am: ["commit"], rebase: ["commit"], "commit-tree": ["commit"], pull: ["fetch", "merge", "commit"] },
      neutralGlobals: { flags: ["-P", "--no-pager", "--no-replace-objects", "--literal-pathspecs", "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs", "--no-optional-locks", "--no-advice"], dirs: ["-C"], opaque: ["-c", "--config-env"] },
      subcommands: {
        stash: { valued: ["-m", "--message"] },
        api: { valued: ["-X", "--method", "-F", "--field", "-f", "--raw-field", "-H", "--header", "--input", "--cache"] },
        apply: { valued: ["--directory", "--exclude", "--include", "--whitespace", "-p", "-C"] },
        am: { valued: ["--directory", "--exclude", "--include", "--whitespace", "-p", "-C"] },
        push: { aliases: { "-f": "--force", "--force-with-lease": "--force", "--force-if-includes": "--force", "--mirror": "--force", "-d": "--delete", "-u": "--set-upstream" }, valued: ["-o", "--push-option", "--repo", "--receive-pack", "--exec"], forcing: "+" },
        commit: { aliases: { "-a": "--all", "-m": "--message", "-n": "--no-verify" }, valued: ["-m", "--message", "-F", "--file", "-c", "-C", "--author", "--date", "-t", "--template", "--fixup", "--squash", "--cleanup"] },
        reset: { valued: [] },
        clean: { aliases: { "--force": "-f", "--dry-run": "-n" }, valued: ["-e", "--exclude"] },
        checkout: { aliases: { "--force": "-f", "--patch": "-p" }, valued: ["-b", "-B", "--orphan"] },
        restore: { aliases: { "--source": "-s", "--patch": "-p" }, valued: ["-s"] },
        "merge-file": { aliases: { "--stdout": "-p" }, valued: ["-L"] },
        "update-index": { triples: ["--cacheinfo"], valued: ["--index-version"] },
        "checkout-index": { aliases: { "--all": "-a" }, valued: ["--prefix", "--stage"] },
        "read-tree": { valued: ["--prefix", "--index-output", "--exclude-per-directory"] },
        "format-patch": { aliases: { "--output-directory": "-o" }, valued: ["-o", "-v", "--reroll-count", "--start-number", "--subject-prefix", "--in-reply-to", "--to", "--cc", "--signature-file", "--suffix", "--base", "--interdiff", "--range-diff", "--creation-factor", "--output"] },
        replace: { aliases: { "--delete": "-d", "--list": "-l" }, valued: ["--format"] },
        branch: { aliases: { "--delete": "-d", "--force": "-f", "-D": "-D" }, valued: [] },
        rebase: { valued: ["--onto", "-x", "--exec", "-s", "--strategy", "-X"] },
        clone: { valued: ["-b", "--branch", "-o", "--origin", "--depth", "-u", "--upload-pack", "--reference", "-c", "--config", "--template", "-j", "--filter"] },
        fetch: { valued: ["--depth", "--upload-pack", "-j", "--refmap", "-o"] },
        pull: { valued: ["--depth", "--upload-pack", "-s", "--strategy", "-X", "-j"] },
        grep: { valued: ["-e", "-f", "-A", "-B", "-C", "--after-context", "--before-context", "--context", "--max-depth", "-m", "--max-count", "--threads"] }
      }
    }
  }
};

// src/match/lazy-table.ts
function isEntryTexts(raw) {
  return typeof raw.text == "function" && Array.isArray(raw.names);
}
var LazyTable = class {
  constructor(raw) {
    this.raw = raw;
    this.known = new Set(isEntryTexts(raw) ? raw.names : Object.keys(raw).filter((k) => !k.startsWith("$")));
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
    return entry !== void 0 || !this.known.has(name) || (entry = isEntryTexts(this.raw) ? JSON.parse(this.raw.text(name)) : this.raw[name], this.parsed.set(name, entry)), entry;
  }
};

// src/match/program-tables.ts
var PROGRAM_DATA = programs_default, PROGRAM_SPECS = new LazyTable(PROGRAM_DATA.programs), TOUCH_MODELS = new LazyTable(PROGRAM_DATA.touch), REGISTRY_DATA = PROGRAM_DATA.registries, PROGRAM_HAZARDS = new LazyTable(program_hazards_default.programs);

// src/match/git-config.ts
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
  if (PLAIN_KEYS.has(k) || k.startsWith("advice.") && !k.includes(".", 7)) return !0;
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
  let words = args.slice(at + 1), opaque = (why, word) => word === void 0 ? { reason: `"git config" ${why}` } : { reason: `"git config ${word}" ${why}`, construct: `git config ${word}` }, operands = [], reading = !1, unsetting = !1;
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    if (w.dynamic) return opaque("is given a word known only at run time: it may set any key");
    if (operands.length === 0 && !w.value.startsWith("-")) {
      if (READING_VERBS.has(w.value)) reading = !0;
      else {
        if (w.value === "edit") return opaque("opens the configuration in an editor: any key may be set", w.value);
        if (w.value === "set") continue;
        if (w.value === "unset") unsetting = !0;
        else {
          if (w.value === "rename-section" || w.value === "remove-section") return opaque("can move keys into sections that run programs", w.value);
          operands.push(w);
        }
      }
      continue;
    }
    if (w.value === "-e" || w.value === "--edit") return opaque("opens the configuration in an editor: any key may be set", w.value);
    if (w.value === "--rename-section" || w.value === "--remove-section") return opaque("can move keys into sections that run programs", w.value);
    reads(w.value) ? reading = !0 : w.value.startsWith("--unset") ? unsetting = !0 : VALUED.has(w.value) ? i++ : w.value.startsWith("-") || operands.push(w);
  }
  if (reading) return;
  let key = operands[0];
  if (key && !(operands.length === 1 && !unsetting) && !plainKey(key.value))
    return opaque("sets configuration that can make git run a program, read another file or contact another host", key.value);
}

// src/match/short-options.ts
function readShortCluster(word, letter) {
  let flags = [];
  for (let j = 1; j < word.length; j++) {
    let ch = word[j], kind = letter(ch);
    if (kind === "flag") {
      flags.push(ch);
      continue;
    }
    if (kind === "unknown") return { flags, unknown: ch, nextWord: !1 };
    let rest = j + 1 < word.length ? word.slice(j + 1) : void 0;
    return { flags, valued: ch, attached: rest, nextWord: rest === void 0 && kind === "value" };
  }
  return { flags, nextWord: !1 };
}

// src/match/inline-programs.ts
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

// src/match/own.ts
function own(table, key) {
  return table !== void 0 && Object.hasOwn(table, key) ? table[key] : void 0;
}
function ownEntries(table) {
  return new Map(Object.entries(table));
}
var ENTRY_MAPS = /* @__PURE__ */ new WeakMap();
function ownOf(table, key) {
  if (table === void 0) return;
  let entries = ENTRY_MAPS.get(table);
  return entries === void 0 && ENTRY_MAPS.set(table, entries = ownEntries(table)), entries.get(key);
}

// src/match/shell-hazards.ts
var KINDS = ["code", "elsewhere", "checked"], HAZARDS_BY_NAME = PROGRAM_HAZARDS.view(), OPTIONS_BY_NAME = PROGRAM_SPECS.view();
var INFORMATIONAL = /^-(?:-?version|-?help)$/;
function statementLanguage(program, args) {
  let whole = runs(program, HAZARDS_BY_NAME.get(program), args);
  if (whole) return whole;
  if (!hasLongerKeys(program)) return;
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
function runs(name, h, rest) {
  return h?.statements !== void 0 && !(rest.length > 0 && rest.every((a) => !a.dynamic && (INFORMATIONAL.test(a.value) || (h.informational ?? []).includes(a.value)))) ? { name, language: h.statements } : void 0;
}
var keyHeads;
function hasLongerKeys(program) {
  if (keyHeads === void 0) {
    let heads = /* @__PURE__ */ new Set();
    for (let name of HAZARDS_BY_NAME.names())
      for (let sp = name.indexOf(" "); sp >= 0; sp = name.indexOf(" ", sp + 1)) heads.add(name.slice(0, sp));
    keyHeads = heads;
  }
  return keyHeads.has(program);
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
  if (!word.startsWith("-") || word.startsWith("--") || word.length < 2 || option.length !== 2) return !1;
  let letter = option[1], c = readShortCluster(word, (ch) => valuedShort.includes(`-${ch}`) ? "value" : "flag");
  return c.valued === letter || c.flags.includes(letter);
}
function listsFor(h, sub) {
  if (!h.subcommands) return [h];
  if (sub === null) return [h, ...Object.values(h.subcommands)];
  let lists = sub !== void 0 ? ownOf(h.subcommands, sub) : void 0, shared = h.shared ? [h] : [];
  return lists ? [lists, ...shared] : shared;
}
var INDEXES = /* @__PURE__ */ new WeakMap();
function optionIndex(l) {
  let index = INDEXES.get(l);
  if (index !== void 0) return index;
  index = { options: [], long: /* @__PURE__ */ new Map(), longest: 0, short: /* @__PURE__ */ new Map(), starts: [] };
  for (let kind of KINDS) {
    let spelled = !0;
    for (let option of l[kind] ?? []) {
      let place = index.options.length;
      index.options.push({ kind, option }), option === "" && (spelled = !1), spelled && (option === "+" || !option.startsWith("-") ? index.starts.push(place) : option.startsWith("--") || option.length > 2 ? (index.long.has(option) || index.long.set(option, place), index.longest = Math.max(index.longest, option.length)) : option.length === 2 && !index.short.has(option[1]) && index.short.set(option[1], place));
    }
  }
  return INDEXES.set(l, index), index;
}
var NONE = Number.MAX_SAFE_INTEGER;
function firstSpelled(index, word, valuedShort) {
  let best = NONE;
  if (index.long.size > 0 && word.startsWith("-")) {
    word.length <= index.longest && (best = index.long.get(word) ?? NONE);
    let end = Math.min(word.length, index.longest + 1);
    for (let i = 2; i < end; i++) {
      let c = word.charCodeAt(i);
      if (c !== 61 && c !== 58) continue;
      let place = index.long.get(word.slice(0, i));
      place !== void 0 && place < best && (best = place);
    }
  }
  if (index.short.size > 0 && word.length >= 2 && word.charCodeAt(0) === 45 && word.charCodeAt(1) !== 45)
    for (let j = 1; j < word.length; j++) {
      let ch = word[j], place = index.short.get(ch);
      if (place !== void 0 && place < best && (best = place), valuedShort.length > 0 && valuedShort.includes(`-${ch}`)) break;
    }
  for (let place of index.starts) {
    if (place >= best) break;
    let option = index.options[place].option;
    (option === "+" ? word.length > 1 && word.startsWith("+") : word.startsWith(option)) && (best = place);
  }
  return best === NONE ? void 0 : index.options[best];
}
function firstAbbreviated(l, head) {
  let index = optionIndex(l);
  index.abbreviations ??= abbreviationsOf(index.options);
  let place = index.abbreviations.get(head);
  return place === void 0 ? void 0 : index.options[place];
}
function abbreviationsOf(options) {
  let abbreviations = /* @__PURE__ */ new Map();
  return options.forEach(({ option }, place) => {
    if (option.startsWith("--"))
      for (let n = 5; n < option.length; n++) {
        let start = option.slice(0, n);
        abbreviations.has(start) || abbreviations.set(start, place);
      }
  }), abbreviations;
}
function find(lists, word, valuedShort) {
  for (let l of lists) {
    let found = firstSpelled(optionIndex(l), word, valuedShort);
    if (found) return found;
  }
  let head = abbreviationHead(word);
  if (head !== void 0)
    for (let l of lists) {
      let found = firstAbbreviated(l, head);
      if (found) return found;
    }
}
var FULL_OPTIONS = /* @__PURE__ */ new Set(["--text", "--checkpoint", "--pre", "--partial", "--backup", "--output", "--cookie", "--cpu-prof", "--heap-prof", "--declaration", "--cache", "--coverage", "--strip", "--link", "--copy", "--net", "--device", "--plugin", "--config", "--file", "--log", "--user", "--index", "--reference", "--exec", "--trace", "--setupFiles", "--inspect", "--tool", "--repo", "--as", "--global"]);
function abbreviationHead(word) {
  if (!word.startsWith("--")) return;
  let eq = word.indexOf("="), head = eq < 0 ? word : word.slice(0, eq);
  return head.length >= 5 && !FULL_OPTIONS.has(head) ? head : void 0;
}
function mayBeOption(w, lists) {
  if (!w.dynamic || w.procsub) return !1;
  let v = w.value;
  if (!w.oneWord && (v.includes("$") || v.includes("`"))) return !0;
  if (w.tilde) return !1;
  let k = 0;
  for (; k < v.length && !"*?[$`".includes(v[k]); ) k++;
  let literal = v.slice(0, k);
  return literal === "" || literal.startsWith("-") || literal.startsWith("+") ? !0 : lists.some((l) => KINDS.some((kind) => (l[kind] ?? []).some((o) => !o.startsWith("-") && o !== "+" && (o.startsWith(literal) || literal.startsWith(o)))));
}
function isOneWord(a) {
  return a !== void 0 && (!a.dynamic || a.oneWord === !0 || a.procsub === !0);
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
    s?.dynamic ? (hits.push({ index: k, word: s.value }), sub = null) : sub = s?.value, s && k++, valued = (sub ? ownOf(spec?.subcommands, sub)?.valued : void 0) ?? [];
  }
  let lists = listsFor(h, sub), ended = !1;
  for (; k < args.length; k++) {
    let a = args[k];
    if (!a.dynamic && a.value === "--" && !h.optionsAnywhere) {
      ended = !0;
      continue;
    }
    let readsOptions = !ended || h.optionsAnywhere === !0;
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

// src/match/shell-opaque.ts
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
  if (CODE_VARIABLES.has(name)) return !0;
  let upper = name.toUpperCase();
  return upper.endsWith("_PROXY") && CODE_VARIABLES.has(upper) ? !0 : CODE_VARIABLE_PREFIXES.some((p) => upper.startsWith(p));
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
  erl: { short: "", long: ["-eval", "-s", "-run", "-S"], anywhere: !0 },
  racket: { short: "e", long: ["--eval"], valued: ["-f", "--load", "-t", "--require", "-l", "--lib", "-p", "-d", "--load-cd", "-X", "--collects", "-S", "--search", "-A", "--addon", "-G", "--config", "-N", "--name", "-W", "--warn", "-L", "--syslog"] },
  guile: { short: "", long: ["-c"], valued: ["-l", "-e", "-L", "-C", "-x", "--language", "--listen"] },
  sbcl: { short: "", long: ["--eval"], anywhere: !0 },
  clisp: { short: "", long: ["-x"], anywhere: !0 },
  ecl: { short: "", long: ["-eval", "--eval"], anywhere: !0 },
  ccl: { short: "e", long: ["--eval"], anywhere: !0 },
  clojure: { short: "", long: ["-e", "--eval"], anywhere: !0 },
  scala: { short: "", long: ["-e", "--execute-script", "--execute-scala", "--execute-java", "--execute-sc"], anywhere: !0 },
  amm: { short: "", long: ["-c", "--code"], anywhere: !0 },
  groovy: { short: "e", long: [], valued: ["-cp", "-classpath", "--classpath", "-D", "--define", "-c", "--encoding", "-a", "--autosplit", "-i", "-l", "--configscript", "-b", "--basescript"] },
  ghc: { short: "", long: ["-e"], anywhere: !0 },
  ghci: { short: "", long: ["-e"], anywhere: !0 },
  qjs: { short: "e", long: ["--eval"], valued: ["-I", "--include", "--stack-size", "--memory-limit"] },
  julia: { short: "eE", long: ["--eval", "--print"], valued: ["-L", "--load", "-J", "--sysimage", "-p", "--procs", "-t", "--threads", "-C", "--cpu-target", "-O", "--machine-file"], stdin: ["-v", "--version", "-h", "--help"] },
  dc: { short: "e", long: ["--expression"], valued: ["-f", "--file"], stdin: ["-f", "--file", "-V", "--version", "-h", "--help"] },
  octave: { short: "", long: ["--eval"], anywhere: !0, valued: ["--eval", "-p", "--path", "--exec-path", "--image-path", "--info-file", "--info-program", "--doc-cache-file", "--texi-macros-file"], stdin: ["-v", "--version", "-h", "--help"] },
  matlab: { short: "", long: ["-batch", "-r"], anywhere: !0 },
  maxima: { short: "r", long: ["--batch-string", "--run-string", "--batch-lisp"], anywhere: !0 },
  gnuplot: { short: "", long: ["-e"], anywhere: !0, valued: ["-e", "-c"], stdin: ["-V", "--version", "-h", "--help"] },
  kotlinc: { short: "", long: ["-e", "-expression"], anywhere: !0 },
  jrunscript: { short: "", long: ["-e"], valued: ["-cp", "-classpath", "-l", "-f", "-J"] },
  rhino: { short: "", long: ["-e"], valued: ["-f", "-opt", "-O", "-version", "-modules", "-require"] },
  swift: { short: "", long: ["-e"] },
  crystal: { short: "", long: ["eval"] },
  jshell: { short: "", long: [], valued: ["--class-path", "--module-path", "--add-modules", "--startup", "-R", "-J", "--feedback", "--execution"], stdin: ["--version", "-h", "--help"] },
  // sbt without a command runs the sbt shell, whose commands (`eval`, `set`, `console`) come from standard input.
  sbt: {
    short: "",
    long: [],
    anywhere: !0,
    valued: ["--sbt-dir", "-sbt-dir", "--sbt-boot", "-sbt-boot", "--ivy", "-ivy", "--sbt-jar", "-sbt-jar", "--sbt-version", "-sbt-version", "--java-home", "-java-home", "--mem", "-mem", "--sbt-launch-dir", "--sbt-launch-repo"],
    stdin: ["-h", "--help", "-help", "-V", "--version", "-version", "--numeric-version", "--script-version"]
  },
  tclsh: { short: "", long: [], valued: ["-encoding"], stdin: [] },
  wish: { short: "", long: [], valued: ["-encoding", "-display", "-geometry", "-name", "-colormap", "-visual", "-use"], stdin: ["-help"] },
  "babel-node": { short: "ep", long: ["--eval", "--print"], valued: ["-r", "--require", "--config-file", "--extensions", "--ignore", "--only", "--plugins", "--presets"] },
  nix: { short: "", long: ["--expr", "repl"], anywhere: !0 },
  "nix-instantiate": { short: "", long: ["-E", "--expr"], anywhere: !0 },
  "nix-build": { short: "", long: ["-E", "--expr"], anywhere: !0 },
  "nix-shell": { short: "", long: ["-E", "--expr"], anywhere: !0 },
  guix: { short: "", long: ["-e", "--expression", "repl"], anywhere: !0 },
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
  jbang: { short: "", long: ["--code"], anywhere: !0 },
  gjs: { short: "c", long: ["--command"], valued: ["-I", "--include-path", "--coverage-prefix", "--coverage-output", "--profile"] },
  d8: { short: "", long: ["-e"], anywhere: !0 },
  nim: { short: "", long: ["--eval"], anywhere: !0 },
  irb: { short: "", long: [], valued: ["-I", "-r"], stdin: ["-v", "--version", "-h", "--help"] },
  // Django's shell runs Python from -c or standard input (`manage.py shell -c CODE`, `… shell < x.py`).
  "manage.py": { short: "", long: ["shell", "shell_plus"] },
  "django-admin": { short: "", long: ["shell", "shell_plus"] },
  // `mix run -e CODE`, `rails runner CODE` (`rails r`), `rails console` reading standard input.
  mix: { short: "", long: ["-e", "--eval"], anywhere: !0 },
  rails: { short: "", long: ["runner", "r", "console", "c"] },
  emacsclient: { short: "ea", long: ["--eval", "--alternate-editor"], valued: ["-s", "--socket-name", "-f", "--server-file", "-F", "--frame-parameters", "-d", "--display", "-T", "--tramp", "-w", "--timeout"] },
  // `dotnet script eval CODE` (dotnet-script) evaluates C# given on the command line.
  dotnet: { short: "", long: ["eval"], anywhere: !0 },
  zx: { short: "e", long: ["--eval"], valued: ["--shell", "--prefix", "--postfix", "--cwd", "--ext", "--registry", "--env"], stdin: ["-v", "--version", "-h", "--help", "-i", "--install"] },
  rake: { short: "eEp", long: ["--execute", "--execute-continue", "--execute-print"], valued: ["-f", "--rakefile", "-r", "--require", "-I", "--libdir", "-R", "--rakelibdir", "-C", "--directory", "-j", "--jobs"], anywhere: !0 },
  m4: { short: "", long: [], valued: ["-D", "-U", "-I", "-L", "-F", "-R", "-o", "-t", "-l", "--define", "--undefine", "--include", "--nesting-limit", "--freeze-state", "--reload-state", "--error-output", "--trace", "--arglength", "--debugfile"], stdin: ["--version", "--help"] }
}, PYTHON_CODE_MODULES = {
  timeit: !0,
  code: !0,
  asyncio: !0,
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
}, SAME_INTERPRETER_BY_NAME = ownEntries(SAME_INTERPRETER);
function interpreterBase(exe) {
  let last = exe.charCodeAt(exe.length - 1), versioned = last >= 48 && last <= 57 || last === 46 || exe === "python" || exe === "pypy" || exe === "luajit";
  if (versioned && /^(?:python|pypy)[0-9.]*$/.test(exe)) return "python";
  let m = versioned ? /^(?:(lua)(?:[0-9][0-9.]*|jit)|(ruby|perl|php)[0-9][0-9.]*)$/.exec(exe) : null;
  if (m) return m[1] ?? m[2];
  let same = SAME_INTERPRETER_BY_NAME.get(exe);
  if (same) return same;
  let tcl = versioned ? /^(tclsh|wish)[0-9][0-9.]*$/.exec(exe) : null;
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
        let module = a.value.length > 2 ? a.value.slice(2) : args[k + 1]?.value ?? "";
        if (!/^-?[\w:]+(?:=[\w:.,/+-]*)?$/.test(module))
          return { reason: `"${exe} ${a.value.slice(0, 2)}${module}" holds Perl code, which cannot be checked`, construct: `${exe} ${a.value.slice(0, 2)}` };
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
        let module = a.value.length > 2 ? a.value.slice(2) : args[k + 1]?.value ?? "", code2 = own(PYTHON_CODE_MODULES, module), after = args.slice(a.value.length > 2 ? k + 1 : k + 2);
        if (code2 === !0 || code2 && after.some((w) => code2.includes(w.value.split("=")[0])))
          return { reason: `"${exe} -m ${module}" runs Python code given on the command line, which cannot be checked`, construct: `${exe} -m ${module}` };
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

// src/match/reevaluated-names.ts
var isNameStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95, isNameChar = (c) => isNameStart(c) || c >= 48 && c <= 57, CLOSES = { ")": "(", "]": "[", "}": "{" };
function wordAt(text, k, w) {
  return text.startsWith(w, k) ? (k === 0 || !isNameChar(text.charCodeAt(k - 1))) && !isNameChar(text.charCodeAt(k + w.length)) : !1;
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
        (marked > 0 || command === "names" || command === "values" && expanded) && out.add(text.slice(k, end)), !inDouble && wordAt(text, k, "let") && (command = "names"), text[end] === "[" && !inDouble && (push("[", !0), end++), k = end - 1;
      } else if (c === '"')
        push('"', !1);
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

// src/match/shell-brace.ts
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
  return parts.length > 1 ? parts : inner.some((u) => !u.active) ? void 0 : sequence(inner.map((u) => u.t).join(""), limit)?.map((t) => [{ t, active: !1 }]);
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

// src/match/shell-lex.ts
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
]), RESERVED_STARTS = new Uint8Array(1152);
for (let w of RESERVED) RESERVED_STARTS[w.length * 128 + w.charCodeAt(0)] = 1;
function isDigits(text) {
  if (text.length === 0) return !1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 48 || c > 57) return !1;
  }
  return !0;
}
function isReservedWord(raw) {
  if (raw.length > 8) return !1;
  let c = raw.charCodeAt(0);
  return c < 128 && RESERVED_STARTS[raw.length * 128 + c] === 1 && RESERVED.has(raw);
}
function operatorAt(s, i) {
  let d = s[i + 1], e = s[i + 2];
  switch (s[i]) {
    case ";":
      return d === ";" ? e === "&" ? ";;&" : ";;" : d === "&" ? ";&" : ";";
    case "&":
      return d === "&" ? "&&" : d === ">" ? e === ">" ? "&>>" : "&>" : "&";
    case "|":
      return d === "|" ? "||" : d === "&" ? "|&" : "|";
    case "<":
      return d === "<" ? e === "<" ? "<<<" : e === "-" ? "<<-" : "<<" : d === ">" ? "<>" : d === "&" ? "<&" : "<";
    default:
      return d === ">" ? ">>" : d === "&" ? ">&" : d === "|" ? ">|" : ">";
  }
}
var IO = /(?:\d+|\{[A-Za-z_][A-Za-z0-9_]*\})[<>]/y;
function startsIo(s, i) {
  let c = s.charCodeAt(i);
  return c >= 48 && c <= 57 || c === 123 ? (IO.lastIndex = i, IO.exec(s)) : null;
}
var META = /* @__PURE__ */ new Set([" ", "	", `
`, ";", "&", "|", "(", ")", "<", ">"]), BRACE_OR_GLOB = /* @__PURE__ */ new Set(["{", "}", ",", "*", "?", "[", "]"]), RUN_STOP = /* @__PURE__ */ new Set([...META, ...BRACE_OR_GLOB, "\\", "'", '"', "$", "`", "#", "~"]), RUN_STOP_CODES = new Uint8Array(128);
for (let c of RUN_STOP) RUN_STOP_CODES[c.charCodeAt(0)] = 1;
var DQUOTE_STOP_CODES = new Uint8Array(128);
for (let c of ['"', "\\", "$", "`"]) DQUOTE_STOP_CODES[c.charCodeAt(0)] = 1;
var LexError = class extends Error {
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
        let op = operatorAt(s, this.i), at = this.i;
        this.i += op.length, top && this.tokens.push({ kind: "op", op, start: at }), op === "&>" || op === "&>>" || op === "|&" ? this.put(op === "|&" ? at + 1 : at, " ") : op === "<<<" ? (this.rewrite(at, at + 3, ""), role = "herestring") : (op === "<<" || op === "<<-") && (this.rewrite(at, at + op.length, "<&"), role = op === "<<" ? "heredoc" : "heredoc-strip");
        continue;
      }
      let io = startsIo(s, this.i);
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
      this.finishWord({ start, end: plainEnd, raw: raw2, value: raw2, dynamic: !1, glob: !1, tilde: !1, subs: [], parseEnd: plainEnd }, top, role, !1);
      return;
    }
    let units = [], subs = [], st = { dynamic: !1, quoted: !1, splits: !1 }, tilde = !1;
    for (; this.i < this.n; ) {
      let c = s[this.i];
      if (META.has(c)) {
        if ((c === "<" || c === ">") && s[this.i + 1] === "(") {
          let from = this.i;
          this.i += 2, subs.push(this.nested(() => this.substitution())), units.push({ t: s.slice(from, this.i), active: !1 }), this.blank(from), st.dynamic = !0;
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
        st.quoted = !0, this.i + 1 >= this.n ? (units.push({ t: "\\", active: !1 }), this.i++) : (units.push({ t: s[this.i + 1], active: !1 }), this.i += 2);
        continue;
      }
      if (c === "'") {
        let close = s.indexOf("'", this.i + 1);
        if (close < 0) throw new LexError("unterminated single quote");
        units.push({ t: s.slice(this.i + 1, close), active: !1 }), st.quoted = !0, this.i = close + 1;
        continue;
      }
      if (c === '"') {
        st.quoted = !0, this.dquote(units, subs, st);
        continue;
      }
      if (c === "$") {
        let d = { dynamic: !1, splits: !1 };
        this.dollar(units, subs, d, !1), d.dynamic && (st.dynamic = st.splits = !0);
        continue;
      }
      if (c === "`") {
        this.backtick(units, subs, st), st.splits = !0;
        continue;
      }
      if (c === "#" && this.i > start && this.put(this.i, "_"), c === "~" && this.i === start && (tilde = !0), BRACE_OR_GLOB.has(c)) {
        units.push({ t: c, active: !0 }), this.i++;
        continue;
      }
      let j = this.i + 1;
      for (; j < this.n; ) {
        let code = s.charCodeAt(j);
        if (code < 128 && RUN_STOP_CODES[code] === 1) break;
        j++;
      }
      units.push({ t: s.slice(this.i, j), active: !0 }), this.i = j;
    }
    let end = this.i, value = units.length === 1 ? units[0].t : units.map((u) => u.t).join(""), raw = s.slice(start, end), glob = hasGlob(units), w = st.splits ? { start, end, raw, value, dynamic: st.dynamic, splits: !0, glob, tilde, subs, parseEnd: end } : { start, end, raw, value, dynamic: st.dynamic, glob, tilde, subs, parseEnd: end };
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
    c0 >= 48 && c0 <= 57 && isDigits(w.raw) && this.rewrite(start, end, UNDERSCORES), role === "herestring" && (w.hereString = !0), (role === "heredoc" || role === "heredoc-strip") && (this.rewrite(start, end, "-"), w.parseEnd = start + 1, w.heredoc = { body: "", quoted, subs: [] }, this.pending.push({ word: w, delimiter: w.value, strip: role === "heredoc-strip", quoted, top })), top && (this.words.push(w), this.tokens.push({ kind: "word", word: w }));
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
      doc.word.heredoc.body = doc.strip ? body.replace(/^\t+/gm, "") : body, !doc.quoted && doc.top && (doc.word.heredoc.subs = hereDocSubs(body)), !doc.quoted && /[$`]/.test(body) && (doc.word.dynamic = !0);
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
` ? this.i += 2 : d === "$" || d === "`" || d === '"' || d === "\\" ? (units.push({ t: d, active: !1 }), this.i += 2) : (units.push({ t: "\\", active: !1 }), this.i++);
        continue;
      }
      if (c === "$") {
        let from = this.i;
        this.dollar(units, subs, st, !0), s.slice(from, this.i).includes("@") && (st.splits = !0);
        continue;
      }
      if (c === "`") {
        this.backtick(units, subs, st);
        continue;
      }
      let j = this.i + 1;
      for (; j < this.n; ) {
        let code = s.charCodeAt(j);
        if (code < 128 && DQUOTE_STOP_CODES[code] === 1) break;
        j++;
      }
      units.push({ t: s.slice(this.i, j), active: !1 }), this.i = j;
    }
  }
  dollar(units, subs, st, inDquote) {
    this.nested(() => this.dollarBody(units, subs, st, inDquote));
  }
  dollarBody(units, subs, st, inDquote) {
    let s = this.s, from = this.i, c1 = s[this.i + 1];
    if (c1 === "(" && s[this.i + 2] === "(" && this.closesAsArithmetic(this.i + 3))
      this.i += 3, this.arithmetic(subs), st.dynamic = !0;
    else if (c1 === "(")
      this.i += 2, subs.push(this.substitution()), st.dynamic = !0;
    else if (c1 === "{")
      this.i += 2, this.braced(subs, inDquote), st.dynamic = !0;
    else if (c1 === "'" && !inDquote) {
      let decoded = this.ansiC();
      this.rewrite(from, this.i, UNDERSCORES), units.push({ t: decoded, active: !1 });
      return;
    } else if (c1 === '"' && !inDquote) {
      this.put(from, "_"), this.i++, this.dquote(units, subs, st);
      return;
    } else if (c1 !== void 0 && /[A-Za-z_]/.test(c1)) {
      for (this.i += 2; this.i < this.n && /[A-Za-z0-9_]/.test(s[this.i]); ) this.i++;
      st.dynamic = !0;
    } else if (c1 !== void 0 && /[0-9@*#?$!-]/.test(c1))
      this.i += 2, st.dynamic = !0;
    else {
      units.push({ t: "$", active: !1 }), this.i++;
      return;
    }
    units.push({ t: s.slice(from, this.i), active: !1 }), this.blank(from);
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
    return this.list(!1, !0), this.s.slice(from, this.i - 1);
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
    return !0;
  }
  arithmetic(subs) {
    let s = this.s, depth = 2;
    for (; depth > 0; ) {
      if (this.i >= this.n) throw new LexError("unterminated $((\u2026))");
      let c = s[this.i];
      if (c === "(") depth++;
      else if (c === ")") depth--;
      else if (c === "$") {
        this.dollar([], subs, { dynamic: !1 }, !0);
        continue;
      } else if (c === "`") {
        this.backtick([], subs, { dynamic: !1 });
        continue;
      } else if (c === '"') {
        this.dquote([], subs, { dynamic: !1 });
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
        this.dquote([], subs, { dynamic: !1 });
        continue;
      }
      if (c === "$") {
        this.dollar([], subs, { dynamic: !1 }, inDquote);
        continue;
      }
      if (c === "`") {
        this.backtick([], subs, { dynamic: !1 });
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
    this.i++, subs.push(inner), st.dynamic = !0, units.push({ t: s.slice(from, this.i), active: !1 }), this.blank(from);
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
  let open = !1;
  for (let u of units)
    if (u.active) {
      if (u.t === "*" || u.t === "?") return !0;
      if (u.t === "[") open = !0;
      else if (u.t === "]" && open) return !0;
    }
  return !1;
}
function hereDocSubs(body) {
  let lx = new Lexer(body), subs = [], st = { dynamic: !1 };
  for (; lx.i < lx.n; ) {
    let c = body[lx.i];
    c === "\\" ? lx.i += 2 : c === "$" ? lx.dollar([], subs, st, !0) : c === "`" ? lx.backtick([], subs, st) : lx.i++;
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
    lx.list(!0, !1);
  } catch (e) {
    if (e instanceof LexError) return { words: lx.words, tokens: lx.tokens, parseText: src, error: e.message };
    throw e;
  }
  return new LexedLine(lx.words, lx.tokens, lx);
}

// src/match/shell-run-time-values.ts
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
      let lit = !a.dynamic && !a.value.startsWith("-") ? literalAssignment(a.value, a.value, !1) : void 0;
      lit ? rememberLiteral(state, lit.name, lit.value) : a.dynamic && runTimeValue(state, assignedName(a.value));
    }
  let vars = state.vars;
  if (!(!vars || vars.off)) {
    if (exe === "set") {
      let dd = rest.findIndex((a) => a.value === "--");
      certain && depth === 0 && dd === 0 && rest.every((a) => !a.dynamic) ? vars.positional = rest.slice(1).map((a) => a.value) : rest.length && (vars.off = !0);
      return;
    }
    builtinEffects(vars, exe, rest);
  }
}
function reevaluatedRunTimeValues(state, text) {
  let names = state.runTimeValues;
  (text.includes("for") || text.includes("select")) && loopNamesOfRunTimeWords(text, names ??= /* @__PURE__ */ new Set());
  let substitutes = text.includes("$(") || text.includes("`");
  if ((names === void 0 || names.size === 0) && !substitutes) return;
  let evaluated = reevaluatedNames(text);
  if (evaluated.has(EVALUATED_SUBSTITUTION)) {
    state.problem("the output of a command substitution is evaluated again by arithmetic, an array subscript or ${!\u2026} (an output of a[$(\u2026)] runs the command)", text, "$(( $(\u2026) ))");
    return;
  }
  for (let name of names ?? [])
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
          for (let b of binds) b.names.includes(name.value) && state.simple([{ value: b.path, dynamic: !1 }, ...argv.slice(1)], [], 1);
      }
  for (let use of state.programUses.slice(0, MAX_READINGS)) {
    let name = usedName(use.raw);
    for (let value of name && state.literals?.get(name) || []) {
      let fields = substitute({ env: /* @__PURE__ */ new Map([[name, value]]), off: !1 }, use.raw);
      fields?.length && state.simple([...fields, ...use.tail], [], 1);
    }
  }
  for (let name of state.prompts ?? [])
    for (let value of state.literals?.get(name) ?? []) for (let sub of promptSubs(value)) state.line(sub, 1);
}

// src/match/shell-assignments.ts
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
      state.vars.off = !0;
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
  rest.some((a) => assignedName(a.value) === "CDPATH") && (state.cdpath = !0);
  for (let a of rest) !a.dynamic && assignedName(a.value) && pathInValue(state, a.value);
}
function assignment(state, word) {
  assignedName(word) === "CDPATH" && (state.cdpath = !0);
  let o = assignmentOpaque(word);
  o && state.problem(o.reason, word, o.construct);
}
function pathInValue(state, word, via = word) {
  let temporary = temporaryDirectory(word);
  if (temporary !== void 0) {
    state.acc.files.push({ path: temporary, op: "write", via, guess: !0 });
    return;
  }
  let value = assignedPath(word);
  value !== void 0 && state.acc.files.push({ path: value, op: "read", via, guess: !0 });
}
function isArithmeticValue(raw) {
  let at = raw.indexOf("=");
  if (!raw.startsWith("$((", at + 1) || !raw.endsWith("))")) return !1;
  let depth = 0;
  for (let k = at + 1; k < raw.length; k++)
    if (raw[k] === "(") depth++;
    else if (raw[k] === ")" && --depth === 0) return k === raw.length - 1;
  return !1;
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

// src/match/shell-cwd.ts
var CHDIR = {
  env: { short: "C", long: ["--chdir"] },
  sudo: { short: "D", long: ["--chdir"] },
  git: { short: "C", beforeSubcommand: !0 },
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
        out.push({ value: `(the workspaces of ${exe} ${v})`, dynamic: !0, anyDir: !0 });
        break;
      }
      if (/^-[A-Za-z]$/.test(v) && ws.valued?.some((o) => o.startsWith("-") && !o.startsWith("--") && v.startsWith(o))) {
        out.push({ value: `(the workspaces of ${exe} ${v})`, dynamic: !0, anyDir: !0 });
        break;
      }
    }
  if (exe === "go")
    for (let a of args.slice(1)) {
      if (a.dynamic || !/^\.{1,2}\//.test(a.value)) continue;
      if (a.value.endsWith("/...")) {
        out.push({ value: a.value, dynamic: !0, anyDir: !0, under: a.value.slice(0, -4) });
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
    starts.length === 0 && starts.push({ value: ".", dynamic: !1 });
    for (let s of starts) out.push({ value: "(the directories find -execdir runs in)", dynamic: !0, anyDir: !0, ...s.dynamic ? {} : { under: s.value } });
  }
  let spec = CHDIR_BY_NAME.get(exe);
  if (!spec) return out;
  for (let k = 0; k < args.length; k++) {
    let a = args[k], v = a.value;
    if (v === "--" || spec.beforeSubcommand && !a.dynamic && !v.startsWith("-")) break;
    if (a.dynamic) {
      (!a.oneWord || /^[-$`*?[]/.test(v)) && out.push({ value: v, dynamic: !0 });
      continue;
    }
    let eq = v.indexOf("="), head = eq < 0 ? v : v.slice(0, eq);
    for (let long of spec.long ?? [])
      if (spellsLong(head, long)) {
        eq < 0 ? out.push(args[++k] ?? { value: "", dynamic: !0 }) : out.push({ ...a, value: v.slice(eq + 1) });
        break;
      }
    spec.short && v.startsWith(`-${spec.short}`) && !v.startsWith("--") && (v.length > 2 ? out.push({ ...a, value: v.slice(2) }) : out.push(args[++k] ?? { value: "", dynamic: !0 }));
  }
  return out;
}

// src/match/shell-stdin.ts
var FILE_INPUT = { start: 0, end: 0, raw: "<", value: "<", dynamic: !0, glob: !1, tilde: !1, subs: [], parseEnd: 0 }, PIPE_INPUT = { ...FILE_INPUT, raw: "|", value: "|" };
function stdinOf(cmd, producer) {
  let own2 = cmd.redirects.some((r) => r.op === "<" || r.op === "<>" || r.op === "<&") ? [...cmd.stdin, FILE_INPUT] : cmd.stdin;
  if (!producer || own2.length > 0) return own2;
  let text = writtenText(producer);
  return [text === void 0 ? PIPE_INPUT : { ...PIPE_INPUT, value: text, dynamic: !1, hereString: !0 }];
}
function pipedFrom(commands, ops, c) {
  return c > 0 && (ops?.[c - 1] === "|" || ops?.[c - 1] === "|&") ? commands[c - 1] : void 0;
}
function stdinTexts(stdin) {
  let texts = [], unknown = !1;
  for (let w of stdin)
    w.dynamic || !w.heredoc && !w.hereString ? unknown = !0 : texts.push(w.heredoc ? w.heredoc.body : w.value);
  return texts.length > 1 && texts.sort(), { texts, unknown };
}
function onlyStdinText(stdin) {
  let { texts, unknown } = stdinTexts(stdin);
  return !unknown && texts.length === 1 ? texts[0] : void 0;
}
function writtenText(cmd) {
  let argv = cmd.argv, prog = argv[0];
  if (!(!prog || prog.dynamic)) {
    if (prog.value === "cat" && everyArgument(argv, (a) => a.value === "-" && !a.dynamic))
      return onlyStdinText(stdinOf(cmd));
    if (prog.value === "echo" && argv.length > 1 && everyArgument(argv, (a) => !a.dynamic && !a.glob && !a.value.startsWith("-") && !a.value.includes("\\")))
      return argv.slice(1).map((a) => a.value).join(" ");
  }
}
function everyArgument(argv, test) {
  for (let k = 1; k < argv.length; k++) if (!test(argv[k])) return !1;
  return !0;
}
function cronCommands(text) {
  return text.split(`
`).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#") && !/^[A-Za-z_][A-Za-z0-9_]*\s*=/.test(l)).map((l) => (l.startsWith("@") ? l.split(/\s+/).slice(1) : l.split(/\s+/).slice(5)).join(" ")).join(`
`);
}

// src/match/shell-directories.ts
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
  let ev = state.event = { cds: [], unknown: !1, nested: !1, chdir: !1 }, from = state.acc.commands.length;
  if (state.raw(cmd, 0, certain, producer), state.event = void 0, dirs && !ev.nested && !ev.chdir) for (let k = from; k < state.acc.commands.length; k++) state.placed.push([state.acc.commands[k], dirs]);
  return ev;
}
function cd(state, exe, rest, depth, shown) {
  let target = rest.find((a) => !/^-[LPe@]+$/.test(a.value) && a.value !== "--"), viaCdpath = state.cdpath && target !== void 0 && !/^\.{0,2}(?:\/|$)/.test(target.value);
  !target || viaCdpath || target.dynamic || target.tilde || target.value === "-" || /^[+-]\d+$/.test(target.value) ? (state.acc.dirUnknown ??= viaCdpath ? `${shown} (CDPATH is set)` : shown, state.event && (state.event.unknown = !0)) : (state.acc.dirs.push(target.value), state.event && depth === 0 && state.event.cds.push(target.value)), state.event && depth > 0 && (state.event.nested = !0);
}
function chdir(state, target, shown) {
  if (target.anyDir) {
    (state.acc.anyOverride ??= []).push(target.under ?? ".");
    return;
  }
  state.event && (state.event.chdir = !0), target.dynamic || target.tilde || target.value === "" ? state.acc.dirUnknown ??= shown : state.acc.dirs.push(target.value);
}
function popd(state) {
  state.event && (state.event.unknown = !0);
}
function placeCommands(state) {
  if (state.acc.dirs.length || state.acc.dirUnknown) {
    for (let [c, dirs] of state.placed) c.dirs = dirs;
    for (let c of state.acc.commands) c.dirs || (c.anyDir = !0);
  }
}

// src/match/shell-line-state.ts
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
  cdpath = !1;
  /** Files the line writes (redirection targets), with the command that writes each and, when static, the text. */
  written;
};

// src/match/shell-redirections.ts
var DEVICES = /* @__PURE__ */ new Set(["/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/tty", "/dev/zero", "/dev/random", "/dev/urandom", "/dev/full"]);
function isDevice(path) {
  return path.startsWith("/dev/") ? DEVICES.has(path) || path.startsWith("/dev/fd/") && isDigits(path.slice(8)) : !1;
}
var INTERPRETERS = /^(?:python[0-9.]*|pypy[0-9.]*|node|nodejs|perl|ruby|php|lua|Rscript|deno|bun|tsx|ts-node)$/;
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
    redirect(state, r.op, r.target), r.op !== "<" && r.op !== "<&" && !r.target.dynamic && !r.target.glob && !isProcessSubstitution(r.target) && (state.written ??= /* @__PURE__ */ new Map()).set(scriptKey(r.target.fields?.[0] ?? r.target.value), new RedirectedFile(cmd));
}
var RedirectedFile = class {
  constructor(cmd) {
    this.cmd = cmd;
  }
  cmd;
  get writer() {
    return this.cmd.argv.map((w) => w.raw).join(" ") || "(a redirection)";
  }
  get text() {
    return writtenText(this.cmd);
  }
  get body() {
    return this.cmd.stdin.find((w) => w.heredoc)?.heredoc?.body;
  }
};
function runsWrittenScript(state, name, exe, rest, shown, depth) {
  if (state.written !== void 0) {
    if (name.value.includes("/")) runsWritten(state, name.value, shown, depth, !1);
    else if (INTERPRETERS.test(exe)) {
      let script = rest.find((a) => !a.value.startsWith("-"));
      script && !script.dynamic && runsWritten(state, script.value, shown, depth, !1);
    }
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
  isDevice(path) || (writes && state.acc.files.push({ path, op: "write", via }), reads2 && state.acc.files.push({ path, op: "read", via }));
}
function tee(state, rest) {
  let opts = !0;
  for (let a of rest) {
    if (opts && a.value === "--") {
      opts = !1;
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

// src/match/bash-parser-load.ts
import { createRequire } from "node:module";
var parse;
function bashParser() {
  return parse ??= typeof __require == "function" ? require_src() : createRequire(import.meta.url)("@ericcornelissen/bash-parser");
}

// src/match/shell-parse.ts
var Walker = class {
  constructor(byStart) {
    this.byStart = byStart;
  }
  byStart;
  commands = [];
  subs = [];
  seen = /* @__PURE__ */ new Set();
  functions = !1;
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
          return this.functions = !0, this.word(n.name), this.node(n.body);
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
    ast = bashParser()(lex.parseText + " ", { insertLOC: !0 });
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
  return { commands: walker.commands, subs: orderedSubs(walker.subs), ...walker.functions ? { functions: !0 } : {} };
}
function noteSubs(out, w) {
  for (let text of w.subs) out.push({ at: w.start, text });
  if (w.heredoc) for (let text of w.heredoc.subs) out.push({ at: w.start + 0.5, text });
}
function orderedSubs(subs) {
  if (subs.length === 0) return [];
  let seen = /* @__PURE__ */ new Set(), out = [];
  for (let s of [...subs].sort((a, b) => a.at - b.at))
    seen.has(s.text) || (seen.add(s.text), out.push(s.text));
  return out;
}

// src/match/shell-simple.ts
var PREFIX_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;
function isPrefixAssignment(word) {
  return word.includes("=") && PREFIX_ASSIGNMENT.test(word);
}
var CONTROL = /* @__PURE__ */ new Set(["&&", "||", ";", "|", "|&", "&", `
`]), NEEDS_MORE = /* @__PURE__ */ new Set(["&&", "||", "|", "|&"]), REDIRECT = /* @__PURE__ */ new Set([">", ">>", ">|", "<", "<>", "<&", ">&", "&>", "&>>", "<<", "<<-", "<<<"]);
function fresh() {
  return { argv: [], assignments: [], redirects: [], stdin: [] };
}
function isEmpty(c) {
  return !c.argv.length && !c.assignments.length && !c.redirects.length && !c.stdin.length;
}
function simpleListScript(lex) {
  if (lex.error) return;
  let commands = [], ops = [], subs = [], note = (w) => noteSubs(subs, w), cur = fresh(), needMore = !1, toks = lex.tokens;
  for (let k = 0; k < toks.length; k++) {
    let t = toks[k];
    if (t.kind === "io") {
      if (!isDigits(t.text)) return;
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
    if (note(w), cur.argv.length === 0 && isPrefixAssignment(w.raw)) {
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

// src/match/package-runners.ts
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
    return tool.endsWith(".py") ? [{ value: "python", dynamic: !1 }, ...rest.slice(k)] : [{ ...first, value: tool }, ...rest.slice(k + 1)];
}
function packageSpecifier(word) {
  return word.includes("://") || word.includes("@") || word.startsWith(".") || word.startsWith("/") || word.includes(":");
}

// src/match/runners.ts
var CONDA = {
  sub: ["run"],
  flags: ["--live-stream", "--no-capture-output", "-v", "--verbose", "--debug-wrapper-scripts", "--dev", "-q", "--quiet"],
  valued: ["-n", "--name", "-p", "--prefix", "--cwd", "-a", "--attach", "--env", "-e", "--root-prefix", "-r"]
}, WSL = { commandOptions: ["-e", "--exec"], flags: ["--system"], valued: ["-d", "--distribution", "-u", "--user", "--cd", "--shell-type"] }, SSH_VALUED = PROGRAM_SPECS.view().get("ssh").valued, SSH = { positionals: 1, operands: "joined", clusters: !0, flags: ["-4", "-6", "-A", "-a", "-C", "-f", "-G", "-g", "-K", "-k", "-M", "-N", "-n", "-q", "-s", "-T", "-t", "-v", "-X", "-x", "-Y", "-y"], valued: SSH_VALUED }, DOCKER_OPTIONS = TOUCH_MODELS.view().get("docker").imageRefs, CONTAINER_ENGINE = {
  sub: ["exec", "run"],
  positionals: 1,
  clusters: !0,
  ownDefault: !0,
  valued: [...DOCKER_OPTIONS.runValued, "--detach-keys", "--index"],
  flags: [...DOCKER_OPTIONS.flags, "-T", "--no-TTY", "--no-deps", "--service-ports", "--build", "--remove-orphans", "--quiet-pull", "--use-aliases", "--dry-run"]
}, PSSH = {
  operands: "joined",
  flags: ["-v", "--verbose", "-A", "--askpass", "-i", "--inline", "--inline-stdout", "-P", "--print", "-I", "--send-input"],
  valued: ["-h", "--hosts", "-H", "--host", "-l", "--user", "-p", "--par", "-o", "--outdir", "-e", "--errdir", "-t", "--timeout", "-O", "--option", "-x", "--extra-args", "-X", "--extra-arg"]
}, ORB_RUN = { ownDefault: !0, flags: ["-s", "--shell"], valued: ["-m", "--machine", "-u", "--user", "-w", "--workdir"] }, LIMA_SHELL = { flags: ["--reconnect", "--preserve-env", "--tty", "--debug"], valued: ["--workdir", "--shell", "--log-level"] }, SALT_SHELL = { sub: ["cmd.run", "cmd.run_all", "cmd.run_stdout", "cmd.run_stderr", "cmd.run_bg", "cmd.shell", "cmd.retcode"], operands: "shell" }, FLY_CONSOLE = { sub: ["console"], operands: "own", ownDefault: !0, shellOptions: ["-C", "--command"] }, LXC = {
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
  assume: { operands: "own", optionsOnly: !0, shellOptions: ["-x", "--exec"] },
  railway: { sub: ["run"], valued: ["-s", "--service", "-e", "--environment"] },
  netlify: { sub: ["dev:exec"], valued: ["--context", "--filter"] },
  heroku: { sub: ["local:run"], valued: ["-e", "--env", "-p", "--port"] },
  firebase: { sub: ["emulators:exec"], operands: "shell", flags: ["--ui"], valued: ["--only", "--project", "-P", "--import", "--export-on-exit", "--inspect-functions", "--log-verbosity"] },
  ip: { sub: ["exec"], positionals: 1 },
  // `elixir -S mix …`, `ruby -S rake …`: the program named after -S, looked up on PATH, with the rest.
  elixir: { operands: "own", optionsOnly: !0, commandOptions: ["-S"] },
  iex: { operands: "own", optionsOnly: !0, commandOptions: ["-S"] },
  ruby: { operands: "own", optionsOnly: !0, commandOptions: ["-S"] },
  // Terminal multiplexers and emulators that start a command in a new pane or window.
  zellij: { sub: ["run"], operands: "own" },
  wezterm: { sub: ["start", "spawn"], operands: "own" },
  xterm: { operands: "own", optionsOnly: !0, commandOptions: ["-e"] },
  alacritty: { operands: "own", optionsOnly: !0, commandOptions: ["-e", "--command"] },
  konsole: { operands: "own", optionsOnly: !0, commandOptions: ["-e"] },
  "gnome-terminal": { operands: "own", optionsOnly: !0, commandOptions: ["--", "-x", "--execute"], shellOptions: ["-e", "--command"] },
  "xfce4-terminal": { operands: "own", optionsOnly: !0, commandOptions: ["-x", "--execute"], shellOptions: ["-e", "--command"] },
  arch: { optionsOnly: !0, flags: ["-x86_64", "-arm64", "-arm64e", "-i386", "-32", "-64", "-c", "-h"], valued: ["-d", "-e"] },
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
  asdf: [{ sub: ["exec"] }, { sub: ["env"], positionals: 1, ownDefault: !0 }],
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
  stack: { sub: ["exec"], dropsDashDash: !0 },
  cabal: { sub: ["exec"], dropsDashDash: !0 },
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
    optionsOnly: !0,
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
  rsh: { positionals: 1, operands: "joined", clusters: !0, flags: ["-4", "-6", "-8", "-d", "-n", "-x", "-K", "-L"], valued: ["-l", "-k", "-p", "-e"] },
  // mosh starts the command itself (its words, not a line); `--server` is a line ssh runs there.
  mosh: {
    positionals: 1,
    ownDefault: !0,
    flags: ["-a", "-n", "-4", "-6", "--no-init", "--local", "--no-ssh-pty", "--predict-overwrite"],
    valued: ["-p", "--port", "--client", "--ssh", "--predict", "--family", "--bind-server", "--experimental-remote-ip"],
    shellOptions: ["--server"]
  },
  et: { operands: "own", ownDefault: !0, shellOptions: ["-c", "--command"] },
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
  adb: { sub: ["shell", "exec-out"], operands: "joined", clusters: !0, flags: ["-n", "-T", "-t", "-x"], valued: ["-e"] },
  minikube: { sub: ["ssh"], operands: "joined", flags: ["--native-ssh"], valued: ["-n", "--node", "-p", "--profile"] },
  pdsh: { operands: "joined", clusters: !0, flags: ["-a", "-A", "-b", "-d", "-D", "-L", "-N", "-q", "-S"], valued: ["-w", "-x", "-g", "-X", "-l", "-t", "-u", "-f", "-R", "-M"] },
  clush: {
    operands: "joined",
    clusters: !0,
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
  vagrant: { sub: ["ssh"], operands: "own", ownDefault: !0, shellOptions: ["-c", "--command"], opaque: ["--"] },
  // Containers and machines: the command runs inside (the workspace may be mounted there).
  docker: CONTAINER_ENGINE,
  podman: [CONTAINER_ENGINE, PODMAN_MACHINE_SSH],
  nerdctl: CONTAINER_ENGINE,
  finch: CONTAINER_ENGINE,
  "docker-compose": CONTAINER_ENGINE,
  "podman-compose": CONTAINER_ENGINE,
  lxc: LXC,
  incus: LXC,
  "lxc-attach": { operands: "own", ownDefault: !0 },
  "lxc-execute": { operands: "own" },
  // Proxmox: `pct exec CT -- CMD`, `qm guest exec VM -- CMD`.
  pct: { sub: ["exec"], positionals: 1, valued: ["--keep-env"] },
  qm: { sub: ["exec"], positionals: 1, valued: ["--pass-stdin", "--synchronous", "--timeout"] },
  crictl: { sub: ["exec"], positionals: 1, clusters: !0, flags: ["-i", "--interactive", "-t", "--tty", "-s", "--sync"], valued: ["--timeout"] },
  // `runc exec --process FILE` takes the command from a file.
  runc: {
    sub: ["exec"],
    positionals: 1,
    clusters: !0,
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
  gcloud: { sub: ["ssh"], operands: "own", ownDefault: !0, shellOptions: ["--command"], opaque: ["--"] },
  az: { sub: ["invoke", "exec"], operands: "own", ownDefault: !0, shellOptions: ["--scripts", "--exec-command", "--command"] },
  aws: { sub: ["execute-command"], operands: "own", ownDefault: !0, shellOptions: ["--command"] },
  fly: FLY_CONSOLE,
  flyctl: FLY_CONSOLE,
  kubectl: { sub: ["exec"], operands: "own" },
  // `oc rsh POD [CMD…]`: CMD runs in the pod (without one, a shell there).
  oc: [{ sub: ["exec"], operands: "own" }, { sub: ["rsh"], positionals: 1, ownDefault: !0, flags: ["-t", "--tty", "-T", "--no-tty", "-q", "--quiet"], valued: ["-c", "--container", "--shell", "--timeout", "-f", "--filename", "--pod-running-timeout"] }],
  multipass: { sub: ["exec"], positionals: 1, clusters: !0, flags: ["-n", "--no-map-working-directory", "-v", "--verbose"], valued: ["-d", "--working-directory"] },
  // `lima CMD` is `limactl shell default CMD`.
  limactl: { sub: ["shell"], positionals: 1, ownDefault: !0, flags: LIMA_SHELL.flags, valued: LIMA_SHELL.valued },
  lima: { ownDefault: !0, ...LIMA_SHELL },
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
    optionsAfterDashDash: !0,
    flags: ["-d", "--debug", "--config", "--stdio"],
    valued: ["-c", "--codespace", "-R", "--repo", "--repo-owner", "--profile", "--server-port", "--debug-file"]
  },
  // Development environments: `ddev exec 'LINE'` (its words, joined, are a line bash runs), `lando ssh -c`, `devpod ssh --command`.
  ddev: { sub: ["exec"], operands: "joined", flags: ["--raw", "-j", "--json-output"], valued: ["-s", "--service", "-d", "--dir"] },
  lando: { sub: ["ssh"], operands: "own", ownDefault: !0, shellOptions: ["-c", "--command"] },
  devpod: { sub: ["ssh"], operands: "own", ownDefault: !0, shellOptions: ["--command"] },
  // Monorepo and task tools: `nx exec -- CMD`, `lerna exec -- CMD`, `just --command CMD`.
  nx: { sub: ["exec"], operands: "own" },
  lerna: { sub: ["exec"], operands: "own" },
  just: { operands: "own", optionsOnly: !0, commandOptions: ["--command"], opaque: ["--shell", "--shell-arg", "--shell-command"] },
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
  let out = { lines: [] }, operands = spec.operands ?? "command", unsure, positionals = spec.positionals ?? 0, help = !1, maybeSeen = !1, optionsEnded = !1;
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
        optionsEnded = !0;
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
        help = !0;
        continue;
      }
      if (spec.flags?.includes(head)) continue;
      if (spec.clusters && !v.startsWith("--")) {
        let c = readShortCluster(v, (ch) => runnerLetter(spec, ch));
        c.unknown !== void 0 ? unsure ??= `unknown option ${v} of "${exe}": cannot tell which program it runs` : c.nextWord ? k++ : c.valued === void 0 && c.flags.some((ch) => HELP.has(`-${ch}`)) && (help = !0);
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
      if (maybeSeen = !0, spec.maybePositional.test(v)) continue;
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
  spec.program && !help && (out.tail = [{ value: spec.program, dynamic: !1 }, ...out.tail ?? []]);
  let none = !out.tail?.length && !out.lines.length;
  return none && operands === "joined" && !help ? out.stdin = !0 : none && !help && !spec.optionsOnly && !spec.ownDefault && (unsure ??= `cannot tell which program "${exe}" runs`), unsure && (out.problem = unsure), out;
}
function runnerLetter(spec, ch) {
  let opt = `-${ch}`;
  return spec.valued?.includes(opt) ? "value" : HELP.has(opt) || spec.flags?.includes(opt) ? "flag" : "unknown";
}
function installableCommand(words) {
  let dd = words.findIndex((w) => w.value === "--" && !w.dynamic), own2 = dd < 0 ? words : words.slice(0, dd), args = dd < 0 ? [] : words.slice(dd + 1), ref = own2.find((w) => !w.value.startsWith("-") && w.value.includes("#"));
  if (!ref) return own2.some((w) => w.dynamic) ? { lines: [], problem: "nix run is given a word known only at run time: cannot tell which program it runs" } : void 0;
  let after = ref.value.slice(ref.value.indexOf("#") + 1), caret = after.indexOf("^"), name = (caret < 0 ? after : after.slice(0, caret)).split(".").pop() ?? "";
  return ref.dynamic || !/^[\w.+-]+$/.test(name) ? { lines: [], problem: `cannot tell which program "nix run ${ref.value}" runs` } : { lines: [], tail: [{ value: name, dynamic: !1 }, ...args] };
}

// src/match/shell-wrappers.ts
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
    assignments: !0,
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
    assignments: !0,
    split: "S",
    splitLong: "split-string",
    dashFlag: !0
  },
  command: { short: "pvV", noCommand: "vV" },
  builtin: {},
  exec: { short: "cl", shortArg: "a" },
  nohup: {},
  nice: { shortArg: "n", longArg: ["adjustment"], numeric: !0 },
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
  "cross-env": { assignments: !0 },
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
  return WRAPPERS_BY_NAME.get(exe)?.assignments === !0;
}
function unwrap(exe, args, splitWords2) {
  let spec = WRAPPERS_BY_NAME.get(exe);
  if (!spec) return { kind: "none" };
  let k = 0, none = !1, unknown = (opt) => ({
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
      spec.noCommandLong?.includes(name) && (none = !0);
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
      (c.valued === void 0 ? c.flags : [...c.flags, c.valued]).some((ch) => spec.noCommand?.includes(ch)) && (none = !0), k += c.nextWord ? 2 : 1;
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
  let k = 0, c = !1;
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
        ch === "c" ? c = !0 : (ch === "o" || ch === "O") && values++;
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

// src/match/shell-special-programs.ts
var BASH_LIKE = /* @__PURE__ */ new Set(["bash", "rbash"]), STDIN_FILES = /* @__PURE__ */ new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0", "-"]);
function specialProgram(state, exe, rest, stdin, depth, shown) {
  (exe === "export" || exe === "declare" || exe === "typeset" || exe === "readonly" || exe === "local") && declaredAssignments(state, rest);
  let opaque = programOpaque(exe, rest);
  if (opaque && state.problem(opaque.reason, shown, opaque.construct), FOREIGN_SHELLS.has(exe) || isWindowsCmd(exe, rest))
    return state.problem(`"${exe}" is not bash: the commands it runs cannot be checked`, shown), !1;
  if (SHELLS.has(exe)) {
    let inv = shellInvocation(exe, rest);
    if (inv.kind === "problem") state.problem(inv.reason, shown);
    else if (inv.kind === "string") {
      let text = inv.text.value;
      return !BASH_LIKE.has(exe) && (text.includes("$'") || text.includes("{") && (text.includes(",") || text.includes(".."))) ? (state.problem(`"${exe} -c" is not bash: its string uses $'\u2026' or braces, which ${exe} may read differently`, shown), !1) : nested(state, inv.text, `"${exe} -c"`, shown, depth);
    } else {
      if (inv.kind === "stdin") return stdinScript(state, exe, stdin, shown, depth);
      inv.script && shellScript(state, exe, inv.script, stdin, shown, depth);
    }
    return !1;
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
    return runner.tail?.length && !runner.tail[0].dynamic && state.simple(runner.tail, [], depth), !1;
  }
  let command = packageManagerCommand(exe, rest);
  if (command)
    return state.simple(command, [], depth), !1;
  switch (exe) {
    case "source":
    case ".": {
      let file = rest.find((a) => a.value !== "--");
      return file ? file.dynamic ? (state.problem(`cannot tell which file "${exe}" runs: "${file.value}" is known only at run time`, shown), !1) : STDIN_FILES.has(file.value) ? stdinScript(state, exe, stdin, shown, depth) : (runsWritten(state, file.value, shown, depth, !0), file.procsub || file.tilde ? state.problem(`"${exe}" runs ${file.value}, which cannot be checked`, shown) : state.acc.files.push({ path: file.value, op: "read", via: `${exe} ${file.value}` }), !1) : !1;
    }
    case "eval":
      return rest.some((a) => a.dynamic) ? (state.problem('cannot tell what "eval" runs: its arguments are known only at run time', shown), !1) : (rest.length && state.line(rest.map((a) => a.value).join(" "), depth + 1), !0);
    case "su":
    case "runuser": {
      let s = suCommand(rest);
      return s ? nested(state, s, `"${exe} -c"`, shown, depth) : (state.problem(`"${exe}" without -c runs a shell whose commands cannot be checked`, shown), !1);
    }
    case "find":
      return findExec(state, rest, depth), !1;
    case "alias":
      for (let a of rest) {
        let eq = a.value.indexOf("=");
        eq > 0 && !a.value.startsWith("-") && nested(state, { value: a.value.slice(eq + 1), dynamic: a.dynamic }, '"alias"', shown, depth);
      }
      return !1;
    case "trap": {
      let ops = rest.filter((a, i) => !(i === 0 && (a.value === "--" || a.value === "-p" || a.value === "-l")));
      return ops.length >= 2 && ops[0].value !== "-" && ops[0].value !== "" && nested(state, ops[0], '"trap"', shown, depth), !1;
    }
    case "tee":
      return tee(state, rest), !1;
    case "apply_patch":
    case "applypatch":
      return applyPatch(state, exe, rest, stdin, shown), !1;
    case "cd":
    case "pushd":
      return cd(state, exe, rest, depth, shown), !1;
    case "popd":
      return popd(state), !1;
  }
  return !1;
}
function applyPatch(state, exe, rest, stdin, shown) {
  let [arg, ...more] = rest, text = arg ? more.length === 0 && !arg.dynamic ? arg.value : void 0 : onlyStdinText(stdin);
  if (text === void 0) {
    state.problem(`"${exe}" writes the files its patch names, and the patch cannot be read here`, shown);
    return;
  }
  let targets = patchTargets(text);
  targets.write.length + targets.delete.length === 0 && state.problem(`"${exe}": the patch names no file`, shown);
  for (let path of [...targets.write, ...targets.delete]) state.acc.files.push({ path, op: "write", via: `${exe} (${path})` });
}
function stdinScript(state, exe, stdin, shown, depth) {
  let { texts, unknown } = stdinTexts(stdin);
  for (let text of texts) state.line(text, depth + 1);
  return (unknown || texts.length === 0) && state.problem(`"${exe}" reads commands from standard input, which cannot be checked`, shown), texts.length > 0;
}
function shellScript(state, exe, script, stdin, shown, depth) {
  script.dynamic || runsWritten(state, script.value, shown, depth, !0), STDIN_FILES.has(script.value) || /^\/dev\/fd\/0$|^\/proc\/[^/]+\/fd\/0$/.test(script.value) ? stdinScript(state, exe, stdin, shown, depth) : script.procsub || script.dynamic || script.tilde || script.value.startsWith("/dev/") || script.value.startsWith("/proc/") ? state.problem(`"${exe}" runs a script from ${script.value}, which cannot be checked`, shown) : state.acc.files.push({ path: script.value, op: "read", via: `${exe} ${script.value}` });
}
function nested(state, text, what, shown, depth) {
  return text.dynamic ? (state.problem(`cannot tell what ${what} runs: its command string is known only at run time`, shown), !1) : (state.line(text.value, depth + 1), !0);
}
function findExec(state, rest, depth) {
  for (let k = 0; k < rest.length; k++) {
    if (!/^-(?:exec|execdir|ok|okdir)$/.test(rest[k].value)) continue;
    let inner = [];
    for (k++; k < rest.length && rest[k].value !== ";" && rest[k].value !== "+"; k++) inner.push(rest[k]);
    for (let j = 0; j < inner.length; j++) inner[j].value.includes("{}") && (inner[j] = { ...inner[j], dynamic: !0 });
    inner.length && (depth + 1 > 8 ? state.problem(`commands are nested more than ${8} levels deep`, "find -exec") : state.simple(inner, [], depth + 1));
  }
}

// src/match/shell-structure.ts
var MAX_PARSED_LENGTH = 16384, PLAIN_CODES = new Uint8Array(128);
for (let c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -_./:=@%+,") PLAIN_CODES[c.charCodeAt(0)] = 1;
function isPlainLine(line) {
  for (let i = 0; i < line.length; i++) {
    let c = line.charCodeAt(i);
    if (c >= 128 || PLAIN_CODES[c] === 0) return !1;
  }
  return !0;
}
function plainScript(line) {
  if (!isPlainLine(line)) return;
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
    words.push({ start: i, end, raw, value: raw, dynamic: !1, glob: !1, tilde: !1, subs: [], parseEnd: end }), i = end;
  }
  if (words.length === 0) return { commands: [], subs: [] };
  let k = 0;
  for (; k < words.length && isPrefixAssignment(words[k].value); ) k++;
  return { commands: [{ argv: k === 0 ? words : words.slice(k), assignments: words.slice(0, k), redirects: [], stdin: [] }], subs: [], ops: [void 0] };
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

// src/match/shell-analyze.ts
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
    this.vars && (script.functions || depth > 0 && varsRisky(text)) && (this.vars.off = !0), depth === 0 && script.ops && !script.functions ? (this.vars = varsRisky(text) ? void 0 : { env: /* @__PURE__ */ new Map(), off: !1 }, followList(this, script.commands, script.ops), this.vars = void 0) : script.commands.forEach((cmd, c) => this.raw(cmd, depth, !1, pipedFrom(script.commands, script.ops, c)));
    for (let sub of script.subs) this.line(sub, depth + 1);
    depth === 0 && (placeCommands(this), readings(this), reevaluatedRunTimeValues(this, text));
  }
  /** One command as parsed: its redirections, assignments and words. producer: the command whose output it reads (`a | cmd`). */
  raw(cmd, depth, certain = !1, producer) {
    redirections(this, cmd);
    let k = 0;
    for (; k < cmd.argv.length && isPrefixAssignment(cmd.argv[k].raw); ) k++;
    let assignments = k === 0 ? cmd.assignments : [...cmd.assignments, ...cmd.argv.slice(0, k)];
    prefixAssignments(this, assignments);
    let args = [], vars = depth === 0 ? this.vars : void 0;
    for (let i = k; i < cmd.argv.length; i++) {
      let w = cmd.argv[i];
      w.dynamic && w.raw.includes("@P}") && (promptUses(this, w.raw), this.vars && (this.vars.off = !0));
      let known = vars && w.dynamic && !w.glob ? substitute(vars, w.raw) : void 0;
      if (known) {
        args.push(...known);
        continue;
      }
      w.braceError && this.problem(w.braceError, w.raw);
      let dynamic = w.dynamic || w.glob, procsub = isProcessSubstitution(w), oneWord = w.dynamic && !w.glob && !w.splits, fields = w.fields;
      for (let f = 0, n = fields ? fields.length : 1; f < n; f++) {
        let arg = { value: fields ? fields[f] : w.value, dynamic, tilde: w.tilde };
        procsub && (arg.procsub = !0), oneWord && (arg.oneWord = !0), args.push(arg);
      }
    }
    terraformArgs(assignments, args), rememberProgramUse(this, cmd.argv[k], args);
    let standalone = args.length === 0 && cmd.argv.length === k && cmd.redirects.length === 0;
    applyAssignments(this, assignments, certain && standalone && depth === 0);
    let env = assignments.length ? assignments.map((w) => ({ value: w.value, dynamic: w.dynamic || w.glob })) : void 0;
    args.length && this.simple(args, stdinOf(cmd, producer), depth, certain, env);
  }
  /** One simple command: its layers (the program as written and as known, then each wrapper's command), each read for what it does. */
  simple(args, stdin, depth, certain = !1, env) {
    let rec = { layers: [], argvs: [], delegates: !1 };
    env && (rec.env = env), this.acc.commands.push(rec);
    let layers = rec.layers, cur = args;
    for (let guard = 0; guard < 64 && cur.length; guard++) {
      let name = cur[0], rest = cur.slice(1), written = writtenName(name.value), exe = sameProgram(written);
      exe !== written && (layers.push(layerText(written, rest)), rec.argvs.push(cur)), layers.push(layerText(exe, rest)), rec.argvs.push(cur), name.dynamic || layerEffects(this, exe, rest, depth, certain && guard === 0), name.dynamic || runsWrittenScript(this, name, exe, rest, layers[layers.length - 1], depth);
      for (let d of chdirTargets(exe, rest)) chdir(this, d, layers[layers.length - 1]);
      if (name.dynamic) {
        this.vars && (this.vars.off = !0), this.problem(`cannot tell which program runs: "${name.value}" is known only at run time`, layers[layers.length - 1]);
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
        u.kind === "problem" && (this.vars && (this.vars.off = !0), this.problem(u.reason, layers[layers.length - 1]));
        break;
      }
      rec.delegates = specialProgram(this, exe, rest, stdin, depth, layers[layers.length - 1]);
      break;
    }
  }
}, XARGS_INPUT = { value: "<words read from standard input>", dynamic: !0 };
function withXargsInput(inner, replace) {
  return replace === void 0 || replace === "" ? [...inner, XARGS_INPUT] : inner.map((a) => a.value.includes(replace) ? { ...a, dynamic: !0, oneWord: !0 } : a);
}
function splitWords(text) {
  if (/[;&|<>()`$\n#]/.test(text)) return;
  let lex = lexShell(text);
  if (lex.error) return;
  let out = [];
  for (let w of lex.words) {
    if (w.dynamic || w.glob) return;
    for (let value of w.fields ?? [w.value]) out.push({ value, dynamic: !1 });
  }
  return out;
}

// src/match/command.ts
var analyses = new TwoGenerationCache(2e4);
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
function commandPatternProblem(pattern) {
  let pw = patternWords(pattern);
  if (pw.problem) return pw.problem;
  if (pw.words.length === 0) return "the pattern is empty";
}
function commandPatternRegexSource(pattern) {
  let { words } = patternWords(pattern);
  if (words.length === 0 || words.every((w) => w.every((p) => p === ""))) return "[^\\s\\S]";
  let last = words[words.length - 1], body = words.length > 1 && last.length === 1 && last[0] === STAR ? words.slice(0, -1) : words, src = flatPieces(body).map((p) => p === STAR ? ".*" : escapeRegexLiteral(p)).join("");
  return words.length === 1 && last.length === 1 && last[0] === STAR ? ".*" : `${src}(?: .*)?`;
}
var CommandPatternList = class _CommandPatternList {
  /** `restored`: the automaton of these rules from the runtime cache (see restore), else compiled here. */
  constructor(rules, ignoreCase, restored) {
    this.ignoreCase = ignoreCase;
    this.automaton = restored ?? new Automaton(ignoreCase), rules.forEach((rule, index) => {
      restored || this.automaton.add(index, commandPatternRegexSource(rule.pattern));
      let alone, test = (command) => (alone ??= new Automaton(ignoreCase).add(0, commandPatternRegexSource(rule.pattern))).run(command).length > 0;
      this.all.push({ rule, pattern: rule.pattern, index, test });
    });
  }
  ignoreCase;
  all = [];
  automaton;
  /**
   * The list `new CommandPatternList(rules, ignoreCase)` was when it made `snapshot`; undefined when
   * the snapshot is not a whole one for this many rules, or folds case otherwise (then compile).
   * The caller keys snapshots by the patterns and the case (src/engine/lists.ts).
   */
  static restore(rules, ignoreCase, snapshot) {
    let automaton = Automaton.fromSnapshot(snapshot, rules.length);
    return automaton && automaton.nocase === ignoreCase ? new _CommandPatternList(rules, ignoreCase, automaton) : void 0;
  }
  /** The compiled patterns as data, for the runtime cache (restore). */
  snapshot() {
    return this.automaton.snapshot();
  }
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

export {
  firstOfEachKey,
  normalise,
  writtenName,
  executableName,
  programs_default,
  PROGRAM_SPECS,
  TOUCH_MODELS,
  REGISTRY_DATA,
  readShortCluster,
  own,
  ownEntries,
  hazardExamples,
  spellsOption,
  scanHazards,
  assignedName,
  lexShell,
  isWrapper,
  SHELLS,
  shellScriptArguments,
  analyzeUncached,
  analyzeCommand,
  normaliseCommandPattern,
  commandPatternProblem,
  commandPatternRegexSource,
  CommandPatternList
};
