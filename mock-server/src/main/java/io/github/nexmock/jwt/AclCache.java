package io.github.nexmock.jwt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed {@code acl} claims by their decoded JSON value. The client tokens of an application nearly always carry the
 * same ACL, so a verifier parses it once instead of on every request. Bounded: emptied when full. Thread-safe.
 */
final class AclCache {

    private static final int CAPACITY = 256;

    private final Map<Map<?, ?>, Acl> parsed = new ConcurrentHashMap<>();

    /**
     * The ACL of a decoded {@code acl} claim, which must not be changed afterwards.
     *
     * @throws IllegalArgumentException as {@link Acl#fromClaim(Object)} does
     */
    Acl fromClaim(Object claim) {
        if (!(claim instanceof Map<?, ?> map)) {
            return Acl.fromClaim(claim);
        }
        Acl acl = parsed.get(map);
        if (acl == null) {
            acl = Acl.fromClaim(map);
            if (parsed.size() >= CAPACITY) {
                parsed.clear();
            }
            parsed.put(map, acl);
        }
        return acl;
    }
}
