"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/arity-n/0.js
var require__ = __commonJS({
  "node_modules/arity-n/0.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function() {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/1.js
var require__2 = __commonJS({
  "node_modules/arity-n/1.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function(a) {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/2.js
var require__3 = __commonJS({
  "node_modules/arity-n/2.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function(a, b) {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/3.js
var require__4 = __commonJS({
  "node_modules/arity-n/3.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function(a, b, c) {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/4.js
var require__5 = __commonJS({
  "node_modules/arity-n/4.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function(a, b, c, d) {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/5.js
var require__6 = __commonJS({
  "node_modules/arity-n/5.js"(exports2, module2) {
    module2.exports = function(fn) {
      return function(a, b, c, d, e) {
        return fn.apply(null, arguments);
      };
    };
  }
});

// node_modules/arity-n/N.js
var require_N = __commonJS({
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

// node_modules/compose-function/index.js
var require_compose_function = __commonJS({
  "node_modules/compose-function/index.js"(exports2, module2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", {
      value: !0
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

// node_modules/@ericcornelissen/bash-parser/src/shell-lexer.js
var require_shell_lexer = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/utils/logger-phase.js
var require_logger_phase = __commonJS({
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

// node_modules/has-own-property/index.js
var require_has_own_property = __commonJS({
  "node_modules/has-own-property/index.js"(exports2, module2) {
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    module2.exports = function(obj, prop) {
      return _hasOwnProperty.call(obj, prop);
    };
  }
});

// node_modules/filter-obj/index.js
var require_filter_obj = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/operators.js
var require_operators = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/utils/tokens.js
var require_tokens = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/utils/is-valid-name.js
var require_is_valid_name = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/utils/is-valid-name.js"(exports2, module2) {
    "use strict";
    module2.exports = function(text) {
      return /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(text);
    };
  }
});

// node_modules/lodash.curry/index.js
var require_lodash = __commonJS({
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
    module2.exports = curry;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/vendored/iterable-transform-replace.js
var require_iterable_transform_replace = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/iterable-transform-replace.js"(exports2, module2) {
    "use strict";
    var curry = require_lodash();
    function replace(oldItem, newItem, array) {
      return array.map((item) => item === oldItem ? newItem : item);
    }
    module2.exports = curry(replace);
  }
});

// node_modules/@ericcornelissen/bash-parser/src/utils/index.js
var require_utils = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/utils/index.js"(exports2) {
    exports2.loggerPhase = require_logger_phase();
    exports2.tokens = require_tokens();
    exports2.isValidName = require_is_valid_name();
    exports2.replaceRule = require_iterable_transform_replace();
  }
});

// node_modules/identity-function/index.js
var require_identity_function = __commonJS({
  "node_modules/identity-function/index.js"(exports2, module2) {
    module2.exports = function(x) {
      return x;
    };
  }
});

// node_modules/is-iterable/index.js
var require_is_iterable = __commonJS({
  "node_modules/is-iterable/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(val) {
      return typeof Symbol < "u" && Symbol && "iterator" in Symbol && val != null && typeof val[Symbol.iterator] == "function";
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/vendored/map-iterable.js
var require_map_iterable = __commonJS({
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

// node_modules/object-values/index.js
var require_object_values = __commonJS({
  "node_modules/object-values/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(obj) {
      for (var keys = Object.keys(obj), ret = [], i = 0; i < keys.length; i++)
        ret.push(obj[keys[i]]);
      return ret;
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/vendored/transform-spread-iterable.js
var require_transform_spread_iterable = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/transform-spread-iterable.js"(exports2, module2) {
    "use strict";
    function* spread(source) {
      for (let item of source)
        typeof item[Symbol.iterator] == "function" ? yield* item : yield item;
    }
    module2.exports = spread;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/bash/rules/alias-substitution.js
var require_alias_substitution = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/bash/index.js
var require_bash = __commonJS({
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

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(num) {
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/ast-builder.js
var require_ast_builder = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/operator.js
var require_operator = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/comment.js
var require_comment = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/single-quoting.js
var require_single_quoting = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/double-quoting.js
var require_double_quoting = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-command-tick.js
var require_expansion_command_tick = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-special-parameter.js
var require_expansion_special_parameter = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-parameter.js
var require_expansion_parameter = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-command-or-arithmetic.js
var require_expansion_command_or_arithmetic = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/expansion-parameter-extended.js
var require_expansion_parameter_extended = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/reducers/index.js
var require_reducers = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/index.js
var require_tokenizer = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/tokenizer/index.js"(exports2, module2) {
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

// node_modules/map-obj/index.js
var require_map_obj = __commonJS({
  "node_modules/map-obj/index.js"(exports2, module2) {
    "use strict";
    var isObject = (x) => typeof x == "object" && x !== null && !(x instanceof RegExp) && !(x instanceof Error) && !(x instanceof Date);
    module2.exports = function mapObj(obj, fn, opts, seen) {
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
  "node_modules/object-pairs/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(obj) {
      return Object.keys(obj).map(function(key) {
        return [key, obj[key]];
      });
    };
  }
});

// node_modules/vlq/dist/vlq.js
var require_vlq = __commonJS({
  "node_modules/vlq/dist/vlq.js"(exports2, module2) {
    (function(global2, factory) {
      typeof exports2 == "object" && typeof module2 < "u" ? factory(exports2) : typeof define == "function" && define.amd ? define(["exports"], factory) : factory(global2.vlq = global2.vlq || {});
    })(exports2, (function(exports3) {
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
      exports3.decode = decode, exports3.encode = encode, Object.defineProperty(exports3, "__esModule", { value: !0 });
    }));
  }
});

// node_modules/magic-string/dist/magic-string.cjs.js
var require_magic_string_cjs = __commonJS({
  "node_modules/magic-string/dist/magic-string.cjs.js"(exports2, module2) {
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
    module2.exports = MagicString;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/field-splitting.js
var require_field_splitting = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/parameter-expansion.js
var require_parameter_expansion = __commonJS({
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
    module2.exports = parameterExpansion;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/command-expansion.js
var require_command_expansion = __commonJS({
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
            ), xp.resolved = !0;
          }
        return token.alterValue(magic.toString());
      }
      return token;
    });
    module2.exports = commandExpansion;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/arithmetic-expansion.js
var require_arithmetic_expansion = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/arithmetic-expansion.js"(exports2, module2) {
    "use strict";
    var map = require_map_iterable(), babylonModule, babylon = { parse: (text) => (babylonModule ??= require("./babylon.cjs")).parse(text) }, MagicString = require_magic_string_cjs(), tokens = require_tokens(), fieldSplitting = require_field_splitting();
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
    module2.exports = arithmeticExpansion;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/alias-substitution.js
var require_alias_substitution2 = __commonJS({
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

// node_modules/to-no-case/index.js
var require_to_no_case = __commonJS({
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

// node_modules/to-space-case/index.js
var require_to_space_case = __commonJS({
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

// node_modules/to-pascal-case/index.js
var require_to_pascal_case = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/default-node-type.js
var require_default_node_type = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/tilde-expanding.js
var require_tilde_expanding = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/tilde-expanding.js"(exports2, module2) {
    "use strict";
    var map = require_map_iterable(), tokens = require_tokens(), replace = (text, resolveHomeUser) => {
      let replaced = !1, result = text.replace(/^~([^\/]*)\//, (match, p1) => (replaced = !0, resolveHomeUser(p1 || null) + "/"));
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/path-expansion.js
var require_path_expansion = __commonJS({
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

// node_modules/shell-quote-word/index.js
var require_shell_quote_word = __commonJS({
  "node_modules/shell-quote-word/index.js"(exports2, module2) {
    "use strict";
    var META = "|&;()<> \\t", BAREWORD = `(\\\\['"` + META + `]|[^\\s'"` + META + "])+", SINGLE_QUOTE = '"((\\\\"|[^"])*?)"', DOUBLE_QUOTE = "'((\\\\'|[^'])*?)'", TOKEN = "";
    for (i = 0; i < 4; i++)
      TOKEN += (Math.pow(16, 8) * Math.random()).toString(16);
    var i;
    module2.exports = function(s) {
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
  "node_modules/unescape-js/dist/index.js"(exports2, module2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", {
      value: !0
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/quote-removal.js
var require_quote_removal = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/quote-removal.js"(exports2, module2) {
    "use strict";
    var parse = require_shell_quote_word(), unescape = require_dist(), map = require_map_iterable(), tokens = require_tokens();
    function unquote(text) {
      let unquoted = parse(text);
      return unquoted.length === 0 ? text : unquoted[0].comment ? "" : unescape(unquoted[0]);
    }
    function unresolvedExpansions(token) {
      return token.expansion ? token.expansion.filter((xp) => !xp.resolved).length > 0 : !1;
    }
    module2.exports = () => map((token) => (token.is("WORD") || token.is("ASSIGNMENT_WORD")) && !unresolvedExpansions(token) ? tokens.setValue(token, unquote(token.value)) : token);
  }
});

// node_modules/iterable-lookahead/index.js
var require_iterable_lookahead = __commonJS({
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
    module2.exports = lookahead;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/identify-simplecommand-names.js
var require_identify_simplecommand_names = __commonJS({
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
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/identify-maybe-simple-commands.js"(exports2, module2) {
    "use strict";
    var values = require_object_values(), compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    module2.exports = function(options, mode) {
      return compose(map((tk, idx, iterable) => {
        let last = iterable.behind(1) || { EMPTY: !0, is: (type) => type === "EMPTY" };
        return tk._.maybeStartOfSimpleCommand = !!(last.is("EMPTY") || last.is("SEPARATOR_OP") || last.is("OPEN_PAREN") || last.is("CLOSE_PAREN") || last.is("NEWLINE") || last.is("NEWLINE_LIST") || last.is("TOKEN") === ";" || last.is("PIPE") || last.is("DSEMI") || last.is("OR_IF") || last.is("PIPE") || last.is("AND_IF") || !last.is("For") && !last.is("In") && !last.is("Case") && values(mode.enums.reservedWords).some((word) => last.is(word))), tk;
      }), lookahead);
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/operator-tokens.js
var require_operator_tokens = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/reserved-words.js
var require_reserved_words = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/reserved-words.js"(exports2, module2) {
    "use strict";
    var hasOwnProperty = require_has_own_property(), values = require_object_values(), compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    function isValidReservedWordPosition(tk, iterable, words) {
      let last = iterable.behind(1) || { EMPTY: !0, is: (type) => type === "EMPTY" }, twoAgo = iterable.behind(2) || { EMPTY: !0, is: (type) => type === "EMPTY" }, startOfCommand = last.is("EMPTY") || last.is("SEPARATOR_OP") || last.is("OPEN_PAREN") || last.is("CLOSE_PAREN") || last.is("NEWLINE") || last.is("NEWLINE_LIST") || last.is("DSEMI") || last.value === ";" || last.is("PIPE") || last.is("OR_IF") || last.is("PIPE") || last.is("AND_IF"), lastIsReservedWord = !last.value === "for" && !last.value === "in" && !last.value === "case" && values(words).some((word) => last.is(word)), thirdInCase = twoAgo.value === "case" && tk.is("TOKEN") && tk.value.toLowerCase() === "in", thirdInFor = twoAgo.value === "for" && tk.is("TOKEN") && (tk.value.toLowerCase() === "in" || tk.value.toLowerCase() === "do");
      return tk.value === "}" || startOfCommand || lastIsReservedWord || thirdInFor || thirdInCase;
    }
    module2.exports = function(options, mode) {
      return compose(map((tk, idx, iterable) => isValidReservedWordPosition(tk, iterable, mode.enums.reservedWords) && hasOwnProperty(mode.enums.reservedWords, tk.value) ? tk.changeTokenType(mode.enums.reservedWords[tk.value], tk.value) : tk.is("TOKEN") ? tk.changeTokenType("WORD", tk.value) : tk), lookahead.depth(2));
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/vendored/filter-iterator.js
var require_filter_iterator = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/vendored/filter-iterator.js"(exports2, module2) {
    "use strict";
    module2.exports = filterIterator;
    function* filterIterator(xs, pred) {
      for (let x of xs)
        pred(x) && (yield x);
    }
  }
});

// node_modules/reverse-arguments/index.js
var require_reverse_arguments = __commonJS({
  "node_modules/reverse-arguments/index.js"(exports2, module2) {
    module2.exports = function(fn, scope) {
      return function() {
        var args = Array.prototype.slice.call(arguments);
        return fn.apply(scope || this, args.reverse());
      };
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/utils/filter.js
var require_filter = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/utils/filter.js"(exports2, module2) {
    "use strict";
    var filterIterator = require_filter_iterator(), reverse = require_reverse_arguments(), curry = require_lodash(), filter = curry(reverse(filterIterator), 2);
    module2.exports = filter;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/utils/non-null.js
var require_non_null = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/utils/non-null.js"(exports2, module2) {
    "use strict";
    var filter = require_filter(), nonNull = (tk) => tk !== null;
    module2.exports = filter(nonNull);
    filter.predicate = nonNull;
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/separator.js
var require_separator = __commonJS({
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
    module2.exports = () => compose(
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/for-name-variable.js
var require_for_name_variable = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/for-name-variable.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead(), isValidName = require_is_valid_name();
    module2.exports = function() {
      return compose(map((tk, idx, iterable) => (iterable.behind(1) || { is: () => !1 }).is("For") && tk.is("WORD") && isValidName(tk.value) ? tk.changeTokenType("NAME", tk.value) : tk), lookahead);
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/function-name.js
var require_function_name = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/function-name.js"(exports2, module2) {
    "use strict";
    var compose = require_compose_function(), map = require_map_iterable(), lookahead = require_iterable_lookahead();
    module2.exports = function() {
      return compose(map((tk, idx, iterable) => (tk._.maybeStartOfSimpleCommand && tk.is("WORD") && iterable.ahead(2) && iterable.ahead(1).is("OPEN_PAREN") && iterable.ahead(2).is("CLOSE_PAREN") && (tk = tk.changeTokenType("NAME", tk.value)), tk)), lookahead.depth(2));
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/io-number.js
var require_io_number = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/new-line-list.js
var require_new_line_list = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/assignment-word.js
var require_assignment_word = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/assignment-word.js"(exports2, module2) {
    "use strict";
    var map = require_map_iterable(), isValidName = require_is_valid_name();
    module2.exports = function() {
      return map((tk, idx, ctx) => (tk._.maybeStartOfSimpleCommand && (ctx.commandPrefixNotAllowed = !1), !ctx.commandPrefixNotAllowed && tk.is("WORD") && tk.value.indexOf("=") > 0 && // left part must be a valid name
      isValidName(tk.value.slice(0, tk.value.indexOf("="))) ? tk.changeTokenType("ASSIGNMENT_WORD", tk.value) : (ctx.commandPrefixNotAllowed = !0, tk)));
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/syntaxerror-oncontinue.js
var require_syntaxerror_oncontinue = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/rules/index.js
var require_rules = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/grammar.js
var require_grammar = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/io-file-operators.js
var require_io_file_operators = __commonJS({
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
          return !0;
      return !1;
    };
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/parameter-operators.js
var require_parameter_operators = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/reserved-words.js
var require_reserved_words2 = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/index.js
var require_enums = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/modes/posix/enums/index.js"(exports2) {
    "use strict";
    exports2.IOFileOperators = require_io_file_operators();
    exports2.operators = require_operators();
    exports2.parameterOperators = require_parameter_operators();
    exports2.reservedWords = require_reserved_words2();
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/built-grammar.js
var require_built_grammar = __commonJS({
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
    typeof require < "u" && typeof exports2 < "u" && (exports2.parser = parser, exports2.Parser = parser.Parser, exports2.parse = function() {
      return parser.parse.apply(parser, arguments);
    }, exports2.main = function(args) {
      args[1] || (console.log("Usage: " + args[0] + " FILE"), process.exit(1));
      var source = require("fs").readFileSync(require("path").normalize(args[1]), "utf8");
      return exports2.parser.parse(source);
    }, typeof module2 < "u" && require.main === module2 && exports2.main(process.argv.slice(1)));
  }
});

// node_modules/@ericcornelissen/bash-parser/src/modes/posix/index.js
var require_posix = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/modes/word-expansion/index.js
var require_word_expansion = __commonJS({
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

// node_modules/@ericcornelissen/bash-parser/src/index.js
var require_src = __commonJS({
  "node_modules/@ericcornelissen/bash-parser/src/index.js"(exports2, module2) {
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
module.exports = require_src();
