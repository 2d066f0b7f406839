package mqttlab.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The import graph flows one way (issue 17): no cycle between the lab's top-level packages, and inside
 * the broker none but connection and session, which point at each other. The graph is read from the
 * compiled classes with jdeps, so it sees every reference the compiler kept, imported or written out
 * in full. A failure names the packages of the cycle and, per edge, the classes that make it.
 */
class PackageCyclesTest {
    private static final String LAB = "mqttlab.";
    private static final String BROKER = "mqttlab.broker";
    private static final Pattern EDGE = Pattern.compile("^\\s+(mqttlab\\.\\S+)\\s+->\\s+(mqttlab\\.\\S+)\\s");

    /** Class to class references between the lab's own classes. */
    private static final List<String[]> references = new ArrayList<>();

    @BeforeAll
    static void readClasses() throws Exception {
        Path classes = Path.of(Broker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("jdeps is not in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", "-filter:none", classes.toString());
        assertEquals(0, code, "jdeps failed: " + err);
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find()) references.add(new String[] {m.group(1), m.group(2)});
        }
        assertTrue(references.size() > 1000, "jdeps read too little of " + classes + ": " + references.size() + " references");
    }

    @Test
    @DisplayName("no cycle between the top-level packages (mqttlab.X)")
    void topLevel() {
        Graph g = graph(pkg -> pkg.split("\\.").length > 2 ? pkg.substring(0, pkg.indexOf('.', LAB.length())) : pkg, pkg -> true);
        assertEquals(List.of(), g.describe(g.cycles()));
    }

    @Test
    @DisplayName("inside the broker, only connection and session point at each other")
    void insideTheBroker() {
        Graph g = graph(UnaryOperator.identity(), pkg -> pkg.equals(BROKER) || pkg.startsWith(BROKER + "."));
        List<Set<String>> cycles = g.cycles();
        cycles.remove(Set.of(BROKER + ".connection", BROKER + ".session"));
        assertEquals(List.of(), g.describe(cycles));
    }

    @Test
    @DisplayName("the check sees a cycle where there is one: connection and session")
    void seesTheAllowedCycle() {
        Graph g = graph(UnaryOperator.identity(), pkg -> pkg.startsWith(BROKER + "."));
        Set<String> pair = Set.of(BROKER + ".connection", BROKER + ".session");
        assertTrue(g.cycles().stream().anyMatch(c -> c.containsAll(pair)), String.valueOf(g.cycles()));
    }

    private static Graph graph(UnaryOperator<String> node, java.util.function.Predicate<String> kept) {
        Graph g = new Graph();
        for (String[] r : references) {
            String from = packageOf(r[0]);
            String to = packageOf(r[1]);
            if (!kept.test(from) || !kept.test(to)) continue;
            String a = node.apply(from);
            String b = node.apply(to);
            if (!a.equals(b)) g.add(a, b, simpleName(r[0]) + " -> " + simpleName(r[1]));
        }
        return g;
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** Packages and the references between them, with the classes that make each edge. */
    private static final class Graph {
        private final Map<String, Set<String>> edges = new TreeMap<>();
        private final Map<String, Set<String>> why = new HashMap<>();

        void add(String from, String to, String because) {
            edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
            edges.computeIfAbsent(to, k -> new TreeSet<>());
            why.computeIfAbsent(from + " -> " + to, k -> new TreeSet<>()).add(because);
        }

        /** The strongly connected components of more than one package (Tarjan). */
        List<Set<String>> cycles() {
            Map<String, Integer> index = new HashMap<>();
            Map<String, Integer> low = new HashMap<>();
            Deque<String> stack = new ArrayDeque<>();
            Set<String> onStack = new java.util.HashSet<>();
            List<Set<String>> found = new ArrayList<>();
            for (String v : edges.keySet()) if (!index.containsKey(v)) connect(v, index, low, stack, onStack, found);
            return found;
        }

        private void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                             Set<String> onStack, List<Set<String>> found) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.push(v);
            onStack.add(v);
            for (String w : edges.get(v)) {
                if (!index.containsKey(w)) {
                    connect(w, index, low, stack, onStack, found);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                Set<String> component = new TreeSet<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) found.add(component);
            }
        }

        /** Each cycle as its packages, then every edge inside it with up to three classes that make it. */
        List<String> describe(List<Set<String>> cycles) {
            List<String> out = new ArrayList<>();
            for (Set<String> c : cycles) {
                StringBuilder sb = new StringBuilder("cycle " + c + ":");
                for (String a : c) {
                    for (String b : edges.get(a)) {
                        if (!c.contains(b)) continue;
                        List<String> classes = new ArrayList<>(why.get(a + " -> " + b));
                        sb.append("\n  ").append(a).append(" -> ").append(b).append(" (")
                                .append(String.join(", ", classes.subList(0, Math.min(3, classes.size())))).append(")");
                    }
                }
                out.add(sb.toString());
            }
            return out;
        }
    }
}
