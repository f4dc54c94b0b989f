package vn.gov.qlvb.registers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The last number given in one register for one calendar year. Only {@code Numbering} changes
 * it, under a row lock, in the transaction that stores the numbered document: a rolled-back
 * registration gives its number back, so the series has no gap and no repeat.
 */
@Entity
@Table(name = "qlvb_number_counter")
@NamedQuery(
        name = NumberCounter.OF,
        query = "SELECT c FROM NumberCounter c WHERE c.register.id = :register AND c.year = :year")
public class NumberCounter {

    public static final String OF = "NumberCounter.of";

    @Id
    @SequenceGenerator(name = "counter_seq", sequenceName = "qlvb_number_counter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counter_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "register_id", nullable = false)
    private Register register;

    @Column(name = "number_year", nullable = false)
    private int year;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected NumberCounter() {}

    public NumberCounter(Register register, int year) {
        this.register = register;
        this.year = year;
    }

    /** Takes the next number: 1 for the first document of the year. */
    public long next() {
        return ++lastNumber;
    }

    public long getLastNumber() {
        return lastNumber;
    }

    public int getYear() {
        return year;
    }

    public Register getRegister() {
        return register;
    }
}
