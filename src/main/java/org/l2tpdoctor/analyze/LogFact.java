package org.l2tpdoctor.analyze;

import org.l2tpdoctor.model.LogEvent;

/** What one ipsec/l2tp/ppp log line says about a client, in l2tpdoctor's terms. */
record LogFact(Kind kind, String address, String port, String user, String detail, LogEvent event) {

    enum Kind {
        PHASE1_START, PHASE1_INITIATED, PHASE1_ESTABLISHED, PHASE1_TIMEOUT, PHASE1_NO_PROPOSAL, PHASE1_FAILED,
        PSK_MISMATCH, PHASE2_FAILED, PHASE2_ESTABLISHED, L2TP_FIRST_PACKET, PPP_LOGGED_IN, PPP_AUTHENTICATED,
        PPP_CONNECTED, PPP_AUTH_FAILED, PPP_TERMINATING, PPP_LOGGED_OUT, PPP_DISCONNECTED, SA_PURGED, SA_DELETED,
        POLICY_STUCK, DPD_DEAD, NAT_DETECTED, NATT_PORTS, PEER_DELETED, PHASE2_PURGED, PROPOSAL_REJECTED
    }
}
