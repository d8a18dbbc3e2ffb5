package io.github.nexmock.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one place where the mock knowingly differs from Nexmo's published descriptions, each difference with the
 * reason and the source that says the platform behaves as the mock does (or that the description is wrong). The
 * conformance test fails on every validation error no entry here covers, and on an entry nothing needed any more.
 */
final class KnownDifferences {

    /** A kind of validation error that is expected, and why. */
    record Waiver(String name, String reason, Predicate<Violation> covers) {}

    /** A described request member the test leaves out of a request, and why. */
    record UnsentMember(String operation, String member, String reason) {}

    static final List<Waiver> WAIVERS = List.of(
            new Waiver(
                    "problem+json errors",
                    "Every error the mock answers is application/problem+json (RFC 7807), as the platform's are: "
                            + "Vonage's API errors reference (developer.vonage.com/en/api-errors) shows problem+json "
                            + "bodies, while the descriptions declare their error bodies application/json. Only the "
                            + "media type is waived: the body is validated as application/json against the described "
                            + "error schema (Conformance.checkedAsJson).",
                    violation -> violation.status() >= 400
                            && violation.key().equals("validation.response.contentType.notAllowed")
                            && violation.message().contains("application/problem+json")),
            new Waiver(
                    "v1 application has one product",
                    "application.json 1.0.2 makes both voice and messages required in an application, yet creates "
                            + "one from a single `type` (its createApplication body); the v1 reference's own example "
                            + "responses carry only the product of that type, so the mock shows only the products an "
                            + "application has.",
                    violation -> violation.file().equals("application.json")
                            && violation.key().equals("validation.response.body.schema.required")
                            && (violation.message().contains("\"voice\"")
                                    || violation.message().contains("\"messages\""))),
            new Waiver(
                    "v1 type rtc",
                    "application.json 1.0.2's `type` enum is voice or messages, but Nexmo's \"create your "
                            + "application, users and tokens\" guide creates its application with nexmo-cli "
                            + "`--type=rtc`, which the v1 API took: the mock takes rtc too, and shows the application's "
                            + "`rtc` product, a member the v1 application schema has no room for.",
                    violation -> violation.file().equals("application.json")
                            && (violation.key().equals("validation.request.body.schema.enum")
                                            && violation.message().contains("\"rtc\"")
                                    || undescribed(violation, "rtc"))),
            new Waiver(
                    "errors the legacy descriptions leave out",
                    "application.json 1.0.2 and conversation.json 2.0.1 describe only success responses for the "
                            + "operations the mock serves. The mock answers their errors with the status the "
                            + "Application API v2 description gives the same case (400, 401, 404, 405, 406, 415) and, "
                            + "for users, the Conversation API error codes (409 user:error:duplicate-name): the "
                            + "responses exist on the platform, the files just do not list them.",
                    violation -> (violation.file().equals("application.json")
                                    || violation.file().equals("conversation.json"))
                            && violation.status() >= 400
                            && violation.key().equals("validation.response.status.unknown")),
            new Waiver(
                    "v2 keys and HAL links",
                    "application.v2.json 2.1.4 describes no `_links` and gives `keys` only in the answers to "
                            + "create and replace. The platform's answers carry both: the Vonage Java SDK 9.3.1 reads "
                            + "an application's `keys` (com.vonage.client.application.Application.getKeys) and a "
                            + "list's HAL `_links` (ApplicationList, a HalPageResponse), and nexmock's jwt:verify reads "
                            + "the public key from GET /v2/applications/{id} as the SDK does.",
                    violation -> violation.file().equals("application.v2.json")
                            && violation.status() < 300
                            && undescribed(violation, "_links", "keys")),
            new Waiver(
                    "v1 HAL self links",
                    "application.json 1.0.2's `links` schema puts `href` directly under `_links` while its own "
                            + "text points to the HAL specification, where links are keyed by relation: the mock "
                            + "answers `_links.self.href`, as HAL and the v2 answers do.",
                    violation -> violation.file().equals("application.json")
                            && violation.status() < 300
                            && violation.message().contains("/_links']")
                            && undescribed(violation, "self")),
            new Waiver(
                    "v0.1 user members",
                    "conversation.json 2.0.1 takes `name`, `display_name` and `image_url` in createUser and "
                            + "updateUser, yet describes getUser's answer as href, id and name only, and updateUser's "
                            + "as href and id: the mock shows the user it stored, as the Users API and the Vonage "
                            + "Java SDK 9.3.1's com.vonage.client.users.User do.",
                    violation -> violation.file().equals("conversation.json")
                            && violation.status() < 300
                            && undescribed(violation, "name", "display_name", "image_url")),
            new Waiver(
                    "refusal code and reason",
                    "A 401 or 403 problem body carries two RFC 7807 §3.2 extension members the v2 error schema "
                            + "does not name: `code`, the Nexmo error code (system:error:invalid-token, "
                            + "system:error:expired-token, system:error:permission, as the Conversation API's errors "
                            + "carry it), and `reason`, the check that refused (docs/platform-rules.md). Every other "
                            + "member of an error body is checked against the described schema.",
                    violation -> violation.file().equals("application.v2.json")
                            && (violation.status() == 401 || violation.status() == 403)
                            && undescribed(violation, "code", "reason")));

