package nl.eenplan.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded database's three roles, generated at the first start (SecureRandom,
 * 256 bits each) and kept in {@code <data folder>.passwords}, readable and writable by the owner only.
 */
public final class EmbeddedDbPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties passwords;

    private EmbeddedDbPasswords(Properties passwords) {
        this.passwords = passwords;
    }

    static Path fileOf(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".passwords");
    }

    static EmbeddedDbPasswords load(Path dataDir) throws IOException {
        var file = fileOf(dataDir);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no passwords of the embedded database at " + file);
        }
        var properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return new EmbeddedDbPasswords(properties);
    }

    /** The passwords kept for this data folder, or new ones (written before they are used). */
    static EmbeddedDbPasswords loadOrCreate(Path dataDir) throws IOException {
        if (Files.isRegularFile(fileOf(dataDir))) {
            var existing = load(dataDir);
            if (Roles.ALL.stream().allMatch(role -> existing.passwords.getProperty(role) != null)) {
                return existing;
            }
        }
        var properties = new Properties();
        Roles.ALL.forEach(role -> properties.setProperty(role, generate()));
        var created = new EmbeddedDbPasswords(properties);
        created.writeTo(fileOf(dataDir));
        return created;
    }

    public String of(String role) {
        var password = passwords.getProperty(role);
        if (password == null) {
            throw new IllegalStateException("no password for " + role);
        }
        return password;
    }

    void writeTo(Path file) throws IOException {
        var text = new StringWriter();
        passwords.store(text, "Passwords of EenPlan's embedded PostgreSQL; keep this file private");
        writePrivately(file, text.toString());
    }

    /** Writes a file only its owner may read, created so from the start (no moment readable by others). */
    static void writePrivately(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
