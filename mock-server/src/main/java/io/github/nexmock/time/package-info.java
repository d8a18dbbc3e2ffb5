/**
 * {@link io.github.nexmock.time.TestClock}, a clock a test moves by hand, for token lifetimes and logs without sleeps.
 */
package io.github.nexmock.time;
