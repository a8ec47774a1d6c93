## bookings
## Viajes, un viaje (también lo que el anfitrión ve de una reserva), las reservas y el
## calendario del anfitrión, las notificaciones y lo que el motor de reservas cuenta.

## En qué punto está una reserva.
booking-status-pending = Esperando al anfitrión
booking-status-confirmed = Confirmada
booking-status-declined = Rechazada
booking-status-expired = Caducada
booking-status-cancelled = Cancelada
booking-status-completed = Completada

booking-stay-line = Del { $check_in } al { $check_out } · { $nights ->
    [one] 1 noche
   *[other] { $nights } noches
} · { $guests ->
    [one] 1 huésped
   *[other] { $guests } huéspedes
}
booking-guests = { $guests ->
    [one] 1 huésped
   *[other] { $guests } huéspedes
}
booking-row-guest = Huésped: { $name }
booking-row-host = Anfitrión: { $name }

## Viajes (/trips).
booking-trips-title = Viajes
booking-trips-empty = Aún no tienes viajes.
booking-trips-find = Busca un alojamiento
booking-trips-upcoming = Próximos
booking-trips-waiting = Esperando al anfitrión
booking-trips-past = Anteriores
booking-trips-cancelled = Cancelados y rechazados

## Un viaje (/trips/:id).
booking-trip-title = Tu viaje
booking-trip-requested = Solicitud enviada. El anfitrión tiene 24 horas para responder.
booking-trip-booked = Reserva hecha. ¡Buen viaje!
booking-view-listing = Ver el alojamiento
booking-messages = Mensajes
booking-waiting-until = Esperando la respuesta del anfitrión hasta el { $time }.
booking-your-guest = Tu huésped
booking-your-host = Tu anfitrión
booking-contact = Contacto:
booking-guest-message = Mensaje: { $text }
booking-history = Historial
booking-history-line = { $time }: { $status }, por { $by ->
    [guest] el huésped
    [host] el anfitrión
   *[system] el sistema
} ({ $reason })
booking-price = Precio
booking-total = Total
booking-refunded = Reembolsado
booking-accept = Aceptar
booking-decline = Rechazar
booking-cancel-open = Cancelar…
booking-refund-preview = Te devolvemos { $refund }. { $rule }
booking-cancel-reason = Motivo (opcional)
booking-cancel-submit = Cancelar esta reserva

## Las líneas del precio de una reserva.
booking-line-nights = { $nights ->
    [one] 1 noche
   *[other] { $nights } noches
}
booking-line-weekly-discount = Descuento semanal
booking-line-monthly-discount = Descuento mensual
booking-line-cleaning = Tarifa de limpieza
booking-line-service = Tarifa de servicio de Haven
booking-line-taxes = Impuestos

## Lo que devuelve una cancelación, y por qué.
booking-refund-unconfirmed = Una solicitud que nunca se confirmó no se cobra.
booking-refund-host-cancelled = El anfitrión canceló: el huésped recupera todo el importe.
booking-refund-full = Cancelada a tiempo para un reembolso completo.
booking-refund-half-moderate = Menos de 5 días antes de la llegada: se reembolsa la mitad de la estancia, sin la tarifa de servicio.
booking-refund-half-strict = Menos de 14 días antes de la llegada: se reembolsa la mitad de la estancia, sin la tarifa de servicio.
booking-refund-none = Demasiado cerca de la llegada para un reembolso según la política de este alojamiento.

## Los motivos que Haven anota en el historial de una reserva.
booking-reason-requested = Solicitada.
booking-reason-instant-book = Reservada con reserva inmediata.
booking-reason-accepted = Aceptada por el anfitrión.
booking-reason-declined = Rechazada por el anfitrión.
booking-reason-expired = El anfitrión no respondió en 24 horas.
booking-reason-stay-over = La estancia ha terminado.
booking-reason-cancelled-by-host = Cancelada por el anfitrión.
booking-reason-cancelled-by-guest = Cancelada por el huésped.

## El pase de viaje: lo que el huésped necesita al llegar.
booking-pass = Pase de viaje
booking-pass-code = Código de confirmación
booking-pass-check-in = Llegada
booking-pass-check-out = Salida
booking-pass-check-in-after = { $date }, a partir de las { $time }
booking-pass-check-out-before = { $date }, antes de las { $time }
booking-pass-address = Dirección
booking-pass-guests = Huéspedes
booking-pass-host = Anfitrión

## Notificaciones (/notifications).
booking-notifications-title = Notificaciones
booking-notifications-read = Marcar todo como leído
booking-notifications-empty = Nada por ahora. Aquí verás las novedades de tus reservas.

## Reservas (/host/reservations).
booking-reservations-title = Reservas
booking-reservations-empty = Tus alojamientos aún no tienen reservas.
booking-answer-by = Responde antes del { $time }
booking-accept-request = Aceptar la solicitud para { $listing }
booking-requests = Solicitudes
booking-requests-none = No hay solicitudes pendientes.
booking-upcoming-stays = Próximas estancias
booking-past-and-cancelled = Anteriores y canceladas

