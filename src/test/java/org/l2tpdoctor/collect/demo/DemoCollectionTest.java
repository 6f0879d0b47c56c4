package org.l2tpdoctor.collect.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;

class DemoCollectionTest {

    @Test
    void aDemoRunCollectsTheScenarioOverSsh() throws Exception {
        CollectionResult result = DemoCollection.run(Scenario.builtIn("second-client-fails"));

        assertThat(result.complete()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.host()).isEqualTo("demo:second-client-fails");
        assertThat(result.captures()).hasSize(CommandCatalogue.commandsFor(7).size()).extracting(Capture::source).containsOnly("demo:second-client-fails");
    }

    @Test
    void aV6DemoNeedsNoFlagFromTheUser() throws Exception {
        CollectionResult result = DemoCollection.run(Scenario.builtIn("healthy-v6"));

        assertThat(result.version()).isEqualTo("6.49.10");
        assertThat(result.complete()).isTrue();
    }
}
