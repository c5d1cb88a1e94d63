package org.knime.core.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Stand-in for the URL members of KNIME's {@code org.knime.core.util.FileUtil} (5.3 signatures, checked with
 * {@code javap} against the kit's {@code knime-core-5.3.0.jar}). Only what the nodes use: turning a setting into a URL,
 * resolving a URL to a local path, opening output and input streams.
 *
 * <p>Outside KNIME there is no {@code knime:} protocol handler, so {@code knime://} URLs cannot even be constructed
 * here (as in any plain JVM); {@code file:} URLs resolve to their path, every other protocol to {@code null} (remote),
 * as in KNIME.
 */
public final class FileUtil {

    private static final int DEFAULT_TIMEOUT_MILLIS = 1000;

    private FileUtil() {
    }

    /**
     * A URL for a string that is a URL or a local path (as KNIME: spaces in a URL are encoded as a fallback; a
     * string that is no URL is taken as a path and made absolute).
     *
     * @param path a URL or a local path
     * @return the URL
     * @throws MalformedURLException if the path cannot be turned into a URL
     * @throws InvalidPathException if the string is empty or not a valid path
     */
    public static URL toURL(final String path) throws MalformedURLException, InvalidPathException {
        if (path.isEmpty()) {
            throw new InvalidPathException("", "Empty path");
        }
        try {
            return new URL(path.replace(" ", "%20"));
        } catch (final MalformedURLException ex) {
            return Paths.get(path).toAbsolutePath().toUri().toURL();
        }
    }

    /**
     * The local path a URL points to, or {@code null} if it points to something that is not a local file.
     *
     * @param url any URL
     * @return the local path or {@code null}
     * @throws IOException if the URL cannot be resolved
     * @throws URISyntaxException if the URL is not a valid URI
     */
    public static Path resolveToPath(final URL url) throws IOException, URISyntaxException {
        if (!"file".equalsIgnoreCase(url.getProtocol())) {
            return null;
        }
        if (url.getPath().contains(" ")) {
            return Paths.get(new URL(url.toString().replace(" ", "%20")).toURI());
        }
        return Paths.get(url.toURI());
    }

    /**
     * Opens an output connection (for http the given method) and returns its stream.
     *
     * @param url any URL
     * @param httpMethod the HTTP method in case the URL is http
     * @return the output stream
     * @throws IOException if the connection cannot be opened for output
     */
    public static OutputStream openOutputStream(final URL url, final String httpMethod) throws IOException {
        final URLConnection c = url.openConnection();
        if (c instanceof java.net.HttpURLConnection) {
            ((java.net.HttpURLConnection)c).setRequestMethod(httpMethod);
        }
        c.setDoOutput(true);
        c.connect();
        return c.getOutputStream();
    }

    /**
     * Opens an input stream with KNIME's default timeout (1000 ms when the property is not set).
     *
     * @param url any URL
     * @return the input stream
     * @throws IOException if the URL cannot be read
     */
    public static InputStream openStreamWithTimeout(final URL url) throws IOException {
        final URLConnection c = url.openConnection();
        c.setConnectTimeout(DEFAULT_TIMEOUT_MILLIS);
        c.setReadTimeout(DEFAULT_TIMEOUT_MILLIS);
        return c.getInputStream();
    }
}
