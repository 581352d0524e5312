import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  GENESIS,
  HEX64,
  auditKey,
  rawLineHash,
  sealLine
} from "./chunk-6QOQDKAN.js";
import {
  openListsCache,
  policyHash,
  readPolicySetCache,
  withCaseClasses,
  writePolicySetCache
} from "./chunk-TWDH5Z5K.js";
import {
  PayloadError,
  answer,
  canAsk,
  discoverOverrides,
  failClosed
} from "./chunk-6WCX5IQV.js";
import {
  redactSecrets
} from "./chunk-VPIY7YYZ.js";
import {
  cacheDirOf
} from "./chunk-UI64SEVC.js";
import {
  toolActions
} from "./chunk-NG5DRVKH.js";
import {
  linkResolver
} from "./chunk-DUC2T3PW.js";
import "./chunk-7DK35ULS.js";
import "./chunk-JV4UYWJ7.js";
import {
  decide
} from "./chunk-DMJSEGUJ.js";
import "./chunk-Y7RLUBF5.js";
import {
  compilePolicy,
  where
} from "./chunk-RWEGZUW6.js";
import "./chunk-SHZN6C7X.js";
import "./chunk-MEUNCPUN.js";
import "./chunk-V5PX7ZKJ.js";
import {
  BUILTIN_FILE,
  DEFAULT_LOG_DIR
} from "./chunk-YBE6BS43.js";
import {
  normalizePath
} from "./chunk-ESNHMRV6.js";
import {
  AutomataNotLoaded
} from "./chunk-VNHIW7E3.js";
import {
  writeBytes
} from "./chunk-CPOZV66D.js";
import "./chunk-TBDWGYFU.js";
import {
  findRootPolicy
} from "./chunk-PCFHNYAU.js";
import "./chunk-HTJE5MBF.js";
import {
  decisiveRule
} from "./chunk-LQCPPXLP.js";
import "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-F2VQ6EFB.js";

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
    var constants = __require("constants"), origCwd = process.cwd, cwd = null, platform = process.env.GRACEFUL_FS_PLATFORM || process.platform;
    process.cwd = function() {
      return cwd || (cwd = origCwd.call(process)), cwd;
    };
    try {
      process.cwd();
    } catch {
    }
    typeof process.chdir == "function" && (chdir = process.chdir, process.chdir = function(d) {
      cwd = null, chdir.call(process, d);
    }, Object.setPrototypeOf && Object.setPrototypeOf(process.chdir, chdir));
    var chdir;
    module.exports = patch;
    function patch(fs) {
      constants.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./) && patchLchmod(fs), fs.lutimes || patchLutimes(fs), fs.chown = chownFix(fs.chown), fs.fchown = chownFix(fs.fchown), fs.lchown = chownFix(fs.lchown), fs.chmod = chmodFix(fs.chmod), fs.fchmod = chmodFix(fs.fchmod), fs.lchmod = chmodFix(fs.lchmod), fs.chownSync = chownFixSync(fs.chownSync), fs.fchownSync = chownFixSync(fs.fchownSync), fs.lchownSync = chownFixSync(fs.lchownSync), fs.chmodSync = chmodFixSync(fs.chmodSync), fs.fchmodSync = chmodFixSync(fs.fchmodSync), fs.lchmodSync = chmodFixSync(fs.lchmodSync), fs.stat = statFix(fs.stat), fs.fstat = statFix(fs.fstat), fs.lstat = statFix(fs.lstat), fs.statSync = statFixSync(fs.statSync), fs.fstatSync = statFixSync(fs.fstatSync), fs.lstatSync = statFixSync(fs.lstatSync), fs.chmod && !fs.lchmod && (fs.lchmod = function(path, mode, cb) {
        cb && process.nextTick(cb);
      }, fs.lchmodSync = function() {
      }), fs.chown && !fs.lchown && (fs.lchown = function(path, uid, gid, cb) {
        cb && process.nextTick(cb);
      }, fs.lchownSync = function() {
      }), platform === "win32" && (fs.rename = typeof fs.rename != "function" ? fs.rename : (function(fs$rename) {
        function rename(from, to, cb) {
          var start = Date.now(), backoff = 0;
          fs$rename(from, to, function CB(er) {
            if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
              setTimeout(function() {
                fs.stat(to, function(stater, st) {
                  stater && stater.code === "ENOENT" ? fs$rename(from, to, CB) : cb(er);
                });
              }, backoff), backoff < 100 && (backoff += 10);
              return;
            }
            cb && cb(er);
          });
        }
        return Object.setPrototypeOf && Object.setPrototypeOf(rename, fs$rename), rename;
      })(fs.rename)), fs.read = typeof fs.read != "function" ? fs.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ == "function") {
            var eagCounter = 0;
            callback = function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10)
                return eagCounter++, fs$read.call(fs, fd, buffer, offset, length, position, callback);
              callback_.apply(this, arguments);
            };
          }
          return fs$read.call(fs, fd, buffer, offset, length, position, callback);
        }
        return Object.setPrototypeOf && Object.setPrototypeOf(read, fs$read), read;
      })(fs.read), fs.readSync = typeof fs.readSync != "function" ? fs.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          for (var eagCounter = 0; ; )
            try {
              return fs$readSync.call(fs, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
        };
      })(fs.readSync);
      function patchLchmod(fs2) {
        fs2.lchmod = function(path, mode, callback) {
          fs2.open(
            path,
            constants.O_WRONLY | constants.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                callback && callback(err);
                return;
              }
              fs2.fchmod(fd, mode, function(err2) {
                fs2.close(fd, function(err22) {
                  callback && callback(err2 || err22);
                });
              });
            }
          );
        }, fs2.lchmodSync = function(path, mode) {
          var fd = fs2.openSync(path, constants.O_WRONLY | constants.O_SYMLINK, mode), threw = !0, ret;
          try {
            ret = fs2.fchmodSync(fd, mode), threw = !1;
          } finally {
            if (threw)
              try {
                fs2.closeSync(fd);
              } catch {
              }
            else
              fs2.closeSync(fd);
          }
          return ret;
        };
      }
      function patchLutimes(fs2) {
        constants.hasOwnProperty("O_SYMLINK") && fs2.futimes ? (fs2.lutimes = function(path, at, mt, cb) {
          fs2.open(path, constants.O_SYMLINK, function(er, fd) {
            if (er) {
              cb && cb(er);
              return;
            }
            fs2.futimes(fd, at, mt, function(er2) {
              fs2.close(fd, function(er22) {
                cb && cb(er2 || er22);
              });
            });
          });
        }, fs2.lutimesSync = function(path, at, mt) {
          var fd = fs2.openSync(path, constants.O_SYMLINK), ret, threw = !0;
          try {
            ret = fs2.futimesSync(fd, at, mt), threw = !1;
          } finally {
            if (threw)
              try {
                fs2.closeSync(fd);
              } catch {
              }
            else
              fs2.closeSync(fd);
          }
          return ret;
        }) : fs2.futimes && (fs2.lutimes = function(_a, _b, _c, cb) {
          cb && process.nextTick(cb);
        }, fs2.lutimesSync = function() {
        });
      }
      function chmodFix(orig) {
        return orig && function(target, mode, cb) {
          return orig.call(fs, target, mode, function(er) {
            chownErOk(er) && (er = null), cb && cb.apply(this, arguments);
          });
        };
      }
      function chmodFixSync(orig) {
        return orig && function(target, mode) {
          try {
            return orig.call(fs, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function chownFix(orig) {
        return orig && function(target, uid, gid, cb) {
          return orig.call(fs, target, uid, gid, function(er) {
            chownErOk(er) && (er = null), cb && cb.apply(this, arguments);
          });
        };
      }
      function chownFixSync(orig) {
        return orig && function(target, uid, gid) {
          try {
            return orig.call(fs, target, uid, gid);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function statFix(orig) {
        return orig && function(target, options, cb) {
          typeof options == "function" && (cb = options, options = null);
          function callback(er, stats) {
            stats && (stats.uid < 0 && (stats.uid += 4294967296), stats.gid < 0 && (stats.gid += 4294967296)), cb && cb.apply(this, arguments);
          }
          return options ? orig.call(fs, target, options, callback) : orig.call(fs, target, callback);
        };
      }
      function statFixSync(orig) {
        return orig && function(target, options) {
          var stats = options ? orig.call(fs, target, options) : orig.call(fs, target);
          return stats && (stats.uid < 0 && (stats.uid += 4294967296), stats.gid < 0 && (stats.gid += 4294967296)), stats;
        };
      }
      function chownErOk(er) {
        if (!er || er.code === "ENOSYS")
          return !0;
        var nonroot = !process.getuid || process.getuid() !== 0;
        return !!(nonroot && (er.code === "EINVAL" || er.code === "EPERM"));
      }
    }
  }
});

// node_modules/graceful-fs/legacy-streams.js
var require_legacy_streams = __commonJS({
  "node_modules/graceful-fs/legacy-streams.js"(exports, module) {
    var Stream = __require("stream").Stream;
    module.exports = legacy;
    function legacy(fs) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path, options);
        Stream.call(this);
        var self = this;
        this.path = path, this.fd = null, this.readable = !0, this.paused = !1, this.flags = "r", this.mode = 438, this.bufferSize = 64 * 1024, options = options || {};
        for (var keys = Object.keys(options), index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.encoding && this.setEncoding(this.encoding), this.start !== void 0) {
          if (typeof this.start != "number")
            throw TypeError("start must be a Number");
          if (this.end === void 0)
            this.end = 1 / 0;
          else if (typeof this.end != "number")
            throw TypeError("end must be a Number");
          if (this.start > this.end)
            throw new Error("start must be <= end");
          this.pos = this.start;
        }
        if (this.fd !== null) {
          process.nextTick(function() {
            self._read();
          });
          return;
        }
        fs.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self.emit("error", err), self.readable = !1;
            return;
          }
          self.fd = fd, self.emit("open", fd), self._read();
        });
      }
      function WriteStream(path, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path, options);
        Stream.call(this), this.path = path, this.fd = null, this.writable = !0, this.flags = "w", this.encoding = "binary", this.mode = 438, this.bytesWritten = 0, options = options || {};
        for (var keys = Object.keys(options), index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.start !== void 0) {
          if (typeof this.start != "number")
            throw TypeError("start must be a Number");
          if (this.start < 0)
            throw new Error("start must be >= zero");
          this.pos = this.start;
        }
        this.busy = !1, this._queue = [], this.fd === null && (this._open = fs.open, this._queue.push([this._open, this.path, this.flags, this.mode, void 0]), this.flush());
      }
    }
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports, module) {
    "use strict";
    module.exports = clone;
    var getPrototypeOf = Object.getPrototypeOf || function(obj) {
      return obj.__proto__;
    };
    function clone(obj) {
      if (obj === null || typeof obj != "object")
        return obj;
      if (obj instanceof Object)
        var copy = { __proto__: getPrototypeOf(obj) };
      else
        var copy = /* @__PURE__ */ Object.create(null);
      return Object.getOwnPropertyNames(obj).forEach(function(key) {
        Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
      }), copy;
    }
  }
});

