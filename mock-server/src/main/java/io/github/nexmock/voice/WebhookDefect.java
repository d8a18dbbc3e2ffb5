package io.github.nexmock.voice;

/**
 * A deliberate fault in a signed webhook, to check that the receiving code refuses it, as {@code TokenDefect} does
 * for requests. Each names what a careful verifier must notice.
 */
public enum WebhookDefect {
    /** The body (or query) differs from what {@code payload_hash} was computed over. */
    TAMPERED_BODY,
    /** Signed with a secret that is not the account's signature secret. */
    WRONG_SECRET,
    /** {@code iat} an hour before the time of sending. */
    STALE_IAT,
    /** No {@code Authorization} header at all. */
    MISSING_HEADER,
    /** {@code alg: none} and an empty signature. */
    ALG_NONE
}
