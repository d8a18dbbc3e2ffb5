/**
 * Voice calls as state, and the signed webhooks Vonage sends about them: the calls of each application
 * ({@link io.github.nexmock.voice.Calls}), how a destination behaves ({@link io.github.nexmock.voice.Callee}), their
 * status history, their lifecycle on the mock's clock (a {@link io.github.nexmock.voice.ClockScheduler}), the NCCO
 * each runs, and the answer and event webhooks they cause: delivered by real HTTP with the application's timeouts and
 * Vonage's retry rule ({@link io.github.nexmock.voice.WebhookSender}), signed with the account's signature secret or
 * with a deliberate {@link io.github.nexmock.voice.WebhookDefect}, and recorded in the
 * {@link io.github.nexmock.voice.DeliveryLog}. Part of nexmock's API; imports {@code state} and {@code jwt} only.
 */
package io.github.nexmock.voice;
