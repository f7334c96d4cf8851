package com.merchantonboarding.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aBusyServerSaysWhenToComeBackInTheHeaderAndTheProblem() {
        ResponseEntity<ProblemDetail> response = handler.handleApi(new ApiException(HttpStatus.TOO_MANY_REQUESTS,
                "simulation-running", "A simulation is running", "Try again later.").retryAfter(Duration.ofMillis(9500)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("9");
        assertThat(response.getBody().getProperties()).containsEntry("retryAfterSeconds", 9L);
        assertThat(response.getBody().getDetail()).isEqualTo("Try again later.");
    }

    @Test
    void otherProblemsCarryNoRetryAfter() {
        ResponseEntity<ProblemDetail> response = handler.handleApi(ApiException.notFound("The application"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)).isFalse();
    }
}
