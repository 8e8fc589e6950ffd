package dev.assetflow.runtime;

import dev.assetflow.runtime.io.StorageException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of an input, each read apart from the code that consumes it: an exception thrown while a row is
 * made (such as a record's compact constructor refusing the values) names the reader, the input, its table,
 * the record type and the row; an exception thrown by the consumer passes through untouched.
 */
final class InputRows<T> implements Spliterator<T> {

    private final Spliterator<T> source;
    private final String what;
    private long row;
    private T next;

    private InputRows(Spliterator<T> source, String what) {
        this.source = source;
        this.what = what;
    }

    /**
     * {@code rows}, closing with it.
     *
     * @param what e.g. {@code asset 'daily' reading input 'orders' (table main.orders into com.acme.Order)}
     */
    static <T> Stream<T> of(Stream<T> rows, String what) {
        return StreamSupport.stream(new InputRows<>(rows.spliterator(), what), false).onClose(rows::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        boolean advanced;
        try {
            advanced = source.tryAdvance(this::hold);
        } catch (StorageException | AssetflowException e) {
            throw e; // the IO manager's own errors already say where
        } catch (RuntimeException e) {
            String message = e.getMessage();
            throw new AssetflowException(what + ": row " + (row + 1) + " could not be read: "
                    + e.getClass().getSimpleName() + (message == null ? "" : ": " + message), e);
        }
        if (!advanced) {
            return false;
        }
        row++;
        T value = next;
        next = null;
        action.accept(value);
        return true;
    }

    private void hold(T value) {
        next = value;
    }

    @Override
    public Spliterator<T> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return source.estimateSize();
    }

    @Override
    public int characteristics() {
        return source.characteristics() & (ORDERED | NONNULL | IMMUTABLE);
    }
}
