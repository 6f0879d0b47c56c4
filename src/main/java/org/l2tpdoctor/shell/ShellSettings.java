package org.l2tpdoctor.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.rules.Rule;

/** A shell's setup: rules, environment, history file (null: none), ~/.ssh and inventory for hosts, echo. */
public record ShellSettings(List<Rule> rules, Map<String, String> env, Path history, Path sshFolder,
                            Path inventory, boolean echoInput) {
    /** L2TPDOCTOR_HISTORY names the history file; set but empty, it turns history off. */
    public static final String HISTORY_VARIABLE = "L2TPDOCTOR_HISTORY";

    public ShellSettings {
        rules = List.copyOf(rules);
        env = Map.copyOf(env);
    }

    /** History in ~/.l2tpdoctor_history unless L2TPDOCTOR_HISTORY says otherwise; hosts from ~/.ssh. */
    public static ShellSettings defaults(List<Rule> rules, Map<String, String> env, Path inventory,
                                         boolean echoInput) {
        Path home = org.l2tpdoctor.collect.Home.of(env);
        String variable = env.get(HISTORY_VARIABLE);
        Path history = variable == null ? home.resolve(".l2tpdoctor_history")
                : variable.isBlank() ? null : Path.of(variable);
        return new ShellSettings(rules, env, history, home.resolve(".ssh"), inventory, echoInput);
    }
}
