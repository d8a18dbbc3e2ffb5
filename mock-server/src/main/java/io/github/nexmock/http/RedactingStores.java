package io.github.nexmock.http;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;

/** WireMock's default stores with a {@link RedactingJournalStore} as the request journal. */
final class RedactingStores extends DefaultStores {

    private final RequestJournalStore journal = new RedactingJournalStore();

    public RedactingStores(FileSource filesRoot) {
        super(filesRoot);
    }

    @Override
    public RequestJournalStore getRequestJournalStore() {
        return journal;
    }
}
