package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build-time rule pack is a faithful, versioned copy of rules/*.yaml, never a second source. */
class RulePackHoldsTheYamlRulesTest {

    @Test
    void packedRulesEqualTheRulesReadFromYaml() throws Exception {
        List<Rule> yaml = RuleLoader.fromFolder(Path.of("rules"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RulePack.write(yaml, bytes);
        assertThat(RulePack.read(new ByteArrayInputStream(bytes.toByteArray()))).contains(yaml);
    }

    @Test
    void thePackTheBuildMadeMatchesTheRulesFolder() throws Exception {
        Path built = Path.of("target/classes", RulePack.RESOURCE);
        assertThat(built).exists();
        try (InputStream in = Files.newInputStream(built)) {
            assertThat(RulePack.read(in)).contains(RuleLoader.fromFolder(Path.of("rules")));
        }
    }

    @Test
    void aPackOfAnotherVersionIsIgnoredNotMisread() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("l2tpdoctor-rule-pack");
        out.writeInt(999);
        assertThat(RulePack.read(new ByteArrayInputStream(bytes.toByteArray()))).isEmpty();
    }
}
