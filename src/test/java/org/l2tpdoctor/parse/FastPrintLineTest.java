package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast path reads a print line exactly as the grammar does, wherever it answers at all. */
class FastPrintLineTest {
    private final ReusedGrammar<PrintParser> grammar = new ReusedGrammar<>(PrintLexer::new, PrintParser::new);

    @Test
    void agreesWithTheGrammarOnEveryLineOfTheCorpusTheFixturesAndTheDemoRouters() throws IOException {
        List<String> lines = TestLines.everyKnownLine();
        int answered = assertAgreement(lines);
        assertThat(answered).as("the fast path reads most print lines").isGreaterThan(lines.size() / 2);
    }

    @Test
    void agreesWithTheGrammarOnMutatedLines() {
        List<String> lines = TestLines.mutated(11, 20_000, " \t=\":;#-<>.0aZ*,\\[]",
            " 0 RN id=\"198.18.0.1\" local-address=198.51.100.1 port=4500 remote-address=198.18.0.1 port=1025",
            "      state=established side=responder uptime=1h2m3s last-seen=2s ph2-total=1",
            "   enabled: yes", "  default-profile: l2tp-prof", " 1 X  name=\"a b\" comment=x=y src-address=10.0.0.0/8",
            " 2    chain=input action=accept protocol=udp dst-port=500,1701,4500 log=no log-prefix=\"\"",
            "   ;;; comment", "Flags: X - disabled, D - dynamic", " #   NAME   SERVICE", " 0 R  anna  l2tp  203.0.113.7",
            "      spi=0x1234 src-address=203.0.113.7:4500 dst-address=198.51.100.1:4500 state=mature",
            "      enc-key=\"4a2f\" auth-key=\"\" add-lifetime=24m/30m replay=128");
        assertThat(assertAgreement(lines)).isGreaterThan(5_000);
    }

    @Test
    void agreesWithTheGrammarOnMutatedCommentsAndTableRows() {
        List<String> lines = TestLines.mutated(16, 20_000, " \t=\":;#-<>.0aZ*,\\[]X",
            " 0 D   ;;; special dummy rule to show fasttrack counters", "  3    ;;; defconf: accept ICMP",
            "      forward  passthrough             2 598 690       29 870", " 4 X ;;; C3EEF0E5EBEEE2E0",
            "      chain=input action=drop ;;;x", "      input    drop   ;;;", " 5  name=a ;; b ;;; c",
            "  ;;; defconf", "ab:  cd", "X - disabled, D - dynamic", "  Flags:x y", "  a/b=c d");
        assertThat(assertAgreement(lines)).isGreaterThan(5_000);
    }

    @Test
    void readsCommentsAndTableRowsWithoutTheGrammar() {
        // a firewall's print detail and print stats, as every router of a fleet answers them
        for (String line : List.of(" 0 D   ;;; special dummy rule to show fasttrack counters", "  ;;; defconf",
                "  1    ;;; defconf: accept established,related,untracked", "      chain=input ;;; x",
                "      forward  passthrough             2 598 690       29 870")) {
            assertThat(FastPrintLine.read(line)).as("[%s]", line).isNotNull();
        }
    }

    private int assertAgreement(List<String> lines) {
        int answered = 0;
        for (String line : lines) {
            PrintLine fast = FastPrintLine.read(line);
            if (fast == null) {
                continue;
            }
            answered++;
            PrintParser.LineContext tree = grammar.on(line).line();
            assertThat(grammar.errors().any()).as("the grammar accepts what the fast path read: [%s]", line).isFalse();
            assertThat(PrintLineTree.of(tree, line)).as("[%s]", line).isEqualTo(fast);
        }
        return answered;
    }
}
