package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleLoader;

/** References name what a user can open: the guide by title and section, public pages by address. */
class ReferencesTest {

    @Test
    void noReferenceOfAnyRuleNamesAnInternalFileOrPrintsAsAMapping() throws Exception {
        for (Rule rule : RuleLoader.fromFolder(Path.of("rules"))) {
            String line = References.line(rule.references());
            assertThat(line).as(rule.id()).doesNotContain("knowledge.md").doesNotContain("{").isNotBlank();
            rule.client().forEach(c -> assertThat(References.scrub(c)).as(rule.id()).doesNotContain("knowledge.md"));
        }
    }

    @Test
    void notesBecomePublicPagesAndTheGuideItsSection() {
        List<References.Reference> refs = References.resolve(List.of(
                "guide, \"Second client fails immediately after first connects\"",
                "knowledge.md, server-behind-nat / windows-nat-registry (AssumeUDPEncapsulationContextOnSendRule)"));
        assertThat(refs.get(0).toString()).isEqualTo(References.GUIDE + ", section \"Second client fails immediately after first connects\"");
        assertThat(refs.get(1).url()).startsWith("https://learn.microsoft.com/");
        assertThat(refs).hasSize(2);
    }

    @Test
    void proseLosesItsMentionsOfTheNotes() {
        assertThat(References.scrub("that NAT cannot be shared (knowledge.md second-client-same-nat); give them IKEv2"))
                .isEqualTo("that NAT cannot be shared; give them IKEv2");
    }
}
