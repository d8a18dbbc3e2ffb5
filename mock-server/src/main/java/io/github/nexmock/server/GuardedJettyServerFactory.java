package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty 11 server with the idle timeout of {@link HttpLimits} on every connector (HTTP and HTTPS: the
 * HTTP/1.1 connection under TLS is the same {@code HttpConnection}), as a timeout for silence
 * and as a {@link HeaderDeadline} for request heads, a {@link RequestGuardFilter} in front of both the stub and the
 * admin servlets, an {@link AdminTokenGuard} in front of the whole admin context when there is an admin token, and
 * {@link ProblemErrorHandler} answering what Jetty refuses before any servlet sees it.
 * The filters come after WireMock's own (its CORS filter on the admin context), so they see the request last.
 */
final class GuardedJettyServerFactory implements HttpServerFactory {

    private final HttpLimits limits;
    private final AdminTokenFilter adminToken;
    private final BodyBudget budget;

    /** A factory applying {@code limits}, and requiring {@code adminToken} on {@code /__admin} unless it is null. */
    GuardedJettyServerFactory(HttpLimits limits, AdminTokenFilter adminToken) {
        this(limits, adminToken, BodyBudget.forHeap(limits.maxBodyBytes()));
    }

    GuardedJettyServerFactory(HttpLimits limits, AdminTokenFilter adminToken, BodyBudget budget) {
        this.limits = limits;
        this.adminToken = adminToken;
        this.budget = budget;
    }

    @Override
    public HttpServer buildHttpServer(
            Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
        return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
            @Override
            protected void applyAdditionalServerConfiguration(Server jettyServer, Options options) {
                super.applyAdditionalServerConfiguration(jettyServer, options);
                jettyServer.setErrorHandler(new ProblemErrorHandler());
                for (Connector connector : jettyServer.getConnectors()) {
                    ((ServerConnector) connector)
                            .setIdleTimeout(limits.idleTimeout().toMillis());
                    ((ServerConnector) connector)
                            .addEventListener(new HeaderDeadline(connector.getScheduler(), limits.idleTimeout()));
                    for (ConnectionFactory factory : connector.getConnectionFactories()) {
                        if (factory instanceof HttpConfiguration.ConnectionFactory http) {
                            // answer a Content-Length over the limit at once, not once the body starts arriving
                            http.getHttpConfiguration().setDelayDispatchUntilContent(false);
                        }
                    }
                }
            }

            @Override
            protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
                guardBodies(context);
            }

            @Override
            protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
                // Jetty itself would redirect /__admin to /__admin/ before any filter; WireMock routes it as well
                context.setAllowNullPathInfo(true);
                if (adminToken != null) {
                    context.addFilter(
                            new FilterHolder(new AdminTokenGuard(adminToken)),
                            "/*",
                            EnumSet.of(DispatcherType.REQUEST));
                }
                guardBodies(context);
            }
        };
    }

    private void guardBodies(ServletContextHandler context) {
        context.addFilter(
                new FilterHolder(new RequestGuardFilter(limits, budget)),
                "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
    }
}
