package org.custseg.knime.report;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.custseg.knime.report.ReportSettings.OverwritePolicy;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;

/**
 * Where the Segment Report writes its file, resolved the way KNIME's classic writer nodes resolve a location: the
 * setting (a URL such as {@code knime://knime.workflow/../output/report.html}, {@code knime://knime.mountpoint/...},
 * {@code file:///...}, or an absolute local path) becomes a URL with {@link FileUtil#toURL(String)}; KNIME's
 * protocol handlers resolve it with {@link FileUtil#resolveToPath(URL)} to a local file (written with
 * {@link Files}, missing folders created) or to a remote location (written with
 * {@link FileUtil#openOutputStream(URL, String)}, which cannot create folders).
 *
 * <p>Resolution needs KNIME's URL handlers and, for {@code knime://} URLs, the workflow the node runs in; both exist
 * while KNIME configures or executes the node.
 */
final class ReportTarget {

    private final String m_setting;

    private final URL m_url;

    private final Path m_local;

    private ReportTarget(final String setting, final URL url, final Path local) {
        m_setting = setting;
        m_url = url;
        m_local = local;
    }

    /**
     * Resolves the setting.
     *
     * @param setting the validated output location (see {@link ReportSettings#outputLocation()})
     * @return the target
     * @throws InvalidSettingsException naming the setting and why it cannot be resolved (for example a workflow
     *             relative URL that leaves the mount point, or a workflow that is not in a mount point)
     */
    static ReportTarget resolve(final String setting) throws InvalidSettingsException {
        final URL url;
        try {
            url = FileUtil.toURL(setting);
        } catch (final MalformedURLException | InvalidPathException e) {
            throw new InvalidSettingsException(label(setting) + " is not a URL or path KNIME can use: "
                + e.getMessage() + ". Enter a knime:// URL (e.g. knime://knime.workflow/../output/report.html), a "
                + "file:/// URL or an absolute local path.", e);
        }
        final Path local;
        try {
            local = FileUtil.resolveToPath(url);
        } catch (final IOException | URISyntaxException | RuntimeException e) {
            throw new InvalidSettingsException(label(setting) + " cannot be resolved: " + e.getMessage()
                + ". Choose a location inside the workflow's mount point, or pass a file:/// URL or an absolute "
                + "path (e.g. for a batch run, where the workflow has no mount point).", e);
        }
        return new ReportTarget(setting, url, local);
    }

    /** @return the local file, or {@code null} if the location is not a local file (e.g. a Hub space) */
    Path localFile() {
        return m_local;
    }

    /** @return what the output table reports: the local file, or the URL if it is not local */
    String describe() {
        return m_local != null ? m_local.toString() : m_url.toString();
    }

    /**
     * @return a warning for configure if the file exists and the policy is to fail (local files only; checking a
     *         remote location would need a connection), else {@code null}
     * @param policy the overwrite policy
     */
    String configureWarning(final OverwritePolicy policy) {
        if (m_local != null && policy == OverwritePolicy.FAIL && Files.exists(m_local)) {
            return "The '" + ReportSettings.LABEL_OUTPUT_FILE + "' " + where() + " exists; execution will fail "
                + "unless '" + ReportSettings.LABEL_OVERWRITE + "' is set to overwrite.";
        }
        return null;
    }

    /**
     * Checks before the (expensive) rendering that writing can work: not a folder; not existing when the policy is
     * to fail.
     *
     * @param policy the overwrite policy
     * @throws InvalidSettingsException if the file must not or cannot be written
     */
    void checkBeforeWriting(final OverwritePolicy policy) throws InvalidSettingsException {
        if (m_local != null) {
            if (Files.isDirectory(m_local)) {
                throw new InvalidSettingsException("The '" + ReportSettings.LABEL_OUTPUT_FILE + "' " + where()
                    + " is a folder. Enter the location of an HTML file, e.g. " + m_local.resolve("segments.html")
                    + ".");
            }
            if (policy == OverwritePolicy.FAIL && Files.exists(m_local)) {
                throw exists();
            }
        } else if (policy == OverwritePolicy.FAIL && remoteExists()) {
            throw exists();
        }
    }

    /**
     * Writes the page: a local file through {@link Files} (missing parent folders are created; with the fail policy
     * the file is created only if it does not exist), anything else through KNIME's URL connection.
     *
     * @param html the page
     * @param policy the overwrite policy
     * @throws InvalidSettingsException if the file exists and the policy is to fail, or a folder cannot be created
     * @throws IOException naming the location if writing fails
     */
    void write(final String html, final OverwritePolicy policy) throws InvalidSettingsException, IOException {
        checkBeforeWriting(policy);
        final byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        if (m_local != null) {
            createParentFolders();
            try {
                if (policy == OverwritePolicy.FAIL) {
                    Files.write(m_local, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } else {
                    Files.write(m_local, bytes);
                }
            } catch (final FileAlreadyExistsException e) {
                throw exists();
            } catch (final IOException e) {
                throw new IOException("Cannot write the '" + ReportSettings.LABEL_OUTPUT_FILE + "' " + where() + ": "
                    + e + ". Choose a file in a folder you can write to.", e);
            }
            return;
        }
        try (OutputStream out = FileUtil.openOutputStream(m_url, "PUT")) {
            out.write(bytes);
        } catch (final IOException e) {
            throw new IOException("Cannot write the '" + ReportSettings.LABEL_OUTPUT_FILE + "' " + where() + ": " + e
                + ". This location is not a local file, and KNIME cannot create missing folders through it: make "
                + "sure the folder exists and you may write to it.", e);
        }
    }

    private void createParentFolders() throws InvalidSettingsException {
        final Path parent = m_local.toAbsolutePath().getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (final IOException e) {
            throw new InvalidSettingsException("The folder " + parent + " of the '" + ReportSettings.LABEL_OUTPUT_FILE
                + "' " + where() + " does not exist and cannot be created (" + e
                + "). Create it yourself or choose a file in a folder you can write to.", e);
        }
    }

    private boolean remoteExists() throws InvalidSettingsException {
        try (InputStream in = FileUtil.openStreamWithTimeout(m_url)) {
            return true;
        } catch (final FileNotFoundException e) {
            return false;
        } catch (final IOException e) {
            throw new InvalidSettingsException("Cannot check whether the '" + ReportSettings.LABEL_OUTPUT_FILE + "' "
                + where() + " exists (" + e + "), so '" + ReportSettings.LABEL_OVERWRITE + "' = fail cannot be "
                + "honoured. Set it to overwrite, or choose another location.", e);
        }
    }

    private InvalidSettingsException exists() {
        return new InvalidSettingsException("The '" + ReportSettings.LABEL_OUTPUT_FILE + "' " + where()
            + " already exists and '" + ReportSettings.LABEL_OVERWRITE + "' is set to fail. Choose another file or set '"
            + ReportSettings.LABEL_OVERWRITE + "' to overwrite.");
    }

    private String where() {
        if (m_local != null && !m_local.toString().equals(m_setting)) {
            return "\"" + m_setting + "\" (" + m_local + ")";
        }
        return "\"" + m_setting + "\"";
    }

    private static String label(final String setting) {
        return "The '" + ReportSettings.LABEL_OUTPUT_FILE + "' \"" + setting + "\"";
    }
}
