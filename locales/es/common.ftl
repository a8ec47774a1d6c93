## El encabezado, el pie de página y lo que comparten todas las páginas.

site-title = Haven · Alquileres vacacionales
page-title = { $title } · Haven

nav-skip = Ir al contenido
nav-home = Inicio de Haven
nav-main = Principal
nav-explore = Explorar
nav-sign-in = Entrar
nav-sign-up = Registrarse
nav-notifications = { $unread ->
    [0] Notificaciones
    [one] Notificaciones, { $unread } sin leer
   *[other] Notificaciones, { $unread } sin leer
}
nav-inbox-unread = { $unread ->
    [0] Mensajes
    [one] Mensajes, { $unread } conversación sin leer
   *[other] Mensajes, { $unread } conversaciones sin leer
}
nav-account-menu = Menú de la cuenta de { $name }
nav-account = Tu cuenta
nav-trips = Viajes
nav-wishlists = Favoritos
nav-inbox = Mensajes
nav-notifications-link = Notificaciones
nav-dashboard = Panel
nav-listings = Tus alojamientos
nav-reservations = Reservas
nav-sign-out = Cerrar sesión

footer-about = © Haven · un mercado de alquileres vacacionales de código abierto
footer-prices = Los precios son por noche, sin tarifas de limpieza ni de servicio.
footer-language = Idioma
footer-language-apply = Cambiar
