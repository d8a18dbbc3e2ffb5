package io.github.nexmock.http;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer;
import io.github.nexmock.catalogue.Catalogue;
import io.github.nexmock.catalogue.CatalogueAnswer;
import io.github.nexmock.catalogue.CatalogueLog;
import io.github.nexmock.catalogue.DescribedOperation;
import io.github.nexmock.internal.api.ApiPath;
import java.time.Clock;
import java.util.Optional;

/**
 * WireMock's answer to a request no stub matched: the {@link Catalogue}'s, when the request is a described operation
 * (so any stub the user adds for the same request wins), logged in the {@link CatalogueLog}; otherwise the 404
 * problem of {@code fallback}. The request got here past {@link NexmoAuthFilter}, so it is authenticated.
 */
final class CatalogueRenderer extends NotMatchedRenderer {

    private final Catalogue catalogue;
    private final NotMatchedRenderer fallback;
    private final CatalogueLog log;
    private final Clock clock;

    CatalogueRenderer(Catalogue catalogue, NotMatchedRenderer fallback, CatalogueLog log, Clock clock) {
        this.catalogue = catalogue;
        this.fallback = fallback;
        this.log = log;
        this.clock = clock;
    }

    @Override
    protected ResponseDefinition render(Admin admin, ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String method = request.getMethod().getName();
        ApiPath path = ApiPath.of(request.getUrl());
        Optional<DescribedOperation> operation =
                path.api().isPresent() ? Optional.empty() : catalogue.operation(method, path.path());
        if (operation.isEmpty()) {
            return fallback.execute(admin, serveEvent, PathParams.empty());
        }
        ResponseDefinition answer = operation.get().answer(request);
        log.add(new CatalogueAnswer(
                clock.instant(),
                method,
                path.path(),
                operation.get().description(),
                operation.get().template(),
                answer.getStatus(),
                detail(answer)));
        return answer;
    }

    /** The words of an error answer, which WireMock does not send on (it renders an unmatched answer's status, type and body only). */
    private static String detail(ResponseDefinition answer) {
        HttpHeaders headers = answer.getHeaders();
        if (headers == null) {
            return null;
        }
        HttpHeader detail = headers.getHeader(CatalogueAnswer.DETAIL_HEADER);
        return detail.isPresent() ? detail.firstValue() : null;
    }
}
