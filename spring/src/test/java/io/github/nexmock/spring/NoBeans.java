package io.github.nexmock.spring;

import org.springframework.context.annotation.Configuration;

/** The configuration of the tests' contexts: the mock's beans and properties are all they hold. */
@Configuration(proxyBeanMethods = false)
class NoBeans {}
