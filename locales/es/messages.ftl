## messages
## La bandeja de entrada, una conversación, el formulario «Contactar al anfitrión» y lo que
## la mensajería cuenta.

## El estado de una conversación.
messages-status-inquiry = Consulta
messages-status-pending = Solicitud pendiente
messages-status-confirmed = Reservada
messages-status-completed = Estancia completada
messages-status-declined = Rechazada
messages-status-expired = Caducada
messages-status-cancelled = Cancelada
messages-status-other = Conversación

## La estancia de la que trata una conversación.
messages-stay-dates-guests = Del { $check_in } al { $check_out } · { $guests ->
    [one] 1 huésped
   *[other] { $guests } huéspedes
}
messages-stay-dates = Del { $check_in } al { $check_out }
messages-stay-guests = { $guests ->
    [one] 1 huésped
   *[other] { $guests } huéspedes
}
messages-stay-unknown = Aún sin fechas
messages-other-host = Anfitrión: { $name }
messages-other-guest = Huésped: { $name }

## La bandeja de entrada (/inbox).
messages-inbox-title = Mensajes
messages-inbox-empty = Aún no hay mensajes. Haz una pregunta a un anfitrión desde la página de cualquier alojamiento.
messages-inbox-newer = Más recientes
messages-inbox-older = Anteriores
messages-inbox-pages = Páginas de mensajes
messages-conversations = Conversaciones
messages-unread = { $count ->
    [one] 1 mensaje sin leer
   *[other] { $count } mensajes sin leer
}
messages-none-yet = Aún no hay mensajes

## Una conversación (/inbox/:id).
messages-thread-title = Conversación
messages-view-booking = Ver la reserva
messages-view-listing = Ver el alojamiento
messages-all = Todos los mensajes
messages-heading = Mensajes
messages-thread-empty = Aún no hay mensajes.
messages-reply = Responder
messages-message = Mensaje
messages-send = Enviar
messages-you = Tú
messages-seen = Visto: { $time }

## Contactar al anfitrión (/listings/:id/contact).
messages-contact-title = Contactar al anfitrión
messages-contact-heading = Contactar a { $name }
messages-contact-about = Sobre
messages-contact-intro = Pregunta lo que quieras antes de reservar; tu reserva continuará esta conversación.
messages-check-in = Llegada
messages-check-out = Salida
messages-guests = Huéspedes
messages-hint = Hasta { $max } caracteres.
messages-send-message = Enviar mensaje

## Lo que un mensaje no puede ser.
messages-error-empty = Escribe un mensaje.
messages-error-plain-text = Usa texto sin formato.
messages-error-too-long = Un mensaje no puede superar los { $max } caracteres.
messages-error-guests = De 1 a 50 huéspedes.
messages-error-guest-count = Indica el número de huéspedes.
messages-error-own-listing = Este es tu propio alojamiento.

## Cómo responde un anfitrión.
messages-response-rate = { $within ->
    [hour] Responde al { $rate } % de los mensajes en menos de una hora
    [hours] Responde al { $rate } % de los mensajes en unas pocas horas
    [day] Responde al { $rate } % de los mensajes en menos de un día
   *[other] Responde al { $rate } % de los mensajes
}

## El correo de un mensaje nuevo.
messages-notice-new = Nuevo mensaje de { $sender }
messages-notice-new-body = Sobre { $listing }: { $excerpt }
