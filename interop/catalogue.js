'use strict';
// The catalogue's interoperability checks (docs/catalogue.md): @vonage/server-sdk, pinned in package.json, calls SMS,
// Verify, Messages, Number Insight, Numbers and Account on the standalone nexmock server; each call succeeds with the
// account's credentials (or the application's key) and fails with wrong ones. Prints "PASS name" / "FAIL name: why"
// lines and "N passed, N failed"; exits 1 when a check failed. Same environment as checks.js.

const { generateKeyPairSync } = require('node:crypto');
const { createRequire } = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const { required, tally, check } = require('./harness.js');

const BASE_URL = required('NEXMOCK_URL');
const API_KEY = required('NEXMOCK_API_KEY');
const API_SECRET = required('NEXMOCK_API_SECRET');
const TOOLS = required('INTEROP_TOOLS');
const WORK = required('INTEROP_WORK');
const APP_ID = required('INTEROP_APP_ID');
const tools = createRequire(path.join(TOOLS, 'package.json'));
const { Vonage } = tools('@vonage/server-sdk');
const { Auth } = tools('@vonage/auth');
const { SMS } = tools('@vonage/messages');

const HOSTS = { restHost: BASE_URL, apiHost: BASE_URL };
const STRANGER_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' });
const right = new Vonage(new Auth({
  apiKey: API_KEY, apiSecret: API_SECRET, applicationId: APP_ID,
  privateKey: fs.readFileSync(path.join(WORK, 'private.key'), 'utf8'),
}), HOSTS);
const wrong = new Vonage(new Auth({
  apiKey: API_KEY, apiSecret: 'wrongsecret0123456789', applicationId: APP_ID, privateKey: STRANGER_KEY,
}), HOSTS);

function expect(condition, what) {
  if (!condition) {
    throw new Error(what);
  }
}

/** Resolves with the call's error: an HTTP status, or an API's in-body status (SMS, Verify, Number Insight). */
async function refused(call) {
  let result;
  try {
    result = await call();
  } catch (e) {
    const status = e.response && e.response.status;
    // axios-style errors carry response.data; @vonage/sms's SMSFailure carries the SMS response itself
    const body = JSON.stringify(e.response && (e.response.data || e.response) || e.message || '');
    return `${status || ''} ${body}`;
  }
  throw new Error(`succeeded with wrong credentials: ${JSON.stringify(result).slice(0, 200)}`);
}

/** Resolves when the call fails, with wrong credentials, the way the API reports it. */
async function refusedWith(call, pattern) {
  const error = await refused(call);
  expect(pattern.test(error), `refused, but not as the API does: ${error.slice(0, 200)}`);
}

async function main() {
  const to = '447700900000';

  await check('SMS send: accepted with the account\'s key and secret', async () => {
    const sent = await right.sms.send({ to, from: 'Acme', text: 'Your code is 1234' });
    expect(sent.messages[0].status === '0', `status ${sent.messages[0].status}`);
    expect(/^[0-9A-F]{17}$/.test(sent.messages[0]['message-id'] || sent.messages[0].messageId), 'a message-id');
  });
  await check('SMS send: refused with a wrong secret (status 4)', () =>
    refusedWith(() => wrong.sms.send({ to, from: 'Acme', text: 'hi' }), /"4"|Invalid Credentials/));

  await check('Verify: a request, then its check', async () => {
    const started = await right.verify.start({ number: to, brand: 'Acme' });
    const requestId = started.requestId || started.request_id;
    expect(requestId && started.status === '0', `start answered ${JSON.stringify(started)}`);
    const checked = await right.verify.check(requestId, '1234');
    expect(checked.status === '0', `check answered ${JSON.stringify(checked)}`);
  });
  await check('Verify: refused with a wrong secret (status 4)', async () => {
    let answer;
    try {
      answer = await wrong.verify.start({ number: to, brand: 'Acme' });
    } catch (e) {
      answer = e.response && e.response.data || { status: String(e.message) };
    }
    expect(/4/.test(String(answer.status)), `answered ${JSON.stringify(answer)}`);
  });

  await check('Messages send: accepted with the application\'s JWT', async () => {
    const sent = await right.messages.send(new SMS({ to, from: 'Acme', text: 'hello' }));
    expect(/^[0-9a-f-]{36}$/.test(sent.messageUUID || sent.message_uuid), `answered ${JSON.stringify(sent)}`);
  });
  await check('Messages send: refused with a JWT signed by another key (401)', () =>
    refusedWith(() => wrong.messages.send(new SMS({ to, from: 'Acme', text: 'hello' })), /401/));

  await check('Number Insight basic: accepted', async () => {
    const insight = await right.numberInsights.basicLookup(to);
    expect(Number(insight.status) === 0, `answered ${JSON.stringify(insight)}`);
  });
  await check('Number Insight basic: refused with a wrong secret (status 4)', async () => {
    let answer;
    try {
      answer = await wrong.numberInsights.basicLookup(to);
    } catch (e) {
      answer = e.response && e.response.data || { status: String(e.message) };
    }
    expect(/4/.test(String(answer.status)), `answered ${JSON.stringify(answer)}`);
  });

  await check('Numbers search: accepted', async () => {
    const found = await right.numbers.getAvailableNumbers({ country: 'GB' });
    expect(found && (found.count !== undefined || found.numbers), `answered ${JSON.stringify(found)}`);
  });
  await check('Numbers search: refused with a wrong secret (401)', () =>
    refusedWith(() => wrong.numbers.getAvailableNumbers({ country: 'GB' }), /401/));

  await check('Account balance: accepted', async () => {
    const balance = await right.accounts.getBalance();
    expect(typeof balance.value === 'number', `answered ${JSON.stringify(balance)}`);
  });
  await check('Account balance: refused with a wrong secret (401)', () =>
    refusedWith(() => wrong.accounts.getBalance(), /401/));

  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exitCode = tally.failed === 0 ? 0 : 1;
}

main().catch((e) => {
  console.log(`FAIL catalogue checks: ${e && e.stack || e}`);
  console.log(`${tally.passed} passed, ${tally.failed + 1} failed`);
  process.exitCode = 1;
});
