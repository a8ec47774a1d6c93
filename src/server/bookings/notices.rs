//! The in-app notices (the bell) the engine sends when a booking changes. Who hears what is
//! one pure function, [`for_action`], so the rules can be read in one place and tested
//! without a database; [`notify`] only writes its result to the outbox, in the same
//! transaction as the change.

use super::rows::Row;
use crate::app::types::booking::{Action, Party};
use crate::server::catalog::listings::money as money_of;
use crate::server::notifications::{self, Notice};
use sqlx::PgConnection;
use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// What happened to a booking, as its notices tell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Happened {
    /// A guest booked an instant-book listing: confirmed at once.
    Booked,
    /// A guest asked to stay; the host has to answer.
    Requested,
    /// A move in the transition table, by the party who made it, with what it refunded
    /// (only a cancellation refunds anything).
    Moved {
        action: Action,
        by: Party,
        refund_minor: i64,
    },
}

/// What notices say about a booking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Facts {
    pub(super) booking_id: i64,
    pub(super) guest_id: Uuid,
    pub(super) host_id: Uuid,
    pub(super) title: String,
    pub(super) guest_name: String,
    pub(super) host_name: String,
    pub(super) check_in: Date,
    pub(super) check_out: Date,
    /// ISO 4217, as stored, for amounts refunded.
    pub(super) currency: String,
}

impl Facts {
    pub(super) fn of(row: &Row) -> Self {
        Self {
            booking_id: row.id,
            guest_id: row.guest_id,
            host_id: row.host_id,
            title: row.title.clone(),
            guest_name: row.guest_name.clone(),
            host_name: row.host_name.clone(),
            check_in: row.check_in,
            check_out: row.check_out,
            currency: row.currency.clone(),
        }
    }
}

/// One notice for one person. Every notice links to its booking (the bell turns
/// `booking_id` into `/trips/{id}`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Told {
    pub(super) recipient: Uuid,
    /// `booking_requested`, `booking_confirmed`, ...
    pub(super) kind: &'static str,
    /// What they read, in their language.
    pub(super) notice: Notice,
    pub(super) booking_id: i64,
}

/// Who hears about what happened, and what they read. Nobody is told of their own action;
/// Haven's own moves concern both people, except completion, which tells no one: both
/// were there when the stay ended and nothing in it asks anything of them.
pub(super) fn for_action(happened: Happened, f: &Facts) -> Vec<Told> {
    let told = |recipient, kind, notice| Told {
        recipient,
        kind,
        notice,
        booking_id: f.booking_id,
    };
    let guest = || f.guest_name.clone();
    let host = || f.host_name.clone();
    let listing = || f.title.clone();
    let check_in = || f.check_in.to_string();
    let check_out = || f.check_out.to_string();
    match happened {
        Happened::Booked => vec![
            told(
                f.host_id,
                "booking_confirmed",
                Notice::NewReservation {
                    guest: guest(),
                    listing: listing(),
                    check_in: check_in(),
                    check_out: check_out(),
                },
            ),
            told(
                f.guest_id,
                "booking_confirmed",
                Notice::StayBooked {
                    listing: listing(),
                    check_in: check_in(),
                    check_out: check_out(),
                },
            ),
        ],
        Happened::Requested => vec![told(
            f.host_id,
            "booking_requested",
            Notice::NewRequest {
                guest: guest(),
                listing: listing(),
                check_in: check_in(),
                check_out: check_out(),
            },
        )],
        Happened::Moved {
            action: Action::Accept,
            ..
        } => vec![told(
            f.guest_id,
            "booking_confirmed",
            Notice::RequestAccepted {
                host: host(),
                listing: listing(),
                check_in: check_in(),
                check_out: check_out(),
            },
        )],
        Happened::Moved {
            action: Action::Decline,
            ..
        } => vec![told(
            f.guest_id,
            "booking_declined",
            Notice::RequestDeclined {
                host: host(),
                listing: listing(),
                check_in: check_in(),
                check_out: check_out(),
            },
        )],
        Happened::Moved {
            action: Action::Expire,
            ..
        } => vec![
            told(
                f.guest_id,
                "booking_expired",
                Notice::RequestExpired {
                    host: host(),
                    listing: listing(),
                    check_in: check_in(),
                    check_out: check_out(),
                },
            ),
            told(
                f.host_id,
                "booking_expired",
                Notice::RequestExpiredForHost {
                    guest: guest(),
                    listing: listing(),
                    check_in: check_in(),
                    check_out: check_out(),
                },
            ),
        ],
        Happened::Moved {
            action: Action::Cancel,
            by: Party::Host,
            refund_minor,
        } => vec![told(
            f.guest_id,
            "booking_cancelled",
            Notice::HostCancelled {
                host: host(),
                listing: listing(),
                check_in: check_in(),
                check_out: check_out(),
                refund: (refund_minor > 0)
                    .then(|| money_of(refund_minor, &f.currency).ok())
                    .flatten(),
            },
        )],
        Happened::Moved {
            action: Action::Cancel,
            ..
        } => vec![told(
            f.host_id,
            "booking_cancelled",
            Notice::GuestCancelled {
                guest: guest(),
                listing: listing(),
                check_in: check_in(),
                check_out: check_out(),
            },
        )],
        Happened::Moved {
            action: Action::Complete,
            ..
        } => Vec::new(),
    }
}

