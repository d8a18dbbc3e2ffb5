/**
 * RSA key pairs and PEM text: reading and writing keys ({@link io.github.nexmock.keys.RsaKeys}) and the pool that
 * generates pairs ahead of need ({@link io.github.nexmock.keys.KeyPairPool}). The bottom of the stack.
 */
package io.github.nexmock.keys;
