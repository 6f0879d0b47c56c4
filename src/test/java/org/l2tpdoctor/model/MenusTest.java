package org.l2tpdoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue is consistent: one entry per path, every shape tried, every alias unambiguous. */
class MenusTest {

    @Test
    void eachMenuIsCataloguedOnce() {
        List<String> paths = Menus.ALL.stream().map(Menu::path).toList();
        assertThat(paths).doesNotHaveDuplicates();
        Set<String> aliases = new HashSet<>();
        for (Menu m : Menus.ALL) {
            for (String alias : m.aliases()) {
                assertThat(aliases.add(alias)).as(alias + " names one menu").isTrue();
                assertThat(paths).as(alias + " is no menu of its own").doesNotContain(alias);
                assertThat(Menus.canonical(alias)).isEqualTo(m.path());
            }
        }
    }

    @Test
    void everyMenuWithAShapeIsTriedInTheRecognitionOrder() {
        List<Menu> shaped = Menus.ALL.stream().filter(m -> !m.shapes().isEmpty()).toList();
        assertThat(Menus.RECOGNITION_ORDER).containsExactlyInAnyOrderElementsOf(shaped);
    }

    @Test
    void aUserIsToldToPasteAPrintOfTheMenuItself() {
        for (Menu m : Menus.ALL) {
            assertThat(m.paste()).as(m.path()).startsWith(m.path() + " print");
            if (m.check() != null) {
                assertThat(m.check()).as(m.path()).startsWith(m.path() + " print");
            }
        }
    }

    @Test
    void routerOs6NamesActivePeersRemotePeers() {
        assertThat(Menus.ACTIVE_PEERS.check(6)).isEqualTo("/ip ipsec remote-peers print detail without-paging");
        assertThat(Menus.ACTIVE_PEERS.check(7)).isEqualTo("/ip ipsec active-peers print detail without-paging");
        assertThat(Menus.canonical("/ip ipsec remote-peers")).isEqualTo("/ip ipsec active-peers");
        assertThat(Menus.canonical("/ip ipsec sa")).isEqualTo("/ip ipsec installed-sa");
    }

    @Test
    void builtInValuesFollowTheVersion() {
        Menu.Builtin profile = Menus.IPSEC_PROFILE.builtins().get(0);
        assertThat(profile.values(7)).containsEntry("dpd-interval", "8s").containsEntry("dpd-maximum-failures", "4");
        assertThat(profile.values(6)).containsEntry("dpd-interval", "2m").containsEntry("dpd-maximum-failures", "5")
                .containsEntry("nat-traversal", "yes");
    }

    @Test
    void aNewPolicyTemplateTakesTheTemplateValues() {
        assertThat(Menus.IPSEC_POLICY.newItem(java.util.Map.of("template", "yes")))
                .containsOnlyKeys("group", "proposal");
        assertThat(Menus.IPSEC_POLICY.newItem(java.util.Map.of())).containsEntry("level", "require");
    }
}
