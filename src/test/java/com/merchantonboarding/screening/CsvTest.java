package com.merchantonboarding.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsWhatASpreadsheetSaves() {
        String text = "\uFEFFCode , Name,Extra\r\n"
                + "5122,\"Drugs, Drug Proprietors, and Druggist’s Sundries\",x\r\n"
                + "\r\n"
                + "7995,\"Say \"\"hi\"\"\r\nthere\"\r\n"
                + "0742,Veterinary Services";

        List<Csv.Row> rows = Csv.parse("t.csv", text.getBytes(StandardCharsets.UTF_8), "code", "name");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("name")).isEqualTo("Drugs, Drug Proprietors, and Druggist’s Sundries");
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1).get("name")).isEqualTo("Say \"hi\"\r\nthere");
        assertThat(rows.get(1).get("extra")).isEmpty();
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(2).line()).isEqualTo(6);
        assertThat(rows.get(2).where()).isEqualTo("t.csv line 6");
    }

    @Test
    void quotedValuesKeepCommasAndLineBreaksAndLaterRowsKeepTheirLines() {
        String text = "code,en,zh-CN\n"
                + "A,\"One, two\nand three\",\"一，二\r\n三\"\n"
                + "B,\"a \"\"quoted\"\" word, then\n\n a blank line\",乙\n"
                + ",,\n"
                + "C,\"trailing\"text,丙\n";

        List<Csv.Row> rows = Csv.parse("t.csv", text.getBytes(StandardCharsets.UTF_8), "code", "en");

        assertThat(rows).extracting(Csv.Row::line).containsExactly(2, 5, 9);
        assertThat(rows.get(0).get("en")).isEqualTo("One, two\nand three");
        assertThat(rows.get(0).get("zh-cn")).isEqualTo("一，二\r\n三");
        assertThat(rows.get(1).get("en")).isEqualTo("a \"quoted\" word, then\n\n a blank line");
        assertThat(rows.get(2).get("en")).isEqualTo("trailingtext");
    }

    @Test
    void aHeaderAloneHasNoRowsAndAnEmptyFileNoHeader() {
        assertThat(Csv.parse("t.csv", "code,name\r\n".getBytes(StandardCharsets.UTF_8), "code")).isEmpty();
        assertThatThrownBy(() -> Csv.parse("t.csv", "\n\n".getBytes(StandardCharsets.UTF_8), "code"))
                .hasMessage("t.csv line 1: no header row");
    }

    @Test
    void missingColumnAndBadEncodingAreNamed() {
        assertThatThrownBy(() -> Csv.parse("t.csv", "code,label\n1,a\n".getBytes(StandardCharsets.UTF_8), "code", "name"))
                .hasMessage("t.csv line 1: no column 'name' (the header has [code, label])");
        assertThatThrownBy(() -> Csv.parse("t.csv", "code,name\n1,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), "code"))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> Csv.parse("t.csv", "code,name\n1,\"open\n".getBytes(StandardCharsets.UTF_8), "code"))
                .hasMessage("t.csv line 2: a quoted value is not closed");
        assertThatThrownBy(() -> Csv.parse("t.csv", "code,name\n1,\"a\nb\"\n2,\"open\n".getBytes(StandardCharsets.UTF_8), "code"))
                .hasMessage("t.csv line 4: a quoted value is not closed");
    }
}
