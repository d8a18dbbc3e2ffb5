/**
 * Where state changes: the applications and users of one mocked account
 * ({@link io.github.nexmock.state.NexmoState}), each change atomic, with the optional state file and its journal.
 * Imports {@code jwt} only.
 */
package io.github.nexmock.state;
