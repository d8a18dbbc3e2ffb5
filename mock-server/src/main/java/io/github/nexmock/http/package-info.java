/**
 * The Jetty and WireMock glue, the first code a request meets: connection, header and body limits, problem bodies
 * for what Jetty refuses, the admin token, the journal that never keeps a secret, and the WireMock extensions
 * ({@link io.github.nexmock.http.NexmockWireMock}) whose request filter hands each request to {@code auth} and then
 * to the APIs in {@code internal.api}. Imports {@code auth}, {@code internal.api}, {@code state}, {@code jwt} and
 * {@code keys}; nothing imports it but {@code server}.
 */
package io.github.nexmock.http;
