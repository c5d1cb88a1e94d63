import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints the build's one-line summaries of the plugin tests on real KNIME (run by knime-real-tests with
 * {@code java TestCounts.java ...}, no compilation needed):
 * <ul>
 * <li>{@code skipped <kit folder>}: the real-KNIME run was skipped because the kit is missing;</li>
 * <li>{@code compare <label> <reports of this run> <reports of the double's run>}: the number of tests of this run
 * next to the double's run (Surefire XML reports), and every test that ran in only one of them.</li>
 * </ul>
 */
public class TestCounts {

    public static void main(final String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("skipped")) {
            System.out.println("[real KNIME] SKIPPED the plugin tests on real KNIME 5.3.0 and 5.11.0: no kit at "
                + new File(args[1]).getCanonicalPath() + " (put the knime-real kit at ../shared/knime-real beside"
                + " the checkout to run them); the plugin tests ran on the KNIME API double only.");
            return;
        }
        if (args.length != 4 || !args[0].equals("compare")) {
            throw new IllegalArgumentException("usage: TestCounts skipped <kit> | compare <label> <reports> <double reports>");
        }
        final String label = args[1];
        final Run real = read(new File(args[2]));
        final Run dbl = read(new File(args[3]));
        final StringBuilder b = new StringBuilder("[real KNIME] plugin tests on ").append(label).append(": ")
            .append(real.describe()).append("; on the API double: ")
            .append(dbl.tests.isEmpty() ? "no reports (plugin module's tests not run in this build)" : dbl.describe());
        final List<String> onlyReal = new ArrayList<>(minus(real.tests, dbl.tests));
        final List<String> onlyDouble = new ArrayList<>(minus(dbl.tests, real.tests));
        if (!dbl.tests.isEmpty()) {
            b.append(onlyReal.isEmpty() && onlyDouble.isEmpty() ? "; the same tests" : "; differences below");
        }
        System.out.println(b);
        for (final String t : real.skippedTests) {
            System.out.println("[real KNIME]   skipped on " + label + ": " + t);
        }
        if (!dbl.tests.isEmpty()) {
            for (final String t : onlyReal) {
                System.out.println("[real KNIME]   only on " + label + ": " + t);
            }
            for (final String t : onlyDouble) {
                System.out.println("[real KNIME]   only on the API double: " + t);
            }
        }
    }

    private static Set<String> minus(final Set<String> a, final Set<String> b) {
        final Set<String> r = new TreeSet<>(a);
        r.removeAll(b);
        return r;
    }

    private static final class Run {
        final Set<String> tests = new TreeSet<>();

        int failed;

        int skipped;

        final List<String> skippedTests = new ArrayList<>();

        String describe() {
            return tests.size() + " tests, " + failed + " failed, " + skipped + " skipped";
        }
    }

    private static Run read(final File dir) throws Exception {
        final Run r = new Run();
        final File[] files = dir.listFiles((d, n) -> n.startsWith("TEST-") && n.endsWith(".xml"));
        if (files == null) {
            return r;
        }
        final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        for (final File file : files) {
            final NodeList cases = f.newDocumentBuilder().parse(file).getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                final Element c = (Element)cases.item(i);
                // dynamic tests share their factory's name: number repeated names
                final String base = c.getAttribute("classname") + " > " + c.getAttribute("name");
                String id = base;
                for (int n = 2; r.tests.contains(id); n++) {
                    id = base + " #" + n;
                }
                r.tests.add(id);
                if (c.getElementsByTagName("skipped").getLength() > 0) {
                    r.skipped++;
                    final Element sk = (Element)c.getElementsByTagName("skipped").item(0);
                    String why = sk.getAttribute("message");
                    if (why.isEmpty() && sk.getTextContent() != null) {
                        why = sk.getTextContent().strip().split("\\R", 2)[0]
                            .replaceFirst("^org\\.opentest4j\\.TestAbortedException: (Assumption failed: )?", "");
                    }
                    r.skippedTests.add(c.getAttribute("classname") + " > " + c.getAttribute("name")
                        + (why.isEmpty() ? "" : ": " + why));
                } else if (c.getElementsByTagName("failure").getLength() > 0
                    || c.getElementsByTagName("error").getLength() > 0) {
                    r.failed++;
                }
            }
        }
        return r;
    }
}