// node_modules/graceful-fs/graceful-fs.js
var require_graceful_fs = __commonJS({
  "node_modules/graceful-fs/graceful-fs.js"(exports, module) {
    var fs = __require("fs"), polyfills = require_polyfills(), legacy = require_legacy_streams(), clone = require_clone(), util = __require("util"), gracefulQueue, previousSymbol;
    typeof Symbol == "function" && typeof Symbol.for == "function" ? (gracefulQueue = /* @__PURE__ */ Symbol.for("graceful-fs.queue"), previousSymbol = /* @__PURE__ */ Symbol.for("graceful-fs.previous")) : (gracefulQueue = "___graceful-fs.queue", previousSymbol = "___graceful-fs.previous");
    function noop() {
    }
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: function() {
          return queue2;
        }
      });
    }
    var debug = noop;
    util.debuglog ? debug = util.debuglog("gfs4") : /\bgfs4\b/i.test(process.env.NODE_DEBUG || "") && (debug = function() {
      var m = util.format.apply(util, arguments);
      m = "GFS4: " + m.split(/\n/).join(`
GFS4: `), console.error(m);
    });
    fs[gracefulQueue] || (queue = global[gracefulQueue] || [], publishQueue(fs, queue), fs.close = (function(fs$close) {
      function close(fd, cb) {
        return fs$close.call(fs, fd, function(err) {
          err || resetQueue(), typeof cb == "function" && cb.apply(this, arguments);
        });
      }
      return Object.defineProperty(close, previousSymbol, {
        value: fs$close
      }), close;
    })(fs.close), fs.closeSync = (function(fs$closeSync) {
      function closeSync2(fd) {
        fs$closeSync.apply(fs, arguments), resetQueue();
      }
      return Object.defineProperty(closeSync2, previousSymbol, {
        value: fs$closeSync
      }), closeSync2;
    })(fs.closeSync), /\bgfs4\b/i.test(process.env.NODE_DEBUG || "") && process.on("exit", function() {
      debug(fs[gracefulQueue]), __require("assert").equal(fs[gracefulQueue].length, 0);
    }));
    var queue;
    global[gracefulQueue] || publishQueue(global, fs[gracefulQueue]);
    module.exports = patch(clone(fs));
    process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs.__patched && (module.exports = patch(fs), fs.__patched = !0);
    function patch(fs2) {
      polyfills(fs2), fs2.gracefulify = patch, fs2.createReadStream = createReadStream, fs2.createWriteStream = createWriteStream;
      var fs$readFile = fs2.readFile;
      fs2.readFile = readFile;
      function readFile(path, options, cb) {
        return typeof options == "function" && (cb = options, options = null), go$readFile(path, options, cb);
        function go$readFile(path2, options2, cb2, startTime) {
          return fs$readFile(path2, options2, function(err) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([go$readFile, [path2, options2, cb2], err, startTime || Date.now(), Date.now()]) : typeof cb2 == "function" && cb2.apply(this, arguments);
          });
        }
      }
      var fs$writeFile = fs2.writeFile;
      fs2.writeFile = writeFile;
      function writeFile(path, data, options, cb) {
        return typeof options == "function" && (cb = options, options = null), go$writeFile(path, data, options, cb);
        function go$writeFile(path2, data2, options2, cb2, startTime) {
          return fs$writeFile(path2, data2, options2, function(err) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([go$writeFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]) : typeof cb2 == "function" && cb2.apply(this, arguments);
          });
        }
      }
      var fs$appendFile = fs2.appendFile;
      fs$appendFile && (fs2.appendFile = appendFile);
      function appendFile(path, data, options, cb) {
        return typeof options == "function" && (cb = options, options = null), go$appendFile(path, data, options, cb);
        function go$appendFile(path2, data2, options2, cb2, startTime) {
          return fs$appendFile(path2, data2, options2, function(err) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([go$appendFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]) : typeof cb2 == "function" && cb2.apply(this, arguments);
          });
        }
      }
      var fs$copyFile = fs2.copyFile;
      fs$copyFile && (fs2.copyFile = copyFile);
      function copyFile(src, dest, flags, cb) {
        return typeof flags == "function" && (cb = flags, flags = 0), go$copyFile(src, dest, flags, cb);
        function go$copyFile(src2, dest2, flags2, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags2, function(err) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]) : typeof cb2 == "function" && cb2.apply(this, arguments);
          });
        }
      }
      var fs$readdir = fs2.readdir;
      fs2.readdir = readdir;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir(path, options, cb) {
        typeof options == "function" && (cb = options, options = null);
        var go$readdir = noReaddirOptionVersions.test(process.version) ? function(path2, options2, cb2, startTime) {
          return fs$readdir(path2, fs$readdirCallback(
            path2,
            options2,
            cb2,
            startTime
          ));
        } : function(path2, options2, cb2, startTime) {
          return fs$readdir(path2, options2, fs$readdirCallback(
            path2,
            options2,
            cb2,
            startTime
          ));
        };
        return go$readdir(path, options, cb);
        function fs$readdirCallback(path2, options2, cb2, startTime) {
          return function(err, files) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([
              go$readdir,
              [path2, options2, cb2],
              err,
              startTime || Date.now(),
              Date.now()
            ]) : (files && files.sort && files.sort(), typeof cb2 == "function" && cb2.call(this, err, files));
          };
        }
      }
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs2);
        ReadStream = legStreams.ReadStream, WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs2.ReadStream;
      fs$ReadStream && (ReadStream.prototype = Object.create(fs$ReadStream.prototype), ReadStream.prototype.open = ReadStream$open);
      var fs$WriteStream = fs2.WriteStream;
      fs$WriteStream && (WriteStream.prototype = Object.create(fs$WriteStream.prototype), WriteStream.prototype.open = WriteStream$open), Object.defineProperty(fs2, "ReadStream", {
        get: function() {
          return ReadStream;
        },
        set: function(val) {
          ReadStream = val;
        },
        enumerable: !0,
        configurable: !0
      }), Object.defineProperty(fs2, "WriteStream", {
        get: function() {
          return WriteStream;
        },
        set: function(val) {
          WriteStream = val;
        },
        enumerable: !0,
        configurable: !0
      });
      var FileReadStream = ReadStream;
      Object.defineProperty(fs2, "FileReadStream", {
        get: function() {
          return FileReadStream;
        },
        set: function(val) {
          FileReadStream = val;
        },
        enumerable: !0,
        configurable: !0
      });
      var FileWriteStream = WriteStream;
      Object.defineProperty(fs2, "FileWriteStream", {
        get: function() {
          return FileWriteStream;
        },
        set: function(val) {
          FileWriteStream = val;
        },
        enumerable: !0,
        configurable: !0
      });
      function ReadStream(path, options) {
        return this instanceof ReadStream ? (fs$ReadStream.apply(this, arguments), this) : ReadStream.apply(Object.create(ReadStream.prototype), arguments);
      }
      function ReadStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err, fd) {
          err ? (that.autoClose && that.destroy(), that.emit("error", err)) : (that.fd = fd, that.emit("open", fd), that.read());
        });
      }
      function WriteStream(path, options) {
        return this instanceof WriteStream ? (fs$WriteStream.apply(this, arguments), this) : WriteStream.apply(Object.create(WriteStream.prototype), arguments);
      }
      function WriteStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err, fd) {
          err ? (that.destroy(), that.emit("error", err)) : (that.fd = fd, that.emit("open", fd));
        });
      }
      function createReadStream(path, options) {
        return new fs2.ReadStream(path, options);
      }
      function createWriteStream(path, options) {
        return new fs2.WriteStream(path, options);
      }
      var fs$open = fs2.open;
      fs2.open = open;
      function open(path, flags, mode, cb) {
        return typeof mode == "function" && (cb = mode, mode = null), go$open(path, flags, mode, cb);
        function go$open(path2, flags2, mode2, cb2, startTime) {
          return fs$open(path2, flags2, mode2, function(err, fd) {
            err && (err.code === "EMFILE" || err.code === "ENFILE") ? enqueue([go$open, [path2, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]) : typeof cb2 == "function" && cb2.apply(this, arguments);
          });
        }
      }
      return fs2;
    }
    function enqueue(elem) {
      debug("ENQUEUE", elem[0].name, elem[1]), fs[gracefulQueue].push(elem), retry();
    }
    var retryTimer;
    function resetQueue() {
      for (var now = Date.now(), i = 0; i < fs[gracefulQueue].length; ++i)
        fs[gracefulQueue][i].length > 2 && (fs[gracefulQueue][i][3] = now, fs[gracefulQueue][i][4] = now);
      retry();
    }
    function retry() {
      if (clearTimeout(retryTimer), retryTimer = void 0, fs[gracefulQueue].length !== 0) {
        var elem = fs[gracefulQueue].shift(), fn = elem[0], args = elem[1], err = elem[2], startTime = elem[3], lastTime = elem[4];
        if (startTime === void 0)
          debug("RETRY", fn.name, args), fn.apply(null, args);
        else if (Date.now() - startTime >= 6e4) {
          debug("TIMEOUT", fn.name, args);
          var cb = args.pop();
          typeof cb == "function" && cb.call(null, err);
        } else {
          var sinceAttempt = Date.now() - lastTime, sinceStart = Math.max(lastTime - startTime, 1), desiredDelay = Math.min(sinceStart * 1.2, 100);
          sinceAttempt >= desiredDelay ? (debug("RETRY", fn.name, args), fn.apply(null, args.concat([startTime]))) : fs[gracefulQueue].push(elem);
        }
        retryTimer === void 0 && (retryTimer = setTimeout(retry, 0));
      }
    }
  }
});

