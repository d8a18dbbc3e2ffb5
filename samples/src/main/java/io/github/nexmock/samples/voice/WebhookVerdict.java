package io.github.nexmock.samples.voice;

/** What {@link SignedWebhooks} made of one webhook request. */
public enum WebhookVerdict {
    /** Signed with our secret, for our account, fresh, and the body is the one signed. */
    TRUSTED,
    /** No {@code Authorization: Bearer} header. */
    UNSIGNED,
    /** The token's signature is not ours (wrong secret, {@code alg: none}, malformed). */
    BAD_SIGNATURE,
    /** Signed for another account's {@code api_key}. */
    OTHER_ACCOUNT,
    /** Issued longer ago than we accept: perhaps replayed. */
    STALE,
    /** The body's SHA-256 is not the token's {@code payload_hash}: altered on the way. */
    TAMPERED
}
