package nl.eenplan.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A second EenPlan on the same data folder stops with one clear sentence instead of a stack trace. */
class DataFolderInUseAnalyzer extends AbstractFailureAnalyzer<DataFolderInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUse cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the EenPlan that uses this data folder, or start this one with another EENPLAN_DATA_DIR.",
                cause);
    }
}
