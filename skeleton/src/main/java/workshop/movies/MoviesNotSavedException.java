package workshop.movies;

import java.util.List;

/**
 * Some movies of a save are not in the table: DynamoDB still returned them as unprocessed after
 * the last attempt, and the save stopped there, so the movies after them were not sent at all.
 * The others were written. Saving the same movies again is safe: a put replaces the item.
 */
public class MoviesNotSavedException extends RuntimeException {

    /** The message names this many ids at most; {@link #notSavedIds()} has them all. */
    private static final int IDS_IN_MESSAGE = 10;

    private final List<String> notSavedIds;

    /**
     * @param notSavedIds the ids not written: first those DynamoDB left unprocessed, then those not sent
     * @param unprocessed how many of them DynamoDB left unprocessed (the rest were not sent)
     * @param attempts    how many times the unprocessed ones were sent
     */
    public MoviesNotSavedException(List<String> notSavedIds, int unprocessed, int attempts) {
        super(message(notSavedIds, unprocessed, attempts));
        this.notSavedIds = List.copyOf(notSavedIds);
    }

    /** The ids of the movies not written: the unprocessed ones first, then those not sent. */
    public List<String> notSavedIds() {
        return notSavedIds;
    }

    private static String message(List<String> ids, int unprocessed, int attempts) {
        String notSent = ids.size() > unprocessed ? ", " + (ids.size() - unprocessed) + " more not sent" : "";
        String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), IDS_IN_MESSAGE)));
        String more = ids.size() > IDS_IN_MESSAGE ? ", ..." : "";
        return ids.size() + " movies not saved (" + unprocessed + " still unprocessed after " + attempts
                + " attempts" + notSent + "): " + shown + more;
    }
}
