package nl.eenplan.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, UUID> {

    @Query("select * from account where lower(email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    @Query("select * from account order by lower(display_name)")
    List<Account> findAllOrdered();

    @Query("select count(*) > 0 from account where lower(email) = lower(:email)")
    boolean existsByEmail(String email);
}
