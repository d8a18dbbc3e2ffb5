package io.github.nexmock.voice;

import java.time.Instant;

/**
 * The filters and page of {@code GET /v1/calls}.
 *
 * @param status           only calls in this status, or {@code null}
 * @param dateStart        only calls started at or after, or {@code null}
 * @param dateEnd          only calls started at or before, or {@code null}
 * @param conversationUuid only the calls of this conversation, or {@code null}
 * @param pageSize         at most this many
 * @param recordIndex      skipping this many
 * @param descending       latest first
 */
public record CallQuery(
        CallStatus status,
        Instant dateStart,
        Instant dateEnd,
        String conversationUuid,
        int pageSize,
        int recordIndex,
        boolean descending) {}
