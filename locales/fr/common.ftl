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
