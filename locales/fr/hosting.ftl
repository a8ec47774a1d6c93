## hosting
## Les annonces de l’hôte : « Vos annonces », l’éditeur pas à pas, le gestionnaire de
## photos, et ce que dit le serveur d’un formulaire d’annonce.

## Vos annonces

hosting-listings-title = Vos annonces
hosting-create = Créer une annonce
hosting-listings-deleted = L’annonce est supprimée.
hosting-listings-empty = Vous n’avez pas encore d’annonce. Créez-en une : cela ne prend que quelques minutes.
hosting-status-listed = En ligne
hosting-status-paused = En pause
hosting-listing-summary = { $city }, { $country } · { $price } la nuit · { $photos ->
    [one] { $photos } photo
   *[other] { $photos } photos
}{ $upcoming ->
    [0] {""}
    [one] {" · "}{ $upcoming } séjour à venir
   *[other] {" · "}{ $upcoming } séjours à venir
}
hosting-action-edit = Modifier
hosting-action-photos = Photos
hosting-action-calendar = Calendrier
hosting-action-guidebook = Guide
hosting-pause = Mettre en pause
hosting-list = Mettre en ligne
hosting-pause-named = Mettre en pause { $title }
hosting-list-named = Mettre en ligne { $title }
hosting-delete-open = Supprimer…
hosting-delete-warning = Les voyageurs ne la trouveront plus. Les séjours passés gardent leur historique.
hosting-delete-named = Supprimer { $title }

## L’éditeur

hosting-edit-title = Modifier votre annonce
hosting-edit-named = Modifier « { $title } »
hosting-steps = Étapes
hosting-step-heading = { $number }. { $title }
hosting-step-basics = L’essentiel
hosting-step-location = Emplacement
hosting-step-capacity = Voyageurs et pièces
hosting-step-amenities = Équipements
hosting-step-rules = Règlement intérieur
hosting-step-pricing = Tarifs
hosting-step-booking = Paramètres de réservation
hosting-saved = Enregistré.
hosting-save = Enregistrer
hosting-save-continue = Enregistrer et continuer
hosting-create-listing = Créer l’annonce
hosting-discard-changes = Annuler les modifications non enregistrées
hosting-discard-draft = Abandonner ce brouillon
hosting-choose = Choisir…

hosting-field-title = Titre
hosting-field-title-hint = Ce que les voyageurs voient en premier : de 5 à 120 caractères.
hosting-field-property-type = Type de logement
hosting-field-description = Description
hosting-field-description-hint = Le logement, le quartier, ce qui le rend unique (au moins 20 caractères).

hosting-place-choices = De quel lieu s’agit-il ?
hosting-field-city = Commune ou ville
hosting-field-city-hint = Saisissez son nom et choisissez-le dans la liste, par ex. « Elvas, Portalegre, Portugal ».
hosting-field-address = Adresse
hosting-field-address-hint = Communiquée aux voyageurs une fois leur réservation faite.
hosting-where-exactly = Emplacement exact
hosting-where-exactly-hint = Cliquez sur la carte ou saisissez des degrés décimaux. Laissez les deux champs vides pour utiliser le centre-ville.
hosting-field-latitude = Latitude
hosting-field-longitude = Longitude
hosting-map-label = Placez l’annonce sur la carte

hosting-field-guests = Voyageurs
hosting-field-guests-hint = Adultes et enfants ; les bébés relèvent du règlement intérieur.
hosting-field-bedrooms = Chambres
hosting-field-bedrooms-hint = 0 pour un studio.
hosting-field-beds = Lits
hosting-field-bathrooms = Salles de bain
hosting-field-bathrooms-hint = Par demi-unités : 1.5 correspond à une salle de bain et un cabinet de toilette.

hosting-amenities-legend = Ce que les voyageurs peuvent utiliser

hosting-field-check-in = Arrivée à partir de
hosting-field-check-in-hint = Heure locale, par ex. 15:00.
hosting-field-check-out = Départ avant
hosting-field-check-out-hint = Heure locale, par ex. 11:00.
hosting-field-infants = Bébés acceptés
hosting-field-infants-hint = Moins de 2 ans ; ils ne comptent pas comme voyageurs.
hosting-allowed = Autorisé
hosting-allowed-pets = Animaux
hosting-allowed-smoking = Fumer
hosting-allowed-events = Événements et fêtes
hosting-field-house-rules = Autre chose que les voyageurs doivent savoir

hosting-field-currency = Devise
hosting-currency-usd = Dollar américain (USD)
hosting-currency-eur = Euro (EUR)
hosting-currency-gbp = Livre sterling (GBP)
hosting-field-price = Prix par nuit
hosting-field-price-hint = Par ex. 120 ou 120.50.
hosting-field-weekend-price = Nuits du vendredi et du samedi
hosting-field-weekend-price-hint = Facultatif : laissez vide pour appliquer le prix par nuit.
hosting-field-cleaning-fee = Frais de ménage
hosting-field-cleaning-fee-hint = Une fois par séjour. Facultatif.
hosting-field-weekly-discount = Réduction à la semaine (%)
hosting-field-weekly-discount-hint = Pour les séjours de 7 nuits ou plus.
hosting-field-monthly-discount = Réduction au mois (%)
hosting-field-monthly-discount-hint = Pour les séjours de 28 nuits ou plus.

