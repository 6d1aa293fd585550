package dev.limber.e2e;

/** The demo realm's sign-ins (deploy/keycloak/limber-realm.json, README), demo only. */
public enum DemoUser {

    TARA("tara", "tara-limber-demo"),
    ADA("ada", "ada-limber-demo"),
    PAT("pat", "pat-limber-demo"),
    PAUL("paul", "paul-limber-demo"),
    OLGA("olga", "olga-limber-demo"),
    PIA("pia", "pia-limber-demo");

    private final String username;
    private final String password;

    DemoUser(String username, String password) {
        this.username = username;
        this.password = password;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }
}
