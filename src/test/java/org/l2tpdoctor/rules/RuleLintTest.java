package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped rules pass the linter, and the linter catches what it promises to catch. */
class RuleLintTest {

    @Test
    void shippedRulesAreClean() throws RuleSyntaxError {
        assertThat(RuleLinter.lint(RuleLoader.fromFolder(Path.of("rules")), Path.of("rules/fixtures"))).isEmpty();
    }

    @Test
    void linterRejectsTheGuidesErrataAndBadSyntax() throws RuleSyntaxError {
        Rule bad = RuleLoader.parse("""
                id: L2TP-TEST-001
                title: t
                level: error
                symptoms: [x]
                detection:
                  server: /interface l2tp-server server where enabled=yes
                why: w
                fix: |-
                  /ip ipsec sa flush
                  /interface l2tp-server server set use-ipsec=require
                  /ip ipsec policy set [find level=unique
                references: [guide]
                tests: {fires: [missing.txt], silent: [healthy-3-clients.txt]}
                """, "L2TP-TEST-001.yaml");
        List<String> problems = RuleLinter.lint(List.of(bad), Path.of("rules/fixtures"));
        assertThat(problems).anyMatch(p -> p.contains("no /ip ipsec sa menu"));
        assertThat(problems).anyMatch(p -> p.contains("'required', not 'require'"));
        assertThat(problems).anyMatch(p -> p.contains("not a RouterOS command"));
        assertThat(problems).anyMatch(p -> p.contains("fixture missing.txt not found"));
    }

    @Test
    void loaderNamesTheFileAndFieldOfAMistake() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleLoader.parse("""
                id: L2TP-TEST-002
                title: t
                level: loud
                detection: {a: /ip ipsec policy where level!=}
                why: w
                fix: x
                """, "L2TP-TEST-002.yaml")).isInstanceOf(RuleSyntaxError.class).hasMessageStartingWith("L2TP-TEST-002.yaml: ");
    }
}
