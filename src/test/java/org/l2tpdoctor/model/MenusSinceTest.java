package org.l2tpdoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the catalogue knows of a menu's age: identity and profile arrived in RouterOS 6.43. */
class MenusSinceTest {
    private static RouterVersion v(String text) {
        return RouterVersion.parse(text, "test");
    }

    @Test
    void identityAndProfileExistFrom643() {
        for (Menu m : new Menu[] {Menus.IPSEC_IDENTITY, Menus.IPSEC_PROFILE}) {
            assertThat(m.existsIn(v("6.40.9"))).as(m.path() + " on 6.40.9").isFalse();
            assertThat(m.existsIn(v("6.42.12"))).as(m.path() + " on 6.42.12").isFalse();
            assertThat(m.existsIn(v("6.43"))).as(m.path() + " on 6.43").isTrue();
            assertThat(m.existsIn(v("6.49.10"))).as(m.path() + " on 6.49.10").isTrue();
            assertThat(m.existsIn(v("7.1"))).as(m.path() + " on 7.1").isTrue();
            assertThat(m.existsIn(RouterVersion.UNKNOWN)).as(m.path() + " on an unknown version").isTrue();
        }
    }

    @Test
    void aMenuWithoutSinceExistsEverywhere() {
        assertThat(Menus.IPSEC_PEER.existsIn(v("6.40.9"))).isTrue();
        assertThat(Menus.IPSEC_POLICY.existsIn(v("6.0"))).isTrue();
    }
}
