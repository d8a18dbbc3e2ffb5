package io.github.nexmock.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code .nexmo-app} file nexmo-cli writes after {@code app:create} and reads for {@code user:create} and
 * {@code jwt:generate}: an INI file whose {@code [app_config]} section holds {@code app_id} and {@code private_key}.
 * nexmo-cli stores the PEM itself there (JSON-quoted); a path to a key file, as {@code nexmo app:setup} allows, is read too.
 *
 * @param file          where it was read from or written to
 * @param applicationId the application id
 * @param privateKey    the PEM text of the private key, or a path to a PEM file
 */
record NexmoAppFile(Path file, String applicationId, String privateKey) {

    static final String FILE_NAME = ".nexmo-app";
    private static final String SECTION = "app_config";

    /**
     * The file in the working directory, else in the home directory.
     *
     * @throws CliException when neither exists or the file lacks a value
     */
    static NexmoAppFile require(CliEnvironment environment) {
        Path file = environment
                .configFile(FILE_NAME)
                .orElseThrow(() -> new CliException("no " + FILE_NAME + " in " + environment.workingDirectory() + " or "
                        + environment.homeDirectory() + ": run app:create here first"));
        IniFile ini;
        try {
            ini = IniFile.parse(Files.readString(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String applicationId = ini.value(SECTION, "app_id")
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new CliException(file + " has no app_id in its [" + SECTION + "] section"));
        String privateKey = ini.value(SECTION, "private_key")
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new CliException(file + " has no private_key in its [" + SECTION + "] section"));
        return new NexmoAppFile(file, applicationId, privateKey);
    }

    /**
     * Writes {@code ./.nexmo-app} owner-only, keeping any other values an existing file has.
     *
     * @return the written file
     */
    static Path write(CliEnvironment environment, String applicationId, String privateKeyPem) {
        Path file = environment.workingDirectory().resolve(FILE_NAME);
        IniFile existing = IniFile.empty();
        if (Files.isRegularFile(file)) {
            try {
                existing = IniFile.parse(Files.readString(file));
            } catch (IOException | IllegalArgumentException e) {
                throw new CliException("cannot read " + file + " to update it: " + e.getMessage(), e);
            }
        }
        IniFile updated = existing.with(SECTION, "app_id", applicationId).with(SECTION, "private_key", privateKeyPem);
        OwnerOnlyFiles.write(file, updated.render(), "application file");
        return file;
    }

    /** The PEM text of the private key, reading the key file when the value is a path (relative to the working directory). */
    String privateKeyPem(CliEnvironment environment) {
        if (privateKey.contains("-----BEGIN")) {
            return privateKey;
        }
        return KeyFiles.readPem(environment.resolve(privateKey), "private key file named in " + file);
    }

    @Override
    public String toString() {
        return "NexmoAppFile[file=" + file + ", applicationId=" + applicationId + ", privateKey=****]";
    }
}
