package nl.eenplan.monitoring;

/** Someone else changed the region since the version the administrator saw: nothing was stored. */
public class RegionChangedMeanwhile extends RuntimeException {

    RegionChangedMeanwhile() {
        super("the region changed meanwhile");
    }
}
