package io.github.nexmock.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar manifest, for {@code --version}. */
final class NexmockVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = NexmockVersion.class.getPackage().getImplementationVersion();
        return new String[] {"nexmock " + (version == null ? "(development build)" : version)};
    }
}
