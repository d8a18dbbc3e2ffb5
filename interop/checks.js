'use strict';
// The interoperability checks scripts/interop.sh runs against a standalone nexmock server: tokens minted by the real
// Nexmo/Vonage tools (pinned in package.json and java/pom.xml) must get the verdicts Nexmo gives them, and
// @vonage/server-sdk must drive the Application and Users APIs. Prints one "PASS name" or "FAIL name: why" line per
// check, then "N passed, N failed"; exits 1 when a check failed.
//
// Environment (set by scripts/interop.sh): NEXMOCK_URL, NEXMOCK_HTTPS_URL and NEXMOCK_CA_CERT (the same server over
// TLS, and the CA certificate it printed), NEXMOCK_API_KEY, NEXMOCK_API_SECRET, NEXMOCK_JAR, INTEROP_TOOLS (the folder whose node_modules holds the npm tools), INTEROP_JAVA_CP (com.vonage:jwt and its
// dependencies), INTEROP_WORK (holds the application's private.key; commands run there), INTEROP_APP_ID.

const { execFile } = require('node:child_process');
const { createPublicKey } = require('node:crypto');
const { createRequire } = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const { required, oneLine, tally, check } = require('./harness.js');

const REQUEST_TIMEOUT_MS = 10_000;
const COMMAND_TIMEOUT_MS = 60_000;
const WHOLE_RUN_TIMEOUT_MS = 300_000;
// The reason of the Application API's refusal of a Bearer token: it takes the account's API key and secret only.
const ACCOUNT_ONLY = 'APPLICATION_API_NEEDS_ACCOUNT_CREDENTIALS';

const BASE_URL = required('NEXMOCK_URL');
const API_KEY = required('NEXMOCK_API_KEY');
const API_SECRET = required('NEXMOCK_API_SECRET');
const JAR = required('NEXMOCK_JAR');
const TOOLS = required('INTEROP_TOOLS');
const JAVA_CP = required('INTEROP_JAVA_CP');
const WORK = required('INTEROP_WORK');
const APP_ID = required('INTEROP_APP_ID');
const KEY_FILE = path.join(WORK, 'private.key');
const BIN = path.join(TOOLS, 'node_modules', '.bin');
const tools = createRequire(path.join(TOOLS, 'package.json'));

// The client SDK ACL of Nexmo's guides: the nine paths a user of the client SDK needs.
const CLIENT_SDK_ACL = {
  paths: Object.fromEntries(['users', 'conversations', 'sessions', 'devices', 'image', 'media', 'applications',
    'push', 'knocking'].map((name) => [`/*/${name}/**`, {}])),
};

// ---- HTTP ----------------------------------------------------------------------------------------------------

