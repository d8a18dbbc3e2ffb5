package io.github.nexmock.junit5.bench;

import org.junit.jupiter.api.RepeatedTest;

/** The baseline: 200 empty tests without the extension. */
class PlainTests {

    @RepeatedTest(200)
    void test() {}
}
