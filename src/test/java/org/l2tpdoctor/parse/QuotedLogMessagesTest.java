package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * People describe their log instead of pasting it: a known RouterOS message quoted alone or inside
 * a sentence is read as a record without time or topics, and the report says it was found so. The
 * texts are the casebook's (forum 148594, onoro/mikrotik README), as posted.
 */
class QuotedLogMessagesTest {

    @Test
    void aMessageQuotedAloneIsARecordWithANote() {
        Snapshot s = TestParsing.text("could not add IPsec policy: std failure: timeout(13)\n");
        assertThat(s.events()).extracting(LogEvent::message).containsExactly("could not add IPsec policy: std failure: timeout(13)");
        assertThat(s.events().get(0).topics()).isEmpty();
        Row note = TestParsing.only(s, PasteRepair.MENU);
        assertThat(note.get("kind")).isEqualTo(PasteRepair.QUOTED_MESSAGES);
        assertThat(note.get("repair")).isEqualTo("1 RouterOS log message found quoted in text, read without time or topics (line 1)");
    }

    @Test
    void aMessageQuotedInASentenceIsCutOutAtItsQuotes() {
        Snapshot s = TestParsing.text("""
                First I've created new VPN connection on Windows 7 and used such parameters: l2tp+ipsec encryption (valid).
                On Mikrotik side our counters (firewall rules) were working and after several attempts my IP was blocked.
                In additional the record "<192.168.1.15> user user authentification failed." was appearing in Mikrotik logs every time when I tried to connect.\s
                I was getting Error #691 on Windows every time when I tried to connect with invalid user+password.
                """);
        assertThat(s.events()).extracting(LogEvent::message).containsExactly("<192.168.1.15> user user authentification failed.");
        assertThat(s.events().get(0).origin().line()).isEqualTo(3);
        assertThat(TestParsing.only(s, PasteRepair.MENU).get("first-line")).isEqualTo("3");
    }

    @Test
    void onlyKnownWordingsAreRecords() {
        assertThat(QuotedMessages.in("the users say authentication failed all the time")).isNull();
        assertThat(QuotedMessages.in("I think it is a proposal problem")).isNull();
        assertThat(QuotedMessages.in("log shows \u201C203.0.113.7 parsing packet failed, possible cause: wrong password\u201D since"))
                .isEqualTo("203.0.113.7 parsing packet failed, possible cause: wrong password");
        assertThat(QuotedMessages.in("then: phase1 negotiation failed due to time up 192.0.2.1[500]<=>203.0.113.7[4500]"))
                .isEqualTo("phase1 negotiation failed due to time up 192.0.2.1[500]<=>203.0.113.7[4500]");
        assertThat(QuotedMessages.opens("<192.168.1.15> user user authentification failed.")).isTrue();
        assertThat(QuotedMessages.opens("the record <192.168.1.15> user x authentication failed")).isFalse();
    }

    @Test
    void aPrintCommandWithoutItsPromptStartsThatMenusPrint() {
        // transcript-crs326 case: the second copy of a print after a bare command line, as pasted
        Snapshot s = TestParsing.text("""
                [admin@ROUTER] >

                 /interface l2tp-server server print
                                 enabled: yes
                          authentication: mschap1
                                          mschap2
                               use-ipsec: yes
                [admin@ROUTER] >
                """);
        Row server = TestParsing.only(s, org.l2tpdoctor.model.Menus.L2TP_SERVER.path());
        assertThat(server.get("authentication")).isEqualTo("mschap1,mschap2");
        assertThat(s.warnings()).isEmpty();
    }
}
