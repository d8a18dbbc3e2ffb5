/**
 * The catalogue of described operations: Nexmo's published OpenAPI descriptions, packaged into this jar, routed by
 * their server path and path template, each operation authenticated with nexmock's verifiers as its security
 * requirement says, validated with Atlassian's swagger-request-validator and answered with the description's examples
 * or values made from its schemas. {@link io.github.nexmock.catalog.NexmoCatalogue} is the engine's
 * {@link io.github.nexmock.catalogue.Catalogue}, found with {@link java.util.ServiceLoader}.
 */
package io.github.nexmock.catalog;
