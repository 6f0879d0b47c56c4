package org.l2tpdoctor.rules;

import java.util.Optional;

/** A rule selection: {@code /ip ipsec identity where generate-policy!=port-strict}. */
public record Query(String menu, Optional<Expression> where, String text) {
}
