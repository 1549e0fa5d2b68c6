package dev.iodine.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.data.VR;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * decode(encode(s)) == s over the whole repertoire of each set: every BMP character the set accepts, encoded in one
 * value (so the encoder must switch designations back and forth) and decoded again. The counts are the sizes of
 * the code tables, so a set that silently loses or gains characters fails too.
 */
class RepertoireRoundTripTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // terms (backslash-separated)     | characters above 7F | why that many
        "ISO_IR 100                        | 96    ",  // 96-set in GR (A0-FF)
        "ISO_IR 126                        | 93    ",  // ISO 8859-7:2003 leaves AE, D2, FF unassigned
        "ISO_IR 166                        | 88    ",  // TIS 620 (87) plus A0
        "ISO_IR 13                         | 63    ",  // JIS X 0201 katakana A1-DF
        "\\ISO 2022 IR 87                  | 6879  ",  // JIS X 0208-1990
        "\\ISO 2022 IR 149                 | 8227  ",  // KS X 1001:2002: 2350 Hangul, 4888 Hanja, 989 others (€, ® and ㉾ added)
        "\\ISO 2022 IR 58                  | 7445  ",  // GB 2312
        "ISO 2022 IR 13\\ISO 2022 IR 87\\ISO 2022 IR 159 | 13009 ",  // 63 + 6879 + 6067, none shared
    })
    void everyCharacterOfTheRepertoireComesBack(String terms, int expected) {
        SpecificCharacterSet cs = SpecificCharacterSet.of(terms.split("\\\\", -1));
        StringBuilder all = new StringBuilder();
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c) && cs.canEncode(String.valueOf(c), VR.LT)) {
                // Interleave ASCII so that every character follows a switch back to the initial set.
                all.append(c).append(all.length() % 7 == 0 ? "a\r\n" : "");
            }
        }
        String s = all.toString();
        byte[] encoded = cs.encode(s, VR.LT);
        assertEquals(s, cs.decode(encoded, 0, encoded.length, VR.LT));
        assertEquals(expected, s.codePoints().filter(c -> c >= 0x80).count());
    }
}
