package nl.eenplan.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order of the feed with transactions that commit in another order than they wrote: a reader who
 * follows next never passes an entry that commits later, so nothing is lost and nothing repeated.
 */
@DisplayName("The event feed under concurrent writers")
class FeedOrderTests extends EenPlanTest {

    @Autowired
    FeedEntries entries;

    @Autowired
    TransactionTemplate transactions;

    @Test
    @DisplayName("an entry of a transaction still running holds back the entries written after it, until it commits")
    void aRunningTransactionHoldsBackWhatCameAfterIt() throws Exception {
        var household = UUID.randomUUID();
        var written = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var slow = UUID.randomUUID();
        var fast = UUID.randomUUID();
        var executor = Executors.newSingleThreadExecutor();
        try {
            var first = executor.submit(() -> transactions.executeWithoutResult(status -> {
                append(slow, household);
                written.countDown();
                await(commit);
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            transactions.executeWithoutResult(status -> append(fast, household));

            // The later transaction committed first: handing it out now would let the reader pass the earlier one.
            assertThat(ids(FeedPosition.START, household)).isEmpty();

            commit.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertThat(ids(FeedPosition.START, household)).containsExactly(slow, fast);
        } finally {
            commit.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    @DisplayName("a reader following next while many writers commit out of order gets every entry exactly once")
    void aReaderFollowingNextGetsEveryEntryOnce() throws Exception {
        var household = UUID.randomUUID();
        var writers = 6;
        var perWriter = 15;
        var all = Collections.synchronizedList(new ArrayList<UUID>());
        var executor = Executors.newFixedThreadPool(writers);
        var done = new CountDownLatch(writers);
        try {
            for (var w = 0; w < writers; w++) {
                executor.submit(() -> {
                    try {
                        for (var i = 0; i < perWriter; i++) {
                            var id = UUID.randomUUID();
                            transactions.executeWithoutResult(status -> {
                                append(id, household);
                                sleep(ThreadLocalRandom.current().nextInt(0, 15));
                            });
                            all.add(id);
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            var read = new ArrayList<UUID>();
            var cursor = FeedPosition.START;
            var last = FeedPosition.START;
            while (done.getCount() > 0 || read.size() < writers * perWriter) {
                var page = entries.after(cursor, Set.of(), Set.of(household), Set.of(), "", 7);
                for (var entry : page) {
                    assertThat(entry.position()).isGreaterThan(last);
                    last = entry.position();
                    read.add(entry.id());
                }
                cursor = page.isEmpty() ? cursor : page.getLast().position();
                if (page.isEmpty()) {
                    sleep(3);
                }
                assertThat(read.size()).isLessThanOrEqualTo(writers * perWriter);
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(read).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
            assertThat(entries.after(cursor, Set.of(), Set.of(household), Set.of(), "", 100))
                    .isEmpty();
        } finally {
            executor.shutdownNow();
        }
    }

    private List<UUID> ids(FeedPosition after, UUID household) {
        return entries.after(after, Set.of(), Set.of(household), Set.of(), "", 100).stream()
                .map(FeedEntry::id)
                .toList();
    }

    private void append(UUID id, UUID household) {
        entries.append(id, "nl.eenplan.plan.changed", household, null, null, null, null, Instant.now());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
