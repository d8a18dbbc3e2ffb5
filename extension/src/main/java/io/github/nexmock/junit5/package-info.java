/**
 * The nexmock JUnit Jupiter extension: Nexmo applications, users and signed JWTs injected into tests, on an
 * in-process mock or the real platform. Part of nexmock's API, with {@code io.github.nexmock.jwt} for tokens built by
 * hand and {@code io.github.nexmock.voice} for calls and webhooks.
 *
 * <pre>
 * {@literal @}NexmoTest
 * class TokenServiceTest {
 *     {@literal @}Test
 *     void clientTokensAreAccepted(NexmoEnvironment nexmo, NexmoApplication app,
 *                                  {@literal @}NexmoUser("alice") NexmoUserRef alice,
 *                                  {@literal @}NexmoJwt(sub = "alice", acl = Acl.Preset.CLIENT_SDK) String jwt) {
 *         TokenService service = new TokenService(nexmo.baseUrl(), app.id(), app.privateKeyPem());
 *         assertThat(service.login(jwt)).isEqualTo(alice.id());
 *     }
 * }
 * </pre>
 *
 * Annotations: {@link io.github.nexmock.junit5.NexmoTest}, {@link io.github.nexmock.junit5.NexmoApp},
 * {@link io.github.nexmock.junit5.NexmoUser}, {@link io.github.nexmock.junit5.NexmoJwt},
 * {@link io.github.nexmock.junit5.NexmoContractTest}. Injectable types:
 * {@link io.github.nexmock.junit5.NexmoEnvironment}, {@link io.github.nexmock.junit5.NexmoApplication},
 * {@link io.github.nexmock.junit5.NexmoUserRef}, {@link io.github.nexmock.junit5.NexmoToken}, and the Vonage Java SDK's
 * {@code com.vonage.client.VonageClient} when {@code com.vonage:server-sdk} is on the class path.
 */
package io.github.nexmock.junit5;
