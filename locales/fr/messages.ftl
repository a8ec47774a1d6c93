## messages
## La boîte de réception, une conversation, le formulaire « Contacter l'hôte », et ce que la
## messagerie annonce.

## Le statut d'une conversation.
messages-status-inquiry = Question
messages-status-pending = Demande en attente
messages-status-confirmed = Réservé
messages-status-completed = Séjour terminé
messages-status-declined = Refusée
messages-status-expired = Expirée
messages-status-cancelled = Annulée
messages-status-other = Conversation

## Le séjour dont parle une conversation.
messages-stay-dates-guests = Du { $check_in } au { $check_out } · { $guests ->
    [one] { $guests } voyageur
   *[other] { $guests } voyageurs
}
messages-stay-dates = Du { $check_in } au { $check_out }
messages-stay-guests = { $guests ->
    [one] { $guests } voyageur
   *[other] { $guests } voyageurs
}
messages-stay-unknown = Pas encore de dates
messages-other-host = Hôte : { $name }
messages-other-guest = Voyageur : { $name }

## La boîte de réception (/inbox).
messages-inbox-title = Messages
messages-inbox-empty = Aucun message pour l'instant. Posez une question à un hôte depuis la page de n'importe quel logement.
messages-inbox-newer = Plus récents
messages-inbox-older = Plus anciens
messages-inbox-pages = Pages de la messagerie
messages-conversations = Conversations
messages-unread = { $count ->
    [one] { $count } message non lu
   *[other] { $count } messages non lus
}
messages-none-yet = Aucun message pour l'instant

## Une conversation (/inbox/:id).
messages-thread-title = Conversation
messages-view-booking = Voir la réservation
messages-view-listing = Voir le logement
messages-all = Tous les messages
messages-heading = Messages
messages-thread-empty = Aucun message pour l'instant.
messages-reply = Répondre
messages-message = Message
messages-send = Envoyer
messages-you = Vous
messages-seen = Vu le { $time }

## Contacter l'hôte (/listings/:id/contact).
messages-contact-title = Contacter l'hôte
messages-contact-heading = Contacter { $name }
messages-contact-about = À propos de
messages-contact-intro = Posez toutes vos questions avant de réserver ; votre réservation poursuivra cette conversation.
messages-check-in = Arrivée
messages-check-out = Départ
messages-guests = Voyageurs
messages-hint = { $max } caractères au maximum.
messages-send-message = Envoyer le message

## Ce qu'un message ne peut pas être.
messages-error-empty = Écrivez un message.
messages-error-plain-text = Utilisez du texte brut.
messages-error-too-long = Un message doit faire moins de { $max } caractères.
messages-error-guests = De 1 à 50 voyageurs.
messages-error-guest-count = Indiquez le nombre de voyageurs.
messages-error-own-listing = C'est votre propre logement.

## Comment un hôte répond.
messages-response-rate = { $within ->
    [hour] Répond à { $rate } % des messages en moins d'une heure
    [hours] Répond à { $rate } % des messages en quelques heures
    [day] Répond à { $rate } % des messages en moins d'une journée
   *[other] Répond à { $rate } % des messages
}

## L'e-mail d'un nouveau message.
messages-notice-new = Nouveau message de { $sender }
messages-notice-new-body = À propos de { $listing } : { $excerpt }
