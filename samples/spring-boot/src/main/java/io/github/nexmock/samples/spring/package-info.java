/**
 * A Spring Boot chat backend on the Vonage Java SDK: it provisions users and issues their client SDK tokens, with its
 * Vonage settings from properties. Its tests run it against nexmock, whose values
 * {@code @NexmoMockProperties} binds to the {@code vonage.*} properties.
 */
package io.github.nexmock.samples.spring;
