## reviews
## Les avis d'un logement, ceux d'un séjour sur la page du voyage, le formulaire d'avis, la
## progression de l'hôte vers le badge, et ce que les avis annoncent.

reviews-heading = Avis
reviews-load-failed = Les avis n'ont pas pu être chargés : { $error }
reviews-count = { $count ->
    [0] Aucun avis pour l'instant
    [one] { $count } avis
   *[other] { $count } avis
}
reviews-pages = Pages d'avis
reviews-newer = Avis plus récents
reviews-older = Avis plus anciens
reviews-page-of = Page { $page } sur { $pages }
reviews-stayed = Séjour en { $month }
reviews-stars = { $stars ->
    [one] { $stars } étoile sur 5
   *[other] { $stars } étoiles sur 5
}
reviews-response-from = Réponse de { $name }

## Les catégories de la note.
reviews-category-overall = Note globale
reviews-category-cleanliness = Propreté
reviews-category-accuracy = Exactitude
reviews-category-check-in = Arrivée
reviews-category-communication = Communication
reviews-category-location = Emplacement
reviews-category-value = Qualité-prix
reviews-category-house-rules = Règlement intérieur

## Signaler un avis.
reviews-report = Signaler
reviews-report-why = Pourquoi ?
reviews-report-details = Précisions (facultatif)
reviews-report-send = Envoyer le signalement
reviews-report-sent = Merci : le signalement a été envoyé.
reviews-report-spam = Spam ou publicité
reviews-report-offensive = Injurieux ou haineux
reviews-report-not-a-stay = Ne porte pas sur un vrai séjour
reviews-report-private = Divulgue des informations privées
reviews-report-other = Autre chose

## Les avis d'un séjour sur la page du voyage.
reviews-about-guest = Ce que les hôtes disent de ce voyageur
reviews-mine-in = Votre avis est enregistré. Il sera publié quand { $other ->
    [host] votre hôte
   *[guest] votre voyageur
} aura écrit le sien, ou à la clôture du délai.
reviews-mine-in-until = Votre avis est enregistré. Il sera publié quand { $other ->
    [host] votre hôte
   *[guest] votre voyageur
} aura écrit le sien, ou à la clôture du délai le { $day }.
reviews-theirs-in = { $other ->
    [host] Votre hôte
   *[guest] Votre voyageur
} a donné son avis sur ce séjour. Écrivez le vôtre pour le lire : les deux sont publiés ensemble.
reviews-write = Écrire votre avis
reviews-write-until = jusqu'au { $day }
reviews-from = { $other ->
    [host] De votre hôte
   *[guest] De votre voyageur
}
reviews-respond = Répondre publiquement
reviews-respond-post = Publier la réponse
reviews-yours = Votre avis

## Le formulaire d'avis (/trips/:id/review).
reviews-form-title = Écrire un avis
reviews-form-done = Vous avez déjà donné votre avis sur ce séjour.
reviews-form-closed = Ce séjour ne peut pas recevoir d'avis : les avis ouvrent au départ et ferment { $days } jours plus tard.
reviews-form-back = Retour au voyage
reviews-form-guest-title = Comment s'est passé votre séjour ?
reviews-form-guest-intro = Votre hôte ne verra pas votre avis avant d'avoir écrit le sien, ou avant la clôture du délai.
reviews-form-host-title = Qu'avez-vous pensé de votre voyageur ?
reviews-form-host-intro = Votre voyageur ne verra pas votre avis avant d'avoir écrit le sien, ou avant la clôture du délai.
reviews-form-text = Votre avis
reviews-form-text-hint = Affiché publiquement, en texte brut ; { $max } caractères au maximum.
reviews-form-note = Un mot privé pour votre hôte (facultatif)
reviews-form-note-hint = Seul votre hôte le lit ; { $max } caractères au maximum.
reviews-form-stars = { $stars ->
    [one] { $stars } étoile
   *[other] { $stars } étoiles
}
reviews-form-submit = Envoyer l'avis

## Ce qu'un avis ne peut pas être.
reviews-error-plain-text = Utilisez du texte brut.
reviews-error-too-long = Restez sous les { $max } caractères.
reviews-error-stars-range = Notez de 1 à 5 étoiles.
reviews-error-stars-missing = Choisissez une note de 1 à 5.
reviews-error-other-role = { $role ->
    [guest] Un voyageur ne note pas ce point.
   *[host] Un hôte ne note pas ce point.
}
reviews-error-no-text = Écrivez quelques mots sur le séjour.
reviews-error-host-note = Seul un voyageur peut laisser un mot privé.
reviews-error-no-response = Écrivez votre réponse.
reviews-error-not-over = Un séjour peut recevoir un avis une fois terminé.
reviews-error-closed = Le délai pour donner votre avis sur ce séjour est écoulé.
reviews-error-already = Vous avez déjà donné votre avis sur ce séjour.
reviews-error-responded = Vous avez déjà répondu à cet avis.
reviews-error-no-page = Cette page d'avis n'existe pas.
reviews-error-report-reason = Choisissez pourquoi vous signalez cet avis.

## La progression de l'hôte vers le badge.
reviews-standing-earned = Vous êtes { $badge }
reviews-standing-progress = Votre progression vers { $badge }
reviews-standing-period = Sur les 365 derniers jours, vérifié chaque nuit.
reviews-standing-criterion = Critère
reviews-standing-you = Vous
reviews-standing-status = Statut
reviews-standing-met = ✓ Atteint
reviews-standing-not-yet = Pas encore
reviews-standing-stays = Au moins { $stays } séjours (ou { $stays_long } séjours totalisant { $nights_long } nuits)
reviews-standing-stays-you = { $stays ->
    [one] { $stays } séjour
   *[other] { $stays } séjours
}, { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
}
reviews-standing-rating = Note globale d'au moins { $rating }
reviews-standing-rating-you = { $count ->
    [one] { $rating } sur { $count } avis
   *[other] { $rating } sur { $count } avis
}
reviews-standing-no-reviews = Aucun avis pour l'instant
reviews-standing-response = Répond à { $rate } % des messages et demandes sous 24 heures
reviews-standing-percent = { $rate } %
reviews-standing-nothing-to-answer = Rien à répondre pour l'instant
reviews-standing-cancellations = Annule moins de { $rate } % des réservations
reviews-standing-cancellations-you = { $bookings ->
    [one] { $cancelled } sur { $bookings } réservation
   *[other] { $cancelled } sur { $bookings } réservations
}

## Avis envoyés (la cloche et les e-mails).
reviews-notice-of-you = Vous avez un nouvel avis
reviews-notice-of-you-body = Un avis sur votre séjour à { $listing } est désormais public.
reviews-notice-yours-public = Votre avis est public
reviews-notice-yours-public-body = Votre avis sur le séjour à { $listing } est désormais public.
reviews-notice-due = Comment s'est passé le séjour ?
reviews-notice-due-body = Donnez votre avis sur votre séjour à { $listing } : { $days ->
    [one] il reste { $days } jour
   *[other] il reste { $days } jours
}. Aucun de vous ne voit l'avis de l'autre avant que les deux soient écrits.
