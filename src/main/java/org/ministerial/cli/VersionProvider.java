package org.ministerial.cli;

import org.ministerial.batch.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the program version, and the source commit when run through the launcher. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = BuildInfo.PROGRAM + " " + BuildInfo.version();
        if (BuildInfo.home() == null) return new String[] {version};
        return new String[] {version, "commit " + BuildInfo.gitCommit(BuildInfo.home())};
    }
}
