package io.github.nexmock.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The users of one application, indexed by id, by name and by creation sequence. Not thread-safe. */
final class UserDirectory {

    private final String applicationId;
    private final NavigableMap<Long, User> bySequence = new TreeMap<>();
    private final Map<String, Long> sequenceById = new HashMap<>();
    private final Map<String, String> idByName = new HashMap<>();

    UserDirectory(String applicationId) {
        this.applicationId = applicationId;
    }

    Optional<User> byId(String userId) {
        Long sequence = sequenceById.get(userId);
        return sequence == null ? Optional.empty() : Optional.of(bySequence.get(sequence));
    }

    User require(String userId) {
        return byId(userId).orElseThrow(() -> new UserNotFoundException(applicationId, userId));
    }

    long sequenceOf(String userId) {
        Long sequence = sequenceById.get(userId);
        if (sequence == null) {
            throw new UserNotFoundException(applicationId, userId);
        }
        return sequence;
    }

    Optional<User> byName(String name) {
        String userId = idByName.get(name);
        return userId == null ? Optional.empty() : byId(userId);
    }

    List<User> all() {
        return List.copyOf(bySequence.values());
    }

    NavigableMap<Long, User> bySequence() {
        return Collections.unmodifiableNavigableMap(bySequence);
    }

    /** Throws when putting this user at this sequence would break uniqueness of names or sequences. */
    void check(User user, long sequence) {
        String holder = idByName.get(user.name());
        if (holder != null && !holder.equals(user.id())) {
            throw new DuplicateUserNameException(applicationId, user.name());
        }
        User atSequence = bySequence.get(sequence);
        if (atSequence != null && !atSequence.id().equals(user.id())) {
            throw new IllegalArgumentException("sequence " + sequence + " already belongs to user " + atSequence.id());
        }
    }

    void put(User user, long sequence) {
        byId(user.id()).ifPresent(this::remove);
        bySequence.put(sequence, user);
        sequenceById.put(user.id(), sequence);
        idByName.put(user.name(), user.id());
    }

    void remove(User user) {
        bySequence.remove(sequenceById.remove(user.id()));
        idByName.remove(user.name());
    }

    /** The page of users a query asks for, with the cursors of the pages around it. */
    UserPage page(UserQuery query) {
        NavigableMap<Long, User> candidates = query.name() == null ? bySequence : withName(query.name());
        NavigableMap<Long, User> ordered = query.order() == SortOrder.ASC ? candidates : candidates.descendingMap();
        List<Map.Entry<Long, User>> entries = window(ordered, query.cursor(), query.pageSize());
        if (entries.isEmpty()) {
            return new UserPage(List.of(), null, null);
        }
        long first = entries.get(0).getKey();
        long last = entries.get(entries.size() - 1).getKey();
        List<User> users = entries.stream().map(Map.Entry::getValue).toList();
        return new UserPage(
                users,
                ordered.tailMap(last, false).isEmpty() ? null : UserCursor.after(last),
                ordered.headMap(first, false).isEmpty() ? null : UserCursor.before(first));
    }

    private NavigableMap<Long, User> withName(String name) {
        NavigableMap<Long, User> match = new TreeMap<>();
        String userId = idByName.get(name);
        if (userId != null) {
            long sequence = sequenceById.get(userId);
            match.put(sequence, bySequence.get(sequence));
        }
        return match;
    }

    private static List<Map.Entry<Long, User>> window(NavigableMap<Long, User> ordered, UserCursor cursor, int size) {
        if (cursor == null) {
            return take(ordered, size);
        }
        if (cursor.forward()) {
            return take(ordered.tailMap(cursor.sequence(), false), size);
        }
        List<Map.Entry<Long, User>> preceding =
                take(ordered.headMap(cursor.sequence(), false).descendingMap(), size);
        Collections.reverse(preceding);
        return preceding;
    }

    private static List<Map.Entry<Long, User>> take(NavigableMap<Long, User> entries, int size) {
        List<Map.Entry<Long, User>> taken = new ArrayList<>(Math.min(size, entries.size()));
        for (Map.Entry<Long, User> entry : entries.entrySet()) {
            if (taken.size() == size) {
                break;
            }
            taken.add(entry);
        }
        return taken;
    }
}
