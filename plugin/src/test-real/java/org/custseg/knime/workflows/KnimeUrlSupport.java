package org.custseg.knime.workflows;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.Proxy;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Path;
import java.util.Optional;

import org.knime.core.node.workflow.NodeContext;
import org.knime.core.node.workflow.contextv2.WorkflowContextV2;
import org.knime.core.util.urlresolve.KnimeUrlResolver;

/**
 * KNIME's resolution of {@code knime://} URLs, for tests on real KNIME (the kit) outside an OSGi framework.
 *
 * <p>What is KNIME's own: the workflow context ({@link WorkflowContextV2}, built as KNIME builds it for the
 * Analytics Platform executor, with or without a mount point) and the resolution itself
 * ({@link KnimeUrlResolver#getResolver(WorkflowContextV2)}{@code .resolve(url)}, which refuses e.g. workflow-relative
 * URLs that leave the mount point, or any that need a mount point the workflow does not have).
 *
 * <p>What is a stand-in: the {@code knime:} protocol handler. In KNIME 5.3 it is registered through OSGi by
 * {@code org.knime.workbench.explorer} (5.11: {@code org.knime.core.internal.knimeurl.ExplorerURLStreamHandler});
 * neither registration exists in a plain JVM. {@link #HANDLER} does what both do for local workflows: it takes the
 * {@link WorkflowContextV2} from the current {@link NodeContext}, resolves the URL with KNIME's resolver and opens a
 * connection on the result. KNIME's node context holds the node container, from whose workflow it gets the context;
 * there is no workflow manager in the kit, so the tests push the {@link WorkflowContextV2} itself
 * ({@link #pushContext(WorkflowContextV2)}).
 */
public final class KnimeUrlSupport {

    /** The stand-in {@code knime:} handler (see the class comment). */
    public static final URLStreamHandler HANDLER = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(final URL u) throws IOException {
            return resolve(currentContext(), u).openConnection();
        }

        @Override
        protected URLConnection openConnection(final URL u, final Proxy p) throws IOException {
            return openConnection(u);
        }
    };

    private static boolean s_installed;

    private KnimeUrlSupport() {
    }

    /**
     * The workflow context KNIME gives a local workflow.
     *
     * @param workflowDir the workflow folder
     * @param mountRoot the root of the LOCAL mount point, or {@code null} for none (KNIME's batch executor 5.3-5.8)
     * @param batch whether the executor runs in batch mode
     * @return the context
     */
    public static WorkflowContextV2 context(final Path workflowDir, final Path mountRoot, final boolean batch) {
        return WorkflowContextV2.builder().withAnalyticsPlatformExecutor(exec -> {
            var b = exec.withCurrentUserAsUserId().withLocalWorkflowPath(workflowDir.toAbsolutePath().normalize());
            if (mountRoot != null) {
                b = b.withMountpoint("LOCAL", mountRoot.toAbsolutePath().normalize());
            }
            return b.withBatchMode(batch);
        }).withLocalLocation().build();
    }

    /**
     * @param s a URL as written in a setting
     * @return the URL ({@code knime:} URLs with the stand-in handler)
     * @throws MalformedURLException if it is no URL
     */
    public static URL url(final String s) throws MalformedURLException {
        final String encoded = s.replace(" ", "%20");
        return s.regionMatches(true, 0, "knime:", 0, 6) ? new URL(null, encoded, HANDLER) : new URL(encoded);
    }

    /**
     * @param context the workflow context
     * @param url a URL
     * @return what KNIME's resolver makes of it for that workflow
     * @throws IOException with KNIME's message if KNIME refuses it
     */
    public static URL resolve(final WorkflowContextV2 context, final URL url) throws IOException {
        return KnimeUrlResolver.getResolver(context).resolve(url);
    }

    /**
     * Registers the stand-in handler JVM-wide (so {@code new URL("knime://...")}, and with it KNIME's
     * {@code FileUtil.toURL}, works) and lets {@link NodeContext} hand out a pushed {@link WorkflowContextV2}.
     * Idempotent.
     */
    public static synchronized void install() {
        if (s_installed) {
            return;
        }
        URL.setURLStreamHandlerFactory(protocol -> "knime".equalsIgnoreCase(protocol) ? HANDLER : null);
        NodeContext.addContextObjectSupplier(new NodeContext.ContextObjectSupplier() {
            @Override
            public <C> Optional<C> getObjOfClass(final Class<C> cls, final Object src) {
                return cls.isInstance(src) ? Optional.of(cls.cast(src)) : Optional.empty();
            }
        });
        s_installed = true;
    }

    /**
     * Makes a workflow context current, as KNIME does while it configures or executes a node of that workflow.
     *
     * @param context the context
     */
    public static void pushContext(final WorkflowContextV2 context) {
        NodeContext.pushContext((Object)context);
    }

    /** Ends {@link #pushContext(WorkflowContextV2)}. */
    public static void popContext() {
        NodeContext.removeLastContext();
    }

    private static WorkflowContextV2 currentContext() throws IOException {
        final NodeContext ctx = NodeContext.getContext();
        if (ctx == null) {
            throw new IOException("No context for relative URL available");
        }
        return ctx.getContextObjectForClass(WorkflowContextV2.class)
            .orElseThrow(() -> new IOException("No workflow context for the URL"));
    }
}
