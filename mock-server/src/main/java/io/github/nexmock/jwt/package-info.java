/**
 * Nexmo JWTs on their own: signing ({@link io.github.nexmock.jwt.NexmoJwts}), verification as the platform does it
 * ({@link io.github.nexmock.jwt.JwtVerifier}) with its refusal {@link io.github.nexmock.jwt.Reason}s and warnings,
 * and ACLs. Imports no other nexmock package.
 */
package io.github.nexmock.jwt;
