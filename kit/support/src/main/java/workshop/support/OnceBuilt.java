package workshop.support;

import java.util.function.Supplier;

/** A value built on first use and then shared by every thread, until it is forgotten. */
final class OnceBuilt<T> {

    private volatile T value;

    T get(Supplier<T> builder) {
        T built = value;
        if (built == null) {
            synchronized (this) {
                if (value == null) {
                    value = builder.get();
                }
                built = value;
            }
        }
        return built;
    }

    synchronized void forget() {
        value = null;
    }
}
