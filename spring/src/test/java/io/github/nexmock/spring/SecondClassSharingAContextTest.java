package io.github.nexmock.spring;

class SecondClassSharingAContextTest extends SharedContextTestBase {}
