package org.mosaicintake.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mosaicintake.persistence.StaffAccount;

/** The first account is created once, even when instances start together on one database (#20). */
@QuarkusTest
@Tag("database")
class StaffBootstrapTest {

    @Inject
    StaffBootstrap bootstrap;

    @org.junit.jupiter.api.BeforeEach
    void theStartHasMadeItsAccount() {
        bootstrap.awaitFirstAccount(); // made in the background at start-up
    }

    @Test
    void an_existing_account_means_no_first_account_is_made() {
        assertThat(bootstrap.createFirstAccount("someone.new", Optional.of("a long enough password"))).isFalse();
        assertThat((Object) QuarkusTransaction.requiringNew().call(() -> StaffAccount.findById("someone.new"))).isNull();
    }

    @Test
    void starts_that_race_on_an_empty_database_create_the_first_account_once_and_both_go_on() throws Exception {
        List<StaffAccount> saved = QuarkusTransaction.requiringNew().call(() -> StaffAccount.<StaffAccount>listAll());
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                org.mosaicintake.persistence.StaffSession.deleteAll();
                StaffAccount.deleteAll();
            });
            CountDownLatch go = new CountDownLatch(1);
            Callable<Boolean> start = () -> {
                go.await();
                return bootstrap.createFirstAccount("first.admin", Optional.of("a long enough password"));
            };
            Future<Boolean> a = two.submit(start);
            Future<Boolean> b = two.submit(start);
            go.countDown();
            assertThat(List.of(a.get(), b.get())).as("neither start fails; at most one creates").doesNotContainNull().containsOnlyOnce(true);
            assertThat(QuarkusTransaction.requiringNew().call(() -> StaffAccount.count())).isEqualTo(1);
        } finally {
            two.shutdownNow();
            QuarkusTransaction.requiringNew().run(() -> {
                StaffAccount.deleteAll();
                for (StaffAccount s : saved) {
                    StaffAccount back = new StaffAccount();
                    back.username = s.username;
                    back.passwordHash = s.passwordHash;
                    back.roles = s.roles;
                    back.clinicId = s.clinicId;
                    back.createdAt = s.createdAt;
                    back.persist();
                }
            });
        }
    }
}
