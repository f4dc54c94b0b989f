package vn.gov.qlvb.organisations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.organisations.entity.AgencyLevel.CENTRAL;
import static vn.gov.qlvb.organisations.entity.AgencyLevel.COMMUNE;
import static vn.gov.qlvb.organisations.entity.AgencyLevel.DISTRICT;
import static vn.gov.qlvb.organisations.entity.AgencyLevel.PROVINCE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgencyLevelTest {

    @Test
    void levelsRunFromTheTopDown() {
        assertEquals(List.of(CENTRAL, PROVINCE, DISTRICT, COMMUNE), List.of(AgencyLevel.values()));
    }

    @ParameterizedTest
    @EnumSource(AgencyLevel.class)
    void agencyMaySitUnderOneOfItsOwnLevel(AgencyLevel level) {
        // a department (sở) of the province under the provincial People's Committee
        assertTrue(level.mayBeUnder(level));
    }

    @Test
    void agencyMaySitUnderAnyHigherLevel() {
        assertTrue(PROVINCE.mayBeUnder(CENTRAL));
        assertTrue(DISTRICT.mayBeUnder(PROVINCE));
        assertTrue(DISTRICT.mayBeUnder(CENTRAL));
        assertTrue(COMMUNE.mayBeUnder(DISTRICT));
        assertTrue(COMMUNE.mayBeUnder(PROVINCE));
        assertTrue(COMMUNE.mayBeUnder(CENTRAL));
    }

    @Test
    void agencyMayNotSitUnderALowerLevel() {
        assertFalse(CENTRAL.mayBeUnder(PROVINCE));
        assertFalse(CENTRAL.mayBeUnder(COMMUNE));
        assertFalse(PROVINCE.mayBeUnder(DISTRICT));
        assertFalse(PROVINCE.mayBeUnder(COMMUNE));
        assertFalse(DISTRICT.mayBeUnder(COMMUNE));
    }
}
