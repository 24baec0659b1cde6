package io.atqb.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerFactory;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * The Quartz scheduler of the inventory sync schedule when several instances share PostgreSQL: Quartz's JDBC job
 * store, clustered, on the service's own data source and the tables of migration V21. Every instance runs a
 * scheduler of the same name; they meet in the database, and each firing of the trigger runs on one of them.
 * camel-quartz asks this factory for its scheduler, then starts it and shuts it down with the route.
 */
final class ClusteredSchedulerFactory implements SchedulerFactory {

    /** The name every instance's scheduler shares (Quartz's SCHED_NAME column): one cluster per database. */
    static final String SCHEDULER_NAME = "atqb-inventory-sync";

    private final DataSource dataSource;
    private final String dataSourceName = "atqb-" + UUID.randomUUID();
    private final List<Scheduler> created = new ArrayList<>();

    ClusteredSchedulerFactory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Quartz's settings: JDBC job store (PostgreSQL dialect), clustered, a unique instance id per scheduler. */
    static Properties properties(String dataSourceName) {
        Properties properties = new Properties();
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, SCHEDULER_NAME);
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, StdSchedulerFactory.AUTO_GENERATE_INSTANCE_ID);
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        return properties;
    }

    /**
     * A new scheduler on the service's data source. It is left out of Quartz's JVM-wide registry of schedulers by
     * name, so two services in one JVM (tests) each get their own instead of sharing the first one made.
     */
    @Override
    public synchronized Scheduler getScheduler() throws SchedulerException {
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new DataSourceProvider(dataSource));
        Scheduler scheduler = new StdSchedulerFactory(properties(dataSourceName)).getScheduler();
        SchedulerRepository.getInstance().remove(SCHEDULER_NAME);
        created.add(scheduler);
        return scheduler;
    }

    @Override
    public synchronized Scheduler getScheduler(String name) throws SchedulerException {
        for (Scheduler scheduler : created) {
            if (scheduler.getSchedulerName().equals(name)) {
                return scheduler;
            }
        }
        return null;
    }

    @Override
    public synchronized Collection<Scheduler> getAllSchedulers() {
        return List.copyOf(created);
    }

    /** Hands Quartz connections of the service's pool. */
    private record DataSourceProvider(DataSource dataSource) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool belongs to the service
        }

        @Override
        public void initialize() {
            // the pool is ready
        }
    }
}
