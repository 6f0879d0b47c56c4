package org.l2tpdoctor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Menu names as typed: full paths in any spelling, unique tails, the guide's aliases. */
class MenusTest {
    private final Set<String> known = Menus.known(List.of());

    @Test
    void fullPathsInEverySpelling() throws ShellError {
        assertThat(Menus.resolve("/ip ipsec policy", known, List.of())).isEqualTo("/ip ipsec policy");
        assertThat(Menus.resolve("ip/ipsec/policy", known, List.of())).isEqualTo("/ip ipsec policy");
        assertThat(Menus.resolve("/IP/IPSEC/POLICY", known, List.of())).isEqualTo("/ip ipsec policy");
    }

    @Test
    void uniqueTailsAndAliases() throws ShellError {
        assertThat(Menus.resolve("installed-sa", known, List.of())).isEqualTo("/ip ipsec installed-sa");
        assertThat(Menus.resolve("sa", known, List.of())).isEqualTo("/ip ipsec installed-sa");
        assertThat(Menus.resolve("remote-peers", known, List.of())).isEqualTo("/ip ipsec active-peers");
        assertThat(Menus.resolve("attempt", known, List.of())).isEqualTo("/doctor attempt");
        assertThat(Menus.resolve("ppp profile", known, List.of())).isEqualTo("/ppp profile");
        assertThat(Menus.resolve("log", known, List.of())).isEqualTo("/log");
    }

    @Test
    void anAmbiguousTailNamesTheCandidatesUnlessTheEvidenceDecides() throws ShellError {
        assertThatThrownBy(() -> Menus.resolve("profile", known, List.of()))
                .hasMessageContaining("/ip ipsec profile").hasMessageContaining("/ppp profile");
        assertThat(Menus.resolve("profile", known, List.of("/ppp profile"))).isEqualTo("/ppp profile");
        assertThatThrownBy(() -> Menus.resolve("no-such-menu", known, List.of())).hasMessageContaining("no menu");
    }

    @Test
    void shortNamesAreUniqueSingleWords() {
        var names = Menus.shortNames(known);
        assertThat(names.get("/ip ipsec installed-sa")).isEqualTo("installed-sa");
        assertThat(names.get("/ppp profile")).isEqualTo("ppp/profile");
        assertThat(names.get("/ip ipsec profile")).isEqualTo("ipsec/profile");
        assertThat(names.values()).doesNotHaveDuplicates().noneMatch(n -> n.contains(" "));
    }
}
