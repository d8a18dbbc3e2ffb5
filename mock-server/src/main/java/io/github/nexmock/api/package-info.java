/**
 * Not an API of nexmock's (its types are public only for {@code server} and {@code auth}, and may change in
 * any release): the Nexmo APIs the mock serves once a request is authenticated: Applications v2 and v1, Users v1, v0.3
 * and v0.1, and the Voice API's calls; their request parsing, problem bodies and the help for unmatched requests.
 * Every change goes through {@code state} or {@code voice}; imports {@code voice}, {@code state} and
 * {@code jwt} only.
 */
package io.github.nexmock.api;
