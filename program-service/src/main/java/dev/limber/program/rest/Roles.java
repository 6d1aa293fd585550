package dev.limber.program.rest;

/** Realm roles of the Keycloak realm "limber". */
public final class Roles {

    public static final String THERAPIST = "therapist";
    public static final String PATIENT = "patient";
    public static final String CLINIC_ADMIN = "clinic-admin";

    private Roles() {
    }
}
