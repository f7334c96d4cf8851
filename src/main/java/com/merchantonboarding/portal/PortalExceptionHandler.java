package com.merchantonboarding.portal;

import com.merchantonboarding.common.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of portal pages as pages in the merchant's language, before the API's problem+json handler sees them.
 * Another merchant's application is "not found", exactly like an unknown one.
 */
@ControllerAdvice(basePackageClasses = PortalExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ModelAndView api(ApiException e, HttpServletRequest request, HttpServletResponse response) {
        String key = switch (e.slug()) {
            case "not-found", "invalid-status", "concurrent-change" -> e.slug();
            default -> "other";
        };
        return page(e.status(), key, request, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badPath(HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, "not-found", request, response);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class,
            MismatchingMessageCorrelationException.class, DataIntegrityViolationException.class})
    ModelAndView concurrentChange(HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, "concurrent-change", request, response);
    }

    /** Anything else: Spring MVC's own errors keep their status; an unexpected failure is logged, never shown. */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse known) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return page(status, status == HttpStatus.NOT_FOUND ? "not-found" : "other", request, response);
        }
        log.error("Unexpected error on portal page {}", request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "other", request, response);
    }

    static ModelAndView page(HttpStatus status, String key, HttpServletRequest request,
                                     HttpServletResponse response) {
        ExtendedModelMap model = new ExtendedModelMap();
        PortalModel.populate(request, model);
        model.addAttribute("errorKey", key);
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("portal/error", model);
        page.setStatus(status);
        return page;
    }
}
