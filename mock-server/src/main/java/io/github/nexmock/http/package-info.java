/**
 * The Jetty and WireMock glue, the first code a request meets: connection, header and body limits, problem bodies
 * for what Jetty refuses, the admin token, the journal that never keeps a secret, and the WireMock extensions
 * ({@link io.github.nexmock.http.NexmockWireMock}) whose request filter hands each request to {@code auth} and then
 * to the APIs in {@code internal.api}. Imports {@code auth}, {@code internal.api}, {@code state}, {@code jwt} and
 * {@code keys}. Within this module only {@code server} imports it; {@link io.github.nexmock.http.NexmockWireMock} and
 * {@link io.github.nexmock.http.NexmockOptions} are public API besides, for the JUnit extension and for users who
 * register nexmock on a WireMock server of their own.
 */
package io.github.nexmock.http;
