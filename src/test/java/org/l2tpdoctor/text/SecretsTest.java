package org.l2tpdoctor.text;


import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Secrets are masked by property name and inside free text; an empty secret stays visible. */
class SecretsTest {

    @Test
    void masksSecretProperties() {
        assertThat(Secrets.value("ipsec-secret", "hunter2")).isEqualTo(Secrets.MASK);
        assertThat(Secrets.value("enc-key", "2a217b49")).isEqualTo(Secrets.MASK);
        assertThat(Secrets.value("ipsec-secret", "")).isEmpty();
        assertThat(Secrets.value("enc-key-size", "256")).isEqualTo("256");
    }

    @Test
    void everySecretPropertyIsAlsoMaskedInsideText() {
        for (String key : new String[] {"secret", "ipsec-secret", "password", "auth-key", "enc-key", "private-key",
                "pre-shared-key", "preshared-key", "psk", "passphrase", "wpa-pre-shared-key",
                "wpa2-pre-shared-key", "key"}) {
            assertThat(Secrets.isSecret(key)).as(key).isTrue();
            assertThat(Secrets.text("set " + key + "=hunter2 comment=x")).as(key)
                    .isEqualTo("set " + key + "=" + Secrets.MASK + " comment=x");
        }
    }

    @Test
    void masksSecretsInsideText() {
        assertThat(Secrets.text("add name=u password=\"p w\" secret=abc ipsec-secret=\"\""))
                .isEqualTo("add name=u password=" + Secrets.MASK + " secret=" + Secrets.MASK + " ipsec-secret=\"\"");
        assertThat(Secrets.text("ipsec-secret: hunter2")).isEqualTo("ipsec-secret: " + Secrets.MASK);
    }

    @Test
    void aQuotedSecretOfAnyLengthIsMaskedInLinearTime() {
        // a backtracking pattern overflowed the stack at 2,000 characters (issue 17)
        String huge = "a\\\"b".repeat(400_000);
        assertThat(Secrets.text("secret=\"" + huge + "\" next")).isEqualTo("secret=" + Secrets.MASK + " next");
        String many = "password=x ".repeat(200_000);
        assertThat(Secrets.text(many)).isEqualTo(("password=" + Secrets.MASK + " ").repeat(200_000));
    }

    @Test
    void logTextSnmpAndScriptFormsAreMasked() {
        assertThat(Secrets.text("ipsec,debug psk \"hunter22\" from peer")).isEqualTo("ipsec,debug psk " + Secrets.MASK + " from peer");
        assertThat(Secrets.text("changed passwd=hunter22")).isEqualTo("changed passwd=" + Secrets.MASK);
        assertThat(Secrets.text("authentication-password=\"h 1\" encryption-password=h2"))
                .isEqualTo("authentication-password=" + Secrets.MASK + " encryption-password=" + Secrets.MASK);
        assertThat(Secrets.text("/tool fetch user=bak password=hunter22")).endsWith("password=" + Secrets.MASK);
        assertThat(Secrets.text("phase1 negotiation failed due to wrong password")).endsWith("wrong password");
        assertThat(Secrets.text("keyword=x monkey=y")).isEqualTo("keyword=x monkey=y");
        assertThat(Secrets.text("secret=\"unterminated\nnext line")).isEqualTo("secret=" + Secrets.MASK + "\nnext line");
    }

    @Test
    void rowsHoldTokensThatKeepEqualityAndEmptiness() {
        String a = Secrets.stored("secret", "hunter22");
        assertThat(a).startsWith(Secrets.MASK).doesNotContain("hunter22");
        assertThat(Secrets.stored("secret", "hunter22")).isEqualTo(a);
        assertThat(Secrets.stored("secret", "other")).isNotEqualTo(a);
        assertThat(Secrets.stored("secret", a)).as("a row made from a row").isEqualTo(a);
        assertThat(Secrets.stored("secret", "")).isEmpty();
        assertThat(Secrets.stored("password", "***")).isEqualTo("***");
        assertThat(Secrets.stored("comment", "vpn password=hunter22")).isEqualTo("vpn password=" + Secrets.MASK);
    }

    @Test
    void aKeyHiddenByInvisibleCharactersIsStillASecretKey() {
        // fuzz cases 22 and 23 (hostile mutators): an escape sequence or a combining mark inside the name
        for (String key : new String[] {"pass\u001b(0word", "password\u193a", "pass\u200bword", "\u001b[1mpassword\u001b[m",
                "se\u0301cret", "pass\u001b]0;t\u0007word", "pass\u009bword"}) {
            assertThat(Secrets.text("x " + key + "=\"hunter22\" y")).as(key).doesNotContain("hunter22");
        }
        assertThat(Secrets.text("passXword=visible")).isEqualTo("passXword=visible");
        assertThat(Secrets.text("pass" + "\u200b".repeat(100) + "word=x")).isEqualTo("pass" + "\u200b".repeat(100) + "word=" + Secrets.MASK);
        assertThat(Secrets.text("pass" + "\u200b".repeat(1000) + "word=x")).as("skipping is bounded").endsWith("word=x");
        String many = ("p" + "\u200b".repeat(250)).repeat(4_000);
        assertThat(Secrets.text(many)).as("linear on a hostile text").isEqualTo(many);
    }

    @Test
    void aValueWrappedOntoTheNextLineIsMaskedThere() {
        assertThat(Secrets.text(" 1   name=\"u\" password=\n     hunter22 profile=default\n"))
                .isEqualTo(" 1   name=\"u\" password=\n     " + Secrets.MASK + " profile=default\n");
        assertThat(Secrets.text("add name=u password=\\\n    \"hunter 22\" service=l2tp"))
                .doesNotContain("hunter").endsWith(" service=l2tp");
        assertThat(Secrets.text(" 0   password=\"a-long-secret-\n     that-wraps\" profile=x"))
                .isEqualTo(" 0   password=" + Secrets.MASK + "\n     " + Secrets.MASK + " profile=x");
        assertThat(Secrets.text("password=\n 1   name=next")).as("the next item").isEqualTo("password=\n 1   name=next");
        assertThat(Secrets.text("ipsec-secret:\n  caller-id-type: ip-address")).as("the next setting")
                .isEqualTo("ipsec-secret:\n  caller-id-type: ip-address");
        assertThat(Secrets.text("password=\n\n   later")).as("a blank line ends it").endsWith("later");
    }

    @Test
    void wrappedPartsBecomeTokensOnlyWhereALineBreakPutThem() {
        String capture = " 0   name=\"u\" password=\n     hunter22 profile=default\n 1   secret=kept-for-the-row\n";
        String masked = Secrets.wrapped(capture);
        assertThat(masked).doesNotContain("hunter22").contains("secret=kept-for-the-row")
                .contains("password=\n     " + Secrets.token("hunter22") + " profile=default");
        assertThat(Secrets.wrapped(masked)).as("twice is once").isEqualTo(masked);
        assertThat(Secrets.wrapped("password=\"abc\n   def\" x")).isEqualTo("password=\"abc\n   " + Secrets.token("def") + "\" x");
    }
}
