## accounts
account-language-auto = Automatique (la langue de votre navigateur)

## Signing in and up

account-sign-in-title = Connexion
account-sign-in-heading = Bon retour parmi nous
account-reset-done = Votre mot de passe a été modifié. Connectez-vous avec le nouveau.
account-verified = Votre adresse e-mail est vérifiée.
account-email-label = E-mail
account-password-label = Mot de passe
account-sign-in-button = Se connecter
account-forgot-link = Mot de passe oublié ?
account-new-to-haven = Nouveau sur Haven ?
account-create-link = Créer un compte
account-sign-up-heading = Créez votre compte
account-sign-up-intro = Un seul compte pour réserver des séjours et, quand vous le souhaitez, pour accueillir des voyageurs chez vous.
account-name-label = Votre nom
account-name-hint = Visible par les hôtes et les voyageurs.
account-new-password-hint = { $min ->
    [one] Au moins { $min } caractère. Quelques mots sans rapport entre eux font un mot de passe solide.
   *[other] Au moins { $min } caractères. Quelques mots sans rapport entre eux font un mot de passe solide.
}
account-create-button = Créer le compte
account-have-account = Vous avez déjà un compte ?
account-sign-in-link = Connectez-vous

## The account page

account-title = Votre compte
account-greeting = Bonjour { $name }
account-hosting-label = Accueil de voyageurs
account-hosting-yes = Vous êtes hôte sur Haven
account-hosting-no = Vous n’êtes pas encore hôte
account-profile-heading = Votre profil
account-profile-saved = Votre profil est enregistré.
account-about-label = À propos de vous
account-city-label = Ville
account-country-label = Pays
account-languages-label = Langues que vous parlez
account-languages-hint = Séparez-les par des virgules.
account-profile-save = Enregistrer le profil

account-photo-heading = Photo de profil
account-photo-alt = Photo de profil de { $name }
account-photo-saved = Votre photo est enregistrée.
account-photo-choose = Choisir une photo
account-photo-hint = Une image JPEG, PNG ou WebP. Elle est recadrée en carré.
account-photo-upload = Envoyer la photo
account-photo-remove = Supprimer la photo
account-photo-missing = Choisissez une photo à envoyer.
account-photo-too-large = Cette photo est trop lourde. Envoyez-en une plus petite.
account-photo-not-an-image = Ce fichier n’est pas une photo. Envoyez une image JPEG, PNG ou WebP.
account-photo-unreadable = Impossible de lire cette photo. Essayez-en une autre.
account-photo-too-small = Cette photo est trop petite : utilisez-en une d’au moins 640 × 480 pixels.

account-preferences-heading = Préférences
account-preferences-saved = Vos préférences sont enregistrées.
account-language-label = Langue d’affichage
account-currency-label = Devise
account-currency-usd = Dollar américain (USD)
account-currency-eur = Euro (EUR)
account-currency-gbp = Livre sterling (GBP)
account-time-zone-label = Fuseau horaire
account-time-zone-hint = Un nom IANA comme Europe/Paris ou America/New_York.
account-notifications-legend = M’envoyer des e-mails sur
account-notify-bookings = Les réservations et les voyages
account-notify-messages = Les messages des hôtes et des voyageurs
account-notify-marketing = Les offres et les idées de voyage
account-preferences-save = Enregistrer les préférences

account-password-heading = Changer le mot de passe
account-password-changed = Votre mot de passe a été modifié. Vous êtes déconnecté partout ailleurs.
account-current-password-label = Mot de passe actuel
account-new-password-label = Nouveau mot de passe
account-change-password-hint = { $min ->
    [one] Au moins { $min } caractère. Quelques mots sans rapport entre eux conviennent bien.
   *[other] Au moins { $min } caractères. Quelques mots sans rapport entre eux conviennent bien.
}

account-email-heading = Changer d’adresse e-mail
account-email-sent = Consultez votre boîte de réception : nous avons envoyé un lien à la nouvelle adresse. Votre adresse changera quand vous l’ouvrirez.
account-email-pending = En attente de votre confirmation de { $new_email }. Tant que vous n’avez pas ouvert le lien que nous y avons envoyé, votre adresse reste { $email }.
account-new-email-label = Nouvelle adresse e-mail
account-email-send = Envoyer un lien de confirmation