/// Writes `notices` to the outbox's `notifications` stream, one event each, in order.
pub(super) async fn notify(
    tx: &mut PgConnection,
    notices: Vec<Told>,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    for n in notices {
        notifications::tell(tx, n.recipient, n.kind, Some(n.booking_id), &n.notice, now).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::Locale;
    use crate::app::types::booking::{BookingStatus, transition};
    use time::macros::date;

    const GUEST: Uuid = Uuid::from_u128(1);
    const HOST: Uuid = Uuid::from_u128(2);

    fn facts() -> Facts {
        Facts {
            booking_id: 42,
            guest_id: GUEST,
            host_id: HOST,
            title: "Casa Azul".into(),
            guest_name: "Ana".into(),
            host_name: "Hana".into(),
            check_in: date!(2026 - 07 - 01),
            check_out: date!(2026 - 07 - 04),
            currency: "EUR".into(),
        }
    }

    fn moved(action: Action, by: Party, refund_minor: i64) -> Happened {
        Happened::Moved {
            action,
            by,
            refund_minor,
        }
    }

    /// `(recipient, kind, title, body)` of each notice, in order, in English.
    fn told(happened: Happened) -> Vec<(Uuid, &'static str, String, String)> {
        for_action(happened, &facts())
            .into_iter()
            .map(|n| {
                assert_eq!(n.booking_id, 42, "every notice links to its booking");
                let (title, body) = (n.notice.title(Locale::En), n.notice.body(Locale::En));
                (n.recipient, n.kind, title, body)
            })
            .collect()
    }

    fn n(
        to: Uuid,
        kind: &'static str,
        title: &str,
        body: &str,
    ) -> (Uuid, &'static str, String, String) {
        (to, kind, title.to_string(), body.to_string())
    }

    #[test]
    fn an_instant_booking_tells_the_host_then_the_guest() {
        assert_eq!(
            told(Happened::Booked),
            [
                n(
                    HOST,
                    "booking_confirmed",
                    "New reservation",
                    "Ana booked Casa Azul for Jul 1, 2026 to Jul 4, 2026."
                ),
                n(
                    GUEST,
                    "booking_confirmed",
                    "Your stay is booked",
                    "Casa Azul, Jul 1, 2026 to Jul 4, 2026. Have a good trip!"
                ),
            ]
        );
    }

    #[test]
    fn a_request_tells_the_host() {
        assert_eq!(
            told(Happened::Requested),
            [n(
                HOST,
                "booking_requested",
                "New booking request",
                "Ana asks to stay at Casa Azul for Jul 1, 2026 to Jul 4, 2026. Answer within 24 hours."
            )]
        );
    }

    #[test]
    fn the_host_accepting_tells_the_guest() {
        assert_eq!(
            told(moved(Action::Accept, Party::Host, 0)),
            [n(
                GUEST,
                "booking_confirmed",
                "Your request was accepted",
                "Hana accepted your stay at Casa Azul, Jul 1, 2026 to Jul 4, 2026."
            )]
        );
    }

    #[test]
    fn the_host_declining_tells_the_guest() {
        assert_eq!(
            told(moved(Action::Decline, Party::Host, 0)),
            [n(
                GUEST,
                "booking_declined",
                "Your request was declined",
                "Hana cannot host you at Casa Azul for Jul 1, 2026 to Jul 4, 2026. You were not charged."
            )]
        );
    }

    #[test]
    fn expiry_tells_the_guest_then_the_host() {
        assert_eq!(
            told(moved(Action::Expire, Party::System, 0)),
            [
                n(
                    GUEST,
                    "booking_expired",
                    "Your request expired",
                    "Hana did not answer in time for Casa Azul, Jul 1, 2026 to Jul 4, 2026. You were not charged."
                ),
                n(
                    HOST,
                    "booking_expired",
                    "A request expired",
                    "Ana's request for Casa Azul, Jul 1, 2026 to Jul 4, 2026, expired unanswered."
                ),
            ]
        );
    }

    #[test]
    fn the_guest_cancelling_tells_the_host_without_the_refund() {
        assert_eq!(
            told(moved(Action::Cancel, Party::Guest, 12_000)),
            [n(
                HOST,
                "booking_cancelled",
                "A guest cancelled",
                "Ana cancelled their stay at Casa Azul, Jul 1, 2026 to Jul 4, 2026."
            )]
        );
    }

    #[test]
    fn the_host_cancelling_tells_the_guest_what_is_refunded() {
        assert_eq!(
            told(moved(Action::Cancel, Party::Host, 123_450)),
            [n(
                GUEST,
                "booking_cancelled",
                "Your host cancelled",
                "Hana cancelled your stay at Casa Azul, Jul 1, 2026 to Jul 4, 2026. €1,234.50 is refunded."
            )]
        );
        assert_eq!(
            told(moved(Action::Cancel, Party::Host, 0))[0].3,
            "Hana cancelled your stay at Casa Azul, Jul 1, 2026 to Jul 4, 2026."
        );
    }

    #[test]
    fn completion_tells_no_one() {
        assert_eq!(told(moved(Action::Complete, Party::System, 0)), []);
    }

    /// Every legal move in the shared table tells the other party (for Haven's own moves,
    /// both), and never the one who acted; completion is the one, deliberate, exception.
    #[test]
    fn every_legal_move_tells_the_other_party() {
        let mut moves = 0;
        for status in BookingStatus::ALL {
            for action in Action::ALL {
                for by in [Party::Guest, Party::Host, Party::System] {
                    if transition(status, action, by).is_err() {
                        continue;
                    }
                    moves += 1;
                    let to: Vec<Uuid> = told(moved(action, by, 5_000))
                        .into_iter()
                        .map(|t| t.0)
                        .collect();
                    let (others, actor): (&[Uuid], _) = match by {
                        Party::Guest => (&[HOST], Some(GUEST)),
                        Party::Host => (&[GUEST], Some(HOST)),
                        Party::System => (&[GUEST, HOST], None),
                    };
                    let what = format!("{action:?} by {by:?} from {status:?}");
                    if action == Action::Complete {
                        assert!(to.is_empty(), "{what}: {to:?}");
                        continue;
                    }
                    for other in others {
                        assert!(to.contains(other), "{what} does not tell {other}");
                    }
                    assert!(
                        actor.is_none_or(|a| !to.contains(&a)),
                        "{what} tells the one who acted"
                    );
                }
            }
        }
        // Guards against passing vacuously: the table has seven legal moves.
        assert_eq!(moves, 7);
    }
}
