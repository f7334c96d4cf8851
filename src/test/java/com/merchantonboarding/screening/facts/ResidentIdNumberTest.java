package com.merchantonboarding.screening.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "35020319900101123X", // the merchant API's example
        "35020319900101123x", // a lower-case check character is the same number
        "11010519491231002X", // the example of GB 11643-1999
    })
    void acceptsNumbersWithTheirCheckCharacter(String number) {
        assertThat(ResidentIdNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "350203199001011230", // wrong check character
        "350203199001011239",
        "35020319900101123", // 17 characters
        "35020319900101123XX", // 19 characters
        "3502031990010112 X", // a space is not a digit
        "35020319900101A23X", // a letter among the digits
        "350203900101123", // the old 15-digit number, replaced in 2013
        "３５０２０３１９９００１０１１２３Ｘ", // full-width digits
        "440524188001010014", // the standard's other example: right check character, but born in 1880
    })
    void refusesMalformedNumbers(String number) {
        assertThat(ResidentIdNumber.isValid(number)).isFalse();
    }

    @Test
    void refusesImpossibleBirthDatesEvenWithTheRightCheckCharacter() {
        for (String first17 : new String[] {"35020319900230123", "35020319901301123", "35020319890229123",
                "35020318991231123"}) {
            String number = first17 + ResidentIdNumber.checkCharacter(first17);
            assertThat(ResidentIdNumber.isValid(number)).as(number).isFalse();
        }
        String leapDay = "35020319880229123";
        assertThat(ResidentIdNumber.isValid(leapDay + ResidentIdNumber.checkCharacter(leapDay))).isTrue();
    }

    @Test
    void refusesABirthDateAfterToday() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        String first17 = "350203" + tomorrow.format(DateTimeFormatter.BASIC_ISO_DATE) + "123";
        String today = "350203" + tomorrow.minusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE) + "123";

        assertThat(ResidentIdNumber.isValid(first17 + ResidentIdNumber.checkCharacter(first17))).isFalse();
        assertThat(ResidentIdNumber.isValid(today + ResidentIdNumber.checkCharacter(today))).isTrue();
    }

    @Test
    void todayIsTheApplicationsClockInChina() {
        String first17 = "35020320000602123"; // born on 2 June 2000
        String number = first17 + ResidentIdNumber.checkCharacter(first17);
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2000-06-01T15:59:59Z"))); // 23:59:59 on 1 June in China
            assertThat(ResidentIdNumber.isValid(number)).isFalse();
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2000-06-01T16:00:00Z"))); // midnight of 2 June in China
            assertThat(ResidentIdNumber.isValid(number)).isTrue();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void numbersWithLettersAreNotWrittenAsResidentIdNumbers() {
        assertThat(ResidentIdNumber.isWrittenAsOne("35020319900101123X")).isTrue();
        assertThat(ResidentIdNumber.isWrittenAsOne("350203199001011230")).isTrue();
        assertThat(ResidentIdNumber.isWrittenAsOne("3502 0319 9001 0112 3x")).isTrue();
        assertThat(ResidentIdNumber.isWrittenAsOne("350203900101123")).isTrue();
        assertThat(ResidentIdNumber.isWrittenAsOne("E12345678")).isFalse();
        assertThat(ResidentIdNumber.isWrittenAsOne("H12345678")).isFalse();
        assertThat(ResidentIdNumber.isWrittenAsOne("X123")).isFalse();
        assertThat(ResidentIdNumber.isWrittenAsOne(null)).isFalse();
        assertThat(ResidentIdNumber.isWrittenAsOne("")).isFalse();
    }

    @Test
    void checkCharacterNeedsSeventeenDigits() {
        assertThat(ResidentIdNumber.checkCharacter("35020319900101123")).isEqualTo('X');
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("3502031990010112A"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
