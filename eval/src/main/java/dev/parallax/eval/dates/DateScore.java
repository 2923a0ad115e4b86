package dev.parallax.eval.dates;

/**
 * Counts of one system on a set of pages, as htmldate's evaluation counts them: a given date is
 * right when its day is the gold day; on a page without a gold date, giving none is right.
 */
record DateScore(int pages, int dated, int given, int right, int rightNone) {

    static DateScore empty() {
        return new DateScore(0, 0, 0, 0, 0);
    }

    /** This score with one more page; {@code predicted} and {@code gold} are null when absent. */
    DateScore add(String predicted, String gold) {
        boolean hit = predicted != null && gold != null && predicted.length() >= 10
                && predicted.substring(0, 10).equals(gold);
        return new DateScore(pages + 1, dated + (gold == null ? 0 : 1), given + (predicted == null ? 0 : 1),
                right + (hit ? 1 : 0), rightNone + (predicted == null && gold == null ? 1 : 0));
    }

    /** Pages answered right (the gold day, or no date where there is none) over all pages. */
    double accuracy() {
        return pages == 0 ? 0 : (double) (right + rightNone) / pages;
    }

    /** Right dates over dates given. */
    double precision() {
        return given == 0 ? 0 : (double) right / given;
    }

    /** Right dates over pages that have a gold date. */
    double recall() {
        return dated == 0 ? 0 : (double) right / dated;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Pages given a date over all pages. */
    double coverage() {
        return pages == 0 ? 0 : (double) given / pages;
    }
}
