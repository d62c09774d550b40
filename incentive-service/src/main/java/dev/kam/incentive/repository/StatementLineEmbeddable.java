package dev.kam.incentive.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One KPI line of a statement as computed; the KPI itself (name, weight, curve) is the plan version's.
 * The actual and the factor keep their exact scale, so reading a line back gives the figures computed.
 */
@Embeddable
public class StatementLineEmbeddable {

    @Column(name = "kpi_code", nullable = false)
    public String kpiCode;

    /** Null when the KPI could not be measured (the derivation says why). */
    @Column(columnDefinition = "numeric")
    public BigDecimal actual;

    @Column(nullable = false, columnDefinition = "text")
    public String derivation;

    @Column(name = "factor_numerator", nullable = false, columnDefinition = "numeric")
    public BigDecimal factorNumerator;

    @Column(name = "factor_denominator", nullable = false, columnDefinition = "numeric")
    public BigDecimal factorDenominator;

    @Column(nullable = false)
    public BigDecimal payout;

    @Column(nullable = false, columnDefinition = "text")
    public String trace;
}
