package io.github.nexmock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserPagingTest {

    private final NexmoState state = NexmoState.inMemory();
    private String applicationId;

    @BeforeEach
    void sevenUsers() {
        applicationId = state.createApplication(ApplicationFields.of("app", TestKeys.FIRST))
                .id();
        for (int i = 1; i <= 7; i++) {
            state.createUser(applicationId, UserFields.named("user" + i));
        }
    }

    @Test
    void walksForwardInAscendingOrderWithoutGapsOrRepeats() {
        UserPage first = page(3, SortOrder.ASC, null);
        assertThat(names(first)).containsExactly("user1", "user2", "user3");
        assertThat(first.previous()).isNull();

        UserPage second = page(3, SortOrder.ASC, first.next());
        assertThat(names(second)).containsExactly("user4", "user5", "user6");

        UserPage third = page(3, SortOrder.ASC, second.next());
        assertThat(names(third)).containsExactly("user7");
        assertThat(third.next()).isNull();
    }

    @Test
    void walksForwardInDescendingOrder() {
        UserPage first = page(3, SortOrder.DESC, null);
        assertThat(names(first)).containsExactly("user7", "user6", "user5");

        UserPage second = page(3, SortOrder.DESC, first.next());
        assertThat(names(second)).containsExactly("user4", "user3", "user2");

        UserPage third = page(3, SortOrder.DESC, second.next());
        assertThat(names(third)).containsExactly("user1");
        assertThat(third.next()).isNull();
    }

    @Test
    void previousCursorLeadsBackToTheSamePageInBothOrders() {
        for (SortOrder order : SortOrder.values()) {
            UserPage first = page(3, order, null);
            UserPage second = page(3, order, first.next());
            UserPage third = page(3, order, second.next());

            assertThat(page(3, order, third.previous())).isEqualTo(second);
            assertThat(page(3, order, second.previous())).isEqualTo(first);
        }
    }

    @Test
    void cursorsSurviveInsertionsAndDeletions() {
        UserPage first = page(3, SortOrder.ASC, null);
        state.deleteUser(applicationId, first.users().get(2).id());
        state.deleteUser(
                applicationId,
                state.userByName(applicationId, "user4").orElseThrow().id());
        state.createUser(applicationId, UserFields.named("user8"));

        assertThat(names(page(3, SortOrder.ASC, first.next()))).containsExactly("user5", "user6", "user7");
    }

    @Test
    void cursorsUseOnlyUrlSafeCharactersAndParseBack() {
        List<UserCursor> cursors = new ArrayList<>();
        UserPage page = page(1, SortOrder.ASC, null);
        while (page.next() != null) {
            cursors.add(page.next());
            page = page(1, SortOrder.ASC, page.next());
            cursors.add(page.previous());
        }

        assertThat(cursors).hasSize(12).allSatisfy(cursor -> {
            assertThat(cursor.toString()).matches("[A-Za-z0-9_-]+");
            assertThat(UserCursor.parse(cursor.toString())).isEqualTo(cursor);
        });
    }

    @Test
    void refusesCursorItDidNotHandOut() {
        assertThatThrownBy(() -> UserCursor.parse("not a cursor!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a cursor!");
        assertThatThrownBy(() -> UserCursor.parse("aGVsbG8")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filtersByExactName() {
        UserPage page = state.users(applicationId, new UserQuery(10, SortOrder.ASC, null, "user3"));

        assertThat(names(page)).containsExactly("user3");
        assertThat(page.next()).isNull();
        assertThat(page.previous()).isNull();
        assertThat(state.users(applicationId, new UserQuery(10, SortOrder.ASC, null, "USER3"))
                        .users())
                .isEmpty();
    }

    @Test
    void readsOrderParameterInAnyCase() {
        assertThat(SortOrder.fromParameter("Desc")).isEqualTo(SortOrder.DESC);
        assertThat(SortOrder.ASC.parameter()).isEqualTo("asc");
        assertThatThrownBy(() -> SortOrder.fromParameter("sideways"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sideways");
        assertThatThrownBy(() -> UserQuery.firstPage(0, SortOrder.ASC)).isInstanceOf(IllegalArgumentException.class);
    }

    private UserPage page(int size, SortOrder order, UserCursor cursor) {
        return state.users(applicationId, new UserQuery(size, order, cursor, null));
    }

    private static List<String> names(UserPage page) {
        return page.users().stream().map(User::name).toList();
    }
}
