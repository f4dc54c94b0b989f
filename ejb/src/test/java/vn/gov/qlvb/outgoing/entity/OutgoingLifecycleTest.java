package vn.gov.qlvb.outgoing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.outgoing.entity.Fixture.NOW;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** The lifecycle of an outgoing document: each step in order, and each step out of order refused. */
class OutgoingLifecycleTest {

    private final Fixture f = new Fixture();

    private static void assertConflict(String code, org.junit.jupiter.api.function.Executable action) {
        RuleViolation v = assertThrows(RuleViolation.class, action);
        assertEquals(code, v.code());
    }

    @Test
    void aDraftGoesUpItsChainAndIsApprovedAfterTheLastStep() {
        OutgoingDocument d = f.inReview();
        assertEquals(OutgoingStatus.IN_REVIEW, d.getStatus());
        assertEquals(f.head.getId(), d.getCurrentReviewerId());

        d.approve(f.head.getId(), NOW);
        assertEquals(f.chairman.getId(), d.getCurrentReviewerId());
        d.approve(f.chairman.getId(), NOW);

        assertEquals(OutgoingStatus.APPROVED, d.getStatus());
        assertEquals(null, d.getCurrentReviewerId());
    }

    @Test
    void IIIn_aReviewerReturnsWithAReasonAndTheAuthorRevisesAndSubmitsAgain() {
        OutgoingDocument d = f.inReview();
        assertRefused("field.required", "reason", () -> d.giveBack(f.head.getId(), " ", NOW));

        d.giveBack(f.head.getId(), "Bổ sung số liệu quý I", NOW);
        assertEquals(OutgoingStatus.RETURNED, d.getStatus());
        assertEquals("Bổ sung số liệu quý I", d.getReturnReason());

        d.addDraftVersion(f.pdf(), f.specialist.getId(), f.specialist.getFullName(), NOW);
        d.submit(d.getReviewSteps(), NOW);
        assertEquals(OutgoingStatus.IN_REVIEW, d.getStatus());
        assertEquals(2, d.getVersions().size(), "every upload is a version; the first one stays");
        assertEquals(null, d.getReturnReason());
    }

    @Test
    void onlyTheCurrentStepsReviewerActs() {
        OutgoingDocument d = f.inReview();
        RuleViolation v = assertThrows(RuleViolation.class, () -> d.approve(f.chairman.getId(), NOW));
        assertEquals("outgoing.notYourStep", v.code());
        assertEquals(RuleViolation.Kind.FORBIDDEN, v.kind());
        assertEquals(OutgoingStatus.IN_REVIEW, d.getStatus());
    }

    @Test
    void aDraftWithoutAFileIsNotSubmitted() {
        OutgoingDocument d = f.draft();
        assertConflict("outgoing.noFile", () -> d.submit(List.of(), NOW));
        assertEquals(OutgoingStatus.DRAFT, d.getStatus());
    }

    @Test
    void anEmptyChainApprovesAtOnce() {
        OutgoingDocument d = f.draft();
        d.addDraftVersion(f.pdf(), f.specialist.getId(), f.specialist.getFullName(), NOW);
        d.submit(List.of(), NOW);
        assertEquals(OutgoingStatus.APPROVED, d.getStatus());
    }

    @Test
    void onlyTheDesignatedSignerSignsAndOnlyAnApprovedDraft() {
        OutgoingDocument inReview = f.inReview();
        assertConflict("outgoing.notApproved", () -> inReview.requireSignable(f.chairman.getId()));
        OutgoingDocument approved = f.approved();
        RuleViolation v = assertThrows(RuleViolation.class, () -> approved.requireSignable(f.head.getId()));
        assertEquals("outgoing.notSigner", v.code());

        OutgoingDocument signed = f.signed();
        assertEquals(OutgoingStatus.SIGNED, signed.getStatus());
        assertEquals(SignatureForm.TM, signed.getSignatureForm());
        assertEquals(
                VersionStage.SIGNER_SIGNED, signed.latestVersion().orElseThrow().getStage());
        assertConflict("outgoing.alreadySigned", () -> signed.requireSignable(f.chairman.getId()));
    }

