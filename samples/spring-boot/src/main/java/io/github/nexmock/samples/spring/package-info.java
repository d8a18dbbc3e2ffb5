/**
 * A Spring Boot chat backend on the Vonage Java SDK: it provisions users and issues their client SDK tokens, with its
 * Vonage settings from properties. Its test runs it against nexmock through {@code @NexmoTest} and
 * {@code @DynamicPropertySource}.
 */
package io.github.nexmock.samples.spring;
