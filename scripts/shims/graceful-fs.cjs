// The runtime guard's stand-in for graceful-fs (proper-lockfile's file system, scripts/build.mjs).
// graceful-fs patches node:fs to queue and retry on EMFILE, which a process that opens a handful
// of files never meets, and costs every guard start its evaluation (with assert, util, stream).
// Without it an EMFILE is an error, so taking the lock fails and the guard denies (fails closed).
module.exports = require('node:fs');
