package workshop.crawler;

import java.util.Collection;
import java.util.Set;

/**
 * Which URLs a run has claimed already: asked by {@link ExtractLinksHandler} so that only new links
 * become {@value PageUrl#TYPE} messages. An optimisation, not the guarantee: two pages that link to a new
 * URL at the same moment both emit it, and {@link PageClaims#claim} lets one of them fetch it.
 */
@FunctionalInterface
public interface KnownPages {

    /** Knows nothing: every link is emitted and the claims alone keep each page to one fetch. */
    KnownPages NONE = (runId, urls) -> Set.of();

    /** The URLs among {@code urls} that run {@code runId} has claimed. */
    Set<String> claimedAmong(String runId, Collection<String> urls);
}
