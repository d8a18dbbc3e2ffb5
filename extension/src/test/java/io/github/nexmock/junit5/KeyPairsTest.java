package io.github.nexmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nexmock.jwt.RsaKeys;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPairsTest {

    private static final List<PublicKey> SHIPPED = KeyPairs.premadePems().stream()
            .map(pem -> RsaKeys.readKeyPair(pem).getPublic())
            .toList();

    @Test
    void shipsDistinctWorkingRsa2048PairsForTheMock() throws Exception {
        assertThat(SHIPPED).hasSize(8).doesNotHaveDuplicates();
        KeyPairs mock = KeyPairs.create(NexmoTarget.MOCK);
        for (int i = 0; i < SHIPPED.size(); i++) {
            KeyPair pair = mock.take();
            assertThat(pair.getPublic()).isEqualTo(SHIPPED.get(i));
            assertThat(((RSAPublicKey) pair.getPublic()).getModulus().bitLength())
                    .isEqualTo(2048);
            assertThat(signatureVerifies(pair)).isTrue();
        }
    }

    @Test
    void givesTheMockPoolPairsOnceTheShippedOnesAreTaken() {
        KeyPairs mock = KeyPairs.create(NexmoTarget.MOCK);
        List<PublicKey> taken = new ArrayList<>();
        for (int i = 0; i <= SHIPPED.size(); i++) {
            taken.add(mock.take().getPublic());
        }
        assertThat(taken).doesNotHaveDuplicates().last().isNotIn(SHIPPED);
    }

    @Test
    void neverGivesTheShippedPairsToTheRealPlatform() {
        assertThat(KeyPairs.create(NexmoTarget.REAL).take().getPublic()).isNotIn(SHIPPED);
    }

    @Test
    void usesThePairsOfDeletedApplicationsAgain() {
        KeyPairs real = KeyPairs.create(NexmoTarget.REAL);
        KeyPair first = real.take();
        real.release(first);

        assertThat(real.take()).isSameAs(first);
    }

    private static boolean signatureVerifies(KeyPair pair) throws Exception {
        byte[] data = "nexmock".getBytes();
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(pair.getPublic());
        verifier.update(data);
        return verifier.verify(signature);
    }
}
