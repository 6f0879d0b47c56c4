package org.l2tpdoctor.report;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * A list that shapes each element of another as it is read, for the JSON writer: a report on a
 * 1 GiB log lists thousands of attempts and evidence rows, and shaping them all before writing
 * held every shape at once.
 */
final class Shaped<T> extends AbstractList<Object> {
    private final List<T> items;
    private final Function<? super T, ?> shape;

    private Shaped(List<T> items, Function<? super T, ?> shape) {
        this.items = items;
        this.shape = shape;
    }

    static <T> List<Object> of(List<T> items, Function<? super T, ?> shape) {
        return new Shaped<>(items, shape);
    }

    @Override
    public Object get(int index) {
        return shape.apply(items.get(index));
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<T> it = items.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                return shape.apply(it.next());
            }
        };
    }
}
