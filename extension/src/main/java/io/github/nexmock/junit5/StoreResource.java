package io.github.nexmock.junit5;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A value the extension keeps in an {@link ExtensionContext.Store} and that JUnit closes, once, when the context owning
 * the store ends: the mock, the applications, the token-signing thread, what fields were filled.
 * <p>
 * It is both {@link AutoCloseable} and {@link ExtensionContext.Store.CloseableResource} because JUnit closes store
 * values by one of them depending on its version: Jupiter 5.10 to 5.12 close only {@code CloseableResource} values;
 * 5.13 and later (6.x included) close an {@code AutoCloseable} value as such and return, and reach the
 * {@code CloseableResource} branch (which logs "Type implements CloseableResource but not AutoCloseable") only when
 * {@code junit.jupiter.extensions.store.close.autocloseable.enabled} is {@code false}, where they close it that way
 * without a warning. So every version closes it exactly once and none warns. {@code CloseableResource} is deprecated
 * from 5.13 (not for removal, still there in 6.x); the warning about that is ours alone, at compile time, and
 * suppressed here, the one place that names it.
 */
@SuppressWarnings("deprecation") // CloseableResource: the only type Jupiter 5.10-5.12 close; see above
interface StoreResource extends AutoCloseable, ExtensionContext.Store.CloseableResource {

    /** Releases what the value holds; JUnit calls it when the context owning the store ends. */
    @Override
    void close();
}
