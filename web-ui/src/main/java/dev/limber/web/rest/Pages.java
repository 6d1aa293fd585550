package dev.limber.web.rest;

import io.quarkus.security.identity.SecurityIdentity;

/** Roles of the realm "limber" and who may see which part of the portal. */
final class Pages {

    static final String THERAPIST = "therapist";
    static final String CLINIC_ADMIN = "clinic-admin";
    static final String PATIENT = "patient";

    private Pages() {
    }

    static boolean staff(SecurityIdentity identity) {
        return identity.hasRole(THERAPIST) || identity.hasRole(CLINIC_ADMIN);
    }

    static boolean patient(SecurityIdentity identity) {
        return identity.hasRole(PATIENT);
    }
}
