package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The yardstick, on the real forum paste (thread 213993, line breaks lost as the public
 * copy has it): a Windows 11 client against a RouterOS 7.16 server behind NAT sets up IPsec six
 * times, deletes it each time and never sends L2TP. The thread's answer was the Windows registry
 * value for a server behind NAT; the report gives that client's verdict and that fix, from the
 * log alone.
 */
class WindowsClientBehindNattedServerTest {
    private static final String PASTE = "src/test/resources/logs/forum-213993-windows-behind-nat-debug.joined.txt";

    @Test
    void theClientsVerdictNamesTheLayerTheNatAndTheRegistryFix() {
        CliRun.Result r = CliRun.run("", "diagnose", "--color=never", PASTE);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("ERROR L2TP-CLIENT-001")
                .contains("AssumeUDPEncapsulationContextOnSendRule /t REG_DWORD /d 0x2")
                .contains("22.22.22.22:4500  stalled: IKE is up but no L2TP packet followed")
                .contains("the client set up IPsec 6 times and deleted it each time")
                .contains("the private address 192.168.1.2 (behind NAT)")
                .contains("line breaks restored at 1863 RouterOS boundaries (line 1)")
                // the log names the cause of this stall: no generic "L2TP never starts" beside it
                .doesNotContain("L2TP-STALL-001");
    }

    @Test
    void theAttemptRowCarriesEveryLayer() {
        CliRun.Result r = CliRun.run("", "diagnose", "--format=json", PASTE);
        assertThat(r.out()).contains("\"failed-layer\": \"l2tp\"").contains("\"server-behind-nat\": \"yes\"")
                .contains("\"local-address\": \"192.168.1.2\"").contains("\"phase2-count\": \"6\"")
                .contains("\"stall-cause\": \"nat-t\"");
    }
}
