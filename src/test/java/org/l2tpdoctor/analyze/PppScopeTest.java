package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.only;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.rows;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.text;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

class PppScopeTest {
    private static final String SERVER = """
            [admin@R1] > /interface l2tp-server server print
                      enabled: %s
                    use-ipsec: required
              default-profile: vpn
            """;
    private static final String PROFILES = """
            [admin@R1] > /ppp profile print detail
            Flags: * - default
             0 * name="default" use-encryption=default only-one=default change-tcp-mss=yes
             1   name="vpn" local-address=10.30.0.1 use-encryption=default only-one=yes change-tcp-mss=no
             2   name="pool-prof" local-address=10.40.0.1 remote-address=pool40 use-encryption=yes
            """;
    private static final String SECRETS = """
            [admin@R1] > /ppp secret print
            Flags: X - disabled
            Columns: NAME, SERVICE, PROFILE, REMOTE-ADDRESS
            #   NAME   SERVICE  PROFILE    REMOTE-ADDRESS
            0   own    l2tp     vpn        10.30.0.21
            1   none   l2tp     vpn
            2   other  any      pool-prof
            3   pptp1  pptp     vpn
            4 X off    l2tp     vpn
            """;

    @Test
    void defaultProfileIsMarkedAndCountsTheUsersThatDependOnIt() {
        Analysis a = text(SERVER.formatted("yes") + PROFILES + SECRETS);
        Row vpn = rows(a, PppScope.PROFILES).stream().filter(r -> "vpn".equals(r.get("name"))).findFirst().orElseThrow();
        assertThat(vpn.get("used-as")).isEqualTo("default-profile,secret-profile");
        assertThat(vpn.get("l2tp-users")).isEqualTo("2");
        assertThat(vpn.get("fallback-users")).isEqualTo("1");
        assertThat(vpn.get("only-one")).isEqualTo("yes");
        assertThat(a.basisOf(vpn)).singleElement().matches(r -> r.menu().equals("/ppp profile"));
        assertThat(rows(a, PppScope.PROFILES)).extracting(r -> r.get("name")).containsExactly("vpn", "pool-prof");
    }

    @Test
    void eachL2tpSecretSaysWhereItsAddressComesFrom() {
        Analysis a = text(SERVER.formatted("yes") + PROFILES + SECRETS);
        assertThat(rows(a, PppScope.SECRETS)).extracting(r -> r.get("name") + "=" + r.get("address-from"))
                .containsExactly("own=secret", "none=none", "other=profile");
    }

    @Test
    void aDisabledServerHasNoL2tpProfilesOrSecrets() {
        Analysis a = text(SERVER.formatted("no") + PROFILES + SECRETS);
        assertThat(a.snapshot().hasMenu(PppScope.PROFILES)).isTrue();
        assertThat(rows(a, PppScope.PROFILES)).isEmpty();
        assertThat(rows(a, PppScope.SECRETS)).isEmpty();
    }

    @Test
    void withoutProfilesTheAddressSourceIsNotGuessed() {
        Row secret = only(text(SERVER.formatted("yes") + """
                [admin@R1] > /ppp secret print
                Columns: NAME, SERVICE, PROFILE
                # NAME  SERVICE  PROFILE
                0 anna  l2tp     vpn
                """), PppScope.SECRETS);
        assertThat(secret.has("address-from")).isFalse();
    }
}
