package com.merchantonboarding.screening.facts;

import com.merchantonboarding.common.Clocks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The GB 11643-1999 citizen identity number of mainland China: six digits of the place of registration, eight of
 * the date of birth ({@code yyyyMMdd}), three of a sequence and a check character (ISO 7064 MOD 11-2, where 10 is
 * written {@code X}). Residence permits of Hong Kong, Macao and Taiwan residents and the 2023 permanent residence
 * card of foreigners follow the same layout and check. A pure function: rules call it in their conditions.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern SEVENTEEN_DIGITS = Pattern.compile("[0-9]{17}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+[Xx]?");

    private ResidentIdNumber() {
    }

    /**
     * Whether {@code number} has 17 digits and a correct check character ({@code x} counts as {@code X}), and its
     * date of birth is a real date from 1900 on and not after today in China.
     */
    public static boolean isValid(String number) {
        if (number == null || number.length() != 18 || !SEVENTEEN_DIGITS.matcher(number.substring(0, 17)).matches()
                || Character.toUpperCase(number.charAt(17)) != checkCharacter(number.substring(0, 17))) {
            return false;
        }
        try {
            LocalDate born = LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
            return born.getYear() >= 1900 && !born.isAfter(LocalDate.ofInstant(Clocks.now(), CHINA));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Whether {@code number} is written as a resident identity number is: digits only, perhaps ending in {@code X}
     * (spaces ignored). Passports, Home Return Permits and other foreign documents carry letters ({@code E12345678},
     * {@code H12345678}); their numbers have no check that we could make.
     */
    public static boolean isWrittenAsOne(String number) {
        return number != null && DIGITS.matcher(number.replace(" ", "")).matches();
    }

    /** The check character for the first 17 digits (for making test data); throws on anything but 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || !SEVENTEEN_DIGITS.matcher(first17).matches()) {
            throw new IllegalArgumentException("needs 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
