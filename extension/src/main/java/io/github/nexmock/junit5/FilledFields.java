package io.github.nexmock.junit5;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fields nexmock filled for one scope (a class's static fields, or the instance fields of one test), emptied when
 * that scope ends: a field still holding what nexmock put there goes back to {@code null}, so the next test of a
 * {@code PER_CLASS} instance, or the same class run again in the JVM, finds it empty and gets its own value, while
 * whatever the test itself put there stays.
 */
final class FilledFields implements StoreResource {

    private final List<Filled> filled = new ArrayList<>();

    /** Notes that nexmock set {@code field} of {@code instance} ({@code null} when static) to {@code value}. */
    void add(Field field, Object instance, Object value) {
        filled.add(new Filled(field, instance, value));
    }

    /** Keeps these in the store of {@code scope}, which closes them when the scope ends; nothing when none was filled. */
    void keepUntilTheEndOf(ExtensionContext scope) {
        if (!filled.isEmpty()) {
            Stores.of(scope).put(new Key(scope.getUniqueId()), this);
        }
    }

    @Override
    public void close() {
        for (Filled each : filled) {
            try {
                if (each.field().get(each.instance()) == each.value()) {
                    each.field().set(each.instance(), null);
                }
            } catch (IllegalAccessException cannotHappen) {
                throw new IllegalStateException(
                        "nexmock made " + each.field() + " accessible to fill it", cannotHappen);
            }
        }
    }

    private record Filled(Field field, Object instance, Object value) {}

    /** One per scope: a test's own, apart from its class's, which its store also sees. */
    private record Key(String scopeId) {}
}
