package org.iomt.core.catalogue;

import org.iomt.core.model.Csv;
import org.iomt.reports.record.Level;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every requirement row of {@code features/requirements/*.csv}, by key, with a digest that versions the whole. */
public final class RequirementCatalogue {

    static final List<String> HEADER =
            List.of("set", "id", "section", "summary", "level", "role", "pics", "not_tested_reason");

    private final Map<String, Requirement> byKey;
    private final String version;

    private RequirementCatalogue(Map<String, Requirement> byKey, String version) {
        this.byKey = byKey;
        this.version = version;
    }

    public static RequirementCatalogue load(Path directory) throws CatalogueException {
        if (!Files.isDirectory(directory)) {
            throw new CatalogueException("requirement catalogue folder not found: " + directory);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new CatalogueException("cannot list " + directory + ": " + e.getMessage());
        }
        Map<String, Requirement> byKey = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new CatalogueException("cannot read " + file + ": " + e.getMessage());
            }
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            for (Requirement r : parse(file, new String(bytes, StandardCharsets.UTF_8))) {
                if (byKey.putIfAbsent(r.key(), r) != null) {
                    throw new CatalogueException(file.getFileName() + ": requirement " + r.key() + " appears twice");
                }
            }
        }
        return new RequirementCatalogue(byKey, "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    private static List<Requirement> parse(Path file, String text) throws CatalogueException {
        String name = file.getFileName().toString();
        String set = name.substring(0, name.length() - ".csv".length());
        List<List<String>> rows = Csv.parse(text);
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new CatalogueException(name + ": the first line must be the header " + String.join(",", HEADER));
        }
        List<Requirement> result = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String where = name + " row " + (i + 1);
            if (row.size() != HEADER.size()) {
                throw new CatalogueException(where + ": expected " + HEADER.size() + " columns, found " + row.size());
            }
            if (!row.get(0).equals(set)) {
                throw new CatalogueException(where + ": set '" + row.get(0) + "' differs from the file name '" + set + "'");
            }
            if (row.get(1).isBlank() || row.get(3).isBlank()) {
                throw new CatalogueException(where + ": id and summary are required");
            }
            Level level;
            try {
                level = Level.valueOf(row.get(4));
            } catch (IllegalArgumentException e) {
                throw new CatalogueException(where + ": level must be MUST, SHOULD or MAY, not '" + row.get(4) + "'");
            }
            result.add(new Requirement(set, row.get(1), row.get(2), row.get(3), level, row.get(5), row.get(6), row.get(7)));
        }
        return result;
    }

    public Optional<Requirement> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<Requirement> all() {
        return byKey.values();
    }

    /** Digest of every catalogue file: two runs with the same version judged against the same rows. */
    public String version() {
        return version;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
