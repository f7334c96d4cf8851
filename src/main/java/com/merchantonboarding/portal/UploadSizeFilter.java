package com.merchantonboarding.portal;

import com.merchantonboarding.documents.DocumentType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload over the container's multipart limit fails before Spring MVC, and before the CSRF check can read its
 * token: without this filter the merchant would get a 403 or the API's problem+json. Here the parts are read
 * first; if they are too large, the merchant is sent back to the document with the "file too large" answer.
 * The document type is in the form's URL, so it is known even when the body is not read.
 */
final class UploadSizeFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "file-too-large";
    private static final Pattern UPLOAD = Pattern.compile("/portal/applications/([0-9a-fA-F-]{36})/documents");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod()) || contentType == null
                || !contentType.toLowerCase().startsWith("multipart/")
                || !UPLOAD.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException tooLarge) {
            Matcher upload = UPLOAD.matcher(path(request));
            upload.matches();
            String type = request.getParameter("type");
            boolean known = type != null && Arrays.stream(DocumentType.values()).anyMatch(t -> t.name().equals(type));
            String target = request.getContextPath() + "/portal/applications/" + upload.group(1) + "/steps/documents";
            FlashMap flash = new FlashMap();
            flash.put("refusalSlug", TOO_LARGE);
            if (known) {
                flash.put("refusedType", DocumentType.valueOf(type));
            }
            flash.setTargetRequestPath(target);
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.sendRedirect(target + (known ? "#document-" + type : ""));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
