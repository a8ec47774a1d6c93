## bookings
## Voyages, un voyage (aussi ce que l'hôte voit d'une réservation), les réservations et le
## calendrier de l'hôte, les notifications, et ce que le moteur de réservation annonce.

## Où en est une réservation.
booking-status-pending = En attente de l'hôte
booking-status-confirmed = Confirmée
booking-status-declined = Refusée
booking-status-expired = Expirée
booking-status-cancelled = Annulée
booking-status-completed = Terminée

booking-stay-line = Du { $check_in } au { $check_out } · { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
} · { $guests ->
    [one] { $guests } voyageur
   *[other] { $guests } voyageurs
}
booking-guests = { $guests ->
    [one] { $guests } voyageur
   *[other] { $guests } voyageurs
}
booking-row-guest = Voyageur : { $name }
booking-row-host = Hôte : { $name }

## Voyages (/trips).
booking-trips-title = Voyages
booking-trips-empty = Aucun voyage pour l'instant.
booking-trips-find = Trouver un logement
booking-trips-upcoming = À venir
booking-trips-waiting = En attente de l'hôte
booking-trips-past = Passés
booking-trips-cancelled = Annulés et refusés

## Un voyage (/trips/:id).
booking-trip-title = Votre voyage
booking-trip-requested = Demande envoyée. L'hôte a 24 heures pour répondre.
booking-trip-booked = C'est réservé. Bon voyage !
booking-view-listing = Voir le logement
booking-messages = Messages
booking-waiting-until = En attente de la réponse de l'hôte jusqu'au { $time }.
booking-your-guest = Votre voyageur
booking-your-host = Votre hôte
booking-contact = Contact :
booking-guest-message = Message : { $text }
booking-history = Historique
booking-history-line = { $time } : { $status }, par { $by ->
    [guest] le voyageur
    [host] l'hôte
   *[system] le système
} ({ $reason })
booking-price = Prix
booking-total = Total
booking-refunded = Remboursé
booking-accept = Accepter
booking-decline = Refuser
booking-cancel-open = Annuler…
booking-refund-preview = Vous récupérez { $refund }. { $rule }
booking-cancel-reason = Motif (facultatif)
booking-cancel-submit = Annuler cette réservation

## Les lignes du prix d'une réservation.
booking-line-nights = { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
}
booking-line-weekly-discount = Réduction à la semaine
booking-line-monthly-discount = Réduction au mois
booking-line-cleaning = Frais de ménage
booking-line-service = Frais de service Haven
booking-line-taxes = Taxes

## Ce qu'une annulation rembourse, et pourquoi.
booking-refund-unconfirmed = Une demande jamais confirmée n'est pas facturée.
booking-refund-host-cancelled = L'hôte a annulé : le voyageur est intégralement remboursé.
booking-refund-full = Annulée à temps pour un remboursement intégral.
booking-refund-half-moderate = Moins de 5 jours avant l'arrivée : la moitié du séjour est remboursée, hors frais de service.
booking-refund-half-strict = Moins de 14 jours avant l'arrivée : la moitié du séjour est remboursée, hors frais de service.
booking-refund-none = Trop près de l'arrivée pour un remboursement selon les conditions de ce logement.

## Les motifs que Haven inscrit dans l'historique d'une réservation.
booking-reason-requested = Demandée.
booking-reason-instant-book = Réservée en réservation instantanée.
booking-reason-accepted = Acceptée par l'hôte.
booking-reason-declined = Refusée par l'hôte.
booking-reason-expired = L'hôte n'a pas répondu sous 24 heures.
booking-reason-stay-over = Le séjour est terminé.
booking-reason-cancelled-by-host = Annulée par l'hôte.
booking-reason-cancelled-by-guest = Annulée par le voyageur.

## Le pass voyage : tout ce qu'il faut à l'arrivée.
booking-pass = Pass voyage
booking-pass-code = Code de confirmation
booking-pass-check-in = Arrivée
booking-pass-check-out = Départ
booking-pass-check-in-after = { $date } à partir de { $time }
booking-pass-check-out-before = { $date } avant { $time }
booking-pass-address = Adresse
booking-pass-guests = Voyageurs
booking-pass-host = Hôte

## Notifications (/notifications).
booking-notifications-title = Notifications
booking-notifications-read = Tout marquer comme lu
booking-notifications-empty = Rien pour l'instant. Les nouvelles de vos réservations s'afficheront ici.

## Réservations (/host/reservations).
booking-reservations-title = Réservations
booking-reservations-empty = Vos logements n'ont encore aucune réservation.
booking-answer-by = Répondez avant le { $time }
booking-accept-request = Accepter la demande pour { $listing }
booking-requests = Demandes
booking-requests-none = Aucune demande en attente.
booking-upcoming-stays = Séjours à venir
booking-past-and-cancelled = Passés et annulés

