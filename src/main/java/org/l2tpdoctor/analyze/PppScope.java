package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * The PPP side of the L2TP server.
 *
 * <p>{@code /doctor l2tp-profile}: each {@code /ppp profile} the L2TP users get — the server's
 * {@code default-profile} and the profiles of the L2TP-capable secrets — with the profile's own
 * properties plus {@code used-as} ({@code default-profile}, {@code secret-profile} or both) and
 * {@code l2tp-users} (how many enabled L2TP secrets name it) and, on the default profile,
 * {@code fallback-users} (L2TP secrets that get no remote address from themselves or their own
 * profile, so they depend on it). Evidence is the profile itself. Both menus are empty when the
 * L2TP server is shown disabled: nothing of it is in use then.
 *
 * <p>{@code /doctor l2tp-secret}: each enabled {@code /ppp secret} an L2TP client can log in with
 * (service l2tp or any): name, service, profile, and where its remote address comes from
 * ({@code address-from=secret|profile|default-profile|none}: RouterOS composes a user's settings
 * from the secret, then its profile, then the server's default-profile; present only when the
 * profiles and the server settings were pasted).
 */
final class PppScope implements Analyzer {
    static final String PROFILES = "/doctor l2tp-profile";
    static final String SECRETS = "/doctor l2tp-secret";

    static final String SERVER = Menus.L2TP_SERVER.path();

    @Override
    public List<String> reads() {
        return List.of(Menus.L2TP_SERVER.path(), Menus.PPP_PROFILE.path(), Menus.PPP_SECRET.path());
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(PROFILES, Menus.PPP_PROFILE), VirtualMenu.from(SECRETS, Menus.PPP_SECRET));
    }

    @Override
    public Derived derive(Snapshot s) {
        Derived.Builder out = new Derived.Builder();
        boolean serverOff = s.hasMenu(SERVER) && s.rows(SERVER).stream().noneMatch(r -> !"no".equals(r.get("enabled")));
        List<Row> secrets = serverOff ? List.of() : l2tpSecrets(s);
        if (s.hasMenu(Menus.PPP_PROFILE) && (s.hasMenu(SERVER) || s.hasMenu(Menus.PPP_SECRET))) {
            String defaultProfile = s.rows(SERVER).stream().map(r -> r.get("default-profile"))
                    .filter(v -> v != null && !v.isEmpty()).findFirst().orElse(s.hasMenu(SERVER) ? "default-encryption" : null);
            out.menu(PROFILES);
            for (Row profile : s.rows(Menus.PPP_PROFILE)) {
                String name = profile.get("name");
                if (name == null) {
                    continue;
                }
                Set<String> roles = new LinkedHashSet<>();
                if (name.equals(defaultProfile) && !serverOff) {
                    roles.add("default-profile");
                }
                long users = secrets.stream().filter(sec -> name.equals(sec.get("profile"))).count();
                if (users > 0) {
                    roles.add("secret-profile");
                }
                if (roles.isEmpty()) {
                    continue;
                }
                Map<String, String> p = new LinkedHashMap<>(profile.properties());
                p.put("used-as", String.join(",", roles));
                if (s.hasMenu(Menus.PPP_SECRET)) {
                    p.put("l2tp-users", String.valueOf(users));
                    if (roles.contains("default-profile")) {
                        p.put("fallback-users", String.valueOf(secrets.stream().filter(sec -> !ownAddress(s, sec, name)).count()));
                    }
                }
                Row row = new Row(PROFILES, profile.id(), profile.flags(), p, profile.comment(), profile.origin());
                out.add(PROFILES, row, List.of(profile));
            }
        }
        if (s.hasMenu(Menus.PPP_SECRET)) {
            String defaultName = s.rows(SERVER).stream().map(r -> r.get("default-profile"))
                    .filter(v -> v != null && !v.isEmpty()).findFirst().orElse("default-encryption");
            Row defaultProfile = s.hasMenu(SERVER) ? s.rows(Menus.PPP_PROFILE).stream()
                    .filter(r -> defaultName.equals(r.get("name"))).findFirst().orElse(null) : null;
            out.menu(SECRETS);
            for (Row secret : secrets) { // none when the L2TP server is disabled
                Map<String, String> p = new LinkedHashMap<>();
                p.put("name", secret.get("name"));
                p.put("service", secret.properties().getOrDefault("service", "any"));
                String profileName = secret.get("profile");
                if (profileName != null) {
                    p.put("profile", profileName);
                }
                Row profile = profileName == null ? null : s.rows(Menus.PPP_PROFILE).stream()
                        .filter(r -> profileName.equals(r.get("name"))).findFirst().orElse(null);
                if (hasAddress(secret.get("remote-address"))) {
                    p.put("address-from", "secret");
                } else if (profile != null && hasAddress(profile.get("remote-address"))) {
                    p.put("address-from", "profile");
                } else if (defaultProfile != null && hasAddress(defaultProfile.get("remote-address"))) {
                    p.put("address-from", "default-profile");
                } else if (profile != null && s.hasMenu(SERVER)) {
                    p.put("address-from", "none");
                }
                Row row = new Row(SECRETS, secret.id(), secret.flags(), p, secret.comment(), secret.origin());
                List<Row> evidence = new ArrayList<>();
                evidence.add(secret);
                if (profile != null) {
                    evidence.add(profile);
                }
                if (defaultProfile != null && defaultProfile != profile) {
                    evidence.add(defaultProfile);
                }
                out.add(SECRETS, row, evidence);
            }
        }
        return out.build();
    }

    /** Whether a secret gets its remote address from itself or its own profile (not the server's default-profile). */
    private static boolean ownAddress(Snapshot s, Row secret, String defaultProfile) {
        if (hasAddress(secret.get("remote-address"))) {
            return true;
        }
        String profile = secret.get("profile");
        return profile != null && !profile.equals(defaultProfile) && s.rows(Menus.PPP_PROFILE).stream()
                .anyMatch(p -> profile.equals(p.get("name")) && hasAddress(p.get("remote-address")));
    }

    /** Enabled secrets whose service lets an L2TP client log in. */
    static List<Row> l2tpSecrets(Snapshot s) {
        return s.rows(Menus.PPP_SECRET).stream().filter(PppScope::isL2tpSecret).toList();
    }

    static boolean isL2tpSecret(Row secret) {
        String service = secret.properties().getOrDefault("service", "any");
        boolean disabled = secret.is("disabled");
        return !disabled && (service.equals("l2tp") || service.equals("any"));
    }

    private static boolean hasAddress(String value) {
        return value != null && !value.isBlank() && !value.equals("0.0.0.0");
    }
}
