'use strict';
// What the interoperability check scripts share (required by checks.js, catalogue.js and https.js; not run): reading
// their environment, and the "PASS name" / "FAIL name: why" lines and counts of a run. Each script is a process of
// its own, so the counts are the process's.

// The value of environment variable `name`; throws when it is not set.
function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set (run scripts/interop.sh)`);
  }
  return value;
}

// `text` on one line, cut to 400 characters, for a FAIL line.
function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim().slice(0, 400);
}

// The checks of this process so far.
const tally = { passed: 0, failed: 0 };

// Runs one check: prints "PASS name", or "FAIL name: why" when `body` throws or rejects, and counts it.
async function check(name, body) {
  try {
    await body();
    tally.passed++;
    console.log(`PASS ${name}`);
  } catch (error) {
    tally.failed++;
    console.log(`FAIL ${name}: ${oneLine(error && error.message ? error.message : error)}`);
  }
}

module.exports = { required, oneLine, tally, check };
