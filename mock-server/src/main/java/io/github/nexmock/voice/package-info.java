/**
 * Voice calls as state: the calls of each application ({@link io.github.nexmock.voice.Calls}), their status history,
 * their lifecycle on the mock's clock (a {@link io.github.nexmock.time.ClockScheduler}), the NCCO each runs, and the
 * answer and event webhooks they cause, handed to {@code webhook} to deliver. Imports {@code webhook}, {@code state}
 * and {@code time} only.
 */
package io.github.nexmock.voice;
