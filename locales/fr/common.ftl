## L'en-tête, le pied de page et ce que toutes les pages partagent.

site-title = Haven · Locations de vacances
page-title = { $title } · Haven

nav-skip = Aller au contenu
nav-home = Accueil Haven
nav-main = Principal
nav-explore = Explorer
nav-sign-in = Connexion
nav-sign-up = S’inscrire
nav-notifications = { $unread ->
    [0] Notifications
    [one] Notifications, { $unread } non lue
   *[other] Notifications, { $unread } non lues
}
nav-inbox-unread = { $unread ->
    [0] Messages
    [one] Messages, { $unread } conversation non lue
   *[other] Messages, { $unread } conversations non lues
}
nav-account-menu = Menu du compte de { $name }
nav-account = Votre compte
nav-trips = Voyages
nav-wishlists = Favoris
nav-inbox = Messages
nav-notifications-link = Notifications
nav-dashboard = Tableau de bord
nav-listings = Vos logements
nav-reservations = Réservations
nav-sign-out = Se déconnecter

footer-about = © Haven · une place de marché de locations de vacances open source
footer-prices = Les prix sont par nuit, hors frais de ménage et de service.
footer-language = Langue
footer-language-apply = Changer

## Les éléments que toutes les pages utilisent : cartes de logement, notes, galerie, cartes géographiques, erreurs, notifications.

card-meta = { $guests ->
    [one] { $kind } · jusqu’à { $guests } voyageur
   *[other] { $kind } · jusqu’à { $guests } voyageurs
}
card-per-night = par nuit
card-total-for = { $nights ->
    [one] au total pour { $nights } nuit
   *[other] au total pour { $nights } nuits
}
heart-save = Enregistrer { $title } dans vos favoris
heart-remove = Retirer { $title } de vos favoris
rating-new = Nouveau
rating-host-badge = Super hôte
rating-stars = ★ { $average } ({ $count })
rating-spoken = { $count ->
    [one] Noté { $average } sur 5 d’après { $count } avis
   *[other] Noté { $average } sur 5 d’après { $count } avis
}
gallery-role = carrousel
gallery-empty = Pas encore de photos
gallery-label = Photos de { $title }
gallery-previous = Photo précédente
gallery-next = Photo suivante
gallery-counter = { $photo } / { $count }
gallery-keys = Utilisez ← → pour parcourir
gallery-thumbs = Toutes les photos
gallery-photo = Photo { $photo } sur { $count }
loading-stays = Chargement des logements
loading-rows = Chargement…
not-found-title = Page introuvable
not-found-heading = Nous ne trouvons pas cette page
not-found-text = La page a peut-être été déplacée, ou le logement n’est plus disponible.
not-found-explore = Explorer les logements
failed-title = Un problème est survenu
failed-home = Retour à l’accueil
toast-wishlist-saved = Enregistré dans vos favoris.
toast-wishlist-removed = Retiré de vos favoris.
toast-request-accepted = Demande acceptée. Le voyageur a été prévenu.
toast-request-declined = Demande refusée. Le voyageur a été prévenu.
toast-booking-cancelled = Réservation annulée.
pwa-update = Une nouvelle version de Haven est disponible.
pwa-reload = Recharger
pwa-reloading = Rechargement…
map-failed = Impossible de charger la carte.
map-picker-label = Choisissez l’emplacement sur la carte
map-picker-failed = Impossible de charger la carte : saisissez plutôt les coordonnées.
map-picker-marker = Faites glisser jusqu’à l’endroit exact
map-results-label = Carte des résultats
map-hide = Masquer la carte
map-show = Afficher la carte
map-search-area = Rechercher dans cette zone
map-pin-label = { $title }, { $price } la nuit
map-zoom-in = Zoom avant
map-zoom-out = Zoom arrière

moment = { $date }, { $time } ({ $zone })
