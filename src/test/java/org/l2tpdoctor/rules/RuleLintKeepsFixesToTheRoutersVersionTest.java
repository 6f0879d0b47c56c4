package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 5: a fix uses only menus the router's version has. The menu catalogue knows since
 * when a menu exists (/ip ipsec identity and /ip ipsec profile: 6.43); a fix that uses one needs a
 * legacy-peer variant for older routers, and that variant must not use it.
 */
class RuleLintKeepsFixesToTheRoutersVersionTest {

    /** A rule whose only interesting part is its fix (YAML under {@code fix:}). */
    static Rule rule(String fix) throws RuleSyntaxError {
        return RuleLoader.parse("""
                id: L2TP-TEST-003
                title: t
                level: error
                symptoms: [x]
                detection:
                  server: /interface l2tp-server server where enabled=yes
                why: w
                fix:
                """ + fix.indent(2) + """
                references: [guide]
                tests: {fires: [healthy-3-clients.txt], silent: [healthy-3-clients.txt]}
                """, "L2TP-TEST-003.yaml");
    }

    @Test
    void aFixUsingAMenuOlderRoutersLackNeedsALegacyVariant() throws RuleSyntaxError {
        List<String> problems = RuleLinter.lint(List.of(rule("""
                default: |-
                  /ip ipsec identity print detail where !dynamic
                """)), Path.of("rules/fixtures"));
        assertThat(problems).anyMatch(p -> p.contains("fix.default uses /ip ipsec identity")
                && p.contains("6.43") && p.contains("legacy-peer"));
    }

    @Test
    void theLegacyVariantMustNotUseThatMenu() throws RuleSyntaxError {
        List<String> problems = RuleLinter.lint(List.of(rule("""
                default: |-
                  /ip ipsec profile set [find name="x"] dh-group=modp2048,modp1024
                legacy-peer: |-
                  /ip ipsec profile set [find name="x"] dh-group=modp2048,modp1024
                """)), Path.of("rules/fixtures"));
        assertThat(problems).anyMatch(p -> p.contains("fix.legacy-peer uses /ip ipsec profile")
                && p.contains("before 6.43"));
    }

    @Test
    void aFixWithAProperLegacyVariantIsClean() throws RuleSyntaxError {
        List<String> problems = RuleLinter.lint(List.of(rule("""
                default: |-
                  /ip ipsec profile set [find name="x"] dh-group=modp2048,modp1024
                legacy-peer: |-
                  /ip ipsec peer set [find address="0.0.0.0/0"] dh-group=modp2048,modp1024
                """)), Path.of("rules/fixtures"));
        assertThat(problems).noneMatch(p -> p.contains("uses /ip ipsec"));
    }
}
