package dev.assetflow.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which assets a run materializes, written like Dagster's and dbt's selections: terms separated by
 * whitespace or commas, whose union is selected.
 *
 * <ul>
 *   <li>{@code sales_summary}: that asset;
 *   <li>{@code +sales_summary}: it and everything upstream of it;
 *   <li>{@code raw_sales_data+}: it and everything downstream of it; {@code +key+} both;
 *   <li>{@code group:finance}: every asset of the group (also with {@code +} on either side);
 *   <li>{@code *}: every asset.
 * </ul>
 *
 * <pre>{@code
 * materializer.materialize(AssetSelection.parse("+sales_summary group:marketing"));
 * }</pre>
 *
 * <p>Keys and groups are checked against the graph when the selection is resolved; an unknown one is an
 * {@link AssetflowException} that suggests the closest name.
 */
public final class AssetSelection {

    private static final AssetSelection ALL = new AssetSelection("*", List.of(new Term(Kind.ALL, "*", false, false)));

    private final String expression;
    private final List<Term> terms;

    private AssetSelection(String expression, List<Term> terms) {
        this.expression = expression;
        this.terms = List.copyOf(terms);
    }

    /** Every asset of the graph. */
    public static AssetSelection all() {
        return ALL;
    }

    /** Exactly the assets {@code keys}. */
    public static AssetSelection keys(Collection<String> keys) {
        List<Term> terms = new ArrayList<>();
        for (String key : keys) {
            terms.add(new Term(Kind.KEY, Objects.requireNonNull(key, "key"), false, false));
        }
        return new AssetSelection(String.join(" ", keys), terms);
    }

    /**
     * Parses a selection expression.
     *
     * @throws AssetflowException when the expression is empty or a term is malformed
     */
    public static AssetSelection parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new AssetflowException("empty asset selection; name assets (sales_summary), expand them"
                    + " (+sales_summary, raw_sales_data+), name a group (group:finance) or use * for all");
        }
        List<Term> terms = new ArrayList<>();
        for (String token : expression.strip().split("[\\s,]+")) {
            if (!token.isEmpty()) {
                terms.add(Term.parse(token));
            }
        }
        return new AssetSelection(expression.strip(), terms);
    }

    /** Whether this selects every asset. */
    public boolean isAll() {
        return terms.stream().anyMatch(t -> t.kind == Kind.ALL);
    }

    /**
     * The selected keys of {@code graph}, in its topological order.
     *
     * @throws AssetflowException naming every unknown key or group, with suggestions
     */
    public Set<String> resolve(AssetGraph graph) {
        Set<String> chosen = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Term term : terms) {
            Set<String> roots = new LinkedHashSet<>();
            switch (term.kind) {
                case ALL -> roots.addAll(graph.keys());
                case KEY -> {
                    if (graph.asset(term.name).isPresent()) {
                        roots.add(term.name);
                    } else {
                        problems.add(graph.unknownKeyMessage(term.name));
                    }
                }
                case GROUP -> {
                    for (AssetDefinition<?> asset : graph.assets()) {
                        if (asset.group().equals(term.name)) {
                            roots.add(asset.key());
                        }
                    }
                    if (roots.isEmpty()) {
                        Set<String> groups = new TreeSet<>();
                        graph.assets().forEach(a -> groups.add(a.group()));
                        problems.add("no group named '" + term.name + "'" + Suggestions.didYouMean(term.name, groups)
                                + " (groups: " + String.join(", ", groups) + ")");
                    }
                }
            }
            for (String root : roots) {
                chosen.add(root);
                if (term.upstream) {
                    chosen.addAll(graph.upstreamClosure(root));
                }
                if (term.downstream) {
                    chosen.addAll(graph.downstreamClosure(root));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssetflowException("cannot select '" + expression + "': " + String.join("; ", problems));
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : graph.keys()) {
            if (chosen.contains(key)) {
                ordered.add(key);
            }
        }
        return ordered;
    }

    /** The expression, as it can be parsed again. */
    @Override
    public String toString() {
        return expression;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AssetSelection selection && selection.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    private enum Kind { ALL, KEY, GROUP }

    private record Term(Kind kind, String name, boolean upstream, boolean downstream) {

        static Term parse(String token) {
            boolean upstream = token.startsWith("+");
            boolean downstream = token.length() > 1 && token.endsWith("+");
            String name = token.substring(upstream ? 1 : 0, token.length() - (downstream ? 1 : 0));
            if (name.equals("*")) {
                return new Term(Kind.ALL, name, false, false);
            }
            Kind kind = Kind.KEY;
            if (name.startsWith("group:")) {
                kind = Kind.GROUP;
                name = name.substring("group:".length());
            }
            if (name.isEmpty() || name.contains("+") || name.contains(":")) {
                throw new AssetflowException("malformed selection term '" + token + "'; expected key, +key,"
                        + " key+, +key+ or group:name");
            }
            return new Term(kind, name, upstream, downstream);
        }
    }
}
