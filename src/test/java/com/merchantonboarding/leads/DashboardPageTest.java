package com.merchantonboarding.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantonboarding.leads.DashboardFigures.Activation;
import com.merchantonboarding.leads.DashboardFigures.AgeBucket;
import com.merchantonboarding.leads.DashboardFigures.DecisionTime;
import com.merchantonboarding.leads.DashboardFigures.FirstTimeRight;
import com.merchantonboarding.leads.DashboardFigures.OpenReviews;
import com.merchantonboarding.leads.DashboardFigures.SentBackReason;
import com.merchantonboarding.leads.DashboardFigures.StatusCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The page drawn from given figures, without a database: charts, markers and the figures' tables. */
class DashboardPageTest {

    private static final Instant NOW = Instant.parse("2026-12-09T10:00:00Z");

    @Test
    void drawsEveryChartWithItsMarkersAndFigures() {
        DashboardPeriod period = DashboardPeriod.of("2", "2026-12-09", NOW);
        Activation activation = new Activation(Instant.parse("2026-12-08T09:00:00Z"), "policy-7", "policy-7@abc");
        OpenReviews open = new OpenReviews(List.of(new AgeBucket(0, 1, 2, 0), new AgeBucket(1, 2, 0, 1),
                new AgeBucket(2, 3, 0, 0), new AgeBucket(3, 5, 1, 0), new AgeBucket(5, 7, 0, 0),
                new AgeBucket(7, 14, 0, 0), new AgeBucket(14, null, 0, 0)), 1, 2.0);
        String html = render(LeadsDashboard.view(period, NOW,
                List.of(new StatusCount(1, period.weekStart(1), "SUBMITTED", 6)),
                List.of(new DecisionTime(0, period.weekStart(0), 0, null, null),
                        new DecisionTime(1, period.weekStart(1), 3, 5.0, 25.0)),
                open, List.of(new SentBackReason("DOCUMENT_MISSING", 1, 0), new SentBackReason("OFFICER_REQUEST", 0, 1)),
                List.of(new FirstTimeRight(0, period.weekStart(0), 0, 0, 0),
                        new FirstTimeRight(1, period.weekStart(1), 3, 2, 1)),
                List.of(activation)));

        assertThat(html).contains("2026-11-30 to 2026-12-13", "SLA 2 d", ">policy-7<", "DOCUMENT_MISSING",
                "50 %", "data-status=\"SUBMITTED\">6<");
        assertThat(html.split("class=\"marker\"", -1)).hasSize(4);
        assertThat(html).contains("<polyline");
    }

    private static String render(LeadsDashboard.View view) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);

        // Links are built as in the application (context path "").
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        org.springframework.mock.web.MockHttpServletResponse response = new org.springframework.mock.web.MockHttpServletResponse();
        org.thymeleaf.web.servlet.JakartaServletWebApplication application = org.thymeleaf.web.servlet.JakartaServletWebApplication
                .buildApplication(new org.springframework.mock.web.MockServletContext());
        return engine.process("leads/dashboard", new org.thymeleaf.context.WebContext(
                application.buildExchange(request, response), null, Map.of("d", view)));
    }
}