    @Test
    void issuingAnUnapprovedOrUnsignedDraftIsRefused() {
        assertConflict("outgoing.notApproved", () -> f.inReview().requireIssuable());
        assertConflict("outgoing.notApproved", () -> f.draft().requireIssuable());
        OutgoingDocument approved = f.approved();
        assertConflict(
                "outgoing.notSigned",
                () -> approved.issue(
                        f.ordinary, Notation.of(1, 2026, DocumentType.CONG_VAN, false, "UBND", "TH"), 3, NOW));
        assertEquals(OutgoingStatus.APPROVED, approved.getStatus());
        assertEquals(null, approved.getNotation());
    }

    @Test
    void IIIc_theIssueGivesNumberNotationDateAndANewVersion() {
        OutgoingDocument d = f.issued();
        assertEquals(OutgoingStatus.ISSUED, d.getStatus());
        assertEquals("05/UBND-TH", d.getNotation());
        assertEquals(2026, d.getIssueYear());
        assertEquals(java.time.LocalDate.of(2026, 3, 2), d.issueDate());
        assertEquals(VersionStage.NUMBERED, d.latestVersion().orElseThrow().getStage());
        assertEquals(3, d.getVersions().size());
        assertConflict("outgoing.alreadyIssued", d::requireIssuable);
        assertConflict("outgoing.notIssued", () -> d.addNumberedVersion(f.pdf(), 3, "x", NOW));
    }

    @Test
    void theAgencySignatureComesOnlyAfterTheSignersAndTheIssue() {
        assertConflict("outgoing.signerSignatureMissing", () -> f.approved().requireAgencySignable());
        assertConflict("outgoing.signerSignatureMissing", () -> f.inReview().requireAgencySignable());
        assertConflict("outgoing.notIssued", () -> f.signed().requireAgencySignable());
        OutgoingDocument numberedNotStamped = f.signed();
        numberedNotStamped.issue(f.ordinary, Notation.of(9, 2026, DocumentType.CONG_VAN, false, "UBND", "TH"), 3, NOW);
        assertTrue(numberedNotStamped.awaitsNumberStamp());
        assertConflict("outgoing.notIssued", numberedNotStamped::requireAgencySignable);

        OutgoingDocument d = f.issued();
        d.applyAgencySignature(3, "Trần Thị Thư", f.pdf(), NOW);
        assertEquals(OutgoingStatus.DISPATCHED, d.getStatus());
        assertEquals(VersionStage.AGENCY_SIGNED, d.latestVersion().orElseThrow().getStage());
        assertConflict("outgoing.alreadyAgencySigned", d::requireAgencySignable);
    }

    @Test
    void registersKeepTheirSeriesApart() {
        OutgoingDocument ordinary = f.signed();
        assertRefused("outgoing.register.secrecy", "registerId", () -> ordinary.checkRegister(f.secret));
        assertRefused("outgoing.register.series", "registerId", () -> ordinary.checkRegister(f.decisions));
        ordinary.checkRegister(f.ordinary);

        OutgoingDocument secretDraft = new OutgoingDocument(
                f.specialist, f.chairman, f.details(DocumentType.CONG_VAN, Confidentiality.SECRET), NOW);
        assertRefused("outgoing.register.secrecy", "registerId", () -> secretDraft.checkRegister(f.ordinary));

        OutgoingDocument decision = new OutgoingDocument(
                f.specialist,
                f.chairman,
                new DraftDetails(DocumentType.QUYET_DINH, true, "Ban hành quy chế", null, null, null, null),
                NOW);
        decision.checkRegister(f.decisions);
        assertRefused("outgoing.register.series", "registerId", () -> decision.checkRegister(f.ordinary));
    }