## El calendario de un alojamiento (/host/listings/:id/calendar).
booking-calendar-title = Calendario
booking-calendar-back = ← Tus alojamientos
booking-calendar-sync = Sincronizar con otros sitios (iCalendar)
booking-calendar-updated = Calendario actualizado.
booking-calendar-no-nights = No hay noches que mostrar.
booking-calendar-previous = ← Anterior
booking-calendar-next = Siguiente →
booking-calendar-nights = Noches
booking-calendar-night = { $date }: { $state ->
    [booked] reservada
    [blocked] bloqueada
   *[open] disponible
}, { $price }
booking-calendar-booked-link = Reservada
booking-calendar-change-nights = Cambiar noches
booking-calendar-first-night = Primera noche
booking-calendar-until = Hasta (la mañana después de la última noche)
booking-calendar-change = Cambio
booking-calendar-block = Bloquear estas noches
booking-calendar-open = Abrir estas noches
booking-calendar-set-price = Fijar un precio para estas noches
booking-calendar-reset-price = Usar el precio habitual
booking-calendar-price = Precio por noche (para «Fijar un precio»)
booking-calendar-save = Guardar
booking-calendar-bad-price = Escribe un precio como 120 o 120.50.
booking-calendar-unknown-change = Cambio de calendario desconocido.
booking-calendar-bad-date = Usa una fecha como 2026-12-24.
booking-calendar-no-change = Indica al menos un cambio.
booking-calendar-too-many-changes = Envía como máximo { $max } cambios a la vez.
booking-calendar-to-before-from = `to` debe ser posterior a `from`.
booking-calendar-too-many-nights = Cambia como máximo { $max } noches a la vez.
booking-calendar-price-range = El precio de una noche debe estar entre 0,01 y 100.000,00.
booking-calendar-price-and-reset = Fija un precio o restablécelo, no ambas cosas.
booking-calendar-nothing-to-change = Indica qué cambiar: `blocked`, `price_minor` o `reset_price`.
booking-calendar-past = Las noches pasadas no se pueden cambiar.
booking-calendar-too-far = El calendario llega hasta dos años en el futuro.
booking-calendar-booked = Algunas de esas noches están reservadas; no se pueden bloquear.
booking-calendar-out-of-range = Elige una primera noche entre un año atrás y dos años en el futuro.

## Lo que la reserva rechaza.
booking-error-unknown-action = Acción desconocida.
booking-error-no-listing = Elige un alojamiento.
booking-error-special-requests = Las peticiones especiales deben tener menos de { $max } caracteres.
booking-error-nights-taken = Esas noches se acaban de reservar o bloquear. Elige otras fechas.
booking-error-key-reused = Esta Idempotency-Key se usó para otra solicitud de reserva.
booking-error-own-listing = No puedes reservar tu propio alojamiento.
booking-error-request-expired = Esta solicitud ha caducado.
booking-error-stay-over = Esta estancia ha terminado y ya no se puede cancelar.
booking-error-payment = No se pudo completar el pago.
booking-refused-answer = Solo se puede responder a una solicitud pendiente; esta reserva está { $status ->
    [pending] pendiente
    [confirmed] confirmada
    [declined] rechazada
    [expired] caducada
    [cancelled] cancelada
   *[completed] completada
}.
booking-refused-cancel = Esta reserva está { $status ->
    [pending] pendiente
    [confirmed] confirmada
    [declined] rechazada
    [expired] caducada
    [cancelled] cancelada
   *[completed] completada
} y ya no se puede cancelar.
booking-refused = Esta reserva está { $status ->
    [pending] pendiente
    [confirmed] confirmada
    [declined] rechazada
    [expired] caducada
    [cancelled] cancelada
   *[completed] completada
}.

## Avisos (la campana y los correos).
booking-notice-new-reservation = Nueva reserva
booking-notice-new-reservation-body = { $guest } ha reservado { $listing } del { $check_in } al { $check_out }.
booking-notice-stay-booked = Tu estancia está reservada
booking-notice-stay-booked-body = { $listing }, del { $check_in } al { $check_out }. ¡Buen viaje!
booking-notice-new-request = Nueva solicitud de reserva
booking-notice-new-request-body = { $guest } quiere alojarse en { $listing } del { $check_in } al { $check_out }. Responde en un plazo de 24 horas.
booking-notice-accepted = Tu solicitud fue aceptada
booking-notice-accepted-body = { $host } ha aceptado tu estancia en { $listing }, del { $check_in } al { $check_out }.
booking-notice-declined = Tu solicitud fue rechazada
booking-notice-declined-body = { $host } no puede alojarte en { $listing } del { $check_in } al { $check_out }. No se te ha cobrado nada.
booking-notice-expired = Tu solicitud caducó
booking-notice-expired-body = { $host } no respondió a tiempo para { $listing }, del { $check_in } al { $check_out }. No se te ha cobrado nada.
booking-notice-expired-for-host = Una solicitud caducó
booking-notice-expired-for-host-body = La solicitud de { $guest } para { $listing }, del { $check_in } al { $check_out }, caducó sin respuesta.
booking-notice-host-cancelled = Tu anfitrión canceló
booking-notice-host-cancelled-body = { $host } ha cancelado tu estancia en { $listing }, del { $check_in } al { $check_out }.
booking-notice-host-cancelled-refund-body = { $host } ha cancelado tu estancia en { $listing }, del { $check_in } al { $check_out }. Se te reembolsan { $refund }.
booking-notice-guest-cancelled = Un huésped canceló
booking-notice-guest-cancelled-body = { $guest } ha cancelado su estancia en { $listing }, del { $check_in } al { $check_out }.

## Los pagos a un anfitrión (el panel).
booking-payout-scheduled = Programado
booking-payout-paid = Pagado
booking-charged-in = Cobrado en { $currency }, la moneda del alojamiento.
