package com.merchantonboarding.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The shipped threshold separates the labelled set of {@link SharpnessCalibration}, with room on both sides. */
class SharpnessCalibrationTest {

    private static final double THRESHOLD = TestSetup.properties().minSharpness();
    /** The threshold sits at least this factor away from the nearest labelled image on either side. */
    private static final double MARGIN = 1.25;

    @Test
    void theThresholdSeparatesSharpFromBlurredLicences() {
        Map<String, Double> sharp = measure(SharpnessCalibration.sharp());
        Map<String, Double> blurred = measure(SharpnessCalibration.blurred());
        Map<String, Double> borderline = measure(SharpnessCalibration.borderline());
        report("sharp", sharp);
        report("blurred", blurred);
        report("borderline", borderline);
        double lowestSharp = sharp.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double highestBlurred = blurred.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        System.out.printf(Locale.ROOT, "lowest sharp %.1f, highest blurred %.1f, geometric middle %.1f, threshold %.1f%n",
                lowestSharp, highestBlurred, Math.sqrt(lowestSharp * highestBlurred), THRESHOLD);

        assertThat(sharp).allSatisfy((name, value) -> assertThat(value).as(name).isGreaterThanOrEqualTo(THRESHOLD * MARGIN));
        assertThat(blurred).allSatisfy((name, value) -> assertThat(value).as(name).isLessThanOrEqualTo(THRESHOLD / MARGIN));
    }

    private static Map<String, Double> measure(Map<String, BufferedImage> set) {
        Map<String, Double> values = new TreeMap<>();
        set.forEach((name, image) -> values.put(name, Sharpness.of(image)));
        return values;
    }

    private static void report(String label, Map<String, Double> values) {
        values.forEach((name, value) -> System.out.printf(Locale.ROOT, "| %s | %s | %.1f |%n", label, name, value));
    }
}
