package dev.iodine.tools.dict;

import dev.iodine.tools.StandardFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iodine.data.VR;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written {@link VR} enum against PS3.5 Table 6.2-1 (derived/ps3.5-vr-table.json). */
class VrTableTest {

    private static final Pattern ROW =
            Pattern.compile("\"vr\":\\s*\"(\\w\\w)\".*?\"lengthOfValue\":\\s*\"([^\"]*)\"", Pattern.DOTALL);
    private static final Pattern LENGTH = Pattern.compile("^(\\d+) (bytes|chars) (maximum|fixed)\\b");

    @Test
    void everyVrOfPs35IsInTheEnumWithItsLengthLimit() throws IOException {
        String json = Files.readString(StandardFolder.require().resolve("derived/ps3.5-vr-table.json"),
                StandardCharsets.UTF_8);
        Matcher m = ROW.matcher(json);
        List<String> codes = new ArrayList<>();
        int limits = 0;
        while (m.find()) {
            VR vr = VR.of(m.group(1));
            codes.add(vr.name());
            Matcher length = LENGTH.matcher(m.group(2));
            if (length.find()) {
                assertEquals(Integer.parseInt(length.group(1)), vr.limit(), vr + ": " + m.group(2));
                limits++;
            }
        }
        assertEquals(VR.values().length, codes.size());
        assertEquals(34, codes.size());
        assertEquals(23, limits); // every VR whose length PS3.5 gives as a small number of bytes or characters
    }
}
