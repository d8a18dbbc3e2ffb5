package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer;
import io.github.nexmock.api.ApiPath;
import io.github.nexmock.catalogue.Catalogue;
import io.github.nexmock.catalogue.CatalogueAnswer;
import io.github.nexmock.catalogue.CatalogueLog;
import io.github.nexmock.catalogue.DescribedOperation;
import java.time.Clock;
import java.util.Optional;

/**
 * The {@link Catalogue}'s answer to a described operation no stub matched, logged in the {@link CatalogueLog}. On
 * nexmock's own server {@link NexmoAuthFilter} asks for it once it knows no stub matches, so the answer goes out with
 * its headers like any other; on a WireMock the user built, WireMock asks for it as its answer to a request no stub
 * matched (where only the status, content type and body go out), and otherwise gets the 404 problem of
 * {@code fallback}. Either way the request got past {@link NexmoAuthFilter}, so it is authenticated.
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
        return answer(request, path, operation.get());
    }

    /** The answer of {@code operation} to {@code request}, recorded in the catalogue log. */
    ResponseDefinition answer(Request request, ApiPath path, DescribedOperation operation) {
        ResponseDefinition answer = operation.answer(request);
        log.add(new CatalogueAnswer(
                clock.instant(),
                request.getMethod().getName(),
                path.path(),
                operation.description(),
                operation.template(),
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
