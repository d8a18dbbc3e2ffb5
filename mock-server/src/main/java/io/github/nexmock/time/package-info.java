/**
 * {@link io.github.nexmock.time.TestClock}, a clock a test moves by hand, for token lifetimes and logs without sleeps,
 * and {@link io.github.nexmock.time.ClockScheduler}, which runs timers (call lifecycles) on such a clock or a real one.
 */
package io.github.nexmock.time;
