/**
 * The engine's side of the catalogue of described operations: the {@link io.github.nexmock.catalogue.Catalogue}
 * service interface a module such as {@code nexmock-catalog} implements, and the log of what it answered. Imports
 * {@code auth} for the verifiers; the {@code server} layer consults it for requests no route and no stub serves.
 */
package io.github.nexmock.catalogue;