async function call(method, pathAndQuery, { bearer, basic, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  if (basic) {
    headers.Authorization = `Basic ${Buffer.from(`${API_KEY}:${API_SECRET}`).toString('base64')}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(BASE_URL + pathAndQuery, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: reported as text
  }
  return { status: response.status, warning: response.headers.get('nexmock-warning'), text, json };
}

function describe(reply) {
  if (reply.json && reply.json.reason) {
    return `${reply.json.reason}: ${reply.json.detail}`;
  }
  return reply.text.slice(0, 200) || '(no body)';
}

/** The token gets `status` for `method path`, with a Nexmock-Warning naming `warning`, or none when it is null. */
async function expectAccepted(token, method, pathAndQuery, { status = 200, warning = null, body } = {}) {
  const reply = await call(method, pathAndQuery, { bearer: token, body });
  if (reply.status !== status) {
    throw new Error(`${method} ${pathAndQuery} answered ${reply.status}, expected ${status}: ${describe(reply)}`);
  }
  if (warning && !(reply.warning || '').includes(warning)) {
    throw new Error(`no Nexmock-Warning ${warning} on ${method} ${pathAndQuery} (header: ${reply.warning ?? 'absent'})`);
  }
  if (!warning && reply.warning) {
    throw new Error(`unexpected Nexmock-Warning on ${method} ${pathAndQuery}: ${reply.warning}`);
  }
  return reply;
}

/** The token is refused on `method path` with `status` and, when given, that `reason`. */
async function expectRefused(token, method, pathAndQuery, status, reason, body) {
  const reply = await call(method, pathAndQuery, { bearer: token, body });
  if (reply.status !== status || (reason && (!reply.json || reply.json.reason !== reason))) {
    throw new Error(`${method} ${pathAndQuery} answered ${reply.status} ${describe(reply)}, `
      + `expected ${status}${reason ? ` ${reason}` : ''}`);
  }
  return reply;
}

function claimsOf(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

function requireToken(text, tool) {
  const token = text.trim().split('\n').pop().trim();
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
    throw new Error(`${tool} printed no token: ${oneLine(text)}`);
  }
  return token;
}

// ---- processes -----------------------------------------------------------------------------------------------

function run(file, args, { env = {} } = {}) {
  return new Promise((resolve) => {
    execFile(file, args, {
      cwd: WORK, timeout: COMMAND_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024,
      env: { ...process.env, HOME: path.join(WORK, 'home'), PATH: `${BIN}:${process.env.PATH}`, ...env },
    }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : `${error.signal || error.code}`) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function runOk(file, args, what) {
  const result = await run(file, args);
  if (result.code !== 0) {
    throw new Error(`${what} exited ${result.code}: ${oneLine(result.stderr || result.stdout)}`);
  }
  return result.stdout;
}

function guideCommands() {
  const lines = fs.readFileSync(path.join(__dirname, 'guide-commands.txt'), 'utf8').split('\n');
  const commands = [];
  let guide = null;
  for (const line of lines) {
    const heading = /^guide: ([\w-]+):/.exec(line);
    if (heading) {
      guide = heading[1];
    } else if (line.startsWith('nexmo ') && guide) {
      commands.push({ guide, command: line });
      guide = null;
    }
  }
  return commands;
}

// ---- the checks ----------------------------------------------------------------------------------------------

async function tokens() {
  const { tokenGenerate } = tools('@vonage/jwt');
  const privateKey = fs.readFileSync(KEY_FILE);
  const appToken = tokenGenerate(APP_ID, privateKey);
  let alice = null;
  const clientTokens = {};

  // A stub for an API nexmock does not serve: a token's ACL decides whether it gets there (201) or not (403).
  await check('setup, a WireMock stub for POST /v1/stubbed-api behind the token checks', async () => {
    const reply = await call('POST', '/__admin/mappings', {
      body: { request: { method: 'POST', url: '/v1/stubbed-api' }, response: { status: 201, jsonBody: { uuid: 'interop' } } },
    });
    if (reply.status !== 201) {
      throw new Error(`POST /__admin/mappings answered ${reply.status}: ${describe(reply)}`);
    }
  });

  await check('@vonage/jwt defaults (application token, 15 min) create user alice, POST /v1/users 201', async () => {
    const reply = await expectAccepted(appToken, 'POST', '/v1/users', {
      status: 201, body: { name: 'alice', display_name: 'Alice' },
    });
    alice = reply.json;
  });
  const aliceId = alice ? alice.id : 'USR-00000000-0000-0000-0000-000000000000';

  // nexmo-cli 0.3.17: each guide's command verbatim, placeholders filled.
  for (const { guide, command } of guideCommands()) {
    const filled = command.replaceAll('MY_APP_ID', APP_ID).replaceAll('MY_USER_ID', aliceId)
      .replaceAll('MY_USER_NAME', 'alice');
    let token = null;
    await check(`nexmo-cli 0.3.17 jwt:generate of ${guide} signs a token`, async () => {
      token = requireToken(await runOk('bash', ['-c', filled], 'nexmo jwt:generate'), 'nexmo jwt:generate');
      if (command.includes("acl='/**'") && claimsOf(token).acl !== '/**') {
        throw new Error(`acl='/**' signed as ${JSON.stringify(claimsOf(token).acl)}, not the JSON string "/**"`);
      }
    });
    if (!token) {
      continue;
    }
    clientTokens[guide] = token;
    const allowsAll = claimsOf(token).acl === '/**';
    // Nexmo took the string "/**" as allow-all: that is why Nexmo/nexmo-developer PR #1515 ("Remove overly lenient
    // ACL", 2019) took it out of the guide. nexmock reads a string acl as one glob for every method, and warns.
    const warning = allowsAll ? 'ACL_AS_STRING' : null;
    await check(`nexmo-cli ${guide} token, GET /v1/users accepted${warning ? `, warning ${warning}` : ''}`,
      () => expectAccepted(token, 'GET', '/v1/users', { warning }));
    await check(`nexmo-cli ${guide} token, GET /v1/users/{alice} accepted`,
      () => expectAccepted(token, 'GET', `/v1/users/${aliceId}`, { warning }));
    if (allowsAll) {
      await check(`nexmo-cli ${guide} token, acl '/**' allows POST /v1/stubbed-api (the stub answers 201)`,
        () => expectAccepted(token, 'POST', '/v1/stubbed-api', { status: 201, warning, body: {} }));
    } else {
      await check(`nexmo-cli ${guide} token, POST /v1/calls refused 403 ACL_DENIES_PATH`,
        () => expectRefused(token, 'POST', '/v1/calls', 403, 'ACL_DENIES_PATH', {}));
    }
  }

  // @vonage/jwt tokenGenerate.
  await check('@vonage/jwt defaults, GET /v1/users accepted, no warning', () => expectAccepted(appToken, 'GET', '/v1/users'));
  const sdkUserToken = tokenGenerate(APP_ID, privateKey, { subject: 'alice', acl: CLIENT_SDK_ACL });
  clientTokens['@vonage/jwt'] = sdkUserToken;
  await check('@vonage/jwt subject alice with the client SDK acl, GET /v1/users/{alice} accepted',
    () => expectAccepted(sdkUserToken, 'GET', `/v1/users/${aliceId}`));
  await check('@vonage/jwt subject alice with the client SDK acl, POST /v1/calls refused 403 ACL_DENIES_PATH',
    () => expectRefused(sdkUserToken, 'POST', '/v1/calls', 403, 'ACL_DENIES_PATH', {}));
  await check('@vonage/jwt ttl 86400, GET /v1/users accepted, no warning',
    () => expectAccepted(tokenGenerate(APP_ID, privateKey, { ttl: 86400 }), 'GET', '/v1/users'));
  // Vonage honours a token until min(exp, iat + 24 h) (Vonage API support article 360000958407, "How long is my
  // JSON Web Token valid for?"): a later exp is accepted; nexmock flags it.
  await check('@vonage/jwt ttl 90000, GET /v1/users accepted, warning EXP_BEYOND_24_HOURS',
    () => expectAccepted(tokenGenerate(APP_ID, privateKey, { ttl: 90000 }), 'GET', '/v1/users',
      { warning: 'EXP_BEYOND_24_HOURS' }));

  // @vonage/cli 1.2.4 `vonage jwt`: exp is Date.now() + 21600, in milliseconds.
  const vonageCli = [
    { name: 'defaults', args: [] },
    { name: 'client SDK tutorial flags', args: ['--subject=alice', `--acl=${JSON.stringify(CLIENT_SDK_ACL)}`] },
  ];
  for (const { name, args } of vonageCli) {
    let token = null;
    await check(`@vonage/cli 1.2.4 vonage jwt ${name} signs a token with exp in milliseconds`, async () => {
      token = requireToken(await runOk(path.join(BIN, 'vonage'),
        ['jwt', '--key_file=./private.key', `--app_id=${APP_ID}`, ...args], 'vonage jwt'), 'vonage jwt');
      const { exp } = claimsOf(token);
      if (!(exp > 1e12)) {
        throw new Error(`exp ${exp} is not in milliseconds: the check no longer covers that case`);
      }
    });
    if (!token) {
      continue;
    }
    clientTokens[`vonage jwt ${name}`] = token;
    await check(`@vonage/cli vonage jwt ${name}, GET /v1/users accepted, warning EXP_IN_MILLISECONDS`,
      () => expectAccepted(token, 'GET', '/v1/users', { warning: 'EXP_IN_MILLISECONDS' }));
    if (args.length) {
      await check(`@vonage/cli vonage jwt ${name}, POST /v1/calls refused 403 ACL_DENIES_PATH`,
        () => expectRefused(token, 'POST', '/v1/calls', 403, 'ACL_DENIES_PATH', {}));
    }
  }

  // com.vonage:jwt 2.0.1, the Java SDK's signer.
  const javaTokens = {};
  await check('com.vonage:jwt 2.0.1 Jwt.builder() signs its tokens', async () => {
    const out = await runOk('java', ['-cp', JAVA_CP, path.join(__dirname, 'VonageJwtTokens.java'), APP_ID, KEY_FILE],
      'java VonageJwtTokens.java');
    for (const line of out.trim().split('\n')) {
      const [name, token] = line.trim().split(' ');
      javaTokens[name] = requireToken(token || '', `com.vonage:jwt ${name}`);
    }
  });
  if (javaTokens.defaults) {
    await check('com.vonage:jwt defaults (no exp), GET /v1/users accepted, no warning',
      () => expectAccepted(javaTokens.defaults, 'GET', '/v1/users'));
  }
  if (javaTokens['expires-in-25h']) {
    await check('com.vonage:jwt expiresAt(now + 25 h), GET /v1/users accepted, warning EXP_BEYOND_24_HOURS',
      () => expectAccepted(javaTokens['expires-in-25h'], 'GET', '/v1/users', { warning: 'EXP_BEYOND_24_HOURS' }));
  }
  if (javaTokens['user-alice']) {
    await check('com.vonage:jwt subject alice with the client SDK acl, GET /v1/users/{alice} accepted',
      () => expectAccepted(javaTokens['user-alice'], 'GET', `/v1/users/${aliceId}`));
    await check('com.vonage:jwt subject alice with the client SDK acl, POST /v1/calls refused 403 ACL_DENIES_PATH',
      () => expectRefused(javaTokens['user-alice'], 'POST', '/v1/calls', 403, 'ACL_DENIES_PATH', {}));
  }

  // The jar's own verifier on the real tools' tokens.
  const toVerify = [
    ['nexmo-cli create-app-users-tokens-v4', clientTokens['create-app-users-tokens-v4'], null],
    ['vonage jwt client SDK tutorial flags', clientTokens['vonage jwt client SDK tutorial flags'], /EXP_IN_MILLISECONDS/],
    ['com.vonage:jwt expiresAt(now + 25 h)', javaTokens['expires-in-25h'], /EXP_BEYOND_24_HOURS/],
  ];
  for (const [name, token, warning] of toVerify) {
    if (!token) {
      continue;
    }
    await check(`nexmock jwt:verify accepts the ${name} token for GET /v1/users${warning ? ', warning on stderr' : ''}`,
      async () => {
        const result = await run('java', ['-jar', JAR, 'jwt:verify', token, '--public-key', KEY_FILE,
          '--path', '/v1/users']);
        if (result.code !== 0) {
          throw new Error(`exit ${result.code}: ${oneLine(result.stderr)}`);
        }
        if (JSON.parse(result.stdout).application_id !== APP_ID) {
          throw new Error(`printed claims without application_id ${APP_ID}: ${oneLine(result.stdout)}`);
        }
        if (warning && !warning.test(result.stderr)) {
          throw new Error(`no ${warning.source} warning on stderr: ${oneLine(result.stderr) || '(empty)'}`);
        }
      });
  }
  if (clientTokens['create-app-users-tokens-v4']) {
    await check('nexmock jwt:verify refuses the nexmo-cli v4 guide token for POST /v1/calls with ACL_DENIES_PATH',
      async () => {
        const result = await run('java', ['-jar', JAR, 'jwt:verify', clientTokens['create-app-users-tokens-v4'],
          '--public-key', KEY_FILE, '--method', 'POST', '--path', '/v1/calls']);
        if (result.code !== 1 || !result.stderr.includes('ACL_DENIES_PATH')) {
          throw new Error(`exit ${result.code}: ${oneLine(result.stderr || result.stdout)}`);
        }
      });
  }

  // A user's client SDK token has /*/applications/**, but the Application API takes the account's Basic credentials
  // only (its v2 reference documents no other authentication): the user may neither replace the key nor delete the
  // application, and neither may an application token.
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' });
  const appBody = { name: 'interop', capabilities: { rtc: {} }, keys: { public_key: publicKey } };
  const bearers = [['@vonage/jwt client SDK', clientTokens['@vonage/jwt']],
    ["nexmo-cli acl '/**'", clientTokens['create-app-users-tokens-v1']], ['@vonage/jwt application', appToken]]
    .filter(([, token]) => token);
  for (const method of ['PUT', 'DELETE']) {
    for (const [name, token] of bearers) {
      await check(`${name} token, ${method} /v2/applications/{id} refused 401 ${ACCOUNT_ONLY}`,
        () => expectRefused(token, method, `/v2/applications/${APP_ID}`, 401, ACCOUNT_ONLY,
          method === 'PUT' ? appBody : undefined));
    }
  }
  await check('the application is still there, GET /v2/applications/{id} with Basic 200', async () => {
    const reply = await call('GET', `/v2/applications/${APP_ID}`, { basic: true });
    if (reply.status !== 200) {
      throw new Error(`answered ${reply.status}: ${describe(reply)}`);
    }
  });

  await check('GET /__admin/nexmock/warnings lists the warnings the tokens raised', async () => {
    const reply = await call('GET', '/__admin/nexmock/warnings');
    if (reply.status !== 200) {
      throw new Error(`answered ${reply.status}: ${describe(reply)}`);
    }
    const missing = ['ACL_AS_STRING', 'EXP_BEYOND_24_HOURS', 'EXP_IN_MILLISECONDS'].filter((c) => !reply.text.includes(c));
    if (missing.length) {
      throw new Error(`missing ${missing.join(', ')}`);
    }
  });
}

function statusOf(error) {
  return error && ((error.response && error.response.status) || error.status);
}

async function expectGone(what, read) {
  try {
    await read();
  } catch (error) {
    if (statusOf(error) === 404) {
      return;
    }
    throw new Error(`${what} after delete: ${statusOf(error) || ''} ${error.message}`);
  }
  throw new Error(`${what} still answers after delete`);
}

async function serverSdk() {
  const { Vonage } = tools('@vonage/server-sdk');
  const options = { apiHost: BASE_URL, restHost: BASE_URL, timeout: REQUEST_TIMEOUT_MS };
  const account = new Vonage({ apiKey: API_KEY, apiSecret: API_SECRET }, options);
  const rtc = { rtc: { webhooks: { eventUrl: { address: 'https://example.com/event', httpMethod: 'POST' } } } };
  const created = [];
  const PAGE_SIZE = 2;

  await check('@vonage/server-sdk applications.createApplication x5 (key pair generated, private key returned once)',
    async () => {
      for (let i = 1; i <= 5; i++) {
        const app = await account.applications.createApplication({ name: `interop-sdk-${i}`, capabilities: rtc });
        if (!app.id || !app.keys || !(app.keys.privateKey || app.keys.private_key)) {
          throw new Error(`created application without id or private key: ${oneLine(JSON.stringify(Object.keys(app)))}`);
        }
        created.push(app);
      }
    });
  await check(`@vonage/server-sdk applications.listAllApplications pageSize ${PAGE_SIZE} yields every application once`,
    async () => {
      const page = await account.applications.getApplicationPage({ pageSize: PAGE_SIZE });
      const seen = [];
      for await (const app of account.applications.listAllApplications({ pageSize: PAGE_SIZE })) {
        seen.push(app.id);
      }
      if (page.totalPages < 3 || seen.length !== page.totalItems || new Set(seen).size !== seen.length) {
        throw new Error(`${seen.length} yielded (${new Set(seen).size} distinct) of total_items ${page.totalItems} `
          + `over total_pages ${page.totalPages}`);
      }
      const missing = created.filter((app) => !seen.includes(app.id));
      if (missing.length) {
        throw new Error(`not listed: ${missing.map((app) => app.id).join(', ')}`);
      }
    });
  await check('@vonage/server-sdk applications.getApplication and updateApplication (rename) read back', async () => {
    const app = await account.applications.getApplication(created[0].id);
    if (app.name !== 'interop-sdk-1') {
      throw new Error(`got name ${app.name}`);
    }
    await account.applications.updateApplication({ ...app, name: 'interop-sdk-renamed' });
    const after = await account.applications.getApplication(created[0].id);
    if (after.name !== 'interop-sdk-renamed' || !after.capabilities || !after.capabilities.rtc) {
      throw new Error(`read back name ${after.name}, capabilities ${oneLine(JSON.stringify(after.capabilities))}`);
    }
  });

  const usersApp = created[1];
  if (usersApp) {
    const privateKey = usersApp.keys.privateKey || usersApp.keys.private_key;
    const asApp = new Vonage({ applicationId: usersApp.id, privateKey }, options);
    const users = [];
    await check('@vonage/server-sdk users.createUser x5 with the generated key', async () => {
      for (let i = 1; i <= 5; i++) {
        const user = await asApp.users.createUser({ name: `sdk-user-${i}`, displayName: `SDK user ${i}` });
        if (!/^USR-[0-9a-f-]{36}$/.test(user.id || '') || user.name !== `sdk-user-${i}`) {
          throw new Error(`created ${oneLine(JSON.stringify(user))}`);
        }
        users.push(user);
      }
    });
    await check(`@vonage/server-sdk users.listAllUsers pageSize ${PAGE_SIZE} yields every user once, page by page`,
      async () => {
        const seen = [];
        for await (const user of asApp.users.listAllUsers({ pageSize: PAGE_SIZE })) {
          seen.push(user.id);
        }
        const expected = users.map((user) => user.id);
        if (seen.length !== expected.length || expected.some((id) => !seen.includes(id))) {
          throw new Error(`yielded ${seen.length}: ${seen.join(', ')}; created ${expected.join(', ')}`);
        }
        const first = await asApp.users.getUserPage({ pageSize: PAGE_SIZE });
        if (!first._links || !first._links.next) {
          throw new Error('the first page of 2 out of 5 has no next link');
        }
      });
    await check('@vonage/server-sdk users.getUser and updateUser (display name) read back', async () => {
      const user = await asApp.users.getUser(users[0].id);
      if (user.name !== 'sdk-user-1' || user.displayName !== 'SDK user 1') {
        throw new Error(`got ${oneLine(JSON.stringify(user))}`);
      }
      await asApp.users.updateUser({ id: user.id, displayName: 'Renamed' });
      const after = await asApp.users.getUser(users[0].id);
      if (after.displayName !== 'Renamed' || after.name !== 'sdk-user-1') {
        throw new Error(`read back ${oneLine(JSON.stringify(after))}`);
      }
    });
    await check('@vonage/server-sdk users.deleteUser, then getUser is 404', async () => {
      for (const user of users) {
        await asApp.users.deleteUser(user.id);
      }
      await expectGone('getUser', () => asApp.users.getUser(users[0].id));
    });
  }

  await check('@vonage/server-sdk applications.deleteApplication, then getApplication is 404', async () => {
    for (const app of created) {
      await account.applications.deleteApplication(app.id);
    }
    await expectGone('getApplication', () => account.applications.getApplication(created[0].id));
  });
}

// interop/https.js in a Node process of its own, which reads NODE_EXTRA_CA_CERTS (the CA serve printed) at start.
async function httpsChecks() {
  const { stdout, stderr } = await run(process.execPath, [path.join(__dirname, 'https.js')], {
    env: { NEXMOCK_HTTPS_URL: required('NEXMOCK_HTTPS_URL'), NODE_EXTRA_CA_CERTS: required('NEXMOCK_CA_CERT') },
  });
  const results = stdout.split('\n').filter((line) => /^(PASS|FAIL) /.test(line));
  for (const line of results) {
    if (line.startsWith('PASS')) {
      tally.passed++;
    } else {
      tally.failed++;
    }
    console.log(line);
  }
  if (results.length === 0) {
    await check('interop/https.js ran', () => { throw new Error(oneLine(stderr || stdout || 'no output')); });
  }
}

async function main() {
  const watchdog = setTimeout(() => {
    tally.failed++;
    console.log(`FAIL the checks finished within ${WHOLE_RUN_TIMEOUT_MS / 1000} s: still running`);
    console.log(`${tally.passed} passed, ${tally.failed} failed`);
    process.exit(1);
  }, WHOLE_RUN_TIMEOUT_MS);
  await tokens();
  await serverSdk();
  await httpsChecks();
  await require('./voice.js').voice({ check, call, tools, baseUrl: BASE_URL, apiKey: API_KEY, apiSecret: API_SECRET,
    signatureSecret: required('NEXMOCK_SIGNATURE_SECRET') });
  clearTimeout(watchdog);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exitCode = tally.failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.log(`FAIL the checks ran to the end: ${oneLine(error.stack || error)}`);
  console.log(`${tally.passed} passed, ${tally.failed + 1} failed`);
  process.exit(1);
});
