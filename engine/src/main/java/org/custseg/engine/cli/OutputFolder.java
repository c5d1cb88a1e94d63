package org.custseg.engine.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code --out} folder, written all or nothing.
 *
 * <ol>
 * <li>{@link #check} runs before any computation: the folder (or its nearest existing parent) must be a writable
 * directory, and an existing folder may hold only files a run of this program writes ({@link #OWN_FILES}); anything
 * else (another file, a sub-folder) stops the run, naming it, so a result never mixes with or replaces foreign
 * files.</li>
 * <li>The files are written into a new temporary folder next to {@code --out} ({@link #staging}).</li>
 * <li>{@link #commit} puts the complete result in place: the previous result (if any) is moved aside, the new folder
 * renamed to {@code --out}, and the previous result deleted. Files of an earlier run that this run did not write
 * (e.g. a {@code profile-categories.csv} of a data set with text columns) disappear with it.</li>
 * <li>If the run or the writing fails (error, full disk), {@link #discard} deletes the temporary folder and the
 * previous contents of {@code --out} stay untouched.</li>
 * </ol>
 */
final class OutputFolder {

    /** The names a run may leave in {@code --out}. */
    static final Set<String> OWN_FILES = ownFiles();

    private static Set<String> ownFiles() {
        final java.util.Set<String> own = new java.util.TreeSet<>(OutputWriter.FILES);
        own.add("profile-categories.csv"); // written only when text columns are profiled
        own.add("stability.csv"); // written unless --stability 0
        return Set.copyOf(own);
    }

    private OutputFolder() {
    }

    /**
     * Checks, before the computation, that the results can be written to {@code out}.
     *
     * @param out the --out folder
     * @throws UsageException naming the folder and the reason
     */
    static void check(final Path out) throws UsageException {
        final Path abs = out.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new UsageException("--out " + out + " is a file, not a folder: choose a folder for the results.");
        }
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new UsageException("--out " + out + " cannot be created: " + existing + " is not a folder.");
        }
        final Path parent = abs.getParent() == null ? abs : abs.getParent();
        final Path probeIn = Files.exists(abs) ? parent : existing;
        // the result is staged next to --out and renamed into place, so the parent must be writable too
        try {
            final Path probe = Files.createTempFile(probeIn, ".segment-write-check-", ".tmp");
            Files.delete(probe);
        } catch (final IOException e) {
            throw new UsageException("--out " + out + " is not writable: " + reason(e, probeIn)
                + ". Choose a folder you can write to.");
        }
        if (Files.isDirectory(abs)) {
            final List<String> foreign = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(abs)) {
                for (final Path p : ds) {
                    final String name = p.getFileName().toString();
                    if (!OWN_FILES.contains(name) || !Files.isRegularFile(p)) {
                        foreign.add(name + (Files.isDirectory(p) ? "/" : ""));
                    }
                }
            } catch (final IOException e) {
                throw new UsageException("--out " + out + " cannot be read: " + reason(e, abs) + ".");
            }
            if (!foreign.isEmpty()) {
                foreign.sort(null);
                throw new UsageException("--out " + out + " holds files this program did not write ("
                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? ", ... " + foreign.size() + " in all" : "") + "); the results replace"
                    + " the whole folder, so choose a new or empty folder, or one holding only an earlier result.");
            }
        }
    }

    /** Plain words for why a write failed. */
    static String reason(final IOException e, final Path where) {
        if (e instanceof AccessDeniedException) {
            return "permission denied in " + where;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + " (" + where + ")";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /**
     * @param out the --out folder (checked)
     * @return a new empty folder next to it for the files of this run
     * @throws IOException if it cannot be created
     */
    static Path staging(final Path out) throws IOException {
        final Path abs = out.toAbsolutePath().normalize();
        final Path parent = abs.getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + abs.getFileName() + ".segment-new-");
    }

    /**
     * Moves the complete result into place.
     *
     * @param staged the folder with every file of this run
     * @param out the --out folder
     * @throws IOException if the result cannot be put in place (the previous result is then restored)
     */
    static void commit(final Path staged, final Path out) throws IOException {
        final Path abs = out.toAbsolutePath().normalize();
        Path old = null;
        if (Files.exists(abs)) {
            old = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".segment-old-");
            Files.delete(old);
            Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staged, abs, StandardCopyOption.ATOMIC_MOVE);
        } catch (final IOException e) {
            if (old != null) {
                Files.move(old, abs, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * Deletes a staging folder after a failure; never throws.
     *
     * @param staged the folder, may be {@code null}
     */
    static void discard(final Path staged) {
        if (staged != null) {
            try {
                deleteTree(staged);
            } catch (final IOException e) {
                // best effort: a leftover hidden folder next to --out is harmless and named in no result
            }
        }
    }

    private static void deleteTree(final Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (final Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
