package dev.kam.plumbing.directory;

import dev.kam.kernel.UserId;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The directory's memory in two Caffeine caches of quarkus-cache, because the two kinds of answer
 * keep for different whiles ({@code kam.directory.known-ttl} and {@code unknown-ttl}, both bounded by
 * {@code kam.directory.max-entries}; wired in META-INF/microprofile-config.properties).
 */
@ApplicationScoped
class CachedDirectoryMemory implements DirectoryMemory {

    static final String KNOWN = "kam-directory-known";
    static final String UNKNOWN = "kam-directory-unknown";

    private final CaffeineCache known;
    private final CaffeineCache unknown;

    CachedDirectoryMemory(@CacheName(KNOWN) Cache known, @CacheName(UNKNOWN) Cache unknown) {
        this.known = known.as(CaffeineCache.class);
        this.unknown = unknown.as(CaffeineCache.class);
    }

    @Override
    public Optional<Person> known(UserId id) {
        CompletableFuture<Person> person = known.getIfPresent(id);
        return person == null ? Optional.empty() : Optional.of(person.join());
    }

    @Override
    public boolean knownToBeUnknown(UserId id) {
        return unknown.getIfPresent(id) != null;
    }

    @Override
    public void rememberKnown(Person person) {
        unknown.invalidate(person.id()).await().indefinitely();
        known.put(person.id(), CompletableFuture.completedFuture(person));
    }

    @Override
    public void rememberUnknown(UserId id) {
        known.invalidate(id).await().indefinitely();
        unknown.put(id, CompletableFuture.completedFuture(Boolean.TRUE));
    }
}
