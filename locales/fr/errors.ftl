## errors
## Ce qui n’a pas marché, tel que les pages l’affichent (`AppError`), et les libellés des types que toutes les parties partagent.

error-not-found = Introuvable : { $what }.
error-not-found-listing = Logement introuvable.
error-not-found-saved-listing = Logement enregistré introuvable.
error-not-found-booking = Réservation introuvable.
error-not-found-photo = Photo introuvable.
error-not-found-review = Avis introuvable.
error-not-found-conversation = Conversation introuvable.
error-not-found-calendar = Calendrier introuvable.
error-not-found-calendar-feed = Calendrier importé introuvable.
error-not-found-conflict = Conflit introuvable.
error-not-found-guidebook-place = Lieu du guide introuvable.
error-not-found-plan = Programme introuvable.
error-not-found-plan-stop = Étape du programme introuvable.
error-not-found-payout = Versement introuvable.
error-not-found-account = Compte introuvable.
error-not-found-user = Utilisateur introuvable.
error-unauthorized = Connectez-vous pour continuer.
error-forbidden = Vous n’êtes pas autorisé à faire cela.
error-email-unverified = Vérifiez d’abord votre adresse e-mail : suivez le lien que nous vous avons envoyé ou demandez-en un nouveau sur la page de votre compte.
error-check-form = Vérifiez le formulaire.
error-rate-limited = { $seconds ->
    [one] Trop de tentatives. Patientez { $seconds } seconde et réessayez.
   *[other] Trop de tentatives. Patientez { $seconds } secondes et réessayez.
}
error-unavailable = Haven n’arrive pas à joindre sa base de données. Réessayez dans un instant.
error-internal = Un problème est survenu de notre côté. Veuillez réessayer.
error-transport = Impossible de joindre Haven : { $detail }
error-invalid-request = Requête non valide : { $detail }

## Montants saisis (prix, frais)
error-amount-negative = Un montant ne peut pas être négatif.
error-amount-malformed = Saisissez un montant comme 120 ou 99,50.
error-amount-too-large = Saisissez au plus { $max }.

## Synchronisation des calendriers
error-feed-name-missing = Nommez le calendrier, par ex. « Airbnb ».
error-feed-name-too-long = Utilisez au plus { $max } caractères, sur une seule ligne.

## Les étapes et les choix de l’éditeur de logement
label-step-basics = L’essentiel
label-step-location = Emplacement
label-step-capacity = Voyageurs et pièces
label-step-amenities = Équipements
label-step-rules = Règlement intérieur
label-step-pricing = Tarifs
label-step-booking = Paramètres de réservation
label-policy-flexible = Flexible : remboursement intégral jusqu’à la veille de l’arrivée
label-policy-moderate = Modérée : remboursement intégral jusqu’à 5 jours avant l’arrivée
label-policy-strict = Stricte : remboursement intégral jusqu’à 14 jours avant l’arrivée, la moitié jusqu’à 7 jours
