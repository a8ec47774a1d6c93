## assistant
## L’assistant de voyage : que faire près d’un séjour, les séjours similaires, le guide de
## l’hôte, le programme du voyage, « Sélectionnés pour vous » et l’historique de recherche.

## Types de lieux, et à quoi ressemble un lieu
assistant-category-food = Restaurants et bars
assistant-category-museum = Musées
assistant-category-sight = Sites à voir
assistant-category-outdoors = Plein air
assistant-category-nightlife = Vie nocturne
assistant-category-shopping = Shopping
assistant-category-family = Pour les enfants
assistant-category-wellness = Bien-être
assistant-category-culture = Culture et spectacles
assistant-origin-guidebook = Coup de cœur de l’hôte
assistant-origin-haven = Liste de Haven
assistant-price-free = Gratuit
assistant-price-inexpensive = € (bon marché)
assistant-price-very-expensive = €€€€ (très cher)
assistant-indoors = En intérieur
assistant-outdoors = En plein air
assistant-good-for-children = Adapté aux enfants
assistant-km = { $km } km
assistant-km-away = à { $km } km
assistant-km-from-home = à { $km } km du logement

## Horaires d’ouverture
assistant-hours-as-listed = Horaires indiqués : { $hours }
assistant-hours-unknown = Horaires inconnus
assistant-hours-always-open = Ouvert 24 h/24
assistant-hours-days = { $days } { $times }
assistant-hours-days-closed = { $days } fermé
assistant-hours-days-all-day = { $days } ouvert 24 h/24
assistant-hours-closed = fermé
assistant-hours-open-all-day = ouvert 24 h/24
assistant-hours-error = { $problem } Écrivez les horaires ainsi : « Mo-Fr 09:00-17:00; Sa 10:00-14:00 », ou 24/7.
assistant-hours-empty = Les horaires sont vides.
assistant-hours-too-long = Les horaires ne doivent pas dépasser { $max } caractères.
assistant-hours-empty-rule = Il y a une règle vide entre deux « ; ».
assistant-hours-not-a-day = « { $text } » n’est pas un jour (Mo, Tu, We, Th, Fr, Sa, Su).
assistant-hours-not-a-time = « { $text } » n’est pas une heure (HH:MM, de 00:00 à 24:00).
assistant-hours-no-times = Une règle indique des jours mais pas d’heures.
assistant-hours-not-a-range = « { $text } » n’est pas une plage horaire.
assistant-hours-closes-before-opening = { $open }–{ $close } ferme avant d’ouvrir : terminez la journée à 24:00.
assistant-hours-too-many = Au plus { $max } plages horaires par jour.
assistant-hours-overlap = Deux plages horaires se chevauchent.

## D’où viennent les lieux et la météo
assistant-source-guidebook = Le guide de l’hôte
assistant-source-haven = La liste de lieux de Haven
assistant-source-open-meteo = Prévisions Open-Meteo
assistant-source-typical-weather = Météo habituelle : { $station }
assistant-source-narrative = Texte : { $model }
assistant-source-unavailable = { $source } : indisponible

## La page du logement
assistant-things-to-do = À faire à proximité
assistant-things-sources = Source : { $sources }. Les horaires changent : vérifiez avant d’y aller.
assistant-similar-heading = Séjours similaires à proximité
assistant-similar-list = Séjours similaires

