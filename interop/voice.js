'use strict';
// Voice API checks (issue 21), run by checks.js: @vonage/server-sdk's voice client places, lists, controls and hangs
// up a call on the mock, and @vonage/jwt's verifySignature accepts the event webhooks the mock signs with the
// account's signature secret (NEXMOCK_SIGNATURE_SECRET, given to serve as --signature-secret) and refuses them with
// another secret. The webhooks go to a small HTTP server of this file on 127.0.0.1.

const http = require('node:http');
const { createHash } = require('node:crypto');

const WEBHOOK_WAIT_MS = 10_000;

/** A loopback server recording every webhook; `until(n)` resolves once n have come (or rejects after a wait). */
async function webhookReceiver() {
  const received = [];
  const waiters = [];
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ url: request.url, authorization: request.headers.authorization, body: Buffer.concat(chunks) });
      response.writeHead(204).end();
      waiters.filter((waiter) => received.length >= waiter.count).forEach((waiter) => waiter.resolve());
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    received,
    until(count) {
      if (received.length >= count) {
        return Promise.resolve();
      }
      return new Promise((resolve, reject) => {
        waiters.push({ count, resolve });
        setTimeout(() => reject(new Error(`${received.length} of ${count} webhooks within ${WEBHOOK_WAIT_MS} ms`)),
          WEBHOOK_WAIT_MS).unref();
      });
    },
    close: () => server.close(),
  };
}

async function voice({ check, call, tools, baseUrl, apiKey, apiSecret, signatureSecret }) {
  const { Vonage } = tools('@vonage/server-sdk');
  const { verifySignature } = tools('@vonage/jwt');
  const receiver = await webhookReceiver();
  try {
    let vonage;
    let uuid;
    await check('setup, a voice application with signed_callbacks whose event_url is a local receiver', async () => {
      const created = await call('POST', '/v2/applications', {
        basic: true,
        body: {
          name: 'interop-voice',
          capabilities: {
            voice: {
              webhooks: { event_url: { address: `${receiver.url}/event`, http_method: 'POST' } },
              signed_callbacks: true,
            },
          },
        },
      });
      if (created.status !== 201) {
        throw new Error(`POST /v2/applications answered ${created.status}: ${created.text.slice(0, 200)}`);
      }
      vonage = new Vonage(
        { apiKey, apiSecret, applicationId: created.json.id, privateKey: created.json.keys.private_key },
        { apiHost: baseUrl, restHost: baseUrl });
    });
    await check('@vonage/server-sdk voice.createOutboundCall with an NCCO: 201 started', async () => {
      const result = await vonage.voice.createOutboundCall({
        to: [{ type: 'phone', number: '447700900001' }],
        from: { type: 'phone', number: '447700900000' },
        ncco: [{ action: 'conversation', name: 'interop' }],
      });
      uuid = result.uuid;
      const conversation = result.conversationUUID || result.conversation_uuid;
      if (result.status !== 'started' || !uuid || !String(conversation).startsWith('CON-')) {
        throw new Error(`got ${JSON.stringify(result)}`);
      }
    });
    await check('@vonage/server-sdk voice.getCall and getCallsPage (status filter) see the answered call', async () => {
      const details = await vonage.voice.getCall(uuid);
      const page = await vonage.voice.getCallsPage({ status: 'answered', pageSize: 10 });
      const listed = page._embedded.calls.map((listedCall) => listedCall.uuid);
      if (details.status !== 'answered' || !listed.includes(uuid)) {
        throw new Error(`status ${details.status}, listed ${listed.join(', ')}`);
      }
    });
    await check('@vonage/server-sdk voice talk, stream, DTMF, mute, earmuff and transfer into the call', async () => {
      const answers = [
        (await vonage.voice.playTTS(uuid, { text: 'Hello from interop' })).message,
        (await vonage.voice.stopTTS(uuid)).message,
        (await vonage.voice.streamAudio(uuid, 'https://example.com/hold.mp3')).message,
        (await vonage.voice.stopStreamAudio(uuid)).message,
        (await vonage.voice.playDTMF(uuid, '1234')).message,
      ];
      const expected = ['Talk started', 'Talk stopped', 'Stream started', 'Stream stopped', 'DTMF sent'];
      if (JSON.stringify(answers) !== JSON.stringify(expected)) {
        throw new Error(`answered ${JSON.stringify(answers)}`);
      }
      await vonage.voice.muteCall(uuid);
      await vonage.voice.unmuteCall(uuid);
      await vonage.voice.earmuffCall(uuid);
      await vonage.voice.unearmuffCall(uuid);
      await vonage.voice.transferCallWithNCCO(uuid, [{ action: 'conversation', name: 'interop-transferred' }]);
    });
    await check('@vonage/server-sdk voice.hangupCall: the call is completed', async () => {
      await vonage.voice.hangupCall(uuid);
      const details = await vonage.voice.getCall(uuid);
      if (details.status !== 'completed') {
        throw new Error(`status ${details.status}`);
      }
    });
    await check('@vonage/jwt verifySignature accepts each signed event webhook; payload_hash is the body\'s SHA-256',
      async () => {
        await receiver.until(4); // started, ringing, answered, then transfer and completed
        const events = receiver.received.filter((hook) => hook.url === '/event');
        for (const event of events) {
          const token = (event.authorization || '').replace(/^Bearer /, '');
          if (!verifySignature(token, signatureSecret)) {
            throw new Error(`refused ${event.body.toString().slice(0, 120)}`);
          }
          const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
          const hash = createHash('sha256').update(event.body).digest('hex');
          if (claims.payload_hash !== hash || claims.api_key !== apiKey) {
            throw new Error(`claims ${JSON.stringify(claims)} for a body hashing to ${hash}`);
          }
        }
      });
    await check('@vonage/jwt verifySignature refuses the mock\'s webhooks with another secret', async () => {
      const token = (receiver.received[0].authorization || '').replace(/^Bearer /, '');
      if (verifySignature(token, `not-${signatureSecret}`)) {
        throw new Error('accepted with the wrong secret');
      }
    });
  } finally {
    receiver.close();
  }
}

module.exports = { voice };
