package io.github.nexmock.api;

/**
 * The two error dialects of the Nexmo APIs the mock serves: the Application API's RFC 7807 types under
 * {@code api-errors}, and the Conversation (Users) API's types named after an error {@code code}.
 */
public enum ApiFamily {

    /** {@code /v1} and {@code /v2} applications, and any other path (a user's own stubs). */
    APPLICATIONS {
        @Override
        String type(int status, String code) {
            return switch (status) {
                case 400 -> "https://developer.nexmo.com/api-errors/application#payload-validation";
                case 401 -> ERRORS + "unauthorized";
                case 403 -> ERRORS + "forbidden";
                case 404 -> ERRORS + "not-found";
                case 405 -> ERRORS + "wrong-verb";
                case 406 -> ERRORS + "accept-header";
                case 413 -> ERRORS + "payload-too-large";
                case 415 -> ERRORS + "content-type-header";
                default -> ERRORS + "status-" + status;
            };
        }

        @Override
        String title(int status) {
            return switch (status) {
                case 401 -> "Invalid credentials supplied";
                case 405 -> "Request method not allowed";
                case 406 -> "Invalid Accept header";
                case 415 -> "Unsupported Content-Type header";
                default -> super.title(status);
            };
        }
    },

    /**
     * {@code /v1/calls}: the Voice API answers {@code type}, {@code title}, {@code detail}, {@code instance} and, for
     * a 400, {@code invalid_parameters} as {@code application/json} (a 400 the platform sent, quoted in
     * Vonage/vonage-java-sdk issue #63; Nexmo/nexmo-developer PR #585 made {@code invalid_parameters} optional; the
     * Java SDK reads these members into {@code VoiceResponseException}).
     */
    VOICE {
        @Override
        String type(int status, String code) {
            return status == 400 ? ERRORS + "bad-request" : APPLICATIONS.type(status, code);
        }

        @Override
        String title(int status) {
            return status == 401 ? "Unauthorized" : super.title(status);
        }
    },

    /** {@code /v1/users}, {@code /v0.3/users} and {@code /v0.1/users}. */
    USERS {
        @Override
        String type(int status, String code) {
            return "https://developer.nexmo.com/api/conversation#" + code;
        }
    };

    private static final String ERRORS = "https://developer.nexmo.com/api-errors#";

    /** The problem {@code type} URI for a status and error code. */
    abstract String type(int status, String code);

    /** The problem {@code title} for a status: the Application API words some of its own, as its reference shows. */
    String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> "Error " + status;
        };
    }

    /** The error code a Nexmo API gives with a status when nothing more specific applies. */
    static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "http:error:validation-fail";
            case 401 -> "system:error:invalid-token";
            case 403 -> "system:error:permission";
            case 404 -> "http:error:not-found";
            case 405 -> "http:error:method-not-allowed";
            case 406 -> "http:error:not-acceptable";
            case 408 -> "http:error:request-timeout";
            case 409 -> "http:error:conflict";
            case 413 -> "http:error:payload-too-large";
            case 415 -> "http:error:unsupported-media-type";
            case 503 -> "system:error:service-unavailable";
            default -> "system:error:internal-error";
        };
    }
}
