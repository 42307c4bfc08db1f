/**
 * EenPlan's own PostgreSQL (docs/adr/0002, 0016): started durable (fsync, synchronous commit, full page
 * writes), on a data folder only one EenPlan may use, behind passwords and separate roles, restarted
 * cleanly after any crash, and backed up and restored online.
 */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.database;

import org.springframework.modulith.ApplicationModule;
