package workshop.localcloud.samples;

/** How a page of the sample site lists its titles; see the package documentation for the markup. */
public enum ListingLayout {
    /** {@code <table class="movieTable">}: one row per title, one cell per field. */
    TABLE,
    /** One {@code <div class="movie">} per title, one labelled {@code <div class="movieRow FIELD">} per field. */
    CARDS
}
