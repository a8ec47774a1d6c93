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

## Piezas que usan todas las páginas: tarjetas de alojamientos, valoraciones, la galería, mapas, errores, avisos.

card-meta = { $guests ->
    [one] { $kind } · hasta { $guests } huésped
   *[other] { $kind } · hasta { $guests } huéspedes
}
card-per-night = noche
card-total-for = { $nights ->
    [one] en total por { $nights } noche
   *[other] en total por { $nights } noches
}
heart-save = Guardar { $title } en tus favoritos
heart-remove = Quitar { $title } de tus favoritos
rating-new = Nuevo
rating-host-badge = Anfitrión destacado
rating-stars = ★ { $average } ({ $count })
rating-spoken = { $count ->
    [one] Valoración de { $average } sobre 5 con { $count } reseña
   *[other] Valoración de { $average } sobre 5 con { $count } reseñas
}
gallery-role = carrusel
gallery-empty = Aún no hay fotos
gallery-label = Fotos de { $title }
gallery-previous = Foto anterior
gallery-next = Foto siguiente
gallery-counter = { $photo } / { $count }
gallery-keys = Usa ← → para navegar
gallery-thumbs = Todas las fotos
gallery-photo = Foto { $photo } de { $count }
loading-stays = Cargando alojamientos
loading-rows = Cargando…
not-found-title = Página no encontrada
not-found-heading = No encontramos esa página
not-found-text = Puede que la página se haya movido o que el alojamiento ya no esté disponible.
not-found-explore = Explorar alojamientos
failed-title = Algo ha salido mal
failed-home = Volver al inicio
toast-wishlist-saved = Guardado en tus favoritos.
toast-wishlist-removed = Eliminado de tus favoritos.
toast-request-accepted = Solicitud aceptada. Se lo hemos comunicado al huésped.
toast-request-declined = Solicitud rechazada. Se lo hemos comunicado al huésped.
toast-booking-cancelled = Reserva cancelada.
pwa-update = Hay una nueva versión de Haven disponible.
pwa-reload = Recargar
pwa-reloading = Recargando…
map-failed = No se ha podido cargar el mapa.
map-picker-label = Elige la ubicación en el mapa
map-picker-failed = No se ha podido cargar el mapa: escribe las coordenadas.
map-picker-marker = Arrastra hasta el punto exacto
map-results-label = Mapa de los resultados
map-hide = Ocultar mapa
map-show = Mostrar mapa
map-search-area = Buscar en esta zona
map-pin-label = { $title }, { $price } la noche
map-zoom-in = Acercar
map-zoom-out = Alejar

moment = { $date }, { $time } ({ $zone })
