var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  parsePayload: () => parsePayload,
  runGuard: () => runGuard
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_L6LHJPLK = require("./chunk-L6LHJPLK.js");
var import_chunk_75HOI2O4 = require("./chunk-75HOI2O4.js");
var import_chunk_ONWBNJLD = require("./chunk-ONWBNJLD.js");
var import_chunk_6WN7SKCC = require("./chunk-6WN7SKCC.js");
var import_chunk_5SXIVEAW = require("./chunk-5SXIVEAW.js");
var import_chunk_CC6SQXWV = require("./chunk-CC6SQXWV.js");
var import_chunk_HZVDRH6M = require("./chunk-HZVDRH6M.js");
var import_chunk_3DFXYDHO = require("./chunk-3DFXYDHO.js");
var import_chunk_U2PCRH3Y = require("./chunk-U2PCRH3Y.js");
var import_chunk_6TQU3MSI = require("./chunk-6TQU3MSI.js");
var import_chunk_65XJQ7OF = require("./chunk-65XJQ7OF.js");
var import_chunk_TGX7ZEIM = require("./chunk-TGX7ZEIM.js");
var import_chunk_OBQATWCV = require("./chunk-OBQATWCV.js");
var import_chunk_AWYVE2O7 = require("./chunk-AWYVE2O7.js");
var import_chunk_DZDRPYKP = require("./chunk-DZDRPYKP.js");
var import_chunk_DDC3HKHF = require("./chunk-DDC3HKHF.js");
var import_chunk_UKGDGRKQ = require("./chunk-UKGDGRKQ.js");
var import_chunk_ZA4BQCYO = require("./chunk-ZA4BQCYO.js");
var import_chunk_ZHFJQ6OZ = require("./chunk-ZHFJQ6OZ.js");
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
var import_chunk_2CSPOQSB = require("./chunk-2CSPOQSB.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_fs = require("node:fs");
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");
var import_node_crypto = require("node:crypto");
var import_node_fs3 = require("node:fs");
var import_node_path2 = require("node:path");
var import_node_crypto2 = require("node:crypto");
var import_node_fs4 = require("node:fs");
var import_node_fs5 = require("node:fs");
var import_node_path3 = require("node:path");
var require_graceful_fs = (0, import_chunk_MOTYY5BU.__commonJS)({
  "scripts/shims/graceful-fs.cjs"(exports2, module2) {
    "use strict";
    module2.exports = (0, import_chunk_MOTYY5BU.__require)("node:fs");
  }
});
var require_retry_operation = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/retry/lib/retry_operation.js"(exports2, module2) {
    function RetryOperation(timeouts, options) {
      typeof options == "boolean" && (options = { forever: options }), this._originalTimeouts = JSON.parse(JSON.stringify(timeouts)), this._timeouts = timeouts, this._options = options || {}, this._maxRetryTime = options && options.maxRetryTime || 1 / 0, this._fn = null, this._errors = [], this._attempts = 1, this._operationTimeout = null, this._operationTimeoutCb = null, this._timeout = null, this._operationStart = null, this._options.forever && (this._cachedTimeouts = this._timeouts.slice(0));
    }
    module2.exports = RetryOperation;
    RetryOperation.prototype.reset = function() {
      this._attempts = 1, this._timeouts = this._originalTimeouts;
    };
    RetryOperation.prototype.stop = function() {
      this._timeout && clearTimeout(this._timeout), this._timeouts = [], this._cachedTimeouts = null;
    };
    RetryOperation.prototype.retry = function(err) {
      if (this._timeout && clearTimeout(this._timeout), !err)
        return false;
      var currentTime = (/* @__PURE__ */ new Date()).getTime();
      if (err && currentTime - this._operationStart >= this._maxRetryTime)
        return this._errors.unshift(new Error("RetryOperation timeout occurred")), false;
      this._errors.push(err);
      var timeout = this._timeouts.shift();
      if (timeout === void 0)
        if (this._cachedTimeouts)
          this._errors.splice(this._errors.length - 1, this._errors.length), this._timeouts = this._cachedTimeouts.slice(0), timeout = this._timeouts.shift();
        else
          return false;
      var self = this, timer = setTimeout(function() {
        self._attempts++, self._operationTimeoutCb && (self._timeout = setTimeout(function() {
          self._operationTimeoutCb(self._attempts);
        }, self._operationTimeout), self._options.unref && self._timeout.unref()), self._fn(self._attempts);
      }, timeout);
      return this._options.unref && timer.unref(), true;
    };
    RetryOperation.prototype.attempt = function(fn, timeoutOps) {
      this._fn = fn, timeoutOps && (timeoutOps.timeout && (this._operationTimeout = timeoutOps.timeout), timeoutOps.cb && (this._operationTimeoutCb = timeoutOps.cb));
      var self = this;
      this._operationTimeoutCb && (this._timeout = setTimeout(function() {
        self._operationTimeoutCb();
      }, self._operationTimeout)), this._operationStart = (/* @__PURE__ */ new Date()).getTime(), this._fn(this._attempts);
    };
    RetryOperation.prototype.try = function(fn) {
      console.log("Using RetryOperation.try() is deprecated"), this.attempt(fn);
    };
    RetryOperation.prototype.start = function(fn) {
      console.log("Using RetryOperation.start() is deprecated"), this.attempt(fn);
    };
    RetryOperation.prototype.start = RetryOperation.prototype.try;
    RetryOperation.prototype.errors = function() {
      return this._errors;
    };
    RetryOperation.prototype.attempts = function() {
      return this._attempts;
    };
    RetryOperation.prototype.mainError = function() {
      if (this._errors.length === 0)
        return null;
      for (var counts = {}, mainError = null, mainErrorCount = 0, i = 0; i < this._errors.length; i++) {
        var error = this._errors[i], message = error.message, count = (counts[message] || 0) + 1;
        counts[message] = count, count >= mainErrorCount && (mainError = error, mainErrorCount = count);
      }
      return mainError;
    };
  }
});
var require_retry = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/retry/lib/retry.js"(exports2) {
    var RetryOperation = require_retry_operation();
    exports2.operation = function(options) {
      var timeouts = exports2.timeouts(options);
      return new RetryOperation(timeouts, {
        forever: options && options.forever,
        unref: options && options.unref,
        maxRetryTime: options && options.maxRetryTime
      });
    };
    exports2.timeouts = function(options) {
      if (options instanceof Array)
        return [].concat(options);
      var opts = {
        retries: 10,
        factor: 2,
        minTimeout: 1 * 1e3,
        maxTimeout: 1 / 0,
        randomize: false
      };
      for (var key in options)
        opts[key] = options[key];
      if (opts.minTimeout > opts.maxTimeout)
        throw new Error("minTimeout is greater than maxTimeout");
      for (var timeouts = [], i = 0; i < opts.retries; i++)
        timeouts.push(this.createTimeout(i, opts));
      return options && options.forever && !timeouts.length && timeouts.push(this.createTimeout(i, opts)), timeouts.sort(function(a, b) {
        return a - b;
      }), timeouts;
    };
    exports2.createTimeout = function(attempt, opts) {
      var random = opts.randomize ? Math.random() + 1 : 1, timeout = Math.round(random * opts.minTimeout * Math.pow(opts.factor, attempt));
      return timeout = Math.min(timeout, opts.maxTimeout), timeout;
    };
    exports2.wrap = function(obj, options, methods) {
      if (options instanceof Array && (methods = options, options = null), !methods) {
        methods = [];
        for (var key in obj)
          typeof obj[key] == "function" && methods.push(key);
      }
      for (var i = 0; i < methods.length; i++) {
        var method = methods[i], original = obj[method];
        obj[method] = function(original2) {
          var op = exports2.operation(options), args = Array.prototype.slice.call(arguments, 1), callback = args.pop();
          args.push(function(err) {
            op.retry(err) || (err && (arguments[0] = op.mainError()), callback.apply(this, arguments));
          }), op.attempt(function() {
            original2.apply(obj, args);
          });
        }.bind(obj, original), obj[method].options = options;
      }
    };
  }
});
var require_retry2 = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/retry/index.js"(exports2, module2) {
    module2.exports = require_retry();
  }
});
var require_assert_equal = (0, import_chunk_MOTYY5BU.__commonJS)({
  "scripts/shims/assert-equal.cjs"(exports2, module2) {
    "use strict";
    module2.exports = {
      equal(actual, expected, message) {
        if (actual != expected) throw new Error(message ?? `${actual} == ${expected}`);
      }
    };
  }
});
var require_signals = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/signal-exit/signals.js"(exports2, module2) {
    module2.exports = [
      "SIGABRT",
      "SIGALRM",
      "SIGHUP",
      "SIGINT",
      "SIGTERM"
    ];
    process.platform !== "win32" && module2.exports.push(
      "SIGVTALRM",
      "SIGXCPU",
      "SIGXFSZ",
      "SIGUSR2",
      "SIGTRAP",
      "SIGSYS",
      "SIGQUIT",
      "SIGIOT"
      // should detect profiler and enable/disable accordingly.
      // see #21
      // 'SIGPROF'
    );
    process.platform === "linux" && module2.exports.push(
      "SIGIO",
      "SIGPOLL",
      "SIGPWR",
      "SIGSTKFLT",
      "SIGUNUSED"
    );
  }
});
var require_signal_exit = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/signal-exit/index.js"(exports2, module2) {
    var process2 = global.process, processOk = function(process3) {
      return process3 && typeof process3 == "object" && typeof process3.removeListener == "function" && typeof process3.emit == "function" && typeof process3.reallyExit == "function" && typeof process3.listeners == "function" && typeof process3.kill == "function" && typeof process3.pid == "number" && typeof process3.on == "function";
    };
    processOk(process2) ? (assert = require_assert_equal(), signals = require_signals(), isWin = /^win/i.test(process2.platform), EE = (0, import_chunk_MOTYY5BU.__require)("events"), typeof EE != "function" && (EE = EE.EventEmitter), process2.__signal_exit_emitter__ ? emitter = process2.__signal_exit_emitter__ : (emitter = process2.__signal_exit_emitter__ = new EE(), emitter.count = 0, emitter.emitted = {}), emitter.infinite || (emitter.setMaxListeners(1 / 0), emitter.infinite = true), module2.exports = function(cb, opts) {
      if (!processOk(global.process))
        return function() {
        };
      assert.equal(typeof cb, "function", "a callback must be provided for exit handler"), loaded === false && load();
      var ev = "exit";
      opts && opts.alwaysLast && (ev = "afterexit");
      var remove = function() {
        emitter.removeListener(ev, cb), emitter.listeners("exit").length === 0 && emitter.listeners("afterexit").length === 0 && unload();
      };
      return emitter.on(ev, cb), remove;
    }, unload = function() {
      !loaded || !processOk(global.process) || (loaded = false, signals.forEach(function(sig) {
        try {
          process2.removeListener(sig, sigListeners[sig]);
        } catch {
        }
      }), process2.emit = originalProcessEmit, process2.reallyExit = originalProcessReallyExit, emitter.count -= 1);
    }, module2.exports.unload = unload, emit = function(event, code, signal) {
      emitter.emitted[event] || (emitter.emitted[event] = true, emitter.emit(event, code, signal));
    }, sigListeners = {}, signals.forEach(function(sig) {
      sigListeners[sig] = function() {
        if (processOk(global.process)) {
          var listeners = process2.listeners(sig);
          listeners.length === emitter.count && (unload(), emit("exit", null, sig), emit("afterexit", null, sig), isWin && sig === "SIGHUP" && (sig = "SIGINT"), process2.kill(process2.pid, sig));
        }
      };
    }), module2.exports.signals = function() {
      return signals;
    }, loaded = false, load = function() {
      loaded || !processOk(global.process) || (loaded = true, emitter.count += 1, signals = signals.filter(function(sig) {
        try {
          return process2.on(sig, sigListeners[sig]), true;
        } catch {
          return false;
        }
      }), process2.emit = processEmit, process2.reallyExit = processReallyExit);
    }, module2.exports.load = load, originalProcessReallyExit = process2.reallyExit, processReallyExit = function(code) {
      processOk(global.process) && (process2.exitCode = code || /* istanbul ignore next */
      0, emit("exit", process2.exitCode, null), emit("afterexit", process2.exitCode, null), originalProcessReallyExit.call(process2, process2.exitCode));
    }, originalProcessEmit = process2.emit, processEmit = function(ev, arg) {
      if (ev === "exit" && processOk(global.process)) {
        arg !== void 0 && (process2.exitCode = arg);
        var ret = originalProcessEmit.apply(this, arguments);
        return emit("exit", process2.exitCode, null), emit("afterexit", process2.exitCode, null), ret;
      } else
        return originalProcessEmit.apply(this, arguments);
    }) : module2.exports = function() {
      return function() {
      };
    };
    var assert, signals, isWin, EE, emitter, unload, emit, sigListeners, loaded, load, originalProcessReallyExit, processReallyExit, originalProcessEmit, processEmit;
  }
});
var require_mtime_precision = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/proper-lockfile/lib/mtime-precision.js"(exports2, module2) {
    "use strict";
    var cacheSymbol = /* @__PURE__ */ Symbol();
    function probe(file, fs, callback) {
      let cachedPrecision = fs[cacheSymbol];
      if (cachedPrecision)
        return fs.stat(file, (err, stat) => {
          if (err)
            return callback(err);
          callback(null, stat.mtime, cachedPrecision);
        });
      let mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs.utimes(file, mtime, mtime, (err) => {
        if (err)
          return callback(err);
        fs.stat(file, (err2, stat) => {
          if (err2)
            return callback(err2);
          let precision = stat.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs, cacheSymbol, { value: precision }), callback(null, stat.mtime, precision);
        });
      });
    }
    function getMtime(precision) {
      let now = Date.now();
      return precision === "s" && (now = Math.ceil(now / 1e3) * 1e3), new Date(now);
    }
    module2.exports.probe = probe;
    module2.exports.getMtime = getMtime;
  }
});
var require_lockfile = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/proper-lockfile/lib/lockfile.js"(exports2, module2) {
    "use strict";
    var path = (0, import_chunk_MOTYY5BU.__require)("path"), fs = require_graceful_fs(), retry = require_retry2(), onExit = require_signal_exit(), mtimePrecision = require_mtime_precision(), locks = {};
    function getLockFile(file, options) {
      return options.lockfilePath || `${file}.lock`;
    }
    function resolveCanonicalPath(file, options, callback) {
      if (!options.realpath)
        return callback(null, path.resolve(file));
      options.fs.realpath(file, callback);
    }
    function acquireLock(file, options, callback) {
      let lockfilePath = getLockFile(file, options);
      options.fs.mkdir(lockfilePath, (err) => {
        if (!err)
          return mtimePrecision.probe(lockfilePath, options.fs, (err2, mtime, mtimePrecision2) => {
            if (err2)
              return options.fs.rmdir(lockfilePath, () => {
              }), callback(err2);
            callback(null, mtime, mtimePrecision2);
          });
        if (err.code !== "EEXIST")
          return callback(err);
        if (options.stale <= 0)
          return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
        options.fs.stat(lockfilePath, (err2, stat) => {
          if (err2)
            return err2.code === "ENOENT" ? acquireLock(file, { ...options, stale: 0 }, callback) : callback(err2);
          if (!isLockStale(stat, options))
            return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
          removeLock(file, options, (err3) => {
            if (err3)
              return callback(err3);
            acquireLock(file, { ...options, stale: 0 }, callback);
          });
        });
      });
    }
    function isLockStale(stat, options) {
      return stat.mtime.getTime() < Date.now() - options.stale;
    }
    function removeLock(file, options, callback) {
      options.fs.rmdir(getLockFile(file, options), (err) => {
        if (err && err.code !== "ENOENT")
          return callback(err);
        callback();
      });
    }
    function updateLock(file, options) {
      let lock3 = locks[file];
      lock3.updateTimeout || (lock3.updateDelay = lock3.updateDelay || options.update, lock3.updateTimeout = setTimeout(() => {
        lock3.updateTimeout = null, options.fs.stat(lock3.lockfilePath, (err, stat) => {
          let isOverThreshold = lock3.lastUpdate + options.stale < Date.now();
          if (err)
            return err.code === "ENOENT" || isOverThreshold ? setLockAsCompromised(file, lock3, Object.assign(err, { code: "ECOMPROMISED" })) : (lock3.updateDelay = 1e3, updateLock(file, options));
          if (!(lock3.mtime.getTime() === stat.mtime.getTime()))
            return setLockAsCompromised(
              file,
              lock3,
              Object.assign(
                new Error("Unable to update lock within the stale threshold"),
                { code: "ECOMPROMISED" }
              )
            );
          let mtime = mtimePrecision.getMtime(lock3.mtimePrecision);
          options.fs.utimes(lock3.lockfilePath, mtime, mtime, (err2) => {
            let isOverThreshold2 = lock3.lastUpdate + options.stale < Date.now();
            if (!lock3.released) {
              if (err2)
                return err2.code === "ENOENT" || isOverThreshold2 ? setLockAsCompromised(file, lock3, Object.assign(err2, { code: "ECOMPROMISED" })) : (lock3.updateDelay = 1e3, updateLock(file, options));
              lock3.mtime = mtime, lock3.lastUpdate = Date.now(), lock3.updateDelay = null, updateLock(file, options);
            }
          });
        });
      }, lock3.updateDelay), lock3.updateTimeout.unref && lock3.updateTimeout.unref());
    }
    function setLockAsCompromised(file, lock3, err) {
      lock3.released = true, lock3.updateTimeout && clearTimeout(lock3.updateTimeout), locks[file] === lock3 && delete locks[file], lock3.options.onCompromised(err);
    }
    function lock2(file, options, callback) {
      options = {
        stale: 1e4,
        update: null,
        realpath: true,
        retries: 0,
        fs,
        onCompromised: (err) => {
          throw err;
        },
        ...options
      }, options.retries = options.retries || 0, options.retries = typeof options.retries == "number" ? { retries: options.retries } : options.retries, options.stale = Math.max(options.stale || 0, 2e3), options.update = options.update == null ? options.stale / 2 : options.update || 0, options.update = Math.max(Math.min(options.update, options.stale / 2), 1e3), resolveCanonicalPath(file, options, (err, file2) => {
        if (err)
          return callback(err);
        let operation = retry.operation(options.retries);
        operation.attempt(() => {
          acquireLock(file2, options, (err2, mtime, mtimePrecision2) => {
            if (operation.retry(err2))
              return;
            if (err2)
              return callback(operation.mainError());
            let lock3 = locks[file2] = {
              lockfilePath: getLockFile(file2, options),
              mtime,
              mtimePrecision: mtimePrecision2,
              options,
              lastUpdate: Date.now()
            };
            updateLock(file2, options), callback(null, (releasedCallback) => {
              if (lock3.released)
                return releasedCallback && releasedCallback(Object.assign(new Error("Lock is already released"), { code: "ERELEASED" }));
              unlock(file2, { ...options, realpath: false }, releasedCallback);
            });
          });
        });
      });
    }
    function unlock(file, options, callback) {
      options = {
        fs,
        realpath: true,
        ...options
      }, resolveCanonicalPath(file, options, (err, file2) => {
        if (err)
          return callback(err);
        let lock3 = locks[file2];
        if (!lock3)
          return callback(Object.assign(new Error("Lock is not acquired/owned by you"), { code: "ENOTACQUIRED" }));
        lock3.updateTimeout && clearTimeout(lock3.updateTimeout), lock3.released = true, delete locks[file2], removeLock(file2, options, callback);
      });
    }
    function check(file, options, callback) {
      options = {
        stale: 1e4,
        realpath: true,
        fs,
        ...options
      }, options.stale = Math.max(options.stale || 0, 2e3), resolveCanonicalPath(file, options, (err, file2) => {
        if (err)
          return callback(err);
        options.fs.stat(getLockFile(file2, options), (err2, stat) => err2 ? err2.code === "ENOENT" ? callback(null, false) : callback(err2) : callback(null, !isLockStale(stat, options)));
      });
    }
    function getLocks() {
      return locks;
    }
    onExit(() => {
      for (let file in locks) {
        let options = locks[file].options;
        try {
          options.fs.rmdirSync(getLockFile(file, options));
        } catch {
        }
      }
    });
    module2.exports.lock = lock2;
    module2.exports.unlock = unlock;
    module2.exports.check = check;
    module2.exports.getLocks = getLocks;
  }
});
var require_adapter = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/proper-lockfile/lib/adapter.js"(exports2, module2) {
    "use strict";
    var fs = require_graceful_fs();
    function createSyncFs(fs2) {
      let methods = ["mkdir", "realpath", "stat", "rmdir", "utimes"], newFs = { ...fs2 };
      return methods.forEach((method) => {
        newFs[method] = (...args) => {
          let callback = args.pop(), ret;
          try {
            ret = fs2[`${method}Sync`](...args);
          } catch (err) {
            return callback(err);
          }
          callback(null, ret);
        };
      }), newFs;
    }
    function toPromise(method) {
      return (...args) => new Promise((resolve3, reject) => {
        args.push((err, result) => {
          err ? reject(err) : resolve3(result);
        }), method(...args);
      });
    }
    function toSync(method) {
      return (...args) => {
        let err, result;
        if (args.push((_err, _result) => {
          err = _err, result = _result;
        }), method(...args), err)
          throw err;
        return result;
      };
    }
    function toSyncOptions(options) {
      if (options = { ...options }, options.fs = createSyncFs(options.fs || fs), typeof options.retries == "number" && options.retries > 0 || options.retries && typeof options.retries.retries == "number" && options.retries.retries > 0)
        throw Object.assign(new Error("Cannot use retries with the sync api"), { code: "ESYNC" });
      return options;
    }
    module2.exports = {
      toPromise,
      toSync,
      toSyncOptions
    };
  }
});
var require_proper_lockfile = (0, import_chunk_MOTYY5BU.__commonJS)({
  "node_modules/proper-lockfile/index.js"(exports2, module2) {
    "use strict";
    var lockfile = require_lockfile(), { toPromise, toSync, toSyncOptions } = require_adapter();
    async function lock2(file, options) {
      let release = await toPromise(lockfile.lock)(file, options);
      return toPromise(release);
    }
    function lockSync(file, options) {
      let release = toSync(lockfile.lock)(file, toSyncOptions(options));
      return toSync(release);
    }
    function unlock(file, options) {
      return toPromise(lockfile.unlock)(file, options);
    }
    function unlockSync(file, options) {
      return toSync(lockfile.unlock)(file, toSyncOptions(options));
    }
    function check(file, options) {
      return toPromise(lockfile.check)(file, options);
    }
    function checkSync(file, options) {
      return toSync(lockfile.check)(file, toSyncOptions(options));
    }
    module2.exports = lock2;
    module2.exports.lock = lock2;
    module2.exports.unlock = unlock;
    module2.exports.lockSync = lockSync;
    module2.exports.unlockSync = unlockSync;
    module2.exports.check = check;
    module2.exports.checkSync = checkSync;
  }
});
var import_proper_lockfile = (0, import_chunk_MOTYY5BU.__toESM)(require_proper_lockfile(), 1);
function lastLine(fd, size) {
  if (size === 0) return { text: "", terminated: true };
  let one = Buffer.alloc(1);
  (0, import_node_fs2.readSync)(fd, one, 0, 1, size - 1);
  let terminated = one[0] === 10, pos = terminated ? size - 1 : size, tail = Buffer.alloc(0);
  for (; pos > 0; ) {
    let n = Math.min(65536, pos);
    pos -= n;
    let buf = Buffer.alloc(n);
    (0, import_node_fs2.readSync)(fd, buf, 0, n, pos);
    let nl = buf.lastIndexOf(10);
    if (nl >= 0) return { text: Buffer.concat([buf.subarray(nl + 1), tail]).toString("utf8"), terminated };
    tail = Buffer.concat([buf, tail]);
  }
  return { text: tail.toString("utf8"), terminated };
}
function chainHead(file, key) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(file, "r");
  } catch (e) {
    if (e.code === "ENOENT") return { seq: 0, prev: import_chunk_ONWBNJLD.GENESIS, terminated: true };
    throw e;
  }
  try {
    let size = (0, import_node_fs2.fstatSync)(fd).size, { text, terminated } = lastLine(fd, size);
    if (text === "") return { seq: 0, prev: import_chunk_ONWBNJLD.GENESIS, terminated };
    try {
      let o = JSON.parse(text), seq = typeof o.seq == "number" && Number.isInteger(o.seq) ? o.seq + 1 : 0, prev = typeof o.hash == "string" && import_chunk_ONWBNJLD.HEX64.test(o.hash) ? o.hash : (0, import_chunk_ONWBNJLD.rawLineHash)(text, key);
      return { seq, prev, terminated };
    } catch {
      return { seq: 0, prev: (0, import_chunk_ONWBNJLD.rawLineHash)(text, key), terminated };
    }
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
async function appendChained(file, records, opts = {}) {
  (0, import_node_fs2.mkdirSync)((0, import_node_path.dirname)(file), { recursive: true });
  let waitMs = opts.lockWaitMs ?? 8e3, release = await (0, import_proper_lockfile.lock)(file, {
    realpath: false,
    stale: 1e4,
    retries: { retries: Math.ceil(waitMs / 10), factor: 1, minTimeout: 3, maxTimeout: 15, randomize: true }
  });
  try {
    let head = chainHead(file, opts.key), { seq, prev } = head, written = [], text = head.terminated ? "" : `
`;
    for (let r of records) {
      let line = (0, import_chunk_ONWBNJLD.sealLine)(r, seq++, prev, opts.key);
      text += JSON.stringify(line) + `
`, prev = line.hash, written.push(line);
    }
    let fd = (0, import_node_fs2.openSync)(file, "a");
    try {
      let buf = Buffer.from(text, "utf8"), off = 0;
      for (; off < buf.length; ) off += (0, import_node_fs2.writeSync)(fd, buf, off, buf.length - off);
    } finally {
      (0, import_node_fs2.closeSync)(fd);
    }
    return written;
  } finally {
    await release();
  }
}
function deadlineMs(env) {
  let v = Number(env.AGENT_POLICY_LINT_HOOK_DEADLINE_MS);
  return Number.isFinite(v) && v > 0 ? v : 1e4;
}
var DeadlineError = class extends Error {
  constructor(ms) {
    super(`no decision within the guard's ${ms} ms deadline`), this.name = "DeadlineError";
  }
};
function withDeadline(work, ms) {
  let timer, late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(ms)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
var PolicyUnusable = class extends Error {
  constructor(message) {
    super(message), this.name = "PolicyUnusable";
  }
};
function logDirOf(root, logDir) {
  let dir = (0, import_node_path2.resolve)(root, logDir ?? import_chunk_UKGDGRKQ.DEFAULT_LOG_DIR), rel = (0, import_node_path2.relative)(root, dir);
  if (logDir !== void 0 && ((0, import_node_path2.isAbsolute)(logDir) || rel === "" || rel.startsWith("..") || (0, import_node_path2.isAbsolute)(rel)))
    throw new PolicyUnusable(`audit.log_dir "${logDir}" is not a directory inside the repository`);
  return dir;
}
function isFile(abs) {
  try {
    return (0, import_node_fs3.statSync)(abs).isFile();
  } catch {
    return false;
  }
}
async function checkPolicy(cwd, files, overrides) {
  let { loadPolicySet } = await Promise.resolve().then(() => __toESM(require("./policy-XJFEZ6MI.js"))), loaded = await loadPolicySet({
    cwd,
    readFile: (abs) => files.get(abs)?.toString("utf8") ?? (isFile(abs) ? (0, import_node_fs3.readFileSync)(abs, "utf8") : void 0),
    overrideFiles: () => overrides
  });
  if (!loaded.set) {
    let e = loaded.findings.find((f) => f.severity === "error"), at = e ? `${(0, import_node_path2.relative)(cwd, e.file) || e.file}${e.line ? `:${e.line}` : ""}${e.column ? `:${e.column}` : ""}` : "";
    throw new PolicyUnusable(e ? `the policy cannot be used: ${at}: ${e.message}` : "the policy cannot be used");
  }
  return loaded.set;
}
async function loadGuardPolicy(cwd, opts = {}) {
  let rootFile = (0, import_chunk_6TQU3MSI.findRootPolicy)(cwd, isFile);
  if (!rootFile) throw new PolicyUnusable("no .agent-policy.yml found in the agent's directory or above it (up to the repository root)");
  let rootDir = (0, import_node_path2.dirname)(rootFile), overrides = await (opts.overrides?.rootFile === rootFile ? opts.overrides.files : (0, import_chunk_5SXIVEAW.discoverOverrides)(rootDir)), files = /* @__PURE__ */ new Map();
  for (let f of [rootFile, ...overrides])
    try {
      files.set(f, (0, import_node_fs3.readFileSync)(f));
    } catch (e) {
      if (f === rootFile) throw new PolicyUnusable(`the policy file ${rootFile} cannot be read: ${e.message}`);
    }
  let hash = (0, import_chunk_L6LHJPLK.policyHash)(rootDir, files), cacheDir = opts.cache === false ? void 0 : (0, import_chunk_HZVDRH6M.cacheDirOf)(rootDir), set = (0, import_chunk_L6LHJPLK.readPolicySetCache)(cacheDir, rootDir, hash), cached = set !== void 0;
  set || (set = await checkPolicy(cwd, files, [...files.keys()].slice(1)), (0, import_chunk_L6LHJPLK.writePolicySetCache)(cacheDir, rootDir, hash, set));
  let checked = set, root = checked.root.root, lists = (0, import_chunk_L6LHJPLK.openListsCache)(cacheDir, rootDir, hash);
  return { cp: (0, import_chunk_L6LHJPLK.withCaseClasses)(cacheDir, () => (0, import_chunk_OBQATWCV.compilePolicy)(checked, { lists })), root, version: checked.root.version, hash, logDir: logDirOf(root, checked.root.audit?.logDir), cached, lists };
}
function sessionFileName(sessionId, agent) {
  return sessionId === void 0 ? `${agent}-no-session` : /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(sessionId) && !sessionId.includes("..") ? sessionId : `${agent}-${(0, import_node_crypto.createHash)("sha256").update(sessionId).digest("hex").slice(0, 32)}`;
}
function sessionLogPath(policy, sessionId, agent) {
  return (0, import_node_path2.join)(policy.logDir, `${sessionFileName(sessionId, agent)}.jsonl`);
}
var isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v), str = (v) => typeof v == "string" && v !== "" ? v : void 0;
function need(o, key, what) {
  let v = str(o[key]);
  if (v === void 0) throw new import_chunk_5SXIVEAW.PayloadError(`${what} payload without "${key}"`);
  return v;
}
function jsonArgs(v, what) {
  if (typeof v != "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    throw new import_chunk_5SXIVEAW.PayloadError(`${what}: the tool arguments are a string that is not JSON`);
  }
}
var CLAUDE_EVENTS = {
  PreToolUse: "pre-tool",
  PostToolUse: "post-tool",
  PostToolUseFailure: "post-tool",
  SessionStart: "session-start",
  SessionEnd: "session-end"
}, GEMINI_EVENTS = {
  BeforeTool: "pre-tool",
  AfterTool: "post-tool",
  SessionStart: "session-start",
  SessionEnd: "session-end"
};
function readClaudeLike(o, agent, events) {
  let name = need(o, "hook_event_name", agent), kind = Object.hasOwn(events, name) ? events[name] : void 0;
  if (!kind) throw new import_chunk_5SXIVEAW.PayloadError(`unknown ${agent} hook event "${name.slice(0, 60)}"`);
  let e = { kind, name, sessionId: str(o.session_id), cwd: str(o.cwd), mode: str(o.permission_mode) };
  if (kind === "pre-tool" || kind === "post-tool") {
    if (e.tool = need(o, "tool_name", `${agent} ${name}`), !("tool_input" in o)) throw new import_chunk_5SXIVEAW.PayloadError(`${agent} ${name} payload without "tool_input"`);
    e.input = o.tool_input, e.toolUseId = str(o.tool_use_id), kind === "post-tool" && (e.result = name === "PostToolUseFailure" || toolFailed(o.tool_response) ? "error" : "success");
  }
  return e;
}
function toolFailed(r) {
  if (!isObj(r)) return false;
  if (r.is_error === true || r.success === false || r.interrupted === true || r.error !== void 0 && r.error !== null) return true;
  let code = r.exit_code ?? r.exitCode;
  return typeof code == "number" && code !== 0;
}
var CURSOR_EVENTS = {
  beforeShellExecution: "pre-tool",
  beforeReadFile: "pre-tool",
  beforeMCPExecution: "pre-tool",
  preToolUse: "pre-tool",
  afterShellExecution: "post-tool",
  afterFileEdit: "post-tool",
  afterMCPExecution: "post-tool",
  postToolUse: "post-tool",
  sessionStart: "session-start",
  sessionEnd: "session-end"
};
function readCursor(o) {
  let name = need(o, "hook_event_name", "cursor"), kind = Object.hasOwn(CURSOR_EVENTS, name) ? CURSOR_EVENTS[name] : void 0;
  if (!kind) throw new import_chunk_5SXIVEAW.PayloadError(`unknown cursor hook event "${name.slice(0, 60)}"`);
  let roots = Array.isArray(o.workspace_roots) ? o.workspace_roots.filter((r) => typeof r == "string") : [], e = { kind, name, sessionId: str(o.conversation_id) ?? str(o.session_id), cwd: str(o.cwd) ?? roots[0] };
  if (kind === "session-start" || kind === "session-end") return e;
  if (name === "preToolUse" || name === "postToolUse")
    e.tool = need(o, "tool_name", `cursor ${name}`), e.input = jsonArgs(o.tool_input, `cursor ${name}`);
  else {
    e.tool = name;
    let { hook_event_name: _n, conversation_id: _c, generation_id: _g, workspace_roots: _w, content: _content, ...rest } = o;
    if (e.input = rest, name === "beforeShellExecution" && str(o.command) === void 0) throw new import_chunk_5SXIVEAW.PayloadError('cursor beforeShellExecution payload without "command"');
    if (name === "beforeReadFile" && str(o.file_path) === void 0) throw new import_chunk_5SXIVEAW.PayloadError('cursor beforeReadFile payload without "file_path"');
    if (name === "beforeMCPExecution" && str(o.tool_name) === void 0) throw new import_chunk_5SXIVEAW.PayloadError('cursor beforeMCPExecution payload without "tool_name"');
  }
  return e.toolUseId = str(o.generation_id), kind === "post-tool" && (e.result = "success"), e;
}
var COPILOT_EVENTS = {
  preToolUse: "pre-tool",
  PreToolUse: "pre-tool",
  postToolUse: "post-tool",
  PostToolUse: "post-tool",
  sessionStart: "session-start",
  SessionStart: "session-start",
  sessionEnd: "session-end",
  SessionEnd: "session-end"
};
function readCopilot(o, event) {
  let name = str(o.hook_event_name) ?? str(o.hookEventName) ?? event ?? inferCopilotEvent(o), kind = Object.hasOwn(COPILOT_EVENTS, name) ? COPILOT_EVENTS[name] : void 0;
  if (!kind) throw new import_chunk_5SXIVEAW.PayloadError(`unknown copilot hook event "${name.slice(0, 60)}"`);
  let e = { kind, name, sessionId: str(o.sessionId) ?? str(o.session_id), cwd: str(o.cwd) };
  if (kind === "pre-tool" || kind === "post-tool") {
    let snake = "tool_name" in o;
    e.tool = snake ? need(o, "tool_name", `copilot ${name}`) : need(o, "toolName", `copilot ${name}`);
    let args = snake ? o.tool_input : o.toolArgs;
    if (args === void 0) throw new import_chunk_5SXIVEAW.PayloadError(`copilot ${name} payload without ${snake ? '"tool_input"' : '"toolArgs"'}`);
    if (e.input = jsonArgs(args, `copilot ${name}`), e.toolUseId = str(o.toolCallId) ?? str(o.tool_use_id), kind === "post-tool") {
      let r = o.toolResult ?? o.tool_response, type = isObj(r) ? str(r.resultType) ?? str(r.result_type) : void 0;
      e.result = type === "failure" || type === "error" || type === "denied" ? "error" : "success";
    }
  }
  return e;
}
function inferCopilotEvent(o) {
  if ("toolResult" in o) return "postToolUse";
  if ("toolName" in o) return "preToolUse";
  if ("source" in o) return "sessionStart";
  if ("reason" in o) return "sessionEnd";
  throw new import_chunk_5SXIVEAW.PayloadError("copilot payload whose event cannot be told (no toolName, toolResult, source or reason; pass --event NAME)");
}
function readPayload(agent, payload, event) {
  if (!isObj(payload)) throw new import_chunk_5SXIVEAW.PayloadError(`the ${agent} hook payload is not a JSON object`);
  switch (agent) {
    case "claude":
    case "codex":
      return readClaudeLike(payload, agent, CLAUDE_EVENTS);
    case "gemini":
      return readClaudeLike(payload, agent, GEMINI_EVENTS);
    case "cursor":
      return readCursor(payload);
    case "copilot":
      return readCopilot(payload, event);
  }
}
var redact = import_chunk_CC6SQXWV.redactSecrets;
function base(ctx, event) {
  let line = { timestamp: ctx.timestamp, event, session_id: ctx.event.sessionId ?? null, runtime: ctx.runtime };
  return ctx.agentId && (line.agent_id = ctx.agentId), line;
}
function relCwd(ctx) {
  if (!ctx.event.cwd) return;
  let n = (0, import_chunk_ZA4BQCYO.normalizePath)(ctx.event.cwd, { root: ctx.policy.root });
  return n.outside || n.invalid ? void 0 : n.path;
}
function subjectFields(a, ctx) {
  switch (a.kind) {
    case "filesystem": {
      let paths = a.paths.map((p) => (0, import_chunk_ZA4BQCYO.normalizePath)(p, { root: ctx.policy.root, cwd: a.cwd }).path);
      return { action: `filesystem.${a.op}`, ...paths.length === 1 ? { path: paths[0] } : { paths } };
    }
    case "command": {
      let cwd = relCwd(ctx);
      return { action: "command.exec", command: redact(a.command), ...cwd !== void 0 ? { cwd } : {} };
    }
    case "network":
      return { action: "network.request", ...a.url !== void 0 ? { url: redact(a.url) } : {}, ...a.host !== void 0 ? { host: a.host } : {} };
    case "tool":
      return { action: "tool.invoke", tool: a.tool };
  }
}
function logged(decided) {
  let effects = decided.filter((d) => d.action.kind !== "tool" && !(d.action.kind === "filesystem" && d.action.guessed && d.decision.outcome === "allow"));
  return [...decided.filter((d) => d.action.kind === "tool" && (effects.length === 0 || d.decision.outcome !== "allow")), ...effects];
}
function decisionRecords(ctx, verdict) {
  let out = [];
  for (let d of logged(verdict.decided))
    out.push({
      ...base(ctx, "decision"),
      ...subjectFields(d.action, ctx),
      tool: ctx.event.tool,
      ...ctx.event.toolUseId ? { tool_use_id: ctx.event.toolUseId } : {},
      allowed: d.decision.allowed,
      requires_approval: d.decision.requiresApproval,
      outcome: d.decision.outcome,
      call_outcome: verdict.outcome,
      reason: redact(d.decision.reason),
      rule: d.rule ?? null,
      policy_version: ctx.policy.version,
      policy_hash: ctx.policy.hash
    });
  return verdict.problems.length > 0 && out.push({
    ...base(ctx, "decision"),
    action: "tool.invoke",
    tool: ctx.event.tool,
    allowed: false,
    requires_approval: false,
    outcome: "deny",
    call_outcome: "deny",
    reason: redact(verdict.problems.join("; ")),
    rule: null,
    policy_version: ctx.policy.version,
    policy_hash: ctx.policy.hash
  }), out;
}
function fileHash(path, ctx) {
  let n = (0, import_chunk_ZA4BQCYO.normalizePath)(path, { root: ctx.policy.root, cwd: ctx.event.cwd });
  if (n.outside || n.invalid) return { path: n.path };
  let abs = `${ctx.policy.root}/${n.path}`;
  try {
    return (0, import_node_fs4.statSync)(abs).isFile() ? { path: n.path, sha256: (0, import_node_crypto2.createHash)("sha256").update((0, import_node_fs4.readFileSync)(abs)).digest("hex") } : { path: n.path };
  } catch {
    return { path: n.path };
  }
}
function postToolRecord(ctx, verdict) {
  let line = { ...base(ctx, "post-tool"), tool: ctx.event.tool, result: ctx.event.result ?? "success" };
  if (ctx.event.toolUseId && (line.tool_use_id = ctx.event.toolUseId), verdict) {
    let files = verdict.decided.filter((d) => d.action.kind === "filesystem" && d.action.op !== "read").flatMap((d) => d.action.kind === "filesystem" ? d.action.paths.map((p) => fileHash(p, ctx)) : []);
    files.length > 0 && (line.files = files), verdict.outcome === "needs-approval" && line.result === "success" && (line.approval = "interactive"), verdict.outcome === "deny" && (line.ran_although = "denied");
  }
  return line;
}
function sessionRecord(ctx, event) {
  return { ...base(ctx, event), policy_version: ctx.policy.version, policy_hash: ctx.policy.hash };
}
function realPathOf(abs) {
  let rest = [], head = abs;
  for (; ; )
    try {
      let real = import_node_fs5.realpathSync.native(head);
      return rest.length === 0 ? real : (0, import_node_path3.join)(real, ...rest.reverse());
    } catch {
      let parent = (0, import_node_path3.dirname)(head);
      if (parent === head) return;
      rest.push((0, import_node_path3.basename)(head)), head = parent;
    }
}
function linkResolver(root) {
  let realRoot = realPathOf(root) ?? root;
  return (path, cwd) => {
    if (path === "" || path.startsWith("~")) return;
    let written = path.startsWith("/") ? path : `${cwd ?? root}/${path}`, real = realPathOf(written);
    if (real === void 0) return;
    let mapped = real === realRoot ? root : real.startsWith(realRoot + import_node_path3.sep) ? root + real.slice(realRoot.length) : real;
    return mapped === (0, import_node_path3.resolve)(written) ? void 0 : mapped;
  };
}
function decidingRuleAt(cp, d) {
  let origin = (0, import_chunk_AWYVE2O7.decisiveRule)(d)?.origin;
  return origin ? (0, import_chunk_OBQATWCV.where)(cp, origin) : void 0;
}
var RANK = { allow: 0, "needs-approval": 1, deny: 2 };
function decideCall(cp, agent, tool, found, notes) {
  let linkTarget = linkResolver(cp.root), decided = found.actions.map((action) => {
    let decision = (0, import_chunk_U2PCRH3Y.decide)(action, cp, { linkTarget });
    return { action, decision, rule: decidingRuleAt(cp, decision) };
  });
  if (found.problems.length > 0)
    return { outcome: "deny", reason: `agent-policy-lint: ${tool}: ${found.problems.join("; ")}; denied because it cannot be decided.`, decided, problems: found.problems };
  let worst = decided[0];
  for (let d of decided) RANK[d.decision.outcome] > RANK[worst.decision.outcome] && (worst = d);
  let outcome = worst.decision.outcome, note = outcome === "allow" ? void 0 : notes?.get(worst.action);
  return { outcome, reason: reasonFor(agent, note ? `${tool} (${note})` : tool, worst, cp), decided, problems: [] };
}
function reasonFor(agent, tool, d, cp) {
  let o = d.decision.outcome;
  if (o === "allow") return `agent-policy-lint: ${tool} allowed: ${d.decision.reason}`;
  let builtin = d.rule?.startsWith(`${import_chunk_UKGDGRKQ.BUILTIN_FILE}:`) === true;
  if (o === "deny") {
    let forward = builtin ? "It is a built-in self-protection rule (docs/runtime.md): only a human may make this change." : `If it is needed, ask a human to change ${policyFile(cp)} in review, or to record a time-limited bypass (agent-policy-lint bypass --reason \u2026 --allow \u2026 --duration \u2026 --approver \u2026).`;
    return `agent-policy-lint: ${tool} denied by the repository's agent policy: ${d.decision.reason}. Do not retry it another way. ${forward}`;
  }
  let how = (0, import_chunk_5SXIVEAW.canAsk)(agent) ? "Approve it at the prompt if it is intended." : "This agent has no approval prompt: ask the human to do it themselves, or to allow it for a while with agent-policy-lint bypass, then retry.";
  return `agent-policy-lint: ${tool} needs a human approval: ${d.decision.reason}. ${how}`;
}
function policyFile(cp) {
  return (0, import_chunk_OBQATWCV.where)(cp, { file: cp.set.root.file, pointer: "", line: 1, column: 1 }).replace(/:1$/, "");
}
var BOM = "\uFEFF", LogUnwritable = class extends Error {
  constructor(message) {
    super(message), this.name = "LogUnwritable";
  }
}, KNOWN_FAILURES = /* @__PURE__ */ new Set(["PayloadError", "PolicyUnusable", "DeadlineError", "LogUnwritable"]);
function parsePayload(agent, stdin) {
  let text = stdin;
  if (agent === "cursor" && text.startsWith(BOM) && (text = text.slice(1)), text.trim() === "") throw new import_chunk_5SXIVEAW.PayloadError("empty payload on stdin");
  try {
    return JSON.parse(text);
  } catch (e) {
    let msg = e.message, quote = msg.indexOf(', "');
    throw new import_chunk_5SXIVEAW.PayloadError(`the payload is not valid JSON${text.startsWith(BOM) ? " (it starts with a byte order mark)" : ""}: ${(quote < 0 ? msg : msg.slice(0, quote)).slice(0, 120)}`);
  }
}
async function decideEvent(opts) {
  let { agent } = opts, event = readPayload(agent, parsePayload(agent, opts.stdin), opts.event), cwd = event.cwd && (0, import_node_fs.existsSync)(event.cwd) ? event.cwd : opts.cwd, policy = await (opts.loadPolicy ?? ((dir) => loadGuardPolicy(dir, { overrides: opts.overrides })))(cwd), ctx = { timestamp: (opts.now?.() ?? /* @__PURE__ */ new Date()).toISOString(), runtime: agent, event, policy, agentId: opts.agentId }, file = sessionLogPath(policy, event.sessionId, agent), append = async (lines) => {
    try {
      await appendChained(file, lines, { key: (0, import_chunk_ONWBNJLD.auditKey)(opts.env) });
    } catch (e) {
      throw new LogUnwritable(`the audit log ${file} cannot be written: ${e.message}`);
    }
  }, context = { agentId: opts.agentId, sessionId: event.sessionId, timestamp: ctx.timestamp, cwd }, decideNow = async () => {
    let found = (0, import_chunk_6WN7SKCC.toolActions)({ agent, tool: event.tool, input: event.input, context });
    found.actions.some((a) => a.kind === "command") && await Promise.resolve().then(() => __toESM(require("./command-half-KKZUHALD.js")));
    let notes;
    if (found.searches?.length) {
      let { searchActions } = await Promise.resolve().then(() => __toESM(require("./search-76QLWU4Z.js"))), searched = searchActions(policy.cp, event.tool, found, context);
      found = { ...found, actions: searched.actions, problems: [...found.problems, ...searched.problems] }, notes = searched.notes;
    }
    try {
      return decideCall(policy.cp, agent, event.tool, found, notes);
    } catch (e) {
      if (!(e instanceof import_chunk_ZHFJQ6OZ.AutomataNotLoaded)) throw e;
      return await Promise.resolve().then(() => __toESM(require("./trees-P4HDMHMF.js"))), decideCall(policy.cp, agent, event.tool, found, notes);
    }
  }, verdict;
  switch (event.kind) {
    case "pre-tool":
      return verdict = await decideNow(), policy.lists?.save(), await append(decisionRecords(ctx, verdict)), (0, import_chunk_5SXIVEAW.answer)(agent, event.kind, verdict);
    case "post-tool":
      return verdict = await decideNow(), policy.lists?.save(), await append([postToolRecord(ctx, verdict)]), (0, import_chunk_5SXIVEAW.answer)(agent, event.kind, { outcome: "allow", reason: "" });
    case "session-start":
    case "session-end":
      return await append([sessionRecord(ctx, event.kind)]), (0, import_chunk_5SXIVEAW.answer)(agent, event.kind, { outcome: "allow", reason: "" });
  }
}
async function runGuard(opts) {
  try {
    return await withDeadline(decideEvent(opts), deadlineMs(opts.env));
  } catch (e) {
    let err = e, why = KNOWN_FAILURES.has(err?.name) ? err.message : `internal error: ${err?.message ?? String(e)}`;
    return (0, import_chunk_5SXIVEAW.failClosed)(opts.agent, why);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parsePayload,
  runGuard
});