## Le calendrier d'un logement (/host/listings/:id/calendar).
booking-calendar-title = Calendrier
booking-calendar-back = ← Vos logements
booking-calendar-sync = Synchroniser avec d'autres sites (iCalendar)
booking-calendar-updated = Calendrier mis à jour.
booking-calendar-no-nights = Aucune nuit à afficher.
booking-calendar-previous = ← Précédent
booking-calendar-next = Suivant →
booking-calendar-nights = Nuits
booking-calendar-night = { $date } : { $state ->
    [booked] réservée
    [blocked] bloquée
   *[open] disponible
}, { $price }
booking-calendar-booked-link = Réservée
booking-calendar-change-nights = Modifier des nuits
booking-calendar-first-night = Première nuit
booking-calendar-until = Jusqu'au (matin qui suit la dernière nuit)
booking-calendar-change = Modification
booking-calendar-block = Bloquer ces nuits
booking-calendar-open = Ouvrir ces nuits
booking-calendar-set-price = Fixer un prix pour ces nuits
booking-calendar-reset-price = Revenir au prix habituel
booking-calendar-price = Prix par nuit (pour « Fixer un prix »)
booking-calendar-save = Enregistrer
booking-calendar-bad-price = Saisissez un prix comme 120 ou 120.50.
booking-calendar-unknown-change = Modification de calendrier inconnue.
booking-calendar-bad-date = Utilisez une date comme 2026-12-24.
booking-calendar-no-change = Indiquez au moins une modification.
booking-calendar-too-many-changes = Envoyez au plus { $max } modifications à la fois.
booking-calendar-to-before-from = `to` doit être après `from`.
booking-calendar-too-many-nights = Modifiez au plus { $max } nuits à la fois.
booking-calendar-price-range = Le prix d'une nuit doit être compris entre 0,01 et 100 000,00.
booking-calendar-price-and-reset = Fixez un prix ou réinitialisez-le, pas les deux.
booking-calendar-nothing-to-change = Indiquez quoi modifier : `blocked`, `price_minor` ou `reset_price`.
booking-calendar-past = Les nuits passées ne peuvent plus être modifiées.
booking-calendar-too-far = Le calendrier s'étend jusqu'à deux ans.
booking-calendar-booked = Certaines de ces nuits sont réservées ; elles ne peuvent pas être bloquées.
booking-calendar-out-of-range = Choisissez une première nuit entre il y a un an et dans deux ans.

## Ce que la réservation refuse.
booking-error-unknown-action = Action inconnue.
booking-error-no-listing = Choisissez un logement.
booking-error-special-requests = Les demandes particulières doivent faire moins de { $max } caractères.
booking-error-nights-taken = Ces nuits viennent d'être réservées ou bloquées. Choisissez d'autres dates.
booking-error-key-reused = Cette Idempotency-Key a servi pour une autre demande de réservation.
booking-error-own-listing = Vous ne pouvez pas réserver votre propre logement.
booking-error-request-expired = Cette demande a expiré.
booking-error-stay-over = Ce séjour est terminé et ne peut plus être annulé.
booking-error-payment = Le paiement n'a pas pu aboutir.
booking-refused-answer = Seule une demande en attente peut recevoir une réponse ; cette réservation est { $status ->
    [pending] en attente
    [confirmed] confirmée
    [declined] refusée
    [expired] expirée
    [cancelled] annulée
   *[completed] terminée
}.
booking-refused-cancel = Cette réservation est { $status ->
    [pending] en attente
    [confirmed] confirmée
    [declined] refusée
    [expired] expirée
    [cancelled] annulée
   *[completed] terminée
} et ne peut plus être annulée.
booking-refused = Cette réservation est { $status ->
    [pending] en attente
    [confirmed] confirmée
    [declined] refusée
    [expired] expirée
    [cancelled] annulée
   *[completed] terminée
}.

## Avis envoyés (la cloche et les e-mails).
booking-notice-new-reservation = Nouvelle réservation
booking-notice-new-reservation-body = { $guest } a réservé { $listing } du { $check_in } au { $check_out }.
booking-notice-stay-booked = Votre séjour est réservé
booking-notice-stay-booked-body = { $listing }, du { $check_in } au { $check_out }. Bon voyage !
booking-notice-new-request = Nouvelle demande de réservation
booking-notice-new-request-body = { $guest } souhaite séjourner à { $listing } du { $check_in } au { $check_out }. Répondez sous 24 heures.
booking-notice-accepted = Votre demande a été acceptée
booking-notice-accepted-body = { $host } a accepté votre séjour à { $listing }, du { $check_in } au { $check_out }.
booking-notice-declined = Votre demande a été refusée
booking-notice-declined-body = { $host } ne peut pas vous accueillir à { $listing } du { $check_in } au { $check_out }. Vous n'avez pas été débité.
booking-notice-expired = Votre demande a expiré
booking-notice-expired-body = { $host } n'a pas répondu à temps pour { $listing }, du { $check_in } au { $check_out }. Vous n'avez pas été débité.
booking-notice-expired-for-host = Une demande a expiré
booking-notice-expired-for-host-body = La demande de { $guest } pour { $listing }, du { $check_in } au { $check_out }, a expiré sans réponse.
booking-notice-host-cancelled = Votre hôte a annulé
booking-notice-host-cancelled-body = { $host } a annulé votre séjour à { $listing }, du { $check_in } au { $check_out }.
booking-notice-host-cancelled-refund-body = { $host } a annulé votre séjour à { $listing }, du { $check_in } au { $check_out }. { $refund } vous sont remboursés.
booking-notice-guest-cancelled = Un voyageur a annulé
booking-notice-guest-cancelled-body = { $guest } a annulé son séjour à { $listing }, du { $check_in } au { $check_out }.

## Les versements à un hôte (le tableau de bord).
booking-payout-scheduled = Programmé
booking-payout-paid = Versé
booking-charged-in = Débité en { $currency }, la devise du logement.
