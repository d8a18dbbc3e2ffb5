package io.github.nexmock.samples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The backend of a chat app built on Nexmo's client SDKs: it creates the users of its Vonage application and issues
 * them their client SDK tokens. Its Vonage settings are the {@code vonage.*} properties ({@link VonageSettings}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChatBackendApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChatBackendApplication.class, args);
    }
}
