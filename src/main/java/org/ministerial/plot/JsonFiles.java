package org.ministerial.plot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the JSON files of a results folder and sensitivity files, with messages that name the file and line. */
final class JsonFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {
    }

    static JsonNode read(Path file) throws PlotException {
        if (!Files.isRegularFile(file)) throw new PlotException(file + ": no such file");
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new PlotException(file + ":" + line + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PlotException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static Optional<JsonNode> readIfPresent(Path file) throws PlotException {
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }
}
