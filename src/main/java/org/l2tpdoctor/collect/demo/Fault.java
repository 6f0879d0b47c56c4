package org.l2tpdoctor.collect.demo;

import java.time.Duration;

/**
 * A misbehaviour the simulated router shows for a command: a pause before answering, a pause
 * after every line (a slow drip), dropping the whole connection halfway through, or one of the
 * hostile answers a broken or malicious router gives (see {@link Answer}).
 */
public record Fault(Duration delay, Duration dripPause, boolean dropsMidOutput, Answer answer) {

    /** What the router prints instead of, or on top of, the scenario's answer. */
    public enum Answer {
        /** The scenario's answer. */
        AS_IS,
        /** Nothing, ever: the channel opens and stays silent (a hung console). */
        NOTHING,
        /** Lines without end (a print that never finishes). */
        ENDLESS,
        /** RouterOS's refusal, "bad command name ...", for every command. */
        REJECTED,
        /** The scenario's answer in full, then the connection goes (a router rebooting between commands). */
        THEN_DROPS,
        /** The scenario's answer with terminal escape sequences, controls and one huge line in it. */
        HOSTILE
    }

    public Fault {
        if (answer == null) {
            answer = Answer.AS_IS;
        }
    }

    public Fault(Duration delay, Duration dripPause, boolean dropsMidOutput) {
        this(delay, dripPause, dropsMidOutput, Answer.AS_IS);
    }

    public static Fault delay(Duration delay) {
        return new Fault(delay, Duration.ZERO, false);
    }

    public static Fault drip(Duration pausePerLine) {
        return new Fault(Duration.ZERO, pausePerLine, false);
    }

    public static Fault dropMidOutput() {
        return new Fault(Duration.ZERO, Duration.ZERO, true);
    }

    public static Fault dropAfterAnswer() {
        return new Fault(Duration.ZERO, Duration.ZERO, false, Answer.THEN_DROPS);
    }

    public static Fault answersNothing() {
        return new Fault(Duration.ZERO, Duration.ZERO, false, Answer.NOTHING);
    }

    public static Fault endlessOutput() {
        return new Fault(Duration.ZERO, Duration.ZERO, false, Answer.ENDLESS);
    }

    public static Fault rejected() {
        return new Fault(Duration.ZERO, Duration.ZERO, false, Answer.REJECTED);
    }

    public static Fault hostileText() {
        return new Fault(Duration.ZERO, Duration.ZERO, false, Answer.HOSTILE);
    }

    static Fault none() {
        return new Fault(Duration.ZERO, Duration.ZERO, false);
    }
}