    @Test
    void aSecretDocumentTakesNoRecipientOutsideTheAgency() {
        OutgoingDocument d = new OutgoingDocument(
                f.specialist, f.chairman, f.details(DocumentType.CONG_VAN, Confidentiality.TOP_SECRET), NOW);
        assertRefused("outgoing.secret.outsideRecipient", "recipients", () -> d.addressTo(List.of(f.department), NOW));
        assertTrue(d.getRecipients().isEmpty());

        OutgoingDocument open = f.draft();
        open.addressTo(List.of(f.department), NOW);
        assertRefused(
                "outgoing.secret.outsideRecipient",
                "recipients",
                () -> open.describe(f.details(DocumentType.CONG_VAN, Confidentiality.SECRET), f.chairman, NOW));
        assertEquals(Confidentiality.NONE, open.getConfidentiality());
    }

    @Test
    void theIssuingAgencyIsNotItsOwnRecipientAndTheSignerIsOfTheAgency() {
        OutgoingDocument d = f.draft();
        assertRefused("outgoing.recipient.self", "recipients", () -> d.addressTo(List.of(f.province), NOW));
        assertRefused(
                "outgoing.signer.invalid",
                "signerId",
                () -> d.describe(f.details(DocumentType.CONG_VAN, null), f.outsider, NOW));
    }

    @Test
    void III8a_aRecalledDocumentIsFrozenWithItsReason() {
        OutgoingDocument d = f.issued();
        d.applyAgencySignature(3, "Trần Thị Thư", f.pdf(), NOW);
        assertRefused("field.required", "reason", () -> d.recall("", NOW));
        d.recall("Sai số liệu", NOW);
        assertEquals(OutgoingStatus.RECALLED, d.getStatus());
        assertEquals("Sai số liệu", d.getRecallReason());
        assertConflict("outgoing.notDispatched", () -> d.recall("Lần nữa", NOW));
        assertConflict("outgoing.notDispatched", () -> d.addRecipients(List.of(f.department), NOW));
        assertConflict("outgoing.notEditable", () -> d.addDraftVersion(f.pdf(), 1, "x", NOW));
    }

    @Test
    void theNumberingYearIsTheCalendarYearInVietnam() {
        // 23:59 on 31 December 2025 and 00:00 on 1 January 2026 in Vietnam (UTC+7).
        assertEquals(2025, OutgoingDocument.issueYearOf(Instant.parse("2025-12-31T16:59:59Z")));
        assertEquals(2026, OutgoingDocument.issueYearOf(Instant.parse("2025-12-31T17:00:00Z")));
    }

    @Test
    void onlyResolutionsDecisionsAndDirectivesAreLegalNormative() {
        assertRefused(
                "outgoing.legalNormative.type",
                "legalNormative",
                () -> new OutgoingDocument(
                        f.specialist,
                        f.chairman,
                        new DraftDetails(DocumentType.CONG_VAN, true, "Về việc", null, null, null, null),
                        NOW));
    }

    @Test
    void opinionsAreAnsweredOnceAndExtendedOnlyLater() {
        OutgoingDocument d = f.inReview();
        OpinionRequest o = new OpinionRequest(d, f.head, null, java.time.LocalDate.of(2026, 3, 5), 12, NOW);
        assertRefused("field.required", "comment", () -> o.answer(OpinionAnswer.DISAGREE, null, 11, "x", NOW));
        assertRefused(
                "outgoing.opinion.extensionEarlier", "deadline", () -> o.extend(java.time.LocalDate.of(2026, 3, 4)));
        o.extend(java.time.LocalDate.of(2026, 3, 9));
        o.answer(OpinionAnswer.OTHER, "Đề nghị sửa điều 2", 11, "Đỗ Thị Hương", NOW);
        assertConflict("outgoing.opinion.alreadyAnswered", () -> o.answer(OpinionAnswer.AGREE, null, 11, "x", NOW));
        assertRefused(
                "outgoing.opinion.deadlinePast",
                "deadline",
                () -> new OpinionRequest(d, f.head, null, java.time.LocalDate.of(2026, 3, 1), 12, NOW));
    }
}
