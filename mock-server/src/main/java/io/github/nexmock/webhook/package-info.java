/**
 * Webhooks the mock sends to the user's application (Voice answer and event webhooks): delivery by real HTTP with
 * the application's timeouts and Vonage's retry rule, signing with the account's signature secret, deliberate
 * {@link io.github.nexmock.webhook.WebhookDefect}s, and the {@link io.github.nexmock.webhook.DeliveryLog}. The APIs
 * ask it to deliver; it never calls them back. Imports {@code jwt} and {@code time} only.
 */
package io.github.nexmock.webhook;
