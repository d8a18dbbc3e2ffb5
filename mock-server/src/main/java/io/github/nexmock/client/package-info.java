/**
 * A small HTTP client for the Application and Users APIs ({@link io.github.nexmock.client.NexmoApiClient}), used by
 * the command line and the extension against the mock or the real platform. Imports no other nexmock package.
 */
package io.github.nexmock.client;
