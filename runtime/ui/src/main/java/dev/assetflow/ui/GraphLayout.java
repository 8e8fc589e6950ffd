package dev.assetflow.ui;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Where each asset, group and edge of the graph is drawn, computed once by the Eclipse Layout Kernel's layered
 * (Sugiyama) algorithm: lineage runs left to right, upstream before downstream, with few crossings. When the
 * pipeline has more than one group, each group is a box around its assets.
 */
final class GraphLayout {

    static final double NODE_HEIGHT = 52;
    static final double PARTITIONED_HEIGHT = 68;
    static final double GROUP_LABEL = 26;

    record Box(String key, double x, double y, double width, double height) {
    }

    record Edge(String from, String to, List<double[]> points) {
    }

    private static boolean registered;

    private final Map<String, Box> nodes;
    private final List<Box> groups;
    private final List<Edge> edges;
    private final double width;
    private final double height;

    private GraphLayout(Map<String, Box> nodes, List<Box> groups, List<Edge> edges, double width, double height) {
        this.nodes = nodes;
        this.groups = groups;
        this.edges = edges;
        this.width = width;
        this.height = height;
    }

    Map<String, Box> nodes() {
        return nodes;
    }

    List<Box> groups() {
        return groups;
    }

    List<Edge> edges() {
        return edges;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    /** The width a node needs for its key, in pixels. */
    static double nodeWidth(AssetDefinition<?> asset) {
        double key = 40 + asset.key().length() * 8.4;
        double partitions = asset.partitions().map(p -> 40 + Math.min(36, p.describe().length() + 2) * 6.9).orElse(0.0);
        return Math.max(180, Math.min(340, Math.max(key, partitions)));
    }

    static GraphLayout of(AssetGraph graph) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.SPLINES);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 22.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(12));

        Set<String> groupNames = new LinkedHashSet<>();
        graph.assets().forEach(a -> groupNames.add(a.group()));
        boolean boxes = groupNames.size() > 1;
        Map<String, ElkNode> groupNodes = new LinkedHashMap<>();
        if (boxes) {
            for (String group : groupNames) {
                ElkNode node = ElkGraphUtil.createNode(root);
                node.setIdentifier("group:" + group);
                node.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_LABEL + 6, 14, 14, 14));
                groupNodes.put(group, node);
            }
        }
        Map<String, ElkNode> assetNodes = new LinkedHashMap<>();
        for (AssetDefinition<?> asset : graph.assets()) {
            ElkNode node = ElkGraphUtil.createNode(boxes ? groupNodes.get(asset.group()) : root);
            node.setIdentifier(asset.key());
            node.setDimensions(nodeWidth(asset), asset.partitions().isPresent() ? PARTITIONED_HEIGHT : NODE_HEIGHT);
            assetNodes.put(asset.key(), node);
        }
        List<ElkEdge> elkEdges = new ArrayList<>();
        List<String[]> ends = new ArrayList<>();
        for (AssetDefinition<?> asset : graph.assets()) {
            for (String up : graph.upstream(asset.key())) {
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(assetNodes.get(up), assetNodes.get(asset.key()));
                ElkGraphUtil.updateContainment(edge);
                elkEdges.add(edge);
                ends.add(new String[] {up, asset.key()});
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Box> nodes = new LinkedHashMap<>();
        assetNodes.forEach((key, node) -> nodes.put(key, box(key, node)));
        List<Box> groups = new ArrayList<>();
        groupNodes.forEach((name, node) -> groups.add(box(name, node)));
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < elkEdges.size(); i++) {
            ElkEdge edge = elkEdges.get(i);
            double[] origin = absolute(edge.getContainingNode());
            List<double[]> points = new ArrayList<>();
            for (ElkEdgeSection section : edge.getSections()) {
                points.add(new double[] {origin[0] + section.getStartX(), origin[1] + section.getStartY()});
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new double[] {origin[0] + bend.getX(), origin[1] + bend.getY()});
                }
                points.add(new double[] {origin[0] + section.getEndX(), origin[1] + section.getEndY()});
            }
            edges.add(new Edge(ends.get(i)[0], ends.get(i)[1], points));
        }
        return new GraphLayout(nodes, groups, edges, root.getWidth(), root.getHeight());
    }

    private static Box box(String key, ElkNode node) {
        double[] at = absolute(node);
        return new Box(key, at[0], at[1], node.getWidth(), node.getHeight());
    }

    /** The node's top-left corner in the root's coordinates. */
    private static double[] absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new double[] {x, y};
    }
}
