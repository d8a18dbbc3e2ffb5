package io.github.nexmock.junit5;

import io.github.nexmock.jwt.Acl;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a JWT signed with the test's application key into a {@code String} (the compact token) or a
 * {@link NexmoToken} parameter or field. Without attributes it is an application token (no {@code sub}, no
 * {@code acl}, 15 minutes) like the Vonage SDK's; {@code sub} and {@code acl} make a client SDK token.
 * A token is minted for each test, or once per class for a static field. Its {@code iat} is the second it was signed:
 * on the system clock, a token of an annotation that many tests share is signed ahead in the background, so its
 * {@code iat} may be up to a second before the test asked for it; on a clock given to the extension it is that
 * clock's time, exactly.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface NexmoJwt {

    /** The {@code sub} claim, the user name of a client SDK token; empty for none. */
    String sub() default "";

    /**
     * {@code exp - iat} as an ISO-8601 duration such as {@code "PT1H"}, at least Nexmo's 30 s; empty for 15 min. Over
     * 24 h is accepted with a warning, as Nexmo accepts such a token and honours it 24 h after {@code iat}.
     */
    String lifetime() default "";

    /** An ACL preset for the {@code acl} claim, e.g. {@code acl = Acl.Preset.CLIENT_SDK}; at most one, not with aclPaths. */
    Acl.Preset[] acl() default {};

    /** Explicit {@code acl} path globs, each allowing every method, e.g. {@code "/v1/users/**"}; not with acl. */
    String[] aclPaths() default {};

    /**
     * Further claims as {@code "name=value"}; a value that parses as JSON ({@code 5}, {@code true},
     * {@code {"a":1}}, {@code "\"5\""}) is sent as that JSON value, any other value as a string.
     */
    String[] claims() default {};

    /** A deliberate flaw, for negative tests. */
    TokenDefect defect() default TokenDefect.NONE;
}
