/**
 * Setting up a chat app on Nexmo with the Vonage Java SDK ({@code com.vonage:server-sdk}): the application, its key
 * pair and its users.
 */
package io.github.nexmock.samples.provisioning;
