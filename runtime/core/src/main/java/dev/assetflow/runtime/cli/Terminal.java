package dev.assetflow.runtime.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is an interactive terminal, where a progress bar may be redrawn in place. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when there is a console and, on Java 22 and later (where {@link System#console()} is not null even
     * when output is redirected), {@code Console.isTerminal()} says it is a terminal; false for
     * {@code TERM=dumb}.
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // before Java 22 a console exists only for a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
