package io.github.nexmock.security;

import static io.github.nexmock.security.ForgedToken.base64Url;
import static io.github.nexmock.security.ForgedToken.text;
import static io.github.nexmock.security.TokenProbe.accepted;
import static io.github.nexmock.security.TokenProbe.refused;

import io.github.nexmock.jwt.Acl;
import io.github.nexmock.jwt.AclRule;
import io.github.nexmock.jwt.Reason;
import io.github.nexmock.jwt.RsaKeys;
import io.github.nexmock.server.CreatedApplication;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** The attack and edge tokens of the security suite: what each is, and the exact answer the mock owes it. */
final class AttackCatalogue {

    private static final String USERS_ONLY = "{\"paths\":{\"/*/users/**\":{}}}";
    private static final Reason APP_API = Reason.APPLICATION_API_NEEDS_ACCOUNT_CREDENTIALS;
    private static final String GET_USERS_ONLY = "{\"paths\":{\"/*/users/**\":{\"methods\":[\"GET\"]}}}";

    private AttackCatalogue() {}

    /** Tokens and requests that must be refused, each with its reason. */
    static List<TokenProbe> refusals() {
        return List.of(
                // algorithm and header
                refused(
                        "alg none without a signature",
                        Reason.UNSUPPORTED_ALGORITHM,
                        bench -> bench.listUsers(
                                bench.claims().header("alg", text("none")).unsigned())),
                refused(
                        "alg none with an RS256 signature",
                        Reason.UNSUPPORTED_ALGORITHM,
                        bench -> bench.listUsers(
                                bench.claims().header("alg", text("none")).signedWith(bench.app.privateKey()))),
                refused(
                        "alg nOnE in mixed case",
                        Reason.UNSUPPORTED_ALGORITHM,
                        bench -> bench.listUsers(
                                bench.claims().header("alg", text("nOnE")).unsigned())),
                refused(
                        "HS256 keyed with the application's public key PEM",
                        Reason.UNSUPPORTED_ALGORITHM,
                        bench -> bench.listUsers(bench.claims()
                                .header("alg", text("HS256"))
                                .hs256(publicPem(bench.app).getBytes(StandardCharsets.UTF_8)))),
                refused(
                        "HS256 keyed with the public key's DER bytes",
                        Reason.UNSUPPORTED_ALGORITHM,
                        bench -> bench.listUsers(bench.claims()
                                .header("alg", text("HS256"))
                                .hs256(bench.app.application().publicKey().getEncoded()))),
                refused(
                        "RS512 header",
                        Reason.UNSUPPORTED_ALGORITHM,
                        bench -> bench.listUsers(
                                bench.claims().header("alg", text("RS512")).signedWith(bench.app.privateKey()))),
                refused(
                        "PS256 header",
                        Reason.UNSUPPORTED_ALGORITHM,
                        bench -> bench.listUsers(
                                bench.claims().header("alg", text("PS256")).signedWith(bench.app.privateKey()))),
                refused(
                        "alg as an array [\"RS256\"]",
                        Reason.UNSUPPORTED_ALGORITHM,
                        bench -> bench.listUsers(
                                bench.claims().header("alg", "[\"RS256\"]").signedWith(bench.app.privateKey()))),
                refused(
                        "alg missing",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(
                                bench.claims().withoutHeader("alg").signedWith(bench.app.privateKey()))),
                refused(
                        "typ JWE",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(
                                bench.claims().header("typ", text("JWE")).signedWith(bench.app.privateKey()))),
                refused(
                        "crit header naming exp",
                        Reason.CRITICAL_HEADER,
                        bench -> bench.listUsers(
                                bench.claims().header("crit", "[\"exp\"]").signedWith(bench.app.privateKey()))),

                // signatures
                refused(
                        "RS256 signed with another application's key",
                        Reason.BAD_SIGNATURE,
                        bench -> bench.listUsers(bench.claims().signedWith(bench.other.privateKey()))),
                refused(
                        "RS256 signed with a random key",
                        Reason.BAD_SIGNATURE,
                        bench -> bench.listUsers(bench.claims().signedWith(bench.stranger.getPrivate()))),
                refused(
                        "signature stripped",
                        Reason.BAD_SIGNATURE,
                        bench -> bench.listUsers(bench.claims().unsigned())),
                refused(
                        "signature truncated by three bytes",
                        Reason.BAD_SIGNATURE,
                        bench -> bench.listUsers(truncateSignature(bench.valid(), 3))),
                refused(
                        "signature truncated to a length base64url cannot have",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(chop(bench.valid(), 1))),
                refused(
                        "signature with one bit flipped",
                        Reason.BAD_SIGNATURE,
                        bench -> bench.listUsers(flipLastSignatureBit(bench.valid()))),
                refused(
                        "signature taken from another token of the same application",
                        Reason.BAD_SIGNATURE,
                        bench -> bench.listUsers(splice(
                                bench.claims().claim("sub", text("mallory")).unsigned(), bench.valid()))),
                refused("payload changed after signing (acl widened to /**)", Reason.BAD_SIGNATURE, bench -> {
                    ForgedToken token =
                            bench.claims().claim("sub", text("alice")).claim("acl", GET_USERS_ONLY);
                    String signed = token.signedWith(bench.app.privateKey());
                    return bench.listUsers(splice(
                            token.claim("acl", "{\"paths\":{\"/**\":{}}}").unsigned(), signed));
                }),
                refused("header changed after signing (kid added)", Reason.BAD_SIGNATURE, bench -> {
                    ForgedToken token = bench.claims();
                    String signed = token.signedWith(bench.app.privateKey());
                    return bench.listUsers(
                            splice(token.header("kid", text("k1")).unsigned(), signed));
                }),

                // keys named by the header are never used
                refused(
                        "jku pointing at an attacker's key set, signed with the attacker's key",
                        Reason.BAD_SIGNATURE,
                        bench -> bench.listUsers(bench.claims()
                                .header("jku", text("https://attacker.example/jwks.json"))
                                .signedWith(bench.stranger.getPrivate()))),
                refused(
                        "x5u pointing at an attacker's certificate, signed with the attacker's key",
                        Reason.BAD_SIGNATURE,
                        bench -> bench.listUsers(bench.claims()
                                .header("x5u", text("https://attacker.example/cert.pem"))
                                .signedWith(bench.stranger.getPrivate()))),
                refused(
                        "jwk embedding the attacker's public key, signed with it",
                        Reason.BAD_SIGNATURE,
                        bench -> bench.listUsers(bench.claims()
                                .header("jwk", jwk((RSAPublicKey) bench.stranger.getPublic()))
                                .signedWith(bench.stranger.getPrivate()))),
                refused(
                        "kid naming another application, signed with that application's key",
                        Reason.BAD_SIGNATURE,
                        bench -> bench.listUsers(bench.claims()
                                .header("kid", text(bench.other.id()))
                                .signedWith(bench.other.privateKey()))),

                // structure
                refused(
                        "one segment",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(base64Url(bench.claims().payloadJson()))),
                refused(
                        "two segments",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(bench.claims().signingInput())),
                refused("four segments", Reason.MALFORMED, bench -> bench.listUsers(bench.valid() + ".AAAA")),
                refused(
                        "empty header segment",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(
                                bench.valid().substring(bench.valid().indexOf('.')))),
                refused("standard base64 '+' in the payload", Reason.MALFORMED, bench -> {
                    String token = bench.valid();
                    int payload = token.indexOf('.') + 1;
                    return bench.listUsers(token.substring(0, payload) + "+" + token.substring(payload + 1));
                }),
                refused("base64 padding '=' on the header", Reason.MALFORMED, bench -> {
                    String token = bench.valid();
                    int dot = token.indexOf('.');
                    return bench.listUsers(token.substring(0, dot) + "==" + token.substring(dot));
                }),
                refused(
                        "non-canonical base64url (unused bits set)",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(nonCanonicalHeader(bench))),
                refused(
                        "header not JSON",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(splice(
                                base64Url("alg=RS256") + "."
                                        + base64Url(bench.claims().payloadJson()) + ".",
                                bench.valid()))),
                refused(
                        "payload not JSON",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(signed(
                                bench, "{\"alg\":\"RS256\",\"typ\":\"JWT\"}", "application_id=" + bench.app.id()))),
                refused(
                        "header a JSON array",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(signed(
                                bench, "[{\"alg\":\"RS256\"}]", bench.claims().payloadJson()))),
                refused(
                        "payload a JSON array",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(signed(
                                bench,
                                "{\"alg\":\"RS256\"}",
                                "[" + bench.claims().payloadJson() + "]"))),
                refused(
                        "payload with data after its object",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(signed(
                                bench, "{\"alg\":\"RS256\"}", bench.claims().payloadJson() + "{}"))),
                refused(
                        "duplicate header name alg",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(bench.claims()
                                .duplicateHeader("alg", text("none"))
                                .signedWith(bench.app.privateKey()))),
                refused(
                        "duplicate claim application_id",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(bench.claims()
                                .duplicateClaim("application_id", text(bench.other.id()))
                                .signedWith(bench.app.privateKey()))),
                refused(
                        "duplicate claim exp",
                        Reason.MALFORMED,
                        bench -> bench.listUsers(bench.claims()
                                .duplicateClaim("exp", String.valueOf(bench.now() + 86_400 * 365))
                                .signedWith(bench.app.privateKey()))),

                // required claims
                refused(
                        "application_id missing",
                        Reason.MISSING_CLAIM,
                        bench -> bench.listUsers(
                                bench.claims().without("application_id").signedWith(bench.app.privateKey()))),
                // support article 360000958407: neither iat nor exp is refused (exp alone is accepted, see acceptances)
                refused(
                        "iat and exp missing",
                        Reason.MISSING_CLAIM,
                        bench -> bench.listUsers(
                                bench.claims().without("iat").without("exp").signedWith(bench.app.privateKey()))),
                refused(
                        "jti missing",
                        Reason.MISSING_CLAIM,
                        bench -> bench.listUsers(bench.claims().without("jti").signedWith(bench.app.privateKey()))),
                refused(
                        "application_id an empty string",
                        Reason.MISSING_CLAIM,
                        bench -> bench.listUsers(
                                bench.claims().claim("application_id", text("")).signedWith(bench.app.privateKey()))),
                refused(
                        "jti an empty string",
                        Reason.MISSING_CLAIM,
                        bench -> bench.listUsers(
                                bench.claims().claim("jti", text("")).signedWith(bench.app.privateKey()))),
                refused(
                        "jti only blanks",
                        Reason.MISSING_CLAIM,
                        bench -> bench.listUsers(
                                bench.claims().claim("jti", text("  ")).signedWith(bench.app.privateKey()))),

                // claim types
                wrongType("application_id a number", "application_id", "12345"),
                wrongType("application_id null", "application_id", "null"),
                wrongType("iat a numeric string", "iat", text("1938427200")),
                wrongType("iat a boolean", "iat", "true"),
                wrongType("iat beyond the range of dates", "iat", "1e300"),
                wrongType("exp a string", "exp", text("never")),
                wrongType("nbf a string", "nbf", text("0")),
                wrongType("jti a number", "jti", "42"),
                wrongType("sub an object", "sub", "{\"name\":\"alice\"}"),
                wrongType("acl a string that is no path glob", "acl", text("users/**")),
                wrongType("acl a number", "acl", "42"),
                wrongType("acl paths an array", "acl", "{\"paths\":[\"/**\"]}"),

                // times (the clock stands at AttackBench.NOW; skew 5 s)
                refused(
                        "expired an hour ago",
                        Reason.EXPIRED,
                        bench -> bench.listUsers(bench.claims()
                                .claim("iat", String.valueOf(bench.now() - 7200))
                                .claim("exp", String.valueOf(bench.now() - 3600))
                                .signedWith(bench.app.privateKey()))),
                refused(
                        "expired by one second",
                        Reason.EXPIRED,
                        bench -> bench.listUsers(bench.claims()
                                .claim("iat", String.valueOf(bench.now() - 900))
                                .claim("exp", String.valueOf(bench.now() - 1))
                                .signedWith(bench.app.privateKey()))),
                refused(
                        "exp exactly now",
                        Reason.EXPIRED,
                        bench -> bench.listUsers(bench.claims()
                                .claim("iat", String.valueOf(bench.now() - 900))
                                .claim("exp", String.valueOf(bench.now()))
                                .signedWith(bench.app.privateKey()))),
                refused(
                        "no exp and iat exactly 15 min ago",
                        Reason.EXPIRED,
                        bench -> bench.listUsers(bench.claims()
                                .without("exp")
                                .claim("iat", String.valueOf(bench.now() - 900))
                                .signedWith(bench.app.privateKey()))),
                refused(
                        "nbf 6 s in the future",
                        Reason.NOT_YET_VALID,
                        bench -> bench.listUsers(bench.claims()
                                .claim("nbf", String.valueOf(bench.now() + 6))
                                .signedWith(bench.app.privateKey()))),
                // support article 360000958407: honoured at most 24 h after iat, whatever exp says
                refused(
                        "issued 24 h ago, exp an hour ahead",
                        Reason.EXPIRED,
                        bench -> bench.listUsers(bench.claims()
                                .claim("iat", String.valueOf(bench.now() - 86_400))
                                .claim("exp", String.valueOf(bench.now() + 3600))
                                .signedWith(bench.app.privateKey()))),
                refused(
                        "issued 24 h ago, exp in milliseconds",
                        Reason.EXPIRED,
                        bench -> bench.listUsers(bench.claims()
                                .claim("iat", String.valueOf(bench.now() - 86_400))
                                .claim("exp", String.valueOf(bench.now() * 1000))
                                .signedWith(bench.app.privateKey()))),
                refused(
                        "lifetime 29 s",
                        Reason.LIFETIME_TOO_SHORT,
                        bench -> bench.listUsers(bench.claims()
                                .claim("exp", String.valueOf(bench.now() + 29))
                                .signedWith(bench.app.privateKey()))),

                // applications
                refused(
                        "unknown application_id",
                        Reason.UNKNOWN_APPLICATION,
                        bench -> bench.listUsers(
                                bench.claims(UUID.randomUUID().toString()).signedWith(bench.app.privateKey()))),
                refused("application deleted after the token was used", Reason.UNKNOWN_APPLICATION, bench -> {
                    CreatedApplication doomed = bench.application("doomed", bench.app);
                    String token = bench.claims(doomed.id()).signedWith(doomed.privateKey());
                    bench.succeed(bench.listUsers(token));
                    bench.succeed(bench.account("DELETE", "/v2/applications/" + doomed.id()));
                    return bench.listUsers(token);
                }),
                refused("key rotated (PUT new public key) after the token was used", Reason.BAD_SIGNATURE, bench -> {
                    CreatedApplication rotating = bench.application("rotating", bench.other);
                    String token = bench.claims(rotating.id()).signedWith(rotating.privateKey());
                    bench.succeed(bench.listUsers(token));
                    bench.succeed(bench.account("PUT", "/v2/applications/" + rotating.id())
                            .json("{\"name\":\"rotating\",\"keys\":{\"public_key\":" + text(publicPem(bench.app))
                                    + "}}"));
                    return bench.listUsers(token);
                }),

                // size and presence
                refused(
                        "token 2 characters over the 8192-character limit",
                        Reason.TOKEN_TOO_LARGE,
                        bench -> bench.listUsers(tokenOfLength(bench, 8194))),
                refused("no token", Reason.MISSING_TOKEN, bench -> RawHttp.request("GET", "/v1/users")),
                refused("Bearer with an empty token", Reason.MISSING_TOKEN, bench -> RawHttp.request("GET", "/v1/users")
                        .header("Authorization", "Bearer ")),

                // access
                refused("acl for /v1/users only, used on /v1/calls", Reason.ACL_DENIES_PATH, bench -> RawHttp.request(
                                "GET", "/v1/calls")
                        .bearer(bench.claims().claim("acl", USERS_ONLY).signedWith(bench.app.privateKey()))),
                refused(
                        "acl methods GET only, used to POST /v1/users",
                        Reason.ACL_DENIES_METHOD,
                        bench -> RawHttp.request("POST", "/v1/users")
                                .json("{\"name\":\"mallory\"}")
                                .bearer(bench.claims()
                                        .claim("acl", GET_USERS_ONLY)
                                        .signedWith(bench.app.privateKey()))),
                refused(
                        "acl methods GET only, used to DELETE /v1/users/{id}",
                        Reason.ACL_DENIES_METHOD,
                        bench -> RawHttp.request("DELETE", "/v1/users/USR-" + UUID.randomUUID())
                                .bearer(bench.claims()
                                        .claim("acl", GET_USERS_ONLY)
                                        .signedWith(bench.app.privateKey()))),
                refused(
                        "user token (sub) without acl",
                        Reason.ACL_MISSING,
                        bench -> bench.listUsers(
                                bench.claims().claim("sub", text("alice")).signedWith(bench.app.privateKey()))),
                unsafe("/v1/users/../applications"),
                unsafe("/v1/users/../../v2/applications"),
                unsafe("/v1/users/%2e%2e/applications"),
                unsafe("/v1/users/%2E%2E/%2E%2E/v2/applications"),
                unsafe("/v1/users%2F..%2F..%2Fv2%2Fapplications"),
                unsafe("/v1/users/..%5C..%5Cv2/applications"),
                unsafe("/v1/users\\..\\..\\v2\\applications"),
                unsafe("/v1/./users"),
                unsafe("/v1//users"),
                caseTrick("/V1/USERS"),
                caseTrick("/v1/Users"),
                caseTrick("/v1/users;jsessionid=x"),
                // the Application API v2 reference: Basic api_key:api_secret only; no JWT is documented for v2 or v1
                refused("application token on another application", APP_API, bench -> RawHttp.request(
                                "GET", "/v2/applications/" + bench.other.id())
                        .bearer(bench.valid())),
                refused("application token creating an application", APP_API, bench -> RawHttp.request(
                                "POST", "/v2/applications")
                        .json("{\"name\":\"x\"}")
                        .bearer(bench.valid())),
                refused(
                        "application token reading its own application",
                        APP_API,
                        bench -> bench.readApplication(bench.valid())),
                refused(
                        "acl /** reading the application",
                        APP_API,
                        bench -> bench.readApplication(bench.minted()
                                .subject("alice")
                                .acl(Acl.allowAll())
                                .sign())),
                refused(
                        "client SDK preset reading its application",
                        APP_API,
                        bench -> bench.readApplication(bench.minted()
                                .subject("alice")
                                .acl(Acl.clientSdk())
                                .sign())),
                refused("client SDK preset replacing the application's key", APP_API, bench -> RawHttp.request(
                                "PUT", "/v2/applications/" + bench.app.id())
                        .json("{\"name\":\"target\",\"keys\":{\"public_key\":" + text(publicPem(bench.other)) + "}}")
                        .bearer(bench.minted()
                                .subject("alice")
                                .acl(Acl.clientSdk())
                                .sign())),
                refused("client SDK preset deleting the application", APP_API, bench -> RawHttp.request(
                                "DELETE", "/v2/applications/" + bench.app.id())
                        .bearer(bench.minted()
                                .subject("alice")
                                .acl(Acl.clientSdk())
                                .sign())),
                refused("application token on the legacy v1 Application API", APP_API, bench -> RawHttp.request(
                                "GET", "/v1/applications")
                        .bearer(bench.valid())));
    }

