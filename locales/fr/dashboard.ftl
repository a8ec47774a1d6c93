## dashboard
## Le tableau de bord de l'hôte (/host) : les chiffres de la période, les graphiques, chaque
## logement, le panneau « Aujourd'hui » et les versements.

dashboard-title = Tableau de bord
dashboard-nav = Espace hôte
dashboard-nav-reservations = Réservations
dashboard-nav-listings = Vos logements
dashboard-loading = Calcul de vos chiffres…
dashboard-performance = Performances du { $from } au { $to }
dashboard-trends = Tendances
dashboard-listings = Logements

## Le choix de la période et du logement.

dashboard-controls = Période et logement
dashboard-period = Période
dashboard-period-7d = 7 derniers jours
dashboard-period-30d = 30 derniers jours
dashboard-period-90d = 90 derniers jours
dashboard-period-365d = 365 derniers jours
dashboard-period-next30 = 30 prochains jours (réservé à ce jour)
dashboard-period-next90 = 90 prochains jours (réservé à ce jour)
dashboard-period-months = Mois
dashboard-period-custom = Les dates ci-dessous
dashboard-from = Du
dashboard-to = Au
dashboard-listing = Logement
dashboard-all-listings = Tous les logements
dashboard-chart-by = Graphiques par
dashboard-granularity-day = Jour
dashboard-granularity-week = Semaine
dashboard-granularity-month = Mois
dashboard-show = Afficher

## Erreurs du formulaire.

dashboard-error-period = Choisissez 7d, 30d, 90d, 365d, next30, next90 ou un mois comme 2026-11.
dashboard-error-date = Indiquez une date comme 2026-11-30.
dashboard-error-end-before-start = La fin précède le début.
dashboard-error-too-long = Demandez au plus { $days } jours à la fois.
dashboard-error-first-date = Indiquez aussi la première date.
dashboard-error-last-date = Indiquez aussi la dernière date.
dashboard-error-listing = L'identifiant d'un logement est un nombre positif.
dashboard-error-granularity = Choisissez jour, semaine ou mois.

## Téléchargements.

dashboard-exports = Télécharger en CSV :
dashboard-export-reservations = Réservations (CSV)
dashboard-export-earnings = Lignes de revenus (CSV)

## L'écriture des chiffres.

dashboard-percent = { $percent } %
# Le montant nomme déjà sa devise (« 120 $US »).
dashboard-amount-with-code = { $amount }
dashboard-duration-days = { $days } j { $hours } h
dashboard-duration-hours = { $hours } h { $minutes } min
dashboard-duration-minutes = { $minutes } min
# Points de pourcentage.
dashboard-change-points = { $sign }{ $points } pts
dashboard-change-percent = { $sign }{ $percent } %

## Les cartes de chiffres.

dashboard-kpis = Chiffres de la période
dashboard-kpi-occupancy = Taux d'occupation
dashboard-kpi-adr = Prix moyen par nuit
dashboard-kpi-revpar = RevPAR
dashboard-kpi-revenue = Chiffre d'affaires
dashboard-kpi-earnings = Vos revenus
dashboard-kpi-booked-nights = Nuits réservées
dashboard-kpi-average-stay = Durée moyenne de séjour
dashboard-kpi-lead-time = Délai de réservation
dashboard-kpi-cancellation-rate = Taux d'annulation
dashboard-kpi-acceptance-rate = Taux d'acceptation
dashboard-kpi-views = Vues du logement
dashboard-kpi-conversion = Taux de conversion des vues
dashboard-kpi-nights = { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
}
dashboard-kpi-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
dashboard-kpi-vs-before = { $change } par rapport à la période précédente
dashboard-kpi-vs-before-none = Pas de comparaison avec la période précédente
dashboard-kpi-vs-year = { $change } par rapport à l'année précédente
dashboard-kpi-vs-year-none = Pas de comparaison avec l'année précédente
dashboard-kpi-summary = Valeur brute des réservations : { $gross }. { $requests ->
    [one] { $requests } demande de réservation
   *[other] { $requests } demandes de réservation
}, délai de réponse médian de { $median }. Montants en { $currency }, chaque réservation au taux de change du jour où elle a été faite.

## Les chiffres de chaque logement.

dashboard-table-caption = Chaque logement sur la période (montants en { $currency }). Choisissez un en-tête pour trier.
dashboard-col-listing = Logement
dashboard-col-booked = Nuits réservées
dashboard-col-occupancy = Occupation
dashboard-col-adr = Prix moyen
dashboard-col-revpar = RevPAR
dashboard-col-revenue = Chiffre d'affaires
dashboard-col-earnings = Revenus
dashboard-col-stays = Séjours
dashboard-col-cancellations = Taux d'annulation
dashboard-col-views = Vues

## Les graphiques du tableau de bord.

dashboard-earnings-title = Revenus par mois, { $year } comparé à { $last_year }
dashboard-earnings-x = Mois
dashboard-earnings-y = Revenus
dashboard-occupancy-title = { $unit ->
    [day] Occupation par jour
    [week] Occupation par semaine
   *[month] Occupation par mois
}
dashboard-occupancy-x = { $unit ->
    [day] Jour
    [week] Semaine du
   *[month] Mois
}
dashboard-occupancy-y = Occupation
dashboard-occupancy-now = Cette période
dashboard-occupancy-earlier = Un an plus tôt
dashboard-lead-title = Délai de réservation : combien de temps à l'avance les séjours ont été réservés
dashboard-lead-x = Réservé à l'avance
dashboard-lead-count = Séjours
dashboard-lead-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
dashboard-lead-range = { $from }–{ $to } jours
dashboard-lead-open = { $from } jours et plus

