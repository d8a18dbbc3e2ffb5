package io.github.nexmock.junit5;

import io.github.nexmock.server.NexmoMockServer;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * A parameter or field as the extension sees it: its type and nexmock annotations. Decides whether it is the
 * extension's to fill, and fills it; a misuse of the annotations is the extension's too, so it can say how to fix it.
 *
 * @param description how messages name it
 */
record InjectionPoint(Class<?> type, Optional<NexmoUser> user, Optional<NexmoJwt> jwt, String description) {

    static InjectionPoint of(ParameterContext parameter) {
        return new InjectionPoint(
                parameter.getParameter().getType(),
                parameter.findAnnotation(NexmoUser.class),
                parameter.findAnnotation(NexmoJwt.class),
                describe(parameter));
    }

    /**
     * "parameter alice of test()" when the class was compiled with {@code -parameters}, else by position and type,
     * "parameter 2 (NexmoUserRef) of test()", rather than the compiler's {@code arg1}.
     */
    private static String describe(ParameterContext parameter) {
        Parameter declared = parameter.getParameter();
        String which = declared.isNamePresent()
                ? declared.getName()
                : (parameter.getIndex() + 1) + " (" + declared.getType().getSimpleName() + ")";
        return "parameter " + which + " of "
                + parameter.getDeclaringExecutable().getName() + "()";
    }

    static InjectionPoint of(Field field) {
        return new InjectionPoint(
                field.getType(),
                Optional.ofNullable(field.getAnnotation(NexmoUser.class)),
                Optional.ofNullable(field.getAnnotation(NexmoJwt.class)),
                "field " + field.getDeclaringClass().getSimpleName() + "." + field.getName());
    }

    /**
     * The types the extension fills without an annotation, or explains how to annotate, each listed once: how to
     * recognise it, whether a field of that type alone is the extension's, and how to fill it. Both
     * {@link #isNexmock()} and {@link #resolve} read it, and so does {@link FieldInjection}.
     */
    enum Kind {
        ENVIRONMENT(
                NexmoEnvironment.class, true, (point, scope) -> scope.platform().environment()),
        APPLICATION(NexmoApplication.class, true, (point, scope) -> scope.application()
                .application()),
        CALLS(NexmoCalls.class, true, InjectionPoint::calls),
        /** The Vonage SDK's {@code VonageClient}, known by name so the SDK stays optional. */
        VONAGE_CLIENT(VonageSdk::isClientType, true, (point, scope) -> VonageSdk.client(scope, point.description())),
        /** Only with {@code @NexmoUser}, which says which user. */
        USER_REF(NexmoUserRef.class, false, (point, scope) -> {
            throw point.misuse("needs @NexmoUser(\"name\") to say which user to create");
        }),
        /** Only with {@code @NexmoJwt}, which says which token. */
        TOKEN(NexmoToken.class, false, (point, scope) -> {
            throw point.misuse("needs @NexmoJwt to say which token to mint, e.g. @NexmoJwt(sub = \"alice\","
                    + " acl = Acl.Preset.CLIENT_SDK)");
        });

        private final Predicate<Class<?>> matches;
        private final boolean fieldByType;
        private final BiFunction<InjectionPoint, TestScope, Object> resolver;

        Kind(Class<?> type, boolean fieldByType, BiFunction<InjectionPoint, TestScope, Object> resolver) {
            this(candidate -> candidate == type, fieldByType, resolver);
        }

        Kind(Predicate<Class<?>> matches, boolean fieldByType, BiFunction<InjectionPoint, TestScope, Object> resolver) {
            this.matches = matches;
            this.fieldByType = fieldByType;
            this.resolver = resolver;
        }

        /** Whether a field of this type, with no nexmock annotation, is filled (unless final or another's). */
        boolean fillsFieldByType() {
            return fieldByType;
        }

        static Optional<Kind> of(Class<?> type) {
            for (Kind kind : values()) {
                if (kind.matches.test(type)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** The kind its type alone makes it, if any. */
    Optional<Kind> kind() {
        return Kind.of(type);
    }

    /** Whether the extension fills it (or explains why it cannot); other types are left to other resolvers. */
    boolean isNexmock() {
        return user.isPresent() || jwt.isPresent() || kind().isPresent();
    }

    /**
     * The value for it in {@code scope}.
     *
     * @throws ExtensionConfigurationException when the annotations and the type do not fit, saying what would
     */
    Object resolve(TestScope scope) {
        if (user.isPresent() && jwt.isPresent()) {
            throw misuse("has both @NexmoUser and @NexmoJwt; keep @NexmoUser on a NexmoUserRef or @NexmoJwt on a String"
                    + " or NexmoToken");
        }
        if (user.isPresent()) {
            if (type != NexmoUserRef.class) {
                throw misuse(
                        "is a " + type.getSimpleName() + "; @NexmoUser goes on a NexmoUserRef (for the user's token"
                                + " use @NexmoJwt(sub = \"" + user.get().value() + "\") on a String or NexmoToken)");
            }
            String name = user.get().value().strip();
            if (name.isEmpty()) {
                throw misuse("has @NexmoUser without a name; give one, e.g. @NexmoUser(\"alice\")");
            }
            return scope.application().user(name);
        }
        if (jwt.isPresent()) {
            if (type != String.class && type != NexmoToken.class) {
                throw misuse("is a " + type.getSimpleName() + "; @NexmoJwt goes on a String (the compact token) or a"
                        + " NexmoToken");
            }
            NexmoToken token = scope.application().tokens().mint(TokenSpec.of(jwt.get(), description), scope);
            return type == String.class ? token.value() : token;
        }
        return kind().orElse(Kind.TOKEN).resolver.apply(this, scope);
    }

    private static NexmoCalls calls(InjectionPoint point, TestScope scope) {
        NexmoMockServer server = scope.platform()
                .environment()
                .mockServer()
                .orElseThrow(() -> point.misuse("is NexmoCalls, which drives the mock's calls; the real platform has"
                        + " no such handle: run the test on the mock"));
        scope.application();
        return new NexmoCalls(server, scope.existingApplicationIds());
    }

    private ExtensionConfigurationException misuse(String problem) {
        return new ExtensionConfigurationException(description + " " + problem);
    }
}
