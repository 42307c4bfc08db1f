package nl.eenplan.database;

import java.util.List;

/**
 * The roles of the embedded database, as docs/privacy.md describes them for production: Flyway migrates
 * as the owner of the schema, EenPlan works as the application role, which may read and append to the
 * access log but not change it, and cannot switch its trigger off. The superuser only starts and sets up.
 */
public final class Roles {

    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "eenplan_owner";
    public static final String APP = "eenplan_app";

    static final List<String> ALL = List.of(SUPERUSER, OWNER, APP);

    private Roles() {}
}
