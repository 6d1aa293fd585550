package dev.limber.program.service;

/**
 * Who is calling: their user id (token {@code sub}), their clinic ({@code clinic_id} claim) and realm roles.
 * Staff (therapists, clinic admins) see their clinic; a patient sees only their own record.
 */
public record Caller(String subject, String clinicId, boolean therapist, boolean clinicAdmin, boolean patient) {

    public boolean staff() {
        return therapist || clinicAdmin;
    }
}
