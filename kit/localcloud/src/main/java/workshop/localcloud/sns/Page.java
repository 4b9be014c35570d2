package workshop.localcloud.sns;

import java.util.List;

/**
 * One page of a list operation. SNS lists 100 items per call and hands back a {@code NextToken}
 * for the rest; here the token is simply the index the next page starts at.
 */
record Page<T>(List<T> items, String nextToken) {

    static final int SNS_PAGE_SIZE = 100;

    static <T> Page<T> of(List<T> all, String nextToken) {
        int start = startIndex(nextToken, all.size());
        int end = Math.min(start + SNS_PAGE_SIZE, all.size());
        String next = end < all.size() ? String.valueOf(end) : null;
        return new Page<>(List.copyOf(all.subList(start, end)), next);
    }

    private static int startIndex(String nextToken, int size) {
        if (nextToken == null || nextToken.isEmpty()) {
            return 0;
        }
        try {
            int start = Integer.parseInt(nextToken);
            if (start >= 0 && start <= size) {
                return start;
            }
        } catch (NumberFormatException notOurs) {
            // falls through to the error SNS returns for a token it did not issue
        }
        throw SnsErrors.invalidParameter("NextToken");
    }
}
