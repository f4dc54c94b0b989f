package vn.gov.qlvb.web.outgoing;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.incoming.boundary.IncomingRouting;
import vn.gov.qlvb.organisations.boundary.UnitDirectory;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.boundary.ReviewChains;
import vn.gov.qlvb.outgoing.entity.ReviewStepKind;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.SessionUser;
import vn.gov.qlvb.web.platform.UiFeedback;

/**
 * The agency's handling rules on one page: the review chains of outgoing drafts per document
 * type (administrators and leaders) and the leader's routing rules that send incoming documents
 * of a type straight to a unit (leaders). The boundaries check the roles again.
 */
@Named
@ViewScoped
public class HandlingRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of the agency's default chain in the type menu. */
    public static final String DEFAULT = "DEFAULT";

    @Inject
    ReviewChains chains;

    @Inject
    IncomingRouting routing;

    @Inject
    UnitDirectory units;

    @Inject
    SessionUser me;

    /** A document type (or the default) and the chain that applies to it. */
    public record Chain(String type, List<ReviewStepKind> steps) implements Serializable {}

    /** A routing rule as listed. */
    public record Rule(DocumentType type, String unit, int deadlineDays) implements Serializable {}

    /** A unit to route to. */
    public record UnitChoice(Long id, String name) implements Serializable {}

    private List<Chain> chainTable;
    private List<Rule> rules;
    private List<UnitChoice> unitChoices;

    private String chainType = DEFAULT;
    private ReviewStepKind step1;
    private ReviewStepKind step2;
    private ReviewStepKind step3;

    private DocumentType ruleType = DocumentType.GIAY_MOI;
    private Long ruleUnitId;
    private Integer ruleDays = 10;

    public boolean isMayChains() {
        return me.isAdmin() || me.has(Role.LEADER.name());
    }

    public boolean isMayRoute() {
        return me.has(Role.LEADER.name());
    }

    /** Every type with the chain its drafts go through (its own, else the default, else the usual). */
    public List<Chain> getChains() {
        if (chainTable == null) {
            List<Chain> all = new ArrayList<>();
            all.add(new Chain(DEFAULT, chains.of(null)));
            for (DocumentType t : DocumentType.values()) {
                all.add(new Chain(t.name(), chains.of(t)));
            }
            chainTable = all;
        }
        return chainTable;
    }

    public void saveChain() {
        List<ReviewStepKind> steps =
                Stream.of(step1, step2, step3).filter(Objects::nonNull).toList();
        try {
            chains.set(typeOf(chainType), steps);
            UiFeedback.info("common.saved");
            chainTable = null;
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "chainForm");
        }
    }

    public void resetChain() {
        try {
            chains.reset(typeOf(chainType));
            UiFeedback.info("common.saved");
            chainTable = null;
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "chainForm");
        }
    }

    public List<Rule> getRules() {
        if (rules == null) {
            rules = routing.rules().stream()
                    .map(r -> new Rule(r.getDocumentType(), r.getLeadUnit().getName(), r.getDeadlineDays()))
                    .toList();
        }
        return rules;
    }

    public void saveRule() {
        try {
            routing.set(ruleType, ruleUnitId, ruleDays);
            UiFeedback.info("common.saved");
            rules = null;
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "ruleForm");
        }
    }

    public void removeRule(DocumentType type) {
        try {
            routing.remove(type);
            UiFeedback.info("common.saved");
            rules = null;
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "ruleForm");
        }
    }

    public List<UnitChoice> getUnits() {
        if (unitChoices == null) {
            unitChoices = units.of(me.getCaller().organId(), false).stream()
                    .map(u -> new UnitChoice(u.getId(), u.getName()))
                    .toList();
        }
        return unitChoices;
    }

    private static DocumentType typeOf(String type) {
        return type == null || DEFAULT.equals(type) ? null : DocumentType.valueOf(type);
    }

    public DocumentType[] getDocumentTypes() {
        return DocumentType.values();
    }

    public ReviewStepKind[] getStepKinds() {
        return ReviewStepKind.values();
    }

    public String getChainType() {
        return chainType;
    }

    public void setChainType(String chainType) {
        this.chainType = chainType;
    }

    public ReviewStepKind getStep1() {
        return step1;
    }

    public void setStep1(ReviewStepKind step1) {
        this.step1 = step1;
    }

    public ReviewStepKind getStep2() {
        return step2;
    }

    public void setStep2(ReviewStepKind step2) {
        this.step2 = step2;
    }

    public ReviewStepKind getStep3() {
        return step3;
    }

    public void setStep3(ReviewStepKind step3) {
        this.step3 = step3;
    }

    public DocumentType getRuleType() {
        return ruleType;
    }

    public void setRuleType(DocumentType ruleType) {
        this.ruleType = ruleType;
    }

    public Long getRuleUnitId() {
        return ruleUnitId;
    }

    public void setRuleUnitId(Long ruleUnitId) {
        this.ruleUnitId = ruleUnitId;
    }

    public Integer getRuleDays() {
        return ruleDays;
    }

    public void setRuleDays(Integer ruleDays) {
        this.ruleDays = ruleDays;
    }
}
