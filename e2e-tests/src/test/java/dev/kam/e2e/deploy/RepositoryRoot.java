package dev.kam.e2e.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout these tests read files from: they run in e2e-tests/, the files live above it. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** The first directory upwards that holds the root pom.xml and infra/ports.env. */
    static Path find() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("infra/ports.env")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (a directory with infra/ports.env) above " + start);
    }
}
