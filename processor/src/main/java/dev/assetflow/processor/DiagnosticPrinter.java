package dev.assetflow.processor;

import dev.assetflow.processor.validation.ValidationReport;
import javax.annotation.processing.Messager;

/** Prints validation reports through javac's {@link Messager}, each item on its element and annotation. */
final class DiagnosticPrinter {

    private final Messager messager;

    DiagnosticPrinter(Messager messager) {
        this.messager = messager;
    }

    void print(ValidationReport report) {
        for (ValidationReport.Item item : report.items()) {
            if (item.annotation().isPresent() && item.value().isPresent()) {
                messager.printMessage(item.kind(), item.message(), item.element(), item.annotation().get(),
                        item.value().get());
            } else if (item.annotation().isPresent()) {
                messager.printMessage(item.kind(), item.message(), item.element(), item.annotation().get());
            } else {
                messager.printMessage(item.kind(), item.message(), item.element());
            }
        }
    }
}
