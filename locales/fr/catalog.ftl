## catalog : la page d’accueil, la recherche, la page d’un logement (son séjour, son
## calendrier et son règlement), la page hors ligne, et les messages de la recherche et
## du séjour.

catalog-check-in = Arrivée
catalog-check-out = Départ
catalog-adults = Adultes
catalog-children = Enfants
catalog-infants = Bébés
catalog-pets = Animaux
catalog-nights = { $count ->
    [one] { $count } nuit
   *[other] { $count } nuits
}
catalog-list-separator = {", "}

## La page d’accueil.

catalog-home-description = Trouvez et réservez maisons, cabanes et appartements pour votre prochain voyage sur Haven.
catalog-home-title = Séjournez dans un lieu où vous vous sentez chez vous
catalog-home-lead = Maisons, cabanes et appartements en ville, à la montagne et au bord de la mer, proposés par des hôtes qui vivent sur place.
catalog-home-search-label = Où aller ? Indiquez un lieu ou décrivez votre voyage
catalog-home-search-placeholder = Essayez : cabane pour 6 près d’Aspen en mars, 5 nuits
catalog-home-picks = Sélectionnés pour vous
catalog-home-featured = Séjours à la une
catalog-home-empty = Aucun logement n’est encore proposé. Revenez bientôt.

## La page de recherche.

catalog-search-title = Rechercher un séjour
catalog-search-title-place = Séjours : { $place }
catalog-search-description = Recherchez maisons, cabanes et appartements par lieu, dates, voyageurs et prix.
catalog-search-button = Rechercher
catalog-search-searching = Recherche en cours…
catalog-search-check = Vérifiez la recherche :
catalog-search-where = Où aller, ou décrivez votre voyage
catalog-search-where-placeholder = Lisbonne, ou : 2 adultes à Lisbonne le week-end prochain
catalog-search-filters = Filtres
catalog-search-min-price = Prix minimum par nuit
catalog-search-max-price = Prix maximum par nuit
catalog-search-type = Type de logement
catalog-search-any-type = Tous les types
catalog-search-bedrooms = Chambres
catalog-search-rating = Note des voyageurs
catalog-search-any = Indifférent
catalog-search-at-least = { $count }+
catalog-search-amenities = Équipements
catalog-search-instant-only = Réservation instantanée uniquement
catalog-search-sort = Trier par
catalog-search-count = { $count ->
    [0] Aucun séjour ne correspond
    [one] { $count } séjour
   *[other] { $count } séjours
}
catalog-search-results-heading = Résultats
catalog-search-results = Résultats de la recherche
catalog-search-pages = Pages
catalog-search-previous = ← Précédent
catalog-search-next = Suivant →
catalog-search-page = Page { $page } sur { $pages }

catalog-sort-recommended = Recommandés
catalog-sort-rating = Note des voyageurs
catalog-sort-price-asc = Prix croissant
catalog-sort-price-desc = Prix décroissant
catalog-sort-newest = Plus récents
catalog-sort-distance = Distance

## La recherche en étiquettes, chacune retirable.

catalog-chips-label = Votre recherche
catalog-chip-remove = Retirer { $label }
catalog-chips-unused = Non pris en compte dans la recherche : { $words }
catalog-chips-unused-word = « { $word } »
catalog-chip-dates = { $check_in } – { $check_out }
catalog-chip-adults = { $count ->
    [one] { $count } adulte
   *[other] { $count } adultes
}
catalog-chip-children = { $count ->
    [one] { $count } enfant
   *[other] { $count } enfants
}
catalog-chip-infants = { $count ->
    [one] { $count } bébé
   *[other] { $count } bébés
}
catalog-chip-pets = { $count ->
    [one] { $count } animal
   *[other] { $count } animaux
}
catalog-chip-price-range = { $min }–{ $max } par nuit
catalog-chip-price-from = À partir de { $min } par nuit
catalog-chip-price-up-to = Jusqu’à { $max } par nuit
catalog-chip-bedrooms = { $count }+ chambres
catalog-chip-beds = { $count }+ lits
catalog-chip-bathrooms = { $count }+ salles de bain
catalog-chip-instant-book = Réservation instantanée
catalog-chip-stars = { $count }+ étoiles

