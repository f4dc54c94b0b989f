package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.control.PartnerHmac;

/**
 * Every minute, forgets the signatures of partner calls older than twice the HMAC window (ten
 * minutes): the replay check only needs those a partner could still send with an accepted
 * timestamp. One delete a minute, where deleting on every call would make concurrent calls wait
 * on each other's commit for the same aged rows. A non-persistent timer: after a restart the
 * next minute catches up.
 */
@Stateless
@PermitAll
public class SeenCallPurge {

    @Inject
    ExchangeRepository repository;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void purge() {
        repository.forgetCallsBefore(Instant.now().minus(PartnerHmac.WINDOW.multipliedBy(2)));
    }
}
