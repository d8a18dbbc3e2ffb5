package io.github.nexmock.cli;

import io.github.nexmock.jwt.Reason;
import io.github.nexmock.jwt.TokenWarning;
import java.util.Map;
import java.util.Optional;

/**
 * For the refusals and warnings a real generator's token usually gets, which generator habit causes it and the fix,
 * in one line: {@code jwt:verify} prints it after the refusal or warning it explains. Sources in
 * docs/platform-rules.md (PR846, PYJWT, CLI162, GUIDE) and the interop checks (the Vonage CLI's milliseconds).
 */
final class GeneratorHabits {

    private static final Map<Reason, String> REFUSALS = Map.of(
            Reason.TTL_CLAIM,
            "usually @vonage/jwt before 1.11.1, whose tokenGenerate left its ttl option in the claims, or Python"
                    + " vonage-jwt, which signs every key it is given; fix: upgrade @vonage/jwt to 1.11.1 or later,"
                    + " and in Python pass exp (iat + the lifetime in seconds) instead of ttl");

    private static final Map<TokenWarning.Code, String> WARNINGS = Map.of(
            TokenWarning.Code.EXP_IN_MILLISECONDS,
            "usually the Vonage CLI 1.x: `vonage jwt` writes exp as Date.now() + 21600, in milliseconds; fix: give"
                    + " exp in seconds (iat + the lifetime), e.g. `vonage jwt create --ttl 21600` in the current"
                    + " Vonage CLI",
            TokenWarning.Code.EXP_AS_STRING,
            "usually nexmo-cli before 0.3.13 (with the nexmo library 2.2.0 or older), which signs `jwt:generate"
                    + " exp=...` as a JSON string; fix: upgrade nexmo-cli, or write exp as a JSON number",
            TokenWarning.Code.ACL_AS_STRING,
            "usually nexmo-cli `jwt:generate ... acl='/**'` of the first client SDK guide, which signs the acl as a"
                    + " JSON string; fix: pass the object form, acl='{\"paths\":{\"/*/users/**\":{}}}', with only the"
                    + " paths the user needs");

    private GeneratorHabits() {}

    /** The habit behind a refusal, if one is known. */
    static Optional<String> behind(Reason reason) {
        return Optional.ofNullable(REFUSALS.get(reason));
    }

    /** The habit behind a warning, if one is known. */
    static Optional<String> behind(TokenWarning.Code code) {
        return Optional.ofNullable(WARNINGS.get(code));
    }
}
