package io.github.nexmock.voice;

import java.util.List;

/**
 * One page of an application's calls.
 *
 * @param count how many calls matched the filters in all
 * @param calls the calls of this page
 */
public record CallPage(int count, List<Call> calls) {

    /** Copies the list. */
    public CallPage {
        calls = List.copyOf(calls);
    }
}
