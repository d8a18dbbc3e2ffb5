/**
 * Who a request acts for, or why it is refused: the account's api_key and api_secret, the call to the JWT
 * verifier, and refusals (each with its {@link io.github.nexmock.jwt.Reason}), written to the logs a failing test
 * reads ({@link io.github.nexmock.jwt.RejectionLog}, {@link io.github.nexmock.jwt.WarningLog}). Imports {@code api}
 * (for the path helpers and the principal) and {@code jwt}; never {@code server}. {@link io.github.nexmock.auth.Gate},
 * {@link io.github.nexmock.auth.AuthenticationRefused} and {@link io.github.nexmock.auth.CredentialParameters} (which
 * the journal redacts by) are public for {@code server} only: no API of nexmock's.
 */
package io.github.nexmock.auth;
