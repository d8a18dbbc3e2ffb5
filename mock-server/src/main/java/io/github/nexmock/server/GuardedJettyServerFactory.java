package io.github.nexmock.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty 11 server with a {@link RequestGuardFilter} in front of both the stub and the admin servlets, and
 * {@link ProblemErrorHandler} answering what Jetty refuses before any servlet sees it.
 */
final class GuardedJettyServerFactory implements HttpServerFactory {

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler adminRequestHandler,
                                      StubRequestHandler stubRequestHandler) {
        return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
            @Override
            protected void applyAdditionalServerConfiguration(Server jettyServer, Options options) {
                super.applyAdditionalServerConfiguration(jettyServer, options);
                jettyServer.setErrorHandler(new ProblemErrorHandler());
            }

            @Override
            protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
                guard(context);
            }

            @Override
            protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
                guard(context);
            }
        };
    }

    private static void guard(ServletContextHandler context) {
        context.addFilter(new FilterHolder(new RequestGuardFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }
}
