package io.atqb.purchasing;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The queue of write-backs on H2 in memory. */
class WriteBackQueueRepositoryTest extends WriteBackQueueCases {

    @Override
    DataSource dataSource() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
