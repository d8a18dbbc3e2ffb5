/**
 * The backend endpoint Nexmo's "create your application, users and tokens" guide asks production apps to expose:
 * a logged-in user asks it for a client SDK JWT, signed with the application's private key.
 */
package io.github.nexmock.samples.tokens;
