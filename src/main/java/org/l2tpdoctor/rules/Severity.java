package org.l2tpdoctor.rules;

import java.util.Optional;

/**
 * One step of a rule's {@code severity:} list: the level a finding is reported at when
 * {@code when} (a condition over the rule's selections, like {@code detection.condition}) holds,
 * and the evidence that decided it in words. The first step whose condition is true wins; a step
 * without {@code when} applies otherwise. A condition on a menu the paste lacks is not true, so
 * the rule's own {@code level} stays.
 *
 * <p>The principle (README, "Severity from evidence"): error = the paste shows users failing, or
 * a setting that breaks every client; warning = a setting that breaks a situation the evidence
 * shows or makes likely; info = advice, or a setting that is only latent on this router.
 */
public record Severity(Level level, Optional<Expression> when, String because) {
}
