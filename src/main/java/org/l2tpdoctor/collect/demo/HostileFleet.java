package org.l2tpdoctor.collect.demo;

/**
 * Issue 17's hostile fleet of 50 simulated routers: 10 drop the connection mid-output (at the
 * policy print), 5 log us in and answer nothing, 5 stream output forever, 5 reject every command,
 * and the last 25 are healthy. The fleet test and `bench/run hostile` run this same fleet.
 */
public final class HostileFleet {
    public static final int SIZE = 50;
    /** Routers {@code HEALTHY_FROM} to {@code SIZE - 1} are healthy. */
    public static final int HEALTHY_FROM = 25;

    private HostileFleet() {
    }

    /** How router {@code i} of the fleet behaves. */
    public static SimulatedRouter.Options options(int i) {
        if (i < 10) {
            return SimulatedRouter.Options.defaults().withFault("/ip ipsec policy print detail without-paging", Fault.dropMidOutput());
        }
        if (i < 15) {
            return SimulatedRouter.Options.defaults().withFaultOnEveryCommand(Fault.answersNothing());
        }
        if (i < 20) {
            return SimulatedRouter.Options.defaults().withFaultOnEveryCommand(Fault.endlessOutput());
        }
        if (i < HEALTHY_FROM) {
            return SimulatedRouter.Options.defaults().withFaultOnEveryCommand(Fault.rejected());
        }
        return SimulatedRouter.Options.defaults();
    }
}
