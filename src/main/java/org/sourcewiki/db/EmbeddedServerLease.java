package org.sourcewiki.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewiki.config.ConfigException;

/**
 * A Sourcewiki process's share of the embedded PostgreSQL of a data folder. Every process that uses it (servers,
 * imports, migrations, user commands) holds a lease, written as a file in {@code DATA_DIR/postgres.users/}; the
 * last one out stops PostgreSQL, whoever started it. So an import and a server, or two servers, can start and stop
 * in any order without pulling the database from under one another, and a PostgreSQL left running by a process
 * that was killed (no lease alive any more) is adopted by the next process and stopped when that one leaves.
 *
 * <p>Leases are taken and given back under an exclusive lock on {@code DATA_DIR/postgres.lock} (an OS file lock,
 * released by the kernel if the holder dies), so "is anyone else here?" and "start" or "stop" happen as one step.
 * A lease whose process is gone (its pid dead, or reused by a process started at another instant) is removed.
 */
final class EmbeddedServerLease implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerLease.class);
    /** File locks are per process: threads of one process (tests open several databases) take turns here first. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    private static final AtomicLong NEXT_LEASE = new AtomicLong();
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final Path leaseFile;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();
    private EmbeddedPostgres started;

    private EmbeddedServerLease(Path dataDirectory, Path leaseFile, int port, EmbeddedPostgres started) {
        this.dataDirectory = dataDirectory;
        this.leaseFile = leaseFile;
        this.port = port;
        this.started = started;
    }

    /** Takes a lease on the PostgreSQL of this data directory, starting it (or adopting an orphan) as needed. */
    static EmbeddedServerLease acquire(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return underLock(dataDirectory, () -> {
                Path users = usersDirectory(dataDirectory);
                Files.createDirectories(users);
                List<Path> others = liveLeases(users);
                Path lease = users.resolve(ProcessHandle.current().pid() + "-" + NEXT_LEASE.incrementAndGet());
                Files.writeString(lease, startInstant(ProcessHandle.current()).map(Instant::toString).orElse(""));
                Optional<Integer> running = EmbeddedServerProbe.runningPort(dataDirectory);
                if (running.isPresent()) {
                    if (others.isEmpty()) {
                        log.info("Adopting the embedded PostgreSQL left running on port {} (its process is gone); "
                                + "it will be stopped when the last Sourcewiki process using it leaves", running.get());
                    } else {
                        log.info("Using the embedded PostgreSQL already running on port {} with data in {}",
                                running.get(), dataDirectory);
                    }
                    return new EmbeddedServerLease(dataDirectory, lease, running.get(), null);
                }
                EmbeddedPostgres embedded = start(dataDirectory, lease);
                log.info("Embedded PostgreSQL on port {}; data in {}", embedded.getPort(), dataDirectory);
                return new EmbeddedServerLease(dataDirectory, lease, embedded.getPort(), embedded);
            });
        } catch (IOException e) {
            throw new ConfigException("Cannot use the data folder " + dataDirectory.getParent() + ": " + e.getMessage(), e);
        }
    }

    int port() {
        return port;
    }

    /** Gives the lease back; the last lease out stops PostgreSQL. Safe to call more than once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            underLock(dataDirectory, () -> {
                Files.deleteIfExists(leaseFile);
                if (liveLeases(usersDirectory(dataDirectory)).isEmpty()) {
                    stopServer();
                } else {
                    log.info("The embedded PostgreSQL keeps running for the other Sourcewiki processes using it");
                }
                return null;
            });
        } catch (IOException | RuntimeException e) {
            log.warn("Could not give back the lease on the embedded PostgreSQL in {}", dataDirectory, e);
        }
    }

    private void stopServer() throws IOException {
        if (started != null) {
            started.close();
            started = null;
            log.info("Stopped the embedded PostgreSQL");
            return;
        }
        // Started by a process that has left (or was killed): stop it by its pid, as pg_ctl's fast mode does.
        Optional<Long> pid = EmbeddedServerProbe.postmasterPid(dataDirectory);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid.get());
        if (postmaster.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(pid.get())).inheritIO().start().waitFor();
            postmaster.get().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            log.info("Stopped the embedded PostgreSQL (pid {})", pid.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("The embedded PostgreSQL (pid {}) did not stop within {} s", pid.get(), STOP_WAIT.toSeconds());
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, Path lease) throws IOException {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Stopping is the leases' business: zonky's own hook would stop it under other processes.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(lease);
            throw new ConfigException("Cannot start the embedded PostgreSQL in " + dataDirectory + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("unknown error"), e);
        }
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    private static <T> T underLock(Path dataDirectory, Step<T> step) throws IOException {
        IN_PROCESS.lock();
        try (FileChannel channel = FileChannel.open(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return step.run();
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static Path usersDirectory(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".users");
    }

    /** The leases whose process still runs; the others (killed processes) are removed on the way. */
    private static List<Path> liveLeases(Path users) throws IOException {
        List<Path> live = new ArrayList<>();
        if (!Files.isDirectory(users)) {
            return live;
        }
        try (DirectoryStream<Path> leases = Files.newDirectoryStream(users)) {
            for (Path lease : leases) {
                if (alive(lease)) {
                    live.add(lease);
                } else {
                    Files.deleteIfExists(lease);
                }
            }
        }
        return live;
    }

    private static boolean alive(Path lease) {
        try {
            String name = lease.getFileName().toString();
            long pid = Long.parseLong(name.substring(0, name.indexOf('-')));
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                return false;
            }
            String recorded = Files.readString(lease).strip();
            Optional<Instant> started = startInstant(process.get());
            // A pid reused by another program after a crash does not keep a dead process's lease alive.
            return recorded.isEmpty() || started.isEmpty() || started.get().toString().equals(recorded);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<Instant> startInstant(ProcessHandle process) {
        return process.info().startInstant();
    }
}