## Forgotten passwords and e-mail verification

account-forgot-heading = Mot de passe oublié ?
account-forgot-intro = Saisissez l’adresse e-mail de votre compte et nous vous enverrons un lien pour choisir un nouveau mot de passe.
account-forgot-send = Envoyer le lien
account-forgot-sent = { $minutes ->
    [one] Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Il est valable { $minutes } minute.
   *[other] Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Il est valable { $minutes } minutes.
}
account-back-to-sign-in = Retour à la connexion
account-reset-heading = Choisissez un nouveau mot de passe
account-reset-intro = Le choisir vous déconnecte partout ; connectez-vous ensuite avec le nouveau.
account-reset-save = Enregistrer le nouveau mot de passe
account-reset-new-link = Demander un nouveau lien
account-verify-heading = Confirmez votre adresse e-mail
account-verify-button = Confirmer mon adresse e-mail
account-verify-banner-title = Vérifiez votre adresse e-mail.
account-verify-banner-text = Nous avons envoyé un lien à { $email }. Tant que vous ne l’avez pas ouvert, vous pouvez parcourir et enregistrer des séjours, mais pas réserver ni publier d’annonce.
account-verify-resend = Envoyer un nouveau lien
account-verify-resent = Un nouveau lien est en route.

## What is wrong with a form

account-error-email-invalid = Saisissez une adresse e-mail comme nom@exemple.com.
account-error-name-missing = Saisissez le nom que verront les hôtes et les voyageurs.
account-error-name-too-long = Utilisez 60 lettres au maximum, sans retour à la ligne.
account-error-password-too-short = { $min ->
    [one] Utilisez au moins { $min } caractère.
   *[other] Utilisez au moins { $min } caractères.
}
account-error-too-long = { $max ->
    [one] Utilisez { $max } caractère au maximum.
   *[other] Utilisez { $max } caractères au maximum.
}
account-error-password-weak = Choisissez un mot de passe plus difficile. { $reason ->
    [straight-rows] Les rangées de touches consécutives sont faciles à deviner.
    [keyboard-pattern] Les courts motifs de clavier sont faciles à deviner.
    [repeats] Les répétitions comme « aaa » sont faciles à deviner.
    [repeated-sequence] Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
    [top-10] C’est l’un des 10 mots de passe les plus courants.
    [top-100] C’est l’un des 100 mots de passe les plus courants.
    [common] C’est un mot de passe très courant.
    [similar-to-common] Il ressemble à un mot de passe très utilisé.
    [sequence] Les suites comme abc ou 6543 sont faciles à deviner.
    [recent-years] Les années récentes sont faciles à deviner.
    [single-word] Un mot seul est facile à deviner.
    [dates] Les dates sont souvent faciles à deviner.
    [names] Les noms et prénoms seuls sont faciles à deviner.
    [common-names] Les noms et prénoms courants sont faciles à deviner.
   *[other] Il est trop facile à deviner.
}
account-error-same-password = Choisissez un mot de passe différent de l’actuel.
account-error-wrong-password = Ce n’est pas votre mot de passe actuel.
account-error-email-taken = Un compte existe déjà avec cet e-mail. Connectez-vous plutôt.
account-error-invalid-credentials = E-mail ou mot de passe incorrect.
account-error-same-email = C’est déjà votre adresse.
account-error-email-in-use = Un autre compte utilise cette adresse.
account-error-email-in-use-now = Un autre compte utilise désormais cette adresse.
account-error-already-verified = Votre adresse e-mail est déjà vérifiée.
account-error-bad-link = Ce lien n’est pas valide ou a expiré. Demandez-en un nouveau.
account-error-control-characters = Supprimez les caractères de contrôle.
account-error-language = Utilisez un code de langue comme fr ou pt-BR.
account-error-currency = Choisissez USD, EUR ou GBP.
account-error-time-zone = Utilisez un fuseau horaire comme Europe/Paris.
account-error-languages = Indiquez 10 langues au maximum.
account-display-currency-label = Afficher les prix en
account-display-currency-own = La devise de chaque logement
account-error-display-currency = Choisissez l’une des devises proposées, ou celle de chaque logement.