## Le guide de l’hôte
assistant-guidebook-title = Guide
assistant-guidebook-back = ← Modifier le logement
assistant-guidebook-heading = Guide : { $title }
assistant-guidebook-about = Les lieux que vous recommandez. Les voyageurs les voient sur la page de votre logement, signalés comme vos coups de cœur, et le planificateur de voyage les place en premier dans leurs programmes.
assistant-guidebook-added = Ajouté à votre guide.
assistant-guidebook-empty = Aucun lieu pour l’instant : ajoutez le premier ci-dessous.
assistant-guidebook-list = Votre guide
assistant-guidebook-remove = Retirer
assistant-guidebook-remove-place = Retirer : { $name }
assistant-guidebook-add-heading = Ajouter un lieu
assistant-guidebook-name = Nom
assistant-guidebook-name-hint = Tel qu’il figure sur l’enseigne, par ex. « Café A Brasileira ».
assistant-guidebook-category = Type de lieu
assistant-guidebook-latitude = Latitude
assistant-guidebook-latitude-hint = Commence à l’emplacement de votre logement : remplacez-le par celui du lieu (n’importe quelle carte l’indique).
assistant-guidebook-longitude = Longitude
assistant-guidebook-hours = Horaires d’ouverture
assistant-guidebook-hours-hint = Par exemple « Mo-Fr 09:00-17:00; Sa 10:00-14:00 », « Tu-Su 10:00-18:00 », ou 24/7 si c’est toujours ouvert.
assistant-guidebook-duration = Durée habituelle de la visite (minutes)
assistant-guidebook-price = Prix
assistant-guidebook-indoor = En intérieur (idéal par temps de pluie)
assistant-guidebook-tip = Votre conseil
assistant-guidebook-tip-hint = Pourquoi vous l’aimez, quoi commander, quand y aller : { $max } caractères au plus.
assistant-guidebook-add = Ajouter au guide
assistant-guidebook-error-name = Donnez au lieu un nom de 1 à { $max } caractères.
assistant-guidebook-error-category = Choisissez le type de lieu.
assistant-guidebook-error-latitude = Indiquez la latitude en degrés, de -{ $max } à { $max }.
assistant-guidebook-error-longitude = Indiquez la longitude en degrés, de -{ $max } à { $max }.
assistant-guidebook-error-duration = Indiquez une durée de visite en minutes, de { $min } à { $max }.
assistant-guidebook-error-price = Choisissez un niveau de prix de gratuit (0) à 4.
assistant-guidebook-error-tip = Le conseil ne doit pas dépasser { $max } caractères.
assistant-guidebook-error-full = Un guide contient au plus { $max } lieux : retirez-en un d’abord.

