package dev.supportcoach.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How the service listens and what it accepts.
 *
 * @param host the address to bind (default {@code 127.0.0.1}; {@code 0.0.0.0} for every interface)
 * @param port the port; 0 picks a free one
 * @param maxBodyBytes the largest single-case body, and the longest line of a JSON Lines stream (default 4 MiB)
 * @param maxStreamBytes the largest JSON Lines body (default 256 MiB)
 * @param threads the most worker threads serving requests (default 8 + 2 per core)
 * @param idleTimeout how long a connection may stall, reading or writing, before it is closed (default 30 s)
 * @param stopTimeout how long a graceful stop waits for requests in flight (default 10 s)
 * @param reloadToken the bearer token that {@code POST /v1/reload} requires; {@code null} turns reload off
 */
public record ServiceConfig(String host, int port, int maxBodyBytes, long maxStreamBytes, int threads,
                            Duration idleTimeout, Duration stopTimeout, String reloadToken) {
    public static final int DEFAULT_MAX_BODY = 4 * 1024 * 1024;
    public static final long DEFAULT_MAX_STREAM = 256L * 1024 * 1024;

    /**
     * @throws IllegalArgumentException if a size, count or time is not positive, or the port is out of range
     */
    public ServiceConfig {
        Objects.requireNonNull(host, "host must not be null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        if (maxBodyBytes <= 0 || maxStreamBytes <= 0 || threads < 4) {
            throw new IllegalArgumentException("sizes must be positive, and threads at least 4");
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout must not be null");
        Objects.requireNonNull(stopTimeout, "stopTimeout must not be null");
        if (reloadToken != null && reloadToken.isBlank()) {
            reloadToken = null;
        }
    }

    /** The defaults, on {@code 127.0.0.1:port}. */
    public static ServiceConfig defaults(int port) {
        return new ServiceConfig("127.0.0.1", port, DEFAULT_MAX_BODY, DEFAULT_MAX_STREAM,
                8 + 2 * Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(30), Duration.ofSeconds(10), null);
    }

    public ServiceConfig withHost(String h) {
        return new ServiceConfig(h, port, maxBodyBytes, maxStreamBytes, threads, idleTimeout, stopTimeout, reloadToken);
    }

    public ServiceConfig withMaxBodyBytes(int n) {
        return new ServiceConfig(host, port, n, maxStreamBytes, threads, idleTimeout, stopTimeout, reloadToken);
    }

    public ServiceConfig withMaxStreamBytes(long n) {
        return new ServiceConfig(host, port, maxBodyBytes, n, threads, idleTimeout, stopTimeout, reloadToken);
    }

    public ServiceConfig withThreads(int n) {
        return new ServiceConfig(host, port, maxBodyBytes, maxStreamBytes, n, idleTimeout, stopTimeout, reloadToken);
    }

    public ServiceConfig withIdleTimeout(Duration d) {
        return new ServiceConfig(host, port, maxBodyBytes, maxStreamBytes, threads, d, stopTimeout, reloadToken);
    }

    public ServiceConfig withReloadToken(String token) {
        return new ServiceConfig(host, port, maxBodyBytes, maxStreamBytes, threads, idleTimeout, stopTimeout, token);
    }
}