// node_modules/retry/lib/retry_operation.js
var require_retry_operation = __commonJS({
  "node_modules/retry/lib/retry_operation.js"(exports, module) {
    function RetryOperation(timeouts, options) {
      typeof options == "boolean" && (options = { forever: options }), this._originalTimeouts = JSON.parse(JSON.stringify(timeouts)), this._timeouts = timeouts, this._options = options || {}, this._maxRetryTime = options && options.maxRetryTime || 1 / 0, this._fn = null, this._errors = [], this._attempts = 1, this._operationTimeout = null, this._operationTimeoutCb = null, this._timeout = null, this._operationStart = null, this._options.forever && (this._cachedTimeouts = this._timeouts.slice(0));
    }
    module.exports = RetryOperation;
    RetryOperation.prototype.reset = function() {
      this._attempts = 1, this._timeouts = this._originalTimeouts;
    };
    RetryOperation.prototype.stop = function() {
      this._timeout && clearTimeout(this._timeout), this._timeouts = [], this._cachedTimeouts = null;
    };
    RetryOperation.prototype.retry = function(err) {
      if (this._timeout && clearTimeout(this._timeout), !err)
        return !1;
      var currentTime = (/* @__PURE__ */ new Date()).getTime();
      if (err && currentTime - this._operationStart >= this._maxRetryTime)
        return this._errors.unshift(new Error("RetryOperation timeout occurred")), !1;
      this._errors.push(err);
      var timeout = this._timeouts.shift();
      if (timeout === void 0)
        if (this._cachedTimeouts)
          this._errors.splice(this._errors.length - 1, this._errors.length), this._timeouts = this._cachedTimeouts.slice(0), timeout = this._timeouts.shift();
        else
          return !1;
      var self = this, timer = setTimeout(function() {
        self._attempts++, self._operationTimeoutCb && (self._timeout = setTimeout(function() {
          self._operationTimeoutCb(self._attempts);
        }, self._operationTimeout), self._options.unref && self._timeout.unref()), self._fn(self._attempts);
      }, timeout);
      return this._options.unref && timer.unref(), !0;
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

// node_modules/retry/lib/retry.js
var require_retry = __commonJS({
  "node_modules/retry/lib/retry.js"(exports) {
    var RetryOperation = require_retry_operation();
    exports.operation = function(options) {
      var timeouts = exports.timeouts(options);
      return new RetryOperation(timeouts, {
        forever: options && options.forever,
        unref: options && options.unref,
        maxRetryTime: options && options.maxRetryTime
      });
    };
    exports.timeouts = function(options) {
      if (options instanceof Array)
        return [].concat(options);
      var opts = {
        retries: 10,
        factor: 2,
        minTimeout: 1 * 1e3,
        maxTimeout: 1 / 0,
        randomize: !1
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
    exports.createTimeout = function(attempt, opts) {
      var random = opts.randomize ? Math.random() + 1 : 1, timeout = Math.round(random * opts.minTimeout * Math.pow(opts.factor, attempt));
      return timeout = Math.min(timeout, opts.maxTimeout), timeout;
    };
    exports.wrap = function(obj, options, methods) {
      if (options instanceof Array && (methods = options, options = null), !methods) {
        methods = [];
        for (var key in obj)
          typeof obj[key] == "function" && methods.push(key);
      }
      for (var i = 0; i < methods.length; i++) {
        var method = methods[i], original = obj[method];
        obj[method] = function(original2) {
          var op = exports.operation(options), args = Array.prototype.slice.call(arguments, 1), callback = args.pop();
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

// node_modules/retry/index.js
var require_retry2 = __commonJS({
  "node_modules/retry/index.js"(exports, module) {
    module.exports = require_retry();
  }
});

// node_modules/signal-exit/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/signals.js"(exports, module) {
    module.exports = [
      "SIGABRT",
      "SIGALRM",
      "SIGHUP",
      "SIGINT",
      "SIGTERM"
    ];
    process.platform !== "win32" && module.exports.push(
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
    process.platform === "linux" && module.exports.push(
      "SIGIO",
      "SIGPOLL",
      "SIGPWR",
      "SIGSTKFLT",
      "SIGUNUSED"
    );
  }
});

// node_modules/signal-exit/index.js
var require_signal_exit = __commonJS({
  "node_modules/signal-exit/index.js"(exports, module) {
    var process2 = global.process, processOk = function(process3) {
      return process3 && typeof process3 == "object" && typeof process3.removeListener == "function" && typeof process3.emit == "function" && typeof process3.reallyExit == "function" && typeof process3.listeners == "function" && typeof process3.kill == "function" && typeof process3.pid == "number" && typeof process3.on == "function";
    };
    processOk(process2) ? (assert = __require("assert"), signals = require_signals(), isWin = /^win/i.test(process2.platform), EE = __require("events"), typeof EE != "function" && (EE = EE.EventEmitter), process2.__signal_exit_emitter__ ? emitter = process2.__signal_exit_emitter__ : (emitter = process2.__signal_exit_emitter__ = new EE(), emitter.count = 0, emitter.emitted = {}), emitter.infinite || (emitter.setMaxListeners(1 / 0), emitter.infinite = !0), module.exports = function(cb, opts) {
      if (!processOk(global.process))
        return function() {
        };
      assert.equal(typeof cb, "function", "a callback must be provided for exit handler"), loaded === !1 && load();
      var ev = "exit";
      opts && opts.alwaysLast && (ev = "afterexit");
      var remove = function() {
        emitter.removeListener(ev, cb), emitter.listeners("exit").length === 0 && emitter.listeners("afterexit").length === 0 && unload();
      };
      return emitter.on(ev, cb), remove;
    }, unload = function() {
      !loaded || !processOk(global.process) || (loaded = !1, signals.forEach(function(sig) {
        try {
          process2.removeListener(sig, sigListeners[sig]);
        } catch {
        }
      }), process2.emit = originalProcessEmit, process2.reallyExit = originalProcessReallyExit, emitter.count -= 1);
    }, module.exports.unload = unload, emit = function(event, code, signal) {
      emitter.emitted[event] || (emitter.emitted[event] = !0, emitter.emit(event, code, signal));
    }, sigListeners = {}, signals.forEach(function(sig) {
      sigListeners[sig] = function() {
        if (processOk(global.process)) {
          var listeners = process2.listeners(sig);
          listeners.length === emitter.count && (unload(), emit("exit", null, sig), emit("afterexit", null, sig), isWin && sig === "SIGHUP" && (sig = "SIGINT"), process2.kill(process2.pid, sig));
        }
      };
    }), module.exports.signals = function() {
      return signals;
    }, loaded = !1, load = function() {
      loaded || !processOk(global.process) || (loaded = !0, emitter.count += 1, signals = signals.filter(function(sig) {
        try {
          return process2.on(sig, sigListeners[sig]), !0;
        } catch {
          return !1;
        }
      }), process2.emit = processEmit, process2.reallyExit = processReallyExit);
    }, module.exports.load = load, originalProcessReallyExit = process2.reallyExit, processReallyExit = function(code) {
      processOk(global.process) && (process2.exitCode = code || /* istanbul ignore next */
      0, emit("exit", process2.exitCode, null), emit("afterexit", process2.exitCode, null), originalProcessReallyExit.call(process2, process2.exitCode));
    }, originalProcessEmit = process2.emit, processEmit = function(ev, arg) {
      if (ev === "exit" && processOk(global.process)) {
        arg !== void 0 && (process2.exitCode = arg);
        var ret = originalProcessEmit.apply(this, arguments);
        return emit("exit", process2.exitCode, null), emit("afterexit", process2.exitCode, null), ret;
      } else
        return originalProcessEmit.apply(this, arguments);
    }) : module.exports = function() {
      return function() {
      };
    };
    var assert, signals, isWin, EE, emitter, unload, emit, sigListeners, loaded, load, originalProcessReallyExit, processReallyExit, originalProcessEmit, processEmit;
  }
});

// node_modules/proper-lockfile/lib/mtime-precision.js
var require_mtime_precision = __commonJS({
  "node_modules/proper-lockfile/lib/mtime-precision.js"(exports, module) {
    "use strict";
    var cacheSymbol = /* @__PURE__ */ Symbol();
    function probe(file, fs, callback) {
      let cachedPrecision = fs[cacheSymbol];
      if (cachedPrecision)
        return fs.stat(file, (err, stat2) => {
          if (err)
            return callback(err);
          callback(null, stat2.mtime, cachedPrecision);
        });
      let mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs.utimes(file, mtime, mtime, (err) => {
        if (err)
          return callback(err);
        fs.stat(file, (err2, stat2) => {
          if (err2)
            return callback(err2);
          let precision = stat2.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs, cacheSymbol, { value: precision }), callback(null, stat2.mtime, precision);
        });
      });
    }
    function getMtime(precision) {
      let now = Date.now();
      return precision === "s" && (now = Math.ceil(now / 1e3) * 1e3), new Date(now);
    }
    module.exports.probe = probe;
    module.exports.getMtime = getMtime;
  }
});

// node_modules/proper-lockfile/lib/lockfile.js
var require_lockfile = __commonJS({
  "node_modules/proper-lockfile/lib/lockfile.js"(exports, module) {
    "use strict";
    var path = __require("path"), fs = require_graceful_fs(), retry = require_retry2(), onExit = require_signal_exit(), mtimePrecision = require_mtime_precision(), locks = {};
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
        options.fs.stat(lockfilePath, (err2, stat2) => {
          if (err2)
            return err2.code === "ENOENT" ? acquireLock(file, { ...options, stale: 0 }, callback) : callback(err2);
          if (!isLockStale(stat2, options))
            return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
          removeLock(file, options, (err3) => {
            if (err3)
              return callback(err3);
            acquireLock(file, { ...options, stale: 0 }, callback);
          });
        });
      });
    }
    function isLockStale(stat2, options) {
      return stat2.mtime.getTime() < Date.now() - options.stale;
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
        lock3.updateTimeout = null, options.fs.stat(lock3.lockfilePath, (err, stat2) => {
          let isOverThreshold = lock3.lastUpdate + options.stale < Date.now();
          if (err)
            return err.code === "ENOENT" || isOverThreshold ? setLockAsCompromised(file, lock3, Object.assign(err, { code: "ECOMPROMISED" })) : (lock3.updateDelay = 1e3, updateLock(file, options));
          if (!(lock3.mtime.getTime() === stat2.mtime.getTime()))
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
      lock3.released = !0, lock3.updateTimeout && clearTimeout(lock3.updateTimeout), locks[file] === lock3 && delete locks[file], lock3.options.onCompromised(err);
    }
    function lock2(file, options, callback) {
      options = {
        stale: 1e4,
        update: null,
        realpath: !0,
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
              unlock(file2, { ...options, realpath: !1 }, releasedCallback);
            });
          });
        });
      });
    }
    function unlock(file, options, callback) {
      options = {
        fs,
        realpath: !0,
        ...options
      }, resolveCanonicalPath(file, options, (err, file2) => {
        if (err)
          return callback(err);
        let lock3 = locks[file2];
        if (!lock3)
          return callback(Object.assign(new Error("Lock is not acquired/owned by you"), { code: "ENOTACQUIRED" }));
        lock3.updateTimeout && clearTimeout(lock3.updateTimeout), lock3.released = !0, delete locks[file2], removeLock(file2, options, callback);
      });
    }
    function check(file, options, callback) {
      options = {
        stale: 1e4,
        realpath: !0,
        fs,
        ...options
      }, options.stale = Math.max(options.stale || 0, 2e3), resolveCanonicalPath(file, options, (err, file2) => {
        if (err)
          return callback(err);
        options.fs.stat(getLockFile(file2, options), (err2, stat2) => err2 ? err2.code === "ENOENT" ? callback(null, !1) : callback(err2) : callback(null, !isLockStale(stat2, options)));
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
    module.exports.lock = lock2;
    module.exports.unlock = unlock;
    module.exports.check = check;
    module.exports.getLocks = getLocks;
  }
});

// node_modules/proper-lockfile/lib/adapter.js
var require_adapter = __commonJS({
  "node_modules/proper-lockfile/lib/adapter.js"(exports, module) {
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
      return (...args) => new Promise((resolve2, reject) => {
        args.push((err, result) => {
          err ? reject(err) : resolve2(result);
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
    module.exports = {
      toPromise,
      toSync,
      toSyncOptions
    };
  }
});

// node_modules/proper-lockfile/index.js
var require_proper_lockfile = __commonJS({
  "node_modules/proper-lockfile/index.js"(exports, module) {
    "use strict";
    var lockfile = require_lockfile(), { toPromise, toSync, toSyncOptions } = require_adapter();
    async function lock2(file, options) {
      let release = await toPromise(lockfile.lock)(file, options);
      return toPromise(release);
    }
    function lockSync2(file, options) {
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
    module.exports = lock2;
    module.exports.lock = lock2;
    module.exports.unlock = unlock;
    module.exports.lockSync = lockSync2;
    module.exports.unlockSync = unlockSync;
    module.exports.check = check;
    module.exports.checkSync = checkSync;
  }
});

// src/guard/run.ts
import { existsSync } from "node:fs";

// src/audit/writer.ts
import { closeSync, fstatSync, mkdir, mkdirSync, openSync, readSync, realpath, realpathSync, rmdir, rmdirSync, stat, statSync, utimes, utimesSync } from "node:fs";
var import_proper_lockfile = __toESM(require_proper_lockfile(), 1);
import { dirname } from "node:path";
function lastLine(fd, size) {
  if (size === 0) return { text: "", terminated: !0 };
  let one = Buffer.alloc(1);
  readSync(fd, one, 0, 1, size - 1);
  let terminated = one[0] === 10, pos = terminated ? size - 1 : size, tail = Buffer.alloc(0);
  for (; pos > 0; ) {
    let n = Math.min(65536, pos);
    pos -= n;
    let buf = Buffer.alloc(n);
    readSync(fd, buf, 0, n, pos);
    let nl = buf.lastIndexOf(10);
    if (nl >= 0) return { text: Buffer.concat([buf.subarray(nl + 1), tail]).toString("utf8"), terminated };
    tail = Buffer.concat([buf, tail]);
  }
  return { text: tail.toString("utf8"), terminated };
}
function chainHead(file, key) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch (e) {
    if (e.code === "ENOENT") return { seq: 0, prev: GENESIS, terminated: !0 };
    throw e;
  }
  try {
    let size = fstatSync(fd).size, { text, terminated } = lastLine(fd, size);
    if (text === "") return { seq: 0, prev: GENESIS, terminated };
    try {
      let o = JSON.parse(text), seq = typeof o.seq == "number" && Number.isInteger(o.seq) ? o.seq + 1 : 0, prev = typeof o.hash == "string" && HEX64.test(o.hash) ? o.hash : rawLineHash(text, key);
      return { seq, prev, terminated };
    } catch {
      return { seq: 0, prev: rawLineHash(text, key), terminated };
    }
  } finally {
    closeSync(fd);
  }
}
var LOCK_FS = { mkdir, mkdirSync, realpath, realpathSync, rmdir, rmdirSync, stat, statSync, utimes, utimesSync }, LOCK_OPTIONS = { realpath: !1, stale: 1e4, fs: LOCK_FS };
async function takeLock(file, waitMs) {
  try {
    return (0, import_proper_lockfile.lockSync)(file, LOCK_OPTIONS);
  } catch (e) {
    if (e.code !== "ELOCKED") throw e;
  }
  return (0, import_proper_lockfile.lock)(file, {
    ...LOCK_OPTIONS,
    retries: { retries: Math.ceil(waitMs / 10), factor: 1, minTimeout: 3, maxTimeout: 15, randomize: !0 }
  });
}
async function appendChained(file, records, opts = {}) {
  mkdirSync(dirname(file), { recursive: !0 });
  let release = await takeLock(file, opts.lockWaitMs ?? 8e3);
  try {
    let head = chainHead(file, opts.key), { seq, prev } = head, written = [], text = head.terminated ? "" : `
`;
    for (let r of records) {
      let line = sealLine(r, seq++, prev, opts.key);
      text += JSON.stringify(line) + `
`, prev = line.hash, written.push(line);
    }
    let fd = openSync(file, "a");
    try {
      writeBytes(fd, Buffer.from(text, "utf8"));
    } finally {
      closeSync(fd);
    }
    return written;
  } finally {
    await release();
  }
}

// src/guard/deadline.ts
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

// src/guard/policy.ts
import { createHash } from "node:crypto";
import { readFileSync, statSync as statSync2 } from "node:fs";
import { dirname as dirname2, isAbsolute, join, relative, resolve } from "node:path";
var PolicyUnusable = class extends Error {
  constructor(message) {
    super(message), this.name = "PolicyUnusable";
  }
};
function logDirOf(root, logDir) {
  let dir = resolve(root, logDir ?? DEFAULT_LOG_DIR), rel = relative(root, dir);
  if (logDir !== void 0 && (isAbsolute(logDir) || rel === "" || rel.startsWith("..") || isAbsolute(rel)))
    throw new PolicyUnusable(`audit.log_dir "${logDir}" is not a directory inside the repository`);
  return dir;
}
function isFile(abs) {
  try {
    return statSync2(abs).isFile();
  } catch {
    return !1;
  }
}
async function checkPolicy(cwd, files, overrides) {
  let { loadPolicySet } = await import("./policy-YBUTJIYW.js"), loaded = await loadPolicySet({
    cwd,
    readFile: (abs) => files.get(abs)?.toString("utf8") ?? (isFile(abs) ? readFileSync(abs, "utf8") : void 0),
    overrideFiles: () => overrides
  });
  if (!loaded.set) {
    let e = loaded.findings.find((f) => f.severity === "error"), at = e ? `${relative(cwd, e.file) || e.file}${e.line ? `:${e.line}` : ""}${e.column ? `:${e.column}` : ""}` : "";
    throw new PolicyUnusable(e ? `the policy cannot be used: ${at}: ${e.message}` : "the policy cannot be used");
  }
  return loaded.set;
}
async function loadGuardPolicy(cwd, opts = {}) {
  let rootFile = findRootPolicy(cwd, isFile);
  if (!rootFile) throw new PolicyUnusable("no .agent-policy.yml found in the agent's directory or above it (up to the repository root)");
  let rootDir = dirname2(rootFile), overrides = await (opts.overrides?.rootFile === rootFile ? opts.overrides.files : discoverOverrides(rootDir)), files = /* @__PURE__ */ new Map();
  for (let f of [rootFile, ...overrides])
    try {
      files.set(f, readFileSync(f));
    } catch (e) {
      if (f === rootFile) throw new PolicyUnusable(`the policy file ${rootFile} cannot be read: ${e.message}`);
    }
  let hash = policyHash(rootDir, files), cacheDir = opts.cache === !1 ? void 0 : cacheDirOf(rootDir), set = readPolicySetCache(cacheDir, rootDir, hash), cached = set !== void 0;
  set || (set = await checkPolicy(cwd, files, [...files.keys()].slice(1)), writePolicySetCache(cacheDir, rootDir, hash, set));
  let checked = set, root = checked.root.root, lists = openListsCache(cacheDir, rootDir, hash);
  return { cp: withCaseClasses(cacheDir, () => compilePolicy(checked, { lists })), root, version: checked.root.version, hash, logDir: logDirOf(root, checked.root.audit?.logDir), cached, lists };
}
function sessionFileName(sessionId, agent) {
  return sessionId === void 0 ? `${agent}-no-session` : /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(sessionId) && !sessionId.includes("..") ? sessionId : `${agent}-${createHash("sha256").update(sessionId).digest("hex").slice(0, 32)}`;
}
function sessionLogPath(policy, sessionId, agent) {
  return join(policy.logDir, `${sessionFileName(sessionId, agent)}.jsonl`);
}

// src/guard/readers.ts
var isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v), str = (v) => typeof v == "string" && v !== "" ? v : void 0;
function need(o, key, what) {
  let v = str(o[key]);
  if (v === void 0) throw new PayloadError(`${what} payload without "${key}"`);
  return v;
}
function jsonArgs(v, what) {
  if (typeof v != "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    throw new PayloadError(`${what}: the tool arguments are a string that is not JSON`);
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
  if (!kind) throw new PayloadError(`unknown ${agent} hook event "${name.slice(0, 60)}"`);
  let e = { kind, name, sessionId: str(o.session_id), cwd: str(o.cwd), mode: str(o.permission_mode) };
  if (kind === "pre-tool" || kind === "post-tool") {
    if (e.tool = need(o, "tool_name", `${agent} ${name}`), !("tool_input" in o)) throw new PayloadError(`${agent} ${name} payload without "tool_input"`);
    e.input = o.tool_input, e.toolUseId = str(o.tool_use_id), kind === "post-tool" && (e.result = name === "PostToolUseFailure" || toolFailed(o.tool_response) ? "error" : "success");
  }
  return e;
}
function toolFailed(r) {
  if (!isObj(r)) return !1;
  if (r.is_error === !0 || r.success === !1 || r.interrupted === !0 || r.error !== void 0 && r.error !== null) return !0;
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
  if (!kind) throw new PayloadError(`unknown cursor hook event "${name.slice(0, 60)}"`);
  let roots = Array.isArray(o.workspace_roots) ? o.workspace_roots.filter((r) => typeof r == "string") : [], e = { kind, name, sessionId: str(o.conversation_id) ?? str(o.session_id), cwd: str(o.cwd) ?? roots[0] };
  if (kind === "session-start" || kind === "session-end") return e;
  if (name === "preToolUse" || name === "postToolUse")
    e.tool = need(o, "tool_name", `cursor ${name}`), e.input = jsonArgs(o.tool_input, `cursor ${name}`);
  else {
    e.tool = name;
    let { hook_event_name: _n, conversation_id: _c, generation_id: _g, workspace_roots: _w, content: _content, ...rest } = o;
    if (e.input = rest, name === "beforeShellExecution" && str(o.command) === void 0) throw new PayloadError('cursor beforeShellExecution payload without "command"');
    if (name === "beforeReadFile" && str(o.file_path) === void 0) throw new PayloadError('cursor beforeReadFile payload without "file_path"');
    if (name === "beforeMCPExecution" && str(o.tool_name) === void 0) throw new PayloadError('cursor beforeMCPExecution payload without "tool_name"');
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
  if (!kind) throw new PayloadError(`unknown copilot hook event "${name.slice(0, 60)}"`);
  let e = { kind, name, sessionId: str(o.sessionId) ?? str(o.session_id), cwd: str(o.cwd) };
  if (kind === "pre-tool" || kind === "post-tool") {
    let snake = "tool_name" in o;
    e.tool = snake ? need(o, "tool_name", `copilot ${name}`) : need(o, "toolName", `copilot ${name}`);
    let args = snake ? o.tool_input : o.toolArgs;
    if (args === void 0) throw new PayloadError(`copilot ${name} payload without ${snake ? '"tool_input"' : '"toolArgs"'}`);
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
  throw new PayloadError("copilot payload whose event cannot be told (no toolName, toolResult, source or reason; pass --event NAME)");
}
function readPayload(agent, payload, event) {
  if (!isObj(payload)) throw new PayloadError(`the ${agent} hook payload is not a JSON object`);
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

// src/guard/records.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
var redact = redactSecrets;
function base(ctx, event) {
  let line = { timestamp: ctx.timestamp, event, session_id: ctx.event.sessionId ?? null, runtime: ctx.runtime };
  return ctx.agentId && (line.agent_id = ctx.agentId), line;
}
function relCwd(ctx) {
  if (!ctx.event.cwd) return;
  let n = normalizePath(ctx.event.cwd, { root: ctx.policy.root });
  return n.outside || n.invalid ? void 0 : n.path;
}
function subjectFields(a, ctx) {
  switch (a.kind) {
    case "filesystem": {
      let paths = a.paths.map((p) => normalizePath(p, { root: ctx.policy.root, cwd: a.cwd }).path);
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
    allowed: !1,
    requires_approval: !1,
    outcome: "deny",
    call_outcome: "deny",
    reason: redact(verdict.problems.join("; ")),
    rule: null,
    policy_version: ctx.policy.version,
    policy_hash: ctx.policy.hash
  }), out;
}
function fileHash(path, ctx) {
  let n = normalizePath(path, { root: ctx.policy.root, cwd: ctx.event.cwd });
  if (n.outside || n.invalid) return { path: n.path };
  let abs = `${ctx.policy.root}/${n.path}`;
  try {
    return statSync3(abs).isFile() ? { path: n.path, sha256: createHash2("sha256").update(readFileSync2(abs)).digest("hex") } : { path: n.path };
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

// src/guard/verdict.ts
function decidingRuleAt(cp, d) {
  let origin = decisiveRule(d)?.origin;
  return origin ? where(cp, origin) : void 0;
}
var RANK = { allow: 0, "needs-approval": 1, deny: 2 };
function decideCall(cp, agent, tool, found, notes) {
  let linkTarget = linkResolver(cp.root), decided = found.actions.map((action) => {
    let decision = decide(action, cp, { linkTarget });
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
  let builtin = d.rule?.startsWith(`${BUILTIN_FILE}:`) === !0;
  if (o === "deny") {
    let forward = builtin ? "It is a built-in self-protection rule (docs/runtime.md): only a human may make this change." : `If it is needed, ask a human to change ${policyFile(cp)} in review, or to record a time-limited bypass (agent-policy-lint bypass --reason \u2026 --allow \u2026 --duration \u2026 --approver \u2026).`;
    return `agent-policy-lint: ${tool} denied by the repository's agent policy: ${d.decision.reason}. Do not retry it another way. ${forward}`;
  }
  let how = canAsk(agent) ? "Approve it at the prompt if it is intended." : "This agent has no approval prompt: ask the human to do it themselves, or to allow it for a while with agent-policy-lint bypass, then retry.";
  return `agent-policy-lint: ${tool} needs a human approval: ${d.decision.reason}. ${how}`;
}
function policyFile(cp) {
  return where(cp, { file: cp.set.root.file, pointer: "", line: 1, column: 1 }).replace(/:1$/, "");
}

// src/guard/run.ts
var BOM = "\uFEFF", LogUnwritable = class extends Error {
  constructor(message) {
    super(message), this.name = "LogUnwritable";
  }
}, KNOWN_FAILURES = /* @__PURE__ */ new Set(["PayloadError", "PolicyUnusable", "DeadlineError", "LogUnwritable"]);
function parsePayload(agent, stdin) {
  let text = stdin;
  if (agent === "cursor" && text.startsWith(BOM) && (text = text.slice(1)), text.trim() === "") throw new PayloadError("empty payload on stdin");
  try {
    return JSON.parse(text);
  } catch (e) {
    let msg = e.message, quote = msg.indexOf(', "');
    throw new PayloadError(`the payload is not valid JSON${text.startsWith(BOM) ? " (it starts with a byte order mark)" : ""}: ${(quote < 0 ? msg : msg.slice(0, quote)).slice(0, 120)}`);
  }
}
async function decideEvent(opts) {
  let { agent } = opts, event = readPayload(agent, parsePayload(agent, opts.stdin), opts.event), cwd = event.cwd && existsSync(event.cwd) ? event.cwd : opts.cwd, policy = await (opts.loadPolicy ?? ((dir) => loadGuardPolicy(dir, { overrides: opts.overrides })))(cwd), ctx = { timestamp: (opts.now?.() ?? /* @__PURE__ */ new Date()).toISOString(), runtime: agent, event, policy, agentId: opts.agentId }, file = sessionLogPath(policy, event.sessionId, agent), append = async (lines) => {
    try {
      await appendChained(file, lines, { key: auditKey(opts.env) });
    } catch (e) {
      throw new LogUnwritable(`the audit log ${file} cannot be written: ${e.message}`);
    }
  }, context = { agentId: opts.agentId, sessionId: event.sessionId, timestamp: ctx.timestamp, cwd }, decideNow = async () => {
    let found = toolActions({ agent, tool: event.tool, input: event.input, context });
    found.actions.some((a) => a.kind === "command") && await import("./command-half-57L43ONR.js");
    let notes;
    if (found.searches?.length) {
      let { searchActions } = await import("./search-EBZFS3XK.js"), searched = searchActions(policy.cp, event.tool, found, context);
      found = { ...found, actions: searched.actions, problems: [...found.problems, ...searched.problems] }, notes = searched.notes;
    }
    try {
      return decideCall(policy.cp, agent, event.tool, found, notes);
    } catch (e) {
      if (!(e instanceof AutomataNotLoaded)) throw e;
      return await import("./trees-NU2TDG46.js"), decideCall(policy.cp, agent, event.tool, found, notes);
    }
  }, verdict;
  switch (event.kind) {
    case "pre-tool":
      return verdict = await decideNow(), policy.lists?.save(), await append(decisionRecords(ctx, verdict)), answer(agent, event.kind, verdict);
    case "post-tool":
      return verdict = await decideNow(), policy.lists?.save(), await append([postToolRecord(ctx, verdict)]), answer(agent, event.kind, { outcome: "allow", reason: "" });
    case "session-start":
    case "session-end":
      return await append([sessionRecord(ctx, event.kind)]), answer(agent, event.kind, { outcome: "allow", reason: "" });
  }
}
async function runGuard(opts) {
  try {
    return await withDeadline(decideEvent(opts), deadlineMs(opts.env));
  } catch (e) {
    let err = e, why = KNOWN_FAILURES.has(err?.name) ? err.message : `internal error: ${err?.message ?? String(e)}`;
    return failClosed(opts.agent, why);
  }
}
export {
  parsePayload,
  runGuard
};
