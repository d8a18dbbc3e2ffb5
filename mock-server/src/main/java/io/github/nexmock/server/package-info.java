/**
 * The mock as a server, and the first code a request meets. {@link io.github.nexmock.server.NexmoMockServer} is the
 * in-process server a test or the command line starts; {@link io.github.nexmock.server.NexmockWireMock} registers the
 * same checks and APIs on a WireMock server of the user's own, configured by
 * {@link io.github.nexmock.server.NexmockOptions}. Around them, the Jetty and WireMock glue: connection, header and
 * body limits, problem bodies for what Jetty refuses, the admin token and admin API, and the journal that never keeps
 * a secret. The request filter hands each request to {@code auth} and then to the APIs in {@code api}. Part
 * of nexmock's API (those three types and the ones their methods name); the top of the stack, the only package that
 * may import all the others.
 */
package io.github.nexmock.server;
