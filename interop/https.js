'use strict';
// @vonage/server-sdk over HTTPS against the standalone server's --https-port, trusting nexmock's CA the way a Node
// user does: NODE_EXTRA_CA_CERTS names the CA certificate serve printed, and nothing else is configured. Run by
// interop/checks.js in a process of its own (Node reads NODE_EXTRA_CA_CERTS at start); prints one "PASS name" or
// "FAIL name: why" line per check and exits 1 when one failed.
//
// Environment: NEXMOCK_HTTPS_URL, NODE_EXTRA_CA_CERTS, NEXMOCK_API_KEY, NEXMOCK_API_SECRET, INTEROP_TOOLS.

const https = require('node:https');
const tls = require('node:tls');
const { createRequire } = require('node:module');
const path = require('node:path');
const { oneLine, tally, check } = require('./harness.js');

const REQUEST_TIMEOUT_MS = 10_000;
const HTTPS_URL = process.env.NEXMOCK_HTTPS_URL;
const tools = createRequire(path.join(process.env.INTEROP_TOOLS, 'package.json'));

// A GET that trusts only the CAs Node ships (tls.rootCertificates), not NODE_EXTRA_CA_CERTS: resolves to the TLS
// error code, or to the status when the handshake succeeds.
function getTrustingOnlyNodesCas(url) {
  return new Promise((resolve) => {
    const request = https.get(url, { ca: tls.rootCertificates, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      response.resume();
      resolve(`HTTP ${response.statusCode}`);
    });
    request.on('error', (error) => resolve(error.code || error.message));
    request.on('timeout', () => request.destroy(new Error('timeout')));
  });
}

async function main() {
  if (!HTTPS_URL || !HTTPS_URL.startsWith('https://') || !process.env.NODE_EXTRA_CA_CERTS) {
    throw new Error('NEXMOCK_HTTPS_URL (https://...) and NODE_EXTRA_CA_CERTS must be set (run scripts/interop.sh)');
  }
  const { Vonage } = tools('@vonage/server-sdk');
  const options = { apiHost: HTTPS_URL, restHost: HTTPS_URL, timeout: REQUEST_TIMEOUT_MS };
  const account = new Vonage(
    { apiKey: process.env.NEXMOCK_API_KEY, apiSecret: process.env.NEXMOCK_API_SECRET }, options);
  let app;

  await check('@vonage/server-sdk over HTTPS (NODE_EXTRA_CA_CERTS): applications create, get, list', async () => {
    app = await account.applications.createApplication({ name: 'interop-https', capabilities: { rtc: {} } });
    const read = await account.applications.getApplication(app.id);
    const listed = [];
    for await (const each of account.applications.listAllApplications({ pageSize: 2 })) {
      listed.push(each.id);
    }
    if (read.name !== 'interop-https' || !listed.includes(app.id)) {
      throw new Error(`read back ${read.name}; listed ${listed.join(', ')}`);
    }
  });
  await check('@vonage/server-sdk over HTTPS: users create, get, list with the generated key', async () => {
    const asApp = new Vonage({ applicationId: app.id, privateKey: app.keys.privateKey || app.keys.private_key },
      options);
    const user = await asApp.users.createUser({ name: 'https-alice' });
    const read = await asApp.users.getUser(user.id);
    const listed = [];
    for await (const each of asApp.users.listAllUsers({ pageSize: 2 })) {
      listed.push(each.id);
    }
    if (read.name !== 'https-alice' || !listed.includes(user.id)) {
      throw new Error(`read back ${read.name}; listed ${listed.join(', ')}`);
    }
  });
  await check('@vonage/server-sdk over HTTPS: applications.deleteApplication', async () => {
    await account.applications.deleteApplication(app.id);
  });
  await check('a Node client that does not trust nexmock\'s CA gets a TLS failure', async () => {
    const outcome = await getTrustingOnlyNodesCas(`${HTTPS_URL}/__admin/health`);
    if (outcome !== 'SELF_SIGNED_CERT_IN_CHAIN' && outcome !== 'UNABLE_TO_VERIFY_LEAF_SIGNATURE') {
      throw new Error(`expected a certificate verification error, got ${outcome}`);
    }
  });
  process.exitCode = tally.failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.log(`FAIL the HTTPS checks ran to the end: ${oneLine(error.stack || error)}`);
  process.exit(1);
});
