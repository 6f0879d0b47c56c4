package org.l2tpdoctor.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step ({@code mvn process-classes}): loads {@code rules/*.yaml} with the normal loader, so
 * a broken rule fails the build naming its file, and writes the {@link RulePack} beside the classes.
 */
public final class RulePackBuilder {
    private RulePackBuilder() {
    }

    /** {@code RulePackBuilder RULES_DIR OUTPUT_FILE}. */
    public static void main(String[] args) throws IOException, RuleSyntaxError {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RulePackBuilder RULES_DIR OUTPUT_FILE");
        }
        List<Rule> rules = RuleLoader.fromFolder(Path.of(args[0]));
        Path target = Path.of(args[1]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            RulePack.write(rules, out);
        }
    }
}
