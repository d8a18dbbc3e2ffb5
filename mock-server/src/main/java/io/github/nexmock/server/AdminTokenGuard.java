package io.github.nexmock.server;

import io.github.nexmock.api.Problem;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The admin token check in front of the whole {@code /__admin} context, WireMock's static pages (swagger-ui, recorder)
 * included, which WireMock serves without running its admin request filters; it runs before a body is read.
 */
final class AdminTokenGuard implements Filter {

    private final AdminTokenFilter token;

    AdminTokenGuard(AdminTokenFilter token) {
        this.token = token;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        Optional<Problem> refusal = token.refusal(request.getHeader("Authorization"));
        if (refusal.isEmpty()) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        RequestGuardFilter.send((HttpServletResponse) servletResponse, refusal.get());
    }
}
