package io.github.nexmock.voice;

import java.time.Instant;

/**
 * One step of a call's history.
 *
 * @param status the status the call entered
 * @param time   when, by the mock's clock
 */
public record StatusChange(CallStatus status, Instant time) {}