## Le programme du voyage
assistant-pace-relaxed = Détendu : deux activités par jour
assistant-pace-moderate = Modéré : trois activités par jour
assistant-pace-packed = Chargé : trois activités, plus éloignées
assistant-travel-walking = À pied (jusqu’à { $km } km par jour)
assistant-travel-transit = En transports en commun (jusqu’à { $km } km par jour)
assistant-slot-morning = Matin
assistant-slot-afternoon = Après-midi
assistant-slot-evening = Soir
assistant-plan-heading = Vos journées
assistant-plan-intro = Planifiez chaque jour de votre séjour : des lieux près de votre logement, ouverts quand vous y allez, et ceux en plein air les jours où il fait le plus beau.
assistant-plan-narrative-note = Rédigé par un modèle de langage à partir du programme ci-dessous, qu’il ne peut pas modifier.
assistant-plan-ics = Ajouter ces journées à votre agenda (.ics)
assistant-plan-dropped = Écartés à votre demande : { $places }.
assistant-plan-dropped-unknown = Un lieu qui n’est plus répertorié
assistant-plan-sources = Heures locales ({ $time_zone }). Source : { $sources }. Les horaires changent : vérifiez avant d’y aller.
assistant-plan-change = Modifier le contenu du programme
assistant-plan-wishes = Vos envies
assistant-plan-interests = Qu’aimez-vous ?
assistant-plan-pace = Rythme
assistant-plan-travel = Se déplacer
assistant-plan-kids = Avec des enfants : uniquement des lieux adaptés
assistant-plan-again = Refaire le programme
assistant-plan-submit = Planifier mes journées
assistant-choose-pace = Choisissez un rythme.
assistant-choose-travel = Choisissez comment vous vous déplacez.
assistant-day-arrival = { $date } · arrivée
assistant-day-departure = { $date } · départ
assistant-day-free = Temps libre.
assistant-day-travel = Environ { $km } km aller-retour.
assistant-weather-forecast = Prévisions
assistant-weather-typical = Habituel en { $month }
assistant-weather = { $label } : { $high }° / { $low }°C
assistant-weather-rain-chance = { $label } : { $high }° / { $low }°C, { $chance } % de risque de pluie
assistant-weather-rain-days = { $days ->
    [one] { $label } : { $high }° / { $low }°C, pluie { $days } jour par mois
   *[other] { $label } : { $high }° / { $low }°C, pluie { $days } jours par mois
}
assistant-stop-when = { $slot } { $start }–{ $end }
assistant-stop-pinned = · épinglé
assistant-stop-open = Ouvert ce jour-là : { $hours }
assistant-stop-pin = Épingler
assistant-stop-unpin = Désépingler
assistant-stop-drop = Écarter
assistant-stop-pin-label = Épingler { $name } ici
assistant-stop-unpin-label = Désépingler { $name }
assistant-stop-drop-label = Écarter { $name } du programme
assistant-plan-error-cancelled = Cette réservation n’aura pas lieu : il n’y a donc pas de voyage à planifier.
assistant-plan-error-pin-gone = Un lieu épinglé ({ $key }) n’est plus près de ce séjour ou n’a pas d’horaires connus : désépinglez-le.
assistant-plan-error-too-many-pins = Épinglez au plus { $max } lieux.
assistant-plan-error-too-many-dropped = Écartez au plus { $max } lieux.
assistant-plan-error-pin-date = Les dates des lieux épinglés s’écrivent AAAA-MM-JJ, et non « { $date } ».
assistant-plan-error-not-in-stay = { $date } n’est pas un jour de ce séjour.
assistant-plan-error-pin-key = Un lieu épinglé est désigné par sa `key`.
assistant-plan-error-dropped-key = Les lieux écartés sont désignés par leur `key`.
assistant-plan-error-dates = le départ ({ $check_out }) n’est pas après l’arrivée ({ $check_in })
assistant-plan-error-too-long = un séjour de { $nights } nuits dépasse le maximum de { $max }
assistant-plan-error-stay-location = l’emplacement du logement n’est pas valide
assistant-plan-error-unknown = l’activité épinglée { $activity } est inconnue
assistant-plan-error-location = l’activité épinglée { $activity } a un emplacement non valide
assistant-plan-error-locked-dropped = l’activité { $activity } est à la fois épinglée et écartée
assistant-plan-error-outside-stay = l’activité { $activity } est épinglée le { $date }, en dehors du séjour
assistant-plan-error-slot-unavailable = l’activité { $activity } est épinglée sur le créneau « { $slot } » du { $date }, que ce jour-là n’a pas
assistant-plan-error-slot-taken = plusieurs activités sont épinglées sur le créneau « { $slot } » du { $date }
assistant-plan-error-locked-twice = l’activité { $activity } est épinglée plusieurs fois
assistant-plan-error-closed = l’activité { $activity } ne peut pas être visitée sur le créneau « { $slot } » du { $date }
assistant-plan-error-unreachable = les activités épinglées du { $date } ne peuvent pas toutes être atteintes à temps
assistant-plan-error-too-far = les activités épinglées du { $date } demandent { $km } km, plus que la limite de { $limit } km

## « Sélectionnés pour vous » sur la page d’accueil
assistant-picks-saved-and-booked = D’après les logements que vous avez enregistrés et réservés
assistant-picks-near-searches = Populaires près de vos recherches : { $places }

## L’historique de recherche de la page du compte
assistant-history-heading = Historique de recherche
assistant-history-about = Tant que cette option est activée, Haven conserve les lieux que vous recherchez (les { $kept } derniers), uniquement pour vous suggérer des logements sur la page d’accueil, sous « Sélectionnés pour vous ». Personne d’autre ne les voit. La désactiver les supprime, tout comme la suppression de votre compte.
assistant-history-count = { $count ->
    [one] { $count } recherche conservée.
   *[other] { $count } recherches conservées.
}
assistant-history-keep = Conserver mes recherches pour me suggérer des logements
assistant-history-save = Enregistrer
assistant-history-clear = Effacer mon historique de recherche
assistant-history-saved = Votre choix est enregistré.
assistant-history-cleared = Votre historique de recherche est effacé.
