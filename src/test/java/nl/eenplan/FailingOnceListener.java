package nl.eenplan;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener, for tests only, that fails the first time it hears of a {@link Probe} and completes
 * every later time, as a listener does whose database was briefly away or that lost a deadlock.
 */
@Component
public class FailingOnceListener {

    /** The event this listener hears of; {@code id} tells the tests' probes apart. */
    public record Probe(UUID id) {}

    private final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<UUID, Boolean> completed = new ConcurrentHashMap<>();

    @ApplicationModuleListener
    void on(Probe probe) {
        if (calls.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
            throw new IllegalStateException("the first delivery fails");
        }
        completed.put(probe.id(), true);
    }

    int calls(UUID id) {
        var count = calls.get(id);
        return count == null ? 0 : count.get();
    }

    boolean completed(UUID id) {
        return completed.containsKey(id);
    }
}
