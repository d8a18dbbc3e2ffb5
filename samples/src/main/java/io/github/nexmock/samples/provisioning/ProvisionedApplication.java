package io.github.nexmock.samples.provisioning;

/**
 * An application Nexmo created, with the private key it generated. Nexmo returns that key once, in the create
 * response: store it in your secret store right away.
 *
 * @param id            the application id
 * @param name          the application name
 * @param privateKeyPem the private key, PKCS#8 PEM
 */
public record ProvisionedApplication(String id, String name, String privateKeyPem) {

    /** The id and name; never the key. */
    @Override
    public String toString() {
        return "ProvisionedApplication[" + id + " '" + name + "']";
    }
}
