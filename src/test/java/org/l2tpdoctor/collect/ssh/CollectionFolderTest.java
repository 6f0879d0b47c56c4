package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.PasteReader;
import org.l2tpdoctor.collect.demo.Scenario;

class CollectionFolderTest {
    private static final String LOG = "/log print detail without-paging where topics~\"ipsec|l2tp|ppp\"";

    @Test
    void aSavedCollectionReadsBackAsPastesAndReplaysAsAScenario(@TempDir Path dir) throws Exception {
        CollectionResult result = new CollectionResult("r1", "7.19.4", List.of(
                new Capture("r1", "/system resource print", "  version: 7.19.4 (stable)\n"),
                new Capture("r1", LOG, " time=2026-09-18 10:00:00 topics=ipsec,info message=\"x\"\n")),
                List.of("r1: command '/ip pool print detail without-paging': no complete answer within 30 s"),
                false);

        List<Path> written = CollectionFolder.write(result, dir.resolve("out"));

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "system-resource-print.txt", "log-print-detail-without-paging-where-topics-ipsec-l2tp-ppp.txt",
                "manifest.json");
        assertThat(Files.readString(dir.resolve("out/manifest.json")))
                .contains("\"host\": \"r1\"", "\"complete\": false",
                        "\"log-print-detail-without-paging-where-topics-ipsec-l2tp-ppp.txt\": "
                                + "\"/log print detail without-paging where topics~\\\"ipsec|l2tp|ppp\\\"\"");
        assertThat(new PasteReader(System.in).read(List.of(dir.resolve("out").toString()))).hasSize(2);
        Scenario replay = Scenario.fromFolder(dir.resolve("out"));
        assertThat(replay.version()).isEqualTo("7.19.4");
        assertThat(replay.answer(LOG)).get().asString().contains("topics=ipsec,info");
    }
}
