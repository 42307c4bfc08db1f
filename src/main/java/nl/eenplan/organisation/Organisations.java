package nl.eenplan.organisation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, UUID> {

    @Query("select * from organisation order by kind, lower(name)")
    List<Organisation> findAllOrdered();

    @Query("select count(*) > 0 from organisation where lower(name) = lower(:name)")
    boolean existsByName(String name);
}
