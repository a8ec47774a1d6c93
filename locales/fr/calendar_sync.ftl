## calendar_sync
## La synchronisation avec d'autres sites (/host/listings/:id/calendar/sync) : l'adresse
## d'export, les calendriers importés et le résultat de leur synchronisation, et les conflits
## avec les réservations.

calendar-sync-title = Synchronisation des calendriers
calendar-sync-back = ← Calendrier
calendar-sync-heading = Synchroniser avec d'autres sites

## Export.

calendar-sync-export-heading = Export : votre calendrier Haven
# « Reserved » et « Not available » sont les titres des événements du fichier, en anglais.
calendar-sync-export-intro = Collez cette adresse dans l'import de calendrier de chacun des autres sites où ce logement est proposé. Elle indique les nuits réservées comme « Reserved » et les nuits que vous avez bloquées comme « Not available », sans nom de voyageur. Gardez-la privée : toute personne qui la possède peut voir quelles nuits sont prises.
calendar-sync-export-regenerated = Une nouvelle adresse est prête. L'ancienne ne fonctionne plus : donnez la nouvelle à vos autres sites.
calendar-sync-export-address = Adresse du calendrier (iCalendar)
calendar-sync-export-download = Télécharger le calendrier
calendar-sync-export-regenerate = Créer une nouvelle adresse
calendar-sync-export-regenerate-hint = Faites-le si l'adresse a circulé : l'ancienne cesse aussitôt de fonctionner.

## Conflits.

calendar-sync-conflicts = Conflits ({ $count })
calendar-sync-conflicts-none = Aucun événement importé n'entre en conflit avec une réservation Haven.
calendar-sync-conflicts-intro = Ces événements d'autres sites chevauchent des séjours réservés sur Haven.
calendar-sync-conflict = { $feed } indique du { $from } au { $to }, des nuits occupées par la { $booking }. La réservation les conserve : réglez la situation sur l'autre site, ou annulez ici.
calendar-sync-conflict-booking = réservation { $id }
calendar-sync-conflict-dismiss = Ignorer
calendar-sync-conflict-dismiss-label = Ignorer : { $feed } du { $from } au { $to }
calendar-sync-conflict-dismissed = Ignoré.

## Calendriers importés.

calendar-sync-import-heading = Import : calendriers d'autres sites
calendar-sync-import-intro = Haven lit chacun d'eux toutes les 15 minutes. Leurs événements bloquent des nuits ici, pour que les voyageurs ne puissent pas les réserver ; vos propres blocages et les réservations Haven ne sont jamais modifiés par eux.
calendar-sync-import-empty = Aucun calendrier importé pour l'instant.
calendar-sync-never = jamais
calendar-sync-last-sync = Dernière synchronisation : { $when }
calendar-sync-last-sync-syncing = Dernière synchronisation : { $when } · synchronisation en cours
calendar-sync-sync-now = Synchroniser maintenant
calendar-sync-sync-now-label = Synchroniser maintenant : { $name }
calendar-sync-remove = Supprimer
calendar-sync-remove-label = Supprimer : { $name }
calendar-sync-add-heading = Importer un calendrier
calendar-sync-field-name = Nom
calendar-sync-field-name-hint = Comment vous l'appelez, par ex. « Airbnb » ou « Vrbo ».
calendar-sync-field-url = Adresse du calendrier
calendar-sync-field-url-hint = L'adresse d'export de l'autre site (iCal, .ics), commençant par https://.
calendar-sync-add = Importer le calendrier

## Résultat de la dernière synchronisation.

calendar-sync-status-pending = En attente de sa première synchronisation.
calendar-sync-status-updated = { $nights ->
    [one] Synchronisé : il bloque { $nights } nuit à partir d'aujourd'hui.
   *[other] Synchronisé : il bloque { $nights } nuits à partir d'aujourd'hui.
}
calendar-sync-status-unchanged = { $nights ->
    [one] Aucun changement depuis la dernière synchronisation : il bloque { $nights } nuit à partir d'aujourd'hui.
   *[other] Aucun changement depuis la dernière synchronisation : il bloque { $nights } nuits à partir d'aujourd'hui.
}
calendar-sync-status-failed = La dernière synchronisation a échoué.