    /** Tokens at the edges that must be accepted. */
    static List<TokenProbe> acceptances() {
        return List.of(
                accepted(
                        "lifetime exactly 30 s",
                        bench -> bench.listUsers(bench.claims()
                                .claim("exp", String.valueOf(bench.now() + 30))
                                .signedWith(bench.app.privateKey()))),
                accepted(
                        "lifetime exactly 24 h",
                        bench -> bench.listUsers(bench.claims()
                                .claim("exp", String.valueOf(bench.now() + 86_400))
                                .signedWith(bench.app.privateKey()))),
                // support article 360000958407: a later exp is accepted (honoured 24 h after iat), with a warning
                accepted(
                        "lifetime 24 h + 1 s",
                        bench -> bench.listUsers(bench.claims()
                                .claim("exp", String.valueOf(bench.now() + 86_401))
                                .signedWith(bench.app.privateKey()))),
                accepted(
                        "issued 23 h 59 min ago, exp in milliseconds",
                        bench -> bench.listUsers(bench.claims()
                                .claim("iat", String.valueOf(bench.now() - 86_340))
                                .claim("exp", String.valueOf(bench.now() * 1000))
                                .signedWith(bench.app.privateKey()))),
                // support article 360000958407: exp and no iat works until exp, with a warning
                // no source says Nexmo refuses an iat in the future: accepted, with the IAT_IN_FUTURE warning
                accepted(
                        "iat 6 s in the future",
                        bench -> bench.listUsers(bench.claims()
                                .claim("iat", String.valueOf(bench.now() + 6))
                                .claim("exp", String.valueOf(bench.now() + 906))
                                .signedWith(bench.app.privateKey()))),
                accepted(
                        "iat missing, exp ahead",
                        bench -> bench.listUsers(bench.claims().without("iat").signedWith(bench.app.privateKey()))),
                // nexmo-docs/create-app-users-tokens-v1.md (nexmo-cli acl='/**'), Nexmo/nexmo-developer PR #1515
                accepted("acl the string /** creating a user", bench -> RawHttp.request("POST", "/v1/users")
                        .json("{\"name\":\"user-" + UUID.randomUUID() + "\"}")
                        .bearer(bench.claims()
                                .claim("sub", text("alice"))
                                .claim("acl", text("/**"))
                                .signedWith(bench.app.privateKey()))),
                accepted(
                        "minted with lifetime 30 s and nbf now",
                        bench -> bench.listUsers(bench.minted()
                                .lifetime(Duration.ofSeconds(30))
                                .notBefore(bench.clock.instant())
                                .sign())),
                accepted(
                        "minted with lifetime 24 h and no nbf",
                        bench -> bench.listUsers(
                                bench.minted().lifetime(Duration.ofHours(24)).sign())),
                accepted(
                        "nbf 5 s in the future (within the skew)",
                        bench -> bench.listUsers(bench.claims()
                                .claim("nbf", String.valueOf(bench.now() + 5))
                                .signedWith(bench.app.privateKey()))),
                accepted(
                        "iat 5 s in the future (within the skew)",
                        bench -> bench.listUsers(bench.claims()
                                .claim("iat", String.valueOf(bench.now() + 5))
                                .claim("exp", String.valueOf(bench.now() + 905))
                                .signedWith(bench.app.privateKey()))),
                accepted(
                        "expiring in one second",
                        bench -> bench.listUsers(bench.claims()
                                .claim("iat", String.valueOf(bench.now() - 899))
                                .claim("exp", String.valueOf(bench.now() + 1))
                                .signedWith(bench.app.privateKey()))),
                accepted(
                        "no exp and iat 14 min 59 s ago",
                        bench -> bench.listUsers(bench.claims()
                                .without("exp")
                                .claim("iat", String.valueOf(bench.now() - 899))
                                .signedWith(bench.app.privateKey()))),
                accepted(
                        "Vonage SDK shape (application_id, iat, jti; no typ)",
                        bench -> bench.listUsers(bench.claims()
                                .without("exp")
                                .withoutHeader("typ")
                                .signedWith(bench.app.privateKey()))),
                accepted(
                        "nexmo-cli shape (sub, exp, acl object, no nbf)",
                        bench -> bench.listUsers(bench.claims()
                                .claim("sub", text("alice"))
                                .claim("acl", USERS_ONLY)
                                .signedWith(bench.app.privateKey()))),
                accepted("acl /** creating a user", bench -> RawHttp.request("POST", "/v1/users")
                        .json("{\"name\":\"user-" + UUID.randomUUID() + "\"}")
                        .bearer(bench.minted()
                                .subject("alice")
                                .acl(Acl.allowAll())
                                .sign())),
                accepted(
                        "client SDK preset listing users",
                        bench -> bench.listUsers(bench.minted()
                                .subject("alice")
                                .acl(Acl.clientSdk())
                                .sign())),
                accepted(
                        "acl methods GET only, used to GET",
                        bench -> bench.listUsers(bench.minted()
                                .subject("alice")
                                .acl(Acl.builder()
                                        .path("/*/users/**", AclRule.methods("GET"))
                                        .build())
                                .sign())),
                accepted(
                        "kid and jku naming elsewhere, signed with the application's key",
                        bench -> bench.listUsers(bench.claims()
                                .header("kid", text(bench.other.id()))
                                .header("jku", text("https://attacker.example/jwks.json"))
                                .signedWith(bench.app.privateKey()))),
                accepted(
                        "token of exactly the 8192-character limit",
                        bench -> bench.listUsers(tokenOfLength(bench, 8192))),
                accepted("trailing slash /v1/users/", bench -> RawHttp.request("GET", "/v1/users/")
                        .bearer(bench.valid())));
    }

