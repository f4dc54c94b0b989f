package vn.gov.qlvb.exchange.boundary;

/**
 * The result of checking the evidence log: how many entries were checked and, when the chain
 * breaks, the first broken entry's position and why ({@code null} when it holds).
 */
public record ChainReport(long checked, Long firstBrokenPosition, String reason) {

    public boolean intact() {
        return firstBrokenPosition == null;
    }
}
