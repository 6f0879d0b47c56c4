package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.analyze.Analyze;

/**
 * The rules are data, so they are checked like code: unique ids that match their file names, fix
 * and verify lines that the RouterOS script grammar accepts, menus that exist, and neither of the
 * guide's two errata.
 */
class RuleLintTest {
    private final List<Rule> rules = load();

    private static List<Rule> load() {
        try {
            return RuleLoader.fromFolder(Path.of("rules"));
        } catch (RuleSyntaxError e) {
            throw new AssertionError(e.getMessage());
        }
    }

    @Test
    void idsAreUniqueAndMatchFileNames() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            assertThat(ids.add(rule.id())).as("duplicate id " + rule.id()).isTrue();
            assertThat(rule.file()).isEqualTo(rule.id() + ".yaml");
            assertThat(rule.id()).matches("L2TP-[A-Z]+-\\d{3}");
        }
    }

    @Test
    void everyFixAndVerifyLineIsRouterOsSyntax() {
        for (Rule rule : rules) {
            for (String fix : rule.fix().values()) {
                for (String line : fix.split("\n")) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    assertThatCode(() -> WhereParser.command(line.replaceAll("\\{[a-z0-9.-]+}", "x")))
                            .as(rule.id() + " fix line: " + line).doesNotThrowAnyException();
                }
            }
            for (String line : rule.verify()) {
                assertThatCode(() -> WhereParser.command(line)).as(rule.id() + " verify: " + line)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void noRuleRepeatsTheGuidesErrata() {
        for (Rule rule : rules) {
            String all = String.join("\n", rule.fix().values()) + "\n" + String.join("\n", rule.verify());
            assertThat(all).as(rule.id()).doesNotContainPattern("/ip ipsec sa\\b");
            assertThat(all).as(rule.id()).doesNotContainPattern("use-ipsec=require\\b");
        }
    }

    @Test
    void selectionsQueryKnownMenus() {
        for (Rule rule : rules) {
            for (Query q : rule.selections().values()) {
                boolean virtual = q.menu().startsWith("/doctor ");
                assertThat(!virtual || Analyze.virtualMenus().contains(q.menu()))
                        .as(rule.id() + " queries " + q.menu()).isTrue();
            }
            assertThat(rule.why()).isNotBlank();
            assertThat(rule.references()).as(rule.id() + " cites its source").isNotEmpty();
        }
    }
}
