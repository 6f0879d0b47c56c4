package org.l2tpdoctor.collect.demo;

import java.time.Duration;

/**
 * A misbehaviour the simulated router shows for one command: a pause before answering, a
 * pause after every line (a slow drip), or dropping the whole connection halfway through.
 */
public record Fault(Duration delay, Duration dripPause, boolean dropsMidOutput) {

    public static Fault delay(Duration delay) {
        return new Fault(delay, Duration.ZERO, false);
    }

    public static Fault drip(Duration pausePerLine) {
        return new Fault(Duration.ZERO, pausePerLine, false);
    }

    public static Fault dropMidOutput() {
        return new Fault(Duration.ZERO, Duration.ZERO, true);
    }

    static Fault none() {
        return new Fault(Duration.ZERO, Duration.ZERO, false);
    }
}
