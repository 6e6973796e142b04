package org.ministerial.batch;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the JSON files of a results folder: pretty-printed, keys in insertion order, {@code \n} line ends on every
 * platform, decimals in plain notation, atomically renamed into place.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /** Writes the tree to {@code target}; the file appears complete or not at all. */
    /**
     * Reads a results file's JSON; a file cut short or corrupt is a {@link ResultsFolderException} naming the file
     * and line, not a parser's stack trace.
     */
    public static com.fasterxml.jackson.databind.JsonNode read(Path file) throws IOException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ResultsFolderException(file + ":" + line + ": not valid JSON (the file is cut short or "
                    + "corrupt): " + e.getOriginalMessage());
        }
    }

    public static void write(Path target, Map<String, Object> tree) throws IOException {
        try (AtomicFile file = new AtomicFile(target)) {
            WRITER.writeValue(file.writer(), tree);
            file.writer().write('\n');
            file.commit();
        }
    }
}
