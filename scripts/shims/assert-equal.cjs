// The runtime guard's stand-in for node:assert in signal-exit (proper-lockfile releases its lock on
// exit through it), which calls only assert.equal to check its argument. Loading node:assert costs
// every guard start four internal modules; this throws the same way on a failed check.
'use strict';
module.exports = {
  equal(actual, expected, message) {
    // eslint-disable-next-line eqeqeq -- assert.equal is loose equality
    if (actual != expected) throw new Error(message ?? `${actual} == ${expected}`);
  },
};
