/**
 * Code a team that builds on Nexmo would write, tested with nexmock: a backend that issues client SDK tokens
 * ({@link io.github.nexmock.samples.tokens}) and provisioning with the Vonage Java SDK
 * ({@link io.github.nexmock.samples.provisioning}). Nothing here depends on nexmock; only the tests do.
 */
package io.github.nexmock.samples;