## Erreurs.

calendar-sync-too-many = Un logement peut importer au plus { $max } calendriers.
calendar-sync-already-imported = Ce logement importe déjà ce calendrier.

## L'adresse d'un calendrier.

calendar-sync-url-too-long = Cette adresse est trop longue.
calendar-sync-url-unreadable = Collez l'adresse complète du calendrier, commençant par https:// ou http://.
calendar-sync-url-webcal = Cette adresse webcal:// est illisible.
calendar-sync-url-scheme = Seules les adresses http:// et https:// peuvent être importées.
calendar-sync-url-credentials = Retirez le nom d'utilisateur et le mot de passe de l'adresse.
calendar-sync-url-no-host = L'adresse n'a pas de nom d'hôte.
calendar-sync-url-private = Cette adresse se trouve sur un réseau privé : Haven n'importe que des calendriers publics.

## Pourquoi une synchronisation a échoué.

calendar-sync-fail-client = Haven n'a pas pu lancer le téléchargement ; il réessaiera.
calendar-sync-fail-timeout = Aucune réponse de { $host } en { $limit }.
calendar-sync-fail-redirect-nowhere = Le calendrier sur { $host } a redirigé sans indiquer vers où.
calendar-sync-fail-redirect-refused = Le calendrier sur { $host } a redirigé vers une adresse que Haven ne suit pas : { $reason }
calendar-sync-fail-status = Le calendrier sur { $host } a répondu { $status } { $reason }.
calendar-sync-fail-status-code = Le calendrier sur { $host } a répondu { $status }.
calendar-sync-fail-redirects = Le calendrier sur { $host } a redirigé plus de { $max } fois.
calendar-sync-fail-too-large = Le calendrier sur { $host } dépasse { $limit }.
calendar-sync-fail-private = { $host } se trouve sur un réseau privé : Haven n'importe que des calendriers publics.
calendar-sync-fail-slow = { $host } n'a pas répondu à temps.
calendar-sync-fail-connect = Impossible de se connecter à { $host }.
calendar-sync-fail-broke-off = Le téléchargement depuis { $host } a été interrompu.
calendar-sync-fail-fetch = Impossible de récupérer le calendrier sur { $host }.
calendar-sync-fail-unreadable = Ce n'est pas un fichier iCalendar que Haven sait lire.
calendar-sync-fail-not-ical = Ce n'est pas un fichier iCalendar : il ne commence pas par BEGIN:VCALENDAR.
calendar-sync-fail-unbalanced = Ce n'est pas un fichier iCalendar : ses lignes BEGIN et END ne correspondent pas.
calendar-sync-fail-line = Ce n'est pas un fichier iCalendar : la ligne { $line } n'est pas une ligne de calendrier (« { $text } »).
calendar-sync-fail-event-no-start = L'événement « { $event } » n'a pas de début (DTSTART).
calendar-sync-fail-event-start = L'événement « { $event } » a un début (DTSTART) illisible.
calendar-sync-fail-event-end = L'événement « { $event } » a une fin (DTEND) illisible.
calendar-sync-fail-event-duration = L'événement « { $event } » a une durée (DURATION) illisible.
calendar-sync-fail-event-rule = L'événement « { $event } » a une règle de répétition (RRULE:{ $rule }) illisible.
calendar-sync-fail-event-rule-often = L'événement « { $event } » a une règle de répétition (RRULE:{ $rule }) qui se répète plus d'une fois par jour.
calendar-sync-fail-event-rule-until = L'événement « { $event } » a une règle de répétition (RRULE:{ $rule }) dont le UNTIL est illisible.
calendar-sync-fail-event-rule-invalid = L'événement « { $event } » a une règle de répétition (RRULE:{ $rule }) qui n'est pas valide : { $detail }.
calendar-sync-fail-too-many-events = Le calendrier compte plus de { $max } événements sur les deux prochaines années.
calendar-sync-seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } secondes
}
calendar-sync-milliseconds = { $count } millisecondes
calendar-sync-mib = { $count } Mio
calendar-sync-kib = { $count } Kio
calendar-sync-bytes = { $count } octets
