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
        public void append(StateChange change) {
        }

        @Override
        public void rewrite(Account account) {
        }

        @Override
        public void close() {
        }
    };

    /** Makes one change durable; when this returns, it survives a crash. */
    void append(StateChange change);

    /** Replaces everything recorded with exactly the content of {@code account}, atomically. */
    void rewrite(Account account);

    /** Releases the file; later changes fail. */
    void close();
}
