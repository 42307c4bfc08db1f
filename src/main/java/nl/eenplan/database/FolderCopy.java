package nl.eenplan.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/** Copies a PostgreSQL data folder that may be in use: files may grow or vanish while it reads. */
final class FolderCopy {

    private FolderCopy() {}

    static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Copies {@code from} into {@code to}; of the top-level folders named in {@code contentLeftOut} only the
     * empty folder is made, the top-level files in {@code filesLeftOut} are skipped. Every file is forced
     * to disk.
     */
    static void copy(Path from, Path to, Set<String> contentLeftOut, Set<String> filesLeftOut) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                var relative = from.relativize(dir);
                Files.createDirectories(to.resolve(relative.toString()));
                var name = dir.getFileName().toString();
                if (relative.getNameCount() == 1 && contentLeftOut.contains(name) || name.startsWith("pgsql_tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                var relative = from.relativize(file);
                if (relative.getNameCount() == 1 && filesLeftOut.contains(relative.toString())) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    copyFile(file, to.resolve(relative.toString()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // dropped while copying; the WAL knows
                }
                throw e;
            }
        });
    }

    /** The segments and timeline histories in pg_wal, with its empty sub-folders. */
    static void copyWal(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve("archive_status"));
        Files.createDirectories(to.resolve("summaries"));
        try (var files = Files.list(from)) {
            for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                copyFile(file, to.resolve(file.getFileName().toString()));
            }
        }
    }

    static void writeDurably(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        force(file);
    }

    private static void copyFile(Path source, Path target) throws IOException {
        try {
            Files.copy(source, target);
        } catch (NoSuchFileException e) {
            return; // a file PostgreSQL removed while copying (such as a dropped table)
        }
        force(target);
    }

    private static void force(Path file) throws IOException {
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
