package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;

/** WireMock's default stores with a {@link RedactingJournalStore} of {@code maxEntries} as the request journal. */
final class RedactingStores extends DefaultStores {

    private final RequestJournalStore journal;

    RedactingStores(FileSource filesRoot, int maxJournalEntries) {
        super(filesRoot);
        this.journal = new RedactingJournalStore(maxJournalEntries);
    }

    @Override
    public RequestJournalStore getRequestJournalStore() {
        return journal;
    }
}
