package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Secrets are masked by property name and inside free text; an empty secret stays visible. */
class RedactorTest {

    @Test
    void masksSecretProperties() {
        assertThat(Redactor.value("ipsec-secret", "hunter2")).isEqualTo(Redactor.MASK);
        assertThat(Redactor.value("enc-key", "2a217b49")).isEqualTo(Redactor.MASK);
        assertThat(Redactor.value("ipsec-secret", "")).isEmpty();
        assertThat(Redactor.value("enc-key-size", "256")).isEqualTo("256");
    }

    @Test
    void masksSecretsInsideText() {
        assertThat(Redactor.text("add name=u password=\"p w\" secret=abc ipsec-secret=\"\""))
                .isEqualTo("add name=u password=" + Redactor.MASK + " secret=" + Redactor.MASK + " ipsec-secret=\"\"");
        assertThat(Redactor.text("ipsec-secret: hunter2")).isEqualTo("ipsec-secret: " + Redactor.MASK);
    }
}
