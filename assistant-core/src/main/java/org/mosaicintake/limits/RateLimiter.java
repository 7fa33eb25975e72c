package org.mosaicintake.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (a client address, a clinic, an intake) for one kind of request, refilled
 * greedily over a minute (Bucket4j). Buckets that are full again are forgotten when many exist, so
 * memory stays bounded however many addresses call. Thread-safe.
 */
public final class RateLimiter {

    /** Past this many keys, full buckets (nobody is being held back) are dropped. */
    private static final int TIDY_AT = 10_000;

    private final String name;
    private final long perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param name      what is limited, for messages ("intake starts")
     * @param perMinute how many per key per minute; at least 1
     */
    public RateLimiter(String name, long perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("'" + name + "' must allow at least 1 a minute, was " + perMinute);
        }
        this.name = name;
        this.perMinute = perMinute;
    }

    public String name() {
        return name;
    }

    /** Takes one for {@code key}; empty when allowed, else how long until one is free. */
    public Optional<Duration> take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether {@code key} has none left, without taking one: how long until one is free. */
    public Optional<Duration> exhausted(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key) {
        if (buckets.size() > TIDY_AT) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= perMinute);
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build());
    }
}
