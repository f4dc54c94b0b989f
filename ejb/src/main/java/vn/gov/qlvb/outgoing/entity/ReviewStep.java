package vn.gov.qlvb.outgoing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a draft's review chain: its kind and the person who reviews at it. */
@Embeddable
public class ReviewStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false)
    private ReviewStepKind kind;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Column(name = "reviewer_name", length = 150, nullable = false)
    private String reviewerName;

    protected ReviewStep() {}

    public ReviewStep(ReviewStepKind kind, long reviewerId, String reviewerName) {
        this.kind = kind;
        this.reviewerId = reviewerId;
        this.reviewerName = reviewerName;
    }

    public ReviewStepKind getKind() {
        return kind;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public String getReviewerName() {
        return reviewerName;
    }
}
