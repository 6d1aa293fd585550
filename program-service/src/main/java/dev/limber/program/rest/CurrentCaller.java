package dev.limber.program.rest;

import dev.limber.program.config.ProgramConfig;
import dev.limber.program.service.Caller;
import dev.limber.program.service.StaffDirectory;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request, read from the verified token: {@code sub}, the {@code clinic_id} claim, realm roles. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final ProgramConfig config;
    private final StaffDirectory staff;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity, ProgramConfig config, StaffDirectory staff) {
        this.identity = identity;
        this.config = config;
        this.staff = staff;
    }

    public Caller get() {
        if (caller == null) {
            caller = read();
            if (caller.staff() && identity.getPrincipal() instanceof JsonWebToken jwt) {
                // Keeps the alert directory current: the e-mail red-flag alerts are sent to.
                staff.saw(caller, jwt.getClaim("email"), jwt.getClaim("name"));
            }
        }
        return caller;
    }

    private Caller read() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        String subject = identity.getPrincipal().getName();
        String clinic = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            subject = jwt.getSubject() != null ? jwt.getSubject() : subject;
            Object claim = jwt.getClaim("clinic_id");
            clinic = claim == null ? null : claim.toString().replace("\"", "");
        }
        if (clinic == null || clinic.isBlank()) {
            clinic = config.identity().defaultClinic()
                    .orElseThrow(() -> new ForbiddenException("The token carries no clinic_id claim"));
        }
        return new Caller(subject, clinic, identity.hasRole(Roles.THERAPIST), identity.hasRole(Roles.CLINIC_ADMIN),
                identity.hasRole(Roles.PATIENT));
    }
}