hosting-booking-mode = Comment les voyageurs réservent
hosting-booking-mode-instant = Réservation instantanée : les séjours sont confirmés immédiatement
hosting-booking-mode-request = Demande de réservation : vous acceptez chaque séjour sous 24 heures
hosting-field-min-nights = Séjour minimum (nuits)
hosting-field-max-nights = Séjour maximum (nuits)
hosting-field-cancellation = Conditions d’annulation
hosting-policy-flexible = Flexibles : remboursement intégral jusqu’à la veille de l’arrivée
hosting-policy-moderate = Modérées : remboursement intégral jusqu’à 5 jours avant l’arrivée
hosting-policy-strict = Strictes : remboursement intégral jusqu’à 14 jours avant l’arrivée, de moitié jusqu’à 7 jours
hosting-field-advance-notice = Délai de préavis (jours)
hosting-field-advance-notice-hint = De 0 à 30 : dans combien de temps un séjour peut commencer au plus tôt.
hosting-field-preparation = Nuits de préparation
hosting-field-preparation-hint = De 0 à 7 nuits laissées libres après chaque séjour.

## Le gestionnaire de photos

hosting-photos-title = Photos de votre annonce
hosting-photos-heading = Photos de « { $title } »
hosting-photos-created = Votre annonce est créée. Ajoutez des photos, puis mettez-la en ligne pour que les voyageurs la trouvent.
hosting-photos-added = { $count ->
    [one] { $count } photo ajoutée.
   *[other] { $count } photos ajoutées.
}
hosting-photos-too-many = C’est une photo de trop : une annonce peut en avoir 20.
hosting-photos-upload-failed = L’envoi n’a pas fonctionné.
hosting-photos-status-listed = Cette annonce est <strong>en ligne</strong> : les voyageurs peuvent la trouver et la réserver.
hosting-photos-status-paused = Cette annonce est <strong>en pause</strong> : les voyageurs ne peuvent pas la trouver.
hosting-photos-pause = Mettre l’annonce en pause
hosting-photos-list = La mettre en ligne
hosting-photos-add = Ajouter des photos
hosting-photos-add-hint = JPEG, PNG ou WebP, au moins 640 × 480 pixels, jusqu’à 10 Mo chacune ; jusqu’à 20 photos.
hosting-photos-alt = Décrivez-les (pour les personnes qui utilisent un lecteur d’écran)
hosting-photos-upload = Envoyer
hosting-photos-empty = Pas encore de photos. Les voyageurs réservent les logements qu’ils peuvent voir : ajoutez-en quelques-unes.
hosting-photos-edit-details = Modifier les détails
hosting-photos-back = Retour à vos annonces
hosting-photos-preview = La voir comme les voyageurs
hosting-photo-cover = Photo de couverture
hosting-photo-number = Photo { $number }
hosting-photo-resizing = {" · "}redimensionnement…
hosting-photo-make-cover = Mettre en couverture
hosting-photo-move-earlier = Avancer
hosting-photo-move-later = Reculer
hosting-photo-delete = Supprimer
hosting-photo-make-cover-named = Mettre en couverture : photo { $number }
hosting-photo-move-earlier-named = Avancer : photo { $number }
hosting-photo-move-later-named = Reculer : photo { $number }
hosting-photo-delete-named = Supprimer : photo { $number }

## Ce que dit le serveur d’une annonce

hosting-not-found-listing = Annonce
hosting-not-found-photo = Photo
hosting-error-unknown-step = Étape inconnue.
hosting-error-check-step = Vérifiez d’abord l’étape « { $step } ».
hosting-error-needs-photo = Ajoutez au moins une photo avant de la mettre en ligne.
hosting-error-upcoming-stays = { $count ->
    [one] Cette annonce a { $count } séjour à venir : annulez-le avant de la supprimer.
   *[other] Cette annonce a { $count } séjours à venir : annulez-les avant de la supprimer.
}
hosting-error-too-many-photos = Une annonce peut avoir au maximum { $max } photos.

hosting-error-give-title = Indiquez un titre.
hosting-error-give-description = Indiquez une description.
hosting-error-give-address = Indiquez l’adresse.
hosting-error-choose-property-type = Choisissez un type de logement.
hosting-error-choose-currency = Choisissez une devise.
hosting-error-choose-booking-mode = Choisissez comment les voyageurs réservent.
hosting-error-choose-cancellation-policy = Choisissez des conditions d’annulation.
hosting-error-too-short = Utilisez au moins { $min } caractères.
hosting-error-too-long = Utilisez au maximum { $max } caractères ({ $len } actuellement).
hosting-error-control-characters = Supprimez les caractères de contrôle.
hosting-error-give-number = Indiquez un nombre.
hosting-error-number-range = Indiquez un nombre entre { $lo } et { $hi }.
hosting-error-whole-number = Indiquez un nombre entier, par ex. 2.
hosting-error-amount-too-large = C’est plus que ce qu’accepte Haven (1 000 000).
hosting-error-amount = Indiquez un montant comme 120 ou 120.50.
hosting-error-time = Indiquez une heure comme 15:00 (à l’heure pile ou à la demie).
hosting-error-degrees = Indiquez des degrés décimaux entre -{ $limit } et { $limit }.
hosting-error-city-missing = Saisissez le nom de la commune et choisissez-la dans la liste.
hosting-error-city-unknown = Choisissez dans la liste la commune que vous voulez dire, ou vérifiez l’orthographe.
hosting-error-both-coordinates = Indiquez les deux coordonnées, ou aucune.
hosting-error-too-far = Ce point est à plus de { $km } km de la commune choisie, { $city } : vérifiez les coordonnées ou la ville.
hosting-error-bathrooms = Indiquez un nombre par demi-unités, comme 1 ou 1.5.
hosting-error-price-zero = Le prix par nuit doit être supérieur à zéro.
hosting-error-give-price = Indiquez un prix par nuit.
hosting-error-weekend-price-zero = Laissez vide pour appliquer le prix par nuit.
hosting-error-max-below-min = Le séjour maximum doit être au moins égal au séjour minimum.
