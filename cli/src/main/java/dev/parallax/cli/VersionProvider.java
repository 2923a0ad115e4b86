package dev.parallax.cli;

import dev.parallax.core.digest.Generator;
import picocli.CommandLine;

/** Reports the version of this build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Generator g = Generator.current();
        return new String[] {g.name() + " " + g.version()};
    }
}
