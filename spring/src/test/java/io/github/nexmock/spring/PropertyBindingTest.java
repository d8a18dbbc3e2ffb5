package io.github.nexmock.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.junit5.Capability;
import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(NoBeans.class)
@NexmoMockProperties(
        baseUrl = {"vonage.base-url", "vonage.rest-url"},
        apiKey = "vonage.api-key",
        apiSecret = "vonage.api-secret",
        applicationId = "vonage.application-id",
        privateKey = "vonage.private-key",
        signatureSecret = "vonage.signature-secret",
        capabilities = Capability.RTC)
@TestPropertySource(properties = {"vonage.api-key=from-test-property-source", "vonage.token-lifetime=PT1H"})
class PropertyBindingTest {

    @Autowired
    Environment environment;

    @Autowired
    NexmoEnvironment nexmo;

    @Autowired
    NexmoApplication application;

    @Value("${vonage.application-id}")
    String applicationId;

    @Test
    void setsEachNamedPropertyToTheMocksValue() {
        assertThat(environment.getProperty("vonage.base-url"))
                .isEqualTo(nexmo.baseUrl().toString())
                .startsWith("http://127.0.0.1:");
        assertThat(environment.getProperty("vonage.rest-url"))
                .isEqualTo(nexmo.baseUrl().toString());
        assertThat(environment.getProperty("vonage.api-key")).isEqualTo(nexmo.apiKey());
        assertThat(environment.getProperty("vonage.api-secret")).isEqualTo(nexmo.apiSecret());
        assertThat(environment.getProperty("vonage.application-id")).isEqualTo(application.id());
        assertThat(applicationId).isEqualTo(application.id());
        assertThat(environment.getProperty("vonage.private-key"))
                .isEqualTo(application.privateKeyPem())
                .startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(environment.getProperty("vonage.signature-secret"))
                .isEqualTo(nexmo.signatureSecret().orElseThrow())
                .isNotBlank();
    }

    @Test
    void boundPropertiesWinOverTestPropertySourcesAndLeaveTheOthersAlone() {
        assertThat(environment.getProperty("vonage.api-key")).isEqualTo(nexmo.apiKey());
        assertThat(environment.getProperty("vonage.token-lifetime")).isEqualTo("PT1H");
    }

    @Test
    void theBoundCredentialsReadTheApplicationAndTheBoundKeySignsItsTokens() {
        VonageProperties vonage = VonageProperties.of(environment);

        assertThat(vonage.readApplication().statusCode()).isEqualTo(200);
        assertThat(vonage.readApplication().body()).contains("\"rtc\"", application.id());
        assertThat(vonage.listUsers().statusCode()).isEqualTo(200);
    }
}
