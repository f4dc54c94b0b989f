package vn.gov.qlvb.web.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The UI texts: Vietnamese first (the default bundle is the Vietnamese one, byte for byte), the
 * same keys in English, and no key defined twice (the second would silently win).
 */
class BundlesTest {

    private static final Path DIR = Path.of("src/main/resources/vn/gov/qlvb/web/i18n");

    private static List<String> keys(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && l.contains("=")) {
                keys.add(l.substring(0, l.indexOf('=')).strip());
            }
        }
        return keys;
    }

    private static Set<String> duplicates(List<String> keys) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        keys.forEach(k -> {
            if (!seen.add(k)) {
                twice.add(k);
            }
        });
        return twice;
    }

    @Test
    void theDefaultBundleIsTheVietnameseOne() throws IOException {
        assertArrayEquals(
                Files.readAllBytes(DIR.resolve("messages_vi.properties")),
                Files.readAllBytes(DIR.resolve("messages.properties")));
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        assertEquals(Set.of(), duplicates(keys("messages.properties")));
        assertEquals(Set.of(), duplicates(keys("messages_en.properties")));
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(keys("messages.properties")), new TreeSet<>(keys("messages_en.properties")));
    }
}
