/**
 * Nexmo JWTs and what they are made of, for building and checking tokens by hand: signing
 * ({@link io.github.nexmock.jwt.NexmoJwts}), ACLs ({@link io.github.nexmock.jwt.Acl}), verification as the platform
 * does it ({@link io.github.nexmock.jwt.JwtVerifier}) with its refusal {@link io.github.nexmock.jwt.Reason}s and
 * warnings, the logs of the refused requests and flagged tokens a failing test reads
 * ({@link io.github.nexmock.jwt.RejectionLog}, {@link io.github.nexmock.jwt.WarningLog}), the RSA keys that sign them ({@link io.github.nexmock.jwt.RsaKeys}, and the
 * {@link io.github.nexmock.jwt.KeyPairPool} that generates pairs ahead of need) and
 * {@link io.github.nexmock.jwt.TestClock}, the clock a test moves by hand so that lifetimes are checked without
 * sleeps. Part of nexmock's API; imports no other nexmock package.
 */
package io.github.nexmock.jwt;