## Ce qui ne va pas dans une recherche.

catalog-search-error-destination = Raccourcissez la destination à { $max } caractères.
catalog-search-error-currency = Choisissez USD, EUR ou GBP.
catalog-search-error-price-negative = { $bound ->
    [min] Prix minimum : il ne peut pas être négatif.
   *[max] Prix maximum : il ne peut pas être négatif.
}
catalog-search-error-price-malformed = { $bound ->
    [min] Prix minimum : saisissez un montant comme 120 ou 99.50.
   *[max] Prix maximum : saisissez un montant comme 120 ou 99.50.
}
catalog-search-error-price-too-large = { $bound ->
    [min] Prix minimum : 1 000 000 par nuit au maximum.
   *[max] Prix maximum : 1 000 000 par nuit au maximum.
}
catalog-search-error-price-order = Le prix minimum est supérieur au prix maximum.
catalog-search-error-type = « { $value } » n’est pas un type de logement connu de Haven.
catalog-search-error-amenity = « { $value } » n’est pas un équipement connu de Haven.
catalog-search-error-bathrooms = Indiquez un nombre de salles de bain de 0 à { $max }.
catalog-search-error-instant = La réservation instantanée vaut true ou false.
catalog-search-error-rating = Une note minimale est un nombre d’étoiles de 1 à 5, comme 4 ou 4.5.
catalog-search-error-sort = Triez par recommended, rating, price_asc, price_desc, newest ou distance.
catalog-search-error-distance = Le tri par distance nécessite une zone de la carte ou un point avec un rayon.
catalog-search-error-whole = Utilisez un nombre entier de 1 à { $max }.
catalog-search-error-depth = Cette page est trop loin : affinez la recherche pour voir ces résultats.
catalog-search-error-area-and-point = Recherchez dans une zone de la carte ou autour d’un point, pas les deux.
catalog-search-error-area-format = La zone de la carte s’écrit west,south,east,north, en degrés.
catalog-search-error-area-outside = La zone de la carte sort du monde : les longitudes vont de -180 à 180, les latitudes de -90 à 90.
catalog-search-error-area-empty = La zone de la carte est vide : south doit être inférieur à north, et west différent de east.
catalog-search-error-radius = Le rayon doit être supérieur à 0 et d’au plus { $max } km.
catalog-search-error-point-format = Le point s’écrit lat (-90 à 90), lng (-180 à 180) et radius_km, en nombres.
catalog-search-error-point-partial = Une recherche autour d’un point nécessite lat, lng et radius_km ensemble.

## Quand rien ne correspond : le changement qui trouverait quelque chose.

catalog-relax-dates = Essayez d’autres dates : rien n’est libre toutes les nuits de ce séjour.
catalog-relax-price = Essayez d’élargir la fourchette de prix.
catalog-relax-amenities = Essayez avec moins d’équipements.
catalog-relax-property-type = Essayez avec plus de types de logement.
catalog-relax-instant-book = Essayez d’inclure les logements qui répondent aux demandes, pas seulement ceux en réservation instantanée.
catalog-relax-rooms = Essayez avec moins de chambres, de lits ou de salles de bain.
catalog-relax-rating = Essayez une note minimale plus basse.
catalog-relax-guests = Essayez avec moins de voyageurs : aucun logement ici ne peut accueillir tout le monde.
catalog-relax-area = Essayez de dézoomer ou de déplacer la carte.
catalog-relax-destination = Rien n’est encore proposé à cet endroit : essayez une ville proche ou un pays.
catalog-relax-filters = Essayez de retirer quelques filtres.

## Qui voyage, et les dates d’un séjour.

