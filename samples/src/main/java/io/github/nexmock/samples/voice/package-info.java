/**
 * A click-to-call backend a team would write: it places a call with the Vonage Java SDK's {@code VoiceClient},
 * receives the call's event webhooks, verifies each one's signature as Vonage's signed-webhook pages describe, and
 * records how each call ended.
 */
package io.github.nexmock.samples.voice;
