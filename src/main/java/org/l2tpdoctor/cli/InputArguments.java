package org.l2tpdoctor.cli;

import java.util.ArrayList;
import java.util.List;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.PasteReader;
import org.l2tpdoctor.engine.Io;

/** FILE|DIR|- arguments: standard input when none are given and it is not a terminal. */
final class InputArguments {
    private InputArguments() {
    }

    static List<Capture> read(List<String> paths, Io io) throws InputError {
        List<String> effective = new ArrayList<>(paths == null ? List.of() : paths);
        if (effective.isEmpty()) {
            if (io.stdinIsTerminal()) {
                throw new InputError("no input: give a file, a folder, or - to read a paste from standard input");
            }
            effective.add("-");
        }
        return new PasteReader(io.in()).read(effective);
    }
}