catalog-count-not-whole = { $field ->
    [adults] Indiquez le nombre d’adultes par un nombre entier.
    [guests] Indiquez le nombre de voyageurs par un nombre entier.
    [children] Indiquez le nombre d’enfants par un nombre entier.
    [infants] Indiquez le nombre de bébés par un nombre entier.
    [pets] Indiquez le nombre d’animaux par un nombre entier.
    [bedrooms] Indiquez le nombre de chambres par un nombre entier.
    [beds] Indiquez le nombre de lits par un nombre entier.
   *[other] Indiquez un nombre entier.
}
catalog-count-negative = { $field ->
    [adults] Le nombre d’adultes ne peut pas être négatif.
    [guests] Le nombre de voyageurs ne peut pas être négatif.
    [children] Le nombre d’enfants ne peut pas être négatif.
    [infants] Le nombre de bébés ne peut pas être négatif.
    [pets] Le nombre d’animaux ne peut pas être négatif.
    [bedrooms] Le nombre de chambres ne peut pas être négatif.
    [beds] Le nombre de lits ne peut pas être négatif.
   *[other] Le nombre ne peut pas être négatif.
}
catalog-count-too-many = { $field ->
    [adults] { $max } adultes au maximum.
    [guests] { $max } voyageurs au maximum.
    [children] { $max } enfants au maximum.
    [infants] { $max } bébés au maximum.
    [pets] { $max } animaux au maximum.
    [bedrooms] { $max } chambres au maximum.
    [beds] { $max } lits au maximum.
   *[other] { $max } au maximum.
}
catalog-guests-adult-needed = Au moins un adulte doit faire partie du voyage.
catalog-dates-missing = Choisissez les dates d’arrivée et de départ.
catalog-dates-order = Le départ doit être après l’arrivée.
catalog-dates-too-long = Un séjour peut durer { $max } nuits au maximum.
catalog-dates-check-in-format = Saisissez la date d’arrivée au format AAAA-MM-JJ.
catalog-dates-check-out-format = Saisissez la date de départ au format AAAA-MM-JJ.
catalog-dates-check-in-missing = Choisissez aussi une date d’arrivée.
catalog-dates-check-out-missing = Choisissez aussi une date de départ.
catalog-dates-past = L’arrivée ne peut pas être dans le passé.
catalog-dates-too-far = L’arrivée peut être au plus tard dans deux ans.

## Les règles d’un logement pour un séjour.

catalog-rule-max-guests = { $count ->
    [one] Ce logement accueille { $count } voyageur au maximum.
   *[other] Ce logement accueille { $count } voyageurs au maximum.
}
catalog-rule-max-infants = { $count ->
    [one] Ce logement peut accueillir { $count } bébé au maximum.
   *[other] Ce logement peut accueillir { $count } bébés au maximum.
}
catalog-rule-no-pets = Les animaux ne sont pas acceptés ici.
catalog-rule-min-nights = { $count ->
    [one] Le séjour minimum ici est de { $count } nuit.
   *[other] Le séjour minimum ici est de { $count } nuits.
}
catalog-rule-max-nights = { $count ->
    [one] Le séjour maximum ici est de { $count } nuit.
   *[other] Le séjour maximum ici est de { $count } nuits.
}
catalog-rule-notice = { $count ->
    [one] Cet hôte demande un jour de préavis : arrivée demain ou plus tard.
   *[other] Cet hôte demande { $count } jours de préavis avant l’arrivée.
}
catalog-rule-window = { $count ->
    [one] Ce logement accepte les réservations jusqu’à { $count } jour à l’avance.
   *[other] Ce logement accepte les réservations jusqu’à { $count } jours à l’avance.
}

## La page d’un logement.

catalog-listing-place = { $city }, { $country }
catalog-listing-place-state = { $city }, { $state }, { $country }
catalog-listing-hosted-by = { $kind } · Hôte : { $host }
catalog-capacity = { $guests ->
        [one] { $guests } voyageur
       *[other] { $guests } voyageurs
    } · { $bedrooms ->
        [0] Studio
        [one] { $bedrooms } chambre
       *[other] { $bedrooms } chambres
    } · { $beds ->
        [one] { $beds } lit
       *[other] { $beds } lits
    } · { $baths ->
        [one] { $baths } salle de bain
       *[other] { $baths } salles de bain
    }
