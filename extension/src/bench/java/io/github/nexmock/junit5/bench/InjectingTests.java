package io.github.nexmock.junit5.bench;

import io.github.nexmock.junit5.NexmoApplication;
import io.github.nexmock.junit5.NexmoJwt;
import io.github.nexmock.junit5.NexmoTest;
import io.github.nexmock.junit5.NexmoUser;
import io.github.nexmock.junit5.NexmoUserRef;
import io.github.nexmock.jwt.Acl;
import org.junit.jupiter.api.RepeatedTest;

/** 200 empty tests each given the class's application, a user and a freshly signed client SDK JWT. */
@NexmoTest
class InjectingTests {

    @RepeatedTest(200)
    void test(
            NexmoApplication app,
            @NexmoUser("alice") NexmoUserRef alice,
            @NexmoJwt(sub = "alice", acl = Acl.Preset.CLIENT_SDK) String jwt) {}
}
