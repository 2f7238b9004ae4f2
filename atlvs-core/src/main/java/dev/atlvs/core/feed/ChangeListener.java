package dev.atlvs.core.feed;

import java.util.List;

/**
 * Receives the committed changes of a subscription, in transaction order within each batch. When it
 * throws, the same changes are offered again in the next round, so it de-duplicates by {@link Change#id()}.
 */
@FunctionalInterface
public interface ChangeListener {

    void onChanges(List<Change> changes);
}
