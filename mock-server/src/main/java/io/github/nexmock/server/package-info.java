/**
 * The in-process server a test or the command line starts: {@link io.github.nexmock.server.NexmoMockServer} and its
 * builder wire the packages below together (Jetty and WireMock from {@code http}, refusal logs from {@code auth},
 * state, key pairs) and seed or read the state. The only package that may import all the others.
 */
package io.github.nexmock.server;
