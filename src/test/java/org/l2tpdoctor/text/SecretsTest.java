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
}
