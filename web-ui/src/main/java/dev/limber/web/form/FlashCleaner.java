package dev.limber.web.form;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Clears a shown flash message, so reloading the page does not show it again. */
public class FlashCleaner {

    private final Flash flash;

    public FlashCleaner(Flash flash) {
        this.flash = flash;
    }

    @ServerResponseFilter
    public void clearShown(ContainerResponseContext response) {
        boolean setsOne = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, java.util.List.of()).stream()
                .anyMatch(c -> String.valueOf(c).startsWith(Flash.COOKIE + "="));
        if (flash.present() && response.getStatus() == 200 && !setsOne) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, flash.clear());
        }
    }
}