    private static TokenProbe wrongType(String kind, String claim, String json) {
        return refused(
                kind,
                Reason.WRONG_CLAIM_TYPE,
                bench -> bench.listUsers(bench.claims().claim(claim, json).signedWith(bench.app.privateKey())));
    }

    private static TokenProbe unsafe(String target) {
        return refused("path " + target, Reason.UNSAFE_PATH, bench -> RawHttp.request("GET", target)
                .bearer(bench.valid()));
    }

    private static TokenProbe caseTrick(String target) {
        return refused("acl /*/users/** on " + target, Reason.ACL_DENIES_PATH, bench -> RawHttp.request("GET", target)
                .bearer(bench.claims()
                        .claim("sub", text("alice"))
                        .claim("acl", USERS_ONLY)
                        .signedWith(bench.app.privateKey())));
    }

    private static String publicPem(CreatedApplication application) {
        return RsaKeys.toPublicPem(application.application().publicKey());
    }

    /** A signed token whose header and payload are exactly the given text. */
    private static String signed(AttackBench bench, String header, String payload) {
        String input = base64Url(header) + "." + base64Url(payload);
        return input + "." + base64Url(ForgedToken.rs256(input, bench.app.privateKey()));
    }

    /** The unsigned {@code header.payload.} of one token with the signature of another. */
    private static String splice(String unsigned, String signedToken) {
        return unsigned + signedToken.substring(signedToken.lastIndexOf('.') + 1);
    }

