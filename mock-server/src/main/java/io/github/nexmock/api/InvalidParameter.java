package io.github.nexmock.api;

/**
 * One entry of a 400 problem's {@code invalid_parameters}: which request member was wrong and why.
 *
 * @param name   the member, dotted for nested ones ({@code keys.public_key}), or the query parameter
 * @param reason what is wrong with it
 */
public record InvalidParameter(String name, String reason) {}
