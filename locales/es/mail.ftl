## Correos electrónicos, en el idioma de quien los recibe.

mail-hello = Hola, { $name }:
mail-footer-why = Recibes estos correos porque tienes activadas las { $preference } en tu cuenta.
mail-footer-unsubscribe = Darte de baja de las { $preference }
mail-footer-unsubscribe-text = Darte de baja de las { $preference }: { $url }
mail-footer-settings = Cámbialo en los ajustes de tu cuenta
mail-footer-settings-text = O cámbialo en los ajustes de tu cuenta: { $url }
mail-paste = O pega esta dirección en tu navegador: { $link }
mail-action-link = { $action }: { $link }

mail-topic-booking-updates = novedades de tus reservas
mail-topic-messages = notificaciones de mensajes

mail-action-read-reply = Leer y responder
mail-action-trip = Ver tu viaje
mail-action-reservations = Ver las reservas
mail-action-open = Abrir Haven
mail-message-batching = Los siguientes mensajes de esta conversación en los próximos 10 minutos llegarán juntos en un solo correo.

mail-reset-subject = Restablece tu contraseña de Haven
mail-reset-ask = Alguien (esperamos que tú) ha pedido restablecer la contraseña de tu cuenta de Haven. Elige una nueva contraseña en los próximos { $minutes } minutos:
mail-reset-action = Elegir una nueva contraseña
mail-reset-once = El enlace solo funciona una vez. Al usarlo se cerrarán todas tus sesiones. Si no lo has pedido tú, ignora este correo: tu contraseña no cambia.

mail-verify-subject = Confirma tu dirección de correo electrónico
mail-verify-ask = Confirma que { $email } es tu dirección de correo electrónico en las próximas { $hours } horas:
mail-verify-action = Confirmar mi dirección de correo
mail-verify-until = Hasta entonces puedes explorar y guardar alojamientos, pero no reservar ni publicar un anuncio. Si no te has registrado en Haven, ignora este correo.

mail-change-subject = Confirma tu nueva dirección de correo electrónico
mail-change-ask = Has pedido usar { $email } para tu cuenta de Haven. Confírmalo en las próximas { $hours } horas:
mail-change-action = Confirmar mi nueva dirección
mail-change-until = Hasta entonces, tu cuenta conserva su dirección actual. Si no lo has pedido tú, ignora este correo: no cambia nada.

mail-changed-subject = La dirección de correo de tu cuenta de Haven ha cambiado
mail-changed-now = La dirección de correo de tu cuenta de Haven es ahora { $email }. Los correos de Haven llegarán allí y la usarás para entrar. Esta dirección ya no pertenece a la cuenta.
mail-changed-warning = Si no has hecho este cambio, puede que alguien conozca tu contraseña. Entra con { $email } y tu contraseña, elige una nueva contraseña y vuelve a poner tu dirección:
mail-changed-action = Abrir mi cuenta

## La página de baja que abre el enlace de un correo.
unsubscribe-title = Darse de baja
unsubscribe-question = ¿Dejar de recibir correos sobre { $topic }?
unsubscribe-button = Darme de baja
unsubscribe-done-title = Te has dado de baja
unsubscribe-done = Ya no recibirás correos sobre { $topic }. Puedes volver a activarlos en los ajustes de tu cuenta.
unsubscribe-settings = Ajustes de la cuenta
unsubscribe-retry = Inténtalo de nuevo
unsubscribe-invalid-title = Este enlace no funciona
unsubscribe-invalid = Este enlace de baja no es válido: puede que se haya modificado o cortado. Puedes desactivar los correos en los ajustes de tu cuenta.
unsubscribe-back = Volver a Haven
