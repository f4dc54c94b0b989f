package vn.gov.qlvb.outgoing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The review chain an agency sets for drafts of one document type, or for all types
 * ({@code documentType} null). Without one, drafts go unit head → office → leader.
 */
@Entity
@Table(name = "qlvb_review_chain")
public class ReviewChain {

    /** The chain when the agency set none. */
    public static final List<ReviewStepKind> USUAL =
            List.of(ReviewStepKind.UNIT_HEAD, ReviewStepKind.OFFICE, ReviewStepKind.LEADER);

    @Id
    @SequenceGenerator(name = "review_chain_seq", sequenceName = "qlvb_review_chain_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_chain_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", length = 20, updatable = false)
    private DocumentType documentType;

    @Column(name = "steps", length = 200, nullable = false)
    private String steps;

    @Version
    @Column(name = "version")
    private long version;

    protected ReviewChain() {}

    public ReviewChain(Agency agency, DocumentType documentType, List<ReviewStepKind> kinds) {
        this.agency = agency;
        this.documentType = documentType;
        change(kinds);
    }

    /**
     * Sets the steps: at least one, no step twice, and the leader (who signs) last when present
     * ({@code outgoing.chain.invalid}).
     */
    public void change(List<ReviewStepKind> kinds) {
        if (kinds == null
                || kinds.isEmpty()
                || kinds.contains(null)
                || kinds.stream().distinct().count() != kinds.size()) {
            throw RuleViolation.invalid("outgoing.chain.invalid", "steps");
        }
        if (kinds.contains(ReviewStepKind.LEADER) && kinds.get(kinds.size() - 1) != ReviewStepKind.LEADER) {
            throw RuleViolation.invalid("outgoing.chain.invalid", "steps");
        }
        this.steps = kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public List<ReviewStepKind> steps() {
        return Arrays.stream(steps.split(",")).map(ReviewStepKind::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }
}
