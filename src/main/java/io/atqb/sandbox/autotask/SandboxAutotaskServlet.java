package io.atqb.sandbox.autotask;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves a {@link SandboxAutotask} from a servlet container, so the service can host the simulated Autotask under its
 * own Tomcat in sandbox mode. Map it to e.g. {@code /sandbox/autotask/*}; the zone URL is then
 * {@code <servlet URL>/ATServicesRest/} and the zone lookup URL {@code <servlet URL>/atservicesrest/}.
 */
public class SandboxAutotaskServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final transient SandboxAutotask autotask;

    public SandboxAutotaskServlet(SandboxAutotask autotask) {
        this.autotask = autotask;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            response.setStatus(413);
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String self = request.getRequestURL().toString();
        String servletRoot = self.substring(0, self.length() - rawPathInfoLength(request));
        SandboxResponse answer = autotask.handle(new SandboxRequest(request.getMethod(), path,
                request.getQueryString(), headers, body, servletRoot));
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (answer.body().length > 0) {
            response.setContentLength(answer.body().length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(answer.body());
            }
        }
    }

    /** Length of the part of the request URI below the servlet path (still encoded, as in the request URL). */
    private static int rawPathInfoLength(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + request.getServletPath();
        return uri.startsWith(prefix) ? uri.length() - prefix.length() : 0;
    }
}
