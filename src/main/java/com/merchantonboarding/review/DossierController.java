package com.merchantonboarding.review;

import com.merchantonboarding.common.Locales;
import com.merchantonboarding.documents.Document;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dossier and the documents of an application for the review forms in Tasklist. Callers are
 * checked by {@link TasklistAuthenticationFilter}; every read is logged with who read what.
 */
@RestController
@RequestMapping("/back-office/api/applications/{applicationId}")
class DossierController {

    private static final Logger log = LoggerFactory.getLogger(DossierController.class);

    private final Dossiers dossiers;

    DossierController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/dossier")
    Dossier dossier(@AuthenticationPrincipal BackOfficeUser user, @PathVariable UUID applicationId,
                    HttpServletRequest request) {
        Dossier dossier = dossiers.of(applicationId, request.getContextPath(),
                Locales.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        log.info("Dossier of application {} revision {} read by {}", applicationId, dossier.revision(),
                user.userId());
        return dossier;
    }

    /** The credit code's or the company name's region of an inspected licence, as OCR saw it. */
    @GetMapping("/documents/{documentId}/licence-regions/{region:code|name}")
    ResponseEntity<byte[]> licenceRegion(@AuthenticationPrincipal BackOfficeUser user, @PathVariable UUID applicationId,
                                         @PathVariable UUID documentId, @PathVariable String region) {
        byte[] png = dossiers.licenceRegion(applicationId, documentId, region);
        log.info("Licence {} region of document {} of application {} read by {}", region, documentId,
                applicationId, user.userId());
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).contentLength(png.length)
                .header("X-Content-Type-Options", "nosniff").body(png);
    }

    @GetMapping("/documents/{documentId}/content")
    ResponseEntity<byte[]> content(@AuthenticationPrincipal BackOfficeUser user, @PathVariable UUID applicationId,
                                   @PathVariable UUID documentId) {
        Document document = dossiers.document(applicationId, documentId);
        byte[] bytes = dossiers.content(document);
        log.info("Document {} of application {} read by {}", documentId, applicationId, user.userId());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getDetectedMediaType()))
                .contentLength(bytes.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.getFilename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