## Tout graphique.

dashboard-chart-empty = Aucune donnée pour cette période
dashboard-chart-show-data = Afficher les données
dashboard-chart-show-data-named = Afficher les données : { $title }
dashboard-chart-no-data = Aucune donnée
dashboard-chart-with-unit = { $name } ({ $unit })
dashboard-chart-kind = { $kind ->
    [bars] Diagramme en barres
    [lines] Graphique linéaire
   *[histogram] Histogramme
}
dashboard-chart-summary-range = { $chart } de { $series }, de { $first } à { $last }.
dashboard-chart-summary-one = { $chart } de { $series }, { $label }.
dashboard-chart-summary-none = { $chart }.
dashboard-chart-series-list = { $init } et { $last }
dashboard-chart-highest = Valeur la plus élevée : { $point }.
dashboard-chart-table-note = Le tableau qui suit le graphique donne toutes les valeurs.
dashboard-chart-point = { $label } : { $value }
dashboard-chart-point-series = { $label }, { $series } : { $value }
dashboard-chart-percent = { $percent } %
dashboard-chart-money-tick = { $number } { $symbol }
dashboard-chart-millions = { $number } M
dashboard-chart-billions = { $number } Md

## Le panneau « Aujourd'hui ».

dashboard-today = Aujourd'hui
dashboard-today-loading = Coup d'œil sur votre journée…
dashboard-today-check-ins = Arrivées
dashboard-today-check-outs = Départs
dashboard-today-when-today = Aujourd'hui ({ $count })
dashboard-today-when-tomorrow = Demain ({ $count })
dashboard-today-arrivals-today = Arrivées aujourd'hui
dashboard-today-arrivals-tomorrow = Arrivées demain
dashboard-today-no-arrivals-today = Aucune arrivée aujourd'hui
dashboard-today-no-arrivals-tomorrow = Aucune arrivée demain
dashboard-today-departures-today = Départs aujourd'hui
dashboard-today-departures-tomorrow = Départs demain
dashboard-today-no-departures-today = Aucun départ aujourd'hui
dashboard-today-no-departures-tomorrow = Aucun départ demain
dashboard-today-staying = Présents cette nuit ({ $count })
dashboard-today-staying-list = Présents cette nuit
dashboard-today-no-staying = Aucun voyageur cette nuit
dashboard-today-requests = Demandes en attente ({ $count })
dashboard-today-requests-list = Demandes en attente
dashboard-today-no-requests = Aucune demande en attente
dashboard-today-messages = Messages
dashboard-today-no-unread = Aucun message non lu
dashboard-today-unread = { $count ->
    [one] { $count } conversation avec des messages non lus
   *[other] { $count } conversations avec des messages non lus
}
dashboard-today-reviews = Commentaires à rédiger ({ $count })
dashboard-today-reviews-list = Commentaires à rédiger
dashboard-today-no-reviews = Aucun commentaire à rédiger
dashboard-today-more = et { $count } de plus
dashboard-today-stay = Du { $check_in } au { $check_out } · { $guests ->
    [one] { $guests } voyageur
   *[other] { $guests } voyageurs
}
dashboard-today-answer = Répondre à { $name }
dashboard-today-left = Il reste { $duration }
dashboard-today-review = Évaluer { $name }
dashboard-today-review-dates = Départ le { $check_out } · commentaires possibles jusqu'au { $closes_on }
dashboard-today-review-left = { $days ->
    [0] dernier jour
    [one] encore { $days } jour
   *[other] encore { $days } jours
}

## Versements.

dashboard-payouts = Versements
dashboard-payouts-rule = La part d'un séjour est débloquée au premier minuit (UTC) au moins 24 heures après la fin du séjour, ou après une annulation pour ce que vous conservez, puis versée avec les autres parts débloquées à ce moment-là.
dashboard-payouts-loading = Récupération de vos versements…
dashboard-payouts-totals-caption = Vos versements par devise : versés, programmés et à venir.
dashboard-payouts-col-currency = Devise
dashboard-payouts-col-paid = Versé
dashboard-payouts-col-scheduled = Programmé
dashboard-payouts-col-upcoming = À venir
dashboard-payouts-list = Programmés et versés
dashboard-payouts-none = Aucun versement pour l'instant : ils suivent votre premier séjour terminé.
dashboard-payouts-caption = Versements programmés, puis versés, du plus récent au plus ancien (dates en UTC), avec les séjours couverts par chacun.
dashboard-payouts-col-date = Date
dashboard-payouts-col-status = Statut
dashboard-payouts-col-amount = Montant
dashboard-payouts-col-reference = Référence
dashboard-payouts-col-stays = Séjours
dashboard-payouts-pages = Pages de versements
dashboard-payouts-older = Versements plus anciens
dashboard-payouts-latest = Derniers versements
dashboard-payouts-upcoming = À venir
dashboard-payouts-no-upcoming = Aucun séjour confirmé en attente de versement.
dashboard-payouts-upcoming-caption = Séjours confirmés par date de déblocage prévue (UTC), avec ce que chacun vous versera.
dashboard-payouts-col-release = Déblocage prévu
dashboard-payouts-later = Les déblocages ultérieurs sont comptés dans les totaux ci-dessus.
dashboard-payout-paid-on = Versé le { $date }
dashboard-payout-released-on = Débloqué le { $date }
dashboard-payout-booking = Réservation { $id }
dashboard-payout-stay = { $listing }, du { $check_in } au { $check_out } : { $amount }
dashboard-payout-stay-cancelled = { $listing }, du { $check_in } au { $check_out } : { $amount } (annulée : ce que vous conservez)
