package io.github.nexmock.spring;

class FirstClassSharingAContextTest extends SharedContextTestBase {}