    /** The same for voice.json 1.3.10, which {@code VoiceConformanceTest} checks. */
    static final List<Waiver> VOICE_WAIVERS = List.of(
            new Waiver(
                    "voice errors the description leaves out",
                    "voice.json 1.3.10 describes only the success of each operation (and a 401 and 404 without a "
                            + "body for updateCall). The platform answers bad requests with a 400 body "
                            + "(Vonage/vonage-java-sdk issue #63, vonage-ruby-sdk issue #116), unknown calls with a "
                            + "404 and missing or bad tokens with a 401 (the description's bearerAuth): the mock "
                            + "answers them with bodies saying why.",
                    violation -> violation.file().equals("voice.json")
                            && violation.status() >= 400
                            && (violation.key().equals("validation.response.status.unknown")
                                    || violation.key().equals("validation.response.body.unexpected"))),
            new Waiver(
                    "ambiguous choices in voice.json",
                    "Two oneOf lists of voice.json 1.3.10 cannot be met by the bodies the Vonage SDKs send: "
                            + "EndpointSip requires only `type`, with no enum, so every phone endpoint in `to` also "
                            + "matches it (two choices, where oneOf wants one); and UpdateCallRequestUnmute's "
                            + "`action` enum is \"mute\" (its example is \"unmute\"), so {\"action\":\"mute\"} "
                            + "matches two choices and {\"action\":\"unmute\"}, which the Java SDK's "
                            + "VoiceClient.unmuteCall sends, none. The mock takes them as the platform does.",
                    violation -> violation.file().equals("voice.json")
                            && violation.status() < 300
                            && violation.key().startsWith("validation.request.body.schema.")
                            && violation.exchange().matches("(POST /v1/calls|PUT /v1/calls/[^/?]+)")),
            new Waiver(
                    "conversation_uuid is CON-<uuid>",
                    "voice.json 1.3.10 gives conversation_uuid the format uuid, yet its own example is "
                            + "\"CON-f972836a-550f-45fa-956c-12a2ab5b7d22\", as the call-flow guide's event objects "
                            + "and the webhook reference show it: the mock uses the CON- prefix.",
                    violation -> violation.file().equals("voice.json")
                            && violation.key().equals("validation.response.body.schema.format.uuid")
                            && violation.message().contains("\"CON-")),
            new Waiver(
                    "voice endpoints as called",
                    "voice.json 1.3.10 gives a call's `to` and `from` only `type` and `number`, though it calls `to` "
                            + "\"the single or mixed collection of endpoint types you connected to\" and describes "
                            + "createCall's endpoints with `uri` (EndpointSip, EndpointWebsocket), `extension` "
                            + "(EndpointVBCExtension) and `user` (EndpointApp): the mock reports an endpoint with the "
                            + "address member of its type.",
                    violation -> violation.file().equals("voice.json")
                            && violation.message().matches("(?s).*\\[Path '[^']*/(to|from)'].*")
                            && undescribed(violation, "uri", "extension", "user")),
            new Waiver(
                    "voice list paging links",
                    "voice.json 1.3.10 gives the call list's `_links` only `self`; the Vonage Java SDK 9.3.1 reads "
                            + "the list as a HAL page (CallInfoPage, a HalPageResponse whose HalLinks are self, first, next, prev and last), "
                            + "so the mock adds `prev` and `next` where there is such a page.",
                    violation -> violation.file().equals("voice.json")
                            && violation.message().contains("[Path '/_links']")
                            && undescribed(violation, "first", "next", "prev", "last")));

    static final List<UnsentMember> UNSENT_MEMBERS = List.of(new UnsentMember(
            "PUT /v0.1/users/{user_id}",
            "channels",
            "conversation.json 2.0.1 gives updateUser's `channels` the schema of a conversation member's "
                    + "channel ({type, from, leg_id}: \"a user who joins a conversation as a member can have "
                    + "one channel per membership type\"); a user's channels are keyed by channel type "
                    + "(pstn, sip, websocket, ...) in the Users API, the Vonage Java SDK's "
                    + "com.vonage.client.users.channels and @vonage/users. The mock takes the latter."));

    private static final Pattern LISTED_MEMBERS = Pattern.compile("\\[(\"[^\\]]*\")]\\s*$");

    private KnownDifferences() {}

    /** The waiver that covers a violation, or null when none does. */
    static Waiver waiverFor(Violation violation) {
        return java.util.stream.Stream.concat(WAIVERS.stream(), VOICE_WAIVERS.stream())
                .filter(waiver -> waiver.covers().test(violation))
                .findFirst()
                .orElse(null);
    }

    /**
     * Whether the violation is only about members the schema does not name, each of them one of {@code members}
     * (the validator lists them as {@code ["a","b"]} at the end of its message).
     */
    private static boolean undescribed(Violation violation, String... members) {
        if (!violation.key().equals("validation.response.body.schema.additionalProperties")) {
            return false;
        }
        Matcher listed = LISTED_MEMBERS.matcher(violation.message());
        if (!listed.find()) {
            return false;
        }
        Set<String> allowed = Set.of(members);
        return Stream.of(listed.group(1).split(","))
                .map(member -> member.strip().replace("\"", ""))
                .allMatch(allowed::contains);
    }

    /** The body without the members this class lists as not sent for the operation. */
    static ObjectNode withoutUnsentMembers(String operation, ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        UNSENT_MEMBERS.stream()
                .filter(unsent -> unsent.operation().equals(operation))
                .forEach(unsent -> copy.remove(unsent.member()));
        return copy;
    }

    /** One validation error of one exchange. */
    record Violation(String file, String exchange, int status, String key, String message) {

        @Override
        public String toString() {
            return file + ": " + exchange + " -> " + status + ": " + key + ": " + message;
        }
    }
}
