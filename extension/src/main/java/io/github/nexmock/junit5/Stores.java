package io.github.nexmock.junit5;

import org.junit.jupiter.api.extension.ExtensionContext;

/** The extension's private part of each {@link ExtensionContext.Store}. */
final class Stores {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create("io.github.nexmock");

    private Stores() {}

    /** The store of {@code context}; its lookups also see the values of the enclosing contexts. */
    static ExtensionContext.Store of(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }

    /** The store of the whole test run, closed when the run ends. */
    static ExtensionContext.Store root(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }
}