catalog-listing-about = À propos de ce logement
catalog-listing-amenities = Ce que propose ce logement
catalog-listing-price = Prix
catalog-listing-price-night = { $price } par nuit
catalog-listing-cleaning-fee = Frais de ménage
catalog-listing-guests = Voyageurs
catalog-listing-up-to = jusqu’à { $count }
catalog-listing-min-stay = Séjour minimum
catalog-listing-instant = Réservation instantanée : inutile d’attendre la réponse de l’hôte.

catalog-host-heading = Faites connaissance avec votre hôte, { $name }
catalog-host-since = Hôte sur Haven depuis { $year } · { $count ->
    [one] { $count } logement
   *[other] { $count } logements
}
catalog-host-badge = De l’expérience, d’excellentes notes et des réponses rapides.
catalog-host-contact = Contacter l’hôte

catalog-where-heading = Où vous séjournerez
catalog-where-map = Carte des environs de { $city }
catalog-where-note = { $place }. La carte montre le quartier, pas l’adresse exacte.

catalog-rules-heading = Règlement intérieur
catalog-rules-check-in = Arrivée à partir de { $time }
catalog-rules-check-out = Départ avant { $time }
catalog-rules-pets = Animaux acceptés
catalog-rules-no-pets = Animaux non acceptés
catalog-rules-smoking = Logement fumeur
catalog-rules-no-smoking = Logement non-fumeur
catalog-rules-events = Événements autorisés
catalog-rules-no-events = Fêtes et événements interdits
catalog-rules-infants = { $count ->
    [0] Bébés non acceptés
    [one] Place pour { $count } bébé
   *[other] Place pour { $count } bébés
}
catalog-rules-policy = Conditions d’annulation : { $policy }
catalog-policy-flexible = Flexibles
catalog-policy-flexible-rule = Remboursement intégral si vous annulez au moins un jour avant l’arrivée ; aucun remboursement le jour même.
catalog-policy-moderate = Modérées
catalog-policy-moderate-rule = Remboursement intégral si vous annulez au moins 5 jours avant l’arrivée ; moitié du séjour (hors frais de service) de 1 à 4 jours avant ; aucun remboursement le jour même.
catalog-policy-strict = Strictes
catalog-policy-strict-rule = Remboursement intégral si vous annulez au moins 14 jours avant l’arrivée ; moitié du séjour (hors frais de service) de 7 à 13 jours avant ; aucun remboursement ensuite.

## Le séjour sur la page d’un logement.

catalog-stay-label = Votre séjour
catalog-stay-check-price = Voir le prix
catalog-stay-pricing = Calcul du prix…
catalog-stay-choose-dates = Choisissez des dates pour voir le total.
catalog-quote-label = Prix de votre séjour
catalog-quote-nights-at = { $price } × { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
}
catalog-quote-weekly-discount = Réduction à la semaine
catalog-quote-monthly-discount = Réduction au mois
catalog-quote-service-fee = Frais de service Haven
catalog-quote-taxes = Taxes
catalog-quote-total = Total
catalog-quote-per-night = Prix par nuit
catalog-quote-taken = Certaines de ces nuits sont déjà prises. Essayez d’autres dates.

catalog-reserve-label = Réserver ce séjour
catalog-reserve-message = Message pour l’hôte (facultatif)
catalog-reserve-sign-in = { $link } pour réserver.
catalog-reserve-sign-in-link = Connectez-vous
catalog-reserve-instant = Réserver
catalog-reserve-request = Demander à réserver
catalog-reserve-instant-note = Réservé immédiatement. Le paiement a lieu au moment de la réservation.
catalog-reserve-request-note = L’hôte répond sous 24 heures. Vous n’êtes débité que s’il accepte.

## Le calendrier d’un logement, qui sert aussi à choisir les dates.

