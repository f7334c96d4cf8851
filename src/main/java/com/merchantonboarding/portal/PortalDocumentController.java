package com.merchantonboarding.portal;

import com.merchantonboarding.application.ApplicationView;
import com.merchantonboarding.application.Applications;
import com.merchantonboarding.common.ApiException;
import com.merchantonboarding.documents.Document;
import com.merchantonboarding.documents.DocumentType;
import com.merchantonboarding.documents.Documents;
import com.merchantonboarding.merchant.MerchantPrincipal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents step: uploads through {@link Applications#upload} with the refusal, if any, shown at the document
 * in the merchant's language; the inspection run at once, so that an unreadable image is reported now and not
 * only after submission; previews that only the owner can load.
 */
@Controller
@RequestMapping("/portal/applications/{id}")
class PortalDocumentController {

    private static final Logger log = LoggerFactory.getLogger(PortalDocumentController.class);

    private final Applications applications;
    private final Documents documents;
    private final ApplicationPages pages;
    private final MessageSource messages;

    PortalDocumentController(Applications applications, Documents documents, ApplicationPages pages,
                             MessageSource messages) {
        this.applications = applications;
        this.documents = documents;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/steps/documents")
    String show(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id, Locale locale,
                Model model) {
        ApplicationPages.Page page = pages.load(merchant, id, locale, model);
        Map<DocumentType, List<ApplicationView.DocumentView>> byType = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            byType.put(type, page.view().documents().stream().filter(d -> d.type() == type).toList());
        }
        model.addAttribute("step", Step.DOCUMENTS);
        model.addAttribute("documentsByType", byType);
        if (model.getAttribute("refusalSlug") instanceof String slug) {
            // A refusal before Spring MVC (UploadSizeFilter): only its slug is known there, not the language.
            model.addAttribute("refusal", messages.getMessage("upload.refused." + slug, null, locale));
        }
        return "portal/step-documents";
    }

    /** The document type is in the URL (not in the body), so that an upload refused unread still names it. */
    @PostMapping("/documents")
    String upload(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                  @RequestParam DocumentType type, @RequestParam(required = false) MultipartFile file, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        try {
            Document document = applications.upload(merchant.merchantId(), id, type,
                    file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
            inspectNow(document);
            redirect.addFlashAttribute("uploadedType", type);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("refusedType", type);
            redirect.addFlashAttribute("refusal", refusal(e, locale));
        }
        return "redirect:/portal/applications/" + id + "/steps/documents#document-" + type.name();
    }

    @PostMapping("/documents/{documentId}/delete")
    String remove(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                  @PathVariable UUID documentId, RedirectAttributes redirect) {
        DocumentType type = ownDocument(merchant, id, documentId).getType();
        applications.removeDocument(merchant.merchantId(), id, documentId);
        redirect.addFlashAttribute("removedType", type);
        return "redirect:/portal/applications/" + id + "/steps/documents#document-" + type.name();
    }

    /** The stored bytes for the page's preview: the owner's only, never sniffed, a PDF only as a download. */
    @GetMapping("/documents/{documentId}/preview")
    ResponseEntity<byte[]> preview(@AuthenticationPrincipal MerchantPrincipal merchant, @PathVariable UUID id,
                                   @PathVariable UUID documentId) {
        Document document = ownDocument(merchant, id, documentId);
        boolean image = document.getDetectedMediaType().startsWith("image/");
        ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(document.getFilename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getDetectedMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(documents.content(document));
    }

    /** A document of the merchant's own application; the application is checked first (another's is not found). */
    private Document ownDocument(MerchantPrincipal merchant, UUID applicationId, UUID documentId) {
        return documents.get(applications.get(merchant.merchantId(), applicationId).getId(), documentId);
    }

    /**
     * Inspects the new document now instead of at submission: the process inspects each document once and skips
     * one already inspected, so this only brings the answer forward (an image too small or too blurred to read is
     * reported at the document right away). If inspection fails here, the process inspects it after submission.
     */
    private void inspectNow(Document document) {
        try {
            documents.inspect(List.of(document.getId()));
        } catch (RuntimeException e) {
            log.warn("Inspection of document {} at upload failed; it is inspected after submission: {}",
                    document.getId(), e.toString());
        }
    }

    /** The refusal in the merchant's language: a text per problem type, the API's own detail for an unknown one. */
    private String refusal(ApiException e, Locale locale) {
        Object[] args = {e.getMessage(), e.properties().get("width"), e.properties().get("height"),
                e.properties().get("pageCount")};
        String specific = messages.getMessage("upload.refused." + e.slug(), args, null, locale);
        return specific != null ? specific : messages.getMessage("upload.refused.other", args, locale);
    }
}
