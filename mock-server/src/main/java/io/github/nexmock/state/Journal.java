package io.github.nexmock.state;

/**
 * Where changes are made durable before {@link NexmoState} applies them. Called only under the state's change lock.
 * Failures are {@link java.io.UncheckedIOException}s (or {@link IllegalStateException} once the journal is unusable);
 * after a failure the journal holds exactly the changes that were acknowledged before it.
 */
interface Journal {

    /** The journal of a state that lives only in memory. */
    Journal NONE = new Journal() {
        @Override
        public void append(StateChange change, Account before) {}

        @Override
        public void rewrite(Account account) {}

        @Override
        public void close() {}
    };

    /**
     * Makes one change durable; when this returns, it survives a crash.
     *
     * @param before the account the change is about to be applied to, for journals that compact as they go
     */
    void append(StateChange change, Account before);

    /** Replaces everything recorded with exactly the content of {@code account}, atomically. */
    void rewrite(Account account);

    /** Releases the file; later changes fail. */
    void close();
}
