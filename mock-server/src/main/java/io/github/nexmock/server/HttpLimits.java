package io.github.nexmock.server;

import java.time.Duration;

/**
 * What the mock's HTTP server allows one client, so that no client can take the memory or the threads of the others.
 *
 * @param maxBodyBytes       the largest request body, also after gzip inflation; a larger one gets a 413
 * @param idleTimeout        how long a connection may send nothing, while a request or its body is under way or
 *                           between requests, before it is closed (a request body under way gets a 408); a request
 *                           head (request line and headers) still arriving after one to two times this is closed too
 * @param minRequestDataRate the fewest bytes per second a request body must arrive at, on average, once it has been
 *                           arriving for longer than the idle timeout (so a request on a busy machine is not blamed for
 *                           the server's own delays); a slower one gets a 408. 0 turns the check off. (Jetty's own
 *                           minimum data rate has no such grace: under load it refused small bodies that had arrived
 *                           whole but were read late.)
 */
record HttpLimits(long maxBodyBytes, Duration idleTimeout, long minRequestDataRate) {}
