package nl.eenplan.database;

import java.nio.file.Path;

/** Another EenPlan (or a backup restore) already works on this data folder. */
public class DataFolderInUse extends IllegalStateException {

    public DataFolderInUse(Path dataDir) {
        super("The data folder " + dataDir + " is in use by another EenPlan process; stop that one first,"
                + " or give this one its own folder (EENPLAN_DATA_DIR).");
    }
}
