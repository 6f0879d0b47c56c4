package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 5, per value: a fix sets only settings the router's version has. The L2TP server's
 * caller-id-type is a RouterOS 7 addition (knowledge.md): a 6.49 router answers a fix that sets it
 * with an error, so the default variant (6.43 and later) must say "RouterOS 7 only" where it sets
 * it, and the legacy-peer variant (before 6.43) must not set it at all.
 */
class RuleLintKeepsValuesToTheRoutersVersionTest {

    private static List<String> lint(String fix) throws RuleSyntaxError {
        Rule rule = RuleLintKeepsFixesToTheRoutersVersionTest.rule(fix);
        return RuleLinter.lint(List.of(rule), Path.of("rules/fixtures"));
    }

    @Test
    void aV7OnlySettingUnmarkedInTheDefaultVariantIsAProblem() throws RuleSyntaxError {
        assertThat(lint("""
                default: |-
                  /interface l2tp-server server set caller-id-type=number
                """)).anyMatch(p -> p.contains("fix.default sets caller-id-type") && p.contains("since 7"));
    }

    @Test
    void aV7OnlySettingTheCommentAboveNamesIsClean() throws RuleSyntaxError {
        assertThat(lint("""
                default: |-
                  # RouterOS 7 only: tell the sessions apart by more than their shared address
                  # /interface l2tp-server server set caller-id-type=number
                """)).noneMatch(p -> p.contains("caller-id-type"));
    }

    @Test
    void theLegacyVariantMustNotSetIt() throws RuleSyntaxError {
        assertThat(lint("""
                default: |-
                  # RouterOS 7 only:
                  /interface l2tp-server server set caller-id-type=number
                legacy-peer: |-
                  # RouterOS 7 only:
                  /interface l2tp-server server set caller-id-type=number
                """)).anyMatch(p -> p.contains("fix.legacy-peer sets caller-id-type"));
    }

    @Test
    void theShippedRulesAreClean() throws Exception {
        assertThat(RuleLinter.lint(RuleLoader.fromFolder(Path.of("rules")), Path.of("rules/fixtures")))
                .noneMatch(p -> p.contains(" sets "));
    }
}
