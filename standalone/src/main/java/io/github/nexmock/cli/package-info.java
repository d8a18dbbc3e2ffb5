/**
 * The {@code nexmock} command line of the standalone jar ({@link io.github.nexmock.cli.NexmockCli}, its entry point):
 * {@code serve}, and nexmo-cli's {@code app:create}, {@code user:create}, {@code jwt:generate} and {@code jwt:verify}
 * with nexmo-cli's credential lookup ({@code .nexmorc}, {@code .nexmo-app}, environment variables), key files written
 * owner-only, and every failure reported as one line with a non-zero exit code. Imports {@code server}, {@code tls},
 * {@code state}, {@code jwt}, {@code credentials} and {@code client}. The command line is the interface; no type here
 * is an API of nexmock's.
 */
package io.github.nexmock.cli;
