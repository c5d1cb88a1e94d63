package org.custseg.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No package of the project's main sources depends, directly or through others, on a package that depends back on
 * it. Dependencies are read from the sources: every {@code import} (also static) and every fully qualified
 * {@code org.custseg...} name in code. Checked for the engine and, when it sits beside the engine, the plugin.
 */
class PackageCycleTest {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** A qualified name of one of our classes: lower-case package segments, then an upper-case type name. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.custseg(?:\\.[a-z_][\\w]*)+)\\.[A-Z]");

    @Test
    void engineHasNoPackageCycle() throws IOException {
        final Map<String, Set<String>> graph = dependencies(Path.of("src", "main", "java"));
        assertTrue(graph.size() > 5, "expected the engine packages, found " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "package cycles in the engine");
    }

    @Test
    void pluginHasNoPackageCycle() throws IOException {
        final Path plugin = Path.of("..", "plugin", "src", "main", "java");
        if (!Files.isDirectory(plugin)) {
            return; // the engine built on its own, without the plugin beside it: nothing to check
        }
        final Map<String, Set<String>> graph = dependencies(plugin);
        assertTrue(graph.size() > 5, "expected the plugin packages, found " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "package cycles in the plugin");
    }

    @Test
    void detectsACycle() {
        final Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", Set.of("b"));
        graph.put("b", Set.of("c"));
        graph.put("c", Set.of("a"));
        graph.put("d", Set.of("a"));
        assertEquals(List.of("[a, b, c]"), cycles(graph));
    }

    @Test
    void readsImportsAndQualifiedNames() {
        final Set<String> deps = new TreeSet<>();
        collect("package org.custseg.x;\nimport org.custseg.y.Thing;\nimport static org.custseg.z.Util.f;\n"
            + "class A { org.custseg.w.Other o; org.custseg.x.Same s; }", "org.custseg.x", deps);
        assertEquals(Set.of("org.custseg.y", "org.custseg.z", "org.custseg.w"), deps);
    }

    /** Package -> the other project packages its files refer to. */
    private static Map<String, Set<String>> dependencies(final Path root) throws IOException {
        final Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (final Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                final String text = Files.readString(f);
                final Matcher m = PACKAGE.matcher(text);
                if (!m.find()) {
                    continue;
                }
                final String pkg = m.group(1);
                collect(text, pkg, graph.computeIfAbsent(pkg, k -> new TreeSet<>()));
            }
        }
        return graph;
    }

    private static void collect(final String text, final String pkg, final Set<String> into) {
        final Matcher r = REFERENCE.matcher(text);
        while (r.find()) {
            final String target = r.group(1);
            if (!target.equals(pkg)) {
                into.add(target);
            }
        }
    }

    /** Strongly connected components with more than one package (Tarjan), each listed in sorted order. */
    private static List<String> cycles(final Map<String, Set<String>> graph) {
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new TreeSet<>();
        final List<String> out = new ArrayList<>();
        final int[] counter = {0};
        for (final String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                strongConnect(v, graph, index, low, stack, onStack, out, counter);
            }
        }
        out.sort(null);
        return out;
    }

    private static void strongConnect(final String v, final Map<String, Set<String>> graph,
        final Map<String, Integer> index, final Map<String, Integer> low, final Deque<String> stack,
        final Set<String> onStack, final List<String> out, final int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (final String w : graph.getOrDefault(v, Set.of())) {
            if (!graph.containsKey(w)) {
                continue; // a package of another module
            }
            if (!index.containsKey(w)) {
                strongConnect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            final Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component.toString());
            }
        }
    }
}
