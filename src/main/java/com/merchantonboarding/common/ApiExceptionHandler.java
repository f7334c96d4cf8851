package com.merchantonboarding.common;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the REST API into problem+json: no stack trace, no class name.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApi(ApiException e) {
        ProblemDetail problem = Problems.of(e.status(), e.slug(), e.title(), e.getMessage());
        Problems.withProperties(problem, e.properties());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        e.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds.toString()));
        return response.body(problem);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class,
            MismatchingMessageCorrelationException.class, DataIntegrityViolationException.class})
    ResponseEntity<ProblemDetail> handleConcurrentChange(RuntimeException e) {
        log.info("Concurrent change refused with 409: {}", e.getClass().getSimpleName());
        return handleApi(ApiException.retriableConflict(
                "The application was changed at the same time by another request or by the review process. "
                        + "Nothing was saved; reload the application and try again."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getRequiredType() != null && e.getRequiredType().getName().equals("java.util.UUID")) {
            return handleApi(ApiException.notFound("The " + e.getName()));
        }
        return handleApi(new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "The parameter '" + e.getName() + "' has an invalid value."));
    }

    /** A multipart body Tomcat cannot take apart, such as a file name with a NUL character. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> handleMultipart(MultipartException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
                return handleApi(new ApiException(HttpStatus.BAD_REQUEST, "invalid-file-name", "Invalid file name",
                        "The file name contains a character that is not allowed (such as NUL); rename the file."));
            }
        }
        return handleApi(new ApiException(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                "The multipart request could not be read."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        if (DatabaseOutage.isCause(e)) {
            log.error("The API answered 503: the database cannot be reached ({})", DatabaseOutage.describe(e));
            return handleApi(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                    "Service unavailable", DatabaseOutage.DETAIL).retryAfter(java.time.Duration.ofSeconds(30)));
        }
        log.error("Unexpected error in the API", e);
        return handleApi(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on our side. Nothing was changed; please try again later."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(fe -> new Problems.FieldError(fe.getField(), fe.getCode() == null ? "Invalid" : fe.getCode(),
                        fe.getDefaultMessage()))
                .toList();
        String detail = errors.stream().map(fe -> fe.field() + ": " + fe.message()).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(Problems.validation(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = ex.getAllErrors().stream()
                .map(err -> new Problems.FieldError(
                        err instanceof org.springframework.validation.FieldError fe ? fe.getField() : "request",
                        "Invalid", err.getDefaultMessage()))
                .toList();
        String detail = errors.stream().map(fe -> fe.field() + ": " + fe.message()).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(Problems.validation(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            String field = path(ife);
            String allowed = Arrays.stream(ife.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            String message = "'" + ife.getValue() + "' is not one of " + allowed;
            return ResponseEntity.badRequest().body(Problems.validation(field + ": " + message,
                    List.of(new Problems.FieldError(field, "UnknownValue", message))));
        }
        if (cause instanceof UnrecognizedPropertyException upe) {
            String field = path(upe);
            return ResponseEntity.badRequest().body(Problems.validation("Unknown field: " + field,
                    List.of(new Problems.FieldError(field, "UnknownField", "is not a field of this request"))));
        }
        if (cause instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            String field = path(mie);
            return ResponseEntity.badRequest().body(Problems.validation(field + ": has the wrong type",
                    List.of(new Problems.FieldError(field, "WrongType", "has the wrong type"))));
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-body",
                "Malformed request body", "The request body is not valid JSON or is missing."));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                "file-too-large", "File too large", "The upload is larger than the accepted size of a file (10 MB)."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(URI.create("urn:merchant-onboarding:problem:http-" + statusCode.value()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