    private static String chop(String token, int characters) {
        return token.substring(0, token.length() - characters);
    }

    private static String truncateSignature(String token, int bytes) {
        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        return token.substring(0, dot + 1) + base64Url(Arrays.copyOf(signature, signature.length - bytes));
    }

    private static String flipLastSignatureBit(String token) {
        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[signature.length - 1] ^= 1;
        return token.substring(0, dot + 1) + base64Url(signature);
    }

    /** A good token whose header segment's last character carries bits base64url leaves unused. */
    private static String nonCanonicalHeader(AttackBench bench) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        while (header.length() % 3 == 0) {
            header += " ";
        }
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String encoded = base64Url(header);
        char last = encoded.charAt(encoded.length() - 1);
        String tampered = encoded.substring(0, encoded.length() - 1) + alphabet.charAt(alphabet.indexOf(last) | 1);
        return splice(tampered + "." + base64Url(bench.claims().payloadJson()) + ".", bench.valid());
    }

    /** A good token padded by a custom claim to exactly {@code length} characters. */
    private static String tokenOfLength(AttackBench bench, int length) {
        int unpadded = bench.claims()
                .claim("padding", text(""))
                .signedWith(bench.app.privateKey())
                .length();
        int estimate = Math.max(0, (length - unpadded) * 3 / 4 - 4);
        for (int padding = estimate; padding < estimate + 12; padding++) {
            String token =
                    bench.claims().claim("padding", text("x".repeat(padding))).signedWith(bench.app.privateKey());
            if (token.length() == length) {
                return token;
            }
        }
        throw new IllegalStateException("no padding gives a token of " + length + " characters");
    }

    private static String jwk(RSAPublicKey key) {
        return "{\"kty\":\"RSA\",\"n\":"
                + text(base64Url(unsigned(key.getModulus().toByteArray()))) + ",\"e\":"
                + text(base64Url(key.getPublicExponent().toByteArray())) + "}";
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement[0] == 0 ? Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }
}
