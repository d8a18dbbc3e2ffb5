package io.github.nexmock.junit5.bench;

import io.github.nexmock.junit5.NexmoTest;
import org.junit.jupiter.api.RepeatedTest;

/** 200 empty tests with the extension, injecting nothing. */
@NexmoTest
class InjectingNothingTests {

    @RepeatedTest(200)
    void test() {}
}