catalog-calendar-heading = Disponibilités
catalog-calendar-loading = Chargement du calendrier…
catalog-calendar-unavailable = Le calendrier n’est pas disponible pour le moment.
catalog-calendar-rule-up-to = { $max ->
    [one] Séjours de { $max } nuit au maximum.
   *[other] Séjours de { $max } nuits au maximum.
}
catalog-calendar-rule = Séjours de { $min } à { $max } nuits.
catalog-calendar-taken = Les nuits barrées sont déjà prises.
catalog-calendar-choose-check-in = Choisissez un jour d’arrivée.
catalog-calendar-choose-check-out = Choisissez maintenant votre jour de départ.
catalog-calendar-day = { $date }, { $state ->
    [available] disponible
    [unavailable] indisponible
   *[past] passé
}
catalog-calendar-arrive = Arriver le { $date }
catalog-calendar-leave = Partir le { $date }
catalog-calendar-selected = { $choice }, sélectionné
catalog-calendar-more = Afficher les dix mois suivants

## La page hors ligne.

catalog-offline-title = Hors ligne
catalog-offline-heading = Vous êtes hors ligne
catalog-offline-lead = Haven ne parvient pas à accéder à Internet pour le moment, et cette page n’a pas été enregistrée sur cet appareil.
catalog-offline-saved = Les pages que vous avez déjà ouvertes, comme vos voyages et les logements consultés, s’ouvrent toujours sans connexion.
catalog-offline-trips = Vos voyages
catalog-offline-home = Accueil
catalog-offline-retry = Réessayer

## Types de logement et équipements.

catalog-type-apartment = Appartement
catalog-type-house = Maison
catalog-type-condo = Appartement en résidence
catalog-type-loft = Loft
catalog-type-villa = Villa
catalog-type-cabin = Cabane
catalog-type-cottage = Cottage
catalog-type-townhouse = Maison de ville
catalog-type-bungalow = Bungalow
catalog-type-chalet = Chalet
catalog-type-guesthouse = Maison d’hôtes
catalog-type-tiny-home = Mini-maison
catalog-type-home = Logement

catalog-amenity-wifi = Wi-Fi
catalog-amenity-kitchen = Cuisine
catalog-amenity-washer = Lave-linge
catalog-amenity-dryer = Sèche-linge
catalog-amenity-air-conditioning = Climatisation
catalog-amenity-heating = Chauffage
catalog-amenity-dedicated-workspace = Espace de travail dédié
catalog-amenity-tv = Télévision
catalog-amenity-free-parking = Parking gratuit sur place
catalog-amenity-paid-parking = Parking payant
catalog-amenity-pool = Piscine
catalog-amenity-hot-tub = Jacuzzi
catalog-amenity-ev-charger = Borne de recharge pour véhicules électriques
catalog-amenity-gym = Salle de sport
catalog-amenity-bbq-grill = Barbecue
catalog-amenity-patio = Patio ou balcon
catalog-amenity-fireplace = Cheminée intérieure
catalog-amenity-crib = Lit pour bébé
catalog-amenity-high-chair = Chaise haute
catalog-amenity-self-check-in = Arrivée autonome
catalog-amenity-smoke-alarm = Détecteur de fumée
catalog-amenity-carbon-monoxide-alarm = Détecteur de monoxyde de carbone
catalog-amenity-first-aid-kit = Trousse de premiers secours
catalog-amenity-fire-extinguisher = Extincteur
catalog-amenity-pets-allowed = Animaux acceptés
catalog-amenity-beach-access = Accès à la plage
catalog-amenity-lake-access = Accès au lac
catalog-amenity-ski-in-out = Accès direct aux pistes
catalog-amenity-waterfront = Bord de l’eau
catalog-amenity-mountain-view = Vue sur la montagne
catalog-amenity-ocean-view = Vue sur l’océan
catalog-amenity-city-view = Vue sur les toits de la ville
catalog-amenity-breakfast = Petit-déjeuner
catalog-amenity-long-term-stays = Séjours longue durée acceptés
catalog-amenity-luggage-dropoff = Dépôt de bagages possible
catalog-quote-charged = Vous serez débité de { $amount } ({ $currency }), dans la devise du logement.
catalog-rules-time-zone = Les horaires sont à l’heure locale du logement ({ $zone })
catalog-search-did-you-mean = Vouliez-vous dire { $place } ?
