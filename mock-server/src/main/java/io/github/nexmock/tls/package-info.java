/**
 * TLS for the mock's HTTPS port: a local certificate authority and a server certificate for {@code localhost},
 * {@code 127.0.0.1} and {@code ::1}, made once in a directory and kept there ({@link
 * io.github.nexmock.tls.LocalCertificateAuthority}), a keystore a user supplies instead ({@link
 * io.github.nexmock.tls.ServerKeyStore}), and what a client needs to trust the mock ({@link
 * io.github.nexmock.tls.HttpsTrust}).
 */
package io.github.nexmock.tls;
