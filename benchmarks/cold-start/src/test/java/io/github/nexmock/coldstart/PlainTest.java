package io.github.nexmock.coldstart;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The floor: a JUnit test that starts no server. */
class PlainTest {

    @Test
    void adds() {
        assertEquals(4, 2 + 2);
    }
}
