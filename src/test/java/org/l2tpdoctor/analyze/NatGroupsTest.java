package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

class NatGroupsTest {

    @Test
    void saPairsBeyondTheSessionsOfAnAddressAreExtra() {
        Analysis a = fixture("stale-sa-blocks-reconnect.txt");
        List<Row> groups = rows(a, NatGroups.MENU);
        Row stale = groups.stream().filter(g -> g.get("address").equals("203.0.113.50")).findFirst().orElseThrow();
        assertThat(stale.properties()).containsEntry("sa-pairs", "1").containsEntry("ppp-sessions", "0")
                .containsEntry("extra-sa-pairs", "1");
        assertThat(a.basisOf(stale)).anyMatch(r -> r.menu().equals("/ip ipsec installed-sa"));
        Row fine = groups.stream().filter(g -> g.get("address").equals("192.0.2.99")).findFirst().orElseThrow();
        assertThat(fine.get("extra-sa-pairs")).isEqualTo("0");
    }

    @Test
    void withoutInstalledSasThereIsNoSaCount() {
        Row group = rows(fixture("profile-hardened-modp2048.txt"), NatGroups.MENU).stream().findFirst().orElse(null);
        assertThat(group).isNull(); // no active-peers pasted: no groups at all
        assertThat(rows(fixture("verify-counts-mismatch.txt"), NatGroups.MENU).get(0).get("sa-pairs")).isEqualTo("3");
    }
}
