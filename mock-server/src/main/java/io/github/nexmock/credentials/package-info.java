/**
 * The account credentials a user gives to the command line and to the JUnit extension: an API key and secret
 * ({@link io.github.nexmock.credentials.ApiCredentials}), the rule that a source gives both halves of the pair or
 * neither, and the {@code NEXMO_*}/{@code VONAGE_*} environment variables both read
 * ({@link io.github.nexmock.credentials.EnvironmentCredentials}). Each of them adds its own sources on top: flags and
 * {@code .nexmorc} for the command line, {@code nexmock.api-key} properties and builder calls for the extension.
 */
package io.github.nexmock.credentials;
