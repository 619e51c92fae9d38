package org.cpsim.experiments.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** SHA-256 of a file's bytes, for identities and manifests; an unreadable file is the user's error. */
final class FileHash {
    private FileHash() {}

    static String sha256(Path file, String shown) {
        try {
            return Sha256.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ScenarioException(new Origin(shown, 1), "cannot read the file (" + e.getMessage() + ")");
        }
    }
}
