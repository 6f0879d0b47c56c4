package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.rules.Diagnosis;

/** The fix script backs up first, writes each change once, flushes SAs last, checks in comments, and hides no secret. */
class FixScriptTest {

    @Test
    void secondClientFixScriptIsOrderedAndDeduplicated() throws Exception {
        Diagnosis d = TestParsing.diagnose(Path.of("rules/fixtures/second-client-fails.txt"));
        String script = FixScript.of(d, ZonedDateTime.of(2026, 11, 24, 2, 0, 0, 0, ZoneOffset.UTC));
        String[] lines = script.split("\n");
        assertThat(lines[0]).startsWith("# l2tpdoctor fix script, 2026-11-24T02:00:00Z for Office-GW");
        assertThat(script).contains("/export file=before-l2tpdoctor-20261124-0200");
        assertThat(script.indexOf("/export file=")).isLessThan(script.indexOf("generate-policy=port-strict"));
        java.util.List<String> live = java.util.Arrays.stream(lines).filter(l -> !l.startsWith("#")).toList();
        assertThat(live.get(live.size() - 1)).isEqualTo("/ip ipsec installed-sa flush");
        assertThat(live).noneMatch(l -> l.matches(".*\\bprint\\b.*"));
        assertThat(script.indexOf("# Check afterwards")).isGreaterThan(script.indexOf("\n/ip ipsec installed-sa flush"));
        assertThat(script.split("\n/ip ipsec installed-sa flush", -1)).hasSize(2);
        assertThat(script).doesNotContain("office-psk-NOT-REAL");
        for (String line : lines) {
            assertThat(line.startsWith("#") || line.startsWith("/") || line.startsWith(":if ([:len [")).as(line).isTrue();
        }
    }

    @Test
    void anAddRunsOnlyWhenItsItemIsNotThereYet() {
        assertThat(FixPlan.guarded("/ip firewall filter add chain=input action=accept protocol=ipsec-esp comment=\"L2TP/IPsec ESP\" place-before=3"))
                .isEqualTo(":if ([:len [/ip firewall filter find where comment=\"L2TP/IPsec ESP\"]] = 0) do={/ip firewall filter add chain=input action=accept protocol=ipsec-esp comment=\"L2TP/IPsec ESP\" place-before=3}");
        assertThat(FixPlan.guarded("/system logging add topics=ipsec,!debug action=memory"))
                .isEqualTo(":if ([:len [/system logging find where topics=\"ipsec,!debug\" action=\"memory\"]] = 0) do={/system logging add topics=ipsec,!debug action=memory}");
        assertThat(FixPlan.guarded("/ip ipsec policy set [find template=yes] level=unique")).isEqualTo("/ip ipsec policy set [find template=yes] level=unique");
    }

    @Test
    void aHealthyRouterGetsNoCommandAtAll() throws Exception {
        Diagnosis d = TestParsing.diagnose(Path.of("rules/fixtures/healthy-3-clients.txt"));
        String script = FixScript.of(d, ZonedDateTime.of(2026, 11, 24, 2, 0, 0, 0, ZoneOffset.UTC));
        assertThat(script.lines()).allMatch(l -> l.startsWith("#"));
        assertThat(script).contains("Nothing to change");
    }
}
