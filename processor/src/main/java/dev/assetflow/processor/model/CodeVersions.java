package dev.assetflow.processor.model;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.Trees;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * Computes an asset's code version: the first 16 hex digits of the SHA-256 of the method's source (as
 * javac prints its syntax tree, so formatting and comments do not count) and of its row type's columns.
 * Without access to javac's trees (another compiler), the method signature stands in for the source.
 */
final class CodeVersions {

    private static final int HEX_DIGITS = 16;

    private final Trees trees;

    CodeVersions(ProcessingEnvironment environment) {
        this.trees = treesOf(environment);
    }

    private static Trees treesOf(ProcessingEnvironment environment) {
        try {
            return Trees.instance(environment);
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return null;
        }
    }

    String codeVersion(ExecutableElement method, Optional<RowTypeModel> rowType) {
        String text = source(method) + "\n" + rowType.map(RowTypeModel::describe).orElse("");
        return sha256(text).substring(0, HEX_DIGITS);
    }

    private String source(ExecutableElement method) {
        if (trees != null) {
            MethodTree tree = trees.getTree(method);
            if (tree != null) {
                return tree.toString();
            }
        }
        return method.getEnclosingElement() + "#" + method + " returns " + method.getReturnType();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
